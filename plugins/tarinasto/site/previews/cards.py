"""What a card shows, as plain data: texts already in the card's language and formatted
for it, the logo's bytes, the colours. Its key names all of it and the drawing code, so
that a card is drawn again exactly when what it shows would change."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from ...content.cache import content_key
from .fonts import fingerprint
from .logos import svg_rasterizer
from .palette import Palette

WIDTH, HEIGHT = 1200, 630
"""The size that LinkedIn, Facebook, X, Teams and Slack show as a large preview (1.91:1)."""

DRAWING_VERSION = "2"
"""Raised with every change to how cards are drawn (draw.py, text.py, logos.py), so that
no cache keeps a card of the old drawing."""


@dataclass(frozen=True)
class Figure:
    """A key figure as the card writes it: `qualifier` ("noin") before `value` ("60 % → 85 %")."""

    value: str
    label: str
    qualifier: str = ""


@dataclass(frozen=True)
class Quote:
    text: str
    by: str
    """Who said it, with their role ("Pekka Rajala, Kunnanjohtaja"); or the role alone."""


@dataclass(frozen=True)
class Logo:
    data: bytes
    svg: bool


@dataclass(frozen=True)
class CaseCard:
    lang: str
    title: str
    client: str
    """The client's name: shown when there is no logo (an anonymous client's description)."""
    headline: Figure | Quote | None
    site_name: str
    palette: Palette
    logo: Logo | None = None
    """Never for an anonymous client."""

    def key(self) -> str:
        headline = asdict(self.headline) if self.headline is not None else None
        fields: dict[str, object] = {"lang": self.lang, "title": self.title, "client": self.client, "headline": headline,
                  "site_name": self.site_name, "headline_kind": type(self.headline).__name__}
        return _key("case", fields, self.palette, self.logo)


@dataclass(frozen=True)
class SiteCard:
    """The card of the listings: the library, taxonomy and collection pages."""

    lang: str
    site_name: str
    tagline: str
    host: str
    palette: Palette

    def key(self) -> str:
        return _key("site", {k: v for k, v in asdict(self).items() if k != "palette"}, self.palette, None)


def _key(kind: str, fields: dict[str, object], palette: Palette, logo: Logo | None) -> str:
    text = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    logo_parts = (svg_rasterizer() if logo.svg else "raster", logo.data) if logo else ("", b"")
    return content_key(kind, DRAWING_VERSION, fingerprint(), palette.key(), text, *logo_parts)
