"""council-archive: publishes a council's reports as a static, searchable archive.

The pipeline, one module a stage:
    load (load.py) -> validate (validate.py, config.py) -> model (archive.py)
    -> pages (pages.py) -> render (render.py)
`pipeline.build_archive` chains them. Only plugin.py knows about MkDocs.
"""
