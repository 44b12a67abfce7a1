// The wizard's small behaviours. Loaded with `defer`; no inline code (CSP).
// Everything here is an enhancement: the pages work without JavaScript.
"use strict";

(function () {
  function announce(region, text) {
    if (!region) {
      return;
    }
    // Clear first so that the same message is announced again.
    region.textContent = "";
    window.setTimeout(function () {
      region.textContent = text;
    }, 30);
  }

  function copyFrom(button) {
    var source = document.getElementById(button.dataset.copyTarget);
    var status = document.getElementById(button.dataset.copyStatus);
    if (!source) {
      return;
    }
    var fallback = function () {
      source.focus();
      source.select();
      announce(status, button.dataset.copyFallback);
    };
    if (!navigator.clipboard || !window.isSecureContext) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(source.value).then(function () {
      announce(status, button.dataset.copyDone);
    }, fallback);
  }

  // "Open in my mail client" follows the edited subject and body.
  function updateMailto() {
    var link = document.getElementById("mailto-link");
    if (!link) {
      return;
    }
    var subject = document.getElementById(link.dataset.mailtoSubject);
    var body = document.getElementById(link.dataset.mailtoBody);
    var text = body ? body.value.replace(/\r\n|\r|\n/g, "\r\n") : "";
    link.href =
      "mailto:?subject=" +
      encodeURIComponent(subject ? subject.value : "") +
      "&body=" +
      encodeURIComponent(text);
  }

  // Going to another step through the progress bar saves the current step
  // first, like "Previous" does.
  function gotoStep(link, event) {
    var form = document.getElementById("wizard-form");
    if (!form || typeof form.requestSubmit !== "function") {
      return;
    }
    event.preventDefault();
    var field = form.querySelector("input[name='wizard_goto_step'][type='hidden']");
    if (!field) {
      field = document.createElement("input");
      field.type = "hidden";
      field.name = "wizard_goto_step";
      form.appendChild(field);
    }
    field.value = link.dataset.gotoStep;
    form.requestSubmit();
  }

  // A form submitted while an htmx request (advice, autosave) is still on its
  // way waits for it: leaving the page would abort it, and both requests
  // write the same wizard session.
  var pending = 0;
  var deferred = null;
  var MAX_WAIT_MS = 3000;

  function releaseDeferred() {
    if (deferred) {
      var submit = deferred;
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
      var form = event.target;
      var submitter = event.submitter;
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
    true
  );

  document.addEventListener("click", function (event) {
    var copy = event.target.closest("[data-copy-target]");
    if (copy) {
      event.preventDefault();
      copyFrom(copy);
      return;
    }
    var goto = event.target.closest("[data-goto-step]");
    if (goto) {
      gotoStep(goto, event);
    }
  });

  document.addEventListener("input", function (event) {
    var link = document.getElementById("mailto-link");
    if (
      link &&
      (event.target.id === link.dataset.mailtoSubject ||
        event.target.id === link.dataset.mailtoBody)
    ) {
      updateMailto();
    }
  });
})();
