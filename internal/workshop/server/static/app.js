// The participant's page works without this script (plain forms and
// redirects). When it loads, answers go through the JSON API
// (PUT /api/answers/{entry}) and the next question replaces the current one
// without a page load. An answer counts as saved only when the server said 200,
// which it says only once the answer is on disk.
(function () {
  "use strict";
  var main = document.getElementById("main");
  var notSaved = document.body.getAttribute("data-not-saved") || "Not saved";
  var events = null;

  function showError(form, msg) {
    var old = main.querySelector(".error");
    if (old) old.remove();
    var p = document.createElement("p");
    p.className = "error";
    p.setAttribute("role", "alert");
    p.textContent = msg;
    form.parentNode.insertBefore(p, form);
  }

  function load(url, push) {
    return fetch(url, { headers: { "X-Partial": "1" }, credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return r.text();
      })
      .then(function (html) {
        main.innerHTML = html;
        if (push) history.pushState(null, "", url.replace(/&?saved=1/, "").replace(/\?$/, ""));
        window.scrollTo(0, 0);
        bind();
      })
      .catch(function () { location.href = url; });
  }

  function answer(form, btn) {
    if (form.getAttribute("data-busy")) return;
    var question = form.getAttribute("data-question");
    var entry = form.getAttribute("data-entry");
    var at = form.querySelector("[name=at]").value;
    var body = {};
    if (btn.name === "skip") body.skip = [question];
    else body[question] = Number(btn.value);
    form.setAttribute("data-busy", "1");
    btn.classList.add("pending");
    var buttons = form.querySelectorAll("button");
    buttons.forEach(function (b) { b.disabled = true; });
    fetch("/api/answers/" + encodeURIComponent(entry) + "?at=" + encodeURIComponent(at), {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin"
    }).then(function (r) {
      if (r.status === 401) { location.href = "/"; return null; }
      if (r.status === 409) { return load("/?at=" + at, false).then(function () { return null; }); }
      if (!r.ok) throw new Error(notSaved);
      return r.json();
    }).then(function (res) {
      if (!res) return;
      return load(res.next ? "/?at=" + res.next.index + "&saved=1" : "/?saved=1", true);
    }).catch(function () {
      form.removeAttribute("data-busy");
      btn.classList.remove("pending");
      buttons.forEach(function (b) { b.disabled = false; });
      showError(form, notSaved);
    });
  }

  function listenForVoting() {
    if (events || !window.EventSource) return;
    events = new EventSource("/api/events");
    var first = true;
    events.addEventListener("voting", function () {
      if (first) { first = false; return; }
      if (main.querySelector("[data-waiting], .notice")) load(location.pathname + location.search, false);
    });
  }

  function bind() {
    var form = main.querySelector("form.answers");
    if (form) {
      var clicked = null;
      form.addEventListener("click", function (e) {
        var b = e.target.closest("button");
        if (b) clicked = b;
      });
      form.addEventListener("submit", function (e) {
        var btn = e.submitter || clicked;
        if (!btn) return;
        e.preventDefault();
        answer(form, btn);
      });
    }
    main.querySelectorAll("a.back, a.skip, .done a, .waiting a").forEach(function (a) {
      a.addEventListener("click", function (e) {
        e.preventDefault();
        load(a.getAttribute("href"), true);
      });
    });
    if (main.querySelector("[data-waiting], .notice")) listenForVoting();
    if (main.querySelector("form.joinform")) {
      // Opened from a QR code, the browser does not send the SameSite=Strict
      // cookie on that first navigation: ask the API whether we already joined.
      fetch("/api/me", { credentials: "same-origin" }).then(function (r) {
        if (r.ok) location.replace("/");
      });
    }
  }

  window.addEventListener("popstate", function () { load(location.pathname + location.search, false); });
  bind();
})();
