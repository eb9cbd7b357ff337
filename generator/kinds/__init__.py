"""Every page kind, file kind and block; importing a module registers it."""
from . import latest_reports  # noqa: F401
from . import security  # noqa: F401
