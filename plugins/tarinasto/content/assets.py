"""Images under the cases folder that case and taxonomy files refer to."""

from __future__ import annotations

import re
from pathlib import Path

from .diagnostics import Diagnostic, Path_
from .loader import Document
from .model import IMAGE_SUFFIXES
from .settings import Settings
from .suggest import did_you_mean


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
