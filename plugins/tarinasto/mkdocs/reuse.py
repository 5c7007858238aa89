"""Incremental builds: what a build can take from the builds before it instead of making it.

A generated page whose final HTML an earlier build made from the same content, under the
same fingerprint, is not given to MkDocs again; the images of the site (covers, logos,
preview cards) are not given to MkDocs at all. This build writes both itself, after
MkDocs: each file is linked from the site folder the last build left, when that folder
still holds the very file (the same content key, and the file as that build left it: its
size, modification time and inode), else copied from the cache or written from its bytes.
Linking makes a build that changed little cost little; the cache itself is only ever
copied, so that a tool that changes the site's files in place can never change the cache.

Nothing can be stale: a page's key is its own key (site/pages.py: what it is made of)
together with everything MkDocs and Material make it with (the configuration, their
versions, the theme folders, the hand-written pages), so any change to any of them makes
the page again; a file is reused only under the key of its content.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from importlib.metadata import version
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from ..content.cache import ContentCache, content_key, write_atomically
from ..site.build import Source
from ..site.fingerprint import tree_digest
from ..site.pages import Page
from ..site.previews.painter import PendingCard
from ..site.renderer import SiteRenderer


def engine_fingerprint(config: MkDocsConfig, site: SiteRenderer, serving: bool) -> str:
    """What MkDocs and Material make every page with, besides the page itself."""
    config_file = Path(config.config_file_path)
    theme_dirs = [Path(d) for d in config.theme.dirs if not Path(d).is_relative_to(Path(sys.prefix))]
    parts = [
        site.fingerprint,
        hashlib.sha256(config_file.read_bytes()).hexdigest() if config_file.is_file() else "",
        # As the other plugins left it: an !ENV value or another plugin's change shows here.
        json.dumps({key: str(value) for key, value in config.items() if key not in _PER_BUILD}, sort_keys=True),
        tree_digest(theme_dirs),  # the site's custom_dir (the installed themes are in their versions)
        tree_digest([Path(config.docs_dir)]),  # hand-written pages are in the navigation
        str(serving),
        *(f"{name}=={version(name)}" for name in ("mkdocs", "mkdocs-material", "tarinasto")),
        sys.version,
    ]
    return content_key(*parts)


_PER_BUILD = {"site_dir", "plugins", "config_file_path"}
"""Configuration keys that differ between builds of the same pages (the folder an atomic
build writes into) or whose text is an object's address (the plugins: their options are in
the configuration file)."""


class SiteManifest:
    """What a site folder holds of this build's files: path -> [key, size, mtime, inode],
    kept in the cache (never published), one per site folder."""

    def __init__(self, cache_dir: Path, site_dir: Path):
        name = hashlib.sha256(str(site_dir.resolve()).encode()).hexdigest()[:32]
        self.path = cache_dir / "sites" / f"{name}.json"

    def load(self) -> dict[str, list]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save(self, entries: dict[str, list]) -> None:
        # Should it fail, the next build copies what it could have linked.
        write_atomically(self.path, json.dumps(entries, separators=(",", ":")).encode("utf-8"))


class Reuse:
    def __init__(self, cache_dir: Path, fingerprint: str, site_dir: Path):
        self.pages = ContentCache(cache_dir / "pages")
        self.fingerprint = fingerprint
        self.site_dir = site_dir
        """The folder the last build left (and this build replaces)."""
        self.manifest = SiteManifest(cache_dir, site_dir)
        self.previous = self.manifest.load()
        self.keys: dict[str, str] = {}
        """Every file this build writes of ours: path in the site -> its content key."""
        self.sources: dict[str, Source] = {}
        """The files this build writes itself: path in the site -> what to write."""
        self.reused_pages = 0

    # --- pages ---------------------------------------------------------------------------

    def plan(self, pages: list[Page], always: set[str]) -> None:
        """Which pages need MkDocs: those whose HTML the cache has not (and `always`)."""
        for page in pages:
            path = page_path(page.url)
            key = content_key(self.fingerprint, page.key)
            self.keys[path] = key
            cached = self.pages.path(key)
            if page.url not in always and cached.is_file():
                self.sources[path] = cached
                self.reused_pages += 1

    def needs_rendering(self, page: Page) -> bool:
        return page_path(page.url) not in self.sources

    def keep(self, url: str, html: str) -> None:
        """The final HTML that MkDocs made of a page, for the next builds."""
        key = self.keys.get(page_path(url))
        if key is not None:
            self.pages.put(key, html.encode("utf-8", errors="xmlcharrefreplace"))

    # --- the site's other files -------------------------------------------------------------

    def add(self, path: str, source: Source) -> None:
        """A file of ours to publish at `path`: its bytes, or an entry of the cache or a card
        being drawn (named by the key of its content)."""
        self.keys[path] = hashlib.sha256(source).hexdigest() if isinstance(source, bytes) else source.name
        self.sources[path] = source

    # --- writing ------------------------------------------------------------------------------

    def write(self, target: Path) -> None:
        """Every file this build writes itself, into `target` (the folder MkDocs built)."""
        folders: set[Path] = set()

        def folder_of(out: Path) -> None:
            if out.parent not in folders:  # a folder holds many files: made once
                out.parent.mkdir(parents=True, exist_ok=True)
                folders.add(out.parent)

        for path, source in self.sources.items():
            out = target / path
            if target != self.site_dir and self._unchanged(path):
                folder_of(out)
                try:
                    os.link(self.site_dir / path, out)
                    continue
                except OSError:
                    pass  # another file system, or no links there: copied below
            elif target == self.site_dir and self._unchanged(path):
                continue  # a dirty build into the same folder: the file is there
            folder_of(out)
            if isinstance(source, PendingCard):
                source = source.result()
            if isinstance(source, bytes):
                out.write_bytes(source)
            else:
                shutil.copyfile(source, out)

    def _unchanged(self, path: str) -> bool:
        entry = self.previous.get(path)
        if not entry or entry[0] != self.keys[path]:
            return False
        try:
            stat = os.stat(self.site_dir / path)
        except OSError:
            return False
        return [stat.st_size, stat.st_mtime_ns, stat.st_ino] == entry[1:]

    def prune(self) -> None:
        """The pages' cache forgets the pages that no build has used for a week."""
        self.pages.prune(content_key for content_key in self.keys.values())

    def record(self, site: Path) -> None:
        """After the build is in place: what the site folder now holds, for the next build."""
        entries: dict[str, list] = {}
        for path, key in self.keys.items():
            try:
                stat = os.stat(site / path)
            except OSError:
                continue
            entries[path] = [key, stat.st_size, stat.st_mtime_ns, stat.st_ino]
        self.manifest.save(entries)


def page_path(url: str) -> str:
    """The file of a page's URL in the site folder."""
    return url + "index.html" if url == "" or url.endswith("/") else url
