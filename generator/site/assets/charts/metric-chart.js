/* council-archive: keyboard and tooltips for the metric charts.
 *
 * Each <figure data-ca-chart> holds its chart drawn once, at build time (vl-convert,
 * from the Altair spec), as two SVGs: one for a wide column and one for a phone's,
 * the stylesheet showing one. Every point is an SVG link to its report, and its
 * aria-label says its value, as-of date and report: that reads without JavaScript,
 * in print and to screen readers. Here, with no chart library, each point also gets
 * a real <a> over it, one tab stop a chart: the arrow keys, Home and End move between
 * the readings, and focus or hover shows the point's words.
 */
(function () {
  "use strict";

  var POINT = 'a > [aria-roledescription="point"]';
  // One tab stop per chart (a long series would otherwise take hundreds of Tab
  // presses to pass); the arrow keys, Home and End move between its points.
  var MOVES = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

  function el(tag, className, parent) {
    var node = document.createElement(tag);
    node.className = className;
    parent.appendChild(node);
    return node;
  }

  function showTip(tip, link) {
    tip.textContent = link.getAttribute("aria-label");
    tip.hidden = false;
    var width = tip.offsetWidth, box = tip.parentNode.getBoundingClientRect();
    var left = parseFloat(link.style.left), top = parseFloat(link.style.top);
    // keep the tip inside the chart, on a 360 px phone too; below the point when no room above
    tip.style.left = Math.max(0, Math.min(left - width / 2, box.width - width)) + "px";
    var above = top - tip.offsetHeight - 16;
    tip.style.top = (above >= 0 ? above : top + 16) + "px";
  }

  function onKey(event, links, i) {
    var to = event.key === "Home" ? 0 : event.key === "End" ? links.length - 1
      : event.key in MOVES ? Math.max(0, Math.min(links.length - 1, i + MOVES[event.key])) : null;
    if (to === null) return;
    event.preventDefault();
    if (to === i) return;
    links[i].tabIndex = -1;
    links[to].tabIndex = 0;
    links[to].focus();
  }

  function pointLink(mark, i, group, tip) {
    var link = el("a", "ca-chart-point", group);
    link.href = mark.parentNode.getAttribute("xlink:href") || mark.parentNode.getAttribute("href");
    link.tabIndex = i === 0 ? 0 : -1;
    link.setAttribute("aria-label", mark.getAttribute("aria-label"));
    mark.parentNode.setAttribute("tabindex", "-1");  // the SVG's own link: the overlay stands for it
    link.addEventListener("focus", function () { showTip(tip, link); });
    link.addEventListener("mouseenter", function () { showTip(tip, link); });
    link.addEventListener("blur", function () { tip.hidden = true; });
    link.addEventListener("mouseleave", function () {
      if (document.activeElement !== link) tip.hidden = true;
    });
    return link;
  }

  function place(live, drawings, links) {
    var origin = live.getBoundingClientRect();
    var shown = drawings.filter(function (svg) { return svg.getBoundingClientRect().width > 0; })[0];
    if (!shown) return;
    shown.querySelectorAll(POINT).forEach(function (mark, i) {
      var box = mark.getBoundingClientRect();
      links[i].style.left = (box.left + box.width / 2 - origin.left) + "px";
      links[i].style.top = (box.top + box.height / 2 - origin.top) + "px";
    });
  }

  function enhance(figure) {
    var live = figure.querySelector(".ca-chart-live");
    var narrow = figure.querySelector(".ca-chart-static .ca-chart-narrow");
    var wide = figure.querySelector(".ca-chart-static .ca-chart-wide");
    if (!live || !narrow || !wide) return;
    live.appendChild(narrow);  // the build's drawings become the live chart: nothing is drawn twice
    live.appendChild(wide);
    live.hidden = false;
    var drawings = [narrow.querySelector("svg"), wide.querySelector("svg")];
    var marks = Array.prototype.slice.call(wide.querySelectorAll(POINT));
    narrow.querySelectorAll(POINT).forEach(function (mark) { mark.parentNode.setAttribute("tabindex", "-1"); });
    var tip = el("div", "ca-chart-tip", live);
    tip.hidden = true;
    tip.setAttribute("aria-hidden", "true");  // the link's own name says the same to screen readers
    var group = el("div", "ca-chart-points", live);
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Readings in the chart, oldest first: use the arrow keys to move between them");
    // Declares this one-tab-stop, arrow-key pattern to the keyboard quality gate
    // (tests/e2e/test_quality_gates.py), which then checks the arrow keys reach each link.
    group.setAttribute("data-ca-arrow-keys", "");
    var links = marks.map(function (mark, i) { return pointLink(mark, i, group, tip); });
    links.forEach(function (link, i) {
      link.addEventListener("keydown", function (event) { onKey(event, links, i); });
    });
    el("p", "ca-chart-hint ca-note", live).textContent = "Keyboard: Tab to the chart, then use the arrow " +
      "keys to move from reading to reading; Enter opens the report.";
    var again = function () { place(live, drawings, links); };
    again();
    if (window.ResizeObserver) new window.ResizeObserver(again).observe(live);
    else window.addEventListener("resize", again);
    figure.classList.add("ca-chart--live");
  }

  function start() {
    var figures = document.querySelectorAll("figure[data-ca-chart]");
    for (var i = 0; i < figures.length; i++) enhance(figures[i]);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;  // WCAG 1.4.13: a tip can be dismissed
    var tips = document.querySelectorAll(".ca-chart-tip");
    for (var i = 0; i < tips.length; i++) tips[i].hidden = true;
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
