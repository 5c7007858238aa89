"""What every page of one build shares: the cases shown, the languages, the templates,
the URLs, and the cards (each rendered once and reused on every listing)."""

from __future__ import annotations

from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from ..content.cache import ContentCache
from ..content.facets import case_keys, facet, facets
from ..content.library import CaseEntry, Library
from ..content.model import Case
from ..content.text import LocalizedText, Name
from .config import SiteConfig
from .context import PageContext
from .covers import Covers
from .fingerprint import key_of, render_fingerprint
from .i18n import Language
from .images import Picture
from .kept import Kept
from .previews.plan import Previews
from .related import RelatedCases
from .templates import Templates
from .urls import Urls


class SiteRenderer:
    def __init__(self, library: Library, config: SiteConfig, languages: dict[str, Language]):
        self.library = library
        self.config = config
        self.settings = config.settings
        self.languages = languages
        self.urls = Urls(self.settings.languages)
        self.cases = library.visible_cases(include_drafts=config.include_drafts)
        self.related = RelatedCases(self.cases)
        self.templates = Templates(languages, config.template_dirs, config.cache_dir)
        self._cards: dict[tuple[str, str, int], RenderedHtml] = {}
        self._shown: dict[tuple[str, str | None], tuple[str, str, str]] = {}
        self.cache = ContentCache(config.cache_dir / "images") if config.cache_dir is not None else None
        self.covers = Covers(self.settings.cases_path, self.cache)
        self._footers: dict[str, Markup] = {}

    def context(self, lang: str, url: str) -> PageContext:
        return PageContext(self.languages[lang], url, self)

    def render(self, template: str, lang: str, url: str, **values: object) -> str:
        values = {"ctx": self.context(lang, url), "urls": self.urls, "lang": lang, **values}
        return self.templates.render(lang, template, values)

    def card(self, entry: CaseEntry, lang: str, depth: int) -> RenderedHtml:
        """A case's card for pages `depth` folders deep. Its links are computed from a page
        at that depth in a folder no target can be in (`_` is in no slug), so they are the
        same for every such page; rendered once per build, or taken from the builds before
        by what it shows (kept.py)."""
        key = (entry.slug, lang, depth)
        html = self._cards.get(key)
        if html is None:
            def render() -> str:
                prefix = self.urls.prefix(lang)
                url = prefix + "_/" * (depth - prefix.count("/"))
                return self.render("card.html", lang, url, entry=entry)

            text = self.kept["cards"].get(render, lang, str(depth), *self.shown_of(entry, lang))
            html = self._cards[key] = RenderedHtml(text)
        return html

    def retain_cards(self, depths: set[tuple[str, int]]) -> None:
        """Every case's cards for pages of these (language, depth) stay kept for the next
        builds, also those this build did not render: otherwise a listing taken from the
        cache now would need all its cards rendered again when it next changes."""
        for entry in self.cases:
            for lang, depth in depths:
                self.kept["cards"].retain(lang, str(depth), *self.shown_of(entry, lang))

    def shown_of(self, entry: CaseEntry, lang: str | None = None) -> tuple[str, str, str]:
        """What a page shows of a case is made of: its file, its cover's file and the
        taxonomy entries of its keys, as content keys. For a page in `lang`, each label as
        that page shows it (a label changed in one language remakes that language's pages
        only); with None, every language's."""
        shown = self._shown.get((entry.slug, lang))
        if shown is None:
            used = sorted({(f.taxonomy, key) for f in facets() for key in self.keys(entry.case, f.taxonomy)})
            labels = [(name, key, self._entry_shown(name, key, lang)) for name, key in used]
            shown = self._shown[(entry.slug, lang)] = (entry.digest, self.cover_digest(entry.case) or "", key_of(labels))
        return shown

    def _entry_shown(self, taxonomy: str, key: str, lang: str | None) -> Any:
        tax = self.library.taxonomy
        if tax is None:
            return None
        if lang is None or taxonomy == "providers":  # a provider's name, website and logo
            return tax.entry(taxonomy, key)
        return self.text(self.label(taxonomy, key), lang)

    @cached_property
    def fingerprint(self) -> str:
        """What every page is made with besides its content (fingerprint.py)."""
        return render_fingerprint(self.config)

    @cached_property
    def kept(self) -> dict[str, Kept]:
        """Per kind, what the builds before made of each case (kept.py)."""
        return {kind: Kept(self.config.cache_dir, kind, self.fingerprint) for kind in ("cards", "search", "cases-json")}

    def cover_digest(self, case: Case) -> str | None:
        """The SHA-256 of the case's cover file, or None (read once per build)."""
        return self.covers.digest(case)

    def picture(self, case: Case) -> Picture | None:
        """The case's cover in every published size (covers.py)."""
        return self.covers.picture(case)

    def pictures(self) -> list[Picture]:
        return [p for e in self.cases if (p := self.picture(e.case)) is not None]

    def footer(self, lang: str) -> Markup:
        """The footer of every page of a language: the site's name and its contact. Its links
        are absolute paths, right on any page."""
        if lang not in self._footers:
            self._footers[lang] = Markup(self.render("footer.html", lang, self.urls.library(lang),
                                                     contact=self.config.options.contact))
        return self._footers[lang]

    def contact_line(self, lang: str) -> str:
        """The site's name and contact in one line of plain text (the foot of a printout)."""
        contact = self.config.options.contact
        if contact is None:
            return ""
        return " · ".join(part for part in (self.site_name(lang), contact.email, contact.phone) if part)

    # --- the site's identity and addresses ------------------------------------------------

    def site_name(self, lang: str) -> str:
        """The site's name in a language: the option `site_names`, else the engine's `site_name`."""
        names = self.config.options.site_names
        return names.get(lang) or self.config.site_name or self.languages[lang].gettext("Customer stories")

    def tagline(self, lang: str) -> str:
        """What the site is, in a sentence: the library's description and the listings' card."""
        return self.languages[lang].gettext(
            "Customer stories: what our clients set out to change, what we did together and what came of it.")

    @property
    def has_address(self) -> bool:
        """Whether the site's absolute address is known (`site_url`): link previews and
        feeds need it."""
        return bool(self.config.site_url)

    @cached_property
    def previews(self) -> Previews:
        return Previews(self)

    def absolute(self, url: str) -> str:
        base = self.config.site_url
        return (base.rstrip("/") + "/" + url) if base else "/" + url

    def site_path(self, url: str) -> str:
        """`url` as a path from the host's root (`/en/`): right at any depth and on any host."""
        return urlsplit(self.absolute(url)).path

    # --- the case data as pages show it -------------------------------------------------

    def provider_of(self, case: Case) -> str | None:
        return case.provider or self.settings.options.default_provider

    def keys(self, case: Case, taxonomy: str) -> list[str]:
        return case_keys(case, facet(taxonomy), self.settings.options.default_provider)

    def label(self, taxonomy: str, key: str) -> LocalizedText | Name | str:
        tax = self.library.taxonomy
        if tax is None or key not in tax.keys_of(taxonomy):
            return key
        return tax.label(taxonomy, key)

    def text(self, value: LocalizedText | Name | str | None, lang: str) -> str:
        """A text in `lang` (or the default language), without markup."""
        if value is None:
            return ""
        return value if isinstance(value, str) else value.get_text(lang, self.settings.default_language)[0]


class RenderedHtml:
    """HTML that a template made, to be put in another as it is. Unlike Markup, it holds the
    very string kept for the next builds (kept.py) instead of a copy of it: the cards of
    5,000 cases in two languages and two depths are 20 MB."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __html__(self) -> str:
        return self.text
