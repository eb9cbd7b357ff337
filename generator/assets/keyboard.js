/* council-archive: Material's menu control is a <label> for a hidden checkbox,
   which a keyboard cannot reach or press; on phones, and on a desktop zoomed to
   400%, keyboard users could not open the navigation (WCAG 2.1.1). Make it a
   focusable button, and say whether it is open. Material's own script already
   clicks a focused label on Enter; Space, which presses any button, is added. */
(function () {
  var drawer = document.getElementById("__drawer");
  var toggles = document.querySelectorAll("label.md-header__button[for='__drawer']");
  if (!drawer) return;
  function sync() {
    toggles.forEach(function (label) { label.setAttribute("aria-expanded", String(drawer.checked)); });
  }
  toggles.forEach(function (label) {
    label.setAttribute("role", "button");
    label.setAttribute("tabindex", "0");
    label.setAttribute("aria-label", "Navigation menu");
    label.setAttribute("aria-controls", "__drawer");
    label.addEventListener("keydown", function (event) {
      if (event.key !== " ") return;
      event.preventDefault();
      drawer.click();  // toggles the checkbox and fires its change event, as a click would
    });
  });
  drawer.addEventListener("change", sync);
  sync();
})();
