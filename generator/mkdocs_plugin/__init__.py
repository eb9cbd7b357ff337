"""The thin MkDocs adapter, the only code that imports mkdocs: the plugin (MkDocs' events into pipeline.stages(), the pages handed over) and the preview's watcher. May import everything below it."""
