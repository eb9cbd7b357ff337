// council-archive: filter a commitments listing by status, portfolio, member and
// flags. The pages work without this: every status is a section of its own.
(function () {
  "use strict";
  var form = document.getElementById("ca-commitment-filter");
  if (!form) { return; }  // served on every page; only commitment listings have the form
  var items = Array.prototype.slice.call(document.querySelectorAll(".ca-tracked-list > li"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".ca-tracker .ca-group"));
  var count = form.querySelector(".ca-filter-count");
  var keys = ["status", "portfolio", "member"];

  function chosen(key) {
    var select = form.querySelector("select[name=" + key + "]");  // absent when only one choice
    return select ? select.value : "";
  }

  function matches(item, wanted) {
    var flags = (item.getAttribute("data-flags") || "").split(" ");
    return keys.every(function (key) {
      return !wanted[key] || item.getAttribute("data-" + key) === wanted[key];
    }) && wanted.flags.every(function (flag) { return flags.indexOf(flag) !== -1; });
  }

  function apply() {
    var wanted = { flags: [] };
    keys.forEach(function (key) { wanted[key] = chosen(key); });
    form.querySelectorAll("input[name=flag]:checked").forEach(function (box) { wanted.flags.push(box.value); });
    var shown = 0;
    items.forEach(function (item) { item.hidden = !matches(item, wanted); shown += item.hidden ? 0 : 1; });
    groups.forEach(function (group) { group.hidden = !group.querySelector("li:not([hidden])"); });
    var filtering = wanted.flags.length || keys.some(function (key) { return wanted[key]; });
    // a paged list filters only its own page: say so, so nobody takes it for the whole list
    var of = count.hasAttribute("data-ca-paged") ? " of the " + items.length + " commitments on this page."
      : " of " + items.length + " commitments.";
    count.textContent = filtering ? "Showing " + shown + of : "";
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
