"""The covers of one build: each cover file's digest (read once), and its published sizes,
made once per content and kept in the cache: resizing and encoding a photo takes a tenth of
a second. The sizes are kept as files of the cache and published from there, never all held
in memory."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import replace
from pathlib import Path

from ..content.cache import ContentCache, content_key
from ..content.model import Case
from .images import PICTURE_VERSION, Picture, cover_picture
from .urls import asset_uri


class Covers:
    def __init__(self, cases_path: Path, cache: ContentCache | None):
        self.cases_path = cases_path
        self.cache = cache
        self._digests: dict[str, str] = {}
        self._pictures: dict[str, Picture] = {}
        self.used: set[str] = set()
        """The cache keys of the covers this build shows (the rest may be pruned)."""

    def digest(self, case: Case) -> str | None:
        """The SHA-256 of the case's cover file, or None."""
        if case.cover is None:
            return None
        src = case.cover.src
        if src not in self._digests:
            self._digests[src] = hashlib.sha256((self.cases_path / src).read_bytes()).hexdigest()
        return self._digests[src]

    def picture(self, case: Case) -> Picture | None:
        if case.cover is None:
            return None
        src = case.cover.src
        if src not in self._pictures:
            uri = asset_uri(src)
            key = content_key("cover", PICTURE_VERSION, self.digest(case) or "", uri)
            self.used.add(key)
            picture = self._cached(key)
            if picture is None:
                picture = self._keep(key, cover_picture(self.cases_path / src, uri))
            self._pictures[src] = picture
        return self._pictures[src]

    def _cached(self, key: str) -> Picture | None:
        data = self.cache.get(key) if self.cache is not None else None
        try:
            picture = pickle.loads(data) if data is not None else None
        except Exception:  # noqa: BLE001 - a damaged entry is made again
            return None
        if not isinstance(picture, Picture):
            return None
        # The cache may have lost some of its files (a site may delete any of them).
        if not all(isinstance(v.data, Path) and v.data.is_file() for v in picture.files):
            return None
        self.used.update(v.data.name for v in picture.files if isinstance(v.data, Path))
        return picture

    def _keep(self, key: str, picture: Picture) -> Picture:
        """The picture with its sizes as files of the cache, where it can keep them."""
        if self.cache is None:
            return picture
        cache = self.cache

        def kept(variant):  # type: ignore[no-untyped-def]
            variant_key = content_key(key, variant.uri)
            self.used.add(variant_key)
            path = cache.put(variant_key, variant.data)
            return replace(variant, data=path) if path is not None else variant

        stored = Picture(tuple(map(kept, picture.fallback)), tuple(map(kept, picture.webp)))
        if all(isinstance(v.data, Path) for v in stored.files):
            cache.put(key, pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL))
        return stored
