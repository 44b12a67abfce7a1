// A form submitted while an htmx request (advice, autosave) is still on its
// way waits for it: leaving the page would abort it, and both requests write
// the same wizard session, so the later one could undo what the other stored.
// Loaded with `defer`; no inline code (CSP). Without JavaScript the forms work
// as before.
//
// htmx's own hx-sync cannot do this: it lines up htmx requests, while "Next",
// "Previous", the progress buttons, "Download PDF" and "Save" are ordinary
// form submissions that load a new page (or a file).
//
// The other way round, an autosave never takes a submit button for its own:
// htmx sends a form's request to the `formaction` of the button last clicked
// or focused in it, with that button's name and value. The preview's buttons
// are "Download PDF" and "Save to my history", so an autosave that fired
// while one of them had the focus rendered a second PDF or saved a draft.
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
  document.addEventListener("htmx:configRequest", function (event) {
    const form = event.detail.elt;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("hx-post")) {
      return;
    }
    event.detail.path = form.getAttribute("hx-post");
    // form.elements: the buttons placed outside the form (form="…") too.
    Array.from(form.elements).forEach(function (element) {
      if (element.type === "submit" && element.name) {
        event.detail.parameters.delete(element.name);
      }
    });
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
