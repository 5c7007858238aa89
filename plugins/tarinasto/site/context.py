"""The helpers every template gets (`ctx`), bound to one page's language and URL."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from ..content.facets import Facet, facet, facets
from ..content.library import CaseEntry
from ..content.text import LocalizedText, Name
from .i18n import Language
from .markup import MarkdownRenderer
from .search import section_title
from .urls import asset_uri, relative

if TYPE_CHECKING:
    from .renderer import SiteRenderer


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

    def plain(self, value: LocalizedText | Name | str | None) -> str:
        """The text without markup, for attributes and JSON."""
        return self.site.text(value, self.lang.code)

    def md(self, value: LocalizedText | None, inline: bool = False) -> Markup:
        if value is None:
            return Markup("")
        text, lang = value.get_text(self.lang.code, self.default)
        html = self.markdown.inline(text) if inline else self.markdown.block(text)
        return self._wrap(html, lang, block=not inline)

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

    def card(self, entry: CaseEntry) -> Markup:
        return self.site.card(entry, self.lang.code, self.url.count("/"))

    def section_title(self, name: str) -> str:
        return section_title(self.lang, name)


def json_ld(data: dict[str, Any]) -> Markup:
    """JSON for a <script> element: `<` escaped so that no text can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
