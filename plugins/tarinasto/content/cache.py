"""A content-addressed cache of bytes that a build can always make again.

A key names its content: the SHA-256 of everything the bytes are made from (see
`content_key`), so an entry is never stale, only unused, and the folder can be deleted at
any time. The preview cards use it (drawing one costs far more than reading it back).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Iterable

_KEY = re.compile(r"[0-9a-f]{64}")


def content_key(*parts: bytes | str) -> str:
    """The key of content made from `parts`, in order: each part is length-prefixed, so
    that ("ab", "c") and ("a", "bc") never share a key."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


class ContentCache:
    """Bytes by key in a folder, two levels deep (`ab/abcdef…`)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path(self, key: str) -> Path:
        """Where the entry of `key` is (or would be)."""
        if not _KEY.fullmatch(key):  # a key is never a path of its own
            raise ValueError(f"not a content key: {key!r}")
        return self.folder / key[:2] / key

    def get(self, key: str) -> bytes | None:
        try:
            return self.path(key).read_bytes()
        except OSError:
            return None

    def put(self, key: str, data: bytes) -> Path | None:
        """Stores `data` (write_atomically); where the entry is, or None when it could not
        be written: a cache that cannot be written (a read-only folder) only costs the next
        build the time."""
        path = self.path(key)
        return path if write_atomically(path, data) else None

    def prune(self, used: Iterable[str], max_age_s: float = 7 * 24 * 3600) -> int:
        """Removes the entries that are not `used` and were written more than `max_age_s`
        ago; returns how many. This bounds the cache at what the last build used and what
        the week's builds (and `mkdocs serve` sessions) made."""
        keep = set(used)
        limit = time.time() - max_age_s
        removed = 0
        try:
            folders = list(os.scandir(self.folder))
        except OSError:
            return 0
        for folder in folders:
            if not folder.is_dir():
                continue
            for entry in os.scandir(folder.path):
                if entry.name in keep:
                    continue
                try:
                    if entry.stat().st_mtime < limit:
                        os.unlink(entry.path)
                        removed += 1
                except OSError:
                    pass
        return removed


def write_atomically(path: Path, data: bytes) -> bool:
    """Writes `data` beside `path` and moves it there, so that a run stopped half-way, or
    another run at the same time, never leaves a partial file; makes the folder when it is
    missing. False (and nothing left behind) when the file could not be written."""
    try:
        try:
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        except FileNotFoundError:  # the folder first (in the cache, one of 256: rarely)
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True
