"""The thin MkDocs adapter, the only code that imports mkdocs: the plugin, the fast preview's staleness, HTML fixes, the Markdown extension and post-build steps. May import everything below it."""
