"""The preview cards of one build: which card each page shows, what is on it, its URL,
and the PNG files, drawn only when the cache has no card of the same content."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from ...content import model
from ...content.cache import ContentCache
from ...content.library import CaseEntry
from ...content.model import Case
from ..images import published_image
from .cards import HEIGHT, WIDTH, CaseCard, Figure, Logo, Quote, SiteCard
from .painter import Painter, PendingCard
from .palette import Palette, read_palette

if TYPE_CHECKING:
    from ..renderer import SiteRenderer

Card = CaseCard | SiteCard


@dataclass(frozen=True)
class Preview:
    """A page's card as its <head> names it."""

    url: str
    """A site URL (`assets/previews/fi/limingan-kunta.0123456789ab.png`)."""
    alt: str
    width: int = WIDTH
    height: int = HEIGHT
    type: str = "image/png"


class Planned(NamedTuple):
    card: Card
    key: str
    url: str


class Previews:
    def __init__(self, site: SiteRenderer):
        self.site = site
        self.drawn = 0
        self.reused = 0
        self._logos: dict[str, Logo] = {}
        self._cards: dict[tuple[str | None, str], Planned] = {}
        self._painter: Painter | None = None
        self.processes = 0
        """How many worker processes draw this build's cards (painter.py)."""

    @property
    def enabled(self) -> bool:
        """Previews need the site's absolute address: without `site_url` there are none."""
        return self.site.has_address

    @cached_property
    def palette(self) -> Palette:
        return read_palette(self.site.config.stylesheet)

    # --- the card of each page ---------------------------------------------------------------

    def case(self, entry: CaseEntry, lang: str) -> Preview | None:
        if not self.enabled:
            return None
        planned = self._planned(entry, lang)
        assert isinstance(planned.card, CaseCard)
        return Preview(planned.url, f"{planned.card.client}: {planned.card.title}")

    def listing(self, lang: str) -> Preview | None:
        """The card of the library, the taxonomy and collection pages, and the 404 page."""
        if not self.enabled:
            return None
        planned = self._planned(None, lang)
        assert isinstance(planned.card, SiteCard)
        return Preview(planned.url, planned.card.site_name)

    def _planned(self, entry: CaseEntry | None, lang: str) -> Planned:
        """A case's card (the listings' with None), made once per build."""
        slug = entry.slug if entry is not None else None
        planned = self._cards.get((slug, lang))
        if planned is None:
            card = self.case_card(entry, lang) if entry is not None else self.site_card(lang)
            key = card.key()
            planned = self._cards[(slug, lang)] = Planned(card, key, self.site.urls.preview(lang, slug, key))
        return planned

    # --- what the cards show -----------------------------------------------------------------

    def case_card(self, entry: CaseEntry, lang: str) -> CaseCard:
        site, case = self.site, entry.case
        client = case.client
        logo = None if client.anonymous or not client.logo else self._logo(client.logo)
        return CaseCard(lang=lang, title=site.text(case.title, lang), client=site.text(client.name, lang),
                        headline=self.headline(case, lang), site_name=site.site_name(lang),
                        palette=self.palette, logo=logo)

    def site_card(self, lang: str) -> SiteCard:
        site = self.site
        address = urlsplit(site.config.site_url or "")
        host = address.netloc + address.path.rstrip("/")  # `example.com/stories` for a site in a folder
        return SiteCard(lang=lang, site_name=site.site_name(lang), tagline=site.tagline(lang), host=host,
                        palette=self.palette)

    def headline(self, case: Case, lang: str) -> Figure | Quote | None:
        """The figure that shows a change (it has a `before`), else the highlight quote (the
        author's own pick), else the first figure: a figure without a baseline is as often
        the client's size as a result."""
        changed = next((f for f in case.figures if f.before is not None), None)
        if changed is not None:
            return self._figure(changed, lang)
        if case.highlight is not None:
            quote, text = case.highlight, self.site.text
            role = text(quote.role, lang)
            return Quote(text=text(quote.text, lang), by=f"{text(quote.person, lang)}, {role}" if quote.person else role)
        return self._figure(case.figures[0], lang) if case.figures else None

    def _figure(self, figure: model.Figure, lang: str) -> Figure:
        """A figure written as the case page writes it, in the language's number format."""
        number, text = self.site.languages[lang].number, self.site.text
        unit = f"\u202f{figure.unit}" if figure.unit else ""
        qualifier = text(figure.qualifier, lang)
        value = f"{number(figure.value)}{unit}"
        if figure.before is None:
            return Figure(value=value, label=text(figure.label, lang), qualifier=qualifier)
        # The qualifier is of the value after the change: "60 % → noin 85 %".
        after = f"{qualifier} {value}" if qualifier else value
        return Figure(value=f"{number(figure.before)}{unit} → {after}", label=text(figure.label, lang))

    def _logo(self, path: str) -> Logo:
        logo = self._logos.get(path)
        if logo is None:
            data = published_image(self.site.settings.cases_path / path)
            logo = self._logos[path] = Logo(data, path.lower().endswith(".svg"))
        return logo

    # --- the files ---------------------------------------------------------------------------

    def cards(self) -> list[Planned]:
        """Every card that a page shows."""
        if not self.enabled:
            return []
        entries: list[CaseEntry | None] = [None, *self.site.cases]
        return [self._planned(entry, lang) for lang in self.site.settings.languages for entry in entries]

    def files(self, cache: ContentCache | None) -> list[tuple[str, Path | PendingCard]]:
        """(site URL, the cache's file of the card, or the card being drawn) of every card:
        drawn only where the cache has none of the same content, beside the rest of the
        build (painter.py). Cards in the cache are never read into memory: they are copied
        or linked from there."""
        files: list[tuple[str, Path | PendingCard]] = []
        missing: dict[str, tuple[Card, list[str]]] = {}
        for card, key, url in self.cards():
            path = cache.path(key) if cache is not None else None
            if path is not None and path.is_file():
                self.reused += 1
                files.append((url, path))
            else:
                missing.setdefault(key, (card, []))[1].append(url)
        if missing:
            self._painter = Painter(len(missing))
            self.processes = self._painter.processes
            for key, (card, urls) in missing.items():
                pending = self._painter.draw(card, key, cache)
                self.drawn += 1
                self.reused += len(urls) - 1  # the same card on other pages
                files.extend((url, pending) for url in urls)
        return files

    def close(self, cancel: bool = False) -> None:
        """After the build wrote its files (or failed: `cancel`), no card is drawn any more."""
        if self._painter is not None:
            self._painter.close(cancel)
            self._painter = None
