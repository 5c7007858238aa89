"""A story's blocks -> the parts of a case (`Draft`), in three passes: label each block
(`labels.py`), give each heading its section (`sections.py`), then put everything where
it stands: prose and points into the section above them, quotes with the section they
stand in, and what comes before the first section to the client. Whatever is left is
`unplaced`: reported, and kept in the draft as a comment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from . import client as clients
from .attribution import Speaker
from .draft import CLIENT_SLOT, Draft, QuoteDraft, Unplaced
from .labels import Part, label
from .names import organization_name, same_organization
from .sections import assign_sections
from .story import Block
from .vocabulary import section_of


def recognize(blocks: list[Block], providers: Mapping[str, str] | None = None) -> Draft:
    """The case in `blocks`; `providers` are the taxonomy's providers (key -> name)."""
    parts = label(blocks)
    assign_sections([p for p in parts if p.label == "heading"])
    story = "\n".join(block.text for block in blocks)
    providers = dict(providers or {})
    draft, found = _place(parts)
    _name_speakers(found.speakers, list(providers.values()), story)
    draft.client = _client(found, list(providers.values()), story)
    for quote, speaker in found.speakers:
        if quote.organization and draft.client and _is_client(quote.organization, speaker, draft.client):
            quote.organization = None  # the format's default
    about = clients.choose_about([part.text for part in found.intro], draft.client)
    for position, part in enumerate(found.intro):
        if position == about:
            draft.about = part.text
        else:
            draft.unplaced.append(Unplaced(part.block.where, part.as_written, CLIENT_SLOT))
    draft.unplaced.sort(key=lambda u: (u.where.number, u.text))
    draft.provider = clients.named_provider(story, providers)
    return draft


@dataclass
class _Found:
    """What placing leaves to decide once the whole story is read."""

    intro: list[Part] = field(default_factory=list)
    """The prose before the first section: the client's introduction, and what is not."""
    case_line: str | None = None
    speakers: list[tuple[QuoteDraft, Speaker | None]] = field(default_factory=list)


def _place(parts: list[Part]) -> tuple[Draft, _Found]:
    """Each part where it stands: headings open sections, the rest goes into the open one."""
    draft, found = Draft(), _Found()
    section: str | None = None

    def unplaced(part: Part) -> None:
        draft.unplaced.append(Unplaced(part.block.where, part.as_written, section or CLIENT_SLOT))

    for part in parts:
        if part.label == "title":
            draft.title = part.text
        elif part.label == "client":
            found.case_line = found.case_line or part.text
        elif part.label == "heading" and part.section is not None:
            section = part.section
            own = draft.sections[section]
            if not section_of(part.text) and own.heading is None:
                own.heading = part.text  # the story's own sub-heading; a usual one needs none
            elif not section_of(part.text):
                unplaced(part)
        elif part.label == "quote" and part.quote is not None:
            # a quote before the sections is the story's headline quote; it goes with the results
            quote = QuoteDraft(part.quote.text, part.block.where, section or "results",
                               highlight=section is None and not any(q.highlight for q in draft.quotes))
            draft.quotes.append(quote)
            found.speakers.append((quote, part.speaker))
        elif part.label == "prose" and section is None:
            found.intro.append(part)
        elif part.label in ("prose", "item") and section is not None:
            own = draft.sections[section]
            (own.paragraphs if part.label == "prose" else own.points).append(part.text)
        else:
            unplaced(part)
    return draft, found


def _name_speakers(speakers: list[tuple[QuoteDraft, Speaker | None]], known: list[str], story: str) -> None:
    """Each quote's person, role and organization (in its base form)."""
    for quote, speaker in speakers:
        if speaker is None:
            continue
        quote.person, quote.role, quote.organization = speaker.person, speaker.role, speaker.organization
        if speaker.organization and speaker.genitive:
            quote.organization = organization_name(speaker.organization, known, story)


def _client(found: _Found, providers: list[str], story: str) -> str | None:
    """The client: the "Case:" line, else the organization the quotes name most, else the
    subject of the introduction; None when the story names none."""
    named = found.case_line or clients.most_named((q.organization for q, _ in found.speakers if q.organization), providers)
    if named:
        return named
    return next((name for part in found.intro if (name := clients.subject(part.text, story))), None)


def _is_client(organization: str, speaker: Speaker | None, client: str) -> bool:
    if same_organization(organization, client):
        return True
    # "Limingan kunnanjohtaja": the genitive as written begins the client's name
    written = speaker.organization if speaker is not None and speaker.organization else organization
    return client.split()[: len(written.split())] == written.split()
