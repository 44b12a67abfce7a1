// Copy-to-clipboard buttons, on every page that has one. Loaded with `defer`;
// no inline code (CSP). A button says what it copies and where to say so:
//
//   <button type="button" data-copy-source="ID"     the field whose value is copied
//           data-copy-status="ID"                   a live region for the confirmation
//           data-copy-done="Copied…"                said once copied
//           data-copy-fallback="Press Ctrl+C…"      said when the browser refuses
//           data-copy-select="ID"                   optional: what to select then
//           data-copy-confirm="Copied ✓">           optional: the button's own label
//                                                   for CONFIRM_MS once copied
//
// When the clipboard is refused (or unavailable: plain HTTP), the text is
// selected for the person to copy it themselves: the source field, or the
// element named by data-copy-select (for a source kept out of sight).
"use strict";

(function () {
  const CONFIRM_MS = 2000;

  // The button says it worked where the person is looking; the live region
  // still tells a screen reader. The label comes back after CONFIRM_MS.
  function confirmOnButton(button) {
    const label = button.dataset.copyConfirm;
    if (!label) {
      return;
    }
    if (button.dataset.copyLabel === undefined) {
      button.dataset.copyLabel = button.textContent;
    }
    window.clearTimeout(Number(button.dataset.copyTimer));
    button.textContent = label;
    button.classList.add("is-copied");
    button.dataset.copyTimer = String(
      window.setTimeout(function () {
        button.textContent = button.dataset.copyLabel;
        delete button.dataset.copyLabel;
        button.classList.remove("is-copied");
      }, CONFIRM_MS),
    );
  }

  function announce(region, text) {
    if (!region || !text) {
      return;
    }
    // Cleared first, so that the same message is announced again.
    region.textContent = "";
    window.setTimeout(function () {
      region.textContent = text;
    }, 30);
  }

  function select(element) {
    if (typeof element.select === "function") {
      element.focus();
      element.select();
      return;
    }
    const selection = window.getSelection();
    if (selection) {
      const range = document.createRange();
      range.selectNodeContents(element);
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  function copy(button) {
    const source = document.getElementById(button.dataset.copySource);
    if (!source) {
      return;
    }
    const status = document.getElementById(button.dataset.copyStatus);
    const fallback = function () {
      select(document.getElementById(button.dataset.copySelect) || source);
      announce(status, button.dataset.copyFallback);
    };
    if (!navigator.clipboard || !window.isSecureContext) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(source.value).then(function () {
      announce(status, button.dataset.copyDone);
      confirmOnButton(button);
    }, fallback);
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-copy-source]");
    if (button) {
      event.preventDefault();
      copy(button);
    }
  });
})();
