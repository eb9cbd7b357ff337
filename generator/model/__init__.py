"""The archive as data: reports in order, readings, the commitment tracker, metric series, their URLs and the preview memo. May import content."""
