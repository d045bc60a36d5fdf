// The report form (report_form.html): checks what `raudtrad check` would check and makes the
// report file in the content format, for download, copy or the forge's "new file" page. It
// sends nothing anywhere by itself, and works from file:// as from any web server.
(function () {
  'use strict';
  var form = document.querySelector('[data-raudtrad="report-form"]');
  var cfgEl = document.getElementById('rf-config');
  if (!form || !cfgEl) return;
  var cfg = JSON.parse(cfgEl.textContent);
  var msg = cfg.messages;
  var summary = document.querySelector('[data-raudtrad="error-summary"]');
  var status = form.querySelector('[data-rf-status]');
  var output = form.querySelector('[data-rf-output]');
  var outText = document.getElementById('rf-output');

  // The period: the one the address names (`#rf-period-2026-T2`, where links to the form
  // lead), else the one checked. Its file's path is shown and used.
  var periods = Array.prototype.slice.call(form.querySelectorAll('input[name="period"]'));
  var fileShown = document.querySelector('[data-rf-file]');
  function period() {
    var chosen = periods.filter(function (r) { return r.checked; })[0] || periods[0];
    return chosen.value;
  }
  function filePath() {
    return cfg.files[period()];
  }
  function fileName() {
    return filePath().split('/').pop();
  }
  function choose() {
    form.setAttribute('data-period', period());
    if (fileShown) fileShown.textContent = filePath();
  }
  function fromAddress() {
    var named = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (named && periods.indexOf(named) >= 0) named.checked = true;
    choose();
  }
  periods.forEach(function (r) { r.addEventListener('change', choose); });
  window.addEventListener('hashchange', fromAddress);
  fromAddress();

  // The page says what it is without JavaScript; with it, the buttons take over.
  var noscript = document.querySelector('[data-rf-noscript]');
  if (noscript) noscript.hidden = true;
  form.querySelector('[data-rf-actions]').hidden = false;

  // TOML basic string: quotes, backslashes and control characters escaped.
  function tomlString(s) {
    var out = '"';
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      var c = s.charCodeAt(i);
      if (ch === '"') out += '\\"';
      else if (ch === '\\') out += '\\\\';
      else if (ch === '\n') out += '\\n';
      else if (ch === '\t') out += '\\t';
      else if (ch === '\r') out += '\\r';
      else if (c === 8) out += '\\b';
      else if (c === 12) out += '\\f';
      else if (c < 0x20 || c === 0x7f) out += '\\u' + ('0000' + c.toString(16)).slice(-4);
      else out += ch;
    }
    return out + '"';
  }

  // A field's name for the summary: its label, or for a radio button its group's legend.
  function labelOf(el) {
    if (el.id && el.type !== 'radio') {
      var l = document.querySelector('label[for="' + el.id + '"]');
      if (l) return l.textContent.trim();
    }
    var fs = el.closest('fieldset');
    var lg = fs && fs.querySelector('legend');
    return lg ? lg.textContent.trim() : '';
  }

  // Errors: beside the field (its own <p id="…-error">) and in the summary at the top.
  var errors = [];
  function clearErrors() {
    errors = [];
    form.querySelectorAll('.rf-error').forEach(function (p) {
      p.hidden = true;
      p.textContent = '';
    });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) {
      el.removeAttribute('aria-invalid');
      var ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && !/-error$/.test(id);
      });
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
      else el.removeAttribute('aria-describedby');
    });
    summary.hidden = true;
    summary.querySelector('ul').textContent = '';
  }
  // `target` gets focus from the summary; `errorId` is the message beside it; `fields` are
  // marked invalid (a fieldset's radios, or the one field).
  function addError(target, errorId, fields, text) {
    var p = document.getElementById(errorId);
    if (!p) {
      // Made the first time it is needed, above the field (or the field's choices).
      p = document.createElement('p');
      p.className = 'rf-error';
      p.id = errorId;
      var at = fields[0].closest('.rf-choices') || fields[0];
      at.parentNode.insertBefore(p, at);
    }
    p.textContent = text;
    p.hidden = false;
    fields.forEach(function (el) {
      el.setAttribute('aria-invalid', 'true');
      var d = (el.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (d.indexOf(errorId) < 0) d.push(errorId);
      el.setAttribute('aria-describedby', d.join(' '));
    });
    errors.push({ target: target, text: labelOf(target) + ': ' + text });
  }
  function showSummary() {
    var ul = summary.querySelector('ul');
    errors.forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + e.target.id;
      a.textContent = e.text;
      a.addEventListener('click', function (ev) {
        ev.preventDefault();
        e.target.focus();
        e.target.scrollIntoView({ block: 'center' });
      });
      li.appendChild(a);
      ul.appendChild(li);
    });
    summary.hidden = false;
    summary.focus();
  }

  function isDate(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  }
  // A number as `check` reads it: a decimal point or a Norwegian decimal comma, spaces
  // between thousands allowed. Returns the TOML number, or null.
  function number(s) {
    var t = s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return null;
    var n = Number(t);
    return isFinite(n) ? String(n) : null;
  }

  // Reads and checks the form; the file's text, or null when something is wrong.
  function make() {
    clearErrors();
    var lines = ['+++', 'unit = ' + tomlString(cfg.unit), 'period = ' + tomlString(period())];
    var date = document.getElementById('rf-date');
    if (isDate(date.value.trim())) lines.push('date = ' + date.value.trim());
    else addError(date, 'rf-date-error', [date], msg.date);

    var status = [];
    form.querySelectorAll('fieldset[data-item]').forEach(function (fs) {
      var ref = fs.getAttribute('data-item');
      var sel = fs.querySelector('select[data-field="status"]');
      var prog = fs.querySelector('input[data-field="progress"]');
      var comment = fs.querySelector('textarea[data-field="comment"]');
      var parts = ['ref = ' + tomlString(ref)];
      if (cfg.statuses.indexOf(sel.value) < 0) addError(sel, sel.id + '-error', [sel], msg.status);
      else parts.push('status = ' + tomlString(sel.value));
      var p = prog.value.trim();
      // A number field the browser cannot read has an empty value but bad input.
      if (prog.validity && prog.validity.badInput) p = '?';
      if (p !== '') {
        if (/^\d+$/.test(p) && +p <= 100) parts.push('progress = ' + String(+p));
        else addError(prog, prog.id + '-error', [prog], msg.progress);
      }
      if (comment.value.trim()) parts.push('comment = ' + tomlString(comment.value.trim()));
      status.push('  { ' + parts.join(', ') + ' },');
    });

    var checks = [];
    form.querySelectorAll('[data-check]').forEach(function (el) {
      var ref = el.getAttribute('data-check');
      var answer = null;
      if (el.getAttribute('data-kind') === 'yesno') {
        var radios = Array.prototype.slice.call(el.querySelectorAll('input[type="radio"]'));
        var chosen = radios.filter(function (r) { return r.checked; })[0];
        var v = chosen ? chosen.value : '';
        if (v === '') return;
        if (cfg.answers.indexOf(v) < 0) {
          addError(radios[0], el.id + '-error', radios, msg.answer);
          return;
        }
        answer = v === 'true' || v === 'false' ? v : tomlString(v);
      } else {
        var t = el.querySelector('[data-answer]').value.trim();
        if (!t) return;
        answer = tomlString(t);
      }
      var parts = ['ref = ' + tomlString(ref), 'answer = ' + answer];
      var c = el.querySelector('[data-check-comment]');
      if (c && c.value.trim()) parts.push('comment = ' + tomlString(c.value.trim()));
      checks.push('  { ' + parts.join(', ') + ' },');
    });

    var values = [];
    form.querySelectorAll('input[data-indicator]').forEach(function (inp) {
      var s = inp.value.trim();
      if (!s) return;
      var n = number(s);
      if (n === null) addError(inp, inp.id + '-error', [inp], msg.value);
      else
        values.push('  { indicator = ' + tomlString(inp.getAttribute('data-indicator')) + ', value = ' + n + ' },');
    });

    if (errors.length) {
      showSummary();
      return null;
    }
    function list(key, items) {
      if (items.length) lines.push(key + ' = [', items.join('\n'), ']');
    }
    list('status', status);
    list('checklist', checks);
    list('values', values);
    lines.push('+++', '');
    var narrative = document.getElementById('rf-narrative').value.replace(/\r\n?/g, '\n').trim();
    var text = lines.join('\n') + '\n' + (narrative ? narrative + '\n' : '');
    outText.value = text;
    output.hidden = false;
    return text;
  }

  function say(text) {
    status.textContent = text;
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var text = make();
    if (text === null) return;
    say('');
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    a.download = fileName();
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
      a.remove();
    }, 1000);
  });

  var copy = form.querySelector('[data-raudtrad="report-copy"]');
  copy.addEventListener('click', function () {
    var text = make();
    if (text === null) return;
    var fallback = function () {
      outText.focus();
      outText.select();
      say(msg.copy_failed);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { say(msg.copied); }, fallback);
    } else {
      fallback();
    }
  });

  var forgeBtn = form.querySelector('[data-raudtrad="report-forge"]');
  if (forgeBtn && cfg.forge) {
    forgeBtn.addEventListener('click', function () {
      var text = make();
      if (text === null) return;
      var url = cfg.forge.url + '?' + cfg.forge.name_param + '=' + encodeURIComponent(fileName()) +
        '&' + cfg.forge.content_param + '=' + encodeURIComponent(text);
      if (url.length > cfg.max_url) {
        say(msg.too_long);
        return;
      }
      say('');
      window.open(url, '_blank', 'noopener');
    });
  }
})();
