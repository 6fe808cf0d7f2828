/* Noticeboard search page (/search/): reads ?q= and filters from the address, searches as the reader
 * types (window.noticeboard.search, from search.js), shows results, counts and filters, and keeps the
 * address in step with history.replaceState. Document text is only ever set with textContent. */
(function () {
  'use strict';

  var noticeboard = window.noticeboard;
  var app = document.getElementById('search-app');
  if (!app || !noticeboard || !noticeboard.search) return;

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var count = document.getElementById('search-count');
  var list = document.getElementById('search-results');
  var filtersBox = document.getElementById('search-filters');
  var more = document.getElementById('search-more');
  var unavailable = document.getElementById('search-unavailable');

  var PAGE_SIZE = 10;
  var DIMENSIONS = [
    ['type', 'Type'], ['body', 'Body'], ['kind', 'Kind of body'], ['region', 'Region'], ['year', 'Year'],
    ['has_findings', 'Findings']
  ];
  var TYPE_NAMES = { meeting: 'Meeting', paper: 'Paper', body: 'Body', page: 'Page' };
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  var fromDisk = location.protocol === 'file:' || app.getAttribute('data-portable') === 'true';

  /** A list of names (bodies, kinds, regions) with more values than this gets a box to find one by name: a site
   * can record dozens of bodies. */
  var FINDER_FROM = 8;
  var NAMED = { body: true, kind: true, region: true };

  var state = readAddress();
  var finders = {};
  var shown = 0;
  var generation = 0;
  var typingTimer = null;

  function readAddress() {
    var params = new URLSearchParams(location.search);
    var filters = {};
    DIMENSIONS.forEach(function (d) {
      var values = params.getAll(d[0]).filter(Boolean);
      if (values.length) filters[d[0]] = values;
    });
    return { q: params.get('q') || '', filters: filters };
  }

  function writeAddress() {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    DIMENSIONS.forEach(function (d) {
      (state.filters[d[0]] || []).forEach(function (v) { params.append(d[0], v); });
    });
    var search = params.toString();
    try {
      history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
    } catch (e) { /* Some browsers refuse this for pages opened from disk: the page still works. */ }
  }

  /** A result's link: the site root joined to its URL, naming index.html where the site is read from disk. */
  function hrefFor(url) {
    var path = fromDisk && (url === '' || url.endsWith('/')) ? url + 'index.html' : url;
    return new URL(path, noticeboard.siteRoot).href;
  }

  function formatDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return parts ? Number(parts[3]) + ' ' + MONTHS[Number(parts[2]) - 1] + ' ' + parts[1] : '';
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function resultItem(result) {
    var item = element('li', 'search-result');
    var link = element('a', 'search-result__title', result.title);
    link.href = hrefFor(result.url);
    item.appendChild(link);
    var meta = [TYPE_NAMES[result.type] || result.type, result.body, formatDate(result.date)].filter(Boolean);
    var metaLine = element('span', 'search-result__meta', meta.join(' · '));
    if (result.date) {
      metaLine.textContent = meta.slice(0, -1).concat('').join(' · ');
      var time = element('time', null, formatDate(result.date));
      time.setAttribute('datetime', result.date);
      metaLine.appendChild(time);
    }
    item.appendChild(metaLine);
    var snippet = element('p', 'search-result__snippet');
    var at = 0;
    result.marks.forEach(function (range) {
      if (range[0] > at) snippet.appendChild(document.createTextNode(result.snippet.slice(at, range[0])));
      snippet.appendChild(element('mark', null, result.snippet.slice(range[0], range[1])));
      at = range[1];
    });
    if (at < result.snippet.length) snippet.appendChild(document.createTextNode(result.snippet.slice(at)));
    item.appendChild(snippet);
    return item;
  }

  /** Shows the values of a list whose label holds the text (checked ones always), and says how many match. */
  function applyFinder(box, text, status) {
    var needle = text.trim().toLowerCase();
    var matching = 0;
    Array.prototype.forEach.call(box.querySelectorAll('label'), function (label) {
      var show = !needle || label.textContent.toLowerCase().indexOf(needle) >= 0 || label.querySelector('input').checked;
      label.hidden = !show;
      if (show) matching++;
    });
    status.textContent = needle ? matching + (matching === 1 ? ' match' : ' matches') : '';
  }

  /** A search box above a long list of filter values. */
  function finder(dimension, legend, box) {
    var id = 'search-find-' + dimension;
    var wrapper = element('div', 'search-filters__find');
    var label = element('label', 'search-filters__find-label', 'Find a ' + legend.toLowerCase());
    label.htmlFor = id;
    var field = element('input');
    field.type = 'search';
    field.id = id;
    field.name = 'find-' + dimension;
    field.autocomplete = 'off';
    field.value = finders[dimension] || '';
    var status = element('span', 'search-filters__find-status');
    status.setAttribute('role', 'status');
    field.addEventListener('input', function () {
      finders[dimension] = field.value;
      applyFinder(box, field.value, status);
    });
    wrapper.appendChild(label);
    wrapper.appendChild(field);
    wrapper.appendChild(status);
    applyFinder(box, field.value, status);
    return wrapper;
  }

  function renderFilters(facets) {
    var focused = document.activeElement && filtersBox.contains(document.activeElement)
      ? document.activeElement.name + '=' + document.activeElement.value : null;
    filtersBox.textContent = '';
    var any = false;
    DIMENSIONS.forEach(function (d) {
      var values = facets[d[0]];
      if (!values || values.length === 0) return;
      any = true;
      var fieldset = element('fieldset');
      fieldset.appendChild(element('legend', null, d[1]));
      var box = element('div', 'search-filters__list');
      values.forEach(function (facet) {
        var label = element('label');
        var checkbox = element('input');
        checkbox.type = 'checkbox';
        checkbox.name = d[0];
        checkbox.value = facet.value;
        checkbox.checked = facet.selected;
        checkbox.addEventListener('change', onFilterChange);
        label.appendChild(checkbox);
        var text = element('span', null, facet.label + ' ');
        text.appendChild(element('span', 'search-filters__count', '(' + facet.count + ')'));
        label.appendChild(text);
        box.appendChild(label);
      });
      if (NAMED[d[0]] && values.length > FINDER_FROM) fieldset.appendChild(finder(d[0], d[1], box));
      fieldset.appendChild(box);
      filtersBox.appendChild(fieldset);
    });
    filtersBox.hidden = !any;
    if (focused) {
      var again = Array.prototype.find.call(filtersBox.querySelectorAll('input'), function (i) { return i.name + '=' + i.value === focused; });
      if (again) again.focus();
    }
  }

  function onFilterChange(event) {
    var box = event.target;
    var values = state.filters[box.name] || [];
    values = values.filter(function (v) { return v !== box.value; });
    if (box.checked) values.push(box.value);
    if (values.length) state.filters[box.name] = values; else delete state.filters[box.name];
    run(false);
  }

  function describe(total, q) {
    if (!q.trim()) return '';
    var filtered = Object.keys(state.filters).length ? ' with the chosen filters' : '';
    if (total === 0) return 'No results for “' + q.trim() + '”' + filtered;
    return total + (total === 1 ? ' result' : ' results') + ' for “' + q.trim() + '”' + filtered;
  }

  /** Runs the search for the current state; `append` adds the next page under the results shown. */
  function run(append) {
    var mine = ++generation;
    var offset = append ? shown : 0;
    writeAddress();
    if (!state.q.trim()) {
      list.textContent = '';
      count.textContent = '';
      more.hidden = true;
      filtersBox.hidden = true;
      shown = 0;
      return Promise.resolve();
    }
    app.setAttribute('aria-busy', 'true');
    return noticeboard.search(state.q, { filters: state.filters, limit: PAGE_SIZE, offset: offset }).then(function (answer) {
      if (mine !== generation) return;
      if (!append) list.textContent = '';
      var firstNew = null;
      answer.results.forEach(function (result) {
        var item = resultItem(result);
        if (!firstNew) firstNew = item;
        list.appendChild(item);
      });
      shown = offset + answer.results.length;
      count.textContent = describe(answer.total, state.q);
      more.hidden = shown >= answer.total;
      renderFilters(answer.facets);
      app.removeAttribute('aria-busy');
      if (append && firstNew) firstNew.querySelector('a').focus();
    }).catch(function (error) {
      if (mine !== generation) return;
      app.removeAttribute('aria-busy');
      unavailable.hidden = false;
      count.textContent = 'Search is unavailable.';
      if (window.console) console.error(error);
    });
  }

  // Fetch the manifest while the reader is still typing, so the first search has one step less to wait for.
  if (noticeboard.searchEngine) noticeboard.searchEngine.manifest().catch(function () {});

  input.value = state.q;
  input.addEventListener('input', function () {
    state.q = input.value;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { run(false); }, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(typingTimer);
    state.q = input.value;
    run(false);
  });
  more.addEventListener('click', function () { run(true); });

  // The header's search box on this page searches here too.
  var header = document.getElementById('site-search-q');
  if (header) header.value = state.q;

  run(false);
})();
