/* The hub's search: one search over the chosen councils' own Pagefind bundles
   (<key>/pagefind/), merged into one Pagefind instance (mergeIndex), so results are
   ranked together. The councils chosen and the words are in the page's address
   (?q=...&councils=a&councils=b): a shared link keeps them. */
(function () {
  "use strict";
  var MAX_RESULTS = 30;
  var form = document.getElementById("hub-search");
  if (!form) return;
  var params = new URLSearchParams(window.location.search);
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=councils]"));
  var chosen = params.getAll("councils");
  if (chosen.length) boxes.forEach(function (b) { b.checked = chosen.indexOf(b.value) !== -1; });
  var term = (params.get("q") || "").trim();
  form.querySelector("input[name=q]").value = term;
  var status = document.getElementById("hub-search-status");
  var list = document.getElementById("hub-search-results");
  if (!term) return;
  var keys = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  if (!keys.length) { status.textContent = "Choose at least one council to search."; return; }
  var root = new URL("../", window.location.href);
  var names = {};
  boxes.forEach(function (b) { names[b.value] = b.getAttribute("data-name"); });
  function base(key) { return new URL(key + "/", root); }
  function councilOf(url) {
    return keys.filter(function (k) { return url.indexOf(base(k).pathname) === 0; })[0];
  }
  status.textContent = "Searching " + keys.length + (keys.length === 1 ? " council" : " councils") + "\u2026";

  /* Pagefind's excerpt is escaped text with <mark> around matches: keep only those. */
  function excerptNodes(html) {
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    var out = document.createDocumentFragment();
    doc.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "hub-result";
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    var council = document.createElement("p");
    council.className = "hub-result__council";
    council.textContent = names[councilOf(data.url)] || "";
    var excerpt = document.createElement("p");
    excerpt.appendChild(excerptNodes(data.excerpt || ""));
    li.appendChild(link);
    li.appendChild(council);
    li.appendChild(excerpt);
    return li;
  }

  import(new URL("pagefind/pagefind.js", base(keys[0])).href).then(function (pf) {
    return pf.options({baseUrl: base(keys[0]).pathname}).then(function () {
      return keys.slice(1).reduce(function (done, key) {
        return done.then(function () {
          return pf.mergeIndex(new URL("pagefind/", base(key)).pathname, {baseUrl: base(key).pathname});
        });
      }, Promise.resolve());
    }).then(function () { return pf.search(term); });
  }).then(function (found) {
    var shown = found.results.slice(0, MAX_RESULTS);
    return Promise.all(shown.map(function (r) { return r.data(); })).then(function (data) {
      data.forEach(function (d) { list.appendChild(item(d)); });
      status.textContent = found.results.length + (found.results.length === 1 ? " result" : " results") +
        (found.results.length > shown.length ? ", the best " + shown.length + " shown" : "") + ".";
    });
  }).catch(function (error) {
    status.textContent = "The search could not run: " + error;
  });
})();
