// The home page's sample switch. Without JavaScript each channel is a link
// (`?sample=sms`) and the server shows that sample; with it, a click shows
// the sample at once, keeps the address in step and leaves focus on the link.
"use strict";

(function () {
  function wire(root) {
    var links = root.querySelectorAll("[data-sample]");
    var panels = root.querySelectorAll("[data-sample-panel]");

    function show(channel) {
      links.forEach(function (link) {
        var current = link.getAttribute("data-sample") === channel;
        link.classList.toggle("active", current);
        if (current) {
          link.setAttribute("aria-current", "true");
        } else {
          link.removeAttribute("aria-current");
        }
      });
      panels.forEach(function (panel) {
        panel.hidden = panel.getAttribute("data-sample-panel") !== channel;
      });
    }

    links.forEach(function (link) {
      link.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
          return; // a new tab or window: let the link do it
        }
        event.preventDefault();
        show(link.getAttribute("data-sample"));
        window.history.replaceState(null, "", link.getAttribute("href"));
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".home-samples").forEach(wire);
  });
})();
