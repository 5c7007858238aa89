"""What the builds before made of each case, by the content key of what it was made from:
its cards' HTML, its search documents, its entry in cases.json. One file of the cache per
kind and fingerprint (`mkdocs serve` and `mkdocs build` make pages with different
fingerprints, and must not evict each other's); each build keeps only what it used, so each
file is as large as the site, and only the newest few files of a kind are kept.

Rendering a card costs half a millisecond and the listings show every case; the search
documents and cases.json hold every case too. An edit then remakes one case's share only.
"""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..content.cache import content_key, write_atomically

T = TypeVar("T")
_VERSION = "1"
_FILES_PER_KIND = 4


_read: dict[tuple[str, int, int], dict[str, Any]] = {}
"""The files this process read or wrote last, by path, modification time and size."""


def _remember(mark: tuple[str, int, int], data: dict[str, Any]) -> dict[str, Any]:
    for old in [m for m in _read if m[0] == mark[0]]:
        del _read[old]
    _read[mark] = data
    return data


class Kept:
    def __init__(self, folder: Path | None, kind: str, fingerprint: str):
        self.folder, self.kind = folder, kind
        self.path = folder / f"kept-{kind}-{fingerprint[:16]}.marshal" if folder is not None else None
        self.fingerprint = fingerprint
        self._before: dict[str, Any] | None = None
        self.used: dict[str, Any] = {}

    def get(self, make: Callable[[], T], *parts: str) -> T:
        """What `make` makes of the content that `parts` name (marshal-able plain data)."""
        key = content_key(_VERSION, self.fingerprint, *parts)
        if key not in self.used:
            before = self.before
            self.used[key] = before[key] if key in before else make()
        return self.used[key]  # type: ignore[no-any-return]

    def retain(self, *parts: str) -> None:
        """Keeps for the next build what the builds before made of `parts`, though this
        build did not use it (a page taken from the cache did not need its cards)."""
        key = content_key(_VERSION, self.fingerprint, *parts)
        if key not in self.used and key in self.before:
            self.used[key] = self.before[key]

    @property
    def before(self) -> dict[str, Any]:
        """What the builds before kept, read when first needed."""
        if self._before is None:
            self._before = self._load()
        return self._before

    def _load(self) -> dict[str, Any]:
        if self.path is None:
            return {}
        try:
            stat = self.path.stat()
            mark = (str(self.path), stat.st_mtime_ns, stat.st_size)
            if mark in _read:  # `mkdocs serve`: the file the last build of this process wrote
                return _read[mark]
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return _remember(mark, data) if isinstance(data, dict) else {}

    def save(self) -> None:
        """What this build used, for the next (written beside and moved into place)."""
        if self.path is None or self.used == self._before:
            return
        try:
            if not write_atomically(self.path, marshal.dumps(self.used)):
                return
            stat = self.path.stat()
            _remember((str(self.path), stat.st_mtime_ns, stat.st_size), self.used)
            self._prune()
        except (OSError, ValueError):
            pass

    def _prune(self) -> None:
        """The newest files of the kind stay; older fingerprints' go."""
        assert self.folder is not None
        files = sorted(self.folder.glob(f"kept-{self.kind}-*.marshal"), key=lambda p: p.stat().st_mtime_ns)
        for old in files[:-_FILES_PER_KIND]:
            old.unlink(missing_ok=True)
