"""`tarinasto translations --import DIR`: translated PO files back into the case files.

Each translated message (msgstr not empty) is written into its case file at its field, in
the PO file's language, with ruamel.yaml's round trip: comments, order and the way each
value was written stay as they were. A message that no longer matches (the case or the
field is gone, the source text changed since the export) is a diagnostic and is not
written."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po

from ..content.diagnostics import Diagnostic, Path_, Severity, display_name
from ..content.library import Library
from . import yaml_edit

_PART = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")


def parse_path(text: str) -> Path_:
    """`results.points[2]` -> ('results', 'points', 2)."""
    return tuple(int(index) if index else key for key, index in _PART.findall(text))


def _at(data: Any, path: Path_) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(data, list) or part >= len(data):
                return None
            data = data[part]
        else:
            if not isinstance(data, dict) or part not in data:
                return None
            data = data[part]
    return data


def import_folder(library: Library, folder: Path) -> tuple[list[Diagnostic], dict[Path, int]]:
    """Writes every translation of `folder/*.po`; the problems and, per case file, how many texts."""
    settings = library.settings
    source = settings.default_language
    files = {doc.file.stem: doc.file for doc, _ in library.documents if doc.file.parent == settings.cases_path}
    edited: dict[Path, Any] = {}
    written: dict[Path, int] = {}
    problems: list[Diagnostic] = []
    for po in sorted(folder.glob("*.po")):
        lang = po.stem
        name = display_name(po)
        if lang not in settings.languages[1:]:
            problems.append(Diagnostic(name, 1, 1, Severity.ERROR, "", f"'{lang}' is not a language to translate into"
                                       f" ({', '.join(settings.languages[1:])}); name the file after one"))
            continue
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        for message in catalog:
            if not message.id or not message.string or not isinstance(message.string, str):
                continue
            slug, _, field = (message.context or "").partition(":")
            path = parse_path(field)

            def problem(text: str) -> None:
                problems.append(Diagnostic(name, message.lineno or 1, 1, Severity.ERROR, f"{slug}:{field}", text))

            file = files.get(slug)
            if file is None:
                problem(f"there is no case '{slug}' any more; not written")
                continue
            data = edited.get(file)
            if data is None:
                data = edited[file] = yaml_edit.load(file)
            value = _at(data, path)
            if not isinstance(value, dict):
                problem(f"{display_name(file)} has no text {field} any more; not written")
                continue
            if str(value.get(source, "")).strip() != str(message.id).strip():
                problem(f"the {source} text of {field} in {display_name(file)} changed since the export;"
                        " export again and translate the new text")
                continue
            value[lang] = yaml_edit.text_value(message.string)
            written[file] = written.get(file, 0) + 1
    for file, data in edited.items():
        if written.get(file):
            yaml_edit.dump(data, file)
    return problems, written
