"""The site's colours, for the cards: read from the stylesheet that the pages use (a site's
own copy under its `custom_dir`, else Tarinasto's), so that a card and the pages it leads
to never disagree."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path

STYLESHEET = Path(__file__).resolve().parents[2] / "theme" / "assets" / "tarinasto" / "tarinasto.css"
_VARIABLE = re.compile(r"--([\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\b")

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    """Each field, the CSS custom property it is read from."""

    primary: RGB  # --md-primary-fg-color
    primary_dark: RGB  # --md-primary-fg-color--dark
    accent: RGB  # --ts-accent
    accent_soft: RGB  # --ts-accent-soft
    paper: RGB  # --ts-paper
    ink: RGB  # --ts-ink
    muted: RGB  # --ts-muted

    def key(self) -> str:
        return ",".join("%02x%02x%02x" % getattr(self, f.name) for f in fields(self))


_PROPERTIES = {
    "primary": "md-primary-fg-color", "primary_dark": "md-primary-fg-color--dark", "accent": "ts-accent",
    "accent_soft": "ts-accent-soft", "paper": "ts-paper", "ink": "ts-ink", "muted": "ts-muted",
}


def _rgb(value: str) -> RGB:
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def read_palette(site_stylesheet: Path | None = None) -> Palette:
    """The first value each property is given: the site's own
    stylesheet where it sets one, else Tarinasto's."""
    found: dict[str, str] = {}
    for sheet in (site_stylesheet, STYLESHEET):
        if sheet is not None and sheet.is_file():
            for name, value in _VARIABLE.findall(sheet.read_text(encoding="utf-8")):
                found.setdefault(name, value)
    return Palette(**{field: _rgb(found[prop]) for field, prop in _PROPERTIES.items()})
