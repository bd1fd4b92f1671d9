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
    setText("join-at", d.words.join_at + " · " + d.words.or_scan);
    var v = document.getElementById("voting");
    var closed = !d.voting.open;
    v.textContent = closed ? d.words.closed : d.words.open;
    v.className = "voting" + (closed ? " closed" : "");
  }

  function portfolio(d) {
    chart.textContent = "";
    chart.appendChild(html("h2", "", d.words.portfolio));
    var W = 640, H = 560, L = 60, T = 16, S = 480;
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, preserveAspectRatio: "xMidYMid meet", role: "img" });
    var x = function (v) { return L + v * S; }, y = function (v) { return T + (1 - v) * S; };
    for (var i = 0; i <= 4; i++) {
      svg.appendChild(el("line", { x1: x(i / 4), y1: y(0), x2: x(i / 4), y2: y(1), class: "grid" }));
      svg.appendChild(el("line", { x1: x(0), y1: y(i / 4), x2: x(1), y2: y(i / 4), class: "grid" }));
      svg.appendChild(el("text", { x: x(i / 4), y: y(0) + 22, "text-anchor": "middle", class: "axis-label" }, (i / 4).toFixed(2)));
      svg.appendChild(el("text", { x: x(0) - 8, y: y(i / 4) + 5, "text-anchor": "end", class: "axis-label" }, (i / 4).toFixed(2)));
    }
    svg.appendChild(el("line", { x1: x(0.5), y1: y(0), x2: x(0.5), y2: y(1), class: "axis" }));
    svg.appendChild(el("line", { x1: x(0), y1: y(0.5), x2: x(1), y2: y(0.5), class: "axis" }));
    var name = {};
    d.categories.forEach(function (c) { name[c.category] = c.name; });
    [["A", 0.25, 0.95], ["O", 0.75, 0.95], ["M", 0.75, 0.05], ["I", 0.25, 0.05]].forEach(function (q) {
      svg.appendChild(el("text", { x: x(q[1]), y: y(q[2]) + 6, "text-anchor": "middle", class: "quadrant" }, name[q[0]]));
    });
    svg.appendChild(el("text", { x: x(0.5), y: H - 8, "text-anchor": "middle", class: "axis-label" }, d.words.worse));
    svg.appendChild(el("text", { x: 16, y: y(0.5), "text-anchor": "middle", class: "axis-label", transform: "rotate(-90 16 " + y(0.5) + ")" }, d.words.better));
    var shown = d.features.filter(function (f) { return f.n > 0; });
    shown.forEach(function (f) {
      var cx = x(f.abs_worse), cy = y(f.better);
      var g = el("g", {});
      g.appendChild(el("title", {}, f.name + " · " + f.label + " · n=" + f.n));
      g.appendChild(el("circle", { cx: cx, cy: cy, r: 8, class: "cat-" + f.category }));
      var right = f.abs_worse < 0.8;
      g.appendChild(el("text", { x: cx + (right ? 12 : -12), y: cy + 4, "text-anchor": right ? "start" : "end", class: "point-label" }, short(f.name, 26)));
      svg.appendChild(g);
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
      svg.appendChild(el("text", { x: nameW - 8, y: top + rowH * 0.72, "text-anchor": "end", class: "bar-name", "font-size": font }, short(f.name, 34)));
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
    var W = 620, H = 560, cx = W / 2, cy = H / 2, R = 200;
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
      svg.appendChild(el("text", { x: cx + 4, y: pt(0, lv)[1] - 3, class: "axis-label" }, lv));
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
      var p = pt(i, hi + (hi - lo) * 0.2), anchor = Math.abs(p[0] - cx) < 20 ? "middle" : (p[0] > cx ? "start" : "end");
      svg.appendChild(el("text", { x: p[0], y: p[1] + 5, "text-anchor": anchor, class: "dim-label" }, short(x.name, 28)));
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
