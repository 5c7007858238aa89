"""Diagnostics: one problem, one line, in the form editors and CI annotate.

    cases/limingan-kunta.yml:42:9: error: results.points[2]: translation missing for 'en'
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Iterable, Iterator

Path_ = tuple[str | int, ...]
"""A location inside a YAML document: mapping keys and list indexes."""


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int
    column: int
    severity: Severity
    path: str
    message: str

    def format(self) -> str:
        """Exactly one line: whatever a case file or its name holds, nothing in it can end
        the line, start another (a CI annotation such as `::error file=...`) or drive the
        terminal."""
        where = f"{one_line(self.file)}:{self.line}:{self.column}: {self.severity.value}: "
        return where + (f"{one_line(self.path)}: {one_line(self.message)}" if self.path else one_line(self.message))

    def __str__(self) -> str:
        return self.format()


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _unsafe(char: str) -> bool:
    """Control characters, line and paragraph separators, and the invisible format
    characters that reorder or hide text on screen (bidirectional overrides, zero widths)."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp", "Cf")


def one_line(text: str) -> str:
    """`text` with every character that could break or disguise a line shown escaped."""
    if text.isprintable():
        return text
    return "".join(_escape(c) if _unsafe(c) else c for c in text)


def format_path(path: Path_) -> str:
    """`('results', 'points', 2)` -> `results.points[2]`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def display_name(path: Path) -> str:
    """A file name as people see it: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel.replace(os.sep, "/")


@dataclass
class Report:
    """Every diagnostic of a run; nothing is raised one at a time."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    def sorted(self) -> list[Diagnostic]:
        # De-duplicated, by file, line and column, so that output is stable.
        return sorted(set(self.items), key=lambda d: (d.file, d.line, d.column, d.path, d.message))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.sorted())

    def __len__(self) -> int:
        return len(self.items)


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"
