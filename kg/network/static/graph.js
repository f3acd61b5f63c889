// statekg /graph: the network of states and actors, laid out by a small force simulation
// written for this page (no third-party code), drawn in SVG.
'use strict';

(function () {
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const QUAD = {
    'verbal cooperation': '#74c476',
    'material cooperation': '#1b7837',
    'verbal conflict': '#fdae61',
    'material conflict': '#d7301f',
  };
  const QUAD_AR = {
    'verbal cooperation': 'تعاون لفظي',
    'material cooperation': 'تعاون مادي',
    'verbal conflict': 'صراع لفظي',
    'material conflict': 'صراع مادي',
  };
  const TYPE = { State: '#4575b4', Person: '#f1a340', Organization: '#66a61e', Place: '#999999' };
  const TYPE_AR = { State: 'دولة', Person: 'شخص', Organization: 'منظمة', Place: 'مكان' };

  const $ = (id) => document.getElementById(id);
  const svg = $('graph');
  const form = $('controls');
  const status = $('status');
  const details = $('details');
  let view = { x: 0, y: 0, k: 1 };
  let current = null; // { nodes, links, byId }

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }

  function lang() { return $('lang').value === 'ar' ? 'ar' : 'en'; }

  function label(n) {
    return lang() === 'ar' ? (n.label_ar || n.label_en || n.label) : (n.label_en || n.label || n.label_ar);
  }

  function hasArabic(text) { return /[\u0600-\u06ff]/.test(text || ''); }

  function setStatus(text, error) {
    status.textContent = text;
    status.classList.toggle('error', !!error);
  }

  // -- the page's language --------------------------------------------------------------
  function applyLanguage() {
    const l = lang();
    document.documentElement.lang = l;
    document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
    for (const node of document.querySelectorAll('[data-en]')) {
      node.textContent = node.dataset[l] || node.dataset.en;
    }
  }

  // -- parameters <-> URL ------------------------------------------------------------------
  function readUrl() {
    const q = new URLSearchParams(location.search);
    for (const name of ['level', 'since', 'until', 'types', 'modality', 'lang']) {
      if (q.has(name)) form.elements[name].value = q.get(name);
    }
  }

  function apiParams() {
    const q = new URLSearchParams();
    for (const name of ['level', 'since', 'until', 'types', 'modality']) {
      const value = form.elements[name].value.trim();
      if (value) q.set(name, value);
    }
    return q;
  }

  // -- force-directed layout ---------------------------------------------------------------
  // Deterministic: nodes start on a sunflower spiral in a fixed order, so the same data
  // always gives the same picture. Forces: pairwise repulsion (k^2/d), springs along
  // links (pulling towards the ideal length k), and a weak pull to the centre that keeps
  // separate components on screen. The temperature cools geometrically.
  function layout(nodes, links, width, height) {
    const n = nodes.length;
    if (!n) return;
    const area = width * height;
    const k = Math.max(30, Math.min(110, 0.35 * Math.sqrt(area / n)));
    const cx = width / 2;
    const cy = height / 2;
    nodes.forEach((node, i) => {
      const r = k * 0.6 * Math.sqrt(i + 0.5);
      const a = i * 2.399963229728653; // golden angle
      node.x = cx + r * Math.cos(a);
      node.y = cy + r * Math.sin(a);
      node.dx = 0;
      node.dy = 0;
    });
    let temperature = k * 2;
    const iterations = n > 200 ? 250 : 400;
    for (let it = 0; it < iterations; it++) {
      for (const node of nodes) { node.dx = 0; node.dy = 0; }
      for (let i = 0; i < n; i++) {
        const a = nodes[i];
        for (let j = i + 1; j < n; j++) {
          const b = nodes[j];
          let dx = a.x - b.x;
          let dy = a.y - b.y;
          let d2 = dx * dx + dy * dy;
          if (d2 < 0.01) { dx = (i - j) * 0.1; dy = 0.1; d2 = dx * dx + dy * dy; }
          const f = (k * k) / d2;
          a.dx += dx * f; a.dy += dy * f;
          b.dx -= dx * f; b.dy -= dy * f;
        }
      }
      for (const link of links) {
        const a = link.sourceNode;
        const b = link.targetNode;
        if (a === b) continue;
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        const f = (d * d) / k / d * Math.min(3, link.strength);
        a.dx -= dx * f; a.dy -= dy * f;
        b.dx += dx * f; b.dy += dy * f;
      }
      for (const node of nodes) {
        node.dx += (cx - node.x) * 1.0;
        node.dy += (cy - node.y) * 1.0;
        const len = Math.sqrt(node.dx * node.dx + node.dy * node.dy) || 1;
        const step = Math.min(len, temperature);
        node.x += (node.dx / len) * step;
        node.y += (node.dy / len) * step;
      }
      temperature = Math.max(0.5, temperature * 0.985);
    }
  }

  // -- drawing ---------------------------------------------------------------------------
  function radius(node) { return 6 + 3 * Math.sqrt(node.events || 1); }

  // nodes and labels keep their size on screen whatever the zoom: in graph units they
  // are drawn 1/k as large
  function nodeScale() { return 1 / view.k; }

  function edgeWidth(link) { return 1 + 1.6 * Math.log2(1 + link.events); }

  function curve(link) {
    const a = link.sourceNode;
    const b = link.targetNode;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const d = Math.sqrt(dx * dx + dy * dy) || 1;
    const bend = link.bend * Math.min(60, d / 3);
    const mx = (a.x + b.x) / 2 - (dy / d) * bend;
    const my = (a.y + b.y) / 2 + (dx / d) * bend;
    // stop at the target's rim so the arrow head shows
    const rim = (radius(b) + 2) * nodeScale();
    const ex = b.x - ((b.x - mx) / (Math.hypot(b.x - mx, b.y - my) || 1)) * rim;
    const ey = b.y - ((b.y - my) / (Math.hypot(b.x - mx, b.y - my) || 1)) * rim;
    return `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
  }

  function describeLink(link) {
    const ar = lang() === 'ar';
    const dates = link.first ? (link.first === link.last ? link.first : `${link.first} … ${link.last}`) : '';
    const counts = ar
      ? `${link.events} حدث، ${link.reports} تقرير، ${link.articles} مقال`
      : `${link.events} event${link.events === 1 ? '' : 's'}, ${link.reports} report${link.reports === 1 ? '' : 's'}, ${link.articles} article${link.articles === 1 ? '' : 's'}`;
    return `${label(link.sourceNode)} → ${label(link.targetNode)}: ${link.type} (${link.modality}) · ${counts}${dates ? ' · ' + dates : ''}`;
  }

  function render() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const { nodes, links } = current;
    const defs = el('defs', {}, svg);
    for (const [quad, colour] of Object.entries(QUAD)) {
      const marker = el('marker', {
        id: 'arrow-' + quad.replace(' ', '-'), viewBox: '0 0 10 10', refX: 9, refY: 5,
        markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse', markerUnits: 'strokeWidth',
      }, defs);
      el('path', { d: 'M0,0 L10,5 L0,10 z', fill: colour }, marker);
    }
    const root = el('g', { id: 'viewport' }, svg);
    const edgeLayer = el('g', { id: 'edges' }, root);
    const nodeLayer = el('g', { id: 'nodes' }, root);
    for (const link of links) {
      const path = el('path', {
        class: 'edge', d: curve(link), stroke: QUAD[link.quad_class] || '#888',
        'stroke-width': edgeWidth(link).toFixed(2),
        'marker-end': `url(#arrow-${link.quad_class.replace(' ', '-')})`,
        'data-type': link.type, 'data-quad': link.quad_class, 'data-events': link.events,
        'data-source': link.source, 'data-target': link.target,
      }, edgeLayer);
      el('title', {}, path).textContent = describeLink(link);
      link.path = path;
    }
    for (const node of nodes) {
      const g = el('g', {
        class: 'node', transform: nodeTransform(node),
        'data-id': node.id, 'data-type': node.type || '', 'data-qid': node.qid || '',
      }, nodeLayer);
      el('circle', { r: radius(node).toFixed(1), fill: TYPE[node.type] || '#bbbbbb' }, g);
      const text = el('text', { y: (radius(node) + 13).toFixed(1), 'text-anchor': 'middle' }, g);
      const name = label(node);
      text.textContent = name;
      if (hasArabic(name)) { text.setAttribute('lang', 'ar'); text.setAttribute('direction', 'rtl'); }
      el('title', {}, g).textContent = `${name} (${lang() === 'ar' ? (TYPE_AR[node.type] || node.type) : node.type}) · ${node.events}`;
      node.el = g;
      attachDrag(node);
    }
    applyView();
    svg.dataset.nodes = String(nodes.length);
    svg.dataset.edges = String(links.length);
    renderLegend();
  }

  function renderLegend() {
    const legend = $('legend');
    while (legend.firstChild) legend.removeChild(legend.firstChild);
    const ar = lang() === 'ar';
    for (const [quad, colour] of Object.entries(QUAD)) {
      const li = document.createElement('li');
      const i = document.createElement('i');
      i.style.background = colour;
      li.append(i, ar ? QUAD_AR[quad] : quad);
      legend.appendChild(li);
    }
    for (const [type, colour] of Object.entries(TYPE)) {
      const li = document.createElement('li');
      const b = document.createElement('b');
      b.style.background = colour;
      li.append(b, ar ? TYPE_AR[type] : type);
      legend.appendChild(li);
    }
  }

  function nodeTransform(node) {
    return `translate(${node.x.toFixed(1)},${node.y.toFixed(1)}) scale(${nodeScale().toFixed(4)})`;
  }

  function redrawNode(node) {
    node.el.setAttribute('transform', nodeTransform(node));
    for (const link of node.links) link.path.setAttribute('d', curve(link));
  }

  function applyView() {
    const root = $('viewport');
    if (!root) return;
    root.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
    for (const node of current.nodes) node.el.setAttribute('transform', nodeTransform(node));
    for (const link of current.links) {
      link.path.setAttribute('d', curve(link));
      link.path.setAttribute('stroke-width', (edgeWidth(link) * nodeScale()).toFixed(3));
    }
  }

  function fitView(width, height) {
    const { nodes } = current;
    if (!nodes.length) { view = { x: 0, y: 0, k: 1 }; return; }
    let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
    for (const n of nodes) {
      minX = Math.min(minX, n.x - 60); maxX = Math.max(maxX, n.x + 60);
      minY = Math.min(minY, n.y - 30); maxY = Math.max(maxY, n.y + 40);
    }
    const k = Math.min(1.5, width / (maxX - minX), height / (maxY - minY));
    view = { k, x: (width - k * (maxX + minX)) / 2, y: (height - k * (maxY + minY)) / 2 };
  }

  // -- interaction ---------------------------------------------------------------------------
  function toGraph(evt) {
    const box = svg.getBoundingClientRect();
    return { x: (evt.clientX - box.left - view.x) / view.k, y: (evt.clientY - box.top - view.y) / view.k };
  }

  function attachDrag(node) {
    let moved = false;
    node.el.addEventListener('pointerdown', (evt) => {
      evt.stopPropagation();
      moved = false;
      node.el.setPointerCapture(evt.pointerId);
      const move = (e) => {
        const p = toGraph(e);
        moved = true;
        node.x = p.x; node.y = p.y;
        redrawNode(node);
      };
      const up = () => {
        node.el.removeEventListener('pointermove', move);
        node.el.removeEventListener('pointerup', up);
        if (!moved) showDetails(node);
      };
      node.el.addEventListener('pointermove', move);
      node.el.addEventListener('pointerup', up);
    });
    node.el.addEventListener('mouseenter', () => highlight(node));
    node.el.addEventListener('mouseleave', () => highlight(null));
  }

  function highlight(node) {
    const near = new Set();
    if (node) {
      near.add(node.id);
      for (const link of node.links) { near.add(link.source); near.add(link.target); }
    }
    for (const n of current.nodes) n.el.classList.toggle('dim', !!node && !near.has(n.id));
    for (const l of current.links) {
      const on = node && (l.source === node.id || l.target === node.id);
      l.path.classList.toggle('dim', !!node && !on);
      l.path.classList.toggle('hot', !!on);
    }
  }

  function showDetails(node) {
    while (details.firstChild) details.removeChild(details.firstChild);
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = node.href;
    a.textContent = label(node);
    if (hasArabic(a.textContent)) { a.lang = 'ar'; a.dir = 'rtl'; }
    h.appendChild(a);
    details.appendChild(h);
    const ul = document.createElement('ul');
    for (const link of node.links.slice().sort((x, y) => y.events - x.events).slice(0, 12)) {
      const li = document.createElement('li');
      li.textContent = describeLink(link);
      ul.appendChild(li);
    }
    details.appendChild(ul);
    details.hidden = false;
  }

  function attachPanZoom() {
    let panning = null;
    svg.addEventListener('pointerdown', (evt) => {
      panning = { x: evt.clientX - view.x, y: evt.clientY - view.y };
      svg.classList.add('panning');
      details.hidden = true;
    });
    svg.addEventListener('pointermove', (evt) => {
      if (!panning) return;
      view.x = evt.clientX - panning.x;
      view.y = evt.clientY - panning.y;
      applyView();
    });
    const stop = () => { panning = null; svg.classList.remove('panning'); };
    svg.addEventListener('pointerup', stop);
    svg.addEventListener('pointerleave', stop);
    svg.addEventListener('wheel', (evt) => {
      evt.preventDefault();
      const box = svg.getBoundingClientRect();
      const mx = evt.clientX - box.left;
      const my = evt.clientY - box.top;
      const factor = Math.exp(-evt.deltaY * 0.0015);
      const k = Math.max(0.1, Math.min(8, view.k * factor));
      view.x = mx - ((mx - view.x) * k) / view.k;
      view.y = my - ((my - view.y) * k) / view.k;
      view.k = k;
      applyView();
    }, { passive: false });
  }

  // -- data ----------------------------------------------------------------------------------
  function prepare(data) {
    const byId = new Map();
    const nodes = data.nodes.map((n) => ({ ...n, links: [] }));
    for (const n of nodes) byId.set(n.id, n);
    const links = data.edges
      .filter((e) => byId.has(e.source) && byId.has(e.target))
      .map((e) => ({ ...e, sourceNode: byId.get(e.source), targetNode: byId.get(e.target) }));
    // several links between one pair: bend them apart
    const pairs = new Map();
    for (const link of links) {
      const key = [link.source, link.target].sort().join(' ');
      if (!pairs.has(key)) pairs.set(key, []);
      pairs.get(key).push(link);
    }
    for (const group of pairs.values()) {
      group.forEach((link, i) => {
        const flip = link.source < link.target ? 1 : -1;
        link.bend = flip * (0.15 + 0.25 * i);
        link.strength = Math.log2(1 + link.events) / group.length;
      });
    }
    for (const link of links) {
      link.sourceNode.links.push(link);
      if (link.targetNode !== link.sourceNode) link.targetNode.links.push(link);
    }
    return { nodes, links, byId };
  }

  async function load() {
    const q = apiParams();
    history.replaceState(null, '', `${location.pathname}?${new URLSearchParams({ ...Object.fromEntries(q), lang: lang() })}`);
    setStatus(lang() === 'ar' ? 'جارٍ التحميل…' : 'Loading…');
    document.body.dataset.ready = '0';
    let data;
    try {
      const response = await fetch('/api/graph?' + q.toString(), { headers: { Accept: 'application/json' } });
      data = await response.json();
      if (!response.ok) throw new Error(data.error || response.statusText);
    } catch (err) {
      setStatus(String(err.message || err), true);
      document.body.dataset.ready = 'error';
      return;
    }
    current = prepare(data);
    const width = svg.clientWidth || 960;
    const height = svg.clientHeight || 600;
    layout(current.nodes, current.links, width, height);
    fitView(width, height);
    render();
    const ar = lang() === 'ar';
    const cut = data.truncated ? (ar ? ' (أكثر العقد نشاطاً فقط)' : ' (busiest nodes only)') : '';
    setStatus(ar
      ? `${current.nodes.length} عقدة، ${current.links.length} رابط، ${data.events} حدث${cut}`
      : `${current.nodes.length} nodes, ${current.links.length} links, ${data.events} events${cut}`);
    document.body.dataset.ready = '1';
  }

  form.addEventListener('submit', (evt) => { evt.preventDefault(); load(); });
  $('lang').addEventListener('change', () => {
    applyLanguage();
    if (current) { render(); load(); }
  });
  readUrl();
  applyLanguage();
  attachPanZoom();
  load();
})();
