// Keeps what is typed as it is typed: a reload, a crash or a closed tab brought
// back loses nothing, even with the cursor still in a field. A form opts in with
// data-keep-typed="<key>". Loaded with `defer`; no inline code (CSP). Without
// JavaScript the forms work as before.
//
// - Local copy: on every keystroke each text field is copied to sessionStorage
//   (this tab only), with the values the server may hold for it: the one the
//   page showed, then those this form's htmx autosave sent. On load, a copy is
//   put back only where the page still shows one of those, so a value saved
//   since from elsewhere (another tab, say) is never overwritten by an old copy.
//   Submitting the form forgets its copy; submitting a form marked
//   data-keep-typed-forget="<key prefix>" ("Start again") forgets those copies.
// - Flush: with data-keep-typed-beacon="<url>", what the autosave has not stored
//   yet is sent there with navigator.sendBeacon when the page is hidden or left:
//   urlencoded (the server refuses multipart) with the form's own CSRF token,
//   plus the fields of data-keep-typed-beacon-params ("name=value&…"), if any.
"use strict";

(function () {
  const PREFIX = "keep-typed:";
  const MAX_KNOWN = 5; // values remembered per field (requests are queued: 2 suffice)
  const UNTYPED = [
    "hidden",
    "checkbox",
    "radio",
    "file",
    "password",
    "submit",
    "reset",
    "button",
    "image",
  ];
  // A form is being submitted: it carries what was typed, and a beacon sent now
  // could reach the server after it (and undo a "Start again", say).
  let submitting = false;

  function storage() {
    try {
      return window.sessionStorage;
    } catch (error) {
      return null; // storage disabled: the server autosave still runs
    }
  }

  function readCopy(key) {
    try {
      const copy = JSON.parse(storage().getItem(PREFIX + key) || "{}");
      return copy && typeof copy === "object" ? copy : {};
    } catch (error) {
      return {};
    }
  }

  function writeCopy(key, copy) {
    try {
      if (Object.keys(copy).length) {
        storage().setItem(PREFIX + key, JSON.stringify(copy));
      } else {
        storage().removeItem(PREFIX + key);
      }
    } catch (error) {
      // Storage full or disabled: the server autosave still runs.
    }
  }

  function forget(prefix) {
    try {
      const store = storage();
      for (let i = store.length - 1; i >= 0; i -= 1) {
        const name = store.key(i);
        if (name && name.startsWith(PREFIX + prefix)) {
          store.removeItem(name);
        }
      }
    } catch (error) {
      // Nothing was kept.
    }
  }

  function typedFields(form) {
    return Array.from(form.elements).filter(function (field) {
      return (
        field.name &&
        !field.disabled &&
        (field.tagName === "TEXTAREA" ||
          (field.tagName === "INPUT" && !UNTYPED.includes(field.type)))
      );
    });
  }

  function valuesOf(form) {
    const values = {};
    typedFields(form).forEach(function (field) {
      values[field.name] = field.value;
    });
    return values;
  }

  function encoded(form) {
    return new URLSearchParams(new FormData(form));
  }

  function keep(form) {
    const key = form.dataset.keepTyped;
    const copy = readCopy(key);
    const sending = new WeakMap(); // htmx request -> what it carries
    // Field name -> the values the server may hold for it, oldest first: the one
    // it last confirmed (at first, the one the page shows), then any sent since
    // (a request cut short by a reload may still reach the server after a beacon).
    const known = {};
    let saved = encoded(form).toString(); // the whole form, as the server holds it
    const restored = [];

    typedFields(form).forEach(function (field) {
      const shown = field.defaultValue; // as the server rendered it
      known[field.name] = [shown];
      const kept = copy[field.name];
      if (
        kept &&
        Array.isArray(kept.server) &&
        kept.server.includes(shown) &&
        typeof kept.value === "string" &&
        kept.value !== shown
      ) {
        field.value = kept.value;
        restored.push(field);
      }
    });

    function remember() {
      const fresh = {};
      typedFields(form).forEach(function (field) {
        const server = known[field.name];
        if (server && !(server.length === 1 && server[0] === field.value)) {
          fresh[field.name] = { server: server, value: field.value };
        }
      });
      writeCopy(key, fresh);
    }

    function sent(values) {
      Object.keys(values).forEach(function (name) {
        const server = known[name];
        if (server && server[server.length - 1] !== values[name]) {
          server.push(values[name]);
          if (server.length > MAX_KNOWN) {
            server.shift();
          }
        }
      });
    }

    function confirmed(values) {
      Object.keys(values).forEach(function (name) {
        const server = known[name];
        if (server) {
          const at = server.lastIndexOf(values[name]);
          known[name] = at < 0 ? [values[name]] : server.slice(at);
        }
      });
    }

    function flush() {
      const url = form.dataset.keepTypedBeacon;
      if (!url || submitting || typeof navigator.sendBeacon !== "function") {
        return;
      }
      const data = encoded(form);
      const current = data.toString();
      if (current === saved) {
        return;
      }
      new URLSearchParams(form.dataset.keepTypedBeaconParams || "").forEach(function (value, name) {
        data.set(name, value);
      });
      if (navigator.sendBeacon(url, data)) {
        saved = current;
      }
    }

    remember(); // drops the copies that were not put back
    form.addEventListener("input", remember);
    form.addEventListener("htmx:beforeRequest", function (event) {
      if (event.target === form) {
        const request = { values: valuesOf(form), all: encoded(form).toString() };
        sending.set(event.detail.xhr, request);
        sent(request.values);
        remember();
      }
    });
    form.addEventListener("htmx:afterRequest", function (event) {
      const request = event.target === form && sending.get(event.detail.xhr);
      if (request && event.detail.successful) {
        confirmed(request.values);
        saved = request.all;
        remember();
      }
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") {
        flush();
      }
    });
    window.addEventListener("pagehide", flush);

    restored.forEach(function (field) {
      const details = field.closest("details");
      if (details) {
        details.open = true;
      }
      // Lets the autosave store it and the page follow it (quality check, mailto).
      field.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }

  document.addEventListener("submit", function (event) {
    // Runs after wait-for-htmx.js, which may hold a submit back until the autosave is done.
    if (event.defaultPrevented) {
      return;
    }
    submitting = true;
    const form = event.target;
    if (form.dataset.keepTyped !== undefined) {
      writeCopy(form.dataset.keepTyped, {});
    }
    if (form.dataset.keepTypedForget !== undefined) {
      forget(form.dataset.keepTypedForget);
    }
  });
  // Still typing after a submit that kept the page (a PDF download).
  document.addEventListener("input", function () {
    submitting = false;
  });

  function start() {
    document.querySelectorAll("form[data-keep-typed]").forEach(keep);
  }

  // After htmx has set up the forms, so that a copy put back is autosaved too:
  // deferred scripts run before DOMContentLoaded, and htmx listens to it first.
  if (document.readyState === "complete") {
    start();
  } else {
    document.addEventListener("DOMContentLoaded", start);
  }
})();
