"""`tarinasto new`: a case file with every field, a comment on each, ready to fill in.

Required fields are present and empty, so that `tarinasto validate` lists, with line
numbers, exactly what is still to write; optional fields are commented out. The notes
come from `content/field_notes.py`, which `tarinasto import` uses for its drafts too.
"""

from __future__ import annotations

import datetime as dt

from ..content.field_notes import SCHEMA_COMMENT, FieldNotes, noted
from ..content.model import Taxonomy
from ..content.settings import Settings


def scaffold(settings: Settings, taxonomy: Taxonomy | None, today: dt.date | None = None) -> str:
    langs = settings.languages
    today = today or dt.date.today()
    notes = FieldNotes(langs, taxonomy, today)
    n, example = notes.note, notes.example

    def text(indent: str, comment: str = "") -> str:
        head = f"  # {comment}" if comment else ""
        return head + "\n" + "".join(f'{indent}{lang}: ""\n' for lang in langs)

    def empty_points() -> str:
        return "  points:\n    - {" + ", ".join(f'{lang}: ""' for lang in langs) + "}\n"

    return f"""\
{SCHEMA_COMMENT}
# A new case. Fill in every empty "" value, then run `tarinasto validate`: it lists,
# with line numbers, what is still missing. Optional fields are commented out (#);
# remove the # to use one. The guide: README.md, "Writing a case".

{noted("status: draft", n("status"))}
{noted(f"date: {today.isoformat()}", n("date"))}
{example("updated")}{noted("featured: false", n("featured"))}
{example("provider")}{example("approval")}{example("aliases")}{example("related")}
client:
{noted('  name: ""', n("client.name"))}
{noted("  anonymous: false", n("client.anonymous"))}
{noted('  sector: ""', n("client.sector"))}
{example("client.region", "  ")}{example("client.website", "  ")}{example("client.logo", "  ")}\
{example("client.size", "  ")}{example("client.about", "  ")}
title:{text("  ", n("title"))}
summary:{text("  ", n("summary"))}
{example("cover")}{noted("services: []", n("services"))}
{example("tools")}{example("collaboration")}
{example("figures")}
{noted("starting_point:", n("starting_point"))}
{example("section.heading", "  ")}{example("section.text", "  ")}\
{noted("  points:", n("section.points"))}
    - {{{", ".join(f'{lang}: ""' for lang in langs)}}}

{noted("actions:", n("actions"))}
{empty_points()}
{noted("results:", n("results"))}
{empty_points()}
{example("quotes")}"""
