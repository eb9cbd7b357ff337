"""council-archive: publishes a council's reports as a static, searchable archive.

The package's folders are the pipeline's wings; imports run one way, down this list:
    mkdocs_plugin/  the thin MkDocs adapter (the only code that imports mkdocs)
    cli.py, pipeline.py, preview.py  the commands, the one function listing every stage, and
                    what a fast preview must rebuild
    search/         the search index
    site/           what residents read: page kinds (kinds/) and their parts (parts/), templates,
                    charts, assets
    model/          the archive as data: readings, tracker, series
    content/        reading and checking what officers write, the rate rule and the one cache
tests/test_layout.py fails on an import against this order or in a circle.
"""
