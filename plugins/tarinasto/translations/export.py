"""`tarinasto translations --export DIR`: the texts to translate as PO files.

One file per language other than the default one (`DIR/en.po`). Each text of each case is
one message: the default language's text is the msgid, `<slug>:<field path>` the msgctxt
(so that equal texts in different places stay apart), the file and line a reference and
a comment; msgstr is the translation so far (empty when it is missing)."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from ..content.diagnostics import format_path
from ..content.library import Library
from ..content.localized import iter_localized, value_at
from ..content.model import Case
from ..content.text import is_blank


def context(slug: str, path: tuple[str | int, ...]) -> str:
    return f"{slug}:{format_path(path)}"


def catalogues(library: Library, *, everything: bool) -> dict[str, Catalog]:
    """Per language (not the default one), the texts still missing (or every text)."""
    settings = library.settings
    source = settings.default_language
    out = {lang: Catalog(locale=lang, project="Tarinasto", fuzzy=False) for lang in settings.languages[1:]}
    for doc, model in library.documents:
        if model is not Case or not isinstance(doc.data, dict):
            continue
        slug = doc.file.stem
        for path, _ in iter_localized(Case, doc.data):
            value = value_at(doc.data, path)
            text = value.get(source)
            if not isinstance(text, str) or is_blank(text):
                continue  # nothing to translate from
            line = doc.mark(path + (source,)).line
            for lang, catalog in out.items():
                current = value.get(lang)
                missing = not isinstance(current, str) or is_blank(current)
                if missing or everything:
                    catalog.add(text, "" if missing else current, locations=[(doc.name, line)],
                                auto_comments=[f"{format_path(path)} of {doc.name}, in {source}"],
                                context=context(slug, path))
    return out


def export(library: Library, folder: Path, *, everything: bool) -> list[tuple[Path, int]]:
    """Writes `folder/<lang>.po`; returns each file with its number of messages."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for lang, catalog in catalogues(library, everything=everything).items():
        path = folder / f"{lang}.po"
        with path.open("wb") as handle:
            write_po(handle, catalog, width=0, include_previous=False)
        written.append((path, len(catalog)))
    return written
