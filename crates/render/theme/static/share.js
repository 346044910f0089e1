// First-party and optional, as every script of the theme: everything it improves works without it.
// - "Copy" buttons copy a field's text (the buttons stay hidden without this script).
// - Mastodon share links go straight to the reader's own instance once they have named it;
//   the instance is remembered in this browser only (localStorage), never sent to us.
(function () {
  "use strict";
  var KEY = "gazette.mastodon-instance";

  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        var label = button.textContent;
        // The page's word for it, from the theme's catalogue (data-copied).
        button.textContent = button.getAttribute("data-copied") || "Copied";
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });

  function validInstance(host) {
    return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(host);
  }

  document.querySelectorAll("a[data-mastodon-text]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var instance = null;
      try { instance = localStorage.getItem(KEY); } catch (e) { /* storage disabled */ }
      if (instance && validInstance(instance)) {
        event.preventDefault();
        var text = link.getAttribute("data-mastodon-text");
        window.open("https://" + instance + "/share?text=" + encodeURIComponent(text), "_blank", "noopener");
      }
    });
  });

  // On the "Share on Mastodon" page: remember the instance the reader types.
  var form = document.getElementById("mastodon-share");
  if (form) {
    form.addEventListener("submit", function () {
      var host = (form.elements.instance.value || "").trim().toLowerCase();
      if (validInstance(host)) {
        try { localStorage.setItem(KEY, host); } catch (e) { /* storage disabled */ }
      }
    });
  }
})();
