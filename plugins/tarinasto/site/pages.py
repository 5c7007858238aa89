"""Every page of the site, in every language, as data: its URL, its <head> and its HTML
body. An engine wraps the body in its own page template (Material's, for MkDocs)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from ..content.facets import facets
from ..content.library import CaseEntry
from ..content.model import SECTION_NAMES
from .head import head_data, print_foot
from .renderer import SiteRenderer
from .structured_data import case_structured_data
from .urls import relative, src_uri

Facets = list[tuple[str, list[tuple[str, int]]]]


@dataclass(frozen=True)
class Page:
    url: str
    lang: str
    kind: str
    """library, case, redirect, taxonomy, collection or not-found."""
    title: str
    description: str
    head: dict[str, Any]
    body: str

    @property
    def src_uri(self) -> str:
        return src_uri(self.url)


class SitePages:
    def __init__(self, site: SiteRenderer):
        self.site = site
        self.urls = site.urls

    def __iter__(self) -> Iterator[Page]:
        site = self.site
        for lang in site.settings.languages:
            yield self.library(lang)
            for entry in site.cases:
                yield self.case(entry, lang)
                for alias in entry.case.aliases:
                    yield self.alias(alias, entry, lang)
            for taxonomy, key in self.taxonomy_keys():
                yield self.taxonomy(taxonomy, key, lang)
            for name in site.library.collections:
                yield self.collection(name, lang)

    def _page(self, kind: str, lang: str, url: str, template: str, title: str, description: str,
              urls: dict[str, str], values: dict[str, Any], **head: Any) -> Page:
        body = self.site.render(template, lang, url, **values)
        return Page(url, lang, kind, title, description,
                    head_data(self.site, kind, lang, title, description, urls, **head), body)

    # --- the listings ---------------------------------------------------------------------

    def library(self, lang: str) -> Page:
        site = self.site
        title = site.site_name(lang)
        collections = [(name, entry.collection) for name, entry in sorted(site.library.collections.items())
                       if entry.collection.listed]
        return self._page(
            "library", lang, self.urls.library(lang), "library.html", title, site.tagline(lang),
            self.urls.each_lang(self.urls.library),
            {"cases": site.cases, "facets": self.facet_counts(site.cases), "collections": collections, "title": title},
            og_type="website", preview=site.previews.listing(lang),
        )

    def facet_counts(self, cases: list[CaseEntry]) -> Facets:
        """Per taxonomy, the keys that some case has, with how many cases have each."""
        out = []
        taxonomy = self.site.library.taxonomy
        for facet in facets():
            counts: dict[str, int] = {}
            for entry in cases:
                for key in self.site.keys(entry.case, facet.taxonomy):
                    counts[key] = counts.get(key, 0) + 1
            order = taxonomy.keys_of(facet.taxonomy) if taxonomy else sorted(counts)
            keys = [(key, counts[key]) for key in order if key in counts]
            if keys:
                out.append((facet.taxonomy, keys))
        return out

    def taxonomy_keys(self) -> list[tuple[str, str]]:
        """Every (taxonomy, key) that a shown case has: each gets a page."""
        keys: set[tuple[str, str]] = set()
        for entry in self.site.cases:
            for facet in facets():
                keys.update((facet.taxonomy, key) for key in self.site.keys(entry.case, facet.taxonomy))
        return sorted(keys)

    def taxonomy(self, taxonomy: str, key: str, lang: str) -> Page:
        site = self.site
        cases = [e for e in site.cases if key in site.keys(e.case, taxonomy)]
        label = site.text(site.label(taxonomy, key), lang)
        gettext = site.languages[lang].gettext
        return self._page(
            "taxonomy", lang, self.urls.taxonomy(taxonomy, key, lang), "taxonomy.html", label,
            gettext("Customer stories: %(label)s") % {"label": label},
            self.urls.each_lang(lambda code: self.urls.taxonomy(taxonomy, key, code)),
            {"taxonomy": taxonomy, "key": key, "cases": cases, "label": label},
            preview=site.previews.listing(lang),
        )

    def collection(self, name: str, lang: str) -> Page:
        site = self.site
        collection = site.library.collections[name].collection
        visible = {e.slug: e for e in site.cases}
        cases = [visible[s] for s in collection.cases if s in visible]
        title = site.text(collection.title, lang)
        intro = site.text(collection.intro, lang) or title
        return self._page(
            "collection", lang, self.urls.collection(name, lang), "collection.html", title, intro[:300],
            self.urls.each_lang(lambda code: self.urls.collection(name, code)),
            {"collection": collection, "cases": cases},
            robots=None if collection.listed else "noindex", preview=site.previews.listing(lang),
        )

    # --- a case and its former addresses --------------------------------------------------

    def case(self, entry: CaseEntry, lang: str) -> Page:
        site = self.site
        case = entry.case
        return self._page(
            "case", lang, self.urls.case(entry.slug, lang), "case.html",
            site.text(case.title, lang), site.text(case.summary, lang),
            self.urls.each_lang(lambda code: self.urls.case(entry.slug, code)),
            {"entry": entry, "case": case, "related": site.related.of(entry), "sections": SECTION_NAMES,
             "provider": site.provider_of(case), "draft": not entry.published,
             "structured_data": case_structured_data(site, entry, lang),
             "contact": site.config.options.contact},
            og_type="article", preview=site.previews.case(entry, lang), lastmod=(case.updated or case.date).isoformat(),
            print_css=print_foot(site.absolute(self.urls.case(entry.slug, lang)), site.contact_line(lang)),
        )

    def alias(self, alias: str, entry: CaseEntry, lang: str) -> Page:
        site = self.site
        url = self.urls.case(alias, lang)
        target = relative(self.urls.case(entry.slug, lang), url)
        return self._page(
            "redirect", lang, url, "redirect.html",
            site.text(entry.case.title, lang), site.text(entry.case.summary, lang),
            self.urls.each_lang(lambda code: self.urls.case(entry.slug, code)),
            {"target": target, "case": entry.case},
            redirect=target, robots="noindex", preview=site.previews.case(entry, lang),
        )

    def not_found(self, lang: str) -> Page:
        """The 404 page of a language: served at any URL, so its links are from the host's root."""
        url = self.urls.not_found(lang)
        title = self.site.languages[lang].gettext("Page not found")
        return self._page(
            "not-found", lang, url, "not_found.html", title, title,
            self.urls.each_lang(self.urls.not_found), {}, robots="noindex",
            preview=self.site.previews.listing(lang),
        )
