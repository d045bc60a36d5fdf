/* raudtrad search: the header box on every page and the search page (sok/index.html in nn, see src/render/urls.rs).
   No dependencies. The index is a set of files (search/entry.EXT and a folder named after
   the build) in one of two forms, told by the extension of the entry file the page names
   (data-search-entry): JSON read with fetch() (the internal tree: no page of another web
   site can read it, but browsers refuse fetch() from file://, so there it says that search
   needs a web server), or scripts that call __rtS(name, data), loaded with <script>
   elements (the open tree, whose data is public: works from file:// too). fold(), words()
   and stem() must give what src/search/text.rs gives: tests/search_text.rs compares them.
   docs/search.md describes the files and the folding. */
(function () {
  'use strict';

  // --- Text: folding, words, stemming (the twin of src/search/text.rs) ---------------------

  var FOLD = { 'æ': 'ae', 'ø': 'o', 'œ': 'oe', 'ß': 'ss', 'þ': 'th', 'ð': 'd', 'đ': 'd', 'ł': 'l', 'ς': 'σ' };
  var MARK = /\p{M}/gu;
  var WORD = /[\p{Alphabetic}\p{N}]+/gu;

  function fold(s) {
    return s.toLowerCase().normalize('NFD').replace(MARK, '')
      .replace(/[æøœßþðđłς]/g, function (c) { return FOLD[c]; })
      .replace(/aa/g, 'a').replace(/oe/g, 'o');
  }

  function words(folded) { return folded.match(WORD) || []; }

  var utf8 = new TextEncoder();
  function indexed(w, stop) {
    return Array.from(w).length >= 2 && utf8.encode(w).length <= 40 && !stop.has(w);
  }

  function isV(c) { return 'aeiouy'.indexOf(c) >= 0; }
  function endsWith(w, s) {
    if (s.length > w.length) return false;
    for (var i = 0; i < s.length; i++) if (w[w.length - s.length + i] !== s[i]) return false;
    return true;
  }
  // Snowball Norwegian (as rust-stemmers 1.2 has it), on arrays of characters.
  var MAIN = ['hetenes', 'hetene', 'hetens', 'heten', 'heter', 'endes', 'ande', 'ende', 'edes',
    'enes', 'erte', 'het', 'ast', 'ane', 'ene', 'ens', 'ers', 'ets', 'ede', 'ert', 'as', 'es',
    'et', 'en', 'ar', 'er', 'a', 'e', 's'];
  var OTHER = ['hetslov', 'eleg', 'elig', 'elov', 'slov', 'leg', 'eig', 'lig', 'els', 'lov', 'ig'];
  var S_ENDING = 'bcdfghjlmnoprtvyz';
  function snowball(word) {
    var w = Array.from(word), n = w.length, p1 = n, i = 0, j, s;
    if (n < 3) return word;
    while (i < n && !isV(w[i])) i++;
    if (i < n) {
      while (i < n && isV(w[i])) i++;
      if (i < n) p1 = Math.max(i + 1, 3);
    }
    for (j = 0; j < MAIN.length; j++) {
      s = MAIN[j];
      if (endsWith(w, s) && w.length - s.length >= p1) {
        if (s === 'erte' || s === 'ert') {
          w.length -= s.length; w.push('e', 'r');
        } else if (s === 's') {
          var c = w[w.length - 2];
          if (S_ENDING.indexOf(c) >= 0 || (c === 'k' && w.length >= 3 && !isV(w[w.length - 3]))) w.length -= 1;
        } else {
          w.length -= s.length;
        }
        break;
      }
    }
    if ((endsWith(w, 'dt') || endsWith(w, 'vt')) && w.length - 2 >= p1) w.length -= 1;
    for (j = 0; j < OTHER.length; j++) {
      s = OTHER[j];
      if (endsWith(w, s) && w.length - s.length >= p1) { w.length -= s.length; break; }
    }
    return w.join('');
  }
  // Snowball's -s rule once more on what it leaves, so "kursene" meets "kurs" (text.rs says why).
  function withoutGenitiveS(word) {
    var w = Array.from(word), n = w.length, i;
    if (n < 3 || w[n - 1] !== 's') return word;
    for (i = 0; i < n && !isV(w[i]); i++);
    if (i >= n) return word;
    while (i < n && isV(w[i])) i++;
    if (i >= n) return word;
    var p1 = Math.max(i + 1, 3), c = w[n - 2];
    var strips = S_ENDING.indexOf(c) >= 0 || (c === 'k' && !isV(w[n - 3]));
    return n - 1 >= p1 && strips ? w.slice(0, n - 1).join('') : word;
  }
  var VOWEL_STEM_ENDINGS = ['ane', 'ene', 'ar', 'er', 'en', 'et', 'a', 'e'];
  function stem(word) {
    for (var i = 0; i < VOWEL_STEM_ENDINGS.length; i++) {
      var e = VOWEL_STEM_ENDINGS[i];
      if (word.length > e.length && word.slice(-e.length) === e) {
        var rest = Array.from(word.slice(0, -e.length));
        if (rest.length >= 2 && rest.every(isV)) return rest.join('');
      }
    }
    return withoutGenitiveS(snowball(word));
  }

  // --- Loading the index ----------------------------------------------------------------------

  var registry = {};
  var loading = {};
  (typeof window === 'object' ? window : globalThis).__rtS = function (name, data) { registry[name] = data; };

  var fromDisk = typeof location === 'object' && location.protocol === 'file:';

  function script(src, name) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = function () {
        if (registry[name] === undefined) reject(new Error(src)); else resolve(registry[name]);
      };
      s.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(s);
    });
  }

  function json(src, name) {
    if (fromDisk) {
      var err = new Error(src);
      err.needsServer = true;
      return Promise.reject(err);
    }
    return fetch(src, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(src);
      return r.json();
    }).then(function (o) { registry[name] = o.d; return o.d; });
  }

  function load(src, name) {
    if (registry[name] !== undefined) return Promise.resolve(registry[name]);
    if (!loading[name]) {
      loading[name] = (/\.json$/.test(src) ? json : script)(src, name)
        .catch(function (err) { delete loading[name]; throw err; });
    }
    return loading[name];
  }

  function Index(root, entry, ext) {
    this.root = root;
    this.e = entry;
    this.ext = ext;
    this.stop = new Set(entry.stop);
    this.keys = entry.t;
  }
  // `entry` is the entry file the page names; a theme's older base.html names none, and then
  // the JSON form is tried first (over http(s)), the script form second.
  Index.open = function (root, entry) {
    var tries = entry ? [entry] : fromDisk ? [root + 'search/entry.js'] : [root + 'search/entry.json', root + 'search/entry.js'];
    function attempt(i) {
      return load(tries[i], 'entry').then(function (e) {
        return new Index(root, e, /\.json$/.test(tries[i]) ? 'json' : 'js');
      }, function (err) {
        if (i + 1 < tries.length && !err.needsServer) return attempt(i + 1);
        throw err;
      });
    }
    return attempt(0);
  };
  Index.prototype.file = function (name) {
    return load(this.root + 'search/' + this.e.dir + '/' + name + '.' + this.ext, name);
  };
  // Compares by code points, as Rust orders the terms (UTF-16 units order differently above
  // U+FFFF).
  function cmp(a, b) {
    for (var i = 0; i < a.length && i < b.length;) {
      var x = a.codePointAt(i), y = b.codePointAt(i);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xffff ? 2 : 1;
    }
    return a.length - b.length;
  }
  // The shard holding `term`: shards are ranges of the sorted terms, and the entry lists the
  // first term of each; so the last shard whose first term is not after `term`.
  Index.prototype.shardFor = function (term) {
    var lo = 0, hi = this.keys.length - 1;
    if (hi < 0 || cmp(this.keys[0], term) > 0) return -1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (cmp(this.keys[mid], term) <= 0) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  // Every shard that may hold a term beginning with `prefix`: its own and the following
  // shards whose first term begins with it.
  Index.prototype.shardsFrom = function (prefix) {
    var out = [], own = this.shardFor(prefix), keys = this.keys;
    var begins = function (i) { return keys[i].slice(0, prefix.length) === prefix; };
    // A beginning sorts before the terms it begins: before the very first term, it can
    // still begin the terms of the first shards.
    var i = own >= 0 ? own : 0;
    if (own < 0 && !(keys.length && begins(0))) return out;
    out.push(i);
    for (i += 1; i < keys.length && begins(i); i++) out.push(i);
    return out;
  };

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var d = 0; d < 64; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;

  // Decodes postings into `into` (one score per document), keeping the higher score.
  function postings(str, into, weightStrong, weightBody) {
    var n = 0, scale = 1, doc = 0;
    for (var i = 0; i < str.length; i++) {
      var v = DIGIT[str.charCodeAt(i)];
      n += (v & 31) * scale;
      if (v < 32) {
        doc += Math.floor(n / 2);
        var w = n % 2 ? weightStrong : weightBody;
        if (into[doc] < w) into[doc] = w;
        n = 0; scale = 1;
      } else {
        scale *= 32;
      }
    }
  }

  function columnValue(col, width, doc) {
    var v = 0;
    for (var i = 0; i < width; i++) v = v * 64 + DIGIT[col.charCodeAt(doc * width + i)];
    return v;
  }

  var MAX_PREFIX_SHARDS = 4;

  // The query as tokens: { word (folded), stem, prefix (still being typed) }.
  Index.prototype.tokens = function (q) {
    var folded = fold(q), ws = words(folded), out = [], self = this;
    var typing = q.length > 0 && !/\s$/.test(q);
    ws.forEach(function (w, i) {
      var last = typing && i === ws.length - 1;
      if (Array.from(w).length < 2) return;
      if (!indexed(w, self.stop) && !last) return;
      out.push({ word: w, stem: indexed(w, self.stop) ? stem(w) : null, prefix: last });
    });
    return out;
  };

  // Doc ids matching the query and filters, best first.
  Index.prototype.search = function (q, filters) {
    var self = this, tokens = this.tokens(q);
    var plans = tokens.map(function (t) {
      var shards = [];
      if (t.stem !== null) shards.push(self.shardFor(t.stem));
      if (t.prefix) {
        var more = self.shardsFrom(t.word);
        if (more.length <= MAX_PREFIX_SHARDS) shards = shards.concat(more); else t.prefix = false;
      }
      shards = shards.filter(function (s, i) { return s >= 0 && shards.indexOf(s) === i; });
      return { t: t, shards: shards };
    }).filter(function (p) { return p.t.stem !== null || p.t.prefix; });
    var names = Object.keys(filters);
    var needed = [];
    plans.forEach(function (p) { p.shards.forEach(function (s) { needed.push(self.file('t' + s)); }); });
    names.forEach(function (f) { needed.push(self.file('f-' + f)); });
    return Promise.all(needed).then(function () {
      // One score per document and query word (typed arrays: linear in the documents, no
      // hashing); a document must score on every word.
      var n = self.e.n, scores = null;
      plans.forEach(function (p) {
        var hits = new Float32Array(n);
        p.shards.forEach(function (s) {
          var shard = registry['t' + s];
          if (p.t.stem !== null && shard[p.t.stem] !== undefined) postings(shard[p.t.stem], hits, 4, 1);
          if (p.t.prefix) {
            for (var term in shard) {
              if (term !== p.t.stem && term.slice(0, p.t.word.length) === p.t.word) postings(shard[term], hits, 3, 0.75);
            }
          }
        });
        if (scores === null) { scores = hits; return; }
        for (var d = 0; d < n; d++) scores[d] = hits[d] > 0 && scores[d] > 0 ? scores[d] + hits[d] : 0;
      });
      if (scores === null) {
        if (!names.length) return [];
        scores = new Float32Array(n).fill(1);
      }
      var cols = names.map(function (f) { return [filters[f], registry['f-' + f], self.e.w[f]]; });
      // Best first, then in document order: group by score (few distinct values).
      var buckets = new Map();
      outer: for (var i = 0; i < n; i++) {
        var sc = scores[i];
        if (!(sc > 0)) continue;
        for (var k = 0; k < cols.length; k++) if (!cols[k][0](columnValue(cols[k][1], cols[k][2], i))) continue outer;
        var b = buckets.get(sc);
        if (b === undefined) buckets.set(sc, [i]); else b.push(i);
      }
      var order = Array.from(buckets.keys()).sort(function (a, b) { return b - a; });
      var ids = [];
      order.forEach(function (sc) { var b = buckets.get(sc); for (var j = 0; j < b.length; j++) ids.push(b[j]); });
      return ids;
    });
  };

  // A file of records as the result list reads them: { path, title, kind, unit, status
  // (indexes + 1, 0 for none), overdue, internal, summary }. A record's path shares its
  // first characters with the record before it, and values at its end that are 0 or empty
  // are left out (src/search/mod.rs, Record).
  var records = {};
  function decode(list) {
    var path = '';
    return list.map(function (r) {
      path = path.slice(0, r[0]) + r[1];
      return { path: path, title: r[2], kind: r[3] || 0, unit: r[4] || 0, status: r[5] || 0, overdue: r[6] || 0, internal: r[7] || 0, summary: r[8] || '' };
    });
  }
  Index.prototype.docs = function (ids) {
    var self = this, g = this.e.g;
    return Promise.all(ids.map(function (id) { return self.file('d' + Math.floor(id / g)); }))
      .then(function () {
        return ids.map(function (id) {
          var name = 'd' + Math.floor(id / g);
          if (!records[name]) records[name] = decode(registry[name]);
          return records[name][id % g];
        });
      });
  };

  // --- Showing results ------------------------------------------------------------------------

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Whether a word of the text answers one of the query's tokens.
  function matcher(tokens) {
    var seen = new Map();
    return function (word) {
      var f = fold(word);
      if (seen.has(f)) return seen.get(f);
      var s = stem(f), hit = tokens.some(function (t) {
        return (t.stem !== null && s === t.stem) || (t.prefix && (f.slice(0, t.word.length) === t.word || s.slice(0, t.word.length) === t.word));
      });
      seen.set(f, hit);
      return hit;
    };
  }

  // Appends `text` to `parent`, words that match wrapped in <mark>.
  function highlight(parent, text, hit) {
    var last = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (hit(m[0])) {
        if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
        parent.appendChild(el('mark', null, m[0]));
        last = m.index + m[0].length;
      }
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function resultItem(index, doc, tokens) {
    var e = index.e, hit = matcher(tokens);
    var li = el('li', 'search-result');
    var a = el('a', 'search-result-title');
    a.href = index.root + doc.path;
    highlight(a, doc.title, hit);
    li.appendChild(a);
    var meta = el('span', 'search-result-meta');
    meta.appendChild(el('span', 'kind', e.kinds[doc.kind][1]));
    if (doc.unit) meta.appendChild(el('span', 'unit', e.units[doc.unit - 1]));
    var status = doc.status && e.statuses[doc.status - 1];
    if (status) {
      var st = el('span', 'status');
      var dot = el('span', 'status-dot');
      dot.setAttribute('aria-hidden', 'true');
      dot.style.background = status[3] || 'transparent';
      st.appendChild(dot);
      st.appendChild(document.createTextNode(status[1]));
      meta.appendChild(st);
    }
    if (doc.overdue) meta.appendChild(el('strong', 'overdue', e.l.overdue));
    if (doc.internal) meta.appendChild(el('span', 'badge badge-internal', e.l.internal));
    li.appendChild(meta);
    if (doc.summary) {
      var p = el('span', 'search-snippet');
      highlight(p, doc.summary, hit);
      li.appendChild(p);
    }
    // Found by words of its text, which the result does not show: said, so that a result
    // with no word marked does not look like a mistake.
    if (tokens.length && !li.querySelector('mark') && e.l.search_in_text) {
      li.appendChild(el('span', 'search-in-text', e.l.search_in_text));
    }
    return li;
  }

  function countText(e, n) {
    return n === 0 ? e.l.search_none : n === 1 ? e.l.search_count_one : e.l.search_count.replace('{n}', String(n));
  }

  // --- One search box with its results -------------------------------------------------------

  // box: { input, status (live region), list (<ol>), more (button or null), pageSize,
  //        filters() → { name: test }, after(ids) }
  function wire(box, indexPromise) {
    var seq = 0, shown = 0, ids = [], tokens = [];
    function showMore(index) {
      var batch = ids.slice(shown, shown + box.pageSize), mine = seq;
      return index.docs(batch).then(function (docs) {
        if (mine !== seq) return;
        docs.forEach(function (d) { box.list.appendChild(resultItem(index, d, tokens)); });
        shown += batch.length;
        if (box.more) box.more.hidden = shown >= ids.length;
      });
    }
    function done(mine) { if (mine === seq) box.list.setAttribute('aria-busy', 'false'); }
    function run() {
      var mine = ++seq, q = box.input.value, filters = box.filters ? box.filters() : {};
      box.list.setAttribute('aria-busy', 'true');
      return indexPromise().then(function (index) {
        tokens = index.tokens(q);
        if (!tokens.length && !Object.keys(filters).length) {
          if (mine !== seq) return;
          box.list.textContent = '';
          var typed = words(fold(q));
          // Words of two letters or more that are all stop words find nothing: said as for
          // any query without results.
          var none = typed.some(function (w) { return Array.from(w).length >= 2; });
          box.status.textContent = !typed.length ? '' : none ? index.e.l.search_none : index.e.l.search_short;
          if (box.more) box.more.hidden = true;
          if (box.after) box.after(none ? [] : null, q);
          return;
        }
        return index.search(q, filters).then(function (found) {
          if (mine !== seq) return;
          ids = found; shown = 0;
          var batch = ids.slice(0, box.pageSize);
          return index.docs(batch).then(function (docs) {
            if (mine !== seq) return;
            box.list.textContent = '';
            docs.forEach(function (d) { box.list.appendChild(resultItem(index, d, tokens)); });
            shown = batch.length;
            box.status.textContent = countText(index.e, ids.length);
            if (box.more) box.more.hidden = shown >= ids.length;
            if (box.after) box.after(ids, q);
          });
        });
      }).catch(function (err) {
        if (mine !== seq) return;
        box.status.textContent = err && err.needsServer ? messages.needsServer : messages.failed;
        if (box.failedWith) box.failedWith(err);
      }).then(function () { done(mine); });
    }
    box.input.addEventListener('input', run);
    if (box.more) box.more.addEventListener('click', function () {
      var first = shown;
      indexPromise().then(showMore).then(function () {
        var a = box.list.children[first] && box.list.children[first].querySelector('a');
        if (a) a.focus();
      });
    });
    // Arrow keys move between the box and the result links; Escape goes back to the box.
    function links() { return Array.prototype.slice.call(box.list.querySelectorAll('a')); }
    box.input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown' && links().length) {
        ev.preventDefault();
        if (box.reopen) box.reopen();
        links()[0].focus();
      }
    });
    box.list.addEventListener('keydown', function (ev) {
      var all = links(), i = all.indexOf(document.activeElement);
      if (i < 0) return;
      if (ev.key === 'ArrowDown' && i + 1 < all.length) { ev.preventDefault(); all[i + 1].focus(); }
      if (ev.key === 'ArrowUp') { ev.preventDefault(); (i > 0 ? all[i - 1] : box.input).focus(); }
      if (ev.key === 'Escape') { ev.preventDefault(); ev.stopPropagation(); box.input.focus(); }
    });
    return run;
  }

  function lazyIndex(root, entry) {
    var p = null;
    return function () {
      if (!p) p = Index.open(root, entry).catch(function (err) { p = null; throw err; });
      return p;
    };
  }

  // What the boxes say when the index cannot be loaded (from the header form's attributes).
  var messages = { failed: '', needsServer: '', az: '' };

  // --- The header box on every page ---------------------------------------------------------

  function headerBox(form, index) {
    var panel = document.querySelector('[data-search-panel]');
    var input = form.querySelector('input[type=search]');
    var status = form.querySelector('[data-search-status]');
    if (!panel || !input || !status) return;
    var list = el('ol', 'search-results');
    // The live region is visually hidden (it is in the header's form), so "no results" is
    // also written where the results would be.
    var none = el('p', 'search-none');
    none.hidden = true;
    var all = el('a', 'search-all');
    all.hidden = true;
    panel.appendChild(list);
    panel.appendChild(none);
    panel.appendChild(all);
    var run = wire({
      input: input, status: status, list: list, more: null, pageSize: 6,
      reopen: function () { panel.hidden = false; },
      // From disk, the JSON index cannot be read: said where the results would be, with the
      // way to every page that needs no script (the register from A to Å).
      failedWith: function (err) {
        if (!err || !err.needsServer) return;
        list.textContent = '';
        all.hidden = true;
        none.textContent = messages.needsServer + ' ';
        var az = el('a', null, messages.az);
        az.href = form.getAttribute('action');
        none.appendChild(az);
        none.hidden = false;
        panel.hidden = false;
      },
      after: function (ids, q) {
        panel.hidden = ids === null;
        all.hidden = !ids || ids.length === 0;
        none.hidden = !ids || ids.length > 0;
        all.href = form.getAttribute('action') + '?q=' + encodeURIComponent(q);
        if (ids) index().then(function (ix) {
          all.textContent = ix.e.l.search_all.replace('{n}', String(ids.length));
          none.textContent = ix.e.l.search_none;
        });
      }
    }, index);
    input.addEventListener('focus', function () { index().catch(function () {}); });
    function close() { panel.hidden = true; }
    document.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && !panel.hidden) {
        var inside = panel.contains(document.activeElement) || document.activeElement === input;
        close();
        if (inside) input.focus();
      }
    });
    document.addEventListener('click', function (ev) {
      if (!panel.contains(ev.target) && !form.contains(ev.target)) close();
    });
    input.addEventListener('focus', function () { if (list.children.length) panel.hidden = false; });
    if (input.value) run();
  }

  // --- The search page: box, filters, all results ---------------------------------------------

  var FILTERS = ['type', 'unit', 'status', 'year', 'category'];

  function option(select, value, label) {
    var o = el('option', null, label);
    o.value = value;
    select.appendChild(o);
  }

  function fillFilters(form, e, tree, params) {
    var sel = function (n) { return form.querySelector('select[name=' + n + ']'); };
    var any = form.getAttribute('data-any');
    FILTERS.forEach(function (n) { var s = sel(n); if (s) option(s, '', any); });
    e.kinds.forEach(function (k) { option(sel('type'), k[0], k[1]); });
    var depth = e.units.map(function () { return 0; });
    e.units.forEach(function (title, i) {
      var u = tree[i];
      depth[i] = u[0] >= 0 ? depth[u[0]] + 1 : 0;
      option(sel('unit'), u[1], '\u00a0\u00a0'.repeat(depth[i]) + title);
    });
    e.statuses.forEach(function (s) { option(sel('status'), s[0], s[1]); });
    if (e.years.length) for (var y = e.years[1]; y >= e.years[0]; y--) option(sel('year'), String(y), String(y));
    e.categories.forEach(function (c) { option(sel('category'), c[0], c[1]); });
    FILTERS.forEach(function (n) { var v = params.get(n); if (v !== null && sel(n)) sel(n).value = v; });
    var overdue = form.querySelector('input[name=overdue]');
    if (overdue) overdue.checked = params.get('overdue') === '1';
  }

  // The filters chosen, as tests on column values (0 is "none", a value is index + 1).
  function chosen(form, e, tree) {
    var out = {}, v;
    var val = function (n) { var s = form.querySelector('select[name=' + n + ']'); return s ? s.value : ''; };
    if ((v = val('type'))) {
      var k = e.kinds.findIndex(function (x) { return x[0] === v; });
      out.kind = function (x) { return x === k; };
    }
    if ((v = val('unit'))) {
      var u = tree.findIndex(function (x) { return x[1] === v; });
      var below = new Set([u + 1]);
      // Units come parents first, so one pass finds every unit below the chosen one.
      tree.forEach(function (x, i) { if (below.has(x[0] + 1)) below.add(i + 1); });
      out.unit = function (x) { return below.has(x); };
    }
    if ((v = val('status'))) {
      var s = e.statuses.findIndex(function (x) { return x[0] === v; }) + 1;
      out.status = function (x) { return x === s; };
    }
    if ((v = val('year'))) {
      var y = Number(v) - e.years[0] + 1;
      out.year = function (x) { return x === y; };
    }
    if ((v = val('category'))) {
      var c = e.categories.findIndex(function (x) { return x[0] === v; }) + 1;
      out.category = function (x) { return x === c; };
    }
    var od = form.querySelector('input[name=overdue]');
    if (od && od.checked) out.overdue = function (x) { return x === 1; };
    return out;
  }

  function searchPage(form, index) {
    var input = form.querySelector('input[type=search]');
    var status = document.querySelector('[data-search-page-status]');
    var list = document.querySelector('[data-search-results]');
    var more = document.querySelector('[data-search-more]');
    var fields = form.querySelector('[data-search-filters]');
    if (!input || !status || !list) return;
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    var entry = null, tree = null;
    var run = wire({
      input: input, status: status, list: list, more: more, pageSize: 20,
      filters: function () { return entry ? chosen(form, entry, tree) : {}; },
      after: function (ids, q) {
        var url = new URLSearchParams();
        if (q) url.set('q', q);
        new FormData(form).forEach(function (v, k) { if (k !== 'q' && v) url.set(k, v); });
        var s = url.toString();
        try { history.replaceState(null, '', location.pathname + (s ? '?' + s : '')); } catch (err) { /* file:// in some browsers */ }
      }
    }, index);
    form.addEventListener('submit', function (ev) { ev.preventDefault(); run(); });
    form.addEventListener('change', function (ev) { if (ev.target !== input) run(); });
    index().then(function (ix) {
      return ix.file('units').then(function (units) { return [ix, units]; });
    }).then(function (got) {
      var ix = got[0];
      entry = ix.e;
      tree = got[1];
      fillFilters(form, ix.e, tree, params);
      if (fields) fields.hidden = false;
      run();
    }, function (err) { status.textContent = err && err.needsServer ? messages.needsServer : messages.failed; });
  }

  function start() {
    var header = document.querySelector('form[data-search-root]');
    if (!header) return;
    messages.failed = header.getAttribute('data-failed') || '';
    messages.needsServer = header.getAttribute('data-needs-server') || messages.failed;
    messages.az = header.getAttribute('data-az') || '';
    var index = lazyIndex(header.getAttribute('data-search-root'), header.getAttribute('data-search-entry'));
    headerBox(header, index);
    var page = document.querySelector('form[data-search-page]');
    if (page) searchPage(page, index);
  }

  // For tests of the twin in Rust (tests/search_text.rs runs this file in Node).
  if (typeof module === 'object' && module.exports) {
    module.exports = { fold: fold, words: words, stem: stem };
    return;
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
