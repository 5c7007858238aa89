"""The taxonomies as the rest of the code sees them, derived from the models.

`Taxonomy` (model.py) declares each taxonomy and the word for one of its keys; `Case`
marks each field that holds such keys (`taxonomy_key(...)`). This module reads both once,
so that the checks, the pages, the filters and `cases.json` never list them again.
"""

from __future__ import annotations

import functools
import types
import typing
from dataclasses import dataclass
from typing import Any, Iterator

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from .model import FACET_MARK, FACET_TITLE_MARK, TAXONOMY_MARK, Case, Taxonomy

FieldPath = tuple[str, ...]


@dataclass(frozen=True)
class Facet:
    """One taxonomy: `sectors`, whose keys a case names at `client.sector`."""

    taxonomy: str
    """Its name in the taxonomy file and in URLs (`/sectors/public-sector/`)."""
    singular: str
    """One of its keys in messages and in the library's query (`?sector=...`)."""
    title: str
    """What the pages call it (`Sector`), an interface text that the catalogues translate."""
    path: FieldPath
    """Where a case names its keys."""
    many: bool
    """A list of keys (services) or at most one (sector)."""
    has_default: bool = False
    """A case that names none gets the site's default (providers: `default_provider`)."""


@functools.cache
def facets() -> tuple[Facet, ...]:
    """Every taxonomy, in the order of the taxonomy file's model."""
    places = dict(_taxonomy_fields(Case))
    out = []
    for name, field in Taxonomy.model_fields.items():
        extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
        path, many = places[name]
        out.append(Facet(name, str(extra[FACET_MARK]), str(extra[FACET_TITLE_MARK]), path, many,
                         has_default=name == "providers"))
    return tuple(out)


def taxonomy_names() -> tuple[str, ...]:
    return tuple(f.taxonomy for f in facets())


def facet(taxonomy: str) -> Facet:
    return _by_name()[taxonomy]


@functools.cache
def _by_name() -> dict[str, Facet]:
    return {f.taxonomy: f for f in facets()}


def case_keys(case: Case, facet: Facet, default: str | None = None) -> list[str]:
    """The keys of one taxonomy that a case has (`default`: the site's default provider)."""
    value: Any = case
    for part in facet.path:
        value = getattr(value, part)
    keys = list(value) if facet.many else ([value] if value else [])
    if not keys and facet.has_default and default:
        return [default]
    return keys


def _taxonomy_fields(model: type[BaseModel], path: FieldPath = ()) -> Iterator[tuple[str, tuple[FieldPath, bool]]]:
    """(taxonomy, (path, many)) for every field of the model that holds taxonomy keys."""
    for name, field in model.model_fields.items():
        annotation, many = _unwrap(field.annotation)
        taxonomy = _mark(field) or _mark_of(annotation)
        if taxonomy:
            yield taxonomy, (path + (name,), many)
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _taxonomy_fields(annotation, path + (name,))


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The annotation without Optional, and whether it was a list."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) is list:
        return args[0], True
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and len(args) == 1:
        return _unwrap(args[0])
    return annotation, False


def _mark(field: FieldInfo) -> str | None:
    extra = field.json_schema_extra
    return str(extra[TAXONOMY_MARK]) if isinstance(extra, dict) and TAXONOMY_MARK in extra else None


def _mark_of(annotation: Any) -> str | None:
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, FieldInfo) and (mark := _mark(meta)):
            return mark
    return None
