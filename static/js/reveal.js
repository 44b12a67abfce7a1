// Questions asked only when another answer makes them relevant. A region
// marked data-reveal-when="<input name>" data-reveal-values="a b" is shown
// while one of the inputs of that name is ticked with one of those values
// ("on" for a tick box without a value), hidden otherwise. The server renders
// each region hidden or shown for the answers it has, and ignores a hidden
// question, so without JavaScript the page is right after "Next". Loaded with
// `defer`; no inline code (CSP).
//
// - Each input that can reveal a region gets aria-controls (the region), as in
//   the GOV.UK conditional radios; not aria-expanded, which radios and tick
//   boxes do not support (ARIA 1.2; GOV.UK Frontend dropped it for that).
// - A region hidden while focus is inside gives the focus to its controller.
// - <details data-keep-open> in the advice panel stay open when htmx replaces
//   the panel with fresh advice.
"use strict";

(function () {
  function controllers(region) {
    const form = region.closest("form") || document;
    const name = region.dataset.revealWhen;
    return Array.from(form.querySelectorAll("input")).filter((input) => input.name === name);
  }

  function revealingValues(region) {
    return (region.dataset.revealValues || "").split(" ").filter(Boolean);
  }

  function sync(region) {
    const values = revealingValues(region);
    const inputs = controllers(region);
    const shown = inputs.some((input) => input.checked && values.includes(input.value));
    inputs
      .filter((input) => values.includes(input.value))
      .forEach((input) => {
        // One answer may reveal several regions: aria-controls lists them all.
        const ids = (input.getAttribute("aria-controls") || "").split(" ").filter(Boolean);
        if (!ids.includes(region.id)) {
          input.setAttribute("aria-controls", ids.concat(region.id).join(" "));
        }
      });
    if (!shown && region.contains(document.activeElement)) {
      const target = inputs.find((input) => input.checked) || inputs[0];
      if (target) {
        target.focus();
      }
    }
    region.hidden = !shown;
  }

  function regions() {
    return Array.from(document.querySelectorAll("[data-reveal-when]"));
  }

  function syncAll() {
    regions().forEach(sync);
  }

  document.addEventListener("change", (event) => {
    const name = event.target && event.target.name;
    if (name) {
      regions()
        .filter((region) => region.dataset.revealWhen === name)
        .forEach(sync);
    }
  });
  // A page brought back from the history, or whose ticks the browser restored.
  window.addEventListener("pageshow", syncAll);
  syncAll();

  let openDetails = [];
  document.addEventListener("htmx:beforeSwap", (event) => {
    const target = event.detail && event.detail.target;
    openDetails = target
      ? Array.from(target.querySelectorAll("details[data-keep-open][open]")).map((d) => d.id)
      : [];
  });
  document.addEventListener("htmx:afterSwap", () => {
    openDetails.forEach((id) => {
      const details = id && document.getElementById(id);
      if (details) {
        details.open = true;
      }
    });
    openDetails = [];
  });
})();
