/* statekg web page: SPARQL editor, paged results, "who said what about whom".
   Plain JavaScript, no libraries. Every value from the graph is put in the page
   with textContent (never innerHTML), so data cannot inject markup. */
(function () {
  "use strict";

  var PAGE_SIZE = 50;
  var ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  var ARABIC_G = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
  var LETTER_G = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
  var DEFAULT_QUERY = [
    "# The latest statements in the graph: who said what, and where it was reported.",
    "PREFIX kg: <https://w3id.org/statekg/ontology#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "PREFIX schema: <https://schema.org/>",
    "SELECT DISTINCT ?date ?speakerName ?content ?article WHERE {",
    "  ?st a kg:Statement ; kg:speaker ?speaker ; kg:content ?content ; kg:article ?article .",
    "  OPTIONAL { ?article schema:datePublished ?date }",
    "  OPTIONAL { ?speaker rdfs:label ?speakerName FILTER(LANG(?speakerName) = \"en\") }",
    "}",
    "ORDER BY DESC(?date)",
    "LIMIT 200",
    ""
  ].join("\n");

  var PREFIXES = [
    ["kg", "https://w3id.org/statekg/ontology#"],
    ["plover", "https://w3id.org/statekg/plover#"],
    ["rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
    ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"],
    ["xsd", "http://www.w3.org/2001/XMLSchema#"],
    ["skos", "http://www.w3.org/2004/02/skos/core#"],
    ["prov", "http://www.w3.org/ns/prov#"],
    ["owl", "http://www.w3.org/2002/07/owl#"],
    ["dcterms", "http://purl.org/dc/terms/"],
    ["schema", "https://schema.org/"]
  ];

  function $(id) { return document.getElementById(id); }

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute("content") : "";
  }

  var BASE = meta("kg-base-iri");
  var LOCAL_KINDS = (meta("kg-local-kinds") || "entity article statement relation role mention").split(/\s+/);

  /* Build an element: el("a", {href: x, class: "y"}, child, "text", ...). */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "text") node.textContent = v;
        else if (k === "class") node.className = v;
        else node.setAttribute(k, v === true ? "" : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === "") continue;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return node;
  }

  function isArabic(text) {
    if (!text) return false;
    var letters = text.match(LETTER_G);
    var arabic = text.match(ARABIC_G);
    if (!letters || !arabic) return false;
    return arabic.length * 2 >= letters.length;
  }

  /* A span that carries the language and direction of a piece of text. */
  function textSpan(text, lang, cls) {
    var span = el("span", { class: cls || null, text: text });
    if ((lang && /^ar\b/i.test(lang)) || (!lang && isArabic(text))) {
      span.setAttribute("lang", "ar");
      span.setAttribute("dir", "rtl");
    } else {
      if (lang) span.setAttribute("lang", lang);
      span.setAttribute("dir", "auto");
    }
    return span;
  }

  /* Where a minted IRI dereferences on this server, or null. */
  function localHref(iri) {
    if (!BASE || !iri || iri.indexOf(BASE) !== 0) return null;
    var rest = iri.slice(BASE.length);
    if (LOCAL_KINDS.indexOf(rest.split("/")[0]) < 0) return null;
    return "/" + rest.split("/").map(encodeURIComponent).join("/");
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }

  function shortIri(iri) {
    if (BASE && iri.indexOf(BASE) === 0) return iri.slice(BASE.length);
    var wd = "http://www.wikidata.org/entity/";
    if (iri.indexOf(wd) === 0) return "wd:" + iri.slice(wd.length);
    for (var i = 0; i < PREFIXES.length; i++) {
      var ns = PREFIXES[i][1];
      if (iri.indexOf(ns) === 0 && !/[\/#]/.test(iri.slice(ns.length))) return PREFIXES[i][0] + ":" + iri.slice(ns.length);
    }
    return iri;
  }

  function iriLink(iri, label) {
    var href = localHref(iri) || safeUrl(iri);
    var text = label ? textSpan(label) : el("span", { dir: "ltr", text: shortIri(iri) });
    if (!href) return text;
    var a = el("a", { href: href, class: "iri", title: iri }, text);
    if (!localHref(iri)) a.setAttribute("rel", "noopener noreferrer external");
    return a;
  }

  function errorMessage(status, body) {
    var text = body || "";
    try {
      var j = JSON.parse(body);
      text = j.error || j.message || body;
    } catch (e) { /* not JSON: keep the text */ }
    return String(text).trim();
  }

  function showError(box, title, detail) {
    box.textContent = "";
    box.appendChild(el("strong", { text: title }));
    if (detail) box.appendChild(document.createTextNode(detail));
    box.hidden = false;
  }

  /* ------------------------------------------------------------------ tabs */
  function setupTabs() {
    var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
    function select(tab, focus) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute("aria-selected", on ? "true" : "false");
        t.tabIndex = on ? 0 : -1;
        $(t.getAttribute("aria-controls")).hidden = !on;
      });
      if (focus) tab.focus();
      var hash = tab.id === "tab-who" ? "#who" : "#sparql";
      if (location.hash !== hash && history.replaceState) history.replaceState(null, "", hash);
    }
    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(tab, false); });
      tab.addEventListener("keydown", function (ev) {
        var dir = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 1, ArrowUp: -1 }[ev.key];
        if (document.dir === "rtl" && (ev.key === "ArrowRight" || ev.key === "ArrowLeft")) dir = -dir;
        if (dir) {
          ev.preventDefault();
          select(tabs[(i + dir + tabs.length) % tabs.length], true);
        }
      });
    });
    function fromHash() {
      if (location.hash === "#who") select($("tab-who"), false);
      else if (location.hash === "#sparql") select($("tab-sparql"), false);
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  /* ---------------------------------------------------------------- editor */
  var editor, gutter;

  function updateGutter() {
    var lines = editor.value.split("\n").length;
    var out = [];
    for (var i = 1; i <= lines; i++) out.push(i);
    gutter.textContent = out.join("\n");
    gutter.scrollTop = editor.scrollTop;
  }

  function setQuery(text) {
    editor.value = text;
    updateGutter();
  }

  function setupEditor() {
    editor = $("query");
    gutter = $("gutter");
    var params = new URLSearchParams(location.search);
    setQuery(params.get("query") || DEFAULT_QUERY);
    editor.addEventListener("input", updateGutter);
    editor.addEventListener("scroll", function () { gutter.scrollTop = editor.scrollTop; });
    editor.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
        ev.preventDefault();
        runQuery();
      } else if (ev.key === "Tab" && !ev.shiftKey && !ev.altKey && !ev.ctrlKey && !ev.metaKey) {
        /* Tab indents; Escape then Tab leaves the editor (keyboard users are not trapped). */
        if (editor.dataset.escaped === "1") { editor.dataset.escaped = ""; return; }
        ev.preventDefault();
        var s = editor.selectionStart, e = editor.selectionEnd;
        editor.setRangeText("  ", s, e, "end");
        updateGutter();
      } else if (ev.key === "Escape") {
        editor.dataset.escaped = "1";
      } else if (ev.key !== "Shift") {
        editor.dataset.escaped = "";
      }
    });
    $("sparql-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      runQuery();
    });
  }

  function setupExamples() {
    var select = $("examples");
    var byName = {};
    fetch("/api/queries", { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { queries: [] }; })
      .then(function (data) {
        (data.queries || []).forEach(function (q) {
          byName[q.name] = q;
          select.appendChild(el("option", { value: q.name, title: q.description, text: q.title }));
        });
        select.dataset.loaded = String((data.queries || []).length);
        var wanted = new URLSearchParams(location.search).get("example");
        if (wanted && byName[wanted]) {
          select.value = wanted;
          choose();
        }
      })
      .catch(function () { select.dataset.loaded = "0"; });
    function choose() {
      var q = byName[select.value];
      if (!q) return;
      setQuery(q.query);
      $("example-description").textContent = q.description;
    }
    select.addEventListener("change", choose);
  }

  /* --------------------------------------------------------------- results */
  var results = { vars: [], rows: [], page: 0 };

  function renderCell(b) {
    var td = el("td");
    if (!b) return td;
    if (b.type === "uri") {
      td.appendChild(iriLink(b.value));
    } else if (b.type === "bnode") {
      td.appendChild(el("code", { text: "_:" + b.value }));
    } else if (b.type === "triple" && b.value) {
      td.appendChild(el("code", { dir: "ltr", text: "<< … >>" }));
    } else {
      var lang = b["xml:lang"];
      td.appendChild(textSpan(b.value, lang || null));
      if (lang && !/^ar\b/i.test(lang)) td.appendChild(el("small", { class: "datatype", text: " @" + lang }));
      if (b.datatype && /#(integer|decimal|double|float|int|long)$/.test(b.datatype)) td.className = "num";
    }
    if (td.firstChild && td.firstChild.getAttribute && td.firstChild.getAttribute("dir") === "rtl") {
      td.setAttribute("dir", "rtl");
      td.setAttribute("lang", "ar");
    }
    return td;
  }

  function renderPage() {
    var box = $("results");
    box.textContent = "";
    var n = results.rows.length;
    var pages = Math.max(1, Math.ceil(n / PAGE_SIZE));
    results.page = Math.min(Math.max(0, results.page), pages - 1);
    var from = results.page * PAGE_SIZE;
    var to = Math.min(n, from + PAGE_SIZE);
    var head = el("tr", null, el("th", { scope: "col", class: "rownum", text: "#" }));
    results.vars.forEach(function (v) { head.appendChild(el("th", { scope: "col", text: "?" + v })); });
    var body = el("tbody");
    for (var i = from; i < to; i++) {
      var row = results.rows[i];
      var tr = el("tr", null, el("td", { class: "rownum", text: String(i + 1) }));
      results.vars.forEach(function (v) { tr.appendChild(renderCell(row[v])); });
      body.appendChild(tr);
    }
    box.appendChild(el("table", { class: "sparql-results", "aria-label": "Query results" }, el("thead", null, head), body));
    var pager = $("pager");
    pager.hidden = n <= PAGE_SIZE;
    $("page-info").textContent = n ? "Rows " + (from + 1) + "–" + to + " of " + n + " · page " + (results.page + 1) + " of " + pages : "";
    $("prev").disabled = results.page === 0;
    $("next").disabled = results.page >= pages - 1;
  }

  function setupPager() {
    $("prev").addEventListener("click", function () { results.page -= 1; renderPage(); });
    $("next").addEventListener("click", function () { results.page += 1; renderPage(); });
  }

  var running = false;

  function runQuery() {
    if (running) return;
    updateGutter();
    var query = editor.value;
    var status = $("sparql-status");
    var errBox = $("sparql-error");
    var box = $("results");
    errBox.hidden = true;
    status.textContent = "Running…";
    status.className = "status busy";
    running = true;
    $("run").disabled = true;
    var started = performance.now();
    fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
        Accept: "application/sparql-results+json, text/turtle;q=0.9"
      },
      body: new URLSearchParams({ query: query }).toString()
    })
      .then(function (resp) {
        var type = resp.headers.get("content-type") || "";
        return resp.text().then(function (text) { return { resp: resp, type: type, text: text }; });
      })
      .then(function (r) {
        var ms = Math.round(performance.now() - started);
        status.className = "status";
        if (!r.resp.ok) {
          box.textContent = "";
          $("pager").hidden = true;
          status.textContent = "";
          var detail = errorMessage(r.resp.status, r.text);
          var title;
          if (r.resp.status === 400) title = "The query is not valid SPARQL (400)";
          else if (r.resp.status === 503 || r.resp.status === 504 || r.resp.status === 408 || /timeout|timed out/i.test(detail)) title = "The query took too long and was stopped (" + r.resp.status + ")";
          else if (r.resp.status === 403) title = "Not allowed (403)";
          else if (r.resp.status === 413) title = "The query is too large (413)";
          else title = "The server answered " + r.resp.status + " " + (r.resp.statusText || "");
          showError(errBox, title, detail);
          return;
        }
        if (r.type.indexOf("json") >= 0) {
          var data = JSON.parse(r.text);
          if (typeof data.boolean === "boolean") {
            results = { vars: [], rows: [], page: 0 };
            box.textContent = "";
            $("pager").hidden = true;
            box.appendChild(el("p", { class: "ask", text: "ASK → " + (data.boolean ? "true" : "false") }));
            status.textContent = "Answered in " + ms + " ms.";
            return;
          }
          results = { vars: (data.head && data.head.vars) || [], rows: (data.results && data.results.bindings) || [], page: 0 };
          renderPage();
          var n = results.rows.length;
          status.textContent = n + (n === 1 ? " row" : " rows") + " in " + ms + " ms.";
        } else {
          results = { vars: [], rows: [], page: 0 };
          box.textContent = "";
          $("pager").hidden = true;
          box.appendChild(el("pre", { class: "rdf", dir: "ltr", text: r.text }));
          status.textContent = "Graph result (" + r.type.split(";")[0] + ") in " + ms + " ms.";
        }
      })
      .catch(function (e) {
        status.className = "status";
        status.textContent = "";
        showError(errBox, "Could not reach the server", String(e && e.message ? e.message : e));
      })
      .then(function () {
        running = false;
        $("run").disabled = false;
      });
  }

  /* ----------------------------------------------------------- autocomplete */
  function currentLang() {
    var checked = document.querySelector('#who-form input[name="lang"]:checked');
    return checked ? checked.value : "en";
  }

  function setupCombo(input) {
    var list = $(input.getAttribute("aria-controls"));
    var items = [];
    var active = -1;
    var seq = 0;
    var timer = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(i) {
      var lis = list.children;
      for (var k = 0; k < lis.length; k++) lis[k].setAttribute("aria-selected", k === i ? "true" : "false");
      active = i;
      if (i >= 0 && lis[i]) {
        input.setAttribute("aria-activedescendant", lis[i].id);
        lis[i].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(i) {
      var item = items[i];
      if (!item) return;
      input.value = item.label || "";
      input.dataset.iri = item.iri;
      input.setAttribute("dir", isArabic(input.value) ? "rtl" : "auto");
      close();
    }

    function show(found) {
      items = found;
      list.textContent = "";
      if (!found.length) { close(); return; }
      found.forEach(function (item, i) {
        var detail = [item.type];
        if (item.state && item.state.label) detail.push(item.state.label);
        if (item.qid) detail.push(item.qid);
        var other = currentLang() === "ar" ? item.labels.en : item.labels.ar;
        var li = el("li", { id: list.id + "-" + i, role: "option", "aria-selected": "false" },
          textSpan(item.label || item.matched || item.iri, null, "name"),
          other && other !== item.label ? textSpan(other, null, "detail") : null,
          el("span", { class: "detail", text: detail.join(" · ") }));
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      highlight(-1);
    }

    function lookup() {
      var q = input.value.trim();
      var mine = ++seq;
      if (!q) { show([]); return; }
      var url = "/api/autocomplete?" + new URLSearchParams({ q: q, lang: currentLang(), limit: "10" }).toString();
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) { if (mine === seq) show(data.results || []); })
        .catch(function () { if (mine === seq) show([]); });
    }

    input.addEventListener("input", function () {
      delete input.dataset.iri;
      input.setAttribute("dir", "auto");
      clearTimeout(timer);
      timer = setTimeout(lookup, 120);
    });
    input.addEventListener("keydown", function (ev) {
      var open = !list.hidden && items.length;
      if (ev.key === "ArrowDown") {
        ev.preventDefault();
        if (!open) { lookup(); return; }
        highlight((active + 1) % items.length);
      } else if (ev.key === "ArrowUp" && open) {
        ev.preventDefault();
        highlight((active - 1 + items.length) % items.length);
      } else if (ev.key === "Enter" && open && active >= 0) {
        ev.preventDefault();
        choose(active);
      } else if (ev.key === "Escape" && open) {
        ev.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  /* --------------------------------------------------------------- who said */
  function statementCard(row) {
    var rtl = row.dir === "rtl";
    var card = el("article", { class: "card statement", lang: row.lang || null, dir: rtl ? "rtl" : "auto" });
    var who = row.speaker.iri ? iriLink(row.speaker.iri, row.speaker.label || null) : textSpan(row.speaker.label || "");
    var header = el("header", null, el("span", { class: "speaker" }, who));
    [[row.role, "role"], [row.state, "state"]].forEach(function (pair) {
      if (pair[0]) {
        header.appendChild(el("span", { class: "sep", text: " · " }));
        header.appendChild(textSpan(pair[0], null, pair[1]));
      }
    });
    card.appendChild(header);
    card.appendChild(el("blockquote", { text: row.content }));
    var meta = el("p", { class: "meta" });
    function add(node) {
      if (meta.childNodes.length) meta.appendChild(el("span", { class: "sep", text: " · " }));
      meta.appendChild(node);
    }
    if (row.cue) add(textSpan(row.cue, null, "cue"));
    if (row.date) add(el("time", { datetime: row.date, dir: "ltr", text: row.date }));
    if (row.direct) add(el("span", { class: "tag", text: rtl ? "اقتباس مباشر" : "direct quote" }));
    if (row.via) add(el("span", { class: "via" }, rtl ? "عبر " : "via ", textSpan(row.via)));
    if (row.about && row.about.length) {
      var ab = el("span", { class: "about" }, rtl ? "عن " : "about ");
      row.about.forEach(function (a, i) {
        if (i) ab.appendChild(document.createTextNode(", "));
        ab.appendChild(textSpan(a));
      });
      add(ab);
    }
    card.appendChild(meta);
    var foot = el("footer");
    function addFoot(node) {
      if (foot.childNodes.length) foot.appendChild(el("span", { class: "sep", text: " · " }));
      foot.appendChild(node);
    }
    var art = row.article || {};
    if (art.iri) {
      addFoot(el("span", { class: "source" }, rtl ? "المصدر: " : "Source: ",
        iriLink(art.iri, art.title || shortIri(art.iri))));
    }
    if (art.source) addFoot(textSpan(art.source, null, "outlet"));
    if (art.published) addFoot(el("time", { dir: "ltr", text: art.published }));
    if (safeUrl(art.url)) {
      addFoot(el("a", { href: art.url, rel: "noopener noreferrer external", dir: "ltr", text: art.url.replace(/^https?:\/\//, "").split("/")[0] }));
    }
    if (row.statement) {
      addFoot(el("a", { href: localHref(row.statement) || row.statement, class: "permalink", text: rtl ? "التصريح" : "statement" }));
    }
    card.appendChild(foot);
    return card;
  }

  function runWhoSaid(ev) {
    if (ev) ev.preventDefault();
    var status = $("who-status");
    var errBox = $("who-error");
    var cards = $("cards");
    errBox.hidden = true;
    var params = new URLSearchParams();
    ["about", "speaker"].forEach(function (name) {
      var input = $("who-" + name);
      var value = input.dataset.iri || input.value.trim();
      if (value) params.set(name, value);
    });
    ["since", "until"].forEach(function (name) {
      var v = $("who-" + name).value;
      if (v) params.set(name, v);
    });
    params.set("lang", currentLang());
    status.textContent = "Searching…";
    status.className = "status busy";
    $("who-run").disabled = true;
    fetch("/api/who-said?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (resp) { return resp.text().then(function (text) { return { resp: resp, text: text }; }); })
      .then(function (r) {
        status.className = "status";
        cards.textContent = "";
        if (!r.resp.ok) {
          status.textContent = "";
          var detail = errorMessage(r.resp.status, r.text);
          var title = r.resp.status === 404 ? "Not found" :
            r.resp.status === 400 ? "Check the form" :
            r.resp.status === 503 ? "The search took too long and was stopped" : "The server answered " + r.resp.status;
          showError(errBox, title, detail);
          return;
        }
        var data = JSON.parse(r.text);
        data.rows.forEach(function (row) { cards.appendChild(statementCard(row)); });
        var n = data.rows.length;
        status.textContent = (n ? n + (n === 1 ? " statement" : " statements") : "No statements match.") +
          (data.truncated ? " Showing the first " + n + "; narrow the search to see the rest." : "");
      })
      .catch(function (e) {
        status.className = "status";
        status.textContent = "";
        showError(errBox, "Could not reach the server", String(e && e.message ? e.message : e));
      })
      .then(function () { $("who-run").disabled = false; });
  }

  function setupWhoSaid() {
    setupCombo($("who-about"));
    setupCombo($("who-speaker"));
    $("who-form").addEventListener("submit", runWhoSaid);
  }

  function start() {
    setupTabs();
    setupEditor();
    setupExamples();
    setupPager();
    setupWhoSaid();
    document.body.dataset.ready = "1";
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
