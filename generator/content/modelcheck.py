"""Turn pydantic's validation errors into messages an officer can act on."""
from __future__ import annotations

import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from . import catalogue as checks
from .dates import describe
from .problems import Problems, field_path, suggest
from .yamlsource import Invalid, YamlDoc

M = TypeVar("M", bound=BaseModel)

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "date_type": "a date written YYYY-MM-DD",
    "list_type": "a list",
    "tuple_type": "a list",
    "dict_type": "a mapping of fields",
    "model_type": "a mapping of fields",
    "model_attributes_type": "a mapping of fields",
    "is_instance_of": "a valid value",
}


def check_model(model: type[M], data: object, doc: YamlDoc, path: str, problems: Problems,
                loc: tuple = ()) -> M | None:
    """Validate data as `model`; on failure report every error and return None."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        seen: set[tuple] = set()
        for error in exc.errors(include_url=False):
            where = _clean_loc(error["loc"])
            if where not in seen:  # a union reports once per branch; one message is enough
                seen.add(where)
                _report(error, model, doc, path, problems, loc)
        return None


def _report(error: dict, model: type[BaseModel], doc: YamlDoc, path: str, problems: Problems,
            prefix: tuple) -> None:
    loc = _clean_loc(error["loc"])
    if error["type"] == "extra_forbidden":  # the last part is the officer's own key, whatever it holds
        loc = _clean_loc(error["loc"][:-1]) + error["loc"][-1:]
    full = prefix + loc
    value = error.get("input")
    if isinstance(value, Invalid):
        return  # already reported by the YAML reader, with its reason
    kind = error["type"]
    if kind == "extra_forbidden":
        known = _fields_at(model, loc[:-1])
        message = f"unknown field '{full[-1]}'{suggest(full[-1], known)}"
        problems.report(checks.UNKNOWN_FIELD, path, doc.line(full), field_path(full), message)
        return
    name = next((p for p in reversed(full) if isinstance(p, str)), "value")
    problems.report(_check_of(kind, error), path, doc.line(full), field_path(full),
                    _message(kind, error, value, name))


_CHECK_OF_KIND = {
    "missing": checks.MISSING_FIELD,
    "date_type": checks.DATE_FORMAT,
    "enum": checks.UNKNOWN_CHOICE,
    "string_pattern_mismatch": checks.INVALID_KEY,
    "string_too_short": checks.EMPTY_VALUE,
    "too_short": checks.EMPTY_VALUE,
    **{kind: checks.OUT_OF_RANGE for kind in ("greater_than", "less_than_equal", "greater_than_equal", "less_than")},
}


def _check_of(kind: str, error: dict) -> checks.Check:
    """The catalogue's check for a pydantic error: a validator's own (catalogue.Refused) if it
    named one, else by the kind of error."""
    refused = error.get("ctx", {}).get("error")
    if isinstance(refused, checks.Refused):
        return refused.check
    if kind in _CHECK_OF_KIND:
        return _CHECK_OF_KIND[kind]
    return checks.WRONG_TYPE if kind in _EXPECTED else checks.INVALID_VALUE


def _message(kind: str, error: dict, value: object, name: str) -> str:
    if kind == "missing":
        return "required field is missing"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, got {describe(value)}"
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        expected = expected.replace("'", "").replace(" or ", ", ")
        return f"unknown {name.replace('_', ' ')} {describe(value)} (expected one of: {expected})"
    if kind == "string_pattern_mismatch":
        return f"{describe(value)} is not a valid key: use lowercase letters, digits and hyphens"
    if kind == "string_too_short":
        return "must not be empty"
    if kind in ("too_short",):
        return "must list at least one entry"
    if kind in ("greater_than", "less_than_equal", "greater_than_equal", "less_than"):
        return f"{describe(value)} is out of range ({error['msg'].lower()})"
    if kind == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"]))
    return error["msg"]


def _clean_loc(loc: tuple) -> tuple:
    # pydantic adds the union branch or validator name ('int', 'function-after[...]') to the loc
    return tuple(part for part in loc if isinstance(part, int) or not _is_internal(part))


_INTERNAL = re.compile(r"^[a-z-]+\[.*\]$")  # 'function-after[_number()]', 'list[str]'


def _is_internal(part: str) -> bool:
    return bool(_INTERNAL.match(part))


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names (and aliases) of the sub-model at loc, for 'did you mean'."""
    current: object = model
    for part in loc:
        if isinstance(part, int) or not _is_model(current):
            continue
        field = current.model_fields.get(part)
        current = _inner_model(field.annotation) if field else None
    if not _is_model(current):
        return []
    return [f.alias or name for name, f in current.model_fields.items()]


def _is_model(obj: object) -> bool:
    return isinstance(obj, type) and issubclass(obj, BaseModel)


def _inner_model(annotation: object) -> object:
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if _is_model(found):
            return found
    return annotation
