"""The images the pages show, written out again from what was decoded: raster images
re-encoded from their pixels (no EXIF, GPS or other metadata; turned upright first), SVG
serialized from its checked element tree (no comments, DTD or processing instructions).
The same input gives the same bytes on every build."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..content.images import RASTER_FORMATS, SVG_NS, XLINK_NS, parse_svg

ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)


def published_image(path: Path) -> bytes:
    """The bytes to publish for an image that `content.images.check_image` accepted."""
    suffix = path.suffix.lower()
    if suffix == ".svg":
        tree = parse_svg(path.read_bytes())
        if not isinstance(tree, ET.Element):  # checked before the build; never published
            raise ValueError(f"{path}: {tree.message}")
        return ET.tostring(tree, encoding="utf-8", xml_declaration=True)
    return _reencoded(path, RASTER_FORMATS[suffix])


def _reencoded(path: Path, image_format: str) -> bytes:
    from PIL import Image, ImageOps

    with Image.open(path) as source:
        image = ImageOps.exif_transpose(source)  # the orientation EXIF held, before EXIF goes
        return _encoded(image, image_format)


# --- covers: the story's picture in the sizes screens need ----------------------------------

COVER_WIDTHS = (480, 800, 1200, 1600)
"""The widths a cover is published in: a phone, a card, a wide column, a large screen."""
PICTURE_VERSION = "2"
"""Part of a cover's cache key: a change to how covers are made makes them anew."""


@dataclass(frozen=True)
class Variant:
    uri: str
    width: int
    height: int
    mime: str
    data: bytes | Path = field(repr=False)
    """The image, or the cache's file of it (covers.py)."""


@dataclass(frozen=True)
class Picture:
    """A cover in every published size: `fallback` in the original's format, `webp` only
    where WebP is smaller (srcset entries, widest last)."""

    fallback: tuple[Variant, ...]
    webp: tuple[Variant, ...]

    @property
    def largest(self) -> Variant:
        return self.fallback[-1]

    @property
    def files(self) -> tuple[Variant, ...]:
        return self.fallback + self.webp


def cover_picture(path: Path, uri: str) -> Picture:
    """The published sizes of the cover at `path`, whose original would be at `uri`."""
    from PIL import Image, ImageOps

    image_format = RASTER_FORMATS[path.suffix.lower()]
    stem, _, suffix = uri.rpartition(".")
    with Image.open(path) as source:
        image = ImageOps.exif_transpose(source)
        if image.mode not in ("RGB", "RGBA", "L"):
            image = image.convert("RGBA" if "A" in image.mode else "RGB")
        widths = sorted({w for w in COVER_WIDTHS if w < image.width} | {min(image.width, COVER_WIDTHS[-1])})
        fallback, webp = [], []
        for width in widths:
            height = round(image.height * width / image.width)
            sized = image.resize((width, height), Image.Resampling.LANCZOS)
            own = _encoded(sized, image_format)
            fallback.append(Variant(f"{stem}-{width}w.{suffix}", width, height, f"image/{image_format.lower()}", own))
            if image_format != "WEBP":
                small = _encoded(sized, "WEBP")
                if len(small) < len(own):
                    webp.append(Variant(f"{stem}-{width}w.webp", width, height, "image/webp", small))
    return Picture(tuple(fallback), tuple(webp) if len(webp) == len(fallback) else ())


def _encoded(image: Any, image_format: str) -> bytes:
    if image_format == "JPEG" and image.mode != "RGB":
        image = image.convert("RGB")
    out = io.BytesIO()
    settings: dict[str, dict[str, Any]] = {"JPEG": {"quality": 82, "optimize": True, "progressive": True},
                                           "WEBP": {"quality": 80, "method": 4}, "PNG": {"optimize": True}}
    options = settings[image_format]
    image.save(out, format=image_format, **options)
    return out.getvalue()
