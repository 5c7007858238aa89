/* Tarinasto: library filters. Without this script every card shows and the filter
   options are plain links to the taxonomy pages; with it they filter in place, combine
   (any of the chosen keys within a facet, all facets together), and live in the URL
   query so that a filtered view can be shared: /?sector=public-sector&service=facilitation */
(function () {
  "use strict";

  function setup(root) {
    var options = Array.prototype.slice.call(root.querySelectorAll("[data-ts-filters] [data-facet][data-key]"));
    var cards = Array.prototype.slice.call(root.querySelectorAll(".ts-cards > .ts-card"));
    var count = root.querySelector("[data-ts-count]");
    var clear = root.querySelector("[data-ts-clear]");
    var empty = root.querySelector("[data-ts-empty]");
    var facets = {};
    options.forEach(function (option) { facets[option.getAttribute("data-facet")] = true; });
    // Each card's keys per facet, read once: filtering then touches no attribute but `hidden`.
    var cardKeys = cards.map(function (card) {
      var keys = {};
      Object.keys(facets).forEach(function (facet) {
        keys[facet] = (card.getAttribute("data-" + facet) || "").split(" ").filter(Boolean);
      });
      return keys;
    });

    function readQuery() {
      var params = new URLSearchParams(window.location.search);
      var chosen = {};
      Object.keys(facets).forEach(function (facet) {
        var values = params.getAll(facet).join(",").split(",").filter(Boolean);
        if (values.length) chosen[facet] = values;
      });
      return chosen;
    }

    function writeQuery(chosen) {
      var params = new URLSearchParams(window.location.search);
      Object.keys(facets).forEach(function (facet) { params.delete(facet); });
      Object.keys(chosen).forEach(function (facet) {
        chosen[facet].forEach(function (key) { params.append(facet, key); });
      });
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }

    function apply(chosen) {
      var shown = 0;
      var active = Object.keys(chosen);
      cards.forEach(function (card, index) {
        var keys = cardKeys[index];
        var match = active.every(function (facet) {
          return chosen[facet].some(function (key) { return keys[facet].indexOf(key) !== -1; });
        });
        card.hidden = !match;
        if (match) shown += 1;
      });
      options.forEach(function (option) {
        var facet = option.getAttribute("data-facet");
        var on = !!chosen[facet] && chosen[facet].indexOf(option.getAttribute("data-key")) !== -1;
        option.setAttribute("aria-pressed", on ? "true" : "false");
      });
      if (count) {
        var template = count.getAttribute(shown === 1 ? "data-one" : "data-many") || "{n}";
        count.textContent = template.replace("{n}", String(shown));
      }
      if (clear) clear.hidden = active.length === 0;
      if (empty) empty.hidden = shown !== 0;
    }

    var state = readQuery();
    // On a phone the stories come first: fold the filters unless the link chose some.
    var panel = root.querySelector("[data-ts-filter-panel]");
    if (panel && Object.keys(state).length === 0 && window.matchMedia("(max-width: 44.9375em)").matches) {
      panel.open = false;
    }
    options.forEach(function (option) {
      option.setAttribute("role", "button");
      option.addEventListener("click", function (event) {
        event.preventDefault();
        var facet = option.getAttribute("data-facet");
        var key = option.getAttribute("data-key");
        var keys = state[facet] || [];
        keys = keys.indexOf(key) === -1 ? keys.concat([key]) : keys.filter(function (k) { return k !== key; });
        if (keys.length) state[facet] = keys; else delete state[facet];
        writeQuery(state);
        apply(state);
      });
      option.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); option.click(); }
      });
    });
    if (clear) {
      clear.addEventListener("click", function () {
        state = {};
        writeQuery(state);
        apply(state);
      });
    }
    apply(state);
  }

  function init() {
    var root = document.querySelector("[data-ts-library]");
    if (root) setup(root);
  }

  /* Material fetches `sitemap.xml` beside every <link rel="alternate"> when the document is
     loaded (made for one build per language, each with its sitemap at its root). Our
     alternates are each page's absolute URL in every language, for search engines, and the
     language's Atom feed, so those fetches go to /<page>/sitemap.xml or /en/sitemap.xml, which
     do not exist (or to the production host in a preview), and our language switcher already
     leads to the same page. Keep the links out of that one scan: Material's DOMContentLoaded
     handler was added by its bundle, which runs before this script, and this script's
     handler puts `rel` back right after it. */
  function hideAlternatesFromMaterial() {
    if (document.readyState !== "loading") return;
    var links = Array.prototype.slice.call(document.querySelectorAll('link[rel="alternate"]'));
    links.forEach(function (link) { link.removeAttribute("rel"); });
    document.addEventListener("DOMContentLoaded", function () {
      links.forEach(function (link) { link.setAttribute("rel", "alternate"); });
    }, { once: true });
  }

  /* Material's search box is a role="dialog" without a name (axe: aria-dialog-name): name
     it as its own input is labelled, in the page's language ("Hae", "Search"). */
  function nameSearchDialog() {
    var dialog = document.querySelector('.md-search[role="dialog"]');
    var input = dialog && dialog.querySelector("input[name=query][aria-label]");
    if (input && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", input.getAttribute("aria-label"));
  }

  hideAlternatesFromMaterial();
  nameSearchDialog();

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
