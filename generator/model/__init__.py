"""The archive as data, computed once: reports in order, each reading's fields, the commitment tracker, metric series and their URLs. May import content."""
