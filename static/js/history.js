// History pages: copy a saved message to the clipboard. Loaded with `defer`
// (no inline scripts: CSP). Buttons name their source with data-copy-source
// (a textarea holding the plain text) and a status line with data-copy-status.
"use strict";

(function () {
  function selectVisibleMessage(source) {
    const shown = document.getElementById("draft-message") || source;
    const selection = window.getSelection();
    if (!selection) {
      return;
    }
    const range = document.createRange();
    range.selectNodeContents(shown);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function say(status, text) {
    if (status) {
      status.textContent = text;
    }
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-copy-source]");
    if (!button) {
      return;
    }
    const source = document.getElementById(button.dataset.copySource);
    const status = document.getElementById(button.dataset.copyStatus);
    if (!source) {
      return;
    }
    const copied = button.dataset.copiedText || "Copied.";
    const manual = button.dataset.manualText || "Press Ctrl+C (or ⌘+C) to copy.";
    const fallback = function () {
      selectVisibleMessage(source);
      say(status, manual);
    };
    if (!navigator.clipboard || !window.isSecureContext) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(source.value).then(function () {
      say(status, copied);
    }, fallback);
  });
})();
