// Offers a page in the reader's language, never forces it: no redirect, so crawlers and shared
// links see the page that was asked for. First-party and optional, like every script here.
// - The reader's browser languages (navigator.languages) are matched against the language
//   menu's links; when the page exists in one the reader reads and is not in it, a small notice
//   offers it, worded in that language (the link's data-offer, from the theme's catalogue).
// - Choosing a language (in the menu or the notice) or dismissing the notice is remembered in
//   this browser only (localStorage), never sent to us; a remembered choice is offered where
//   the page exists in it, and nothing else is offered again.
(function () {
  "use strict";
  var KEY = "gazette.language";
  var menu = document.querySelector(".language-menu");
  if (!menu) return;
  var links = Array.prototype.slice.call(menu.querySelectorAll("a[hreflang]"));
  var current = document.documentElement.lang;

  function remember(lang) {
    try { localStorage.setItem(KEY, lang); } catch (e) { /* storage disabled */ }
  }

  function remembered() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function primary(tag) {
    return tag.toLowerCase().split("-")[0];
  }

  // The link for `tag`: the same tag, else the same language (es-MX finds es).
  function linkFor(tag) {
    var exact = links.filter(function (a) {
      return a.hreflang.toLowerCase() === tag.toLowerCase();
    });
    if (exact.length) return exact[0];
    var near = links.filter(function (a) { return primary(a.hreflang) === primary(tag); });
    return near.length ? near[0] : null;
  }

  links.forEach(function (a) {
    a.addEventListener("click", function () { remember(a.hreflang); });
  });

  var choice = remembered();
  var wanted = choice ? [choice] : Array.prototype.slice.call(navigator.languages || []);
  var offer = null;
  for (var i = 0; i < wanted.length && !offer; i++) {
    var link = linkFor(wanted[i]);
    // The reader's first language the page exists in decides: if it is this page's, stay.
    if (link) offer = link;
  }
  if (!offer || primary(offer.hreflang) === primary(current)) return;

  var notice = document.createElement("aside");
  notice.className = "language-offer";
  notice.setAttribute("role", "note");
  notice.lang = offer.hreflang;
  var go = document.createElement("a");
  go.href = offer.href;
  go.hreflang = offer.hreflang;
  go.textContent = offer.getAttribute("data-offer");
  go.addEventListener("click", function () { remember(offer.hreflang); });
  var dismiss = document.createElement("button");
  dismiss.type = "button";
  dismiss.textContent = offer.getAttribute("data-dismiss");
  dismiss.addEventListener("click", function () {
    remember(current);
    notice.remove();
  });
  notice.appendChild(go);
  notice.appendChild(dismiss);
  var main = document.getElementById("main");
  main.parentNode.insertBefore(notice, main);
})();
