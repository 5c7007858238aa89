"""A story as its readers hand it over: blocks in reading order, each with its place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # one bullet or numbered point
    QUOTE = "quote"  # marked as a quotation by the format (<blockquote>, `>`, Word's Quote style)
    OTHER = "other"  # an element no case field can hold (a table, an image): always reported


@dataclass(frozen=True)
class Where:
    """Where a block starts, as the person who wrote the story can find it."""

    unit: str  # "line", or "paragraph" in a Word document (it has no lines)
    number: int

    def __str__(self) -> str:
        return f"{self.unit} {self.number}"


@dataclass(frozen=True)
class Block:
    kind: Kind
    lines: tuple[str, ...]
    """Plain text, one entry per line of the source (a line break, a <br>); in a QUOTE,
    one per paragraph of the quotation."""
    where: Where
    markdown: str | None = None
    """The text as Markdown where the format has inline formatting (emphasis, links)."""
    level: int = 0
    """A heading's level: 1 for a title, 2... for sub-headings."""
    marker: str = ""
    """An ITEM's bullet as written (`•`, `-`, `1.`), empty where the format marks lists itself."""

    @property
    def text(self) -> str:
        return " ".join(line for line in self.lines if line)

    @property
    def md(self) -> str:
        return self.markdown if self.markdown is not None else self.text
