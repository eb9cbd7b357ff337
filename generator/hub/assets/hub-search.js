/* The hub's search: one search over the chosen councils' own Pagefind indexes, every
   date shard of each (<key>/pagefind/shards.json), in one Pagefind instance: the
   first council's library, the other indexes merged into it (mergeIndex), each
   tagged with its council (mergeFilter), so a search can ask one council for its
   results. search-shards.js, the councils' own shard client, does the paging.

   Newest first (the default, as on a council's own site): each council's shards are
   read newest first and the councils' results are merged by date. An older shard is
   merged only when the page reaches its dates: its manifest's newest date is known
   before it loads.
   Best match: every shard of every chosen council is merged and Pagefind ranks the
   results together by score.

   The councils chosen, the words and the order are in the page's address
   (?q=...&councils=a&councils=b&order=relevance for best match): a shared link keeps
   them. Older links said order=date for newest first, now the default. */
(function () {
  "use strict";
  var PAGE = 10;
  // Every indexed page carries this word (the councils' search_data.html): never shown
  var EVERY_PAGE = "caeverypage";
  var Shards = window.CouncilArchiveSearchShards;
  var form = document.getElementById("hub-search");
  if (!form || !Shards) return;
  var params = new URLSearchParams(window.location.search);
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=councils]"));
  var chosen = params.getAll("councils");
  if (chosen.length) boxes.forEach(function (b) { b.checked = chosen.indexOf(b.value) !== -1; });
  var term = (params.get("q") || "").trim();
  var BEST_MATCH = "relevance";
  var byDate = params.get("order") !== BEST_MATCH;
  form.querySelector("input[name=q]").value = term;
  form.querySelector("select[name=order]").value = byDate ? "" : BEST_MATCH;
  var status = document.getElementById("hub-search-status");
  var list = document.getElementById("hub-search-results");
  var more = document.getElementById("hub-search-more");
  if (!term) return;
  var keys = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  if (!keys.length) { status.textContent = "Choose at least one council to search."; return; }
  var root = new URL("../", window.location.href);
  var names = {};
  boxes.forEach(function (b) { names[b.value] = b.getAttribute("data-name"); });
  function base(key) { return new URL(key + "/", root); }
  status.textContent = "Searching " + keys.length + (keys.length === 1 ? " council" : " councils") + "\u2026";

  /* The hub's one Pagefind: the first chosen council's library; merges run one at a time. */
  var hub = {chain: Promise.resolve(), library: null};
  hub.load = function () {
    if (!this.library) {
      var first = keys[0];
      this.library = import(new URL("pagefind/pagefind.js", base(first)).href).then(function (pf) {
        return pf.options({baseUrl: base(first).pathname, mergeFilter: {council: first}})
          .then(function () { return pf; });
      });
    }
    return this.library;
  };

  /* One council's shards inside the hub's Pagefind: search-shards.js's client, its
     indexes merged into the shared library with the council's name on them. */
  function CouncilShards(key) {
    Shards.call(this, new URL("pagefind/", base(key)), base(key).pathname);
    this.key = key;
    this.primary = key === keys[0];
  }
  CouncilShards.prototype = Object.create(Shards.prototype);

  CouncilShards.prototype.load = function () {
    var self = this;
    if (!this.ready) {
      var manifest = fetch(new URL("shards.json", this.bundleUrl).href).then(function (response) {
        return response.ok ? response.json() : {version: 1, shards: [{path: "", newest: null, totals: null}]};
      });
      this.ready = Promise.all([manifest, hub.load()]).then(function (both) {
        self.manifest = both[0];
        self.pf = both[1];
        return self.merge(0);
      }).then(function () { return self; });
    }
    return this.ready;
  };

  CouncilShards.prototype.merge = function (n) {
    var self = this;
    if (n === 0 && this.primary) return Promise.resolve();
    if (!this.merges[n]) {
      var path = new URL(this.manifest.shards[n].path, this.bundleUrl).pathname;
      this.merges[n] = hub.chain = hub.chain.then(function () {
        return self.pf.mergeIndex(path, {baseUrl: self.baseUrl, mergeFilter: {council: self.key}});
      });
    }
    return this.merges[n];
  };

  /* The council filter is the hub's own: a shard's totals know only its filters. */
  CouncilShards.prototype.mayHold = function (n, filters) {
    var own = Object.assign({}, filters);
    delete own.council;
    return Shards.prototype.mayHold.call(this, n, own);
  };

  /* Best match: every shard merged, one search, ranked by Pagefind's score. */
  function bestAcross(councils) {
    var merges = [], sharded = false;
    councils.forEach(function (c) {
      for (var n = 1; n < c.count(); n++) merges.push(c.merge(n));
      sharded = sharded || c.count() > 1;
    });
    var filters = sharded ? {not: {shard: "vocabulary"}} : {};
    return Promise.all(merges).then(function () {
      return councils[0].pf.search(term, {filters: filters});
    }).then(function (found) {
      var results = found.results;
      return {
        left: function () { return results.length; },
        take: function (n) {
          return Promise.all(results.splice(0, n).map(function (r) { return r.data(); }));
        },
        mayHaveMore: function () { return results.length > 0; }
      };
    });
  }

  /* Newest first: each council's results in date order (search-shards.js), merged by
     date. A council whose found results are used up is read further only when its
     next shard's newest date could come before every other council's next result. */
  function newestAcross(councils) {
    var streams = councils.map(function (c) {
      return {council: c, cursor: c.cursor(term, {council: c.key}, true), head: null, done: false};
    });
    function bound(s) {  // the newest date s could give next, without loading anything
      if (s.head) return s.head.meta.date || "";
      if (s.cursor.pending() > 0) return "9999";  // found, fragment not loaded yet
      var shard = s.council.manifest.shards[s.cursor.next];
      return shard && shard.newest ? shard.newest : "9999";
    }
    function fill(s) {
      if (s.head || s.done) return Promise.resolve();
      if (!s.cursor.mayHaveMore()) { s.done = true; return Promise.resolve(); }
      return s.cursor.take(1).then(function (got) {
        if (!got.length) { s.done = true; return null; }
        return got[0].data().then(function (data) { s.head = data; });
      });
    }
    function pop() {
      var live = streams.filter(function (s) { return !s.done; });
      if (!live.length) return Promise.resolve(null);
      var top = live.reduce(function (a, b) { return bound(b) > bound(a) ? b : a; });
      if (!top.head) return fill(top).then(pop);
      var data = top.head;
      top.head = null;
      return Promise.resolve(data);
    }
    return Promise.resolve({
      take: function (n) {
        var out = [];
        function step() {
          if (out.length >= n) return Promise.resolve(out);
          return pop().then(function (data) {
            if (!data) return out;
            out.push(data);
            return step();
          });
        }
        return step();
      },
      mayHaveMore: function () {
        return streams.some(function (s) { return s.head || (!s.done && s.cursor.mayHaveMore()); });
      }
    });
  }

  /* Pagefind's excerpt is escaped text with <mark> around matches: keep only those,
     and drop the every-page word. */
  function excerptNodes(html) {
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    var out = document.createDocumentFragment();
    doc.body.firstChild.childNodes.forEach(function (node) {
      var text = node.textContent.split(EVERY_PAGE).join("");  // spaces left over collapse
      if (node.nodeName === "MARK") {
        if (!text.trim()) return;
        var mark = document.createElement("mark");
        mark.textContent = text;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(text));
      }
    });
    return out;
  }

  function councilOf(url) {
    return keys.filter(function (k) { return url.indexOf(base(k).pathname) === 0; })[0];
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "hub-result";
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    var meta = document.createElement("p");
    var council = document.createElement("span");
    council.className = "hub-result__council";
    council.textContent = names[councilOf(data.url)] || "";
    meta.appendChild(council);
    if (data.meta.date_label) {
      var when = document.createElement("span");
      when.className = "hub-result__date";
      when.textContent = data.meta.date_label;
      meta.appendChild(document.createTextNode(" \u00b7 "));
      meta.appendChild(when);
    }
    var excerpt = document.createElement("p");
    if (data.meta.unconfirmed) {  // an imported report its council has not yet confirmed
      var mark = document.createElement("strong");
      mark.textContent = data.meta.unconfirmed + ": ";
      excerpt.appendChild(mark);
    }
    excerpt.appendChild(excerptNodes(data.excerpt || ""));
    li.appendChild(link);
    li.appendChild(meta);
    li.appendChild(excerpt);
    return li;
  }

  function announce(results) {
    var n = list.children.length, open = results.mayHaveMore();
    var total = byDate ? n : results.left() + n;
    var what = total === 1 ? "1 result" : total + " results";
    if (byDate && open) what = "At least " + what + ", the newest " + n + " shown";
    else if (!byDate && open) what += ", the best " + n + " shown";
    status.textContent = what + ".";
    more.hidden = !open;
  }

  function show(results) {
    return results.take(PAGE).then(function (data) {
      var first = null;
      data.forEach(function (d) {
        var li = item(d);
        first = first || li;
        list.appendChild(li);
      });
      announce(results);
      return first;
    });
  }

  var councils = keys.map(function (key) { return new CouncilShards(key); });
  Promise.all(councils.map(function (c) { return c.load(); })).then(function () {
    return byDate ? newestAcross(councils) : bestAcross(councils);
  }).then(function (results) {
    more.addEventListener("click", function () {
      show(results).then(function (first) {
        if (first) first.querySelector("a").focus();  // keyboard users carry on from the first new result
      });
    });
    return show(results);
  }).catch(function (error) {
    status.textContent = "The search could not run: " + error;
  });
})();
