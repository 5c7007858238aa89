"""Pages -> HTML in Markdown files with front matter, one per (page, language).

Templates live in `theme_overrides/tarinasto/` and run in a Jinja environment of our
own, one per language, with autoescaping on: every value from a case file is text
unless a helper here made it safe HTML (Markdown fields, through `markup.py`).
"""

from __future__ import annotations

import functools
import heapq
import json
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

import jinja2
import yaml
from markupsafe import Markup, escape

from .i18n import Language
from .library import CaseEntry, Library
from .markup import MarkdownRenderer
from .model import SECTION_NAMES, TAXONOMIES, Case
from .pages import Urls, relative, src_uri
from .search import section_title
from .text import LocalizedText, Name

HEAD_KEY = "tarinasto"
"""The front matter key with what main.html puts in <head>."""

CASE_FACETS = {"sectors": "sector", "services": "service", "regions": "region", "tools": "tool", "providers": "provider"}
"""Taxonomy -> the query parameter that filters the library by it (SITE.md)."""

_INDEXED_SERVICES = 8
"""Related cases are found through an index of service combinations (2**n per case) when
no case has more services than this; else by comparing every pair of cases."""


_FrontMatterDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""libyaml's emitter when PyYAML has it: the same YAML, ten times faster than Python's."""


@functools.cache
def _shared_markdown() -> MarkdownRenderer:
    """One Markdown converter for every page (it is reset between texts; building one
    costs more than converting a text)."""
    return MarkdownRenderer()


@dataclass(frozen=True)
class GeneratedPage:
    url: str
    lang: str
    kind: str
    meta: dict[str, Any]
    body: str

    @property
    def src_uri(self) -> str:
        return src_uri(self.url)

    def markdown(self) -> str:
        """The page as a Markdown file with front matter. The data of <head> (`meta[HEAD_KEY]`)
        is left out and handed to the engine directly: writing and re-reading it as YAML
        was 0.6 s of a build at 1,000 cases."""
        meta = {k: v for k, v in self.meta.items() if k != HEAD_KEY}
        front = yaml.dump(meta, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False, width=10_000)
        return f"---\n{front}---\n\n{self.body}\n"


@dataclass
class SiteOptions:
    templates_dir: Path
    site_url: str | None = None
    include_drafts: bool = False
    site_name: str = ""
    site_names: dict[str, str] = field(default_factory=dict)


@dataclass
class PageContext:
    """The helpers every template gets, bound to one page's language and URL."""

    lang: Language
    default: str
    url: str
    urls: Urls
    library: Library
    site: SiteRenderer
    markdown: MarkdownRenderer = field(default_factory=_shared_markdown)

    def _wrap(self, html: str, lang: str, block: bool) -> Markup:
        if lang == self.lang.code:
            return Markup(html)
        tag = "div" if block else "span"
        return Markup(f'<{tag} lang="{escape(lang)}">{html}</{tag}>')

    def text(self, value: LocalizedText | Name | str | None) -> Markup:
        """Plain text in the page's language (or the default one, marked with its lang)."""
        if value is None:
            return Markup("")
        if isinstance(value, str):
            return escape(value)
        text, lang = value.get_text(self.lang.code, self.default)
        return self._wrap(str(escape(text)), lang, block=False)

    def plain(self, value: LocalizedText | Name | str | None) -> str:
        """The text without markup, for attributes and JSON."""
        if value is None:
            return ""
        return value if isinstance(value, str) else value.get_text(self.lang.code, self.default)[0]

    def md(self, value: LocalizedText | None, inline: bool = False) -> Markup:
        if value is None:
            return Markup("")
        text, lang = value.get_text(self.lang.code, self.default)
        html = self.markdown.inline(text) if inline else self.markdown.block(text)
        return self._wrap(html, lang, block=not inline)

    def href(self, target: str) -> str:
        return relative(target, self.url)

    def label(self, taxonomy: str, key: str) -> Markup:
        tax = self.library.taxonomy
        if tax is None or key not in getattr(tax, taxonomy):
            return escape(key)
        return self.text(tax.label(taxonomy, key))

    def taxonomy_url(self, taxonomy: str, key: str) -> str:
        return self.href(self.urls.taxonomy(taxonomy, key, self.lang.code))

    def case_url(self, slug: str) -> str:
        return self.href(self.urls.case(slug, self.lang.code))

    def asset_url(self, path: str) -> str:
        return self.href(asset_uri(path))

    def number(self, value: float) -> str:
        return self.lang.number(int(value) if float(value).is_integer() else value)

    def date(self, value: Any) -> str:
        return self.lang.date(value)

    def join(self, items: list[str]) -> Markup:
        """A list of safe HTML fragments joined as the language writes lists."""
        placeholders = [f"\x00{i}\x00" for i in range(len(items))]
        joined = str(escape(self.lang.list(placeholders)))
        for placeholder, item in zip(placeholders, items):
            joined = joined.replace(placeholder, str(item))
        return Markup(joined)

    def card(self, entry: CaseEntry) -> Markup:
        return self.site.card(entry, self.lang.code, self.url.count("/"))

    def section_title(self, name: str) -> str:
        return section_title(self.lang, name)

    def _(self, message: str) -> str:
        return self.lang.gettext(message)


def asset_uri(path: str) -> str:
    """Where an image under cases/ is published."""
    return f"assets/cases/{path}"


def json_ld(data: dict[str, Any]) -> Markup:
    """JSON for a <script> element: `<` escaped so that no text can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


class SiteRenderer:
    """Renders every page of the site, in every language."""

    def __init__(self, library: Library, languages: dict[str, Language], options: SiteOptions):
        self.library = library
        self.languages = languages
        self.options = options
        self.settings = library.settings
        self.urls = Urls(library.settings.languages)
        self.cases = library.visible_cases(include_drafts=options.include_drafts)
        self._envs = {code: self._environment(language) for code, language in languages.items()}
        self._cards: dict[tuple[str, str, int], Markup] = {}

    def _environment(self, language: Language) -> jinja2.Environment:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(self.options.templates_dir),
            autoescape=True,
            extensions=["jinja2.ext.i18n"],
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
        )
        env.install_gettext_translations(language.translations, newstyle=True)  # type: ignore[attr-defined]
        return env

    def card(self, entry: CaseEntry, lang: str, depth: int) -> Markup:
        """A case's card for pages `depth` folders deep. Its links are computed from a page
        at that depth in a folder no target can be in (`_` is in no slug), so they are the
        same for every such page; the cache saves most of the listings' rendering."""
        key = (entry.slug, lang, depth)
        html = self._cards.get(key)
        if html is None:
            prefix = self.urls.prefix(lang)
            url = prefix + "_/" * (depth - prefix.count("/"))
            ctx = PageContext(self.languages[lang], self.settings.default_language, url, self.urls, self.library, self)
            html = Markup(self._envs[lang].get_template("card.html").render(ctx=ctx, entry=entry))
            self._cards[key] = html
        return html

    # --- URLs and head data ------------------------------------------------------------

    def absolute(self, url: str) -> str:
        base = self.options.site_url
        return (base.rstrip("/") + "/" + url) if base else "/" + url

    def site_path(self, url: str) -> str:
        """`url` as a path from the host's root (`/en/`): right at any depth and on any host."""
        return urlsplit(self.absolute(url)).path

    def head(self, kind: str, lang: str, title: str, description: str, urls: dict[str, str],
             **extra: Any) -> dict[str, Any]:
        """What main.html puts in <head>: description, canonical, alternates, previews."""
        locale = self.languages[lang].locale
        alternates = [
            {"lang": code, "name": self.languages[code].name, "url": url, "href": self.absolute(url)}
            for code, url in urls.items()
        ]
        return {
            "kind": kind,
            "lang": lang,
            "title": title,
            "description": description,
            "canonical": self.absolute(urls[lang]),
            "alternates": alternates,
            "x_default": self.absolute(urls[self.settings.default_language]),
            "og_locale": str(locale),
            "og_locale_alternates": [str(self.languages[c].locale) for c in urls if c != lang],
            **{k: v for k, v in extra.items() if v is not None},
        }

    def page(self, kind: str, lang: str, url: str, template: str, title: str, description: str,
             urls: dict[str, str], values: dict[str, Any], **head: Any) -> GeneratedPage:
        ctx = PageContext(self.languages[lang], self.settings.default_language, url, self.urls, self.library, self)
        env = self._envs[lang]
        body = env.get_template(template).render(ctx=ctx, urls=self.urls, lang=lang, **values)
        meta: dict[str, Any] = {
            # Material prints page titles and descriptions without escaping: keep them escaped.
            "title": str(escape(title)),
            "description": str(escape(description)),
            "hide": ["navigation", "toc"],
            HEAD_KEY: self.head(kind, lang, title, description, urls, **head),
        }
        # The search index is written from the case data (search.py), not parsed from pages;
        # listings and redirects would only repeat the stories' summaries.
        meta["search"] = {"exclude": True}
        return GeneratedPage(url=url, lang=lang, kind=kind, meta=meta, body=body)

    # --- the pages ---------------------------------------------------------------------

    def pages(self) -> Iterator[GeneratedPage]:
        for lang in self.settings.languages:
            yield self.library_page(lang)
            for entry in self.cases:
                yield self.case_page(entry, lang)
                for alias in entry.case.aliases:
                    yield self.alias_page(alias, entry, lang)
            for taxonomy, key in self.taxonomy_keys():
                yield self.taxonomy_page(taxonomy, key, lang)
            for name in self.library.collections:
                yield self.collection_page(name, lang)

    def each_lang(self, make_url: Any) -> dict[str, str]:
        return {code: make_url(code) for code in self.settings.languages}

    def site_name(self, lang: str) -> str:
        """The site's name in a language: the option `site_names`, else mkdocs.yml's `site_name`."""
        return self.options.site_names.get(lang) or self.options.site_name or self.languages[lang].gettext("Customer stories")

    def library_page(self, lang: str) -> GeneratedPage:
        gettext = self.languages[lang].gettext
        title = self.site_name(lang)
        facets = self.facets(self.cases)
        collections = [
            (name, entry.collection) for name, entry in sorted(self.library.collections.items())
            if entry.collection.listed
        ]
        return self.page(
            "library", lang, self.urls.library(lang), "library.html", title,
            gettext("Customer stories: what our clients set out to change, what we did together and what came of it."),
            self.each_lang(self.urls.library),
            {"cases": self.cases, "facets": facets, "collections": collections, "title": title},
            og_type="website",
        )

    def facets(self, cases: list[CaseEntry]) -> list[tuple[str, list[tuple[str, int]]]]:
        """Per taxonomy, the keys that some case has, with how many cases have each."""
        out = []
        for taxonomy in TAXONOMIES:
            counts: dict[str, int] = {}
            for entry in cases:
                for key in case_keys(entry.case, taxonomy, self.settings.default_provider):
                    counts[key] = counts.get(key, 0) + 1
            order = self.library.taxonomy.keys_of(taxonomy) if self.library.taxonomy else sorted(counts)
            keys = [(key, counts[key]) for key in order if key in counts]
            if keys:
                out.append((taxonomy, keys))
        return out

    def taxonomy_keys(self) -> list[tuple[str, str]]:
        keys: set[tuple[str, str]] = set()
        for entry in self.cases:
            for taxonomy in TAXONOMIES:
                keys.update((taxonomy, key) for key in case_keys(entry.case, taxonomy, self.settings.default_provider))
        return sorted(keys)

    def case_page(self, entry: CaseEntry, lang: str) -> GeneratedPage:
        case = entry.case
        ctx_title = case.title.get_text(lang, self.settings.default_language)[0]
        summary = case.summary.get_text(lang, self.settings.default_language)[0]
        logo = self.absolute(asset_uri(case.client.logo)) if case.client.logo and not case.client.anonymous else None
        return self.page(
            "case", lang, self.urls.case(entry.slug, lang), "case.html", ctx_title, summary,
            self.each_lang(lambda code: self.urls.case(entry.slug, code)),
            {"entry": entry, "case": case, "related": self.related(entry), "sections": SECTION_NAMES,
             "provider": self.provider_of(case), "draft": not entry.published,
             "structured_data": self.structured_data(entry, lang)},
            og_type="article", og_image=logo, lastmod=case.date.isoformat(),
        )

    @staticmethod
    def facet_name(taxonomy: str) -> str:
        return CASE_FACETS[taxonomy]

    def provider_of(self, case: Case) -> str | None:
        return case.provider or self.settings.default_provider

    def related(self, entry: CaseEntry, limit: int = 3) -> list[CaseEntry]:
        """The case's own `related` first, then the cases sharing the most services
        (then the newest, then by slug)."""
        visible = self._visible
        chosen = [visible[s] for s in entry.case.related if s in visible][:limit]
        services = sorted(set(entry.case.services))
        index = self._services_index
        if index is None or len(services) > _INDEXED_SERVICES:
            others = [e for e in self.cases if e.slug != entry.slug and e not in chosen]
            others = [e for e in others if set(services) & set(e.case.services)]
            others.sort(key=lambda e: (-len(set(services) & set(e.case.services)), -e.case.date.toordinal(), e.slug))
            return (chosen + others)[:limit]
        # Through the index, without looking at every case: the cases that share all m of
        # these services, for m from all of them down to one, each level newest first. The
        # cases sharing more than m were all taken at the levels before (else we are done).
        taken = {entry.slug, *(e.slug for e in chosen)}
        out = list(chosen)
        for m in range(len(services), 0, -1):
            if len(out) >= limit:
                break
            lists = [index.get(subset, ()) for subset in combinations(services, m)]
            for _, slug, other in heapq.merge(*lists):
                if slug not in taken:
                    taken.add(slug)
                    out.append(other)
                    if len(out) >= limit:
                        break
        return out

    @cached_property
    def _visible(self) -> dict[str, CaseEntry]:
        return {e.slug: e for e in self.cases}

    @cached_property
    def _services_index(self) -> dict[tuple[str, ...], list[tuple[int, str, CaseEntry]]] | None:
        """Every combination of services -> the cases that have them all, newest first;
        None when a case has too many services to list their combinations."""
        index: dict[tuple[str, ...], list[tuple[int, str, CaseEntry]]] = {}
        for e in sorted(self.cases, key=lambda e: (-e.case.date.toordinal(), e.slug)):
            services = sorted(set(e.case.services))
            if len(services) > _INDEXED_SERVICES:
                return None
            item = (-e.case.date.toordinal(), e.slug, e)
            for m in range(1, len(services) + 1):
                for subset in combinations(services, m):
                    index.setdefault(subset, []).append(item)
        return index

    def alias_page(self, alias: str, entry: CaseEntry, lang: str) -> GeneratedPage:
        target = self.urls.case(entry.slug, lang)
        title = entry.case.title.get_text(lang, self.settings.default_language)[0]
        url = self.urls.case(alias, lang)
        return self.page(
            "redirect", lang, url, "redirect.html", title,
            entry.case.summary.get_text(lang, self.settings.default_language)[0],
            self.each_lang(lambda code: self.urls.case(entry.slug, code)),
            {"target": relative(target, url), "case": entry.case},
            redirect=relative(target, url), robots="noindex",
        )

    def taxonomy_page(self, taxonomy: str, key: str, lang: str) -> GeneratedPage:
        cases = [e for e in self.cases if key in case_keys(e.case, taxonomy, self.settings.default_provider)]
        ctx = PageContext(self.languages[lang], self.settings.default_language, "", self.urls, self.library, self)
        label = ctx.plain(self.library.taxonomy.label(taxonomy, key)) if self.library.taxonomy else key
        gettext = self.languages[lang].gettext
        return self.page(
            "taxonomy", lang, self.urls.taxonomy(taxonomy, key, lang), "taxonomy.html", label,
            gettext("Customer stories: %(label)s") % {"label": label},
            self.each_lang(lambda code: self.urls.taxonomy(taxonomy, key, code)),
            {"taxonomy": taxonomy, "key": key, "cases": cases, "label": label, "facet": CASE_FACETS[taxonomy]},
        )

    def collection_page(self, name: str, lang: str) -> GeneratedPage:
        collection = self.library.collections[name].collection
        visible = {e.slug: e for e in self.cases}
        cases = [visible[s] for s in collection.cases if s in visible]
        title = collection.title.get_text(lang, self.settings.default_language)[0]
        intro = collection.intro.get_text(lang, self.settings.default_language)[0] if collection.intro else title
        return self.page(
            "collection", lang, self.urls.collection(name, lang), "collection.html", title, intro[:300],
            self.each_lang(lambda code: self.urls.collection(name, code)),
            {"collection": collection, "cases": cases},
            robots=None if collection.listed else "noindex",
        )

    def not_found_body(self, lang: str, url: str) -> str:
        ctx = PageContext(self.languages[lang], self.settings.default_language, url, self.urls, self.library, self)
        return self._envs[lang].get_template("not_found.html").render(ctx=ctx, urls=self.urls, lang=lang)

    # --- structured data ---------------------------------------------------------------

    def structured_data(self, entry: CaseEntry, lang: str) -> Markup:
        """schema.org: an Article about the client Organization; quotes are Quotations."""
        case = entry.case
        default = self.settings.default_language

        def text(value: LocalizedText | Name | None) -> str | None:
            return None if value is None else value.get_text(lang, default)[0]

        client: dict[str, Any] = {"@type": "Organization", "name": text(case.client.name)}
        if case.client.website and not case.client.anonymous:
            client["url"] = case.client.website
        if case.client.logo and not case.client.anonymous:
            client["logo"] = self.absolute(asset_uri(case.client.logo))
        provider_key = self.provider_of(case)
        publisher = None
        if provider_key and self.library.taxonomy and provider_key in self.library.taxonomy.providers:
            provider = self.library.taxonomy.providers[provider_key]
            publisher = {"@type": "Organization", "name": text(provider.name)}
            if provider.website:
                publisher["url"] = provider.website
        quotes = []
        for quote in case.quotes:
            item: dict[str, Any] = {"@type": "Quotation", "text": text(quote.text)}
            creator: dict[str, Any] = {"@type": "Person", "jobTitle": text(quote.role)}
            if quote.person is not None:
                creator["name"] = text(quote.person)
            item["creator"] = creator
            quotes.append(item)
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": text(case.title),
            "description": text(case.summary),
            "inLanguage": lang,
            "datePublished": case.date.isoformat(),
            "url": self.absolute(self.urls.case(entry.slug, lang)),
            "about": client,
            "keywords": [text(self.library.taxonomy.label("services", s)) for s in case.services]
            if self.library.taxonomy else case.services,
        }
        if publisher:
            data["publisher"] = publisher
            data["author"] = publisher
        if quotes:
            data["hasPart"] = quotes
        return json_ld(data)


def case_keys(case: Case, taxonomy: str, default_provider: str | None) -> list[str]:
    """The keys of one taxonomy that a case has."""
    if taxonomy == "sectors":
        return [case.client.sector]
    if taxonomy == "regions":
        return [case.client.region] if case.client.region else []
    if taxonomy == "providers":
        provider = case.provider or default_provider
        return [provider] if provider else []
    return list(getattr(case, taxonomy))
