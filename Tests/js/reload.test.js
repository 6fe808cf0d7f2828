// The preview's reload script (LiveReload.reloadScript in Sources/NoticeboardCLI/Preview/LiveReload.swift, served
// by `noticeboard serve` as /__noticeboard/reload.js), run as written there against a stand-in page and WebSocket:
// which builds reload which pages.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const swift = fs.readFileSync(path.join(__dirname, '..', '..', 'Sources', 'NoticeboardCLI', 'Preview', 'LiveReload.swift'), 'utf8');
const begin = swift.indexOf('static let reloadScript = #"""\n');
const end = swift.indexOf('\n    """#', begin);
assert.ok(begin >= 0 && end > begin, 'the reload script is in LiveReload.swift');
const script = swift.slice(swift.indexOf('\n', begin) + 1, end).replace(/^ {4}/gm, '');

/** Opens a page served by build `build` at `pathname`; returns what the page did as messages arrive. */
function openPage(pathname, build) {
  const page = { reloads: 0, overlay: null, socket: null };
  const elements = {};
  const element = (tag) => ({
    tag, children: [], className: '', textContent: '', style: {},
    appendChild(child) { this.children.push(child); return child; },
    setAttribute() {}, addEventListener() {}, focus() {},
    set id(value) { this._id = value; elements[value] = this; }, get id() { return this._id; },
    remove() { delete elements[this._id]; if (page.overlay === this) page.overlay = null; },
  });
  const body = element('body');
  body.appendChild = (child) => { if (child.id === 'noticeboardPreviewProblems') page.overlay = child; return child; };
  const document = {
    currentScript: { getAttribute: (name) => (name === 'data-build' ? String(build) : null) },
    createElement: element,
    getElementById: (id) => elements[id] || null,
    head: element('head'),
    body,
  };
  class WebSocket {
    constructor(url) { this.url = url; page.socket = this; }
  }
  const context = vm.createContext({
    document, WebSocket, JSON, Math, Number, String,
    location: { pathname, protocol: 'http:', host: '127.0.0.1:8000', reload() { page.reloads += 1; } },
    setTimeout() {}, setInterval() {}, fetch() { return new Promise(() => {}); },
  });
  vm.runInContext(script, context, { filename: 'reload.js' });
  page.socket.onopen();
  page.hear = (state) => page.socket.onmessage({ data: JSON.stringify({ summary: 'no problems', problems: [], ...state }) });
  return page;
}

test('a build that lists the pages it wrote reloads only those', () => {
  const meeting = openPage('/bodies/test-icb/2026-03-12/', 4);
  const gaps = openPage('/gaps/', 4);
  for (const page of [meeting, gaps]) page.hear({ build: 5, ok: true, pages: ['/bodies/test-icb/2026-03-12/', '/bodies/test-icb/'] });
  assert.strictEqual(meeting.reloads, 1);
  assert.strictEqual(gaps.reloads, 0, 'the gaps page waits for the wave that writes it');
  gaps.hear({ build: 6, ok: true, pages: ['/gaps/', '/'] });
  assert.strictEqual(gaps.reloads, 1);
});

test('the same state heard again does nothing, and the page as served is current', () => {
  const page = openPage('/bodies/test-icb/', 7);
  page.hear({ build: 7, ok: true, pages: null });
  page.hear({ build: 8, ok: true, pages: ['/gaps/'] });
  page.hear({ build: 8, ok: true, pages: ['/gaps/'] });
  assert.strictEqual(page.reloads, 0);
});

test('index.html in the address is the same page', () => {
  const page = openPage('/bodies/test-icb/index.html', 1);
  page.hear({ build: 2, ok: true, pages: ['/bodies/test-icb/'] });
  assert.strictEqual(page.reloads, 1);
});

test('a build with no list, or one heard out of turn, reloads any page', () => {
  const unlisted = openPage('/about/', 1);
  unlisted.hear({ build: 2, ok: true });
  assert.strictEqual(unlisted.reloads, 1, 'no list: any page may have changed');
  const skipped = openPage('/about/', 1);
  skipped.hear({ build: 3, ok: true, pages: ['/gaps/'] });
  assert.strictEqual(skipped.reloads, 1, 'build 2 was missed, and may have written this page');
});

test('a failed build shows its problems; the fix after it reloads the page', () => {
  const page = openPage('/gaps/', 1);
  page.hear({ build: 2, ok: false, summary: '1 error', problems: [{ location: 'content/x.md:3:9', severity: 'error', message: 'unknown status', excerpt: 'status: helt', column: 9 }] });
  assert.ok(page.overlay, 'the problems are shown over the page');
  assert.strictEqual(page.reloads, 0);
  page.hear({ build: 3, ok: true, pages: ['/bodies/test-icb/2026-03-12/'] });
  assert.strictEqual(page.reloads, 1, 'what changed while the site was broken is not known to this page');
});
