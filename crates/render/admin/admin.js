// The admin's progressive parts: the editor's live preview and the filters over long checkbox
// lists. Every page works without this file; it only saves a round trip.
//
// (Embedded beside the templates and loaded as one by AdminViews, so it must not contain the
// template language's opening braces.)
(function () {
  "use strict";

  // Live preview: the body goes to the server, which renders and sanitises it exactly as a save
  // would, and the pane shows the answer. Debounced so typing does not send a request per key.
  var body = document.getElementById("body");
  var pane = document.getElementById("preview-pane");
  var form = body && body.form;
  if (body && pane && form) {
    var format = form.querySelector("[name=body_format]");
    var csrf = form.querySelector("[name=csrf]");
    var timer = null;
    var sent = 0;
    var refresh = function () {
      var ticket = ++sent;
      var data = new URLSearchParams();
      data.set("csrf", csrf.value);
      data.set("body", body.value);
      data.set("body_format", format ? format.value : "markdown");
      pane.setAttribute("aria-busy", "true");
      fetch("/admin/articles/preview", {
        method: "POST",
        body: data,
        credentials: "same-origin",
      })
        .then(function (res) {
          return res.ok ? res.text() : Promise.reject(res.status);
        })
        .then(function (html) {
          // An older answer arriving late must not replace a newer one.
          if (ticket === sent) {
            pane.innerHTML = html;
            pane.removeAttribute("aria-busy");
          }
        })
        .catch(function () {
          pane.removeAttribute("aria-busy");
        });
    };
    var later = function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 300);
    };
    body.addEventListener("input", later);
    if (format) format.addEventListener("change", refresh);
  }

  // Type-ahead over the taxonomy lists: a filter box hides the choices that do not match and
  // never the ones already chosen.
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-filter"));
    if (!list) return;
    input.hidden = false;
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      list.querySelectorAll("label").forEach(function (label) {
        var box = label.querySelector("input");
        var match = !q || label.textContent.toLowerCase().indexOf(q) >= 0;
        label.hidden = !(match || (box && box.checked));
      });
    });
  });

  // The chosen-count beside each list's heading.
  document.querySelectorAll("[data-count]").forEach(function (out) {
    var list = document.getElementById(out.getAttribute("data-count"));
    if (!list) return;
    var update = function () {
      var n = list.querySelectorAll("input:checked").length;
      out.textContent = n ? n + " chosen" : "";
    };
    list.addEventListener("change", update);
    update();
  });

  // Buttons that cannot be undone ask first.
  document.querySelectorAll("button[data-confirm]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      if (!window.confirm(button.getAttribute("data-confirm"))) event.preventDefault();
    });
  });
})();
