// council-archive: filter the commitments page by status, portfolio, member and
// flags. The page works without this: every group is a section of its own.
(function () {
  "use strict";
  var form = document.getElementById("ca-commitment-filter");
  if (!form) { return; }  // served on every page; only the commitments page has the form
  var items = Array.prototype.slice.call(document.querySelectorAll(".ca-tracker li[data-status]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".ca-tracker .ca-group"));
  var count = form.querySelector(".ca-filter-count");
  var total = document.querySelectorAll(".ca-tracked-list > li").length;

  function matches(item, wanted) {
    var flags = (item.getAttribute("data-flags") || "").split(" ");
    return ["status", "portfolio", "member"].every(function (key) {
      return !wanted[key] || item.getAttribute("data-" + key) === wanted[key];
    }) && wanted.flags.every(function (flag) { return flags.indexOf(flag) !== -1; });
  }

  function apply() {
    var wanted = { status: form.status.value, portfolio: form.portfolio.value,
                   member: form.member.value, flags: [] };
    form.querySelectorAll("input[name=flag]:checked").forEach(function (box) { wanted.flags.push(box.value); });
    items.forEach(function (item) { item.hidden = !matches(item, wanted); });
    groups.forEach(function (group) { group.hidden = !group.querySelector("li[data-status]:not([hidden])"); });
    var shown = document.querySelectorAll(".ca-tracked-list > li:not([hidden])").length;
    var filtering = wanted.status || wanted.portfolio || wanted.member || wanted.flags.length;
    count.textContent = filtering ? "Showing " + shown + " of " + total + " commitments." : "";
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
