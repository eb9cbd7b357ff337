"""Every page kind, file kind and block: importing a module registers it, and each says
what it reads (site/pages.py), so the order of these imports changes nothing."""
from . import commitments, corrections, feeds, home, icalendar, latest_reports  # noqa: F401
from . import members, metrics, opendata, portfolios, reports_index, search, security, styles, tags  # noqa: F401
