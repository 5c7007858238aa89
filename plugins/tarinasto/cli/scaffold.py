"""`tarinasto new`: a case file with every field, a comment on each, ready to fill in.

Required fields are present and empty, so that `tarinasto validate` lists, with line
numbers, exactly what is still to write; optional fields are commented out.
"""

from __future__ import annotations

import datetime as dt

from ..content.model import Taxonomy
from ..content.settings import Settings


def _keys(taxonomy: Taxonomy | None, name: str) -> str:
    keys = taxonomy.keys_of(name) if taxonomy else []
    if not keys:
        return f"a key of `{name}` in _taxonomy.yml"
    shown = ", ".join(keys[:6]) + (", ..." if len(keys) > 6 else "")
    return f"one of: {shown}"


def scaffold(settings: Settings, taxonomy: Taxonomy | None, today: dt.date | None = None) -> str:
    langs = settings.languages
    today = today or dt.date.today()

    def text(indent: str, comment: str = "") -> str:
        head = f"  # {comment}" if comment else ""
        return head + "\n" + "".join(f'{indent}{lang}: ""\n' for lang in langs)

    def inline(values: str = '""') -> str:
        return "{" + ", ".join(f"{lang}: {values}" for lang in langs) + "}"

    def commented(indent: str) -> str:
        return "{" + ", ".join(f"{lang}: ..." for lang in langs) + "}"

    return f"""\
# yaml-language-server: $schema=../schema/case.schema.json
# A new case. Fill in every empty "" value, then run `tarinasto validate`: it lists,
# with line numbers, what is still missing. Optional fields are commented out (#);
# remove the # to use one. The guide: README.md, "Writing a case".

status: draft                 # draft (not on the site) | published
date: {today.isoformat()}             # publication date, YYYY-MM-DD
featured: false               # true: shown first in the library
# provider: ...               # {_keys(taxonomy, "providers")} (default: the site's default provider)
# approval:                   # the client's permission to publish
#   by: ...                   # who approved
#   date: YYYY-MM-DD          # when; not after `date`
# aliases: []                 # former slugs of this case; each old URL redirects here
# related: []                 # slugs of other cases to show as related

client:
  name: ""                    # the client's name; or {commented("")} if it differs by language
  anonymous: false            # true: the client is not named; `name` then describes it
  sector: ""                  # {_keys(taxonomy, "sectors")}
  # region: ...               # {_keys(taxonomy, "regions")}
  # website: https://...      # the client's website
  # logo: logos/client.svg    # an image under cases/ (svg, png, jpg, webp)
  # size:                     # whole numbers; any of employees, residents, customers, revenue_eur
  #   employees: 100
  # about:                    # Markdown: a few sentences about the client
  #   {langs[0]}: ...

title:{text("  ", "plain text, at most 120 characters")}
summary:{text("  ", "plain text, at most 300 characters: library cards and link previews")}
services: []                  # at least one; {_keys(taxonomy, "services")}
# tools: []                   # {_keys(taxonomy, "tools")}
# collaboration:              # years; omit `until` while it goes on
#   since: {today.year - 1}
#   until: {today.year}

# figures:                    # key figures as cards, at most 6
#   - value: 100              # a number
#     label: {commented("")}
#     qualifier: {commented("")}   # about / over / up to
#     unit: "%"                # shown after the number
#     before: 80               # the baseline, for a before -> after figure

starting_point:               # "Lähtötilanne" / "Starting point"
  # heading: {commented("")}  # the story's own sub-heading
  # text:                     # Markdown prose (paragraphs, *emphasis*, [links](https://...))
  #   {langs[0]}: |
  #     ...
  points:                     # bullet points (Markdown)
    - {inline()}

actions:                      # "Mitä tehtiin?" / "What we did": heading, text and points as above
  points:
    - {inline()}

results:                      # "Tulokset" / "Results": heading, text and points as above
  points:
    - {inline()}

# quotes:
#   - text: {commented("")}   # plain text, at most 800 characters
#     person: ...              # who said it; omit for an anonymous quote
#     role: {commented("")}
#     organization: ...        # default: the client's name
#     section: results         # starting_point | actions | results
#     highlight: true          # the headline quote; at most one per case
"""
