"""The checks of localized texts: every configured language present and not empty, no
other language, and only allowed link targets in Markdown texts.

They read the raw data of a document, walked along the model, so that they still run
where the model found an error elsewhere in the file."""

from __future__ import annotations

import functools
from typing import Any, Iterator

from pydantic import BaseModel

from .diagnostics import Diagnostic, Path_, Severity
from .links import bad_links
from .loader import Document
from .settings import Settings
from .suggest import did_you_mean
from .text import LocalizedText, Name, is_blank
from .validation import unwrap_annotation


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


def value_at(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data


def localized_texts(doc: Document, model: type[BaseModel]) -> list[tuple[Path_, type[LocalizedText], Any]]:
    """Every localized text of the document: (path, kind, value), found once per document."""
    found = doc.localized
    if found is None:
        found = doc.localized = [(path, kind, value_at(doc.data, path)) for path, kind in iter_localized(model, doc.data)]
    return found


def translation_gaps(doc: Document, model: type[BaseModel], settings: Settings) -> Iterator[tuple[str, Diagnostic]]:
    """(language, diagnostic) of every text that lacks a language or is empty in it."""
    severity = Severity.WARNING if settings.options.allow_missing_translations else Severity.ERROR
    for path, _, value in localized_texts(doc, model):
        for lang in settings.languages:
            if lang not in value:
                yield lang, doc.diagnostic(path, f"translation missing for '{lang}'", severity=severity)
            elif value[lang] is None or (isinstance(value[lang], str) and is_blank(value[lang])):
                yield lang, doc.diagnostic(path + (lang,), f"the text for '{lang}' is empty; fill it in",
                                           severity=severity)


def check_texts(doc: Document, model: type[BaseModel], settings: Settings) -> list[Diagnostic]:
    out: list[Diagnostic] = [diagnostic for _, diagnostic in translation_gaps(doc, model, settings)]
    languages = settings.languages
    for path, kind, value in localized_texts(doc, model):
        if len(value) == len(languages) and all(key in value for key in languages) and not kind.markdown:
            continue  # the usual text: every language, nothing else, no links to check
        keys = list(value)
        for index, key in enumerate(keys):
            if key not in languages:
                comma = _comma_in_braces(doc, path, value, keys[:index], key)
                if comma is not None:
                    # the text of the key before is what the consultant wrote wrong
                    out.append(doc.diagnostic(path + (keys[index - 1],), comma, at=path + (key,), at_key=True))
                    continue
                out.append(doc.diagnostic(
                    path + (key,),
                    f"'{key}' is not one of the site's languages ({', '.join(settings.languages)})"
                    + did_you_mean(key, settings.languages, listing=0),
                    at_key=True,
                ))
        if kind.markdown:
            for lang, text in value.items():
                if isinstance(text, str):
                    out += [doc.diagnostic(path + (lang,), problem) for problem in bad_links(text)]
    return out


def _comma_in_braces(doc: Document, path: Path_, value: dict[str, Any], before: list[str], key: str) -> str | None:
    """`{fi: palvelumuotoilija, prosessin vetäjä, en: ...}`: in braces a comma ends a text,
    so the rest of it became a key. What to write instead, or None if that is not it."""
    if path not in doc.flow or not before or not isinstance(value[before[-1]], str):
        return None
    if value[key] is not None:  # `a, b: c` is a key of its own, written as one
        return None
    previous = before[-1]
    text = f"{value[previous]}, {key}"
    quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return (f"the comma after '{value[previous]}' ends the text of '{previous}' inside {{…}}, and '{key}' became"
            f" a key of its own: put the whole text in quotes ({previous}: {quoted})")
