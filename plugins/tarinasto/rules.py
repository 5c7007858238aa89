"""The checks a model alone cannot make: languages, links, values that depend on each
other, and references to the taxonomy, other cases and image files.

They read the raw data of a document (so that they still run where the model found an
error elsewhere in the file) and skip any value whose type the model already rejects.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from babel.localedata import locale_identifiers
from pydantic import BaseModel

from .diagnostics import Diagnostic, Path_, Severity
from .loader import Document
from .model import IMAGE_SUFFIXES, SECTION_NAMES, SLUG_RE, Taxonomy
from .settings import Settings
from .suggest import did_you_mean
from .text import LocalizedText, Name
from .validation import unwrap_annotation

RESERVED_SLUGS = frozenset({"collections", "assets", "search", "404", *("sectors", "services", "regions", "tools", "providers")})
ALLOWED_SCHEMES = ("http", "https", "mailto")

# the target of `[text](target)`, which may hold balanced parentheses: `javascript:alert(1)`
_INLINE_LINK = re.compile(r"\]\(\s*<?((?:[^()>\s]|\([^()>\s]*\))*)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?([^>\s]+)", re.MULTILINE)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.\-]*:[^>\s]*)>")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


@lru_cache(maxsize=1)
def language_codes() -> frozenset[str]:
    """Every language Babel knows: any of them may become a URL prefix (`/sv/`) later, and
    a published URL must never change meaning, so none can be a slug even before then."""
    return frozenset(identifier.split("_")[0] for identifier in locale_identifiers())


def is_reserved(slug: str, settings: Settings) -> bool:
    return slug in RESERVED_SLUGS or slug in settings.languages or slug in language_codes()


def slug_problem(slug: str, settings: Settings, what: str = "slug") -> str | None:
    """Why `slug` cannot be a slug, or None."""
    if not SLUG_RE.match(slug):
        return f"'{slug}' is not a valid {what}: use lowercase letters a-z, digits and single hyphens"
    if len(slug) > 80:
        return f"'{slug}' is {len(slug)} characters long; a {what} has at most 80"
    if is_reserved(slug, settings):
        return f"'{slug}' is a reserved word and cannot be a {what}; choose another name"
    return None


def link_scheme(target: str) -> str | None:
    """The scheme of a link target as a browser would read it, or None if relative."""
    cleaned = _INVISIBLE.sub("", html.unescape(target))
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def bad_links(markdown: str) -> list[str]:
    targets = _INLINE_LINK.findall(markdown) + _REFERENCE.findall(markdown) + _AUTOLINK.findall(markdown)
    return [t for t in targets if (scheme := link_scheme(t)) is not None and scheme not in ALLOWED_SCHEMES]


# --- localized texts -------------------------------------------------------------------


def iter_localized(model: type[BaseModel], data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, type[LocalizedText]]]:
    """Every localized text in `data`, found by walking it along the model."""
    if not isinstance(data, dict):
        return
    for name, candidates in _field_types(model):
        if name in data:
            yield from _iter_value(candidates, data[name], path + (name,))


@functools.cache
def _field_types(model: type[BaseModel]) -> tuple[tuple[str, list[Any]], ...]:
    """Each field of the model with the classes it may hold (read once per model, not
    once per value of every file)."""
    return tuple((name, unwrap_annotation(field.annotation)) for name, field in model.model_fields.items())


def _iter_value(candidates: list[Any], value: Any, path: Path_) -> Iterator[tuple[Path_, type[LocalizedText]]]:
    for candidate in candidates:
        if isinstance(candidate, tuple):
            container, inner = candidate
            if container is list and isinstance(value, list):
                for index, item in enumerate(value):
                    yield from _iter_value(inner, item, path + (index,))
                return
            if container is dict and isinstance(value, dict):
                for key, item in value.items():
                    yield from _iter_value(inner, item, path + (key,))
                return
        elif isinstance(candidate, type) and issubclass(candidate, LocalizedText) and isinstance(value, dict):
            yield path, candidate
            return
        elif candidate is Name and isinstance(value, dict):
            yield path, LocalizedText
            return
        elif isinstance(candidate, type) and issubclass(candidate, BaseModel) and isinstance(value, dict):
            yield from iter_localized(candidate, value, path)
            return


def _value_at(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data


def translation_gaps(doc: Document, model: type[BaseModel], settings: Settings) -> Iterator[tuple[str, Diagnostic]]:
    """(language, diagnostic) of every text that lacks a language or is empty in it."""
    severity = Severity.WARNING if settings.allow_missing_translations else Severity.ERROR
    for path, _ in iter_localized(model, doc.data):
        value = _value_at(doc.data, path)
        for lang in settings.languages:
            if lang not in value:
                yield lang, doc.diagnostic(path, f"translation missing for '{lang}'", severity=severity)
            elif value[lang] is None or (isinstance(value[lang], str) and not value[lang].strip()):
                yield lang, doc.diagnostic(path + (lang,), f"the text for '{lang}' is empty; fill it in",
                                           severity=severity)


def check_texts(doc: Document, model: type[BaseModel], settings: Settings) -> list[Diagnostic]:
    out: list[Diagnostic] = [diagnostic for _, diagnostic in translation_gaps(doc, model, settings)]
    for path, kind in iter_localized(model, doc.data):
        value = _value_at(doc.data, path)
        for key in value:
            if key not in settings.languages:
                out.append(doc.diagnostic(
                    path + (key,),
                    f"'{key}' is not one of the site's languages ({', '.join(settings.languages)})"
                    + did_you_mean(key, settings.languages, listing=0),
                    at_key=True,
                ))
        if kind.markdown:
            for lang, text in value.items():
                if isinstance(text, str):
                    for target in bad_links(text):
                        out.append(doc.diagnostic(
                            path + (lang,),
                            f"link target '{target}' is not allowed: use an https:, http: or mailto: "
                            "address or a relative path",
                        ))
    return out


# --- one case --------------------------------------------------------------------------


@dataclass
class World:
    """What a case is checked against: the other files and the configuration."""

    settings: Settings
    taxonomy: Taxonomy | None
    slugs: set[str]  # every case, drafts included


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


def check_case(doc: Document, slug: str, world: World) -> list[Diagnostic]:
    data = doc.data
    if not isinstance(data, dict):
        return []
    out: list[Diagnostic] = []
    out += _check_client(doc, data)
    out += _check_dates(doc, data, world.settings)
    out += _check_sections(doc, data)
    out += _check_references(doc, data, slug, world)
    out += _check_taxonomy_keys(doc, data, world)
    logo = _get(data, "client", "logo")
    if isinstance(logo, str) and logo:
        out += check_asset(doc, ("client", "logo"), logo, world.settings)
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
            if isinstance(quote, dict) and quote.get("person") is not None:
                out.append(doc.diagnostic(
                    doc.later(anonymous, ("quotes", index, "person")),
                    "the client is anonymous: a quote names no person; remove it (keep the role)",
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
    if settings.require_approval and data.get("status") == "published" and approval is None:
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
        elif is_reserved(alias, world.settings):
            out.append(doc.diagnostic(("aliases", index), f"'{alias}' is a reserved word and cannot be an alias"))
    for name, what in (("services", "service"), ("tools", "tool")):
        out += _duplicates(doc, (name,), data.get(name), what)
    return out


def _check_taxonomy_keys(doc: Document, data: dict[str, Any], world: World) -> list[Diagnostic]:
    taxonomy = world.taxonomy
    if taxonomy is None:
        return []
    wanted: list[tuple[Path_, str, str]] = []  # path, taxonomy, what
    for field, name, what in (("sector", "sectors", "sector"), ("region", "regions", "region")):
        wanted.append((("client", field), name, what))
    wanted.append((("provider",), "providers", "provider"))
    for name, what in (("services", "service"), ("tools", "tool")):
        values = data.get(name)
        if isinstance(values, list):
            wanted += [((name, i), name, what) for i in range(len(values))]
    out: list[Diagnostic] = []
    for path, name, what in wanted:
        key = _get(data, *path)
        if isinstance(key, str) and SLUG_RE.match(key) and key not in taxonomy.keys_of(name):
            out.append(doc.diagnostic(
                path, f"unknown {what} '{key}'" + did_you_mean(key, taxonomy.keys_of(name))
                + f" (the {name} are defined in _taxonomy.yml)",
            ))
    return out


def check_asset(doc: Document, path: Path_, value: str, settings: Settings) -> list[Diagnostic]:
    """An image path must stay inside cases/, exist and be an image we can show."""
    root = settings.cases_path
    if value.startswith(("/", "\\")) or re.match(r"^[a-zA-Z]+:", value):
        return [doc.diagnostic(path, f"'{value}' must be a path relative to {settings.cases_dir}/ (e.g. logos/client.svg)")]
    target = (root / value).resolve()
    if root not in target.parents:
        return [doc.diagnostic(path, f"'{value}' points outside {settings.cases_dir}/; keep images inside it")]
    if Path(value).suffix.lower() not in IMAGE_SUFFIXES:
        return [doc.diagnostic(path, f"'{value}' is not an image this site shows; use {', '.join(s[1:] for s in IMAGE_SUFFIXES)}")]
    if not target.is_file():
        siblings = [p.relative_to(root).as_posix() for p in target.parent.glob("*") if p.is_file()] if target.parent.is_dir() else []
        return [doc.diagnostic(path, f"there is no file {settings.cases_dir}/{value}" + did_you_mean(value, siblings))]
    return []


# --- taxonomy and collections ----------------------------------------------------------


def check_taxonomy(doc: Document, settings: Settings) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    providers = _get(doc.data, "providers")
    if isinstance(providers, dict):
        for key, provider in providers.items():
            logo = _get(provider, "logo")
            if isinstance(logo, str) and logo:
                out += check_asset(doc, ("providers", key, "logo"), logo, settings)
        default = settings.default_provider
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
