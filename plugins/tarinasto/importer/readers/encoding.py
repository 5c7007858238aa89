"""Bytes of a text story -> text: UTF-8 (with or without a BOM), or UTF-16 with a BOM
(Windows Notepad's "Unicode"). Anything else is refused with a way out, not guessed."""

from __future__ import annotations

import codecs

from ..cleaning import clean
from .errors import StoryError

NOT_UTF8 = "is not UTF-8 text; save it as UTF-8 (Save as... > Encoding: UTF-8) and try again"


def decode(data: bytes, fallback: str | None = None) -> str:
    """The text of `data`; `fallback` is an encoding the file declared itself (HTML)."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _decode(data[len(bom):], codec)
    if b"\x00" in data:
        raise StoryError("is not a text file (it holds binary data)")
    try:
        return clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        if fallback:
            return _decode(data, fallback)
        raise StoryError(NOT_UTF8) from None


def _decode(data: bytes, codec: str) -> str:
    try:
        return clean(data.decode(codec))
    except (UnicodeDecodeError, LookupError):
        raise StoryError(NOT_UTF8) from None
