"""Images under the cases folder that case and taxonomy files name: each path checked
where it is named, each file's content checked once (`images.py`), however many files
name it."""

from __future__ import annotations

import re
from pathlib import Path

from .diagnostics import Diagnostic, Path_, Severity, display_name
from .images import check_image
from .loader import Document
from .model import COVER_MIN_WIDTH, IMAGE_SUFFIXES, PHOTO_SUFFIXES
from .settings import Settings
from .suggest import did_you_mean


class ImageChecks:
    def __init__(self, settings: Settings, files: set[Path]):
        self.settings = settings
        self.files = files
        """The regular files the walk of the cases folder found (resolved)."""
        self.named: dict[Path, int] = {}
        """Every image file some file names, in the order first named, with the width it
        needs (a cover's COVER_MIN_WIDTH, else 0)."""

    def check(self, doc: Document, path: Path_, value: str, *, photo: bool = False) -> list[Diagnostic]:
        """An image path must stay inside the cases folder, name a regular file there (found
        by the walk, so never through a link that leaves it) and be a kind the site shows."""
        settings, root = self.settings, self.settings.cases_path
        if value.startswith(("/", "\\")) or re.match(r"^[a-zA-Z]+:", value):
            return [doc.diagnostic(path, f"'{value}' must be a path relative to {settings.cases_dir}/ (e.g. logos/client.svg)")]
        target = (root / value).resolve()
        if not target.is_relative_to(root):
            return [doc.diagnostic(path, f"'{value}' points outside {settings.cases_dir}/; keep images inside it")]
        allowed = PHOTO_SUFFIXES if photo else IMAGE_SUFFIXES
        if Path(value).suffix.lower() not in allowed:
            kind = "a cover is a photo" if photo else "an image this site shows"
            return [doc.diagnostic(path, f"'{value}' is not {kind}; use {', '.join(s[1:] for s in allowed)}")]
        if target not in self.files:
            if target.exists() and not target.is_dir():
                return [doc.diagnostic(path, f"{settings.cases_dir}/{value} is not a regular file; use an image file")]
            siblings = sorted(p.relative_to(root).as_posix() for p in self.files if p.parent == target.parent)
            return [doc.diagnostic(path, f"there is no file {settings.cases_dir}/{value}" + did_you_mean(value, siblings))]
        width = COVER_MIN_WIDTH if photo else 0
        self.named[target] = max(width, self.named.get(target, 0))
        return []

    def content_problems(self) -> list[Diagnostic]:
        """One diagnostic for each named image whose content cannot be published, at the
        place in the image file where the problem is."""
        out = []
        for target, min_width in self.named.items():
            problem = check_image(target, min_width)
            if problem is not None:
                out.append(Diagnostic(display_name(target), problem.line, problem.column, Severity.ERROR, "",
                                      problem.message))
        return out
