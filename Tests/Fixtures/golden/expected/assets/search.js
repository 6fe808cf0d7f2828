(function (global) {
'use strict';
var FORMAT_VERSION = 4;
var REGISTER = 'noticeboardSearchIndex';
var wordsModule = global.noticeboardWords;
if (!wordsModule) throw new Error('search-words.js must be loaded before search.js');
var tokenize = wordsModule.tokenize, words = wordsModule.words, stem = wordsModule.stem, term = wordsModule.term;
var DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
var VALUE = new Int8Array(128).fill(-1);
for (var d = 0; d < DIGITS.length; d++) VALUE[DIGITS.charCodeAt(d)] = d;
function Reader(text) { this.text = text; this.at = 0; }
Reader.prototype.done = function () { return this.at >= this.text.length; };
Reader.prototype.digit = function () { return VALUE[this.text.charCodeAt(this.at++)]; };
Reader.prototype.number = function () {
var n = 0, v;
do { v = this.digit(); n = n * 32 + (v & 31); } while (v >= 32);
return n;
};
function decodePostings(text, levels) {
var reader = new Reader(text);
var largest = reader.number() / 1000;
var capacity = text.length >> 1;
var docs = new Int32Array(capacity), scores = new Float64Array(capacity), fragments = new Int32Array(capacity);
var count = 0, previous = -1;
while (!reader.done()) {
var v = reader.number();
previous += 1 + Math.floor(v / 2);
docs[count] = previous;
scores[count] = largest * (reader.digit() + 1) / levels;
fragments[count] = v % 2 === 1 ? reader.number() : 0;
count++;
}
return matchSet(docs.subarray(0, count), scores.subarray(0, count), fragments.subarray(0, count), scores.subarray(0, count));
}
function matchSet(docs, scores, fragments, best) {
return { docs: docs, scores: scores, fragments: fragments, best: best, size: docs.length };
}
var EMPTY = matchSet(new Int32Array(0), new Float64Array(0), new Int32Array(0), new Float64Array(0));
function intersect(a, b) {
var n = Math.min(a.size, b.size);
var docs = new Int32Array(n), scores = new Float64Array(n), fragments = new Int32Array(n), best = new Float64Array(n);
var i = 0, j = 0, k = 0;
while (i < a.size && j < b.size) {
if (a.docs[i] < b.docs[j]) { i++; continue; }
if (a.docs[i] > b.docs[j]) { j++; continue; }
docs[k] = a.docs[i];
scores[k] = a.scores[i] + b.scores[j];
var aWins = a.best[i] >= b.best[j];
fragments[k] = aWins ? a.fragments[i] : b.fragments[j];
best[k] = aWins ? a.best[i] : b.best[j];
i++; j++; k++;
}
return matchSet(docs.subarray(0, k), scores.subarray(0, k), fragments.subarray(0, k), best.subarray(0, k));
}
function unite(a, b) {
var n = a.size + b.size;
var docs = new Int32Array(n), scores = new Float64Array(n), fragments = new Int32Array(n), best = new Float64Array(n);
var i = 0, j = 0, k = 0;
while (i < a.size || j < b.size) {
var takeA = j >= b.size || (i < a.size && a.docs[i] <= b.docs[j]);
var takeB = i >= a.size || (j < b.size && b.docs[j] <= a.docs[i]);
var from = takeA && takeB ? (a.scores[i] >= b.scores[j] ? a : b) : takeA ? a : b;
var at = from === a ? i : j;
docs[k] = from.docs[at]; scores[k] = from.scores[at]; fragments[k] = from.fragments[at]; best[k] = from.best[at];
if (takeA) i++;
if (takeB) j++;
k++;
}
return matchSet(docs.subarray(0, k), scores.subarray(0, k), fragments.subarray(0, k), best.subarray(0, k));
}
function subtract(a, b) {
var keep = [], j = 0;
for (var i = 0; i < a.size; i++) {
while (j < b.size && b.docs[j] < a.docs[i]) j++;
if (j >= b.size || b.docs[j] !== a.docs[i]) keep.push(i);
}
var pick = function (array, Type) { var out = new Type(keep.length); keep.forEach(function (x, k) { out[k] = array[x]; }); return out; };
return matchSet(pick(a.docs, Int32Array), pick(a.scores, Float64Array), pick(a.fragments, Int32Array), pick(a.best, Float64Array));
}
function shardFor(firstKeys, key) {
var low = 0, high = firstKeys.length - 1;
while (low < high) {
var mid = (low + high + 1) >> 1;
if (firstKeys[mid] <= key) low = mid; else high = mid - 1;
}
return low;
}
function find(keys, key) {
var low = 0, high = keys.length - 1;
while (low <= high) {
var mid = (low + high) >> 1;
if (keys[mid] === key) return mid;
if (keys[mid] < key) low = mid + 1; else high = mid - 1;
}
return -1;
}
function parseQuery(query, allowPrefix) {
var include = [], exclude = [];
var pattern = /(-?)"([^"]*)"?|(\S+)/g, match;
while ((match = pattern.exec(query)) !== null) {
var quoted = match[2] !== undefined;
var raw = quoted ? match[2] : match[3];
var negative = quoted ? match[1] === '-' : raw.length > 1 && raw[0] === '-';
if (!quoted && negative) raw = raw.slice(1);
var unitWords = words(raw);
if (unitWords.length === 0) continue;
var unit = { words: unitWords, phrase: quoted || unitWords.length > 1, prefix: false,
atEnd: pattern.lastIndex === query.length && !quoted };
(negative ? exclude : include).push(unit);
}
var last = include[include.length - 1];
if (allowPrefix && last && last.atEnd && !last.phrase) last.prefix = true;
return { include: include, exclude: exclude };
}
var DIMENSIONS = ['type', 'body', 'kind', 'region', 'year', 'has_findings'];
var FEW_MATCHES = 12;
function Engine(load) {
this.load = load;
this.fewMatches = FEW_MATCHES;
this.files = new Map();
this.postingsCache = new Map();
}
Engine.prototype.file = function (key) {
var promise = this.files.get(key);
if (!promise) {
promise = Promise.resolve(this.load(key));
this.files.set(key, promise);
var files = this.files;
promise.catch(function () { files.delete(key); });
}
return promise;
};
Engine.prototype.manifest = function () {
return this.file('manifest').then(function (manifest) {
if (!manifest || manifest.format !== 'noticeboard-search' || manifest.version !== FORMAT_VERSION) {
throw new Error('search index format not understood (expected version ' + FORMAT_VERSION + ')');
}
manifest.terms = shardTable(manifest.terms);
manifest.phrases = shardTable(manifest.phrases);
return manifest;
});
};
var HASH_LENGTH = 10;
function shardTable(table) {
if (Array.isArray(table.first)) return table;
var files = [];
for (var i = 0; i < table.files.length; i += HASH_LENGTH) files.push(table.files.slice(i, i + HASH_LENGTH));
return { first: files.length ? table.first.split('|') : [], files: files, levels: table.levels || 1 };
}
Engine.prototype.shards = function (table, folder, pick) {
var self = this;
var chosen = table.files.length ? pick(table.first).map(function (i) { return table.files[i]; }) : [];
if (table.levels < 2) return Promise.resolve(chosen);
return Promise.all(chosen.map(function (page) {
return self.file(folder + '/' + page).then(function (payload) {
return self.shards(payload.decoded || (payload.decoded = shardTable(payload)), folder, pick);
});
})).then(function (lists) { return [].concat.apply([], lists); });
};
function holding(key) { return function (first) { return [shardFor(first, key)]; }; }
Engine.prototype.term = function (manifest, term) {
var self = this;
if (self.postingsCache.has(term)) return Promise.resolve(self.postingsCache.get(term));
return self.shards(manifest.terms, 't', holding(term)).then(function (shards) {
return shards.length ? self.file('t/' + shards[0]) : { keys: [], values: [] };
}).then(function (payload) {
var at = find(payload.keys, term);
var postings = at < 0 ? null : decodePostings(payload.values[at], manifest.impactLevels);
self.postingsCache.set(term, postings);
return postings;
});
};
Engine.prototype.termsFor = function (manifest, prefix) {
var self = this, shorter = [];
for (var n = Math.max(4, prefix.length - 3); n < prefix.length; n++) shorter.push(prefix.slice(0, n));
function ranges(first) {
var wanted = new Set();
for (var i = shardFor(first, prefix); i < first.length && (first[i] <= prefix || first[i].startsWith(prefix)); i++) wanted.add(i);
shorter.forEach(function (key) { wanted.add(shardFor(first, key)); });
return Array.from(wanted);
}
return self.shards(manifest.terms, 't', ranges).then(function (shards) {
return Promise.all(Array.from(new Set(shards)).map(function (shard) { return self.file('t/' + shard); }));
}).then(function (payloads) {
var found = new Set();
payloads.forEach(function (payload) {
payload.keys.forEach(function (key) {
if ((key.startsWith(prefix) || shorter.indexOf(key) >= 0) && found.size < 100) found.add(key);
});
});
return Array.from(found).sort();
});
};
Engine.prototype.pairs = function (manifest, stems) {
var self = this;
var lookups = [];
for (var i = 0; i + 1 < stems.length; i++) {
(function (key) {
lookups.push(self.shards(manifest.phrases, 'p', holding(key)).then(function (shards) {
if (!shards.length) return null;
return self.file('p/' + shards[0]).then(function (payload) {
var at = find(payload.keys, key);
return at < 0 ? null : decodePostings(payload.values[at], manifest.impactLevels);
});
}));
})(stems[i] + ' ' + stems[i + 1]);
}
return Promise.all(lookups);
};
Engine.prototype.matchUnit = function (manifest, unit) {
var self = this;
var stems = unit.words.map(term);
function all(lists) {
if (lists.some(function (list) { return !list; })) return EMPTY;
return lists.slice(1).reduce(intersect, lists[0]);
}
if (unit.prefix) {
var word = unit.words[0].replace(/'/g, '');
return self.term(manifest, stems[0]).then(function (exact) {
if (exact || word.length < manifest.prefixMinimum) return { matches: exact || EMPTY, stems: stems, prefixes: [] };
return self.termsFor(manifest, word).then(function (terms) {
return Promise.all(terms.map(function (t) { return self.term(manifest, t); })).then(function (lists) {
var found = lists.filter(Boolean);
return { matches: found.length ? found.slice(1).reduce(unite, found[0]) : EMPTY, stems: terms, prefixes: [word] };
});
});
});
}
var lookup = unit.phrase && stems.length > 1 ? self.pairs(manifest, stems)
: Promise.all(stems.map(function (s) { return self.term(manifest, s); }));
return lookup.then(function (lists) { return { matches: all(lists), stems: stems, prefixes: [] }; });
};
Engine.prototype.chunk = function (manifest, number) {
var self = this;
return self.file('d/' + manifest.chunks[number]).then(function (payload) {
if (!payload.codes) {
var reader = new Reader(payload.meta), codes = [], body = 0;
while (!reader.done()) {
var value = reader.number();
if (value >= 8) body = (value >> 3) - 1;
codes.push(body * 8 + (value & 7));
}
payload.codes = Int32Array.from(codes);
}
return payload;
});
};
function dimensionValues(manifest) {
var typeNames = { meeting: 'Meeting', paper: 'Paper', body: 'Body', page: 'Page' };
return {
type: manifest.types.map(function (t) { return [t, typeNames[t] || t]; }),
body: manifest.bodies.map(function (b) { return [b[0], b[1]]; }),
kind: manifest.kinds.map(function (k) { return [k[0], k[1]]; }),
region: manifest.regions.map(function (r) { return [r[0], r[1]]; }),
year: manifest.years.map(function (y) { return [String(y[0]), String(y[0])]; }).reverse(),
has_findings: [['true', 'Has findings']]
};
}
function allowedValues(filters, values) {
var allowed = {};
DIMENSIONS.forEach(function (dimension) {
var wanted = filters && filters[dimension];
if (wanted === undefined || wanted === null) return;
var list = (Array.isArray(wanted) ? wanted : [wanted]).map(function (v) {
return dimension === 'has_findings' && (v === true || v === 'yes' || v === '1') ? 'true' : String(v);
});
if (!list.length) return;
allowed[dimension] = { set: new Set(list), flags: values[dimension].map(function (pair) { return list.indexOf(pair[0]) >= 0; }) };
});
return allowed;
}
function buildFacets(manifest, values, counts, allowed) {
var facets = {};
DIMENSIONS.forEach(function (dimension) {
if (dimension === 'has_findings' && !manifest.hasFindings) return;
var selected = allowed[dimension] ? allowed[dimension].set : new Set();
var list = [];
values[dimension].forEach(function (pair, number) {
var count = counts[dimension][number];
if (count || selected.has(pair[0])) list.push({ value: pair[0], label: pair[1], count: count, selected: selected.has(pair[0]) });
});
if (dimension === 'body' || dimension === 'kind' || dimension === 'region') {
list.sort(function (a, b) { return a.label < b.label ? -1 : a.label > b.label ? 1 : 0; });
}
facets[dimension] = list;
});
return facets;
}
function makeSnippet(text, stems, prefixes, size) {
var tokens = tokenize(text);
var wanted = new Set(stems);
var hits = tokens.map(function (t) {
return wanted.has(term(t.word)) || prefixes.some(function (p) { return t.word.startsWith(p); });
});
var bestStart = 0, bestScore = -1;
for (var s = 0; s < Math.max(1, tokens.length); s++) {
if (tokens.length && !hits[s] && s > 0) continue;
var distinct = new Set();
for (var k = s; k < Math.min(tokens.length, s + size); k++) if (hits[k]) distinct.add(term(tokens[k].word));
var score = distinct.size;
if (score > bestScore) { bestScore = score; bestStart = s; }
}
if (!tokens.length) return { snippet: text.slice(0, 200), marks: [] };
var first = Math.max(0, bestScore > 0 ? bestStart - 4 : 0);
var lastToken = Math.min(tokens.length - 1, first + size - 1);
var from = first === 0 ? 0 : tokens[first].start;
var to = lastToken === tokens.length - 1 ? text.length : tokens[lastToken].end;
var prefix = from > 0 ? '… ' : '', suffix = to < text.length ? ' …' : '';
var snippet = prefix + text.slice(from, to).replace(/\s+/g, ' ').trim() + suffix;
var marks = [];
tokenize(snippet).forEach(function (t) {
if (wanted.has(term(t.word)) || prefixes.some(function (p) { return t.word.startsWith(p); })) marks.push([t.start, t.end]);
});
return { snippet: snippet, marks: marks };
}
Engine.prototype.search = function (query, options) {
var self = this;
options = options || {};
var limit = options.limit === undefined ? 10 : Math.max(0, options.limit | 0);
var offset = Math.max(0, options.offset | 0);
var parsed = parseQuery(String(query || ''), options.prefix !== false);
return self.manifest().then(function (manifest) {
if (parsed.include.length === 0) return self.rank(manifest, EMPTY, options.filters, limit, offset, [], []);
return Promise.all(parsed.include.concat(parsed.exclude).map(function (unit) { return self.matchUnit(manifest, unit); }))
.then(function (units) {
var included = units.slice(0, parsed.include.length), excluded = units.slice(parsed.include.length);
var matches = included.slice(1).reduce(function (set, unit) { return intersect(set, unit.matches); }, included[0].matches);
excluded.forEach(function (unit) { matches = subtract(matches, unit.matches); });
var stems = [], prefixes = [];
included.forEach(function (unit) { stems = stems.concat(unit.stems); prefixes = prefixes.concat(unit.prefixes); });
return self.rank(manifest, matches, options.filters, limit, offset, stems, prefixes);
});
});
};
function best(matches, positions, count, undated) {
var order = function (doc) { return doc < undated ? undated - 1 - doc : doc; };
var better = function (x, y) {
return matches.scores[x] > matches.scores[y] || (matches.scores[x] === matches.scores[y] && order(matches.docs[x]) < order(matches.docs[y]));
};
if (count > 200 || count >= positions.length) {
return positions.slice().sort(function (x, y) { return better(x, y) ? -1 : better(y, x) ? 1 : 0; }).slice(0, count);
}
var top = [];
for (var i = 0; i < positions.length; i++) {
var p = positions[i];
if (top.length === count && !better(p, top[count - 1])) continue;
var at = top.length < count ? top.length : count - 1;
while (at > 0 && better(p, top[at - 1])) { top[at] = top[at - 1]; at--; }
top[at] = p;
}
return top;
}
Engine.prototype.rank = function (manifest, matches, filters, limit, offset, stems, prefixes) {
var self = this;
var size = manifest.documentsPerChunk, perFolder = manifest.documentsPerFragmentFolder;
var values = dimensionValues(manifest);
var allowed = allowedValues(filters, values);
var active = DIMENSIONS.filter(function (d) { return allowed[d]; });
function fragment(at) {
var doc = matches.docs[at];
return self.file('f/' + manifest.fragments[Math.floor(doc / perFolder)] + '/' + doc + '-' + matches.fragments[at]);
}
function fragments(positions) {
return Promise.all(positions.map(function (at) {
return fragment(at).then(function (fragment) {
var snippet = makeSnippet(fragment.text, stems, prefixes, 30);
return { url: fragment.url, title: fragment.title, type: fragment.type, body: fragment.body, date: fragment.date,
snippet: snippet.snippet, marks: snippet.marks, score: Math.round(matches.scores[at] * 1000) / 1000 };
});
}));
}
var all = [];
for (var n = 0; n < matches.size; n++) all.push(n);
var early = active.length ? null : fragments(best(matches, all, offset + limit, manifest.undated).slice(offset));
var codes;
if (matches.size <= self.fewMatches) {
codes = Promise.all(all.map(fragment)).then(function (loaded) {
return function (i) { return loaded[i].code; };
});
} else {
var chunkNumbers = [];
for (var m = 0; m < matches.size; m++) {
var c = Math.floor(matches.docs[m] / size);
if (chunkNumbers[chunkNumbers.length - 1] !== c) chunkNumbers.push(c);
}
codes = Promise.all(chunkNumbers.map(function (n) { return self.chunk(manifest, n); })).then(function (loaded) {
var chunks = {};
chunkNumbers.forEach(function (n, i) { chunks[n] = loaded[i]; });
return function (i) { var doc = matches.docs[i]; return chunks[Math.floor(doc / size)].codes[doc % size]; };
});
}
var counted = codes.then(function (codeOf) {
var counts = {};
DIMENSIONS.forEach(function (d) { counts[d] = new Int32Array(values[d].length); });
var bodyKind = manifest.bodies.map(function (b) { return b[2]; });
var bodyRegion = manifest.bodies.map(function (b) { return b[3]; });
var number = {};
var kept = [];
var year = -1;
for (var i = 0; i < matches.size; i++) {
var doc = matches.docs[i];
var code = codeOf(i);
var body = (code >> 3) - 1;
while (year + 1 < manifest.years.length && manifest.years[year + 1][1] <= doc) year++;
number.type = (code >> 1) & 3;
number.body = body;
number.kind = body >= 0 ? bodyKind[body] : -1;
number.region = body >= 0 ? bodyRegion[body] : -1;
number.year = doc < manifest.undated ? manifest.years.length - 1 - year : -1; /* shown newest first */
number.has_findings = code & 1 ? 0 : -1;
var failing = null, failures = 0;
for (var a = 0; a < active.length; a++) {
var d = active[a];
if (number[d] < 0 || !allowed[d].flags[number[d]]) { failing = d; failures++; }
}
if (failures > 1) continue;
if (failures === 0) kept.push(i);
for (var k = 0; k < DIMENSIONS.length; k++) {
var dimension = DIMENSIONS[k];
if (number[dimension] >= 0 && (failures === 0 || failing === dimension)) counts[dimension][number[dimension]]++;
}
}
return { kept: kept, facets: buildFacets(manifest, values, counts, allowed) };
});
return counted.then(function (counts) {
var results = early || fragments(best(matches, counts.kept, offset + limit, manifest.undated).slice(offset));
return results.then(function (list) { return { total: counts.kept.length, results: list, facets: counts.facets }; });
});
};
function parseIndexScript(text) {
var open = text.indexOf('(');
var comma = text.indexOf('",', open);
var close = text.lastIndexOf(')');
if (open < 0 || comma < 0 || close < comma || text.slice(0, open) !== REGISTER) throw new Error('not a search index file');
return JSON.parse(text.slice(comma + 2, close));
}
var waiting = new Map();
function register(key, payload) {
var callbacks = waiting.get(key);
if (callbacks) { waiting.delete(key); callbacks.resolve(payload); }
}
function loadWithScript(base, key) {
return new Promise(function (resolve, reject) {
waiting.set(key, { resolve: resolve, reject: reject });
var script = document.createElement('script');
script.src = base + key + '.js';
script.async = true;
script.onload = function () {
script.remove();
if (waiting.has(key)) { waiting.delete(key); reject(new Error('index file did not register: ' + key)); }
};
script.onerror = function () { script.remove(); waiting.delete(key); reject(new Error('could not load ' + script.src)); };
document.head.appendChild(script);
});
}
function loadWithFetch(base, key) {
return fetch(base + key + '.js').then(function (response) {
if (!response.ok) throw new Error('could not load ' + response.url + ' (' + response.status + ')');
return response.text();
}).then(parseIndexScript);
}
function browserLoader(base) {
var useScripts = !global.fetch || /^file:/.test(base);
return function (key) {
if (useScripts) return loadWithScript(base, key);
return loadWithFetch(base, key).catch(function (error) {
if (error instanceof TypeError) { useScripts = true; return loadWithScript(base, key); }
throw error;
});
};
}
var api = {
tokenize: tokenize,
words: words,
stem: stem,
term: term,
parseQuery: parseQuery,
parseIndexScript: parseIndexScript,
decodePostings: decodePostings,
intersect: intersect,
best: best,
unite: unite,
subtract: subtract,
makeSnippet: makeSnippet,
Engine: Engine,
createEngine: function (load) { return new Engine(load); }
};
global[REGISTER] = register;
var noticeboard = global.noticeboard = global.noticeboard || {};
noticeboard.searchInternals = api;
if (typeof document !== 'undefined' && document.currentScript && document.currentScript.src) {
var root = new URL('../', document.currentScript.src).href;
var engine = new Engine(browserLoader(root + 'search-index/'));
noticeboard.siteRoot = root;
noticeboard.searchEngine = engine;
noticeboard.search = function (query, options) { return engine.search(query, options); };
}
})(typeof window !== 'undefined' ? window : globalThis);
