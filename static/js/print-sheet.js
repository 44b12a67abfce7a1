// The preview's print sheet (templates/messages_app/wizard/_print_sheet.html):
// just before printing, it takes the text as it is in the fields now, so an
// edit not yet saved is printed too. Without JavaScript it holds the text
// the page was rendered with. Loaded with `defer`; no inline code (CSP).
"use strict";

(function () {
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("[data-print-from]").forEach(function (target) {
      const field = document.getElementById(target.dataset.printFrom);
      if (field) {
        target.textContent = field.value;
      }
    });
  });
})();
