"""One build of the whole site, as plain data for any static-site engine: the pages,
the images they show, the search documents per language and `cases.json`.

The MkDocs plugin turns this into `File`s and template context; nothing here imports
MkDocs, so the same pages could be written out as files for another engine.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from ..content.library import CaseEntry
from .cases_json import cases_json
from .feeds import feeds
from .i18n import Language
from .images import published_image
from .pages import Page, SitePages
from .previews.painter import PendingCard
from .renderer import SiteRenderer
from .search import case_documents
from .urls import asset_uri

Source = bytes | Path | PendingCard
"""A file to publish: its content, the cache's file that holds it, or a card being drawn."""


class SiteBuild:
    def __init__(self, site: SiteRenderer):
        self.site = site
        self.settings = site.settings
        self.urls = site.urls
        self.plan = SitePages(site)
        self.pages: list[Page] = list(self.plan)
        self.by_url = {page.url: page for page in self.pages}
        self.cache = site.cache

    def assets(self) -> list[tuple[str, Source]]:
        """The images that the pages show: (published URI, the bytes to publish), written out
        again from what was decoded (images.py), never copied as they are; then the
        link-preview cards, from the cache or being drawn (previews/painter.py)."""
        paths: set[str] = set()
        for entry in self.site.cases:
            if entry.case.client.logo and not entry.case.client.anonymous:
                paths.add(entry.case.client.logo)
        taxonomy = self.site.library.taxonomy
        if taxonomy:
            paths.update(p.logo for p in taxonomy.providers.values() if p.logo)
        root = self.settings.cases_path
        images: list[tuple[str, Source]] = [(asset_uri(path), published_image(root / path)) for path in sorted(paths)]
        covers: list[tuple[str, Source]] = [(v.uri, v.data) for picture in self.site.pictures() for v in picture.files]
        return images + covers + self.site.previews.files(self.cache)

    def feeds(self) -> list[tuple[str, bytes]]:
        """Each language's Atom feed (feeds.py)."""
        return feeds(self.site)

    def abort(self) -> None:
        """After a build that failed: no card is drawn any more."""
        self.site.previews.close(cancel=True)

    def not_found(self, lang: str) -> Page:
        return self.plan.not_found(lang)

    def search_documents(self) -> dict[str, list[dict[str, str]]]:
        """Per language, the search documents of every shown case (search.py)."""
        default = self.settings.default_language
        site = self.site

        def documents(entry: CaseEntry, language: Language) -> list[dict[str, str]]:
            make = lambda: list(case_documents(entry, language, default, self.urls))  # noqa: E731
            return site.kept["search"].get(make, language.code, *site.shown_of(entry, language.code))

        return {lang: [doc for entry in site.cases for doc in documents(entry, language)]
                for lang, language in site.languages.items()}

    def finish(self, prune: bool) -> None:
        """After a build that succeeded: keep what the next build can reuse, and (`prune`)
        let the cache forget the images that no build has used for a week."""
        self.site.previews.close()
        self.site.retain_cards({(page.lang, page.url.count("/")) for page in self.pages})
        for kept in self.site.kept.values():
            kept.save()
        if prune and self.cache is not None:
            self.cache.prune(self.site.covers.used | {planned.key for planned in self.site.previews.cards()})

    @cached_property
    def cases_json(self) -> str:
        return cases_json(self.site)
