"""A client's logo as pixels for a card: the published bytes (already decoded and written
out again, `site/images.py`) scaled into a box. SVG is rasterized by resvg, which reads no
system font and loads nothing: the SVG was checked to have no external references."""

from __future__ import annotations

import functools
import io
from importlib.metadata import version

from PIL import Image

from .fonts import FILES, FONTS_DIR


def logo_image(data: bytes, svg: bool, box: tuple[int, int]) -> Image.Image | None:
    """The logo within `box` (width, height), RGBA; None when it cannot be drawn (the card
    then shows the client's name)."""
    try:
        image = _svg(data, box) if svg else Image.open(io.BytesIO(data))
        image = image.convert("RGBA")
    except (ValueError, OSError):
        return None
    if image.getbbox() is None:  # nothing visible
        return None
    scale = min(box[0] / image.width, box[1] / image.height)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS) if size != image.size else image


@functools.cache
def svg_rasterizer() -> str:
    """What draws an SVG logo, for the card's key: another resvg may draw other pixels."""
    return f"resvg-py {version('resvg-py')}"


def _svg(data: bytes, box: tuple[int, int]) -> Image.Image:
    import resvg_py

    png = resvg_py.svg_to_bytes(
        svg_string=data.decode("utf-8"), width=box[0], height=box[1], skip_system_fonts=True,
        font_files=[str(FONTS_DIR / name) for name in FILES.values()], font_family="Inter",
    )
    return Image.open(io.BytesIO(bytes(png)))
