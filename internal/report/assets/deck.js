(function () {
  "use strict";
  var errors = [];
  function show() { document.getElementById("dsc-errors").textContent = errors.join("\n"); }
  window.addEventListener("error", function (e) { errors.push(String(e.message)); show(); });

  // Numbers on axes and in tooltips use the deck's decimal mark.
  var comma = document.documentElement.lang === "de";
  function localise(opt) {
    if (!comma) { return opt; }
    var fmt = function (v) { return typeof v === "number" ? String(v).replace(".", ",") : v; };
    ["xAxis", "yAxis"].forEach(function (k) {
      [].concat(opt[k] || []).forEach(function (a) {
        if (a && a.type === "value") { a.axisLabel = Object.assign({}, a.axisLabel, { formatter: fmt }); }
      });
    });
    if (opt.tooltip) { opt.tooltip.valueFormatter = fmt; }
    return opt;
  }

  // Charts render as SVG without animation at a fixed design size: complete
  // at once, and scaled with their box (viewBox), crisp at any print width.
  var rendered = 0;
  Object.keys(dscCharts).forEach(function (id) {
    try {
      var el = document.getElementById("chart-" + id);
      var w = Number(el.getAttribute("data-width")), h = Number(el.getAttribute("data-height"));
      var chart = echarts.init(el, null, { renderer: "svg", width: w, height: h });
      chart.setOption(localise(dscCharts[id]));
      var svg = el.querySelector("svg");
      svg.setAttribute("viewBox", "0 0 " + w + " " + h);
      el.style.width = ""; el.style.height = "";
      el.firstChild.style.width = "100%"; el.firstChild.style.height = "auto";
      el.setAttribute("data-rendered", "true");
      rendered++;
    } catch (e) {
      errors.push(id + ": " + e.message);
      show();
    }
  });

  // Save a figure as SVG or PNG, for slides; everything happens offline.
  function save(name, blob) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function svgText(svg) {
    var copy = svg.cloneNode(true);
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    var box = svg.getBoundingClientRect();
    if (!copy.getAttribute("width")) { copy.setAttribute("width", Math.round(box.width)); }
    if (!copy.getAttribute("height")) { copy.setAttribute("height", Math.round(box.height)); }
    copy.style.width = ""; copy.style.height = "";
    var style = document.createElementNS("http://www.w3.org/2000/svg", "style");
    style.textContent = "text{font-family:'Segoe UI',Roboto,Helvetica,Arial,sans-serif}";
    copy.insertBefore(style, copy.firstChild);
    return new XMLSerializer().serializeToString(copy);
  }
  document.querySelectorAll("figure.chart").forEach(function (fig) {
    var svg = function () { return fig.querySelector("svg"); };
    var tools = document.createElement("div");
    tools.className = "tools";
    [["svg", dscLabels.svg], ["png", dscLabels.png]].forEach(function (kind) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = kind[1];
      b.addEventListener("click", function () {
        var s = svg();
        if (!s) { return; }
        var text = svgText(s);
        var name = fig.getAttribute("data-name");
        if (kind[0] === "svg") {
          save(name + ".svg", new Blob([text], { type: "image/svg+xml" }));
          return;
        }
        var img = new Image();
        img.onload = function () {
          var scale = 2;
          var canvas = document.createElement("canvas");
          canvas.width = img.width * scale;
          canvas.height = img.height * scale;
          var ctx = canvas.getContext("2d");
          ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue("--white") || "white";
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
          try {
            canvas.toBlob(function (blob) { save(name + ".png", blob); }, "image/png");
          } catch (e) { errors.push(name + ".png: " + e.message); show(); }
        };
        img.onerror = function () { errors.push(name + ".png: the figure could not be drawn"); show(); };
        img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(text);
      });
      tools.appendChild(b);
    });
    fig.appendChild(tools);
  });

  document.documentElement.setAttribute("data-charts", String(rendered));
  document.documentElement.setAttribute("data-chart-errors", String(errors.length));
  document.documentElement.setAttribute("data-requests", String(performance.getEntriesByType("resource").length));
})();
