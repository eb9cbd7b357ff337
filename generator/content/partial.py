"""What is left of a report whose front matter has field errors, for the checks of its
other fields: a field that fails validation must not hide the same file's other
problems, cross-references included (an unknown metric beside a mistyped date).

The front matter is validated again against relaxed copies of the models, in which every
field may be missing; each value that failed (already reported, with its line) is set to
None, so the checks of one report (validate.validate_one) see only what was valid and
skip what is None. Such a report is never built: its errors stop the build."""
from __future__ import annotations

import copy
import types
import typing
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from .models import FrontMatter

MAX_PASSES = 8


def partial_front(data: dict) -> BaseModel | None:
    """The front matter's fields that are valid, every other one None; None if nothing is."""
    return _valid_part(_RELAXED_FRONT, data)


def partial_of(model: type[BaseModel], data: object) -> BaseModel | None:
    """The fields of `data` valid as `model`'s, every other one None; None if nothing is.
    (The relaxed model is made on each call, a few ms: only an entry with errors needs it.)"""
    return _valid_part(relaxed(model), data)


def _valid_part(model: type[BaseModel], data: object) -> BaseModel | None:
    if not isinstance(data, dict):
        return None
    data = copy.deepcopy(data)
    for _ in range(MAX_PASSES):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            if not all(_clear(data, error["loc"]) for error in exc.errors(include_url=False)):
                return None
    return None


def _clear(data: Any, loc: tuple) -> bool:
    """Set the value at loc (pydantic's, with its internal parts) to None, or an item of a
    list to {} (an entry of which nothing is known); False if loc leads nowhere."""
    path = [part for part in loc if isinstance(part, int) or (isinstance(part, str) and not _internal(part))]
    parent, key = None, None
    current = data
    for part in path:
        if isinstance(current, dict) and part in current:
            parent, key, current = current, part, current[part]
        elif isinstance(current, list) and isinstance(part, int) and part < len(current):
            parent, key, current = current, part, current[part]
        else:
            break
    if parent is None:
        return False
    parent[key] = {} if isinstance(parent, list) else None
    return True


def _internal(part: str) -> bool:
    return "[" in part or part in ("int", "float", "str", "function-plain", "function-before")


def relaxed(model: type[BaseModel]) -> type[BaseModel]:
    """A copy of `model` in which every field, at every depth, may be missing (None)."""
    fields = {}
    for name, info in model.model_fields.items():
        annotation = _relax(info.annotation)
        if info.metadata:
            annotation = Annotated[(annotation, *info.metadata)]
        fields[name] = (annotation | None, Field(None, alias=info.alias))
    config = ConfigDict(extra="ignore", frozen=True, strict=True, arbitrary_types_allowed=True,
                        populate_by_name=True)
    return create_model(f"Partial{model.__name__}", __config__=config, **fields)


def _relax(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return relaxed(annotation)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is list and args:
        return list[_relax(args[0])]
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(_relax(arg) for arg in args)]
    return annotation


# made once, at import (a few ms), not kept by a cache: content/cache.py is the only one
_RELAXED_FRONT = relaxed(FrontMatter)
