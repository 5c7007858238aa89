"""What the recognizer found in a story: the parts of a case, in the default language,
and what it could not place."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..content.model import SECTION_NAMES
from .story import Where

CLIENT_SLOT = "client"
END_SLOT = "end"


@dataclass
class Unplaced:
    where: Where
    text: str
    slot: str
    """Where the draft keeps it as a comment: `client` (it stood before the sections), a
    section's name, or `end`."""


@dataclass
class QuoteDraft:
    text: str
    where: Where
    section: str = "results"
    person: str | None = None
    role: str | None = None
    organization: str | None = None
    """The base form; None when it is the client (the format's default)."""
    highlight: bool = False


@dataclass
class SectionDraft:
    heading: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    points: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.heading or self.paragraphs or self.points)


@dataclass
class Draft:
    title: str | None = None
    client: str | None = None
    about: str | None = None
    provider: str | None = None
    """A key of the taxonomy's providers, when the story names exactly one of them."""
    sections: dict[str, SectionDraft] = field(default_factory=lambda: {name: SectionDraft() for name in SECTION_NAMES})
    quotes: list[QuoteDraft] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)

    @property
    def anonymous(self) -> bool:
        return self.client is None

    def leftovers(self, slot: str) -> list[Unplaced]:
        return [part for part in self.unplaced if part.slot == slot]
