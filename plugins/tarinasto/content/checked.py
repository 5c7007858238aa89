"""What checking a case file alone found, kept between runs, by the file's content.

Reading and checking a case file (YAML, the model, its texts, its own rules) is most of a
run's time, and its outcome depends on the file's bytes, the options that the checks read
and the checking code, nothing else. Those are the key: a file whose bytes are the same is
not read again, and a changed file, option or version of Tarinasto reads every file anew.
The checks between files (slugs, aliases, related cases, taxonomy keys, images) run every
time. The cache is one pickle in the site's cache folder; it may be deleted at any time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .cache import write_atomically
from .diagnostics import Diagnostic, Severity
from .settings import Settings

FORMAT = 2

_Stored = tuple[str, Any, tuple[tuple[str, int, int, str, str, str], ...], bytes | None]
"""(digest, data, problems, the model instance pickled): marshal's types only, which it
reads several times faster than pickle reads objects (a warm `validate` is mostly this)."""


@dataclass
class CheckedFile:
    data: Any
    problems: tuple[Diagnostic, ...]
    """Loading, the model, the texts and the file's own rules: what it says alone."""
    _checked: Any = None
    _pickled: bytes | None = field(default=None, repr=False)

    @property
    def valid(self) -> bool:
        return self._checked is not None or self._pickled is not None

    @property
    def checked(self) -> Any:
        """The model instance when the file is valid on its own (a Case), else None: made
        from the cache only when asked for (`validate` never asks; a build does)."""
        if self._checked is None and self._pickled is not None:
            self._checked = pickle.loads(self._pickled)
        return self._checked

    def keep_model_only(self) -> None:
        """The model made (from the cache's copy), and nothing else kept (library.py)."""
        self._checked = self.checked
        self._pickled = None
        self.data = None

    def stored(self, file_digest: str) -> _Stored:
        pickled = self._pickled if self._pickled is not None else (
            pickle.dumps(self._checked, protocol=pickle.HIGHEST_PROTOCOL) if self._checked is not None else None)
        problems = tuple((d.file, d.line, d.column, d.severity.value, d.path, d.message) for d in self.problems)
        return file_digest, self.data, problems, pickled

    @classmethod
    def restored(cls, stored: _Stored) -> CheckedFile:
        _, data, problems, pickled = stored
        diagnostics = tuple(Diagnostic(f, line, col, Severity(sev), path, msg) for f, line, col, sev, path, msg in problems)
        return cls(data, diagnostics, None, pickled)


@cache
def _code_digest() -> str:
    """The checking code itself: a new version checks every file again."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(settings: Settings) -> str:
    """What a file's own checks depend on besides its bytes. The working folder is in it
    because diagnostics name files relative to it."""
    options = settings.options
    parts = [str(FORMAT), _code_digest(), ",".join(settings.languages), str(options.allow_missing_translations),
             str(options.require_approval), str(settings.cases_path), os.getcwd()]
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:24]


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class CheckedFiles:
    """The cache of one run: read at the start, written at the end if anything changed."""

    def __init__(self, settings: Settings, enabled: bool = True):
        self.path = settings.cache_path / f"checked-{fingerprint(settings)}.marshal" if enabled else None
        self._old: dict[str, _Stored] = self._read()
        self._new: dict[str, _Stored] = {}
        self.hits = 0

    def _read(self) -> dict[str, _Stored]:
        if self.path is None:
            return {}
        try:
            loaded = marshal.loads(self.path.read_bytes())
            return loaded if isinstance(loaded, dict) else {}
        except Exception:  # noqa: BLE001 - a missing, partial or old cache is no cache
            return {}

    def get(self, path: Path, file_digest: str) -> CheckedFile | None:
        found = self._old.get(str(path))
        if found is None or found[0] != file_digest:
            return None
        self.hits += 1
        self._new[str(path)] = found
        return CheckedFile.restored(found)

    def put(self, path: Path, file_digest: str, checked: CheckedFile) -> None:
        stored = checked.stored(file_digest)
        try:
            marshal.dumps(stored)
        except ValueError:  # a value of its own type (a number too long to read): not kept
            return
        self._new[str(path)] = stored

    def save(self) -> None:
        """Writes what this run checked (files gone since are dropped), atomically; a cache
        that cannot be written only costs the next run its time."""
        if self.path is None or self._new == self._old:
            return
        if not write_atomically(self.path, marshal.dumps(self._new)):
            return
        for other in self.path.parent.glob("checked-*"):  # those of other options or versions
            if other != self.path:
                other.unlink(missing_ok=True)
