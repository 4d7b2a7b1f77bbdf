// Draws the report's charts as inline SVG from the JSON embedded in the page; no network, no libraries.
// Article text is only ever inserted with textContent, never as HTML.
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const PALETTE = ["#2f6fdf", "#e0892b", "#3aa37a", "#c2465c", "#7b5cc4", "#2aa5b8", "#9a7b4f", "#d46fae"];
  const GREY = "#b7bdc9";
  const OUTCOME = { passed: "#1d5c43", failed: "#7d1a2e", forced: "#8a4a0c" };  // darker than the bars they sit under
  const data = JSON.parse(document.getElementById("report-data").textContent);

  function el(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function html(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function svg(width, height) {
    return el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  }
  function legend(entries) {
    const box = html("div", "legend");
    for (const [label, color] of entries) {
      const item = html("span", "", label);
      item.style.setProperty("--swatch", color);
      box.appendChild(item);
    }
    return box;
  }
  function empty(container, message) {
    container.appendChild(html("p", "empty", message));
    container.dataset.rendered = "empty";
  }
  function niceMax(value) {
    if (value <= 5) return Math.max(1, Math.ceil(value));
    const step = Math.pow(10, Math.floor(Math.log10(value)));
    return Math.ceil(value / step) * step;
  }
  function yAxis(chart, max, left, top, height, width) {
    for (const f of [0, 0.5, 1]) {
      const y = top + height - f * height;
      chart.appendChild(el("line", { x1: left, x2: left + width, y1: y, y2: y, stroke: "#e3e6ec" }));
      chart.appendChild(el("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, String(Math.round(f * max))));
    }
  }

  function summary() {
    const s = (data.summary || [])[0] || {};
    document.getElementById("generated").textContent = data.generated_at;
    document.getElementById("db-name").textContent = data.db_name;
    const box = document.getElementById("summary");
    const span = s.first_day ? `${s.first_day} – ${s.last_day}` : "—";
    for (const [label, value] of [["Articles", s.articles], ["Publishers", s.publishers],
      ["Shared stories", s.shared_stories], ["Runs", s.runs], ["Dates", span]]) {
      const item = html("div");
      item.appendChild(html("dt", "", label));
      item.appendChild(html("dd", "", value === undefined || value === null ? "0" : String(value)));
      box.appendChild(item);
    }
  }

  // Days, weeks or months on a continuous axis, so quiet periods show as gaps.
  function timeBuckets(days) {
    const toDate = (d) => new Date(d + "T00:00:00Z");
    const iso = (t) => t.toISOString().slice(0, 10);
    const first = toDate(days[0]), last = toDate(days[days.length - 1]);
    const span = (last - first) / 86400000 + 1;
    const unit = span <= 120 ? "day" : span <= 730 ? "week" : "month";
    const start = (t) => {
      const s = new Date(t);
      if (unit === "week") s.setUTCDate(s.getUTCDate() - ((s.getUTCDay() + 6) % 7));
      if (unit === "month") s.setUTCDate(1);
      return s;
    };
    const next = (t) => {
      const s = new Date(t);
      if (unit === "day") s.setUTCDate(s.getUTCDate() + 1);
      if (unit === "week") s.setUTCDate(s.getUTCDate() + 7);
      if (unit === "month") s.setUTCMonth(s.getUTCMonth() + 1);
      return s;
    };
    const keys = [];
    for (let t = start(first); t <= last; t = next(t)) keys.push(iso(t));
    return { unit, keys, keyOf: (d) => iso(start(toDate(d))) };
  }

  function articlesOverTime() {
    const container = document.getElementById("chart-articles");
    const rows = data.articles_over_time || [];
    if (!rows.length) return empty(container, "No dated articles yet.");
    const buckets = timeBuckets([...new Set(rows.map((r) => r.day))].sort());
    const days = buckets.keys;
    const totals = {};
    for (const r of rows) totals[r.publisher] = (totals[r.publisher] || 0) + r.n_articles;
    const publishers = Object.keys(totals).sort((a, b) =>
      (a === "Other") - (b === "Other") || totals[b] - totals[a] || a.localeCompare(b));
    const color = Object.fromEntries(publishers.map((p, i) => [p, p === "Other" ? GREY : PALETTE[i % PALETTE.length]]));
    const byDay = Object.fromEntries(days.map((d) => [d, {}]));
    for (const r of rows) {
      const slot = byDay[buckets.keyOf(r.day)];
      slot[r.publisher] = (slot[r.publisher] || 0) + r.n_articles;
    }
    document.getElementById("articles-unit").textContent = buckets.unit;
    const dayTotals = days.map((d) => Object.values(byDay[d]).reduce((a, b) => a + b, 0));
    const max = niceMax(Math.max(...dayTotals));
    const W = 900, H = 240, left = 36, top = 8, plotH = 200, plotW = W - left - 8;
    const chart = svg(W, H);
    yAxis(chart, max, left, top, plotH, plotW);
    const slot = plotW / days.length, bar = Math.max(1, slot * 0.8);
    days.forEach((day, i) => {
      let y = top + plotH;
      for (const p of publishers) {
        const n = byDay[day][p] || 0;
        if (!n) continue;
        const h = (n / max) * plotH;
        y -= h;
        const rect = el("rect", { x: left + i * slot + (slot - bar) / 2, y, width: bar, height: h, fill: color[p] });
        rect.appendChild(el("title", {}, `${buckets.unit} of ${day} · ${p}: ${n}`));
        chart.appendChild(rect);
      }
    });
    const labelled = days.length > 1 ? [0, Math.floor((days.length - 1) / 2), days.length - 1] : [0];
    for (const i of new Set(labelled)) {
      chart.appendChild(el("text", { x: left + i * slot + slot / 2, y: H - 6, "text-anchor": "middle" }, days[i]));
    }
    container.appendChild(chart);
    container.appendChild(legend(publishers.map((p) => [p, color[p]])));
    container.dataset.rendered = "true";
  }

  function wireShare() {
    const container = document.getElementById("chart-wire");
    const rows = data.wire_share || [];
    if (!rows.length) return empty(container, "No articles yet.");
    const publishers = [...new Set(rows.map((r) => r.publisher))];
    const sources = [...new Set(rows.map((r) => r.source))].sort((a, b) =>
      (a === "staff") - (b === "staff") || a.localeCompare(b));
    const color = Object.fromEntries(sources.map((s, i) => [s, s === "staff" ? GREY : PALETTE[i % PALETTE.length]]));
    const W = 440, row = 24, labelW = 150, barW = W - labelW - 40;
    const chart = svg(W, publishers.length * row + 4);
    publishers.forEach((p, i) => {
      const y = i * row + 4;
      const name = p.length > 24 ? p.slice(0, 23) + "…" : p;
      chart.appendChild(el("text", { x: labelW - 8, y: y + 13, "text-anchor": "end" }, name));
      let x = labelW;
      let wire = 0;
      for (const r of rows.filter((r) => r.publisher === p)) {
        const w = r.share * barW;
        const rect = el("rect", { x, y, width: Math.max(0.5, w), height: row - 8, fill: color[r.source] });
        rect.appendChild(el("title", {}, `${p} · ${r.source}: ${r.n_articles} (${Math.round(r.share * 100)}%)`));
        chart.appendChild(rect);
        x += w;
        if (r.source !== "staff") wire += r.share;
      }
      chart.appendChild(el("text", { x: labelW + barW + 4, y: y + 13 }, `${Math.round(wire * 100)}%`));
    });
    container.appendChild(chart);
    container.appendChild(legend(sources.map((s) => [s, color[s]])));
    container.dataset.rendered = "true";
  }

  function topStories() {
    const container = document.getElementById("chart-stories");
    const rows = data.top_stories || [];
    if (!rows.length) return empty(container, "No stories linked yet.");
    const max = Math.max(...rows.map((r) => r.n_publishers));
    const list = html("ol", "stories");
    for (const r of rows) {
      const item = html("li");
      const head = html("div", "story-head");
      const bar = svg(70, 14);
      bar.appendChild(el("rect", { x: 0, y: 2, width: 70, height: 10, fill: "#eef2fb", rx: 2 }));
      bar.appendChild(el("rect", { x: 0, y: 2, width: (70 * r.n_publishers) / max, height: 10, fill: PALETTE[0], rx: 2 }));
      head.appendChild(bar);
      head.appendChild(html("span", "story-title", r.headline || "(untitled)"));
      item.appendChild(head);
      const agencies = (r.agencies || []).join(", ") || "staff";
      item.appendChild(html("div", "meta",
        `${r.n_publishers} outlet${r.n_publishers === 1 ? "" : "s"} · ${r.n_articles} cop${r.n_articles === 1 ? "y" : "ies"} · ${agencies} · first ${r.first_day || "undated"}`));
      const chips = html("div", "chips");
      for (const outlet of r.outlets || []) chips.appendChild(html("span", "chip", outlet));
      item.appendChild(chips);
      list.appendChild(item);
    }
    container.appendChild(list);
    container.dataset.rendered = "true";
  }

  function qualityHistory() {
    const container = document.getElementById("chart-quality");
    const rows = data.quality_history || [];
    if (!rows.length) return empty(container, "No runs recorded yet.");
    const parts = [["n_published", "published", "#3aa37a"], ["n_quarantined", "quarantined", "#e0892b"],
      ["n_rejected", "rejected", "#c2465c"]];
    const max = niceMax(Math.max(1, ...rows.map((r) => parts.reduce((a, [k]) => a + (r[k] || 0), 0))));
    const W = 900, H = 220, left = 36, top = 8, plotH = 170, plotW = W - left - 8;
    const chart = svg(W, H);
    yAxis(chart, max, left, top, plotH, plotW);
    const slot = plotW / Math.max(rows.length, 8), bar = Math.min(40, slot * 0.7);
    rows.forEach((r, i) => {
      const x = left + i * slot + (slot - bar) / 2;
      let y = top + plotH;
      for (const [key, label, color] of parts) {
        const n = r[key] || 0;
        if (!n) continue;
        const h = (n / max) * plotH;
        y -= h;
        const rect = el("rect", { x, y, width: bar, height: h, fill: color });
        rect.appendChild(el("title", {}, `${r.started_at} · ${label}: ${n}`));
        chart.appendChild(rect);
      }
      const verdict = r.validation_outcome || "unknown";
      const failed = (r.failed_expectations || []).join(", ");
      const marker = el("rect", { x, y: top + plotH + 6, width: bar, height: 6, rx: 2, fill: OUTCOME[verdict] || GREY });
      marker.appendChild(el("title", {}, `${r.run_id}: ${verdict}${failed ? " — failed: " + failed : ""}`));
      chart.appendChild(marker);
    });
    const step = Math.ceil(rows.length / 8);  // at most eight time labels
    rows.forEach((r, i) => {
      if (i % step) return;
      const when = String(r.started_at).slice(5, 16).replace("T", " ");
      chart.appendChild(el("text", { x: left + i * slot + slot / 2, y: H - 4, "text-anchor": "middle" }, when));
    });
    container.appendChild(chart);
    container.appendChild(legend(parts.map(([, label, color]) => [label, color]).concat(
      [["gate: passed", OUTCOME.passed], ["gate: failed", OUTCOME.failed], ["gate: forced", OUTCOME.forced]])));
    container.dataset.rendered = "true";
  }

  // Search box: BM25 over title and opening text of the articles embedded in the page.
  function words(text) {
    return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).filter((w) => w.length > 1);
  }
  function setupSearch() {
    const docs = (data.article_index || []).map((a) => {
      const tf = {};
      const terms = words(`${a.title} ${a.title} ${a.excerpt}`);
      for (const t of terms) tf[t] = (tf[t] || 0) + 1;
      return { a, tf, len: terms.length };
    });
    const df = {};
    for (const d of docs) for (const t of Object.keys(d.tf)) df[t] = (df[t] || 0) + 1;
    const avg = docs.reduce((s, d) => s + d.len, 0) / Math.max(1, docs.length);
    const input = document.getElementById("search");
    const out = document.getElementById("results");
    function highlight(node, text, terms) {
      const alternatives = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, "giu");
      let last = 0;
      for (const m of text.matchAll(re)) {
        node.appendChild(document.createTextNode(text.slice(last, m.index)));
        node.appendChild(html("mark", "", m[0]));
        last = m.index + m[0].length;
      }
      node.appendChild(document.createTextNode(text.slice(last)));
    }
    function update() {
      const terms = [...new Set(words(input.value))];
      out.replaceChildren();
      if (!terms.length) return;
      const scored = [];
      for (const d of docs) {
        let score = 0;
        for (const t of terms) {
          const f = d.tf[t];
          if (!f) continue;
          const idf = Math.log(1 + (docs.length - df[t] + 0.5) / (df[t] + 0.5));
          score += (idf * f * 2.2) / (f + 1.2 * (0.25 + 0.75 * d.len / avg));
        }
        if (score > 0) scored.push([score, d.a]);
      }
      scored.sort((x, y) => y[0] - x[0]);
      if (!scored.length) out.appendChild(html("li", "empty", "No matching articles."));
      for (const [, a] of scored.slice(0, 20)) {
        const item = html("li");
        const title = html("span", "story-title");
        highlight(title, a.title, terms);
        item.appendChild(title);
        item.appendChild(html("span", "meta", `${a.publisher} · ${a.day || "undated"}`));
        const excerpt = html("span", "meta");
        highlight(excerpt, a.excerpt.slice(0, 220) + (a.excerpt.length > 220 ? "…" : ""), terms);
        item.appendChild(excerpt);
        out.appendChild(item);
      }
    }
    input.addEventListener("input", update);
  }

  summary();
  articlesOverTime();
  wireShare();
  topStories();
  qualityHistory();
  setupSearch();
  document.body.dataset.ready = "true";
})();
