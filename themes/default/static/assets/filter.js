/* raudtrad: a filter box over a long list or table (Min side's people and units). Without
   JavaScript the box stays hidden and the whole list shows. The box names the list it filters
   in data-filter-list (an id, or several separated by spaces); each list item or table row
   whose text does not hold every typed word is hidden, and a status line says how many show. */
(function () {
  'use strict';
  function fold(s) {
    return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
      .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/aa/g, 'a');
  }
  function rows(id) {
    var el = document.getElementById(id);
    if (!el) return [];
    return Array.prototype.slice.call(el.querySelectorAll(':scope > li, tbody > tr'));
  }
  document.querySelectorAll('input[data-filter-list]').forEach(function (input) {
    var box = input.closest('[hidden]');
    if (box) box.hidden = false;
    var status = document.getElementById(input.getAttribute('aria-describedby') || '');
    var lists = input.getAttribute('data-filter-list').split(/\s+/);
    var all = [];
    lists.forEach(function (id) { all = all.concat(rows(id)); });
    var text = all.map(function (r) { return fold(r.textContent); });
    input.addEventListener('input', function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean), shown = 0;
      all.forEach(function (r, i) {
        var hit = words.every(function (w) { return text[i].indexOf(w) >= 0; });
        r.hidden = !hit;
        if (hit) shown++;
      });
      if (status) status.textContent = words.length ? status.getAttribute('data-template').replace('{n}', shown).replace('{total}', all.length) : '';
    });
  });
})();
