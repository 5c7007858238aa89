"""Markdown (.md), parsed by markdown-it-py (CommonMark): its tokens say which line each
block starts on, and each paragraph's Markdown source is kept for the Markdown fields.

Raw HTML in the file is not interpreted (it stays text); a paragraph that is all bold
is a heading, as people write one in Markdown without `#`. Tables (GitHub's kind) and
code blocks are kept as written, as parts no field holds.
"""

from __future__ import annotations

from typing import Any

from markdown_it import MarkdownIt

from ..cleaning import squash
from ..story import Block, Kind, Where
from .encoding import decode

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")


def read(data: bytes) -> list[Block]:
    text = decode(data)
    source = text.split("\n")
    tokens = _PARSER.parse(text)
    blocks: list[Block] = []
    in_table = False
    containers: list[str] = []  # the open lists and quotations around a token
    quote: list[str] = []
    quote_line = 0
    for index, token in enumerate(tokens):
        if token.type in ("table_open", "table_close"):
            in_table = token.type == "table_open"
            if in_table and token.map:  # no field holds a table: kept as written, to be reported
                rows = tuple(squash(line) for line in source[token.map[0]:token.map[1]] if line.strip())
                blocks.append(Block(Kind.OTHER, rows, Where("line", _line(token))))
        elif in_table:
            continue
        elif token.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            containers.append(token.type)
            if token.type == "blockquote_open":
                quote, quote_line = [], _line(token)
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
            if token.type == "blockquote_close" and quote:
                blocks.append(Block(Kind.QUOTE, tuple(quote), Where("line", quote_line)))
        elif token.type == "inline":
            opener = tokens[index - 1]
            lines = _plain_lines(token)
            if not any(lines):
                continue
            if "blockquote_open" in containers:
                quote.append(" ".join(lines))
                continue
            where = Where("line", _line(opener))
            markdown = " ".join(squash(line) for line in token.content.split("\n"))
            if opener.type == "heading_open":
                blocks.append(Block(Kind.HEADING, tuple(lines), where, level=int(opener.tag[1:])))
            elif containers:  # a list's item (quotations were taken above)
                blocks.append(Block(Kind.ITEM, (" ".join(lines),), where, markdown=markdown))
            elif _all_bold(token):
                blocks.append(Block(Kind.HEADING, (" ".join(lines),), where, level=2))
            else:
                blocks.append(Block(Kind.PARAGRAPH, tuple(lines), where, markdown=markdown))
        elif token.type in ("code_block", "fence") and token.content.strip():
            code = tuple(squash(line) for line in token.content.splitlines() if line.strip())
            blocks.append(Block(Kind.OTHER, code, Where("line", _line(token))))
    return blocks


def _line(token: Any) -> int:
    return token.map[0] + 1 if token.map else 1


def _plain_lines(inline: Any) -> list[str]:
    """The inline token's text without Markdown marks, one entry per line."""
    lines, current = [], ""
    for child in inline.children or []:
        if child.type in ("softbreak", "hardbreak"):
            lines.append(current)
            current = ""
        elif child.type in ("text", "code_inline"):
            current += child.content
    lines.append(current)
    return [squash(line) for line in lines if squash(line)]


def _all_bold(inline: Any) -> bool:
    children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
    return len(children) >= 3 and children[0].type == "strong_open" and children[-1].type == "strong_close"
