"""The images the pages show, written out again from what was decoded: raster images
re-encoded from their pixels (no EXIF, GPS or other metadata; turned upright first), SVG
serialized from its checked element tree (no comments, DTD or processing instructions).
The same input gives the same bytes on every build."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

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
        if image_format == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        out = io.BytesIO()
        options = {"quality": 88, "optimize": True} if image_format == "JPEG" else {}
        if image_format == "WEBP":
            options = {"quality": 85, "method": 4}
        image.save(out, format=image_format, **options)
        return out.getvalue()
