"""What a draft case file says about each field, as comments: shared by `tarinasto new`
(an empty case) and `tarinasto import` (a case filled in from a story), so that both
drafts explain a field in the same words and a change to one note reaches both.

A note stands after its field, lined up at `NOTE_COLUMN`; an optional field the draft
leaves out is shown commented out, as an example (`examples`), ready to uncomment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from .model import Taxonomy

SCHEMA_COMMENT = "# yaml-language-server: $schema=../schema/case.schema.json"
"""The first line of every case file: editors with the YAML language server check with it."""
NOTE_COLUMN = 30


def noted(body: str, note: str = "") -> str:
    """`body`, then `# note` at NOTE_COLUMN (or two spaces after a longer body)."""
    if not note:
        return body
    if len(body) < NOTE_COLUMN:
        return f"{body:<{NOTE_COLUMN}}# {note}"
    return f"{body}  # {note}"


def keys_note(taxonomy: Taxonomy | None, name: str) -> str:
    """The keys a taxonomy field takes, the first few of them."""
    keys = taxonomy.keys_of(name) if taxonomy else []
    if not keys:
        return f"a key of `{name}` in _taxonomy.yml"
    shown = ", ".join(keys[:6]) + (", ..." if len(keys) > 6 else "")
    return f"one of: {shown}"


@dataclass(frozen=True)
class FieldNotes:
    """The notes and examples for a site's languages and taxonomy."""

    languages: Sequence[str]
    taxonomy: Taxonomy | None
    today: dt.date

    @property
    def any_text(self) -> str:
        """`{fi: ..., en: ...}`: a text per language, as an example."""
        return "{" + ", ".join(f"{lang}: ..." for lang in self.languages) + "}"

    def note(self, field: str) -> str:
        """The note of a field, by its path (`client.sector`, `quotes.role`, `section.text`)."""
        return {
            "status": "draft (not on the site) | published",
            "date": "publication date, YYYY-MM-DD",
            "updated": "the date of the last real change, YYYY-MM-DD; not before `date`",
            "featured": "true: shown first in the library",
            "provider": f"{keys_note(self.taxonomy, 'providers')} (default: the site's default provider)",
            "approval": "the client's permission to publish",
            "aliases": "former slugs of this case; each old URL redirects here",
            "related": "slugs of other cases to show as related",
            "client.name": f"the client's name; or {self.any_text} if it differs by language",
            "client.anonymous": "true: the client is not named; `name` then describes it",
            "client.sector": keys_note(self.taxonomy, "sectors"),
            "client.region": keys_note(self.taxonomy, "regions"),
            "client.website": "the client's website",
            "client.logo": "an image under cases/ (svg, png, jpg, webp)",
            "client.size": "whole numbers; any of employees, residents, customers, revenue_eur",
            "client.about": "Markdown: a few sentences about the client",
            "title": "plain text, at most 120 characters",
            "summary": "plain text, at most 300 characters: library cards and link previews",
            "cover": "the story's photo: png, jpg or webp under cases/, at least 1200 px wide",
            "services": f"at least one; {keys_note(self.taxonomy, 'services')}",
            "tools": keys_note(self.taxonomy, "tools"),
            "collaboration": "years; omit `until` while it goes on",
            "figures": "key figures as cards, at most 6",
            "starting_point": '"Lähtötilanne" / "Starting point"',
            "actions": '"Mitä tehtiin?" / "What we did": heading, text and points as above',
            "results": '"Tulokset" / "Results": heading, text and points as above',
            "section.heading": "the story's own sub-heading",
            "section.text": "Markdown prose (paragraphs, *emphasis*, [links](https://...))",
            "section.points": "bullet points (Markdown)",
            "quotes.text": "plain text, at most 800 characters",
            "quotes.person": "who said it; omit for an anonymous quote",
            "quotes.organization": "default: the client's name",
            "quotes.section": "starting_point | actions | results",
            "quotes.highlight": "instead of section: the headline quote, at the top of the page; at most one",
        }.get(field, "")

    def example(self, field: str, indent: str = "") -> str:
        """An optional field commented out, with its notes: lines ending in a newline."""
        lines = self._examples()[field]
        return "".join(noted(f"{indent}# {body}", note) + "\n" for body, note in lines)

    def _examples(self) -> dict[str, list[tuple[str, str]]]:
        n, first, text = self.note, self.languages[0], self.any_text
        return {
            "updated": [("updated: YYYY-MM-DD", n("updated"))],
            "provider": [("provider: ...", n("provider"))],
            "approval": [("approval:", n("approval")), ("  by: ...", "who approved"),
                         ("  date: YYYY-MM-DD", "when; not after `date`")],
            "aliases": [("aliases: []", n("aliases"))],
            "related": [("related: []", n("related"))],
            "client.region": [("region: ...", n("client.region"))],
            "client.website": [("website: https://...", n("client.website"))],
            "client.logo": [("logo: logos/client.svg", n("client.logo"))],
            "client.size": [("size:", n("client.size")), ("  employees: 100", "")],
            "client.about": [("about:", n("client.about")), (f"  {first}: ...", "")],
            "cover": [("cover:", n("cover")), ("  src: images/photo.jpg", ""),
                      (f"  alt: {text}", "what the photo shows, for those who cannot see it")],
            "tools": [("tools: []", n("tools"))],
            "collaboration": [("collaboration:", n("collaboration")), (f"  since: {self.today.year - 1}", ""),
                              (f"  until: {self.today.year}", "")],
            "figures": [("figures:", n("figures")), ("  - value: 100", "a number"), (f"    label: {text}", ""),
                        (f"    qualifier: {text}", "about / over / up to"), ('    unit: "%"', "shown after the number"),
                        ("    before: 80", "the baseline, for a before -> after figure")],
            "section.heading": [(f"heading: {text}", n("section.heading"))],
            "section.text": [("text:", n("section.text")), (f"  {first}: |", ""), ("    ...", "")],
            "quotes": [("quotes:", ""), (f"  - text: {text}", n("quotes.text")), ("    person: ...", n("quotes.person")),
                       (f"    role: {text}", ""), ("    organization: ...", n("quotes.organization")),
                       ("    section: results", n("quotes.section")), ("    highlight: true", n("quotes.highlight"))],
        }
