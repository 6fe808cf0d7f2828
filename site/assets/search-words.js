(function (global) {
'use strict';
var MAXIMUM_LENGTH = 40;
var FOLDED = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ł': 'l', 'ı': 'i', 'ς': 'σ' };
var APOSTROPHES = '\'\u2019\u2018\u02BC';
var WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
var MARK = /^\p{M}$/u;
var foldCache = new Map();
function fold(ch) {
var cached = foldCache.get(ch);
if (cached) return cached;
var out = [];
for (var decomposed of ch.normalize('NFKD')) {
if (MARK.test(decomposed)) continue;
for (var lower of decomposed.toLowerCase()) {
if (MARK.test(lower)) continue;
var folded = FOLDED[lower];
if (folded) { for (var f of folded) out.push(f); } else { out.push(lower); }
}
}
foldCache.set(ch, out);
return out;
}
function tokenize(text) {
var out = [];
var word = '', length = 0, pending = false, start = -1, end = -1;
function finish() {
if (length > 0 && length <= MAXIMUM_LENGTH) out.push({ word: word, start: start, end: end });
word = ''; length = 0; pending = false; start = -1;
}
function append(ch, from, to) {
if (pending) { word += '\''; length += 1; pending = false; }
if (start < 0) start = from;
word += ch; length += 1; end = to;
}
function apostrophe() {
if (length > 0 && !pending) { pending = true; } else { finish(); }
}
for (var i = 0; i < text.length;) {
var code = text.codePointAt(i);
var next = i + (code > 0xFFFF ? 2 : 1);
if (code < 0x80) {
if ((code >= 0x61 && code <= 0x7A) || (code >= 0x30 && code <= 0x39)) append(text[i], i, next);
else if (code >= 0x41 && code <= 0x5A) append(String.fromCharCode(code + 32), i, next);
else if (code === 0x27) apostrophe();
else finish();
} else {
var ch = String.fromCodePoint(code);
if (APOSTROPHES.indexOf(ch) >= 0) { apostrophe(); } else {
var folded = fold(ch);
for (var k = 0; k < folded.length; k++) {
if (WORD_CHARACTER.test(folded[k])) append(folded[k], i, next); else finish();
}
}
}
i = next;
}
finish();
return out;
}
function words(text) { return tokenize(text).map(function (t) { return t.word; }); }
var EXCEPTIONS = {
skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl', ugly: 'ugli',
early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas',
cosmos: 'cosmos', bias: 'bias', andes: 'andes'
};
var INVARIANT_AFTER_1A = ['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed'];
var STEP2 = {
tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize', ization: 'ize',
ational: 'ate', ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al', alli: 'al', fulness: 'ful',
ousli: 'ous', ousness: 'ous', iveness: 'ive', iviti: 'ive', biliti: 'ble', bli: 'ble', ogi: 'og',
fulli: 'ful', lessli: 'less', li: ''
};
var STEP3 = { tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic', ful: '', ness: '', ative: '' };
var STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ism', 'ate', 'iti',
'ous', 'ive', 'ize', 'ion'];
var stemCache = new Map();
function isVowel(c) { return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y'; }
function stem(word) {
var cached = stemCache.get(word);
if (cached !== undefined) return cached;
var result = stemUncached(word);
if (stemCache.size > 50000) stemCache.clear();
stemCache.set(word, result);
return result;
}
function term(word) {
var stemmed = stem(word);
return stemmed.indexOf('\'') < 0 ? stemmed : stemmed.replace(/'/g, '');
}
function stemUncached(word) {
if (!/^[a-z']*$/.test(word)) return word;
if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, word)) return EXCEPTIONS[word];
if (word.length < 3) return word;
var w = word;
if (w[0] === '\'') w = w.slice(1);
if (w[0] === 'y') w = 'Y' + w.slice(1);
for (var i = 1; i < w.length; i++) {
if (w[i] === 'y' && isVowel(w[i - 1])) w = w.slice(0, i) + 'Y' + w.slice(i + 1);
}
function afterVowelConsonant(from) {
var j = from;
while (j < w.length && !isVowel(w[j])) j++;
while (j < w.length && isVowel(w[j])) j++;
return j < w.length ? j + 1 : -1;
}
var p1 = w.length, p2 = w.length;
var prefix = ['gener', 'commun', 'arsen'].filter(function (p) { return w.startsWith(p); })[0];
var r1 = prefix ? prefix.length : afterVowelConsonant(0);
if (r1 >= 0) {
p1 = r1;
var r2 = afterVowelConsonant(p1);
p2 = r2 >= 0 ? r2 : w.length;
}
function longest(suffixes) {
var best = null;
for (var s of suffixes) if (w.endsWith(s) && (best === null || s.length > best.length)) best = s;
return best;
}
function startOf(suffix) { return w.length - suffix.length; }
function replace(suffix, by) { w = w.slice(0, w.length - suffix.length) + by; }
function containsVowel(end) { for (var j = 0; j < end; j++) if (isVowel(w[j])) return true; return false; }
function shortSyllable(end) {
if (end >= 3) {
var last = w[end - 1];
return !isVowel(w[end - 3]) && isVowel(w[end - 2]) && !isVowel(last) && last !== 'w' && last !== 'x' && last !== 'Y';
}
return end === 2 && isVowel(w[0]) && !isVowel(w[1]);
}
var s;
s = longest(['\'s\'', '\'s', '\'']);
if (s) replace(s, '');
s = longest(['sses', 'ied', 'ies', 'us', 'ss', 's']);
if (s === 'sses') replace(s, 'ss');
else if (s === 'ied' || s === 'ies') replace(s, startOf(s) >= 2 ? 'i' : 'ie');
else if (s === 's' && startOf(s) >= 2 && containsVowel(startOf(s) - 1)) replace(s, '');
if (INVARIANT_AFTER_1A.indexOf(w) < 0) {
s = longest(['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly']);
if (s === 'eed' || s === 'eedly') {
if (startOf(s) >= p1) replace(s, 'ee');
} else if (s && containsVowel(startOf(s))) {
replace(s, '');
if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
else if (['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt'].some(function (d) { return w.endsWith(d); })) w = w.slice(0, -1);
else if (w.length <= p1 && shortSyllable(w.length)) w += 'e';
}
var last = w[w.length - 1];
if ((last === 'y' || last === 'Y') && w.length >= 3 && !isVowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';
s = longest(Object.keys(STEP2));
if (s && startOf(s) >= p1) {
var before = startOf(s) > 0 ? w[startOf(s) - 1] : '';
if (!(s === 'ogi' && before !== 'l') && !(s === 'li' && (before === '' || 'cdeghkmnrt'.indexOf(before) < 0))) replace(s, STEP2[s]);
}
s = longest(Object.keys(STEP3));
if (s && startOf(s) >= p1 && !(s === 'ative' && startOf(s) < p2)) replace(s, STEP3[s]);
s = longest(STEP4);
if (s && startOf(s) >= p2) {
var at = startOf(s);
if (s !== 'ion' || (at > 0 && (w[at - 1] === 's' || w[at - 1] === 't'))) replace(s, '');
}
var end = w.length - 1;
if (w[end] === 'e') {
if (end >= p2 || (end >= p1 && !shortSyllable(end))) w = w.slice(0, -1);
} else if (w[end] === 'l') {
if (end >= p2 && end > 0 && w[end - 1] === 'l') w = w.slice(0, -1);
}
}
return w.replace(/Y/g, 'y');
}
global.noticeboardWords = { tokenize: tokenize, words: words, stem: stem, term: term };
})(typeof window !== 'undefined' ? window : globalThis);
