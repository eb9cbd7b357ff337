"""The search index: which documents Pagefind indexes (pages and groups of commitments) and the run that writes its stable bundle. May import site, model and content."""
