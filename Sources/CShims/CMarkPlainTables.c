#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm/render.h>
#include <string.h>
#include "CShims.h"

// libcmark-gfm's table extension writes a table as Markdown when it renders plain text: pipes around every cell
// and a `| --- | --: |` delimiter row. Plain text is what the search index holds and what a result's snippet
// shows, so Noticeboard gives the extension this renderer instead: a blank line around the table, a line per row,
// and ` · ` between a row's non-empty cells.

static int cell_has_content(cmark_node *cell) { return cmark_node_first_child(cell) != NULL; }

static void noticeboard_plain_table(cmark_syntax_extension *extension, cmark_renderer *renderer, cmark_node *node,
                                    cmark_event_type event, int options) {
    (void)extension;
    (void)options;
    // The extension's node types are not exported; its names for them are ("table", "table_row", "table_cell").
    const char *type = cmark_node_get_type_string(node);
    int entering = event == CMARK_EVENT_ENTER;
    if (strcmp(type, "table") == 0) {
        if (entering) renderer->cr(renderer); else renderer->blankline(renderer);
    } else if (strcmp(type, "table_row") == 0) {
        renderer->cr(renderer);
    } else if (strcmp(type, "table_cell") == 0 && entering && cell_has_content(node)) {
        for (cmark_node *before = cmark_node_previous(node); before != NULL; before = cmark_node_previous(before)) {
            if (cell_has_content(before)) {
                renderer->out(renderer, node, " \xC2\xB7 ", false, LITERAL);
                break;
            }
        }
    }
}

int noticeboard_cmark_plain_tables(void) {
    cmark_syntax_extension *table = cmark_find_syntax_extension("table");
    if (table == NULL) return 0;
    cmark_syntax_extension_set_plaintext_render_func(table, noticeboard_plain_table);
    return 1;
}
