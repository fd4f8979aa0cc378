// Nieuwszoeker search page: progressive enhancement of the server-rendered HTML.
// The server renders every part of a search (web/page/SearchPage); this script only asks it for the part below
// the header (/fragments/search) and swaps that in, so the page reads the same with and without JavaScript.
// What only a script can do stays here: autocomplete, dragging over the timelines, searching inside a facet,
// folding long facets, and history. Texts and limits come from the markup, never from this file.
(() => {
  'use strict';
  const doc = document;
  doc.documentElement.classList.add('js');
  const $ = (s, el) => (el || doc).querySelector(s);
  const $$ = (s, el) => Array.from((el || doc).querySelectorAll(s));
  const expanded = new Set();
  let pending = null, suppressClick = false;

  // The date fields read and show dd-mm-jjjj, whatever the browser's language; the URL keeps ISO dates.
  const pad2 = n => String(n).padStart(2, '0');
  const isoOf = s => { const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s.trim()); return m ? `${m[3]}-${pad2(m[2])}-${pad2(m[1])}` : null; };

  // ---- URL state ----
  const current = () => new URLSearchParams(location.search);
  function clean(p) {
    const out = new URLSearchParams();
    for (const [k, v] of p) if (v.trim() !== '') out.append(k, v);
    return out;
  }
  const href = p => { const s = clean(p).toString(); return s ? '/?' + s : '/'; };
  function change(fn) { const p = current(); p.delete('page'); fn(p); return p; }
  function without(p, name, value) {
    const rest = p.getAll(name).filter(v => v !== value);
    p.delete(name);
    rest.forEach(v => p.append(name, v));
    return p;
  }

  function go(p, push) {
    // A new text is searched with spelling help again; literal=1 belonged to the old one.
    if ((p.get('q') || '') !== (current().get('q') || '')) p.delete('literal');
    const url = href(p);
    if (push !== false && url !== location.pathname + location.search) history.pushState(null, '', url);
    return load(clean(p));
  }

  async function load(p) {
    if (pending) pending.abort();
    const ctl = new AbortController();
    pending = ctl;
    doc.body.classList.add('busy');
    try {
      // An error comes back as a part of the page too (a Dutch explanation), with its own status.
      const res = await fetch('/fragments/search?' + p.toString(), {signal: ctl.signal, headers: {Accept: 'text/html'}});
      const type = res.headers.get('Content-Type') || '';
      if (!type.startsWith('text/html')) throw new Error('not a page part: ' + type);
      const html = await res.text();
      if (pending !== ctl) return;
      $('#q').value = p.get('q') || '';
      swap(html);
    } catch (e) {
      if (e.name === 'AbortError') return;
      // Whatever went wrong, the server's own page for this URL says it best.
      location.replace(href(p));
    } finally {
      if (pending === ctl) { pending = null; doc.body.classList.remove('busy'); }
    }
  }

  // ---- swapping in the server's rendering ----
  function focusKey() {
    const a = doc.activeElement;
    if (!a || a === doc.body) return null;
    if (a.matches('.facet input[type=checkbox]')) return {sel: `.facet input[name="${a.name}"]`, value: a.value};
    if (a.matches('input.datefield')) return {sel: `input.datefield[name="${a.name}"]`, value: a.value};
    if (a.closest('#pagina')) return {main: true};
    return null;
  }
  function restoreFocus(key) {
    if (!key) return;
    if (key.sel) {
      const el = $$(key.sel).find(x => x.value === key.value || x.matches('.datefield'));
      if (el) { el.focus(); return; }
    }
    $('#inhoud').focus();
  }

  function swap(html) {
    // Parsed inert in a template; the server escaped every value, and the page's policy runs no inline script.
    const tpl = doc.createElement('template');
    tpl.innerHTML = html;
    const next = $('#pagina', tpl.content), old = $('#pagina');
    if (!next || !old) throw new Error('no page part');
    const key = focusKey();
    const open = {tips: $('#zoektips') && $('#zoektips').open, panel: $('#filterpaneel') && $('#filterpaneel').open};
    old.replaceWith(next);
    doc.title = next.dataset.title;
    const feed = $('.follow a.feed'), feedLink = $('link[rel=alternate][type="application/atom+xml"]');
    if (feed && feedLink) feedLink.href = feed.getAttribute('href');
    if (open.tips && $('#zoektips')) $('#zoektips').open = true;
    enhance(open.panel);
    restoreFocus(key);
  }

  // ---- facets: "toon meer" and the search field inside a facet ----
  function enhance(panelOpen) {
    for (const fs of $$('.facet')) {
      const name = fs.dataset.facet;
      const btn = $('.more', fs);
      if (btn && btn.hidden) {
        const set = open => {
          fs.classList.toggle('collapsed', !open);
          btn.setAttribute('aria-expanded', String(open));
          btn.textContent = open ? btn.dataset.less : btn.dataset.more;
          if (open) expanded.add(name); else expanded.delete(name);
        };
        btn.addEventListener('click', () => set(fs.classList.contains('collapsed')));
        btn.hidden = false;
        set(expanded.has(name));
      }
      const search = $('.facet-search', fs);
      if (search && search.hidden) {
        search.hidden = false;
        search.addEventListener('input', debounce(() => facetSearch(fs, search.value), 200));
        search.addEventListener('keydown', e => { if (e.key === 'Enter') e.preventDefault(); });
      }
    }
    const panel = $('#filterpaneel');
    if (panel && !panel.dataset.ready) {
      panel.dataset.ready = '1';
      const narrow = matchMedia('(max-width: 50rem)');
      // Folded on a phone until opened; a search in place keeps it as the reader left it.
      panel.open = !narrow.matches || panelOpen === true;
      panel.addEventListener('toggle', () => { if (!narrow.matches && !panel.open) panel.open = true; });
    }
  }

  async function facetSearch(fs, prefix) {
    const list = $('.values', fs);
    const more = $('.more', fs);
    if (!prefix.trim()) {
      if (fs.orig) list.replaceChildren(...fs.orig);
      if (more) more.hidden = false;
      return;
    }
    if (!fs.orig) fs.orig = Array.from(list.children);
    const p = current();
    p.set('prefix', prefix.trim());
    try {
      const res = await fetch(`/fragments/facets/${encodeURIComponent(fs.dataset.facet)}?${p}`, {headers: {Accept: 'text/html'}});
      if (!res.ok || $('.facet-search', fs).value.trim() !== prefix.trim()) return;
      const tpl = doc.createElement('template');
      tpl.innerHTML = await res.text();
      const found = $$('.values > li', tpl.content);
      const values = new Set($$('input', tpl.content).map(c => c.value));
      // A ticked value stays in view even when the prefix does not match it.
      const ticked = fs.orig.filter(li => { const c = $('input:checked', li); return c && !values.has(c.value); });
      list.replaceChildren(...ticked, ...found);
      if (more) more.hidden = true;
    } catch (e) { /* the list stays as it was */ }
  }

  function debounce(fn, ms) {
    let t;
    const call = (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };
    call.cancel = () => clearTimeout(t);
    return call;
  }

  // ---- autocomplete: ARIA combobox with a listbox popup ----
  function combobox() {
    const input = $('#q'), list = $('#suggesties');
    if (!input || !list) return;
    let options = [], active = -1, seq = 0;
    const close = () => {
      list.hidden = true; list.replaceChildren(); options = []; active = -1;
      input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant');
    };
    const mark = i => {
      active = i;
      $$('[role=option]', list).forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
      if (i >= 0) input.setAttribute('aria-activedescendant', 'sug-' + i);
      else input.removeAttribute('aria-activedescendant');
    };
    const pick = text => {
      input.value = text;
      close();
      submit();
    };
    const show = texts => {
      options = texts;
      active = -1;
      if (!options.length) { close(); return; }
      list.replaceChildren(...options.map((o, i) => {
        const li = doc.createElement('li');
        li.id = 'sug-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = o;
        li.addEventListener('mousedown', e => e.preventDefault());
        li.addEventListener('click', () => pick(o));
        return li;
      }));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      input.removeAttribute('aria-activedescendant');
    };
    const fetchSuggestions = debounce(async () => {
      const text = input.value;
      const mine = ++seq;
      if (!text.trim()) { close(); return; }
      try {
        const res = await fetch('/api/suggest?' + new URLSearchParams({q: text}), {headers: {Accept: 'application/json'}});
        if (!res.ok || mine !== seq) return;
        const body = await res.json();
        if (doc.activeElement === input) show(body.suggestions);
      } catch (e) { close(); }
    }, 120);
    input.addEventListener('input', fetchSuggestions);
    input.addEventListener('keydown', e => {
      const open = !list.hidden && options.length;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (!open) fetchSuggestions(); else mark((active + 1) % options.length);
      } else if (e.key === 'ArrowUp') {
        if (!open) return;
        e.preventDefault();
        mark(active <= 0 ? options.length - 1 : active - 1);
      } else if (e.key === 'Enter') {
        if (open && active >= 0) { e.preventDefault(); pick(options[active]); } else close();
      } else if (e.key === 'Escape') {
        if (open) { e.preventDefault(); close(); } else if (input.value) { e.preventDefault(); input.value = ''; }
      } else if (e.key === 'Tab') close();
    });
    input.addEventListener('blur', () => setTimeout(close, 100));
  }

  function submit() {
    // The form carries the dates too: a date typed just before Enter is searched once, not again when it settles.
    dateChanged.cancel();
    const p = change(x => {
      x.set('q', $('#q').value.trim());
      for (const f of $$('input.datefield')) {
        const v = f.value.trim();
        if (v === '') x.delete(f.name); else x.set(f.name, isoOf(v) || v);
      }
    });
    go(p);
  }

  // ---- timelines: click a bar, or drag across several; each chart names the parameters it sets ----
  function barAt(svg, clientX) {
    const bars = $$('.bar', svg);
    let best = bars[0], distance = Infinity;
    for (const b of bars) {
      const box = b.getBoundingClientRect();
      const d = clientX < box.left ? box.left - clientX : clientX > box.right ? clientX - box.right : 0;
      if (d < distance) { best = b; distance = d; }
    }
    return best;
  }
  function histogramDrag() {
    let svg = null, start = -1, end = -1;
    const mark = () => $$('.bar', svg).forEach((b, i) =>
      b.classList.toggle('sel', i >= Math.min(start, end) && i <= Math.max(start, end)));
    doc.addEventListener('pointerdown', e => {
      const s = e.target.closest && e.target.closest('.histogram svg');
      if (!s || e.button !== 0) return;
      svg = s;
      start = end = Number(barAt(svg, e.clientX).dataset.i);
      svg.setPointerCapture(e.pointerId);
      mark();
    });
    doc.addEventListener('pointermove', e => {
      if (!svg) return;
      end = Number(barAt(svg, e.clientX).dataset.i);
      mark();
    });
    const finish = e => {
      if (!svg) return;
      const bars = $$('.bar', svg);
      const lo = Math.min(start, end), hi = Math.max(start, end);
      const chart = svg;
      svg = null;
      if (e.type === 'pointercancel') return;
      suppressClick = true;
      setTimeout(() => { suppressClick = false; }, 0);
      const a = bars.find(b => Number(b.dataset.i) === lo), b = bars.find(x => Number(x.dataset.i) === hi);
      if (!a || !b) return;
      go(change(x => { x.set(chart.dataset.fromParam, a.dataset.from); x.set(chart.dataset.toParam, b.dataset.to); }));
    };
    doc.addEventListener('pointerup', finish);
    doc.addEventListener('pointercancel', finish);
  }

  // Typing a year fires a change per digit; search once the field is quiet and holds a real date.
  const dateChanged = debounce(t => {
    const day = t.value.trim() === '' ? '' : isoOf(t.value);
    if (day === null) return;
    go(change(x => day ? x.set(t.name, day) : x.delete(t.name)));
  }, 700);

  // ---- wiring ----
  function linkTarget(a) {
    const raw = a.getAttribute('href');
    if (!raw) return null;
    const url = new URL(raw, location.href);
    return url.origin === location.origin && url.pathname === '/' ? url : null;
  }

  function init() {
    if (!$('#zoek')) return;
    const onSearchPage = !!$('#inhoud.results');
    doc.addEventListener('click', e => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target.closest && e.target.closest('a');
      if (!a) return;
      if (a.classList.contains('back') && history.length > 1 && doc.referrer.startsWith(location.origin + '/')) {
        e.preventDefault();
        history.back();
        return;
      }
      const url = onSearchPage && linkTarget(a);
      if (!url) return;
      e.preventDefault();
      if (suppressClick) return;
      go(new URLSearchParams(url.search));
    });
    $('#zoek').addEventListener('submit', e => {
      if (!onSearchPage) return;
      e.preventDefault();
      submit();
    });
    doc.addEventListener('change', e => {
      if (!onSearchPage) return;
      const t = e.target;
      if (t.matches('.facet input[type=checkbox]')) {
        go(change(x => t.checked ? x.append(t.name, t.value) : without(x, t.name, t.value)));
      } else if (t.matches('input.datefield')) {
        dateChanged(t);
      }
    });
    window.addEventListener('popstate', () => { if (onSearchPage) load(current()); });
    combobox();
    histogramDrag();
    enhance();
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init); else init();
})();
