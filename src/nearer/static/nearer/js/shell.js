// Nearer's page shell: lock after inactivity, keep the session alive while the person is busy,
// and a passphrase strength hint. Every page works without this script; it only adds comfort.
(function () {
  "use strict";

  var body = document.body;
  var lockAfterMs = Number(body.dataset.lockAfter || 0) * 1000;
  var keepAliveUrl = body.dataset.keepAliveUrl || "";
  var ACTIVITY_KEY = "nearer-last-activity";
  var KEEP_ALIVE_EVERY_MS = 2 * 60 * 1000;
  var lastPing = Date.now();

  function now() { return Date.now(); }

  function lastActivity() {
    // Shared across tabs, so working in one tab keeps the others from locking.
    var stored = Number(window.localStorage.getItem(ACTIVITY_KEY) || 0);
    return Math.max(stored, pageActivity);
  }

  var pageActivity = now();

  function noteActivity() {
    pageActivity = now();
    try { window.localStorage.setItem(ACTIVITY_KEY, String(pageActivity)); } catch (e) { /* private mode */ }
  }

  function csrfToken() {
    try { return JSON.parse(body.getAttribute("hx-headers"))["X-CSRFToken"]; } catch (e) { return ""; }
  }

  function tick() {
    var idle = now() - lastActivity();
    if (idle >= lockAfterMs) {
      var form = document.getElementById("lock-form");
      if (form) { form.submit(); }
      return;
    }
    // Tell the server the person is still here (for example typing a long entry without loading pages).
    if (keepAliveUrl && idle < KEEP_ALIVE_EVERY_MS && now() - lastPing >= KEEP_ALIVE_EVERY_MS) {
      lastPing = now();
      fetch(keepAliveUrl, { method: "POST", headers: { "X-CSRFToken": csrfToken() }, credentials: "same-origin" });
    }
  }

  if (lockAfterMs > 0) {
    ["keydown", "pointerdown", "input", "scroll", "focus"].forEach(function (type) {
      window.addEventListener(type, noteActivity, { passive: true, capture: true });
    });
    noteActivity();
    // Timers are throttled in background tabs, so each tick compares real clock times.
    window.setInterval(tick, 15 * 1000);
    document.addEventListener("visibilitychange", function () { if (!document.hidden) { tick(); } });
  }

  // Passphrase strength: a rough, honest estimate, only ever a hint.
  var COMMON = ["password", "passphrase", "123456", "qwerty", "letmein", "iloveyou", "nearer", "abc123", "111111"];

  function strengthOf(value) {
    if (value.length === 0) { return ""; }
    if (value.length < 10) { return "Keep going: at least 10 characters."; }
    var lower = value.toLowerCase();
    for (var i = 0; i < COMMON.length; i++) {
      if (lower.indexOf(COMMON[i]) !== -1) { return "This contains a very common password. Try a few unrelated words instead."; }
    }
    var pool = 0;
    if (/[a-z]/.test(value)) { pool += 26; }
    if (/[A-Z]/.test(value)) { pool += 26; }
    if (/[0-9]/.test(value)) { pool += 10; }
    if (/[^a-zA-Z0-9]/.test(value)) { pool += 33; }
    var distinct = new Set(value).size;
    var bits = Math.min(value.length, distinct * 2) * Math.log2(Math.max(pool, 2));
    var words = value.trim().split(/[\s\-_.]+/).filter(function (w) { return w.length >= 3; }).length;
    if (words >= 4) { bits = Math.max(bits, 60); }
    if (bits < 45) { return "Okay, but guessable. One more unrelated word would make it much stronger."; }
    if (bits < 65) { return "Good. Longer is stronger, if you can remember it."; }
    return "Strong. Make sure you will remember it.";
  }

  document.querySelectorAll("input[data-strength-hint]").forEach(function (input) {
    var hint = document.createElement("p");
    hint.className = "strength-hint";
    hint.id = input.id + "-strength";
    hint.setAttribute("aria-live", "polite");
    input.closest(".field").insertAdjacentElement("afterend", hint);
    input.setAttribute("aria-describedby", ((input.getAttribute("aria-describedby") || "") + " " + hint.id).trim());
    input.addEventListener("input", function () { hint.textContent = strengthOf(input.value); });
  });
})();
