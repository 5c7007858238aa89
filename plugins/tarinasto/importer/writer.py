"""A `Draft` -> the text of a draft case file.

The layout is `tarinasto new`'s, with its notes (`content/field_notes.py`): what the
story gave is filled in, in the default language, with an empty "" for each other
language; what it could not give is empty or commented out, as in a new case, so that
`tarinasto validate` lists exactly what is left to do. Parts of the story that had no
place are kept as comments where they stood.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from ..content.field_notes import SCHEMA_COMMENT, FieldNotes, noted
from ..content.model import SECTION_NAMES, Taxonomy
from .cleaning import shown
from .draft import CLIENT_SLOT, END_SLOT, Draft, QuoteDraft, SectionDraft
from .yaml_text import block, comment_lines, scalar

EMPTY = '""'


@dataclass(frozen=True)
class _Writer:
    draft: Draft
    languages: Sequence[str]
    notes: FieldNotes

    @property
    def first(self) -> str:
        return self.languages[0]

    def text(self, key: str, indent: str, value: str | None, note: str = "", *, markdown: bool = False,
             lead: str | None = None) -> str:
        """A localized text: the story's in the default language, "" in the others. `lead`
        starts the key's line instead of `indent` (a list item's `- `)."""
        out = noted(f"{indent if lead is None else lead}{key}:", note) + "\n"
        for lang in self.languages:
            if lang == self.first and value and markdown:
                out += f"{indent}  {lang}: |\n" + block(value, indent + "    ")
            else:
                out += f"{indent}  {lang}: {scalar(value) if value and lang == self.first else EMPTY}\n"
        return out

    def point(self, indent: str, value: str | None) -> str:
        """A point, `- fi: ...` with the other languages below; an empty one in flow style."""
        if not value:
            return f"{indent}- {{" + ", ".join(f"{lang}: {EMPTY}" for lang in self.languages) + "}\n"
        rest = "".join(f"{indent}  {lang}: {EMPTY}\n" for lang in self.languages[1:])
        return f"{indent}- {self.first}: {scalar(value)}\n" + rest

    def leftovers(self, slot: str, indent: str) -> str:
        out = ""
        for part in self.draft.leftovers(slot):
            out += f"{indent}# not placed ({part.where}):\n" + comment_lines(part.text, indent)
        return out

    def header(self, source: str) -> str:
        lines = [
            SCHEMA_COMMENT,
            f"# A draft made by `tarinasto import` from {shown(source, 200)}, in '{self.first}'.",
            '# Fill in every empty "" value (the other languages, the date, the keys of the taxonomy),',
            "# then run `tarinasto validate`: it lists, with line numbers, what is still missing.",
            "# Parts of the story that had no place are kept as comments (# not placed): move each",
            "# into a field, or delete it. Optional fields are commented out (#).",
        ]
        if self.draft.anonymous:
            lines.append("# The story names no client: it is imported as anonymous; describe the client in `name`.")
        return "\n".join(lines) + "\n\n"

    def top(self) -> str:
        n, example = self.notes.note, self.notes.example
        provider = self.draft.provider
        out = noted("status: draft", n("status")) + "\n"
        out += noted(f"date: {EMPTY}", n("date")) + "\n" + example("updated")
        out += noted("featured: false", n("featured")) + "\n"
        out += noted(f"provider: {provider}", n("provider")) + "\n" if provider else example("provider")
        return out + example("approval") + example("aliases") + example("related") + "\n"

    def client(self) -> str:
        n, example, draft = self.notes.note, self.notes.example, self.draft
        out = "client:\n"
        if draft.client:
            out += noted(f"  name: {scalar(draft.client)}", n("client.name")) + "\n"
            out += noted("  anonymous: false", n("client.anonymous")) + "\n"
        else:
            out += noted(f"  name: {EMPTY}", "the story names no client: describe it (a Finnish municipality)") + "\n"
            out += noted("  anonymous: true", n("client.anonymous")) + "\n"
        out += noted(f"  sector: {EMPTY}", n("client.sector")) + "\n"
        for field in ("client.region", "client.website", "client.logo", "client.size"):
            out += example(field, "  ")
        if draft.about:
            out += self.text("about", "  ", draft.about, n("client.about"), markdown=True)
        else:
            out += example("client.about", "  ")
        return out + self.leftovers(CLIENT_SLOT, "  ") + "\n"

    def middle(self) -> str:
        n, example = self.notes.note, self.notes.example
        out = self.text("title", "", self.draft.title, n("title")) + "\n"
        out += self.text("summary", "", None, n("summary")) + "\n"
        out += noted("services: []", n("services")) + "\n"
        return out + example("tools") + example("collaboration") + "\n" + example("figures") + "\n"

    def section(self, name: str, section: SectionDraft) -> str:
        n, example = self.notes.note, self.notes.example
        out = noted(f"{name}:", n(name)) + "\n"
        if section.heading:
            out += self.text("heading", "  ", section.heading, n("section.heading"))
        if section.paragraphs:
            out += self.text("text", "  ", "\n\n".join(section.paragraphs) + "\n", n("section.text"), markdown=True)
        if section.empty:
            out += example("section.heading", "  ") + example("section.text", "  ")
        if section.points or not section.paragraphs:
            out += noted("  points:", n("section.points")) + "\n"
            points: list[str | None] = list(section.points) or [None]
            out += "".join(self.point("    ", point) for point in points)
        return out + self.leftovers(name, "  ") + "\n"

    def quote(self, quote: QuoteDraft) -> str:
        n = self.notes.note
        out = self.text("text", "    ", quote.text, n("quotes.text"), lead="  - ")
        if quote.person:
            out += noted(f"    person: {scalar(quote.person)}", n("quotes.person")) + "\n"
        out += self.text("role", "    ", quote.role)
        if quote.organization:
            out += noted(f"    organization: {scalar(quote.organization)}", n("quotes.organization")) + "\n"
        if not quote.highlight:  # the highlight stands at the top of the page, in no section
            out += noted(f"    section: {quote.section}", n("quotes.section")) + "\n"
        if quote.highlight:
            out += noted("    highlight: true", n("quotes.highlight")) + "\n"
        return out

    def quotes(self) -> str:
        if not self.draft.quotes:
            return self.notes.example("quotes")
        return "quotes:\n" + "".join(self.quote(quote) for quote in self.draft.quotes)


def write_draft(draft: Draft, *, source: str, languages: Sequence[str], taxonomy: Taxonomy | None,
                today: dt.date | None = None) -> str:
    """The draft case file's text; `source` is the story's file name, for its first comment."""
    writer = _Writer(draft, languages, FieldNotes(languages, taxonomy, today or dt.date.today()))
    body = writer.header(source) + writer.top() + writer.client() + writer.middle()
    body += "".join(writer.section(name, draft.sections[name]) for name in SECTION_NAMES)
    body += writer.quotes()
    leftovers = writer.leftovers(END_SLOT, "")
    return body + ("\n" + leftovers if leftovers else "")
