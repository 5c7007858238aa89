"""Every page of the site, in every language, as data: its URL, its <head>, its key and its
HTML body. An engine wraps the body in its own page template (Material's, for MkDocs).

A page's key names what it is made of: the same key, under the same fingerprint
(fingerprint.py), is the same page, which an incremental build reuses instead of making it
again. A page is keyed by its <head> and what its body shows: a case's page by its own
file, its related cases' files, their covers and the taxonomy entries of their keys; a
listing by the same of each of its cases, in order, and its own data (the filters' counts,
the collections). Bodies are rendered only when they are needed, and not kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterator

from ..content.facets import facets
from ..content.library import CaseEntry
from ..content.model import SECTION_NAMES
from .fingerprint import key_of
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
    key: str
    _render: Callable[[], str] = field(repr=False, compare=False)

    @property
    def src_uri(self) -> str:
        return src_uri(self.url)

    @property
    def body(self) -> str:
        """The page's HTML, rendered now (pages are not kept rendered: a build of thousands
        of cases would hold them all)."""
        return self._render()


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
              urls: dict[str, str], values: Callable[[], dict[str, Any]], inputs: Any, **head: Any) -> Page:
        """A page, keyed by its <head> and `inputs`: what its body shows, as content keys
        (rendered only when it is asked for, and not kept)."""
        data = head_data(self.site, kind, lang, title, description, urls, **head)
        # The footer is the same on every page of a language, made of the options (in the
        # fingerprint): left out of the key, which is then quicker to compute.
        head_key = {k: v for k, v in data.items() if k != "footer"}

        def render() -> str:
            return self.site.render(template, lang, url, **values())

        return Page(url, lang, kind, title, description, data, key_of(kind, url, head_key, inputs), render)

    # --- the listings ---------------------------------------------------------------------

    def library(self, lang: str) -> Page:
        site = self.site
        title = site.site_name(lang)
        collections = [(name, entry.collection) for name, entry in sorted(site.library.collections.items())
                       if entry.collection.listed]
        counts = self.facet_counts(site.cases)
        return self._page(
            "library", lang, self.urls.library(lang), "library.html", title, site.tagline(lang),
            self.urls.each_lang(self.urls.library),
            lambda: {"cases": site.cases, "facets": counts, "collections": collections, "title": title},
            inputs=[self.shown_all(site.cases, lang), counts, [(name, c.model_dump(mode="json")) for name, c in collections]],
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
        return sorted(self.cases_by_key)

    @cached_property
    def cases_by_key(self) -> dict[tuple[str, str], list[CaseEntry]]:
        """(taxonomy, key) -> the shown cases that have it, in the library's order."""
        out: dict[tuple[str, str], list[CaseEntry]] = {}
        for entry in self.site.cases:
            for facet in facets():
                for key in self.site.keys(entry.case, facet.taxonomy):
                    out.setdefault((facet.taxonomy, key), []).append(entry)
        return out

    def taxonomy(self, taxonomy: str, key: str, lang: str) -> Page:
        site = self.site
        cases = self.cases_by_key[(taxonomy, key)]
        label = site.text(site.label(taxonomy, key), lang)
        gettext = site.languages[lang].gettext
        return self._page(
            "taxonomy", lang, self.urls.taxonomy(taxonomy, key, lang), "taxonomy.html", label,
            gettext("Customer stories: %(label)s") % {"label": label},
            self.urls.each_lang(lambda code: self.urls.taxonomy(taxonomy, key, code)),
            lambda: {"taxonomy": taxonomy, "key": key, "cases": cases, "label": label},
            inputs=[taxonomy, key, self.shown_all(cases, lang)], preview=site.previews.listing(lang),
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
            lambda: {"collection": collection, "cases": cases},
            inputs=[collection.model_dump(mode="json"), self.shown_all(cases, lang)], robots=None if collection.listed else "noindex", preview=site.previews.listing(lang),
        )

    # --- a case and its former addresses --------------------------------------------------

    def case(self, entry: CaseEntry, lang: str) -> Page:
        site = self.site
        case = entry.case
        related = site.related.of(entry)
        return self._page(
            "case", lang, self.urls.case(entry.slug, lang), "case.html",
            site.text(case.title, lang), site.text(case.summary, lang),
            self.urls.each_lang(lambda code: self.urls.case(entry.slug, code)),
            lambda: {"entry": entry, "case": case, "related": related, "sections": SECTION_NAMES,
                     "provider": site.provider_of(case), "draft": not entry.published,
                     "structured_data": case_structured_data(site, entry, lang),
                     "contact": site.config.options.contact},
            inputs=self.shown(entry, related, lang),
            og_type="article", preview=site.previews.case(entry, lang), lastmod=(case.updated or case.date).isoformat(),
            print_css=print_foot(site.absolute(self.urls.case(entry.slug, lang)), site.contact_line(lang)),
        )

    def shown_all(self, cases: list[CaseEntry], lang: str) -> list[Any]:
        """What a listing in `lang` shows of its cases, in their order (each one's card)."""
        return [(e.slug, *self.site.shown_of(e, lang)) for e in cases]

    def shown(self, entry: CaseEntry, related: list[CaseEntry], lang: str) -> list[Any]:
        """What a case's page in `lang` shows from files: the case's own and its related
        cases' (by their contents), their covers, and the labels of every key on the page."""
        return [(e.slug, *self.site.shown_of(e, lang)) for e in [entry, *related]]

    def alias(self, alias: str, entry: CaseEntry, lang: str) -> Page:
        site = self.site
        url = self.urls.case(alias, lang)
        target = relative(self.urls.case(entry.slug, lang), url)
        return self._page(
            "redirect", lang, url, "redirect.html",
            site.text(entry.case.title, lang), site.text(entry.case.summary, lang),
            self.urls.each_lang(lambda code: self.urls.case(entry.slug, code)),
            lambda: {"target": target, "case": entry.case}, inputs=[entry.digest],
            redirect=target, robots="noindex", preview=site.previews.case(entry, lang),
        )

    def not_found(self, lang: str) -> Page:
        """The 404 page of a language: served at any URL, so its links are from the host's root."""
        url = self.urls.not_found(lang)
        title = self.site.languages[lang].gettext("Page not found")
        return self._page(
            "not-found", lang, url, "not_found.html", title, title,
            self.urls.each_lang(self.urls.not_found), dict, inputs=[], robots="noindex",
            preview=self.site.previews.listing(lang),
        )
