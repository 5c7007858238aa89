"""What every page of a build depends on besides its own content: the version of Tarinasto
(all of its code, templates, styles, fonts and catalogues), the site's own template and
catalogue files, and the options. A page made from the same content under the same
fingerprint is the same page, so the incremental build can reuse it; a change to any of
these makes every page anew."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .config import SiteConfig

PACKAGE = Path(__file__).resolve().parents[1]


def tree_digest(folders: Iterable[Path]) -> str:
    """Every file below the folders, by path and content (compiled bytecode left out)."""
    digest = hashlib.sha256()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@lru_cache(maxsize=4)
def _package_digest(marker: tuple[tuple[str, int, int], ...]) -> str:
    return tree_digest([PACKAGE])


def package_digest() -> str:
    """The package's digest, read again only when a file of it changed (its mtimes): a
    long `mkdocs serve` session sees an edited template."""
    stats = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                  for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return _package_digest(stats)


def options_json(options: Any) -> str:
    return json.dumps(options if isinstance(options, dict) else dict(options), sort_keys=True, default=_plain)


def _plain(value: Any) -> Any:
    return dict(value) if hasattr(value, "keys") else str(value)


def render_fingerprint(config: SiteConfig) -> str:
    parts = [
        package_digest(),
        tree_digest(config.template_dirs),
        tree_digest([config.locales_dir] if config.locales_dir else []),
        options_json(config.options),
        json.dumps([config.site_name, config.site_url, config.include_drafts, str(config.settings.cases_path)]),
    ]
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def key_of(*parts: Any) -> str:
    """A content key of JSON-able parts, in order."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=_plain, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
