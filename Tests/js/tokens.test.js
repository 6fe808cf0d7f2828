// search-words.js's tokenizer and stemmer agree with the Swift ones (Tokenizer.swift, EnglishStemmer.swift).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { fixtures, loadClient, goldenPayloads } = require('./helpers');

const { internals } = loadClient();

test('stems every recorded vector as the Swift stemmer does', () => {
  const lines = fs.readFileSync(path.join(fixtures, 'stemmer-vectors.tsv'), 'utf8').split('\n').filter(Boolean);
  assert.ok(lines.length > 8000);
  const wrong = lines.map((line) => line.split('\t')).filter(([word, stem]) => internals.stem(word) !== stem);
  assert.deepEqual(wrong.slice(0, 10), []);
});

test('stems the Snowball examples', () => {
  const examples = {
    consign: 'consign', consistently: 'consist', consolatory: 'consolatori', conspiracy: 'conspiraci',
    knackeries: 'knackeri', knightly: 'knight', knives: 'knive', skies: 'sky', dying: 'die', generously: 'generous',
    procurement: 'procur', procuring: 'procur', commissioning: 'commiss', hoping: 'hope', hopping: 'hop', cries: 'cri',
    ties: 'tie', guaranteed: 'guarante', 'council\'s': 'council', succeed: 'succeed', '2026': '2026'
  };
  for (const [word, stem] of Object.entries(examples)) assert.equal(internals.stem(word), stem, word);
});

test('tokenizes the shared cases as the Swift tokenizer does', () => {
  const cases = JSON.parse(fs.readFileSync(path.join(fixtures, 'tokenizer-cases.json'), 'utf8'));
  for (const { text, words } of cases) assert.deepEqual([...internals.words(text)], words, text);
});

test('token offsets point at the words in the original text', () => {
  const text = 'Zoë Brontë’s café';
  const tokens = internals.tokenize(text);
  assert.deepEqual([...tokens.map((t) => text.slice(t.start, t.end))], ['Zoë', 'Brontë’s', 'café']);
});

test('every term of the golden index comes from tokenizing and stemming its text in JavaScript', () => {
  const payloads = goldenPayloads(internals);
  const indexed = new Set();
  // Term shards (pages of the term shard table hold no keys).
  for (const [key, payload] of payloads) if (key.startsWith('t/') && payload.keys) payload.keys.forEach((k) => indexed.add(k));
  const produced = new Set();
  for (const [key, payload] of payloads) {
    if (!key.startsWith('f/')) continue;
    for (const text of [payload.title, payload.text]) internals.words(text).forEach((w) => produced.add(internals.term(w)));
  }
  assert.deepEqual([...produced].filter((t) => !indexed.has(t)), []);
  assert.deepEqual([...indexed].filter((t) => !produced.has(t)), []);
});
