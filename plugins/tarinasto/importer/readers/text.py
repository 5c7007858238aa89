"""Plain text (.txt): paragraphs separated by blank lines, bullets by their marks.

Lines of one paragraph are kept apart (a speaker's name above their role), and read as
one text. A block whose lines are long is one paragraph a line, as text copied from a
web page or a word processor comes; a usual section heading is its own block even with
no blank line after it.
"""

from __future__ import annotations

from ..cleaning import squash
from ..markers import split_bullet
from ..story import Block, Kind, Where
from ..vocabulary import section_of
from .encoding import decode

LONG_LINE = 100  # characters: a hard-wrapped paragraph (an e-mail) has shorter lines


def read(data: bytes) -> list[Block]:
    return blocks_of_text(decode(data))


def blocks_of_text(text: str) -> list[Block]:
    blocks: list[Block] = []
    chunk: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            chunk.append((number, line))
        elif chunk:
            blocks += _chunk_blocks(chunk)
            chunk = []
    if chunk:
        blocks += _chunk_blocks(chunk)
    return blocks


def _chunk_blocks(chunk: list[tuple[int, str]]) -> list[Block]:
    """The blocks of lines that no blank line separates."""
    one_per_line = max(len(line.strip()) for _, line in chunk) > LONG_LINE
    blocks: list[Block] = []
    current: list[str] = []
    start, kind, marker = 0, Kind.PARAGRAPH, ""

    def flush() -> None:
        if current:
            blocks.append(Block(kind, tuple(current), Where("line", start), marker=marker))
            current.clear()

    def begin(number: int, new_kind: Kind, text: str, new_marker: str = "") -> None:
        nonlocal start, kind, marker
        flush()
        start, kind, marker = number, new_kind, new_marker
        current.append(text)

    for number, raw in chunk:
        line, bullet = squash(raw), split_bullet(raw)
        if bullet:
            begin(number, Kind.ITEM, squash(bullet[1]), bullet[0])
        elif section_of(line):
            begin(number, Kind.PARAGRAPH, line)
            flush()
        elif kind is Kind.ITEM and current and (raw[:1].isspace() or current[-1][-1:] not in ".!?"):
            current[-1] = f"{current[-1]} {line}"  # a bullet's text wrapped onto the next line
        elif one_per_line or not current or kind is Kind.ITEM:
            begin(number, Kind.PARAGRAPH, line)
        else:
            current.append(line)
    flush()
    return blocks
