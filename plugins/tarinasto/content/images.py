"""Images under the cases folder: nothing is published that was not decoded and checked.

Raster images (PNG, JPEG, WebP) are decoded with Pillow: the content must be what the
extension says, and the size is bounded (no decompression bombs). SVG is parsed by
defusedxml (no DTD, no entities, no external references) and checked against an allowlist
of elements and attributes: no script, no event attributes, no `foreignObject`, no
reference to another host or to `javascript:`. A file that fails is an error with its
line, and it is never published; one that passes is published as it was parsed
(`site/images.py` writes it out again, without metadata).
"""

from __future__ import annotations

import io
import re
import warnings
import xml.etree.ElementTree as ET
import xml.sax
import xml.sax.handler
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_IMAGE_BYTES = 10 * 1024 * 1024
"""An image file over 10 MiB is an error (a logo is a few kB, a cover photo a few hundred)."""
MAX_PIXELS = 40_000_000
"""At most 40 megapixels (8,000 x 5,000): a bound on the memory that decoding takes."""

RASTER_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}
_EXTENSIONS = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp", "GIF": ".gif", "BMP": ".bmp", "TIFF": ".tif"}

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
SVG_ELEMENTS = frozenset({
    "svg", "g", "defs", "title", "desc", "symbol", "use", "path", "rect", "circle", "ellipse", "line",
    "polyline", "polygon", "text", "tspan", "textPath", "linearGradient", "radialGradient", "stop",
    "clipPath", "mask", "pattern", "marker", "style", "metadata",
})
"""Shapes, text, paint and structure. Not script, foreignObject, image, a, iframe,
animation (which can rewrite attributes), or anything that fetches or runs."""
SVG_ATTRIBUTES = frozenset({
    "id", "class", "style", "lang", "version", "viewBox", "preserveAspectRatio", "width", "height",
    "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "dx", "dy",
    "transform", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
    "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity",
    "opacity", "color", "clip-path", "clip-rule", "mask", "display", "visibility", "overflow",
    "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
    "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "text-decoration",
    "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
    "fx", "fy", "fr", "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits",
    "maskUnits", "maskContentUnits", "markerWidth", "markerHeight", "refX", "refY", "orient",
    "marker-start", "marker-mid", "marker-end", "href", "startOffset", "textLength", "lengthAdjust",
    "vector-effect", "shape-rendering", "text-rendering", "image-rendering", "color-interpolation",
    "paint-order", "isolation", "mix-blend-mode", "type", "media", "space",
})
"""Geometry and presentation. `href` may only point inside the file (`#id`)."""
_URL = re.compile(r"url\s*\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_IMPORT = re.compile(r"@import|expression\s*\(|javascript:|behavior\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class ImageProblem:
    message: str
    line: int = 1
    column: int = 1


def check_image(path: Path, min_width: int = 0) -> ImageProblem | None:
    """Why the image at `path` cannot be published, or None. Reads at most MAX_IMAGE_BYTES.
    `min_width`: the pixels a cover needs across."""
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            return ImageProblem(f"the image is {size:,} bytes; at most {MAX_IMAGE_BYTES // 2**20} MiB is allowed")
        data = path.read_bytes()
    except OSError as err:
        return ImageProblem(f"cannot read the image: {err.strerror}")
    suffix = path.suffix.lower()
    if suffix == ".svg":
        result = parse_svg(data)
        return result if isinstance(result, ImageProblem) else None
    return _check_raster(path, suffix, min_width)


def _check_raster(path: Path, suffix: str, min_width: int) -> ImageProblem | None:
    from PIL import Image, UnidentifiedImageError

    expected = RASTER_FORMATS[suffix]
    too_large = ImageProblem(f"the image has more than {MAX_PIXELS // 1_000_000} megapixels: make it smaller")
    try:
        with warnings.catch_warnings():
            # Our own bound, below Pillow's, is checked on the header before anything is decoded.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
        with image:
            found = image.format or "?"
            if found != expected:
                better = _EXTENSIONS.get(found)
                fix = f"rename it to {path.stem}{better}" if better in RASTER_FORMATS else "save it as PNG, JPEG or WebP"
                return ImageProblem(f"this file is a {found} image, not {expected}: {fix}")
            if image.width < min_width:
                return ImageProblem(f"the picture is {image.width} pixels wide; a cover needs at least {min_width}"
                                    " (it fills wide screens and link previews): use a larger original")
            if image.width * image.height > MAX_PIXELS:
                return ImageProblem(f"the image is {image.width} x {image.height} pixels; at most "
                                    f"{MAX_PIXELS // 1_000_000} megapixels are allowed: make it smaller")
            image.load()  # the whole image decodes: not truncated, not a bomb in disguise
    except UnidentifiedImageError:
        return ImageProblem(f"this file is not a {expected} image (its content is something else): "
                            f"save the picture as {expected}")
    except Image.DecompressionBombError:
        return too_large
    except (OSError, SyntaxError, ValueError) as err:
        return ImageProblem(f"the {expected} image cannot be decoded ({_reason(err)}): save it again")
    return None


def _reason(err: Exception) -> str:
    return " ".join(str(err).split())[:120] or type(err).__name__


# --- SVG -----------------------------------------------------------------------------------


def parse_svg(data: bytes) -> ET.Element | ImageProblem:
    """The SVG as a checked element tree (comments, processing instructions and anything
    outside the root dropped), or the first problem with its line and column."""
    import defusedxml.sax
    from defusedxml import DefusedXmlException

    handler = _SvgHandler()
    parser = defusedxml.sax.make_parser()
    parser.forbid_dtd = True  # also forbids entities and external references (the defaults)
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    parser.setContentHandler(handler)
    try:
        parser.parse(io.BytesIO(data))
    except _Refused as refused:
        return refused.problem
    except DefusedXmlException:
        return ImageProblem("the SVG declares a DTD or entities, which are not allowed; remove the <!DOCTYPE ...>")
    except xml.sax.SAXParseException as err:
        return ImageProblem(f"the SVG is not well-formed XML ({err.getMessage()}); save it again",
                            err.getLineNumber() or 1, (err.getColumnNumber() or 0) + 1)
    except (xml.sax.SAXException, ValueError) as err:
        return ImageProblem(f"the SVG cannot be read ({_reason(err)}); save it again")
    if handler.root is None or handler.root.tag != f"{{{SVG_NS}}}svg":
        return ImageProblem("this is not an SVG image: its root element must be <svg> in the SVG namespace")
    return handler.root


class _Refused(Exception):
    def __init__(self, problem: ImageProblem):
        self.problem = problem


class _SvgHandler(xml.sax.handler.ContentHandler):
    """Builds the element tree while checking every element, attribute and style text."""

    def __init__(self) -> None:
        super().__init__()
        self.root: ET.Element | None = None
        self.stack: list[ET.Element] = []
        self.locator: Any = None

    def setDocumentLocator(self, locator: Any) -> None:  # noqa: N802 (SAX's API)
        self.locator = locator

    def refuse(self, message: str) -> None:
        line = self.locator.getLineNumber() if self.locator else 1
        column = (self.locator.getColumnNumber() or 0) + 1 if self.locator else 1
        raise _Refused(ImageProblem(message, line or 1, column))

    def startElementNS(self, name: tuple[str | None, str], qname: str | None, attrs: Any) -> None:  # noqa: N802
        namespace, local = name
        if self.root is None and local != "svg":
            self.refuse(f"this is not an SVG image: it starts with <{local}>, not <svg>")
        if self.root is None and namespace != SVG_NS:
            self.refuse('the <svg> element needs xmlns="http://www.w3.org/2000/svg"; add it')
        if namespace != SVG_NS or local not in SVG_ELEMENTS:
            shown = local if namespace in (SVG_NS, None) else qname or local
            self.refuse(f"<{shown}> is not allowed in an image (no scripts, embedded pages, links or "
                        "animations); remove it")
        attributes: dict[str, str] = {}
        for (attr_ns, attr_local), value in attrs.items():
            key = self.check_attribute(attr_ns, attr_local, value)
            attributes[key] = value
        element = ET.Element(f"{{{SVG_NS}}}{local}", attributes)
        if self.stack:
            self.stack[-1].append(element)
        elif self.root is None:
            self.root = element
        self.stack.append(element)

    def check_attribute(self, namespace: str | None, local: str, value: str) -> str:
        if local.lower().startswith("on"):
            self.refuse(f"the attribute {local}= runs a script; remove it")
        if namespace == XLINK_NS and local == "href":
            key = f"{{{XLINK_NS}}}href"
        elif namespace == "http://www.w3.org/XML/1998/namespace" and local in ("space", "lang"):
            key = f"{{{namespace}}}{local}"
        elif namespace is None and local in SVG_ATTRIBUTES:
            key = local
        else:
            self.refuse(f"the attribute {local}= is not allowed in an image; remove it")
        if local == "href" and not value.strip().startswith("#"):
            self.refuse(f"href=\"{value[:60]}\" refers to something outside the image; only #id is allowed")
        self.check_style(value if local == "style" else "", f"the attribute {local}=")
        if "url(" in value.lower() and local != "style":
            self.check_style(value, f"the attribute {local}=")
        return key

    def check_style(self, css: str, where: str) -> None:
        if _IMPORT.search(css):
            self.refuse(f"{where} imports or runs something (@import, javascript:, expression); remove it")
        for target in _URL.findall(css):
            if not target.startswith("#"):
                self.refuse(f"{where} refers to {target[:60] or 'an address'} outside the image; only url(#id) is allowed")

    def endElementNS(self, name: tuple[str | None, str], qname: str | None) -> None:  # noqa: N802
        element = self.stack.pop()
        if element.tag == f"{{{SVG_NS}}}style":
            self.check_style(element.text or "", "the <style>")

    def characters(self, content: str) -> None:
        if self.stack:
            element = self.stack[-1]
            if len(element):
                last = element[-1]
                last.tail = (last.tail or "") + content
            else:
                element.text = (element.text or "") + content

    def processingInstruction(self, target: str, data: str) -> None:  # noqa: N802
        if target.lower() == "xml-stylesheet":
            self.refuse("an <?xml-stylesheet?> loads a stylesheet from elsewhere; remove it")
