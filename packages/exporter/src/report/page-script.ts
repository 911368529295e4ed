/**
 * The page's behaviour, inline and dependency-free: sort by a column header, filter by any cell, select a record
 * (its spans in every source get the class `sel`, the first is scrolled into view, its details are shown), and
 * jump from a span to its record. The data comes from the `application/json` element; every string from it is
 * put on the page with `textContent` or `createTextNode`, never parsed as HTML.
 * Kept free of backticks and template placeholders so it can live in this string.
 */
export const REPORT_SCRIPT = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("fundtrace-data").textContent);
  var records = data.records;
  var mentions = data.mentions;
  var table = document.getElementById("records");
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var filter = document.getElementById("filter");
  var count = document.getElementById("count");
  var details = document.getElementById("details");
  var byRecord = new Map();
  var byMention = new Map();
  var byUnattached = new Map();
  var mentionIndex = new Map();
  var rowByIndex = new Map();
  var selected = null;
  var sortState = { col: -1, dir: 1 };

  function addTo(map, key, value) {
    var list = map.get(key);
    if (!list) { list = []; map.set(key, list); }
    list.push(value);
  }
  function numbers(el, name) {
    var v = el.getAttribute(name);
    return v ? v.split(" ").filter(function (s) { return s !== ""; }) : [];
  }
  Array.prototype.forEach.call(document.querySelectorAll(".doc .hl"), function (el) {
    numbers(el, "data-r").forEach(function (r) { addTo(byRecord, r, el); });
    numbers(el, "data-mi").forEach(function (m) { addTo(byMention, m, el); });
    numbers(el, "data-u").forEach(function (u) { addTo(byUnattached, u, el); });
  });
  mentions.forEach(function (m, i) { mentionIndex.set(m.id, String(i)); });
  rows.forEach(function (row) { rowByIndex.set(row.getAttribute("data-index"), row); });

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function append(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }
  function reveal(list) {
    if (!list || list.length === 0) return;
    list[0].scrollIntoView({ block: "center" });
    list.forEach(function (e) {
      e.classList.remove("flash");
      void e.offsetWidth;
      e.classList.add("flash");
    });
  }
  function showButton(label, key, map) {
    var b = el("button", null, label);
    b.type = "button";
    b.addEventListener("click", function (event) { event.stopPropagation(); reveal(map.get(key)); });
    return b;
  }
  function mentionButton(id) {
    var key = mentionIndex.get(id);
    var frag = document.createDocumentFragment();
    append(frag, el("code", null, id));
    if (key !== undefined) append(frag, showButton("show", key, byMention));
    return frag;
  }

  /* Sorting */
  function sortKey(row, col, numeric) {
    var cell = row.cells[col];
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    raw = raw.trim();
    if (raw === "") return null;
    return numeric ? Number(raw) : raw.toLowerCase();
  }
  function sortBy(col) {
    var dir = sortState.col === col ? -sortState.dir : 1;
    sortState = { col: col, dir: dir };
    var numeric = headers[col].getAttribute("data-type") === "number";
    var keyed = rows.map(function (row) {
      return { row: row, key: sortKey(row, col, numeric), i: Number(row.getAttribute("data-index")) };
    });
    keyed.sort(function (a, b) {
      if (a.key === null || b.key === null) {
        if (a.key === b.key) return a.i - b.i;
        return a.key === null ? 1 : -1;
      }
      var c = numeric ? a.key - b.key : a.key.localeCompare(b.key, "en", { numeric: true });
      return c !== 0 ? c * dir : a.i - b.i;
    });
    keyed.forEach(function (k) { tbody.appendChild(k.row); });
    headers.forEach(function (th, i) {
      th.setAttribute("aria-sort", i === col ? (dir === 1 ? "ascending" : "descending") : "none");
    });
  }
  headers.forEach(function (th, col) {
    th.querySelector("button").addEventListener("click", function () { sortBy(col); });
  });

  /* Filtering */
  function applyFilter() {
    var q = filter.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var match = q === "" || Array.prototype.some.call(row.cells, function (cell) {
        return cell.textContent.toLowerCase().indexOf(q) !== -1;
      });
      row.hidden = !match;
      if (match) shown++;
    });
    count.textContent = shown + " of " + rows.length + " records";
  }
  filter.addEventListener("input", applyFilter);

  /* Details */
  function field(dl, label, value) {
    if (value === null || value === undefined || value === "") return;
    var dd = el("dd");
    append(dd, value);
    append(dl, el("dt", null, label), dd);
  }
  function renderDetails(rec) {
    while (details.firstChild) details.removeChild(details.firstChild);
    append(details, el("h2", null, rec.name || "(no project name)"));
    var dl = el("dl");
    field(dl, "Record", rec.id);
    if (rec.aliases.length > 0) field(dl, "Merged ids", rec.aliases.join(", "));
    field(dl, "Recipients", rec.organisations.map(function (o) {
      return o.name + (o.orgId ? " (" + o.orgId + (o.officialName && o.officialName !== o.name ? ", " + o.officialName : "") + ")" : "");
    }).join("; "));
    if (rec.amount) field(dl, "Amount", rec.amount.written + "  =  " + rec.amount.currency + " " + rec.amount.value + " (" + rec.amount.qualifier + ")");
    field(dl, "Round", rec.round);
    field(dl, "Theme", rec.theme);
    field(dl, "Funder", rec.funder);
    field(dl, "Programme", rec.programme);
    field(dl, "Places", rec.places.map(function (p) { return p.name + (p.gss ? " (" + p.gss + ")" : ""); }).join("; "));
    if (rec.firstAnnounced) field(dl, "Announced", rec.firstAnnounced === rec.lastAnnounced ? rec.firstAnnounced : rec.firstAnnounced + " to " + rec.lastAnnounced);
    append(details, dl);

    append(details, el("h3", null, "Conflicts (" + rec.conflicts.length + ")"));
    if (rec.conflicts.length === 0) append(details, el("p", "hint", "The sources agree."));
    else {
      var cl = el("ul", "conflicts");
      rec.conflicts.forEach(function (c) {
        var li = append(el("li"), el("strong", null, c.field), ": ");
        var inner = el("ul");
        c.values.forEach(function (v) {
          var vi = append(el("li"), el("q", null, v.text), " from ");
          v.mentions.forEach(function (id, i) { if (i > 0) append(vi, ", "); append(vi, mentionButton(id)); });
          append(inner, vi);
        });
        append(cl, append(li, inner));
      });
      append(details, cl);
    }

    append(details, el("h3", null, "Merges explained (" + rec.merges.length + ")"));
    if (rec.merges.length === 0) {
      append(details, el("p", "hint", rec.sources.length > 1
        ? (data.decisionsGiven ? "No decision between two of its mentions was recorded." : "No merge decisions were passed to the report.")
        : "One source mention: nothing was merged."));
    }
    rec.merges.forEach(function (d) {
      var p = el("p");
      append(p, mentionButton(d.a), " + ", mentionButton(d.b), ": ",
        el("span", d.merged ? "merged" : "apart", d.merged ? "merged" : "kept apart"),
        ", score " + Number(d.score).toFixed(2));
      if (d.constraint) append(p, " (" + d.constraint + ")");
      append(details, p);
      var t = el("table", "evidence");
      var head = el("tr");
      ["Field", "Outcome", "Weight", "Detail"].forEach(function (h) { append(head, el("th", null, h)); });
      append(t, append(el("thead"), head));
      var body = el("tbody");
      d.evidence.forEach(function (e) {
        var w = Number(e.weight);
        append(body, append(el("tr"), el("td", null, e.field), el("td", null, e.outcome),
          el("td", "num " + (w >= 0 ? "w-pos" : "w-neg"), (w > 0 ? "+" : "") + w.toFixed(2)), el("td", null, e.detail)));
      });
      append(details, append(t, body));
    });

    append(details, el("h3", null, "Sources (" + rec.sources.length + " mentions in " + rec.documentCount + " documents)"));
    var sl = el("ul", "sources");
    rec.sources.forEach(function (s) {
      var li = append(el("li"), el("strong", null, s.doc), " ", mentionButton(s.mention), " " + s.kind + " " + s.start + "-" + s.end);
      if (s.excerpt) append(li, el("br"), el("span", "hint", s.excerpt));
      append(sl, li);
    });
    append(details, sl);

    if (rec.provenance.length > 0) {
      append(details, el("h3", null, "Provenance"));
      var pl = el("ul", "provenance");
      rec.provenance.forEach(function (p) { append(pl, append(el("li"), p[0] + ": ", mentionButton(p[1]))); });
      append(details, pl);
    }
  }

  /* Selection */
  function select(index, options) {
    var key = String(index);
    var rec = records[index];
    if (!rec) return;
    if (selected !== null) {
      (byRecord.get(selected) || []).forEach(function (e) { e.classList.remove("sel"); });
      var old = rowByIndex.get(selected);
      if (old) { old.classList.remove("selected"); old.setAttribute("aria-selected", "false"); }
    }
    selected = key;
    var spans = byRecord.get(key) || [];
    spans.forEach(function (e) { e.classList.add("sel"); });
    var row = rowByIndex.get(key);
    if (row) {
      row.classList.add("selected");
      row.setAttribute("aria-selected", "true");
      if (options && options.scrollRow) row.scrollIntoView({ block: "nearest" });
    }
    renderDetails(rec);
    if (!(options && options.keepSources) && spans.length > 0) spans[0].scrollIntoView({ block: "center" });
    try { history.replaceState(null, "", "#" + encodeURIComponent(rec.id)); } catch (e) { /* file: URLs may refuse */ }
  }
  rows.forEach(function (row) {
    var index = Number(row.getAttribute("data-index"));
    row.addEventListener("click", function () { select(index); });
    row.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(index); }
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".doc"), function (doc) {
    doc.addEventListener("click", function (event) {
      var target = event.target;
      var span = target && target.closest ? target.closest("[data-r]") : null;
      if (!span) return;
      var first = numbers(span, "data-r")[0];
      if (first !== undefined) select(Number(first), { scrollRow: true, keepSources: true });
    });
  });
  var unattachedTable = document.getElementById("unattached-table");
  if (unattachedTable) {
    Array.prototype.forEach.call(unattachedTable.tBodies[0].rows, function (row) {
      var key = row.getAttribute("data-u");
      row.addEventListener("click", function () { reveal(byUnattached.get(key)); });
      row.addEventListener("keydown", function (event) { if (event.key === "Enter") reveal(byUnattached.get(key)); });
    });
  }

  applyFilter();
  if (location.hash.length > 1) {
    var wanted = null;
    try { wanted = decodeURIComponent(location.hash.slice(1)); } catch (e) { wanted = null; }
    for (var i = 0; i < records.length; i++) if (records[i].id === wanted) { select(i, { scrollRow: true }); break; }
  }
  document.documentElement.setAttribute("data-ready", "true");
})();
`;
