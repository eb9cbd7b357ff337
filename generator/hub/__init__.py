"""The hub: many councils, each a shard built on its own, and the pages that compare them (councils.yml, shared metrics, shard builds, assembly). May import search, site, model and content."""
