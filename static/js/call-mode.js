// Call mode (templates/messages_app/call.html). Loaded with `defer`; no
// inline code (CSP). Two jobs:
//
// - keep the screen awake while the page is open (Screen Wake Lock API where
//   the browser has it), asking again when the page comes back into view: the
//   browser releases the lock whenever the tab is hidden. The note under the
//   bar says whether it worked (`data-on`) or not (`data-off`, also what the
//   page says without JavaScript); <html data-wake-lock> is "on", "refused"
//   or "unsupported";
// - remember the ticked points for this tab (sessionStorage), so a reload or
//   a look at the preview does not untick them.
"use strict";

(function () {
  const root = document.documentElement;
  const note = document.getElementById("wake-lock-note");
  let lock = null;

  function say(state) {
    root.dataset.wakeLock = state;
    if (note) {
      note.dataset.state = state === "on" ? "on" : "off";
      note.textContent = state === "on" ? note.dataset.on : note.dataset.off;
    }
  }

  function keepAwake() {
    if (!("wakeLock" in navigator)) {
      say("unsupported");
      return;
    }
    if (lock && !lock.released) {
      return;
    }
    navigator.wakeLock.request("screen").then(
      function (sentinel) {
        lock = sentinel;
        say("on");
        sentinel.addEventListener("release", function () {
          if (document.visibilityState === "visible") {
            say("refused");
          }
        });
      },
      function () {
        say("refused");
      },
    );
  }

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      keepAwake();
    }
  });

  function rememberTicks(list) {
    const key = list.dataset.callKey;
    const boxes = Array.from(list.querySelectorAll("input[type=checkbox]"));
    let saved = [];
    try {
      saved = JSON.parse(window.sessionStorage.getItem(key) || "[]");
    } catch (error) {
      saved = [];
    }
    boxes.forEach(function (box) {
      box.checked = saved.indexOf(box.id) !== -1;
    });
    list.addEventListener("change", function () {
      const ticked = boxes.filter((box) => box.checked).map((box) => box.id);
      try {
        window.sessionStorage.setItem(key, JSON.stringify(ticked));
      } catch (error) {
        // Storage refused (private mode): the ticks simply last as long as the page.
      }
    });
  }

  keepAwake();
  document.querySelectorAll("[data-call-key]").forEach(rememberTicks);
})();
