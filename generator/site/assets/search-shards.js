/* council-archive search shards: one search over the index's shards
   (generator/search/shards.py). The index is several Pagefind bundles, each a span
   of report dates, newest first: pagefind/ and pagefind/shard-1/, -2/, ...; the
   manifest pagefind/shards.json lists them with their spans and filter totals.

   Newest first: shards partition time, so the newest shard's results in date order
   come first, then the next shard's, exactly as one index would give them; an older
   shard is fetched only when the reader asks for more than the newer ones hold.
   Best match: every shard is merged into one Pagefind instance (mergeIndex) and
   Pagefind merges their results by score.
   Older shards are merged into the newest shard's Pagefind (one library, one
   WebAssembly); their documents carry a hidden `shard` filter, so a search can ask
   one merged shard for its results alone. search.js uses this file; the browser
   tests use it to compare a sharded index with a single one. */
(function () {
  "use strict";

  var ONE_SHARD = {version: 1, shards: [{path: "", newest: null, oldest: null, totals: null}], totals: null};

  /* bundleUrl: the URL of the newest shard's folder (".../pagefind/");
     baseUrl: the site's root path, which Pagefind puts before each result's URL. */
  function Shards(bundleUrl, baseUrl) {
    this.bundleUrl = bundleUrl;
    this.baseUrl = baseUrl;
    this.ready = null;
    this.merges = {};
    this.chain = Promise.resolve();
  }

  Shards.prototype.load = function () {
    var self = this;
    if (!this.ready) {
      var manifest = fetch(new URL("shards.json", this.bundleUrl).href).then(function (response) {
        return response.ok ? response.json() : ONE_SHARD;  // an index built before shards
      });
      var library = import(new URL("pagefind.js", this.bundleUrl).href).then(function (pf) {
        return pf.options({baseUrl: self.baseUrl}).then(function () { return pf; });
      });
      this.ready = Promise.all([manifest, library]).then(function (both) {
        self.manifest = both[0];
        self.pf = both[1];
        return self;
      });
    }
    return this.ready;
  };

  Shards.prototype.count = function () {
    return this.manifest.shards.length;
  };

  /* Merge shard n into the newest shard's Pagefind, once; merges run one at a time. */
  Shards.prototype.merge = function (n) {
    var self = this;
    if (n === 0) return Promise.resolve();
    if (!this.merges[n]) {
      var path = new URL(this.manifest.shards[n].path, this.bundleUrl).pathname;
      this.merges[n] = this.chain = this.chain.then(function () {
        return self.pf.mergeIndex(path, {baseUrl: self.baseUrl});
      });
    }
    return this.merges[n];
  };

  /* Whether shard n can hold a result with every chosen filter value (its totals say). */
  Shards.prototype.mayHold = function (n, filters) {
    var totals = this.manifest.shards[n].totals;
    if (!totals) return true;
    return Object.keys(filters).every(function (name) {
      return Boolean(totals[name] && totals[name][filters[name]]);
    });
  };

  /* Shard n's results for term and filters, newest first. */
  Shards.prototype.newestIn = function (n, term, filters) {
    var self = this, chosen = Object.assign({}, filters);
    if (this.count() > 1) chosen.shard = String(n);
    return this.merge(n).then(function () {
      return self.pf.search(term, {filters: chosen, sort: {date: "desc"}});
    }).then(function (found) { return found.results; });
  };

  /* Every shard's results for term and filters, by Pagefind's score. Each shard of
     several holds one hidden document of the archive's words it lacks (shards.py),
     its shard "vocabulary": never a result. */
  Shards.prototype.best = function (term, filters) {
    var self = this, merges = [], chosen = Object.assign({}, filters);
    for (var n = 1; n < this.count(); n++) merges.push(this.merge(n));
    if (this.count() > 1) chosen.not = {shard: "vocabulary"};
    return Promise.all(merges).then(function () {
      return self.pf.search(term, {filters: chosen});
    }).then(function (found) { return found.results; });
  };

  /* Results to show, a few at a time: take(n) gives the next n (fewer at the end). */
  Shards.prototype.cursor = function (term, filters, byDate) {
    return byDate ? new NewestCursor(this, term, filters) : new BestCursor(this.best(term, filters));
  };

  function BestCursor(found) {
    this.found = found;
    this.results = [];
    this.exhausted = false;
  }

  BestCursor.prototype.take = function (n) {
    var self = this;
    return this.found.then(function (results) {
      if (!self.exhausted) { self.results = results.slice(); self.exhausted = true; }
      return self.results.splice(0, n);
    });
  };

  /* Newest first: a shard is searched only when the newer ones are used up. */
  function NewestCursor(shards, term, filters) {
    this.shards = shards;
    this.term = term;
    this.filters = filters;
    this.next = 0;          // the next shard to search
    this.results = [];      // found and not yet taken
    this.exhausted = false; // every shard searched
  }

  NewestCursor.prototype.take = function (n) {
    var self = this;
    if (this.results.length >= n || this.exhausted) return Promise.resolve(this.results.splice(0, n));
    return this.searchNextShard().then(function () { return self.take(n); });
  };

  NewestCursor.prototype.searchNextShard = function () {
    var self = this, shards = this.shards;
    while (this.next < shards.count() && !shards.mayHold(this.next, this.filters)) this.next++;
    if (this.next >= shards.count()) {
      this.exhausted = true;
      return Promise.resolve();
    }
    var n = this.next++;
    return shards.newestIn(n, this.term, this.filters).then(function (results) {
      self.results = self.results.concat(results);
      if (self.next >= shards.count()) self.exhausted = true;
    });
  };

  /* How many found results are waiting, and whether older shards may hold more. */
  NewestCursor.prototype.pending = BestCursor.prototype.pending = function () {
    return this.results.length;
  };

  NewestCursor.prototype.mayHaveMore = function () {
    if (this.results.length > 0) return true;
    for (var n = this.next; n < this.shards.count(); n++) {
      if (this.shards.mayHold(n, this.filters)) return true;
    }
    return false;
  };

  BestCursor.prototype.mayHaveMore = function () {
    return this.results.length > 0;
  };

  window.CouncilArchiveSearchShards = Shards;
})();
