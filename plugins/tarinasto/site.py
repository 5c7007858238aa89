"""One build of the whole site, as plain data for any static-site engine.

The MkDocs plugin turns this into `File`s and template context; nothing here imports
MkDocs, so the same pages could be written out as Markdown files for another engine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import TAXONOMIES
from .render import GeneratedPage, SiteRenderer, asset_uri, case_keys
from .search import case_documents, search_index


@dataclass(frozen=True)
class NotFoundPage:
    lang: str
    url: str
    meta: dict[str, Any]
    body: str


class SiteBuild:
    def __init__(self, renderer: SiteRenderer):
        self.renderer = renderer
        self.library = renderer.library
        self.settings = renderer.settings
        self.urls = renderer.urls
        self.pages: list[GeneratedPage] = list(renderer.pages())
        self.by_url = {page.url: page for page in self.pages}

    def assets(self) -> list[tuple[str, Path]]:
        """Images the pages show: (published URI, file)."""
        paths: set[str] = set()
        for entry in self.renderer.cases:
            if entry.case.client.logo and not entry.case.client.anonymous:
                paths.add(entry.case.client.logo)
        if self.library.taxonomy:
            paths.update(p.logo for p in self.library.taxonomy.providers.values() if p.logo)
        root = self.settings.cases_path
        return [(asset_uri(path), root / path) for path in sorted(paths)]

    def not_found(self, lang: str) -> NotFoundPage:
        url = self.urls.not_found(lang)
        title = self.renderer.languages[lang].gettext("Page not found")
        urls = {code: self.urls.not_found(code) for code in self.settings.languages}
        meta = self.renderer.head("not-found", lang, title, title, urls, robots="noindex")
        return NotFoundPage(lang, url, meta, self.renderer.not_found_body(lang, url))

    def search_indexes(self, material: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """One search index per language prefix, from the case data (see search.py)."""
        default = self.settings.default_language
        out = {}
        for lang, language in self.renderer.languages.items():
            documents = [doc for entry in self.renderer.cases
                         for doc in case_documents(entry, language, default, self.urls)]
            out[self.urls.prefix(lang)] = search_index(material, lang, documents)
        return out

    def cases_json(self) -> str:
        """Every published case in every language, for CRM and sales tools."""
        renderer = self.renderer
        default = self.settings.default_language
        taxonomy = self.library.taxonomy
        cases = []
        for entry in self.library.visible_cases(include_drafts=False):
            case = entry.case
            item: dict[str, Any] = {
                "slug": entry.slug,
                "date": case.date.isoformat(),
                "featured": case.featured,
                "urls": {lang: renderer.absolute(self.urls.case(entry.slug, lang)) for lang in self.settings.languages},
                "title": {lang: case.title.get_text(lang, default)[0] for lang in self.settings.languages},
                "summary": {lang: case.summary.get_text(lang, default)[0] for lang in self.settings.languages},
                "client": {
                    "name": {lang: case.client.name.get_text(lang, default)[0] for lang in self.settings.languages},
                    "anonymous": case.client.anonymous,
                    "website": None if case.client.anonymous else case.client.website,
                },
                "taxonomy": {
                    name: [
                        {"key": key, "label": {lang: _label(taxonomy, name, key, lang, default) for lang in self.settings.languages}}
                        for key in case_keys(case, name, self.settings.default_provider)
                    ]
                    for name in TAXONOMIES
                },
                "figures": [
                    {
                        "value": f.value, "before": f.before, "unit": f.unit,
                        "label": {lang: f.label.get_text(lang, default)[0] for lang in self.settings.languages},
                    }
                    for f in case.figures
                ],
            }
            cases.append(item)
        payload = {"languages": list(self.settings.languages), "cases": cases}
        return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def _label(taxonomy: Any, name: str, key: str, lang: str, default: str) -> str:
    if taxonomy is None or key not in getattr(taxonomy, name):
        return key
    return taxonomy.label(name, key).get_text(lang, default)[0]
