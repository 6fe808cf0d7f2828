#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm/buffer.h>
#include <cmark-gfm/render.h>
#include <cmark-gfm/syntax_extension.h>
#include <stdio.h>
#include <string.h>
#include "CShims.h"

// A document's plain text, as libcmark-gfm's cmark_render_plaintext writes it with no line width (byte for byte:
// MarkdownConverterTests compares the two on every construct), in a small part of the time (at 10,000 documents:
// about 3 s of CPU before, a few percent of that after).
//
// The library's generic renderer handles text a character at a time: it decodes each UTF-8 sequence, asks the
// character's display width, encodes it again and appends it to the buffer, all for line wrapping that a width
// of 0 turns off. That was 40 % of loading a 10,000-document site. Here a run of text is appended whole. The
// extensions' plain-text hooks (tables, task list items, strikethrough) are called as the library calls them,
// with this file's renderer, so they write through the same functions.

// The extension whose escaping applies to text at this node: the nearest node, from this one up, that belongs to
// an extension decides, and only if that extension escapes (the table extension puts a backslash before `|`).
static cmark_syntax_extension *escaping_extension(cmark_node *node) {
    for (cmark_node *n = node; n != NULL; n = cmark_node_parent(n)) {
        cmark_syntax_extension *extension = cmark_node_get_syntax_extension(n);
        if (extension != NULL) return extension->commonmark_escape_func != NULL ? extension : NULL;
    }
    return NULL;
}

// The code point of the valid UTF-8 sequence at `s` and its length.
static int decode(const unsigned char *s, int32_t *c) {
    if (s[0] < 0x80) { *c = s[0]; return 1; }
    if (s[0] < 0xE0) { *c = (s[0] & 0x1F) << 6 | (s[1] & 0x3F); return 2; }
    if (s[0] < 0xF0) { *c = (s[0] & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F); return 3; }
    *c = (s[0] & 0x07) << 18 | (s[1] & 0x3F) << 12 | (s[2] & 0x3F) << 6 | (s[3] & 0x3F);
    return 4;
}

static void append_escaped(cmark_renderer *renderer, cmark_syntax_extension *extension, cmark_node *node,
                           const char *text, size_t length) {
    size_t i = 0;
    while (i < length) {
        int32_t c;
        int bytes = decode((const unsigned char *)text + i, &c);
        if (extension->commonmark_escape_func(extension, node, c)) cmark_strbuf_putc(renderer->buffer, '\\');
        cmark_strbuf_put(renderer->buffer, (const unsigned char *)text + i, bytes);
        i += (size_t)bytes;
    }
}

static void cr(cmark_renderer *renderer) {
    if (renderer->need_cr < 1) renderer->need_cr = 1;
}

static void blankline(cmark_renderer *renderer) {
    if (renderer->need_cr < 2) renderer->need_cr = 2;
}

// Writes the line breaks asked for since the last text (counting those already at the end of the buffer), then
// the text: the current prefix (a list item's indentation) starts every line, and in literal text (code) a
// newline starts a new line. Without a line width, `wrap` changes nothing. The input is valid UTF-8: it came from a
// Swift string, and the parser turned any NUL into U+FFFD.
static void out(cmark_renderer *renderer, cmark_node *node, const char *source, bool wrap, cmark_escaping escape) {
    (void)wrap;
    cmark_strbuf *buffer = renderer->buffer;
    cmark_syntax_extension *extension = escaping_extension(node);
    if (renderer->in_tight_list_item && renderer->need_cr > 1) renderer->need_cr = 1;
    bufsize_t k = buffer->size - 1;
    while (renderer->need_cr > 0) {
        if (k < 0 || buffer->ptr[k] == '\n') {
            k -= 1;
        } else {
            cmark_strbuf_putc(buffer, '\n');
            if (renderer->need_cr > 1) cmark_strbuf_put(buffer, renderer->prefix->ptr, renderer->prefix->size);
        }
        renderer->begin_line = true;
        renderer->begin_content = true;
        renderer->need_cr -= 1;
    }
    size_t length = strlen(source);
    size_t i = 0;
    while (i < length) {
        if (renderer->begin_line) cmark_strbuf_put(buffer, renderer->prefix->ptr, renderer->prefix->size);
        if (escape == LITERAL && source[i] == '\n') {
            cmark_strbuf_putc(buffer, '\n');
            renderer->begin_line = true;
            i += 1;
            continue;
        }
        size_t end = length;
        if (escape == LITERAL) {
            const char *newline = memchr(source + i, '\n', length - i);
            if (newline != NULL) end = (size_t)(newline - source);
        }
        if (extension != NULL) {
            append_escaped(renderer, extension, node, source + i, end - i);
        } else {
            cmark_strbuf_put(buffer, (const unsigned char *)source + i, (bufsize_t)(end - i));
        }
        renderer->begin_line = false;
        renderer->begin_content = false;
        i = end;
    }
}

static void out_code_point(cmark_renderer *renderer, cmark_node *node, cmark_escaping escape, int32_t c,
                           unsigned char next) {
    (void)node;
    (void)escape;
    (void)next;
    unsigned char bytes[4];
    bufsize_t length;
    if (c < 0x80) { bytes[0] = (unsigned char)c; length = 1; }
    else if (c < 0x800) { bytes[0] = 0xC0 | (c >> 6); bytes[1] = 0x80 | (c & 0x3F); length = 2; }
    else if (c < 0x10000) {
        bytes[0] = 0xE0 | (c >> 12); bytes[1] = 0x80 | ((c >> 6) & 0x3F); bytes[2] = 0x80 | (c & 0x3F); length = 3;
    } else {
        bytes[0] = 0xF0 | (c >> 18); bytes[1] = 0x80 | ((c >> 12) & 0x3F); bytes[2] = 0x80 | ((c >> 6) & 0x3F);
        bytes[3] = 0x80 | (c & 0x3F); length = 4;
    }
    cmark_strbuf_put(renderer->buffer, bytes, length);
    renderer->begin_line = false;
}

static int is_block(cmark_node *node) {
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

static int is_item(cmark_node *node) { return node != NULL && cmark_node_get_type(node) == CMARK_NODE_ITEM; }

// Whether text now is in an item of a tight list (one with no blank lines between its items, whose paragraphs
// are then separated by one line break, not two): the node's block, or that block's parent, is such an item.
static bool in_tight_list_item(cmark_node *node) {
    cmark_node *block = node;
    while (block != NULL && !is_block(block)) block = cmark_node_parent(block);
    if (block == NULL) return false;
    if (is_item(block) && cmark_node_get_list_tight(cmark_node_parent(block))) return true;
    cmark_node *parent = cmark_node_parent(block);
    return is_item(parent) && cmark_node_get_list_tight(cmark_node_parent(parent));
}

// An ordered list item's marker ("1.  ", "10. ", "3)  "): its number is the list's start plus the items before it.
static bufsize_t ordered_marker(cmark_node *item, char *marker, size_t size) {
    cmark_node *list = cmark_node_parent(item);
    int number = cmark_node_get_list_start(list);
    for (cmark_node *before = cmark_node_previous(item); before != NULL; before = cmark_node_previous(before)) number += 1;
    snprintf(marker, size, "%d%s%s", number, cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : ".",
             number < 10 ? "  " : " ");
    return (bufsize_t)strlen(marker);
}

static void render_item(cmark_renderer *renderer, cmark_node *node, bool entering) {
    char marker[24] = "  - ";
    bufsize_t width = 4;
    if (cmark_node_get_list_type(cmark_node_parent(node)) != CMARK_BULLET_LIST) {
        width = ordered_marker(node, marker, sizeof marker);
    }
    if (entering) {
        renderer->out(renderer, node, marker, false, LITERAL);
        for (bufsize_t i = 0; i < width; i++) cmark_strbuf_putc(renderer->prefix, ' ');
    } else {
        cmark_strbuf_truncate(renderer->prefix, renderer->prefix->size - width);
        renderer->cr(renderer);
    }
}

static void render_node(cmark_renderer *renderer, cmark_node *node, bool entering, int options) {
    cmark_node_type type = cmark_node_get_type(node);
    // A list's tightness takes effect from its first item's content on, so the break before the list stays.
    if (!(type == CMARK_NODE_ITEM && cmark_node_previous(node) == NULL && entering)) {
        renderer->in_tight_list_item = in_tight_list_item(node);
    }
    cmark_syntax_extension *extension = cmark_node_get_syntax_extension(node);
    if (extension != NULL && extension->plaintext_render_func != NULL) {
        extension->plaintext_render_func(extension, renderer, node, entering ? CMARK_EVENT_ENTER : CMARK_EVENT_EXIT,
                                         options);
        return;
    }
    cmark_node *next;
    switch (type) {
    case CMARK_NODE_LIST:
        next = cmark_node_next(node);
        if (!entering && next != NULL &&
            (cmark_node_get_type(next) == CMARK_NODE_CODE_BLOCK || cmark_node_get_type(next) == CMARK_NODE_LIST)) {
            renderer->cr(renderer);
        }
        break;
    case CMARK_NODE_ITEM:
        render_item(renderer, node, entering);
        break;
    case CMARK_NODE_HEADING:
        renderer->no_linebreaks = entering;
        if (!entering) renderer->blankline(renderer);
        break;
    case CMARK_NODE_CODE_BLOCK:
        if (cmark_node_previous(node) != NULL || !is_item(cmark_node_parent(node))) renderer->blankline(renderer);
        renderer->out(renderer, node, cmark_node_get_literal(node), false, LITERAL);
        renderer->blankline(renderer);
        break;
    case CMARK_NODE_THEMATIC_BREAK:
        renderer->blankline(renderer);
        break;
    case CMARK_NODE_PARAGRAPH:
        if (!entering) renderer->blankline(renderer);
        break;
    case CMARK_NODE_TEXT:
        renderer->out(renderer, node, cmark_node_get_literal(node), false, NORMAL);
        break;
    case CMARK_NODE_LINEBREAK:
        renderer->cr(renderer);
        break;
    case CMARK_NODE_SOFTBREAK:
        if (renderer->no_linebreaks) renderer->out(renderer, node, " ", false, LITERAL); else renderer->cr(renderer);
        break;
    case CMARK_NODE_CODE:
        renderer->out(renderer, node, cmark_node_get_literal(node), false, LITERAL);
        break;
    default:
        // Documents, block quotes, emphasis, links and images add nothing of their own; raw HTML is left out.
        // Footnotes are not parsed (CMARK_OPT_FOOTNOTES is off).
        break;
    }
}

char *noticeboard_cmark_render_plaintext(struct cmark_node *root, int options) {
    cmark_mem *mem = cmark_get_default_mem_allocator();
    cmark_strbuf buffer, prefix;
    cmark_strbuf_init(mem, &buffer, 4096);
    cmark_strbuf_init(mem, &prefix, 0);
    cmark_renderer renderer = {
        .mem = mem, .buffer = &buffer, .prefix = &prefix, .begin_line = true, .begin_content = true,
        .outc = out_code_point, .cr = cr, .blankline = blankline, .out = out,
    };
    cmark_iter *iterator = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE) {
        render_node(&renderer, cmark_iter_get_node(iterator), event == CMARK_EVENT_ENTER, options);
    }
    cmark_iter_free(iterator);
    if (buffer.size == 0 || buffer.ptr[buffer.size - 1] != '\n') cmark_strbuf_putc(&buffer, '\n');
    cmark_strbuf_free(&prefix);
    return (char *)cmark_strbuf_detach(&buffer);
}
