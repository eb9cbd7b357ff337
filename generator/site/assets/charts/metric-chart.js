/* council-archive: the interactive metric charts.
 *
 * Each <figure data-ca-chart="x.vl.json"> holds a static SVG of the chart (for
 * no JavaScript, print and screen readers). Here we draw the same Vega-Lite
 * spec with the vega, vega-lite and vega-embed files the site serves itself,
 * with {ast: true} so expressions run in vega-embed's interpreter, never in
 * eval/new Function: the chart works under a CSP of script-src 'self'.
 *
 * Vega's own links are mouse-only, so each point also gets a real <a> over it:
 * the keyboard reaches every point's report in date order, and hovering or
 * focusing a point shows its value, as-of date and report.
 */
(function () {
  "use strict";

  var EMBED_OPTIONS = {
    renderer: "svg",
    ast: true,            // CSP-safe: no eval, no new Function
    actions: false,       // no export menu (it would open vega's online editor)
    tooltip: false,       // our own tooltip, shown on focus as well as hover
    defaultStyle: false   // vega-embed would inject a <style>, which a strict CSP blocks
  };

  function pointsLayer(spec) {
    var layers = spec.layer || [spec];
    for (var i = 0; i < layers.length; i++) {
      if (layers[i].encoding && layers[i].encoding.href) return (layers[i].data || spec.data).values;
    }
    return [];
  }

  function makeTip(figure) {
    var tip = document.createElement("div");
    tip.className = "ca-chart-tip";
    tip.hidden = true;
    tip.setAttribute("aria-hidden", "true");  // the link's own name says the same to screen readers
    figure.querySelector(".ca-chart-live").appendChild(tip);
    return tip;
  }

  function showTip(tip, link) {
    tip.textContent = link.getAttribute("aria-label");
    tip.hidden = false;
    var box = tip.parentNode.getBoundingClientRect();
    var left = parseFloat(link.style.left);
    var width = tip.offsetWidth;
    // keep the tip inside the chart, on a 360 px phone too
    tip.style.left = Math.max(0, Math.min(left - width / 2, box.width - width)) + "px";
    var top = parseFloat(link.style.top);
    var above = top - tip.offsetHeight - 16;
    tip.style.top = (above >= 0 ? above : top + 16) + "px";  // below the point when no room above
  }

  // One tab stop per chart (a long series would otherwise take hundreds of Tab
  // presses to pass); the arrow keys, Home and End move between its points.
  var MOVES = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

  function rove(links, from, to) {
    links[from].tabIndex = -1;
    links[to].tabIndex = 0;
    links[to].focus();
  }

  function onPointKey(event, links, i) {
    var to = event.key === "Home" ? 0 : event.key === "End" ? links.length - 1
      : event.key in MOVES ? Math.max(0, Math.min(links.length - 1, i + MOVES[event.key])) : null;
    if (to === null) return;
    event.preventDefault();
    if (to !== i) rove(links, i, to);
  }

  function makeLinks(figure, rows, tip) {
    var group = document.createElement("div");
    group.className = "ca-chart-points";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Readings in the chart, oldest first: use the arrow keys to move between them");
    // Declares this one-tab-stop, arrow-key pattern to the keyboard quality gate
    // (tests/e2e/test_quality_gates.py), which then checks the arrow keys reach each link.
    group.setAttribute("data-ca-arrow-keys", "");
    figure.querySelector(".ca-chart-live").appendChild(group);
    var links = rows.map(function (row, i) {
      var link = document.createElement("a");
      link.className = "ca-chart-point";
      link.href = row.href;
      link.tabIndex = i === 0 ? 0 : -1;
      link.setAttribute("aria-label", row.label);
      link.addEventListener("focus", function () { showTip(tip, link); });
      link.addEventListener("mouseenter", function () { showTip(tip, link); });
      link.addEventListener("blur", function () { tip.hidden = true; });
      link.addEventListener("mouseleave", function () {
        if (document.activeElement !== link) tip.hidden = true;
      });
      group.appendChild(link);
      return link;
    });
    links.forEach(function (link, i) {
      link.addEventListener("keydown", function (event) { onPointKey(event, links, i); });
    });
    return links;
  }

  function addHint(figure) {
    var hint = document.createElement("p");
    hint.className = "ca-chart-hint ca-note";
    hint.textContent = "Keyboard: Tab to the chart, then use the arrow keys to move from reading to reading; " +
      "Enter opens the report.";
    figure.querySelector(".ca-chart-live").appendChild(hint);
  }

  function placeLinks(view, figure, rows, links) {
    var svg = figure.querySelector(".ca-chart-live svg");
    if (!svg) return;
    var live = figure.querySelector(".ca-chart-live").getBoundingClientRect();
    var frame = svg.getBoundingClientRect();
    var origin = view.origin();
    var padding = view.padding();  // the renderer shifts the scene by the padding too
    var x = view.scale("x");
    var y = view.scale("y");
    rows.forEach(function (row, i) {
      links[i].style.left = (frame.left - live.left + padding.left + origin[0] + x(Date.parse(row.as_of))) + "px";
      links[i].style.top = (frame.top - live.top + padding.top + origin[1] + y(row.value)) + "px";
    });
  }

  function draw(figure) {
    var live = figure.querySelector(".ca-chart-live");
    return fetch(figure.getAttribute("data-ca-chart"))
      .then(function (response) {
        if (!response.ok) throw new Error("chart spec " + response.status);
        return response.json();
      })
      .then(function (spec) {
        var rows = pointsLayer(spec);  // before vega-lite compiles (and normalises) the spec
        spec.width = "container";  // fill the column, down to a 360 px phone
        spec.autosize = { type: "fit-x", contains: "padding" };
        live.hidden = false;
        return window.vegaEmbed(live, spec, EMBED_OPTIONS).then(function (result) {
          var tip = makeTip(figure);
          var links = makeLinks(figure, rows, tip);
          addHint(figure);
          var place = function () { placeLinks(result.view, figure, rows, links); };
          result.view.addSignalListener("width", function () { result.view.runAfter(place); });
          place();
          figure.classList.add("ca-chart--live");
        });
      })
      .catch(function (error) {
        // the static chart stays in place: nothing is lost
        live.hidden = true;
        if (window.console) window.console.warn("council-archive chart:", error);
      });
  }

  function start() {
    if (!window.vegaEmbed || !window.fetch) return;
    var figures = document.querySelectorAll("figure[data-ca-chart]");
    for (var i = 0; i < figures.length; i++) draw(figures[i]);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;  // WCAG 1.4.13: a tip can be dismissed
    var tips = document.querySelectorAll(".ca-chart-tip");
    for (var i = 0; i < tips.length; i++) tips[i].hidden = true;
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
