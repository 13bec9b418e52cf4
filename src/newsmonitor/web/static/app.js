// newsmonitor: small progressive enhancements; every page works without this file.
"use strict";
(function () {
  // "/" focuses the search box (unless typing in a field already).
  document.addEventListener("keydown", function (event) {
    const target = event.target;
    const typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const box = document.getElementById("top-q");
      if (box) {
        event.preventDefault();
        box.focus();
      }
    }
  });

  // Article page: switch entity and quote highlighting on and off.
  const toggle = document.getElementById("toggle-marks");
  const text = document.getElementById("article-text");
  if (toggle && text) {
    toggle.addEventListener("click", function () {
      const plain = text.classList.toggle("plain");
      toggle.textContent = plain ? "show highlights" : "hide highlights";
    });
  }

  // Dates: add "n days ago" as a tooltip, relative to today.
  const now = Date.now();
  document.querySelectorAll("time[datetime]").forEach(function (el) {
    const value = el.getAttribute("datetime");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    const days = Math.round((now - Date.parse(value + "T12:00:00Z")) / 86400000);
    if (Number.isFinite(days)) el.title = days === 0 ? "today" : days > 0 ? days + " days ago" : "in " + -days + " days";
  });
})();
