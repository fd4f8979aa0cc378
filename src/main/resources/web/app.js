// Nieuwszoeker search page: progressive enhancement of the server-rendered HTML.
// All data goes into the DOM as text (textContent / setAttribute); the highlighted snippet is rebuilt
// from text nodes and <mark> elements only.
(() => {
  'use strict';
  const doc = document;
  doc.documentElement.classList.add('js');
  const SVG = 'http://www.w3.org/2000/svg';
  const FACETS = [['place', 'Plaats'], ['person', 'Persoon'], ['org', 'Organisatie'], ['source', 'Bron'],
    ['section', 'Rubriek'], ['tag', 'Trefwoord'], ['length', 'Lengte']];
  const LABEL = Object.fromEntries(FACETS);
  const VISIBLE = 5, PAGE_LINKS = 2, MAX_TAGS = 4;
  const PLURAL = {person: 'personen', place: 'plaatsen', org: 'organisaties'};
  const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
    'oktober', 'november', 'december'];
  const SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  const $ = (s, el) => (el || doc).querySelector(s);
  const $$ = (s, el) => Array.from((el || doc).querySelectorAll(s));
  const nf = new Intl.NumberFormat('nl-NL');
  const expanded = new Set();
  let last = null, pending = null, suppressClick = false;

  function h(tag, attrs, ...kids) {
    const el = tag.startsWith('svg:') ? doc.createElementNS(SVG, tag.slice(4)) : doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === true) el.setAttribute(k, '');
      else if (v !== false && v != null) el.setAttribute(k, String(v));
    }
    for (const kid of kids.flat()) {
      if (kid != null && kid !== false) el.append(kid instanceof Node ? kid : doc.createTextNode(String(kid)));
    }
    return el;
  }

  // ---- dates and numbers, as the server writes them ----
  const iso = d => d.toISOString().slice(0, 10);
  const parseDay = s => (s && /^\d{4}-\d{2}-\d{2}/.test(s)) ? new Date(s.slice(0, 10) + 'T00:00:00Z') : null;
  // The date fields read and show dd-mm-jjjj, whatever the browser's language; the URL keeps ISO dates.
  const pad2 = n => String(n).padStart(2, '0');
  const dmy = s => { const d = parseDay(s); return d ? `${pad2(d.getUTCDate())}-${pad2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}` : ''; };
  const isoOf = s => { const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s.trim()); return m ? `${m[3]}-${pad2(m[2])}-${pad2(m[1])}` : null; };
  const longDate = d => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const results = n => nf.format(n) + (n === 1 ? ' resultaat' : ' resultaten');
  function addDays(d, n) { const c = new Date(d); c.setUTCDate(c.getUTCDate() + n); return c; }
  function addMonths(d, n) {
    const c = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
    const last = new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + 1, 0)).getUTCDate();
    c.setUTCDate(Math.min(d.getUTCDate(), last));
    return c;
  }
  function periodEnd(start, interval) {
    if (interval === 'year') return addDays(addMonths(start, 12), -1);
    if (interval === 'month') return addDays(addMonths(start, 1), -1);
    return start;
  }
  function periodLabel(d, interval) {
    if (interval === 'year') return String(d.getUTCFullYear());
    if (interval === 'month') return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    return longDate(d);
  }
  const unit = i => ({year: 'jaar', month: 'maand'}[i] || 'dag');
  function periodText(from, to) {
    const f = parseDay(from), t = parseDay(to);
    if (f && t) return `${longDate(f)} – ${longDate(t)}`;
    return f ? 'vanaf ' + longDate(f) : 'tot en met ' + longDate(t);
  }

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
  const hasFilters = p => FACETS.some(([k]) => p.has(k)) || p.has('from') || p.has('to')
    || p.has('mentioned_from') || p.has('mentioned_to');
  // The two timelines share one chart: publication dates and the dates articles mention.
  const PUBLISHED = {id: 'histogram', title: 'Artikelen per', from: 'from', to: 'to'};
  const MENTIONED = {id: 'genoemd', title: 'Genoemde data: artikelen per', from: 'mentioned_from', to: 'mentioned_to'};

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
      const res = await fetch('/api/search?' + p.toString(), {signal: ctl.signal, headers: {Accept: 'application/json'}});
      const body = await res.json();
      if (!res.ok) throw new Error(body && body.message ? body.message : 'HTTP ' + res.status);
      render(p, body);
    } catch (e) {
      if (e.name === 'AbortError') return;
      const status = $('#status');
      if (status) status.textContent = 'Zoeken mislukt: ' + e.message;
    } finally {
      if (pending === ctl) { pending = null; doc.body.classList.remove('busy'); }
    }
  }

  // ---- rendering, the same structure as web/page/SearchPage ----
  function focusKey() {
    const a = doc.activeElement;
    if (!a || a === doc.body) return null;
    if (a.matches('.facet input[type=checkbox]')) return {sel: `.facet input[name="${a.name}"]`, value: a.value};
    if (a.closest('#inhoud') || a.closest('.filters')) return {main: true};
    return null;
  }
  function restoreFocus(key) {
    if (!key) return;
    if (key.sel) {
      const el = $$(key.sel).find(x => x.value === key.value);
      if (el) { el.focus(); return; }
    }
    $('#inhoud').focus();
  }

  function render(p, r) {
    last = {p, r};
    const key = focusKey();
    const q = p.get('q') || '';
    doc.title = q ? `“${q}” – Nieuwszoeker` : 'Nieuwszoeker';
    $('#q').value = q;
    renderFacets(r);
    renderDates(p, r);
    const main = $('#inhoud');
    const status = $('#status');
    status.replaceChildren(h('strong', null, (r.total.exact ? '' : 'meer dan ') + results(r.total.value)),
      (r.correctedTo || q) ? ` voor “${r.correctedTo || q}”` : '', ' ', h('span', {class: 'took'}, `(${(r.took / 1000).toFixed(2).replace('.', ',')} s)`));
    const sort = p.get('sort') || 'relevance';
    const sortNav = h('nav', {class: 'sort', 'aria-label': 'Sorteren'}, h('span', null, 'Sorteer:'),
      [['relevance', 'relevantie'], ['newest', 'nieuwste'], ['oldest', 'oudste']].map(([v, label]) =>
        h('a', {href: href(change(x => v === 'relevance' ? x.delete('sort') : x.set('sort', v))), 'data-sort': v,
          'aria-current': sort === v ? 'true' : null}, label)));
    const kids = [chips(p), histogram(p, r.histogram), histogram(p, r.mentionedHistogram, MENTIONED),
      h('div', {class: 'toolbar'}, status, sortNav), corrected(p, r), follow(p)];
    const feedLink = $('link[rel=alternate][type="application/atom+xml"]');
    if (feedLink) feedLink.href = followHref('/feed', p);
    if (r.didYouMean) {
      kids.push(h('p', {class: 'dym'}, 'Bedoelde u ',
        h('a', {href: href(change(x => x.set('q', r.didYouMean)))}, r.didYouMean), '?'));
    }
    if (!r.hits.length) kids.push(empty(p, r));
    else kids.push(h('h2', {class: 'vh'}, 'Resultaten'), hits(p, r), pagination(p, r));
    main.replaceChildren(...kids.filter(Boolean));
    enhance();
    restoreFocus(key);
  }

  // ---- spelling correction, feed and export: the same structure as web/page/FollowLinks ----
  function followHref(path, p, extra) {
    const x = clean(p);
    ['page', 'size', 'literal'].forEach(k => x.delete(k));
    if (extra) for (const [k, v] of Object.entries(extra)) x.set(k, v);
    const s = x.toString();
    return s ? path + '?' + s : path;
  }
  function corrected(p, r) {
    if (!r.correctedFrom || !r.correctedTo) return null;
    const literal = change(x => { x.set('q', r.correctedFrom); x.set('literal', '1'); });
    return h('p', {class: 'corrected', id: 'verbeterd'}, 'Resultaten voor ', h('strong', null, r.correctedTo),
      '. Zoek in plaats daarvan naar ', h('a', {href: href(literal)}, r.correctedFrom));
  }
  function follow(p) {
    const icon = $('.follow .feed-icon');
    return h('div', {class: 'follow'},
      h('a', {class: 'feed', href: followHref('/feed', p), type: 'application/atom+xml'},
        icon ? icon.cloneNode(true) : null, 'Volg als feed'),
      h('span', {class: 'downloads'}, 'Download alle resultaten: ',
        h('a', {class: 'download', download: true, href: followHref('/api/export', p, {format: 'csv'})}, 'CSV'), ' ',
        h('a', {class: 'download', download: true, href: followHref('/api/export', p, {format: 'jsonl'})}, 'JSON Lines')),
      h('span', {class: 'legend', 'aria-hidden': 'true'}, h('span', {class: 'tag t-person'}, 'persoon'),
        h('span', {class: 'tag t-place'}, 'plaats'), h('span', {class: 'tag t-org'}, 'organisatie')));
  }

  function renderFacets(r) {
    const box = $('#facetten');
    if (!box) return;
    box.replaceChildren(...(r.facets || []).filter(f => f.values.length).map(facet));
  }

  function valueItem(name, v, extra) {
    return h('li', {class: extra ? 'extra' : null}, h('label', null,
      h('input', {type: 'checkbox', form: 'zoek', name, value: v.value, checked: !!v.selected}),
      h('span', {class: 'v'}, v.value), h('span', {class: 'n'}, nf.format(v.count))));
  }

  function facet(f) {
    const id = 'f-' + f.name;
    const lower = f.label.toLowerCase();
    let shown = 0;
    const items = f.values.map(v => {
      const extra = shown >= VISIBLE && !v.selected;
      if (!v.selected) shown++;
      return valueItem(f.name, v, extra);
    });
    return h('fieldset', {class: 'facet', 'data-facet': f.name}, h('legend', null, f.label),
      f.values.length > VISIBLE ? h('input', {type: 'search', class: 'facet-search', hidden: true, autocomplete: 'off',
        'aria-label': 'Zoek in ' + lower, placeholder: 'Zoek ' + lower, 'aria-controls': id}) : null,
      h('ul', {class: 'values', id, 'aria-live': 'polite'}, items));
  }

  function renderDates(p, r) {
    const from = $('input[name=from]'), to = $('input[name=to]');
    if (from) from.value = dmy(p.get('from'));
    if (to) to.value = dmy(p.get('to'));
    const fs = $('.dates');
    if (!fs) return;
    const old = $('.presets', fs);
    if (old) old.remove();
    const dated = r.histogram && r.histogram.buckets.some(b => b.count > 0);
    if (!dated) return;
    const today = new Date(Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate()));
    const presets = [['Afgelopen week', addDays(today, -6)], ['Afgelopen maand', addDays(addMonths(today, -1), 1)],
      ['Afgelopen jaar', addDays(addMonths(today, -12), 1)]];
    fs.append(h('ul', {class: 'presets', 'aria-label': 'Snelle periodes'}, presets.map(([label, f]) => {
      const cur = p.get('from') === iso(f) && p.get('to') === iso(today);
      return h('li', null, h('a', {class: 'preset', 'data-from': iso(f), 'data-to': iso(today),
        href: href(change(x => { x.set('from', iso(f)); x.set('to', iso(today)); })),
        'aria-current': cur ? 'true' : null}, label));
    })));
  }

  function chips(p) {
    const box = h('div', {id: 'chips', class: 'chips'});
    if (!hasFilters(p)) return box;
    const chip = (label, value, target) => h('li', null, h('a', {class: 'chip', href: href(target),
      'aria-label': `Verwijder filter ${label}: ${value}`}, h('span', {class: 'k'}, label + ':'), ' ' + value,
      h('span', {class: 'x', 'aria-hidden': 'true'}, '×')));
    const list = [];
    for (const [k, label] of FACETS) {
      for (const v of p.getAll(k)) list.push(chip(label, v, change(x => without(x, k, v))));
    }
    if (p.get('from') || p.get('to')) {
      list.push(chip('Periode', periodText(p.get('from'), p.get('to')), change(x => { x.delete('from'); x.delete('to'); })));
    }
    if (p.get('mentioned_from') || p.get('mentioned_to')) {
      list.push(chip('Genoemd', periodText(p.get('mentioned_from'), p.get('mentioned_to')),
        change(x => { x.delete('mentioned_from'); x.delete('mentioned_to'); })));
    }
    list.push(h('li', null, h('a', {class: 'clear', href: href(clearAll())}, 'Wis alles')));
    box.append(h('h2', {class: 'vh'}, 'Actieve filters'), h('ul', null, list));
    return box;
  }
  function clearAll() {
    return change(x => {
      FACETS.forEach(([k]) => x.delete(k));
      ['from', 'to', 'mentioned_from', 'mentioned_to'].forEach(k => x.delete(k));
    });
  }

  function histogram(p, hg, tl = PUBLISHED) {
    const sec = h('section', {id: tl.id, class: 'histogram', 'aria-labelledby': tl.id + '-kop'});
    const buckets = (hg && hg.buckets) || [];
    if (!buckets.some(b => b.count > 0)) return sec;
    const interval = hg.interval || 'month';
    const W = 600, H = 110, BH = 90;
    const max = Math.max(1, ...buckets.map(b => b.count));
    const slot = Math.min(W / buckets.length, 50), gap = Math.min(2, slot * 0.15);
    const every = Math.max(1, Math.ceil(buckets.length / 8));
    const from = p.get(tl.from), to = p.get(tl.to);
    const svg = h('svg:svg', {viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': tl.title + ' ' + unit(interval),
      'data-interval': interval, 'data-from-param': tl.from, 'data-to-param': tl.to});
    buckets.forEach((b, i) => {
      const start = parseDay(b.key);
      if (!start) return;
      const end = periodEnd(start, interval);
      const hh = b.count === 0 ? 0 : Math.max(2, BH * b.count / max);
      const inRange = (from || to) && (!from || iso(end) >= from) && (!to || iso(start) <= to);
      const label = `${periodLabel(start, interval)}: ${nf.format(b.count)} ${b.count === 1 ? 'artikel' : 'artikelen'}`;
      svg.append(h('svg:a', {href: href(change(x => { x.set(tl.from, iso(start)); x.set(tl.to, iso(end)); })),
        class: 'bar' + (inRange ? ' in' : ''), 'data-i': i, 'data-from': iso(start), 'data-to': iso(end),
        'aria-label': label}, h('svg:title', null, label),
      h('svg:rect', {class: 'area', x: (i * slot).toFixed(1), y: 0, width: slot.toFixed(1), height: BH}),
      h('svg:rect', {class: 'fill', x: (i * slot + gap / 2).toFixed(1), y: (BH - hh).toFixed(1),
        width: (slot - gap).toFixed(1), height: hh.toFixed(1)})));
      if (i % every === 0) {
        const t = interval === 'year' ? String(start.getUTCFullYear()) : interval === 'month'
          ? `${SHORT[start.getUTCMonth()]} ${String(start.getUTCFullYear()).slice(2)}`
          : `${start.getUTCDate()} ${SHORT[start.getUTCMonth()]}`;
        svg.append(h('svg:text', {x: (i * slot + 1).toFixed(1), y: H - 4, 'aria-hidden': 'true'}, t));
      }
    });
    sec.append(h('h2', {id: tl.id + '-kop', class: 'small'}, tl.title + ' ' + unit(interval) + ' ',
      h('span', {class: 'hint'}, 'klik of sleep over de balken om een periode te kiezen')), svg);
    return sec;
  }

  function snippet(html) {
    // Parsed inert; only text and <mark> survive.
    const tpl = doc.createElement('template');
    tpl.innerHTML = html;
    const p = h('p', {class: 'snippet'});
    for (const n of tpl.content.childNodes) {
      p.append(n.nodeName === 'MARK' ? h('mark', null, n.textContent) : doc.createTextNode(n.textContent));
    }
    return p;
  }

  function hits(p, r) {
    const start = (r.page - 1) * r.size + 1;
    return h('ol', {class: 'hits', start}, r.hits.map(hit => {
      const day = parseDay(hit.published);
      const tags = [];
      const ents = hit.entities || {};
      for (const [k, list] of [['person', ents.persons], ['place', ents.places], ['org', ents.organisations]]) {
        (list || []).slice(0, MAX_TAGS).forEach(v => tags.push(h('li', null, h('a', {class: 'tag t-' + k,
          href: href(change(x => { if (!x.getAll(k).includes(v)) x.append(k, v); })), 'data-param': k, 'data-value': v,
          title: LABEL[k], 'aria-label': `${LABEL[k]}: ${v}`}, v))));
        // What does not fit is counted, never dropped without a word.
        if ((list || []).length > MAX_TAGS) {
          tags.push(h('li', null, h('span', {class: 'tag more-tags t-' + k}, `+${list.length - MAX_TAGS} ${PLURAL[k]}`)));
        }
      }
      return h('li', {class: 'hit'},
        h('h3', null, h('a', {href: '/artikel/' + encodeURIComponent(hit.id)}, hit.title || '(zonder titel)')),
        h('p', {class: 'meta'}, day ? h('time', {datetime: iso(day)}, longDate(day)) : null,
          hit.source ? h('span', {class: 'src'}, hit.source) : null,
          hit.section ? h('span', {class: 'sec'}, hit.section) : null),
        hit.snippet ? snippet(hit.snippet) : null,
        tags.length ? h('ul', {class: 'tags', 'aria-label': 'Filter op wie of wat erin voorkomt'}, tags) : null);
    }));
  }

  function empty(p, r) {
    const box = h('div', {class: 'empty'}, h('h2', null, 'Geen artikelen gevonden'));
    const rel = (r.relaxations || []).filter(x => x.total > 0).sort((a, b) => b.total - a.total);
    if (rel.length) {
      box.append(h('p', null, 'Laat een filter los:'), h('ul', {class: 'relax'}, rel.map(x => {
        let target, label;
        if (x.param === 'date') { target = change(y => { y.delete('from'); y.delete('to'); }); label = 'periode'; }
        else if (x.param === 'mentioned') {
          target = change(y => { y.delete('mentioned_from'); y.delete('mentioned_to'); });
          label = 'genoemde periode';
        }
        else if (x.param === 'q') { target = change(y => y.delete('q')); label = 'zoekwoorden'; }
        else {
          target = change(y => without(y, x.param, x.value));
          label = (LABEL[x.param] || x.param).toLowerCase() + (x.value == null ? '' : ` “${x.value}”`);
        }
        return h('li', null, h('a', {href: href(target)}, 'Zonder ' + label), ' ', h('span', {class: 'n'}, results(x.total)));
      })));
    }
    const tips = h('p', null, 'Tips: controleer de spelling, gebruik minder of algemenere woorden');
    if (hasFilters(p)) tips.append(', of ', h('a', {href: href(clearAll())}, 'wis alle filters'));
    tips.append('.');
    box.append(tips);
    return box;
  }

  function pagination(p, r) {
    if (!r.size) return null;
    const pages = Math.max(1, Math.ceil(Math.min(r.total.value, 10000) / r.size));
    if (pages <= 1) return null;
    const page = r.page;
    const link = (n, label, rel) => h('li', null, h('a', {href: href(pageParams(n)), rel: rel || null,
      'aria-label': rel ? null : 'Pagina ' + n, 'aria-current': n === page && !rel ? 'page' : null}, label));
    const gap = () => h('li', null, h('span', {class: 'gap'}, '…'));
    const items = [];
    if (page > 1) items.push(link(page - 1, 'Vorige', 'prev'));
    const lo = Math.max(1, page - PAGE_LINKS), hi = Math.min(pages, page + PAGE_LINKS);
    if (lo > 1) { items.push(link(1, '1')); if (lo > 2) items.push(gap()); }
    for (let n = lo; n <= hi; n++) items.push(link(n, String(n)));
    if (hi < pages) { if (hi < pages - 1) items.push(gap()); items.push(link(pages, String(pages))); }
    if (page < pages) items.push(link(page + 1, 'Volgende', 'next'));
    return h('nav', {class: 'pages', 'aria-label': 'Paginering'}, h('ul', null, items));
  }
  function pageParams(n) { const p = current(); if (n > 1) p.set('page', n); else p.delete('page'); return p; }

  // ---- facets: "toon meer" and the search field inside a facet ----
  function enhance() {
    for (const fs of $$('.facet')) {
      const name = fs.dataset.facet;
      const list = $('.values', fs);
      const extra = $$('.extra', list).length;
      if (extra && !$('.more', fs)) {
        const btn = h('button', {type: 'button', class: 'more', 'aria-controls': list.id});
        const set = open => {
          fs.classList.toggle('collapsed', !open);
          btn.setAttribute('aria-expanded', String(open));
          btn.textContent = open ? 'Toon minder' : `Toon meer (${extra})`;
          if (open) expanded.add(name); else expanded.delete(name);
        };
        btn.addEventListener('click', () => set(fs.classList.contains('collapsed')));
        fs.append(btn);
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
      panel.open = !narrow.matches;
      panel.addEventListener('toggle', () => { if (!narrow.matches && !panel.open) panel.open = true; });
    }
  }

  async function facetSearch(fs, prefix) {
    const name = fs.dataset.facet;
    const list = $('.values', fs);
    const more = $('.more', fs);
    if (!prefix.trim()) {
      if (fs.orig) list.replaceChildren(...fs.orig);
      if (more) more.hidden = false;
      return;
    }
    if (!fs.orig) fs.orig = Array.from(list.children);
    const p = current();
    const ctx = new URLSearchParams();
    for (const [k, v] of p) {
      if (['q', 'from', 'to', 'mentioned_from', 'mentioned_to'].includes(k) || LABEL[k]) ctx.append(k, v);
    }
    ctx.set('prefix', prefix.trim());
    ctx.set('size', '20');
    try {
      const res = await fetch(`/api/facets/${encodeURIComponent(name)}?${ctx}`, {headers: {Accept: 'application/json'}});
      if (!res.ok) return;
      const body = await res.json();
      const values = body.values || [];
      const selected = p.getAll(name).filter(v => !values.some(x => x.value === v));
      const known = last ? (last.r.facets.find(x => x.name === name) || {values: []}).values : [];
      const items = selected.map(v => valueItem(name, known.find(x => x.value === v) || {value: v, count: 0, selected: true}))
        .concat(values.map(v => valueItem(name, {value: v.value, count: v.count, selected: p.getAll(name).includes(v.value)})));
      list.replaceChildren(...(items.length ? items : [h('li', {class: 'n'}, 'Geen waarden gevonden')]));
      if (more) more.hidden = true;
    } catch (e) { /* the list stays as it was */ }
  }

  function debounce(fn, ms) {
    let t;
    return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };
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
    const show = list2 => {
      options = list2;
      active = -1;
      if (!options.length) { close(); return; }
      list.replaceChildren(...options.map((o, i) => {
        const li = h('li', {id: 'sug-' + i, role: 'option', 'aria-selected': 'false'}, o);
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
        const res = await fetch('/api/suggest?' + new URLSearchParams({q: text, size: '8'}), {headers: {Accept: 'application/json'}});
        if (!res.ok || mine !== seq) return;
        const body = await res.json();
        const raw = Array.isArray(body) ? body : (body.suggestions || []);
        if (doc.activeElement === input) show(raw.map(s => typeof s === 'string' ? s : (s.text || s.value || '')).filter(Boolean));
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
    const p = change(x => {
      x.set('q', $('#q').value.trim());
      for (const f of $$('input.datefield')) {
        const v = f.value.trim();
        if (v === '') x.delete(f.name); else x.set(f.name, isoOf(v) || v);
      }
    });
    go(p);
  }

  // ---- histogram: click a bar, or drag across several ----
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
      const fromParam = chart.dataset.fromParam || 'from', toParam = chart.dataset.toParam || 'to';
      go(change(x => { x.set(fromParam, a.dataset.from); x.set(toParam, b.dataset.to); }));
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
