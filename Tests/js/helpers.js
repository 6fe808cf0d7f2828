// Loads templates/assets/search-words.js and search.js into a fresh context, as a browser would without a page, and reads
// the golden index (Tests/Fixtures/search/golden-index) the Swift tests compare byte for byte.
// NOTICEBOARD_ASSETS=<folder> loads the scripts from there instead: scripts/test.sh runs the tests again on the copies
// a build writes to site/assets/, which the build compacts (ScriptCompactor.swift).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const root = path.resolve(__dirname, '..', '..');
const fixtures = path.join(root, 'Tests', 'Fixtures', 'search');
const golden = path.join(fixtures, 'golden-index');
const assets = process.env.NOTICEBOARD_ASSETS ? path.resolve(process.env.NOTICEBOARD_ASSETS) : path.join(root, 'templates', 'assets');

/** A context with search.js run in it: {context, internals}. */
function loadClient() {
  const context = vm.createContext({ console, URL, URLSearchParams, Promise, Map, Set });
  context.globalThis = context;
  for (const name of ['search-words.js', 'search.js']) {
    vm.runInContext(fs.readFileSync(path.join(assets, name), 'utf8'), context, { filename: name });
  }
  return { context, internals: context.noticeboard.searchInternals };
}

/** Loads index files the way <script> elements do: each file runs and calls noticeboardSearchIndex. */
function scriptLoader(context, folder = golden) {
  const loaded = new Map();
  const previous = context.noticeboardSearchIndex;
  context.noticeboardSearchIndex = (key, payload) => { loaded.set(key, payload); };
  const load = async (key) => {
    const file = path.join(folder, key + '.js');
    vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
    if (!loaded.has(key)) throw new Error('file did not register its key: ' + key);
    return loaded.get(key);
  };
  load.restore = () => { context.noticeboardSearchIndex = previous; };
  return load;
}

/** Loads index files the way fetch() does: the text parsed by search.js's parseIndexScript. */
function fetchLoader(internals, folder = golden) {
  return async (key) => internals.parseIndexScript(fs.readFileSync(path.join(folder, key + '.js'), 'utf8'));
}

/** Every file of the golden index, by key. */
function goldenPayloads(internals) {
  const result = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else result.set(path.relative(golden, full).replace(/\\/g, '/').replace(/\.js$/, ''), internals.parseIndexScript(fs.readFileSync(full, 'utf8')));
    }
  };
  walk(golden);
  return result;
}

module.exports = { root, fixtures, golden, loadClient, scriptLoader, fetchLoader, goldenPayloads };
