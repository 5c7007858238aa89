"""Word (.docx), read with python-docx.

Word's own marks say what a paragraph is: the Title and Heading styles, list paragraphs
(a numbering, or a List style), the Quote styles; a paragraph all in bold is a heading
too, and one that starts with a typed bullet is a point. A Word document has no lines,
so each block says which paragraph it is (counting every paragraph and table).

The file is a zip archive: its text part is bounded unpacked before anything parses it,
and python-docx's XML parser resolves no entities and loads nothing from a network.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ..cleaning import clean, squash
from ..markers import split_bullet
from ..story import Block, Kind, Where
from .errors import StoryError
from .limits import MAX_DOCX_XML_BYTES, megabytes

DOCUMENT_PART = "word/document.xml"
NOT_WORD = "is not a Word document (.docx), or it is damaged; open it in Word and save it again as .docx"
BOLD_HEADING_MAX = 100  # characters: a longer paragraph in bold is emphasis, not a heading


def read(data: bytes) -> list[Block]:
    _check_archive(data)
    import docx  # only here: the other formats need no lxml

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - python-docx and lxml raise many kinds for a broken file
        raise StoryError(NOT_WORD) from None
    blocks: list[Block] = []
    for number, item in enumerate(document.iter_inner_content(), start=1):
        where = Where("paragraph", number)
        if hasattr(item, "rows"):
            rows = [" | ".join(squash(clean(cell.text)) for cell in row.cells) for row in item.rows]
            blocks.append(Block(Kind.OTHER, tuple(row for row in rows if row.strip(" |")) or ("a table",), where))
        else:
            blocks += _paragraph(item, where)
    return blocks


def _check_archive(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo(DOCUMENT_PART)
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise StoryError(NOT_WORD) from None
    if info.file_size > MAX_DOCX_XML_BYTES:
        raise StoryError(f"holds {megabytes(info.file_size)} of text unpacked; at most {megabytes(MAX_DOCX_XML_BYTES)} can be imported")


def _paragraph(paragraph: Any, where: Where) -> list[Block]:
    lines = tuple(squash(line) for line in clean(paragraph.text).split("\n") if squash(line))
    pictures = paragraph._p.xpath(".//w:drawing | .//w:pict")
    out = [Block(Kind.OTHER, ("an image",), where)] if pictures else []
    if not lines:
        return out
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    text = " ".join(lines)
    bullet = split_bullet(text)
    if style == "title":
        out.insert(0, Block(Kind.HEADING, lines, where, level=1))
    elif style.startswith(("heading", "otsikko")):
        level = int(style[-1]) + 1 if style[-1:].isdigit() else 2
        out.insert(0, Block(Kind.HEADING, lines, where, level=level))
    elif "quote" in style or "lainaus" in style:
        out.insert(0, Block(Kind.QUOTE, (text,), where))
    elif _is_list(paragraph, style):
        out.insert(0, Block(Kind.ITEM, (bullet[1] if bullet else text,), where))
    elif bullet:
        out.insert(0, Block(Kind.ITEM, (squash(bullet[1]),), where, marker=bullet[0]))
    elif len(lines) == 1 and len(text) <= BOLD_HEADING_MAX and _all_bold(paragraph):
        out.insert(0, Block(Kind.HEADING, lines, where, level=2))
    else:
        out.insert(0, Block(Kind.PARAGRAPH, lines, where))
    return out


def _is_list(paragraph: Any, style: str) -> bool:
    """A Word list paragraph: numbered (or bulleted) itself, or by its style."""
    properties = paragraph._p.pPr
    if properties is not None and properties.numPr is not None:
        return True
    style_element = paragraph.style.element if paragraph.style is not None else None
    style_properties = style_element.pPr if style_element is not None else None
    return style.startswith("list") or (style_properties is not None and style_properties.numPr is not None)


def _all_bold(paragraph: Any) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    style_bold = paragraph.style is not None and paragraph.style.font.bold is True
    return bool(runs) and all(run.bold is True or (run.bold is None and style_bold) for run in runs)
