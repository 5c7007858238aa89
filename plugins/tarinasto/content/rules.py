"""The checks a model alone cannot make: values that depend on each other, and
references to the taxonomy, to other cases and to image files.

They read the raw data of a document (so that they still run where the model found an
error elsewhere in the file) and skip any value whose type the model already rejects.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from .assets import ImageChecks
from .diagnostics import Diagnostic, Path_, Severity
from .facets import facets, taxonomy_names
from .habits import key_of_label
from .loader import Document
from .model import SECTION_NAMES, Taxonomy
from .settings import Settings
from .slugs import SLUG_RE, reserved_words, slug_problem, slugify
from .suggest import did_you_mean
from .text import is_blank, quote_marks


@lru_cache(maxsize=8)
def _reserved(languages: tuple[str, ...]) -> frozenset[str]:
    return reserved_words(languages, taxonomy_names())


def reserved(settings: Settings) -> frozenset[str]:
    """The words no slug can be: the site's URL segments, taxonomies and language codes."""
    return _reserved(settings.languages)


def check_slug(slug: str, settings: Settings, what: str = "slug") -> str | None:
    return slug_problem(slug, reserved(settings), what)


# --- one case --------------------------------------------------------------------------


@dataclass
class World:
    """What a case is checked against: the other files and the configuration."""

    settings: Settings
    taxonomy: Taxonomy | None
    slugs: set[str]  # every case, drafts included
    images: ImageChecks


def _get(data: Any, *path: str | int) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(data, list) or part >= len(data):
                return None
        elif not isinstance(data, dict):
            return None
        data = data[part] if isinstance(part, int) else data.get(part)
    return data


def _list(data: dict[str, Any], key: str) -> list[Any]:
    """The list at `key`, or [] (not the letters of a text where a list was expected)."""
    value = data.get(key)
    return value if isinstance(value, list) else []


def _duplicates(doc: Document, path: Path_, values: Any, what: str) -> Iterator[Diagnostic]:
    """A diagnostic for each value named again in a list; the repeat is reported, not the first."""
    if not isinstance(values, list):
        return
    seen: set[str] = set()
    for index, value in enumerate(values):
        if not isinstance(value, str):
            continue
        if value in seen:
            yield doc.diagnostic(path + (index,), f"{what} '{value}' is named twice; remove one")
        seen.add(value)


def check_case_alone(doc: Document, settings: Settings) -> list[Diagnostic]:
    """What a case file's own values say, whatever the other files hold (kept in the
    cache of checked files: see checked.py)."""
    data = doc.data
    if not isinstance(data, dict):
        return []
    out: list[Diagnostic] = []
    out += _check_client(doc, data)
    out += _check_dates(doc, data, settings)
    out += _check_sections(doc, data)
    out += _check_quotes(doc, data)
    return out


def check_case_among(doc: Document, slug: str, world: World) -> list[Diagnostic]:
    """What a case file says about the others: slugs it names, taxonomy keys, images."""
    data = doc.data
    if not isinstance(data, dict):
        return []
    out: list[Diagnostic] = []
    out += _check_references(doc, data, slug, world)
    out += _check_taxonomy_keys(doc, data, world)
    logo = _get(data, "client", "logo")
    if isinstance(logo, str) and logo:
        out += world.images.check(doc, ("client", "logo"), logo)
    cover = _get(data, "cover", "src")
    if isinstance(cover, str) and cover:
        out += world.images.check(doc, ("cover", "src"), cover, photo=True)
    return out


def _check_client(doc: Document, data: dict[str, Any]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    client = data.get("client")
    if not isinstance(client, dict):
        return out
    if client.get("anonymous") is True:
        # a problem between two values is reported at the later one (usually the website)
        anonymous: Path_ = ("client", "anonymous")
        for field in ("website", "logo"):
            if client.get(field) is not None:
                out.append(doc.diagnostic(doc.later(anonymous, ("client", field)),
                                          f"an anonymous client has no {field}; remove it"))
        for index, quote in enumerate(_list(data, "quotes")):
            if not isinstance(quote, dict):
                continue
            if quote.get("person") is not None:
                out.append(doc.diagnostic(
                    doc.later(anonymous, ("quotes", index, "person")),
                    "the client is anonymous: a quote names no person; remove it (keep the role)",
                ))
            if quote.get("organization") is not None:
                out.append(doc.diagnostic(
                    doc.later(anonymous, ("quotes", index, "organization")),
                    "the client is anonymous: a quote names no organization; remove it (the client's"
                    " description is shown instead)",
                ))
    size = client.get("size")
    if isinstance(size, dict) and not size:
        out.append(doc.diagnostic(("client", "size"),
                                  "give at least one of employees, residents, customers, revenue_eur, or remove size"))
    return out


def _check_dates(doc: Document, data: dict[str, Any], settings: Settings) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    approval = data.get("approval")
    published, approved = data.get("date"), _get(data, "approval", "date")
    if isinstance(published, str) and isinstance(approved, str) and _iso(approved) and _iso(published):
        if approved > published:
            at = doc.later(("date",), ("approval", "date"))
            out.append(doc.diagnostic(
                at, f"the approval ({approved}) is later than the publication date ({published}); "
                "a case is published only after the client approved it",
            ))
    updated = data.get("updated")
    if isinstance(published, str) and isinstance(updated, str) and _iso(published) and _iso(updated):
        if updated < published:
            out.append(doc.diagnostic(
                doc.later(("date",), ("updated",)),
                f"the update ({updated}) is before the publication date ({published}); `updated` is the date of"
                " the last real change, on or after `date`",
            ))
    if settings.options.require_approval and data.get("status") == "published" and approval is None:
        out.append(doc.diagnostic(("approval",), "a published case needs the client's approval "
                                  "(require_approval is on): add approval with by and date", at=()))
    since, until = _get(data, "collaboration", "since"), _get(data, "collaboration", "until")
    if isinstance(since, int) and isinstance(until, int) and not isinstance(until, bool) and until < since:
        at = doc.later(("collaboration", "since"), ("collaboration", "until"))
        out.append(doc.diagnostic(at, f"the collaboration ends ({until}) before it starts ({since})"))
    highlighted = [i for i, q in enumerate(_list(data, "quotes")) if isinstance(q, dict) and q.get("highlight") is True]
    for index in highlighted[1:]:
        out.append(doc.diagnostic(
            ("quotes", index, "highlight"),
            f"only one quote can be the highlight; quotes[{highlighted[0]}] already is",
        ))
    return out


def _iso(value: str) -> bool:
    # a date the model rejects (2024-02-30) is reported there, not compared here
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


def _check_sections(doc: Document, data: dict[str, Any]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for name in SECTION_NAMES:
        section = data.get(name)
        if isinstance(section, dict) and not section.get("text") and not section.get("points"):
            out.append(doc.diagnostic((name,), "a section needs text, points or both"))
    return out


def _check_quotes(doc: Document, data: dict[str, Any]) -> list[Diagnostic]:
    """Marks around a quote's text: the page adds its own."""
    out: list[Diagnostic] = []
    for index, quote in enumerate(_list(data, "quotes")):
        if not isinstance(quote, dict):
            continue
        texts = quote.get("text")
        for lang, text in (texts.items() if isinstance(texts, dict) else ()):
            marks = quote_marks(text) if isinstance(text, str) else None
            if marks:
                out.append(doc.diagnostic(
                    ("quotes", index, "text", lang),
                    f"the page puts its own quote marks around a quote: remove the {marks[0]} {marks[1]} around this text",
                    severity=Severity.WARNING,
                ))
    return out


def _check_references(doc: Document, data: dict[str, Any], slug: str, world: World) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    out += _duplicates(doc, ("related",), data.get("related"), "case")
    for index, related in enumerate(_list(data, "related")):
        if not isinstance(related, str) or not SLUG_RE.match(related):
            continue
        if related == slug:
            out.append(doc.diagnostic(("related", index), "a case cannot be related to itself"))
        elif related not in world.slugs:
            out.append(doc.diagnostic(("related", index), f"there is no case '{related}'"
                                      + did_you_mean(related, sorted(world.slugs - {slug}))))
    out += _duplicates(doc, ("aliases",), data.get("aliases"), "alias")
    for index, alias in enumerate(_list(data, "aliases")):
        if not isinstance(alias, str) or not SLUG_RE.match(alias):
            continue
        if alias in world.slugs:
            out.append(doc.diagnostic(("aliases", index), f"'{alias}' is the slug of a case; an alias must be a former slug that no case has"))
        elif alias in reserved(world.settings):
            out.append(doc.diagnostic(("aliases", index), f"'{alias}' is a reserved word and cannot be an alias"))
    for facet in facets():
        if facet.many:
            out += _duplicates(doc, facet.path, _get(data, *facet.path), facet.singular)
    return out


def _check_taxonomy_keys(doc: Document, data: dict[str, Any], world: World) -> list[Diagnostic]:
    taxonomy = world.taxonomy
    if taxonomy is None:
        return []
    out: list[Diagnostic] = []
    for facet in facets():
        value = _get(data, *facet.path)
        paths = [facet.path + (i,) for i in range(len(value))] if facet.many and isinstance(value, list) else [facet.path]
        defined = taxonomy.keys_of(facet.taxonomy)
        for path in paths:
            key = _get(data, *path)
            if not isinstance(key, str) or key in defined:
                continue
            if is_blank(key):
                message = "is empty; fill it in"
            elif label := key_of_label(key, _labels(taxonomy, facet.taxonomy)):
                message = (f"'{key}' is the name of the {facet.singular} '{label[0]}', not its key:"
                           f" write {label[0]}")
            else:
                message = (f"unknown {facet.singular} '{key}'" + did_you_mean(slugify(key) or key, defined)
                           + f" (the {facet.taxonomy} are defined in _taxonomy.yml)")
            out.append(doc.diagnostic(path, message))
    return out


def _labels(taxonomy: Taxonomy, name: str) -> dict[str, dict[str, str]]:
    """Each key's labels (a provider's name) by language, also of a taxonomy that has
    errors of its own (then its entries are the data as written)."""
    out: dict[str, dict[str, str]] = {}
    for key, entry in getattr(taxonomy, name).items():
        label = entry.get("name") if isinstance(entry, dict) and name == "providers" else getattr(entry, "name", entry)
        label = getattr(label, "value", label)
        out[key] = dict(label) if isinstance(label, dict) else {"": label} if isinstance(label, str) else {}
    return out


# --- taxonomy and collections ----------------------------------------------------------


def check_taxonomy(doc: Document, settings: Settings, images: ImageChecks) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    providers = _get(doc.data, "providers")
    if isinstance(providers, dict):
        for key, provider in providers.items():
            logo = _get(provider, "logo")
            if isinstance(logo, str) and logo:
                out += images.check(doc, ("providers", key, "logo"), logo)
        default = settings.options.default_provider
        if default and default not in providers:
            out.append(doc.diagnostic(("providers",), f"the default_provider '{default}' of mkdocs.yml is not defined here"
                                      + did_you_mean(default, list(providers))))
    return out


def check_collection(doc: Document, published: set[str], drafts: set[str]) -> list[Diagnostic]:
    out: list[Diagnostic] = list(_duplicates(doc, ("cases",), _get(doc.data, "cases"), "case"))
    cases = _get(doc.data, "cases")
    for index, slug in enumerate(cases if isinstance(cases, list) else []):
        if not isinstance(slug, str) or not SLUG_RE.match(slug):
            continue
        if slug in drafts:
            out.append(doc.diagnostic(("cases", index), f"'{slug}' is a draft; a collection lists published cases only"))
        elif slug not in published:
            out.append(doc.diagnostic(("cases", index), f"there is no case '{slug}'" + did_you_mean(slug, sorted(published))))
    return out
