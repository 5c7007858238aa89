"""The readers: one per format, each turning a file into the story's blocks.

Every file is bounded in size before it is read, and nothing in one is executed or
fetched: no scripts, no external entities, no images or links followed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..story import Block
from . import docx, html, markdown, text
from .errors import StoryError
from .limits import MAX_DOCX_BYTES, MAX_TEXT_BYTES, megabytes

__all__ = ["FORMATS", "StoryError", "read_story"]

FORMATS: dict[str, tuple[Callable[[bytes], list[Block]], int]] = {
    ".txt": (text.read, MAX_TEXT_BYTES),
    ".md": (markdown.read, MAX_TEXT_BYTES),
    ".markdown": (markdown.read, MAX_TEXT_BYTES),
    ".html": (html.read, MAX_TEXT_BYTES),
    ".htm": (html.read, MAX_TEXT_BYTES),
    ".docx": (docx.read, MAX_DOCX_BYTES),
}
"""By file extension: the reader and the largest file it takes."""


def read_story(path: Path) -> list[Block]:
    """The blocks of the story in `path`; a StoryError says, in one line, why not."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted({".txt", ".md", ".html", ".docx"}))
        hint = "; save it as .docx" if suffix in (".doc", ".rtf", ".odt", ".pages") else ""
        raise StoryError(f"cannot import {suffix or 'a file without an extension'}: use one of {known}{hint}", usage=True)
    reader, limit = FORMATS[suffix]
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise StoryError("is not a file", usage=True)
        if size > limit:
            raise StoryError(f"is {megabytes(size)}; a {suffix} story can be at most {megabytes(limit)}")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # the file may have grown since stat()
    except FileNotFoundError:
        raise StoryError("there is no such file", usage=True) from None
    except OSError as err:
        raise StoryError(f"cannot read it: {err.strerror or err}") from None
    if len(data) > limit:
        raise StoryError(f"is over {megabytes(limit)}; a {suffix} story can be at most {megabytes(limit)}")
    blocks = reader(data)
    if not any(block.text.strip() for block in blocks):
        raise StoryError("holds no text; there is nothing to import")
    return blocks
