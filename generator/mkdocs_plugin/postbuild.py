"""Steps run over the written site after MkDocs has built it (e.g. the search
indexer). Each is (Archive, site_dir: Path) -> None, registered by name."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..model.archive import Archive
from ..content.timing import timed

PostBuildStep = Callable[[Archive, Path], None]


class PostBuildError(RuntimeError):
    """A step failed; the build stops with this message and no traceback."""


POST_BUILD_STEPS: dict[str, PostBuildStep] = {}


def post_build_step(name: str):
    def register(fn: PostBuildStep) -> PostBuildStep:
        POST_BUILD_STEPS[name] = fn
        return fn
    return register


def run_post_build(archive: Archive, site_dir: Path) -> None:
    from ..site import kinds  # noqa: F401  (importing registers every step)

    for name, step in POST_BUILD_STEPS.items():
        with timed(f"post-build:{name}"):
            step(archive, site_dir)
