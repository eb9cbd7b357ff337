/* council-archive: Material's menu control is a <label> for a hidden checkbox,
   which a keyboard cannot reach or press; on phones, and on a desktop zoomed to
   400%, keyboard users could not open the navigation (WCAG 2.1.1). Make it a
   focusable button, and say whether it is open. Material's own script already
   clicks a focused label on Enter; Space, which presses any button, is added.
   Opened from the keyboard, focus moves into the drawer; Escape closes it and
   returns focus to the button (2.4.3). */
(function () {
  var drawer = document.getElementById("__drawer");
  var toggle = document.querySelector("label.md-header__button[for='__drawer']");
  if (!drawer || !toggle) return;
  var fromKeyboard = false;
  toggle.setAttribute("role", "button");
  toggle.setAttribute("tabindex", "0");
  toggle.setAttribute("aria-label", "Navigation menu");
  toggle.setAttribute("aria-controls", "__drawer");
  toggle.addEventListener("keydown", function (event) {
    if (event.key === "Enter" || event.key === " ") fromKeyboard = true;
    if (event.key !== " ") return;
    event.preventDefault();
    drawer.click();  // toggles the checkbox and fires its change event, as a click would
  });
  drawer.addEventListener("change", function () {
    toggle.setAttribute("aria-expanded", String(drawer.checked));
    if (drawer.checked && fromKeyboard) {
      var first = document.querySelector(".md-sidebar--primary a.md-nav__link[href]");
      if (first) setTimeout(function () { first.focus(); }, 0);  // once it is visible
    }
    fromKeyboard = false;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && drawer.checked) {
      drawer.click();
      toggle.focus();
    }
  });
  toggle.setAttribute("aria-expanded", String(drawer.checked));
})();
