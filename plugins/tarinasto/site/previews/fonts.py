"""The font the cards are drawn with: Inter, shipped in `tarinasto/fonts/` with its licence,
never fetched (fonts/README.md)."""

from __future__ import annotations

import functools
import hashlib
import threading
from pathlib import Path
from typing import Literal

import PIL
from PIL import ImageFont, features

FONTS_DIR = Path(__file__).resolve().parents[2] / "fonts"
Weight = Literal["regular", "semibold", "bold"]
FILES: dict[Weight, str] = {"regular": "Inter-Regular.otf", "semibold": "Inter-SemiBold.otf", "bold": "Inter-Bold.otf"}


def _layout_engine() -> ImageFont.Layout:
    # Raqm (HarfBuzz) applies the font's kerning; without it Pillow lays out glyph by glyph.
    # Which one drew a card is part of its key (fingerprint), so the choice never mixes.
    return ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


_per_thread = threading.local()


def font(weight: Weight, size: int) -> ImageFont.FreeTypeFont:
    """The font at a size, loaded once per thread: cards are drawn on every core at once,
    and a FreeType face must not be used by two threads at the same time."""
    fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] | None = getattr(_per_thread, "fonts", None)
    if fonts is None:
        fonts = _per_thread.fonts = {}
    loaded = fonts.get((weight, size))
    if loaded is None:
        loaded = fonts[(weight, size)] = ImageFont.truetype(str(FONTS_DIR / FILES[weight]), size,
                                                            layout_engine=_layout_engine())
    return loaded


@functools.cache
def fingerprint() -> str:
    """What the pixels depend on besides the card's content: the font files, Pillow and
    FreeType's versions, the layout engine."""
    digest = hashlib.sha256()
    for name in sorted(FILES.values()):
        digest.update((FONTS_DIR / name).read_bytes())
    versions = (PIL.__version__, features.version("freetype2"), str(_layout_engine()),
                features.version("raqm") if _layout_engine() is ImageFont.Layout.RAQM else "")
    digest.update("|".join(v or "" for v in versions).encode())
    return digest.hexdigest()
