// The search engine of search.js against the golden index written by the Swift index writer.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadClient, scriptLoader, fetchLoader } = require('./helpers');

const { context, internals } = loadClient();
const engine = internals.createEngine(scriptLoader(context));
const plain = (value) => JSON.parse(JSON.stringify(value));
const search = async (query, options) => plain(await engine.search(query, options));
const urls = (answer) => answer.results.map((r) => r.url);

const MEETING = 'bodies/northshire-icb/2026-03-12/';
const PAPER = 'bodies/northshire-icb/2026-03-12/financial-plan/';
const PRIVATE_MEETING = 'bodies/southvale-ics-board/2026-01-15/';
const WINTER_MEETING = 'bodies/northshire-icb/2025-11-20/';
const BODY = 'bodies/northshire-icb/';

test('finds words through their stems, in any case', async () => {
  for (const query of ['procurement', 'PROCURE', 'procuring']) {
    assert.deepEqual(urls(await search(query)).sort(), [MEETING, PAPER].sort(), query);
  }
});

test('folds accents both ways', async () => {
  assert.deepEqual(urls(await search('cafe')), [MEETING]);
  assert.deepEqual(urls(await search('Brontë')).sort(), [BODY, MEETING].sort());
});

test('apostrophes do not matter in names', async () => {
  for (const query of ["O'Brien", 'O’Brien', 'obrien']) assert.deepEqual(urls(await search(query)), ['bodies/southvale-ics-board/'], query);
});

test('every word must match', async () => {
  assert.deepEqual(urls(await search('deficit winter')), []);
  assert.deepEqual(urls(await search('deficit private')).sort(), [MEETING, PRIVATE_MEETING].sort());
});

test('a result carries what the page shows, with a URL relative to the site root', async () => {
  const answer = await search('diagnostics');
  assert.equal(answer.total, 1);
  const [result] = answer.results;
  assert.equal(result.url, PAPER);
  assert.equal(result.title, 'System financial plan 2026/27');
  assert.equal(result.type, 'paper');
  assert.equal(result.body, 'Northshire ICB');
  assert.equal(result.date, '2026-03-12');
  assert.ok(result.marks.length > 0);
  for (const [start, end] of result.marks) assert.match(result.snippet.slice(start, end), /^diagnostics$/i);
});

test('ranks titles above text and breaks ties newest first', async () => {
  const answer = await search('deficit');
  assert.equal(answer.total, 3);
  assert.deepEqual(urls(answer).sort(), [MEETING, PAPER, PRIVATE_MEETING].sort());
  const plan = await search('financial plan');
  assert.equal(plan.results[0].url, PAPER, 'the paper has both words in its title');
});

test('phrases match words next to each other, in order', async () => {
  assert.deepEqual(urls(await search('"financial plan"')).sort(), [MEETING, PAPER].sort());
  assert.deepEqual(urls(await search('"plan financial"')), []);
  assert.deepEqual(urls(await search('"mental health transformation"')), [WINTER_MEETING]);
  assert.deepEqual(urls(await search('2026/27')).sort(), [MEETING, PAPER].sort(), 'a word that splits is a phrase');
});

test('a minus leaves documents with that word out', async () => {
  assert.deepEqual(urls(await search('deficit -southvale')).sort(), [MEETING, PAPER].sort());
  assert.deepEqual(urls(await search('deficit -"financial plan"')), [PRIVATE_MEETING]);
});

test('the last word matches as a prefix while it is not a whole word of the index', async () => {
  assert.deepEqual(urls(await search('transfo')), [WINTER_MEETING]);
  assert.deepEqual(urls(await search('procurem')).sort(), [MEETING, PAPER].sort(), 'typed past the stem procur');
  assert.deepEqual(urls(await search('transfo', { prefix: false })), []);
  assert.deepEqual(urls(await search('transfo ')), [], 'a finished word is not a prefix');
  const answer = await search('transfo');
  assert.ok(answer.results[0].marks.length > 0, 'the prefix is highlighted');
});

test('filters narrow results and facet counts add up', async () => {
  const all = await search('the');
  assert.deepEqual(all.facets.year.map((f) => f.value), ['2026', '2025'], 'years newest first');
  const sum = (list) => list.reduce((n, f) => n + f.count, 0);
  assert.equal(sum(all.facets.type), all.total);
  const papers = await search('deficit', { filters: { type: ['paper'] } });
  assert.equal(papers.total, 1);
  assert.deepEqual(urls(papers), [PAPER]);
  const meetingFacet = papers.facets.type.find((f) => f.value === 'meeting');
  assert.equal(meetingFacet.count, 2, 'a dimension counts as if its own filter were not chosen');
  const meetings = await search('deficit', { filters: { type: ['meeting'] } });
  assert.equal(meetings.total, meetingFacet.count);
  const byYear = await search('board', { filters: { year: [2025] } });
  assert.deepEqual(urls(byYear), [WINTER_MEETING]);
  const region = await search('deficit', { filters: { region: ['south-west'] } });
  assert.deepEqual(urls(region), [PRIVATE_MEETING]);
  const kind = await search('deficit', { filters: { kind: ['integrated-care-board'], body: ['northshire-icb'] } });
  assert.equal(kind.total, 2);
  for (const dimension of ['type', 'body', 'kind', 'region', 'year']) {
    for (const facet of all.facets[dimension]) {
      const filtered = await search('the', { filters: { [dimension]: [facet.value] } });
      assert.equal(filtered.total, facet.count, `${dimension}=${facet.value}`);
    }
  }
});

test('few matches take their facets from their fragments, many from the document chunks, with the same answer', async () => {
  const loaded = [];
  const spy = scriptLoader(context);
  const counting = (key) => { loaded.push(key); return spy(key); };
  const queries = [['the', {}], ['deficit', { filters: { type: ['paper'] } }], ['deficit', { filters: { region: ['south-west'] } }],
    ['board', { filters: { year: [2025] } }], ['deficit', { filters: { has_findings: [true] } }], ['the', { limit: 2, offset: 2 }]];
  for (const [query, options] of queries) {
    // New engines each time: an engine keeps every file it loaded.
    const fromFragments = internals.createEngine(counting);
    const fromChunks = internals.createEngine(counting);
    fromChunks.fewMatches = 0;
    loaded.length = 0;
    const few = plain(await fromFragments.search(query, options));
    assert.ok(few.total <= fromFragments.fewMatches && few.total > 0, query);
    assert.ok(!loaded.some((key) => key.startsWith('d/')), `${query}: no document chunk`);
    loaded.length = 0;
    const many = plain(await fromChunks.search(query, options));
    assert.ok(loaded.some((key) => key.startsWith('d/')), `${query}: a document chunk`);
    assert.deepEqual(few, many, query);
  }
});

test('has-findings is a filter once some document has findings', async () => {
  const answer = await search('deficit');
  assert.deepEqual(answer.facets.has_findings, [{ value: 'true', label: 'Has findings', count: 1, selected: false }]);
  const flagged = await search('deficit', { filters: { has_findings: [true] } });
  assert.deepEqual(urls(flagged), [PRIVATE_MEETING]);
});

test('limit and offset page through every match', async () => {
  const all = await search('the', { limit: 100 });
  const pages = [];
  for (let offset = 0; offset < all.total; offset += 2) pages.push(...urls(await search('the', { limit: 2, offset })));
  assert.deepEqual(pages, urls(all));
  assert.equal(new Set(pages).size, all.total);
});

test('an empty or unmatched query finds nothing', async () => {
  assert.equal((await search('')).total, 0);
  assert.equal((await search('   ')).total, 0);
  assert.equal((await search('zzzzqqq')).total, 0);
  assert.equal((await search('-deficit')).total, 0);
});

test('loading with fetch and with scripts gives the same answers', async () => {
  const fetched = internals.createEngine(fetchLoader(internals));
  for (const query of ['deficit', '"financial plan"', 'transfo', 'board -winter']) {
    assert.deepEqual(plain(await fetched.search(query)), await search(query), query);
  }
});

test('refuses an index of another format version', async () => {
  const other = internals.createEngine(async (key) => (key === 'manifest' ? { format: 'noticeboard-search', version: 99 } : null));
  await assert.rejects(other.search('deficit'), /format/);
});

test('match sets intersect, unite and subtract by document', () => {
  const set = (docs, scores) => internals.decodePostings ? {
    docs: Int32Array.from(docs), scores: Float64Array.from(scores), fragments: Int32Array.from(docs.map(() => 0)),
    best: Float64Array.from(scores), size: docs.length } : null;
  const a = set([1, 3, 5, 7], [1, 1, 1, 1]);
  const b = set([3, 4, 7, 9], [2, 2, 2, 2]);
  assert.deepEqual([...internals.intersect(a, b).docs], [3, 7]);
  assert.deepEqual([...internals.intersect(a, b).scores], [3, 3]);
  assert.deepEqual([...internals.unite(a, b).docs], [1, 3, 4, 5, 7, 9]);
  assert.deepEqual([...internals.unite(a, b).scores], [1, 2, 2, 1, 2, 2]);
  assert.deepEqual([...internals.subtract(a, b).docs], [1, 5]);
});

test('the best results are the first of a full sort: score, then newest, then undated', () => {
  // Documents 0-399 are dated, oldest first; 400-499 are undated, in ranking order.
  const docs = [], scores = [], undated = 400;
  for (let i = 0; i < 500; i++) { docs.push(i); scores.push((i * 7919) % 13); }
  const matches = { docs: Int32Array.from(docs), scores: Float64Array.from(scores), size: 500 };
  const positions = docs.slice();
  const rank = (d) => (d < undated ? [0, -d] : [1, d]);
  const sorted = positions.slice().sort((x, y) => scores[y] - scores[x] || rank(x)[0] - rank(y)[0] || rank(x)[1] - rank(y)[1]);
  assert.deepEqual([...internals.best(matches, positions, 10, undated)], sorted.slice(0, 10));
  assert.deepEqual([...internals.best(matches, positions, 300, undated)], sorted.slice(0, 300));
  // Among equal scores the newest dated document comes first and an undated one after every dated one.
  const tied = { docs: Int32Array.from([3, 250, 399, 400, 450]), scores: Float64Array.from([1, 1, 1, 1, 1]), size: 5 };
  assert.deepEqual([...internals.best(tied, [0, 1, 2, 3, 4], 5, undated)].map((p) => tied.docs[p]), [399, 250, 3, 400, 450]);
});

test('an index of no documents answers every query with nothing', async () => {
  const empty = internals.createEngine(async (key) => {
    if (key === 'manifest') {
      return { format: 'noticeboard-search', version: 4, documents: 0, impactLevels: 64, prefixMinimum: 3, documentsPerChunk: 2048, documentsPerFragmentFolder: 1024,
        terms: { first: '', files: '' }, phrases: { first: '', files: '' }, chunks: [], fragments: [], types: ['meeting', 'paper', 'body', 'page'],
        bodies: [], kinds: [], regions: [], years: [], undated: 0, hasFindings: false };
    }
    throw new Error('no such file: ' + key);
  });
  for (const query of ['deficit', '"financial plan"', 'transfo']) assert.equal((await empty.search(query)).total, 0, query);
});
