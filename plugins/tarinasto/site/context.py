"""The helpers every template gets (`ctx`), bound to one page's language and URL."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from ..content.facets import Facet, facet, facets
from ..content.library import CaseEntry
from ..content.model import Case, Figure
from ..content.text import LocalizedText, Name, without_quote_marks
from .figures import headline_figure, shown_figures
from .i18n import Language
from .markup import MarkdownRenderer
from .search import section_title
from .urls import asset_uri, relative

if TYPE_CHECKING:
    from .renderer import RenderedHtml, SiteRenderer


@functools.cache
def shared_markdown() -> MarkdownRenderer:
    """One Markdown converter for every page (it is reset between texts; building one
    costs more than converting a text)."""
    return MarkdownRenderer()


@dataclass
class PageContext:
    lang: Language
    url: str
    site: SiteRenderer
    markdown: MarkdownRenderer = field(default_factory=shared_markdown)

    @property
    def default(self) -> str:
        return self.site.settings.default_language

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

    def quote(self, value: LocalizedText) -> Markup:
        """A quote's text without the marks a writer may have put around it: the page adds
        its own (`.ts-quote blockquote p::before`), and never shows two."""
        text, lang = value.get_text(self.lang.code, self.default)
        return self._wrap(str(escape(without_quote_marks(text))), lang, block=False)

    def plain(self, value: LocalizedText | Name | str | None) -> str:
        """The text without markup, for attributes and JSON."""
        return self.site.text(value, self.lang.code)

    def md(self, value: LocalizedText | None, inline: bool = False) -> Markup:
        if value is None:
            return Markup("")
        text, lang = value.get_text(self.lang.code, self.default)
        note = self.new_tab_note
        html = self.markdown.inline(text, note) if inline else self.markdown.block(text, note)
        return self._wrap(html, lang, block=not inline)

    @property
    def new_tab_note(self) -> str:
        return self.lang.gettext("opens in a new tab")

    def external(self, url: str, text: Markup | str) -> Markup:
        """A link that leaves the site: a new tab, said to screen readers too."""
        return Markup('<a href="{}" class="ts-external" target="_blank" rel="noopener">{}'
                      '<span class="ts-sr-only"> ({})</span></a>').format(url, text, self.new_tab_note)

    def href(self, target: str) -> str:
        return relative(target, self.url)

    def site_path(self, target: str) -> str:
        """A link that is right at any depth (the 404 page is served at any URL)."""
        return self.site.site_path(target)

    def label(self, taxonomy: str, key: str) -> Markup:
        return self.text(self.site.label(taxonomy, key))

    def taxonomy_url(self, taxonomy: str, key: str) -> str:
        return self.href(self.site.urls.taxonomy(taxonomy, key, self.lang.code))

    def case_url(self, slug: str) -> str:
        return self.href(self.site.urls.case(slug, self.lang.code))

    def library_url(self) -> str:
        return self.href(self.site.urls.library(self.lang.code))

    def collection_url(self, name: str) -> str:
        return self.href(self.site.urls.collection(name, self.lang.code))

    def asset_url(self, path: str) -> str:
        return self.href(asset_uri(path))

    def facet_name(self, taxonomy: str) -> str:
        """The library's query parameter of a taxonomy (`sector`)."""
        return facet(taxonomy).singular

    def facet_title(self, taxonomy: str) -> str:
        """What the page calls a taxonomy, in its language (`Toimiala`)."""
        return self.lang.gettext(facet(taxonomy).title)

    def facets(self) -> tuple[Facet, ...]:
        return facets()

    def keys(self, entry: CaseEntry, taxonomy: str) -> list[str]:
        """The keys of one taxonomy that a case has."""
        return self.site.keys(entry.case, taxonomy)

    def provider_of(self, entry: CaseEntry) -> str | None:
        return self.site.provider_of(entry.case)

    def figures(self, case: Case) -> list[Figure]:
        return shown_figures(case)

    def headline_figure(self, case: Case) -> Figure | None:
        return headline_figure(case)

    def plain_labels(self, taxonomy: str, keys: list[str]) -> str:
        return self.lang.list([self.plain(self.site.label(taxonomy, key)) for key in keys])

    def host(self, url: str) -> str:
        """A web address as people say it: `kulmia.example`."""
        host = urlsplit(url).hostname or url
        return host.removeprefix("www.")

    def month(self, value: dt.date) -> str:
        """The month of a date, as the language writes it on its own: `toukokuu 2024`."""
        return self.lang.month(value)

    def number(self, value: float) -> str:
        return self.lang.number(value)

    def date(self, value: Any) -> str:
        return self.lang.date(value)

    def join(self, items: list[str]) -> Markup:
        """A list of safe HTML fragments joined as the language writes lists."""
        placeholders = [f"\x00{i}\x00" for i in range(len(items))]
        joined = str(escape(self.lang.list(placeholders)))
        for placeholder, item in zip(placeholders, items):
            joined = joined.replace(placeholder, str(item))
        return Markup(joined)

    def card(self, entry: CaseEntry) -> RenderedHtml:
        return self.site.card(entry, self.lang.code, self.url.count("/"))

    def section_title(self, name: str) -> str:
        return section_title(self.lang, name)


def json_ld(data: dict[str, Any]) -> Markup:
    """JSON for a <script> element: `<` escaped so that no text can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
