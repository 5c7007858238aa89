"""The first pass over a story's blocks: what each one is.

The title, a client line ("Case: ..."), a heading, a quote (with the block below it
that names the speaker, which it takes), prose, a point, or something no field holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import client as clients
from .attribution import DASHES, Speaker, from_clause, from_lines, is_person
from .quotes import FoundQuote, inside, introduced_by, quote_text, standalone
from .story import Block, Kind
from .vocabulary import section_of

HEADING_MAX = 100  # characters: a longer line without a full stop is a sentence, not a heading
HEADING_WORDS = 14


@dataclass
class Part:
    label: str  # title | client | heading | quote | prose | item | other
    block: Block
    text: str = ""
    quote: FoundQuote | None = None
    speaker: Speaker | None = None
    section: str | None = None
    """A heading's section once assigned; None for one that has none left."""

    @property
    def as_written(self) -> str:
        """The part's text with the story's own line breaks, to keep it as a comment."""
        return "\n".join(self.block.lines) if self.text in ("", self.block.md) else self.text



def _heading_like(text: str) -> bool:
    """A line that reads as a heading in plain text: short, capitalized, no full stop, and
    not a person's name alone (a photo's caption)."""
    return (len(text) <= HEADING_MAX and len(text.split()) <= HEADING_WORDS and text[:1].isupper()
            and text[-1:] not in ".,;:" and not is_person(text))


def label(blocks: list[Block]) -> list[Part]:
    # Where a story marks its headings (Word styles, <h2>, ##), its marks are trusted;
    # only a story without any is read for lines that look like headings.
    guess = sum(block.kind is Kind.HEADING for block in blocks) <= 1
    parts: list[Part] = []
    title_possible = True
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        text = block.text
        if block.kind is Kind.OTHER:
            parts.append(Part("other", block))
            continue
        if block.kind is Kind.PARAGRAPH and len(block.lines) == 1 and (name := clients.client_line(text)):
            parts.append(Part("client", block, name))
            continue
        quoted = _quote(block)
        if quoted is not None:
            found, speaker = quoted
            if speaker is None and found.attribution is None and not found.before:
                speaker = _speaker_above(parts)
            if speaker is None and found.attribution is None and not found.after:
                speaker, used = _speaker_below(blocks, index)
                index += used
            # the prose around a quote stays one paragraph of the section, without the quote
            prose = " ".join(text for text in (found.before, found.after) if text)
            title_possible = title_possible and not prose
            parts += [Part("prose", block, prose)] if prose else []
            parts.append(Part("quote", block, quote=found, speaker=speaker))
            continue
        single = block.kind is Kind.PARAGRAPH and len(block.lines) == 1
        if block.kind is Kind.HEADING or (single and (section_of(text) or (guess and _heading_like(text)))):
            parts.append(Part("title" if title_possible and not section_of(text) else "heading", block, text))
        else:
            parts.append(Part("item" if block.kind is Kind.ITEM else "prose", block, block.md))
        title_possible = False
    return parts


def _quote(block: Block) -> tuple[FoundQuote, Speaker | None] | None:
    """The quote a block is or holds, with its speaker when the block itself names them."""
    if block.kind is Kind.PARAGRAPH:
        found = standalone(block.text) or inside(block.text)
    elif block.kind is Kind.QUOTE:
        lines = list(block.lines)
        speaker = from_lines([lines[-1]]) if len(lines) > 1 and lines[-1][:1] in DASHES else None
        if speaker is not None:  # "— Name, role" closing the quotation
            return FoundQuote(quote_text(" ".join(lines[:-1])), None), speaker
        found = standalone(block.text) or FoundQuote(quote_text(block.text), None)
    else:
        return None
    if found is None:
        return None
    return found, from_clause(found.attribution) if found.attribution else None


def _speaker_above(parts: list[Part]) -> Speaker | None:
    """The speaker named by the prose just before a quote: "… toimitusjohtaja Harri Kallio
    kertoo:". That sentence is taken out of the prose (and the prose, if nothing is left)."""
    if not parts or parts[-1].label != "prose":
        return None
    introduced = introduced_by(parts[-1].text)
    if introduced is None:
        return None
    if introduced[0]:
        parts[-1].text = introduced[0]
    else:
        parts.pop()
    return from_clause(introduced[1])


def _speaker_below(blocks: list[Block], index: int) -> tuple[Speaker | None, int]:
    """The speaker named by the block (or two) after a quote, and how many blocks that is."""
    if index >= len(blocks) or blocks[index].kind not in (Kind.PARAGRAPH, Kind.ITEM):
        return None, 0
    block = blocks[index]
    if block.kind is Kind.ITEM and block.marker not in ("-", "–"):
        return None, 0
    lines = [f"– {block.lines[0]}", *block.lines[1:]] if block.kind is Kind.ITEM else list(block.lines)
    speaker = from_lines(lines)
    if speaker is None:
        return None, 0
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if (speaker.person and not speaker.role and after is not None and after.kind is Kind.PARAGRAPH
            and after.text[-1:] not in ".!?"):  # a sentence below the name is the story going on
        both = from_lines([speaker.person, *after.lines])  # the name, and the role below it
        if both is not None and both.role:
            return both, 2
    return speaker, 1
