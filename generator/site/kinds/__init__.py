"""Every page kind, file kind and block; importing a module registers it."""
from . import latest_reports  # noqa: F401
from . import commitments  # noqa: F401
from . import reports_index  # noqa: F401
from . import portfolios, members, tags  # noqa: F401
from . import opendata  # noqa: F401
from . import corrections  # noqa: F401
from . import feeds, icalendar  # noqa: F401
from . import search  # noqa: F401
from . import home  # noqa: F401
from . import security  # noqa: F401
# last, so the charts its head start draws on the other core are ready when its pages need them
from . import metrics  # noqa: F401
