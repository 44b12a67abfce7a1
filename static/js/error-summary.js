// The error summary at the top of a form that came back with errors: focus
// moves to it on load (screen readers read it, the keyboard starts there),
// and each link moves focus to its field. Loaded with `defer`; no inline
// code (CSP). Markup: templates/messages_app/wizard/_error_summary.html.
"use strict";

(function () {
  function focusField(event) {
    const link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    const field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    // The field's label (or the group's legend) comes into view with it.
    const label =
      field.closest("fieldset")?.querySelector("legend") ||
      document.querySelector("label[for='" + field.id + "']");
    (label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  }

  function init() {
    const summary = document.querySelector("[data-error-summary]");
    if (!summary) {
      return;
    }
    summary.addEventListener("click", focusField);
    summary.focus();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
