"""Pydantic validation of one document, with errors turned into diagnostics."""

from __future__ import annotations

import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .diagnostics import Diagnostic
from .habits import number_as_written
from .loader import Document, HugeNumber, resolve_plain
from .model import shown_number
from .slugs import not_a_slug
from .suggest import did_you_mean

M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], doc: Document) -> tuple[M | None, list[Diagnostic]]:
    try:
        return model.model_validate(doc.data), []
    except ValidationError as err:
        return None, [_diagnostic(model, doc, error) for error in err.errors(include_url=False)]


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, HugeNumber):
        return str(value)
    if isinstance(value, (int, float)):
        return f"the number {shown_number(value)}"
    if isinstance(value, str):
        return f"the text '{value}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _diagnostic(model: type[BaseModel], doc: Document, error: Any) -> Diagnostic:
    loc = tuple(p for p in error["loc"] if p != "[key]")
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    # a bad mapping key (a taxonomy key) is pointed at itself, not at its value
    at, at_key = loc, "[key]" in error["loc"]

    if kind == "missing":
        message = "required field is missing; add it"
        at = loc[:-1]
    elif kind == "extra_forbidden":
        known = fields_at(model, loc[:-1])
        message = f"unknown field '{loc[-1]}'" + did_you_mean(str(loc[-1]), known, listing=0)
        at_key = True
    elif kind == "string_type":
        if isinstance(value, HugeNumber):
            message = f"expected a text, got {value}: put it in quotes"
        elif isinstance(value, (bool, int, float)):
            shown = str(value).lower() if isinstance(value, bool) else str(value)
            message = f'expected a text, got {_describe(value)}: put it in quotes ("{shown}")'
        elif value is None:
            message = "is empty; fill in a text"
        else:
            message = f"expected a text, got {_describe(value)}"
    elif kind == "number_type":
        if isinstance(value, str) and _is_number(value):
            message = f"expected a number, got a text: remove the quotes around {value}"
        elif isinstance(value, str) and (written := number_as_written(value)):
            message = f"expected a number, got the text '{value}': write it {written[1]} ({written[0]})"
        elif isinstance(value, float):  # .inf or .nan
            message = f"expected a finite number, got {value}"
        else:
            message = f"expected a number, got {_describe(value)}"
    elif kind == "date_type":
        if value is None:
            message = "is empty; fill in a date as YYYY-MM-DD (e.g. 2024-05-13)"
        else:
            message = f"expected a date as YYYY-MM-DD (e.g. 2024-05-13), got {_describe(value)}"
    elif kind == "bool_type":
        message = f"expected true or false, got {_describe(value)}"
    elif kind in ("int_type", "int_from_float") and isinstance(value, HugeNumber):
        message = f"is far too large for a whole number here, got {value}"
    elif kind in ("int_type", "int_from_float"):
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            message = f"expected a whole number, got a text: remove the quotes around {value}"
        elif isinstance(value, str) and (written := number_as_written(value)):
            whole, how = (written[0], written[1]) if "." not in written[0] else (
                str(round(float(written[0]))), "as a whole number, without spaces")
            message = f"expected a whole number, got the text '{value}': write it {how} ({whole})"
        else:
            message = f"expected a whole number, got {_describe(value)}"
    elif kind == "localized_type":
        message = "expected a text per language ({fi: ..., en: ...}), got " + _describe(value)
    elif kind in ("dict_type", "model_type", "model_attributes_type"):
        message = f"expected a mapping of fields (key: value), got {_describe(value)}"
    elif kind == "list_type":
        message = f"expected a list ([a, b] or one '- item' per line), got {_describe(value)}"
    elif kind == "literal_error":
        expected = [s.strip().strip("'") for s in ctx.get("expected", "").replace(" or ", ",").split(",")]
        expected = [e for e in expected if e]
        message = f"expected one of {', '.join(expected)}, got {_describe(value)}"
        if isinstance(value, str):
            message += did_you_mean(value, expected, listing=0)
    elif kind == "string_pattern_mismatch":
        if value == "":
            message = "is empty; fill it in"
        else:
            message = not_a_slug(str(value), "key" if at_key else "slug")
    elif kind == "string_too_long":
        message = (
            f"is {len(value)} characters long; at most {ctx['max_length']} are allowed"
            f" ({len(value) - ctx['max_length']} too many)"
        )
    elif kind == "string_too_short":
        message = "is empty; fill it in"
    elif kind == "too_short":
        message = f"needs at least {ctx['min_length']} item" + ("s" if ctx["min_length"] != 1 else "")
    elif kind == "too_long":
        # reported at the first item too many: that is where the problem comes last
        at = loc + (ctx["max_length"],)
        message = f"at most {ctx['max_length']} are allowed; this is number {ctx['max_length'] + 1}"
        loc = at
    elif kind == "greater_than_equal":
        message = f"must be at least {ctx['ge']:,}, got {shown_number(value)}"
    elif kind == "less_than_equal":
        message = f"must be at most {ctx['le']:,}, got {shown_number(value)}"
    else:
        message = error["msg"]
    return doc.diagnostic(loc, message, at=at, at_key=at_key)


def _is_number(text: str) -> bool:
    """Whether the text would be a number without its quotes (YAML 1.2 core schema)."""
    value = resolve_plain(text.strip())
    if isinstance(value, float):
        return value == value and abs(value) != float("inf")
    return isinstance(value, int) and not isinstance(value, bool)


def unwrap_annotation(annotation: Any) -> list[Any]:
    """The classes an annotation may hold, through Optional, Annotated, list and dict."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return unwrap_annotation(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [c for arg in typing.get_args(annotation) for c in unwrap_annotation(arg)]
    if origin in (list, dict):
        return [(origin, unwrap_annotation(typing.get_args(annotation)[-1]))]
    return [annotation]


def fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names the model defines at a location (for 'did you mean')."""
    candidates: list[Any] = [model]
    for part in loc:
        following: list[Any] = []
        for candidate in candidates:
            if isinstance(candidate, tuple):  # (list|dict, item classes)
                following.extend(candidate[1])
            elif isinstance(candidate, type) and issubclass(candidate, BaseModel):
                field = candidate.model_fields.get(str(part))
                if field is not None:
                    following.extend(unwrap_annotation(field.annotation))
        candidates = following
    names: list[str] = []
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            names.extend(candidate.model_fields)
    return names
