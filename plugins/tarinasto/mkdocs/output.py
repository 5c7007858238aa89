"""The files a build writes after MkDocs has written its own: each language's search index
(with Material's settings) and the sitemap."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from ..site.build import SiteBuild
from ..site.pages import Page
from ..site.sitemap import sitemap as sitemap_xml
from ..site.urls import SITEMAP
from . import material


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def search_indexes(site: Path, build: SiteBuild) -> None:
    """One index per language in place of Material's, which has none of our pages."""
    index_file = site / "search" / "search_index.json"
    if not index_file.is_file():
        return
    base = json.loads(index_file.read_text(encoding="utf-8"))
    for lang, documents in build.search_documents().items():
        index = material.search_index(base, lang, documents)
        write(site / build.urls.search_index(lang), json.dumps(index, ensure_ascii=False, separators=(",", ":")))


def sitemap(site: Path, pages: list[Page]) -> None:
    """`sitemap.xml` and its gzip (with no timestamp: the same pages, the same bytes)."""
    text = sitemap_xml(pages)
    write(site / SITEMAP, text)
    (site / f"{SITEMAP}.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
