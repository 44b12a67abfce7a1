// The colour theme: Bootstrap's colour modes (`data-bs-theme` on <html>).
// "auto" follows the system (prefers-color-scheme); "light" and "dark" are the
// person's choice from the header switch, remembered in localStorage.
//
// Loaded in <head> without `defer`, so the theme is set before the first
// paint; the switch buttons are wired once the page is parsed. No inline
// code (CSP).
"use strict";

(function () {
  var KEY = "decliner-theme";
  var CHOICES = ["auto", "light", "dark"];
  var system = window.matchMedia("(prefers-color-scheme: dark)");

  function stored() {
    try {
      var value = window.localStorage.getItem(KEY);
      return CHOICES.indexOf(value) >= 0 ? value : "auto";
    } catch (error) {
      return "auto"; // storage refused (privacy settings): follow the system
    }
  }

  function remember(choice) {
    try {
      if (choice === "auto") {
        window.localStorage.removeItem(KEY);
      } else {
        window.localStorage.setItem(KEY, choice);
      }
    } catch (error) {
      // Not remembered, but still applied to this page.
    }
  }

  function apply(choice) {
    var theme = choice === "auto" ? (system.matches ? "dark" : "light") : choice;
    document.documentElement.setAttribute("data-bs-theme", theme);
    document.querySelectorAll("[data-theme-choice]").forEach(function (button) {
      var pressed = button.getAttribute("data-theme-choice") === choice;
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
      button.classList.toggle("btn-secondary", pressed);
      button.classList.toggle("btn-outline-secondary", !pressed);
    });
  }

  apply(stored());
  system.addEventListener("change", function () {
    apply(stored());
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".theme-switch").forEach(function (group) {
      group.hidden = false;
    });
    document.addEventListener("click", function (event) {
      var button = event.target.closest("[data-theme-choice]");
      if (!button) {
        return;
      }
      var choice = button.getAttribute("data-theme-choice");
      remember(choice);
      apply(choice);
    });
    apply(stored());
  });
})();
