"""The second pass: which section each heading opens.

A usual heading ("Tulokset", "What we did") names its own section; the story's own
sub-headings take the sections left, in order, between the sections of the usual
headings around them. A heading deeper than the section headings, or one with no
section left, opens none: its text goes on in the section above it.
"""

from __future__ import annotations

from ..content.model import SECTION_NAMES
from .labels import Part
from .vocabulary import section_of


def assign_sections(headings: list[Part]) -> None:
    """Set each heading's `section` (None where it opens none)."""
    known = [section_of(h.text) for h in headings]
    claimed = {name for name in known if name}
    levels = [h.block.level for h in headings if h.block.level > 0]
    top = min(levels) if levels else 0
    previous = -1
    for position, (heading, name) in enumerate(zip(headings, known)):
        if name:
            heading.section, previous = name, SECTION_NAMES.index(name)
            continue
        if top and heading.block.level > top:
            continue
        following = next((SECTION_NAMES.index(n) for n in known[position + 1:] if n), len(SECTION_NAMES))
        free = [n for i, n in enumerate(SECTION_NAMES) if previous < i < following and n not in claimed]
        if free:
            heading.section, previous = free[0], SECTION_NAMES.index(free[0])
            claimed.add(free[0])
