/* Tarinasto: library filters. Without this script every card shows and the filter
   options are plain links to the taxonomy pages; with it they filter in place, combine
   (any of the chosen keys within a facet, all facets together), show how many stories each
   choice would leave, offer to remove a choice when none is left, and live in the URL query
   so that a filtered view can be shared: /?sector=public-sector&service=facilitation */
(function () {
  "use strict";

  function setup(root) {
    var options = Array.prototype.slice.call(root.querySelectorAll("[data-ts-filters] [data-facet][data-key]"));
    var cards = Array.prototype.slice.call(root.querySelectorAll(".ts-cards > .ts-card"));
    var panels = Array.prototype.slice.call(root.querySelectorAll("[data-ts-filters] details[data-facet]"));
    var count = root.querySelector("[data-ts-count]");
    var clear = root.querySelector("[data-ts-clear]");
    var active = root.querySelector("[data-ts-active]");
    var empty = root.querySelector("[data-ts-empty]");
    var emptyChoices = root.querySelector("[data-ts-empty-choices]");
    var facets = [];
    var labels = {};
    options.forEach(function (option) {
      var facet = option.getAttribute("data-facet");
      if (facets.indexOf(facet) === -1) facets.push(facet);
      var label = option.querySelector(".ts-filter__label");
      labels[facet + " " + option.getAttribute("data-key")] = label ? label.textContent : option.textContent;
    });
    var titles = {};
    panels.forEach(function (panel) {
      var title = panel.querySelector("summary");
      titles[panel.getAttribute("data-facet")] = title ? title.firstChild.textContent.trim() : "";
    });
    // Each card's keys per facet, read once: filtering then touches no attribute but `hidden`.
    var cardKeys = cards.map(function (card) {
      var keys = {};
      facets.forEach(function (facet) {
        keys[facet] = (card.getAttribute("data-" + facet) || "").split(" ").filter(Boolean);
      });
      return keys;
    });

    function readQuery() {
      var params = new URLSearchParams(window.location.search);
      var chosen = {};
      facets.forEach(function (facet) {
        var values = params.getAll(facet).join(",").split(",").filter(Boolean);
        if (values.length) chosen[facet] = values;
      });
      return chosen;
    }

    function writeQuery(chosen) {
      var params = new URLSearchParams(window.location.search);
      facets.forEach(function (facet) { params.delete(facet); });
      Object.keys(chosen).forEach(function (facet) {
        chosen[facet].forEach(function (key) { params.append(facet, key); });
      });
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }

    // A card matches when, in every facet with a choice, it has one of the chosen keys;
    // `except` leaves one facet out (an option's count shows what choosing it would leave).
    function matches(keys, chosen, except) {
      return Object.keys(chosen).every(function (facet) {
        return facet === except || chosen[facet].some(function (key) { return keys[facet].indexOf(key) !== -1; });
      });
    }

    function chip(facet, key) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "ts-chip";
      button.textContent = (titles[facet] ? titles[facet] + ": " : "") + labels[facet + " " + key];
      button.setAttribute("data-remove-facet", facet);
      button.setAttribute("data-remove-key", key);
      return button;
    }

    function apply(chosen) {
      var shown = 0;
      var facetsChosen = Object.keys(chosen);
      cards.forEach(function (card, index) {
        var match = matches(cardKeys[index], chosen, null);
        card.hidden = !match;
        if (match) shown += 1;
      });
      var counts = {};
      facets.forEach(function (facet) {
        var perKey = {};
        cardKeys.forEach(function (keys) {
          if (!matches(keys, chosen, facet)) return;
          keys[facet].forEach(function (key) { perKey[key] = (perKey[key] || 0) + 1; });
        });
        counts[facet] = perKey;
      });
      options.forEach(function (option) {
        var facet = option.getAttribute("data-facet");
        var key = option.getAttribute("data-key");
        var on = !!chosen[facet] && chosen[facet].indexOf(key) !== -1;
        var n = counts[facet][key] || 0;
        option.setAttribute("aria-pressed", on ? "true" : "false");
        option.setAttribute("aria-disabled", n === 0 && !on ? "true" : "false");
        var number = option.querySelector(".ts-filter__count");
        if (number) number.textContent = String(n);
      });
      panels.forEach(function (panel) {
        var badge = panel.querySelector("[data-ts-chosen]");
        var n = (chosen[panel.getAttribute("data-facet")] || []).length;
        if (badge) { badge.hidden = n === 0; badge.textContent = String(n); }
      });
      if (count) {
        var template = count.getAttribute(shown === 1 ? "data-one" : "data-many") || "{n}";
        count.textContent = template.replace("{n}", String(shown));
      }
      if (clear) clear.hidden = facetsChosen.length === 0;
      [active, emptyChoices].forEach(function (holder) {
        if (!holder) return;
        holder.textContent = "";
        facetsChosen.forEach(function (facet) {
          chosen[facet].forEach(function (key) { holder.appendChild(chip(facet, key)); });
        });
      });
      if (active) active.hidden = facetsChosen.length === 0 || shown === 0;
      if (empty) empty.hidden = shown !== 0;
    }

    var state = readQuery();

    function toggle(facet, key) {
      var keys = state[facet] || [];
      keys = keys.indexOf(key) === -1 ? keys.concat([key]) : keys.filter(function (k) { return k !== key; });
      if (keys.length) state[facet] = keys; else delete state[facet];
      writeQuery(state);
      apply(state);
    }

    options.forEach(function (option) {
      option.setAttribute("role", "button");
      option.addEventListener("click", function (event) {
        event.preventDefault();
        toggle(option.getAttribute("data-facet"), option.getAttribute("data-key"));
      });
      option.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); option.click(); }
      });
    });
    root.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("[data-remove-facet]") : null;
      if (button) toggle(button.getAttribute("data-remove-facet"), button.getAttribute("data-remove-key"));
    });
    // One popover open at a time; a click elsewhere or Escape closes it.
    panels.forEach(function (panel) {
      panel.addEventListener("toggle", function () {
        if (panel.open) panels.forEach(function (other) { if (other !== panel) other.open = false; });
      });
    });
    document.addEventListener("click", function (event) {
      panels.forEach(function (panel) { if (panel.open && !panel.contains(event.target)) panel.open = false; });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      panels.forEach(function (panel) {
        if (panel.open) { panel.open = false; panel.querySelector("summary").focus(); }
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
