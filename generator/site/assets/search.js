/* council-archive search: the header dialog (combobox + listbox) and the search/
   page, both over Pagefind's JS API. No inline script or style (the site's CSP
   forbids them); Pagefind's library is loaded from this site only when a search
   starts. Pagefind compiles WebAssembly, so the CSP needs 'wasm-unsafe-eval'. */
(function () {
  "use strict";

  var script = document.currentScript;
  // This file is <root>/assets/council-archive/search.js: the site root from any sub-path.
  var ROOT = new URL("../../", script ? script.src : location.href);
  var FILTERS = [["kind", "Kind"], ["portfolio", "Portfolio"], ["member", "Member"],
                 ["year", "Year"], ["status", "Commitment status"]];
  var LABELS = {
    kind: {report: "Report", metric: "Figure", commitment: "Commitment"},  // the site calls metric pages Figures
    status: {planned: "Planned", "in-progress": "In progress", delivered: "Delivered",
             delayed: "Delayed", dropped: "Dropped"}
  };
  // Every indexed page carries this word (generator/search.py): listing by filters
  // alone searches for it, since Pagefind's own no-words search fetches every chunk.
  var EVERY_PAGE = "caeverypage";
  /* The order: newest first unless the reader chooses best match, which a shared
     link keeps as ?sort=relevance. Newest first reads only the newest shard for a
     first page; best match merges every shard's index (at 10,000 reports, twice
     the bytes). Older links said ?sort=date for newest first: now the default. */
  var BEST_MATCH = "relevance";
  // The index's shards (search-shards.js): loaded, with Pagefind's library, when a
  // search starts.
  var shards = new window.CouncilArchiveSearchShards(new URL("pagefind/", ROOT), ROOT.pathname);

  function loadPagefind() {
    return shards.load();
  }

  function label(filter, value) {
    return (LABELS[filter] && LABELS[filter][value]) || value;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* Pagefind's excerpt is escaped text with <mark> around matches: keep only those,
     and drop the every-page word. */
  function excerptNodes(html) {
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    var out = document.createDocumentFragment();
    doc.body.firstChild.childNodes.forEach(function (node) {
      var text = node.textContent.split(EVERY_PAGE).join(""); // spaces left over collapse
      if (!text.trim() && node.nodeName === "MARK") return;
      if (node.nodeName === "MARK") out.appendChild(el("mark", "", text));
      else out.appendChild(document.createTextNode(text));
    });
    return out;
  }

  var DOT = " \u00b7 ";

  /* Who and what a result is about: portfolio, member and, for a commitment, its status. */
  function filterParts(filters) {
    var parts = (filters.portfolio || []).concat(filters.member || []);
    if ((filters.kind || [])[0] === "commitment") {
      (filters.status || []).forEach(function (s) { parts.push(label("status", s)); });
    }
    return parts;
  }

  function metaLine(filters, dateLabel) {
    return [label("kind", (filters.kind || [])[0]), dateLabel].concat(filterParts(filters))
      .filter(Boolean).join(DOT);
  }

  /* Commitments are indexed in groups that share every filter (generator/
     search_groups.py): one heading per commitment, its id the commitment's. A found
     group stands for those of its commitments that hold every word searched for
     (Pagefind only knows the group holds them all), or for all of them when the
     search is by filters alone. Each becomes a row of its own, linked to its page. */
  function normalWord(word) {
    return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  }

  function holds(words, term) {
    // Pagefind matches stems ("studies" finds "study"): compare the first four letters.
    var stem = term.slice(0, 4);
    return words.some(function (w) { return w.indexOf(stem) === 0; });
  }

  function commitmentRows(data, term) {
    var shown = JSON.parse(data.meta.commitments || "{}");
    function row(id, excerpt) {
      var known = shown[id] || [id, ""];
      return {id: id, title: known[0], date_label: known[1], excerpt: excerpt};
    }
    var terms = term.split(/\s+/).map(normalWord).filter(Boolean);
    if (!terms.length) {
      return data.anchors.filter(function (a) { return a.element === "h2" && a.id; })
        .map(function (a) { return row(a.id, escapeText(a.text)); });
    }
    var raw = data.raw_content || "";
    var words = raw.split(raw.indexOf("\u200B") >= 0 ? "\u200B" : /[\r\n\s]+/g);
    var sections = (data.sub_results || []).filter(function (sub) { return sub.anchor; })
      .map(function (sub) {
        var found = (sub.locations || []).map(function (l) { return normalWord(words[l] || ""); });
        var held = terms.filter(function (t) { return holds(found, t); }).length;
        return {sub: sub, held: held};
      });
    // Those that hold the most of the words; all that matched when no letters compare.
    var best = Math.max.apply(null, sections.map(function (s) { return s.held; }).concat([0]));
    var rows = sections.filter(function (s) { return s.held === best; })
      .map(function (s) { return row(s.sub.anchor.id, s.sub.excerpt); });
    return rows.length ? rows : commitmentRows(data, "");  // never an empty group
  }

  function escapeText(text) {
    var div = document.createElement("div");
    div.textContent = text || "";
    return div.innerHTML;
  }

  /* One search UI: its own input, filters, status line and results list. */
  function SearchUI(root, mode) {
    this.root = root;
    this.mode = mode; // "dialog" (combobox, 5 results) or "page" (list, more on request)
    this.input = root.querySelector("[data-ca-search-input]");
    this.filterBox = root.querySelector("[data-ca-search-filters]");
    this.sort = root.querySelector("[data-ca-search-sort]");
    this.status = root.querySelector("[data-ca-search-status]");
    this.list = root.querySelector("[data-ca-search-results]");
    this.more = root.querySelector("[data-ca-search-more]");
    this.pageLink = root.querySelector("[data-ca-search-page-link]");
    this.selects = {};
    this.shown = 0;
    this.optionCount = 0;
    this.cursor = null;  // the results still to show (search-shards.js)
    this.active = -1;
    this.run = 0;
    this.timer = null;
    this.filtersLoaded = null;
    this.pageSize = mode === "page" ? 10 : 5;  // each result shown costs one fragment fetch (~3-4 KB)
  }

  /* Search once typing pauses. Pagefind matches the last word as a prefix, so a
     search for "youth p" fetches the index chunks of every word in p: at 10,000
     reports that alone can be more than the rest of the query. A last word of one
     or two letters is most likely half-typed, so it waits for a longer pause (or, on
     the search page, Enter); whole words are searched as soon as the typist stops. */
  var PAUSE_MS = 300, SHORT_WORD_PAUSE_MS = 1000, SHORT_WORD = 2;

  function pauseFor(term) {
    var words = term.trim().split(/\s+/);
    var last = words[words.length - 1];
    var finished = /\s$/.test(term);  // a space after it: the word is complete
    return last && last.length <= SHORT_WORD && !finished ? SHORT_WORD_PAUSE_MS : PAUSE_MS;
  }

  SearchUI.prototype.schedule = function (ms) {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.search(); }, ms);
  };

  SearchUI.prototype.loadFilters = function (chosen) {
    var self = this;
    if (!this.filtersLoaded) {
      // What every filter offers, counted at build time (a group of commitments counts
      // each of them): a few KB, where Pagefind's own filter indexes are 330 KB at
      // 10,000 reports and count a group as one.
      this.filtersLoaded = fetch(new URL("pagefind/filter-totals.json", ROOT).href)
        .then(function (response) {
          if (!response.ok) throw new Error("no filters (" + response.status + ")");
          return response.json();
        })
        .then(function (available) { self.buildFilters(available, chosen || {}); });
    }
    return this.filtersLoaded;
  };

  SearchUI.prototype.buildFilters = function (available, chosen) {
    var self = this;
    FILTERS.forEach(function (pair) {
      var name = pair[0], values = Object.keys(available[name] || {});
      if (!values.length) return;
      values.sort(name === "year" ? function (a, b) { return b.localeCompare(a); } : undefined);
      var id = self.root.id + "-filter-" + name;
      var field = el("div", "ca-search-field");
      var lbl = el("label", "", pair[1]);
      lbl.htmlFor = id;
      var select = el("select");
      select.id = id;
      select.name = name;
      select.appendChild(new Option("Any", ""));
      values.forEach(function (v) {
        select.appendChild(new Option(label(name, v) + " (" + available[name][v] + ")", v));
      });
      select.value = chosen[name] && values.indexOf(chosen[name]) >= 0 ? chosen[name] : "";
      select.addEventListener("change", function () { self.schedule(0); });
      field.appendChild(lbl);
      field.appendChild(select);
      self.filterBox.appendChild(field);
      self.selects[name] = select;
    });
  };

  SearchUI.prototype.query = function () {
    var filters = {}, any = false;
    Object.keys(this.selects).forEach(function (name) {
      var value = this.selects[name].value;
      if (value) { filters[name] = value; any = true; }
    }, this);
    var term = this.input.value.trim();
    // Filters alone have no words to match: always newest first.
    var byDate = !term || !(this.sort && this.sort.value === BEST_MATCH);
    return {term: term, filters: filters, any: any, sort: byDate ? {date: "desc"} : null};
  };

  SearchUI.prototype.search = function () {
    var self = this, q = this.query(), run = ++this.run;
    this.syncLinks(q);
    if (!q.term && !q.any) {
      this.clear("");
      return Promise.resolve();
    }
    return loadPagefind().then(function (engine) {
      return engine.cursor(q.term || EVERY_PAGE, q.filters, Boolean(q.sort));
    })
      .then(function (cursor) {
        if (run !== self.run) return;
        self.cursor = cursor;
        self.list.textContent = "";
        self.shown = 0;
        self.optionCount = 0;
        self.setActive(-1);
        return self.showMore(run).then(function () {
          if (run === self.run) self.announce(q);
        });
      })
      .catch(function (err) {
        self.clear("Search is not available: " + err.message);
      });
  };

  SearchUI.prototype.showMore = function (run) {
    var self = this, cursor = this.cursor, term = this.query().term;
    return cursor.take(this.pageSize).then(function (next) {
      return Promise.all(next.map(function (r) { return r.data(); }));
    }).then(function (datas) {
      if (run !== self.run) return;
      datas.forEach(function (data) {
        self.shown++;
        self.list.appendChild(self.result(data, term));
      });
      if (self.more) self.more.hidden = !cursor.mayHaveMore();
      if (self.mode === "dialog") {
        self.input.setAttribute("aria-expanded", self.shown ? "true" : "false");
      }
    });
  };

  /* One result: a page, or a group of commitments. A group with one commitment to
     show is shown as that commitment; with more, as a labelled group of them. */
  SearchUI.prototype.result = function (data, term) {
    if ((data.filters.kind || [])[0] !== "commitment") {
      return this.item(data.meta.title || data.url, data.url, metaLine(data.filters, data.meta.date_label),
                       data.excerpt, data.meta.unconfirmed);
    }
    var self = this, root = new URL("commitments/", ROOT);
    var items = commitmentRows(data, term).map(function (row) {
      return self.item(row.title, new URL(row.id + "/", root).pathname, metaLine(data.filters, row.date_label),
                       row.excerpt);
    });
    if (items.length === 1) return items[0];
    var group = el("li", "ca-search-group");
    var labelId = this.root.id + "-group-" + this.shown;
    var heading = el(this.mode === "dialog" ? "span" : "h2", "ca-search-group__label",
                     [items.length + " commitments"].concat(filterParts(data.filters)).join(DOT));
    heading.id = labelId;
    var list = el("ul", "ca-search-group__items");
    var holder = group;
    if (this.mode === "dialog") {
      // listbox > (li: none) > group > its options; an <li> may not be a group itself
      group.setAttribute("role", "none");
      holder = el("div");
      holder.setAttribute("role", "group");
      holder.setAttribute("aria-labelledby", labelId);
      group.appendChild(holder);
      list.setAttribute("role", "none");
    }
    items.forEach(function (item) { list.appendChild(item); });
    holder.appendChild(heading);
    holder.appendChild(list);
    return group;
  };

  SearchUI.prototype.item = function (title, url, meta, excerptHtml, unconfirmed) {
    var li = el("li", "ca-search-result");
    var heading;
    if (this.mode === "dialog") {
      li.id = this.root.id + "-option-" + this.optionCount++;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.url = url;
      heading = el("span", "ca-search-result__title", title);
      li.addEventListener("click", function () { location.href = url; });
    } else {
      heading = el("h2", "ca-search-result__title");
      var link = el("a", "", title);
      link.href = url;
      heading.appendChild(link);
    }
    li.appendChild(heading);
    li.appendChild(el("span", "ca-search-result__meta", meta));
    var excerpt = el("span", "ca-search-result__excerpt");
    // an imported report not yet confirmed: its words and figures are not yet the record
    if (unconfirmed) excerpt.appendChild(el("strong", "ca-unconfirmed", unconfirmed + ": "));
    excerpt.appendChild(excerptNodes(excerptHtml || ""));
    li.appendChild(excerpt);
    return li;
  };

  /* A result is a page or a commitment. Until every found group of commitments is
     shown, how many of its commitments hold the words is unknown: say "at least". */
  SearchUI.prototype.announce = function (q) {
    var rows = this.list.querySelectorAll(".ca-search-result").length;
    var unseen = this.cursor ? this.cursor.pending() : 0, n = rows + unseen;
    // Older shards not yet searched may hold more (newest first), as may unseen groups.
    var more = this.cursor ? this.cursor.mayHaveMore() : false;
    var what = n === 0 ? "No results" : n === 1 ? "1 result" : n.toLocaleString("en-GB") + " results";
    if (more) what = "At least " + what;
    if (q.term) what += " for \u201c" + q.term + "\u201d";
    if (q.any) what += " (filtered)";
    if (more) what += ", showing the first " + rows;
    this.status.textContent = what + ".";
  };

  SearchUI.prototype.clear = function (message) {
    this.run++;
    this.cursor = null;
    this.shown = 0;
    this.list.textContent = "";
    this.setActive(-1);
    if (this.more) this.more.hidden = true;
    if (this.mode === "dialog") this.input.setAttribute("aria-expanded", "false");
    this.status.textContent = message;
  };

  SearchUI.prototype.params = function (q) {
    var params = new URLSearchParams();
    if (q.term) params.set("q", q.term);
    Object.keys(q.filters).sort().forEach(function (k) { params.set(k, q.filters[k]); });
    if (this.sort && this.sort.value) params.set("sort", this.sort.value);
    return params.toString();
  };

  SearchUI.prototype.syncLinks = function (q) {
    var query = this.params(q);
    if (this.pageLink) {
      this.pageLink.href = this.root.dataset.caSearchPage + (query ? "?" + query : "");
    }
    if (this.mode === "page") {
      history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
    }
  };

  /* Combobox keys: arrows move the active option, Enter opens it. */
  SearchUI.prototype.setActive = function (index) {
    var options = this.list.querySelectorAll("[role=option]");
    if (this.active >= 0 && options[this.active]) {
      options[this.active].setAttribute("aria-selected", "false");
    }
    this.active = options.length ? index : -1;
    if (this.active >= 0) {
      var option = options[this.active];
      option.setAttribute("aria-selected", "true");
      this.input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({block: "nearest"});
    } else if (this.input) {
      this.input.removeAttribute("aria-activedescendant");
    }
  };

  SearchUI.prototype.onKey = function (event) {
    var options = this.list.querySelectorAll("[role=option]"), count = options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!count) return;
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      this.setActive((this.active + step + count) % count);
    } else if (event.key === "Enter") {
      event.preventDefault();
      var option = options[this.active < 0 ? 0 : this.active];
      if (option) location.href = option.dataset.url;
    }
  };

  SearchUI.prototype.bind = function () {
    var self = this;
    this.input.addEventListener("input", function () { self.schedule(pauseFor(self.input.value)); });
    if (this.sort) this.sort.addEventListener("change", function () { self.schedule(0); });
    if (this.more) {
      this.more.addEventListener("click", function () {
        var first = self.shown;
        self.showMore(self.run).then(function () {
          var link = self.list.children[first] && self.list.children[first].querySelector("a");
          if (link) link.focus(); // keyboard users carry on from the first new result
          self.announce(self.query());
        });
      });
    }
    var form = this.root.querySelector("[data-ca-search-form]");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(self.timer);
      self.search();
    });
    if (this.mode === "dialog") {
      this.input.addEventListener("keydown", function (event) { self.onKey(event); });
    }
  };

  function setUpDialog() {
    var dialog = document.querySelector("dialog[data-ca-search=dialog]");
    var openers = document.querySelectorAll("[data-ca-search-open]");
    if (!dialog || !dialog.showModal) return; // the header link still leads to search/
    var ui = new SearchUI(dialog, "dialog");
    ui.bind();
    var returnTo = null;
    function open(event) {
      if (event) event.preventDefault();
      returnTo = document.activeElement;
      dialog.showModal();
      ui.input.focus();
      ui.input.select();
      loadPagefind(); // start fetching the library while the user types
    }
    openers.forEach(function (a) { a.addEventListener("click", open); });
    dialog.querySelector("[data-ca-search-close]").addEventListener("click", function () {
      dialog.close();
    });
    dialog.addEventListener("keydown", function (event) {
      // A search input would only clear itself on Escape: close the dialog at once.
      if (event.key === "Escape") {
        event.preventDefault();
        dialog.close();
      }
    });
    dialog.addEventListener("close", function () {
      if (returnTo && returnTo.focus) returnTo.focus();
    });
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) dialog.close(); // a click on the backdrop
    });
    var options = dialog.querySelector("[data-ca-search-options]");
    options.addEventListener("toggle", function () {
      if (options.open) ui.loadFilters();
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target.closest && target.closest("input, textarea, select, [contenteditable]");
      if (event.key === "/" && !typing && !dialog.open) open(event);
    });
  }

  function setUpPage() {
    var root = document.querySelector("[data-ca-search=page]");
    if (!root) return;
    var ui = new SearchUI(root, "page");
    var params = new URLSearchParams(location.search);
    var chosen = {};
    FILTERS.forEach(function (pair) {
      if (params.get(pair[0])) chosen[pair[0]] = params.get(pair[0]);
    });
    ui.input.value = params.get("q") || "";
    ui.sort.value = params.get("sort") === BEST_MATCH ? BEST_MATCH : "";
    ui.bind();
    /* The filters' values and counts are Pagefind's filter indexes: at 10,000
       reports, 330 KB. Load them when the reader opens the filters, or at once
       when the link chose some. */
    var options = root.querySelector("[data-ca-search-options]");
    options.addEventListener("toggle", function () {
      if (options.open) ui.loadFilters(chosen);
    });
    var filtered = Object.keys(chosen).length > 0;
    options.open = filtered;
    ui.status.textContent = "Loading search\u2026";
    (filtered ? ui.loadFilters(chosen) : loadPagefind()).then(function () {
      ui.status.textContent = "";
      return ui.search();
    }).catch(function (err) {
      ui.clear("Search is not available: " + err.message);
    });
  }

  setUpDialog();
  setUpPage();
})();
