// A live character counter under each capped text field and text area
// (`data-max-chars`, set by PlainTextField): "You have 42 characters
// remaining", then "You have 12 characters too many". Nothing is cut: the
// server refuses over-long text with its own error, which also covers a
// browser without JavaScript. Loaded with `defer`; no inline code (CSP).
//
// The wording comes from the field, in the page's language, as one template
// per plural form (`data-chars-left-one`, `-other`, `data-chars-over-one`,
// `-other`), with `%(count)s` for the number.
"use strict";

(function () {
  const plurals = new Intl.PluralRules(document.documentElement.lang || "en");

  function wording(field, kind, count) {
    const form = plurals.select(count) === "one" ? "One" : "Other";
    const template = field.dataset["chars" + kind + form] || "";
    return template.replace("%(count)s", count.toLocaleString(document.documentElement.lang));
  }

  function update(field, counter) {
    // Counted as the server counts: code points (an emoji is one), and a
    // new line is one character.
    const left = Number(field.dataset.maxChars) - Array.from(field.value).length;
    const over = left < 0;
    counter.textContent = over ? wording(field, "Over", -left) : wording(field, "Left", left);
    counter.classList.toggle("text-danger", over);
    counter.classList.toggle("fw-semibold", over);
  }

  function attach(field) {
    if (!field.id || document.getElementById(field.id + "-counter")) {
      return;
    }
    const counter = document.createElement("div");
    counter.id = field.id + "-counter";
    counter.className = "form-text char-counter";
    counter.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", counter);
    const described = field.getAttribute("aria-describedby");
    field.setAttribute("aria-describedby", (described ? described + " " : "") + counter.id);
    update(field, counter);
    field.addEventListener("input", function () {
      update(field, counter);
    });
  }

  function init() {
    document.querySelectorAll("input[data-max-chars], textarea[data-max-chars]").forEach(attach);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
