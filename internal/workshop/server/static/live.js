// The projector view draws what GET /api/tally and the "tally" server-sent
// events carry; every number comes from the server (the same classification,
// table and rule as dsc kano, the same readiness analysis as dsc readiness).
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var chart = document.getElementById("chart");
  var side = document.getElementById("side");
  var caption = document.getElementById("caption");

  function el(name, attrs, text) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function html(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function short(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }
  function setText(id, t) { var e = document.getElementById(id); if (e) e.textContent = t; }

  function header(d) {
    setText("participants", d.participants);
    setText("participants-label", d.words.participants);
    setText("answers", d.answers);
    setText("answers-label", d.words.answers);
    setText("join-at", d.words.join_at);
    setText("or-scan", d.words.or_scan);
    var v = document.getElementById("voting");
    var closed = !d.voting.open, some = d.closed && d.closed.length > 0;
    v.textContent = closed ? d.words.closed : some ? d.words.closed + ": " + d.closed.join(", ") : d.words.open;
    v.className = "voting" + (closed || some ? " closed" : "");
  }

  function portfolio(d) {
    chart.textContent = "";
    chart.appendChild(html("h2", "", d.words.portfolio));
    // The axes run 0 to 1; the plot leaves room around them so a dot at 1
    // stays inside.
    var W = 640, H = 580, L = 80, T = 30, S = 470;
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, preserveAspectRatio: "xMidYMid meet", role: "img" });
    var x = function (v) { return L + v * S; }, y = function (v) { return T + (1 - v) * S; };
    for (var i = 0; i <= 4; i++) {
      svg.appendChild(el("line", { x1: x(i / 4), y1: y(0), x2: x(i / 4), y2: y(1), class: "grid" }));
      svg.appendChild(el("line", { x1: x(0), y1: y(i / 4), x2: x(1), y2: y(i / 4), class: "grid" }));
      svg.appendChild(el("text", { x: x(i / 4), y: y(0) + 40, "text-anchor": "middle", class: "axis-label" }, (i / 4).toFixed(2)));
      svg.appendChild(el("text", { x: x(0) - 26, y: y(i / 4) + 5, "text-anchor": "end", class: "axis-label" }, (i / 4).toFixed(2)));
    }
    svg.appendChild(el("line", { x1: x(0.5), y1: y(0), x2: x(0.5), y2: y(1), class: "axis" }));
    svg.appendChild(el("line", { x1: x(0), y1: y(0.5), x2: x(1), y2: y(0.5), class: "axis" }));
    var name = {};
    d.categories.forEach(function (c) { name[c.category] = c.name; });
    [["A", 0.25, 0.62], ["O", 0.75, 0.62], ["M", 0.75, 0.38], ["I", 0.25, 0.38]].forEach(function (q) {
      svg.appendChild(el("text", { x: x(q[1]), y: y(q[2]) + 6, "text-anchor": "middle", class: "quadrant" }, name[q[0]]));
    });
    svg.appendChild(el("text", { x: x(0.5), y: H - 4, "text-anchor": "middle", class: "axis-label" }, d.words.worse));
    svg.appendChild(el("text", { x: 18, y: y(0.5), "text-anchor": "middle", class: "axis-label", transform: "rotate(-90 18 " + y(0.5) + ")" }, d.words.better));
    // Dots carry the feature's number (the list on the right has the same
    // numbers); a name is written beside a dot only where it has room, and
    // dots on the same spot fan out around it.
    var shown = [];
    d.features.forEach(function (f, i) { if (f.n > 0) shown.push({ f: f, num: i + 1, x: x(f.abs_worse), y: y(f.better) }); });
    var spots = {};
    shown.forEach(function (p) { var k = p.x + "," + p.y; (spots[k] = spots[k] || []).push(p); });
    Object.keys(spots).forEach(function (k) {
      var ps = spots[k];
      if (ps.length === 1) return;
      var r = Math.max(14, 4 * ps.length); // room for every dot on the ring
      ps.forEach(function (p, j) {
        var a = 2 * Math.PI * j / ps.length - Math.PI / 2;
        p.x += r * Math.cos(a);
        p.y += r * Math.sin(a);
        p.crowded = true;
      });
    });
    shown.forEach(function (p) {
      var g = el("g", {});
      g.appendChild(el("title", {}, p.num + ". " + p.f.name + " · " + p.f.label + " · n=" + p.f.n));
      g.appendChild(el("circle", { cx: p.x, cy: p.y, r: 11, class: "cat-" + p.f.category }));
      g.appendChild(el("text", { x: p.x, y: p.y + 4, "text-anchor": "middle", class: "dot-num" }, p.num));
      svg.appendChild(g);
    });
    var placed = [];
    shown.forEach(function (p) {
      if (p.crowded) return;
      var right = p.x < x(0.75), w = Math.min(26, p.f.name.length) * 7, lx = right ? p.x + 15 : p.x - 15 - w;
      var box = [lx, p.y - 9, lx + w, p.y + 9];
      var clash = placed.some(function (b) { return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]; }) ||
        shown.some(function (o) { return o !== p && Math.abs(o.x - (box[0] + box[2]) / 2) < w / 2 + 11 && Math.abs(o.y - p.y) < 20; });
      if (clash) return;
      placed.push(box);
      svg.appendChild(el("text", { x: right ? p.x + 15 : p.x - 15, y: p.y + 4, "text-anchor": right ? "start" : "end", class: "point-label" }, short(p.f.name, 26)));
    });
    chart.appendChild(svg);
    if (shown.length === 0) chart.appendChild(html("p", "waiting", d.words.waiting));
    var legend = html("div", "legend");
    d.categories.forEach(function (c) {
      legend.appendChild(html("span", c.category, c.name + " (" + c.features + ")"));
    });
    chart.appendChild(legend);
  }

  function bars(d) {
    side.textContent = "";
    side.appendChild(html("h2", "", d.words.mix));
    var rows = d.features, rowH = Math.max(14, Math.min(30, Math.floor(560 / Math.max(1, rows.length))));
    var W = 640, nameW = 250, barW = W - nameW - 50, H = rows.length * rowH + 4;
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, preserveAspectRatio: "xMidYMin meet", role: "img" });
    var font = Math.max(11, Math.min(16, rowH - 4));
    rows.forEach(function (f, i) {
      var top = i * rowH + 2;
      svg.appendChild(el("text", { x: nameW - 8, y: top + rowH * 0.72, "text-anchor": "end", class: "bar-name", "font-size": font }, (i + 1) + "  " + short(f.name, 30)));
      var left = nameW;
      f.shares.forEach(function (s) {
        if (s.share <= 0) return;
        var w = s.share * barW;
        var r = el("rect", { x: left, y: top + 2, width: w, height: rowH - 4, class: "cat-" + s.category });
        r.appendChild(el("title", {}, s.category + ": " + s.count));
        svg.appendChild(r);
        left += w;
      });
      if (f.n === 0) svg.appendChild(el("rect", { x: nameW, y: top + 2, width: barW, height: rowH - 4, class: "cat-" }));
      svg.appendChild(el("text", { x: nameW + barW + 8, y: top + rowH * 0.72, class: "bar-n", "font-size": font - 1 }, "n=" + f.n));
    });
    side.appendChild(svg);
  }

  function radar(d) {
    chart.textContent = "";
    var W = 900, H = 580, cx = W / 2, cy = H / 2, R = 210;
    var lo = d.scale[0], hi = d.scale[d.scale.length - 1];
    var dims = d.dimensions, n = dims.length;
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, preserveAspectRatio: "xMidYMid meet", role: "img" });
    function pt(i, v) {
      var a = -Math.PI / 2 + 2 * Math.PI * i / n, r = R * (v - lo) / (hi - lo || 1);
      return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    }
    function poly(vals, cls) {
      var pts = [];
      for (var i = 0; i < n; i++) { if (vals[i] === null) return; pts.push(pt(i, vals[i]).join(",")); }
      svg.appendChild(el("polygon", { points: pts.join(" "), class: cls }));
    }
    d.scale.forEach(function (lv) {
      var pts = [];
      for (var i = 0; i < n; i++) pts.push(pt(i, lv).join(","));
      svg.appendChild(el("polygon", { points: pts.join(" "), class: "grid", fill: "none" }));
      svg.appendChild(el("text", { x: cx - 6, y: pt(0, lv)[1] + 14, "text-anchor": "end", class: "axis-label" }, lv));
    });
    var rated = dims.every(function (x) { return x.mean !== null; });
    if (rated) {
      poly(dims.map(function (x) { return x.max; }), "band");
      poly(dims.map(function (x) { return x.min; }), "hole");
      poly(dims.map(function (x) { return x.target; }), "target");
      poly(dims.map(function (x) { return x.mean; }), "mean");
    }
    dims.forEach(function (x, i) {
      svg.appendChild(el("line", { x1: cx, y1: cy, x2: pt(i, hi)[0], y2: pt(i, hi)[1], class: "grid" }));
      var p = pt(i, hi + (hi - lo) * 0.14), anchor = Math.abs(p[0] - cx) < 20 ? "middle" : (p[0] > cx ? "start" : "end");
      // Long names wrap onto two lines.
      var words = x.name.split(" "), lines = [""];
      words.forEach(function (w) {
        var l = lines[lines.length - 1];
        if (l && (l + " " + w).length > 20 && lines.length < 2) lines.push(w);
        else lines[lines.length - 1] = l ? l + " " + w : w;
      });
      var label = el("text", { x: p[0], y: p[1] + 5 - (lines.length - 1) * 9, "text-anchor": anchor, class: "dim-label" });
      lines.forEach(function (l, k) { label.appendChild(el("tspan", { x: p[0], dy: k ? 18 : 0 }, short(l, 24))); });
      svg.appendChild(label);
      if (x.mean !== null) {
        var m = pt(i, x.mean);
        svg.appendChild(el("circle", { cx: m[0], cy: m[1], r: 5, class: "cat-O" }));
      }
    });
    chart.appendChild(svg);
    if (!rated) chart.appendChild(html("p", "waiting", d.words.waiting));
    side.textContent = "";
    var t = html("table", "dims");
    var head = html("tr");
    ["", d.words.current, d.words.spread, d.words.target, d.words.raters].forEach(function (h) { head.appendChild(html("th", "", h)); });
    t.appendChild(head);
    dims.forEach(function (x) {
      var tr = html("tr");
      var f = function (v) { return v === null ? "–" : v.toFixed(2); };
      [x.name, f(x.mean), x.min === null ? "–" : f(x.min) + " – " + f(x.max), f(x.target), String(x.raters)].forEach(function (c) { tr.appendChild(html("td", "", c)); });
      t.appendChild(tr);
    });
    side.appendChild(t);
  }

  function render(d) {
    header(d);
    if (d.kind === "kano") {
      portfolio(d);
      bars(d);
      caption.textContent = d.words.caption;
    } else {
      radar(d);
      caption.textContent = d.words.readiness_caption;
    }
  }

  // The link carried the token; the cookie has it now: keep it off the screen.
  if (location.search) history.replaceState(null, "", location.pathname);
  fetch("/api/tally", { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(render);
  if (window.EventSource) {
    var es = new EventSource("/api/events");
    es.addEventListener("tally", function (e) { render(JSON.parse(e.data)); });
  }
})();
