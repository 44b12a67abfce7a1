// A form submitted while an htmx request (advice, autosave) is still on its
// way waits for it: leaving the page would abort it, and both requests write
// the same wizard session, so the later one could undo what the other stored.
// Loaded with `defer`; no inline code (CSP). Without JavaScript the forms work
// as before.
//
// htmx's own hx-sync cannot do this: it lines up htmx requests, while "Next",
// "Previous", the progress buttons, "Download PDF" and "Save" are ordinary
// form submissions that load a new page (or a file).
"use strict";

(function () {
  const MAX_WAIT_MS = 3000;
  let pending = 0;
  let deferred = null;

  function releaseDeferred() {
    if (deferred) {
      const submit = deferred;
      deferred = null;
      submit();
    }
  }

  document.addEventListener("htmx:beforeSend", function () {
    pending += 1;
  });
  document.addEventListener("htmx:afterRequest", function () {
    pending = Math.max(0, pending - 1);
    // Let htmx send a queued request first: the deferred submit then waits for it.
    window.setTimeout(function () {
      if (pending === 0) {
        releaseDeferred();
      }
    }, 0);
  });
  document.addEventListener(
    "submit",
    function (event) {
      if (pending === 0 || event.defaultPrevented) {
        return;
      }
      event.preventDefault();
      const form = event.target;
      const submitter = event.submitter;
      deferred = function () {
        if (submitter && submitter.form === form) {
          form.requestSubmit(submitter);
        } else {
          form.requestSubmit();
        }
      };
      window.setTimeout(function () {
        pending = 0;
        releaseDeferred();
      }, MAX_WAIT_MS);
    },
    true,
  );
})();
