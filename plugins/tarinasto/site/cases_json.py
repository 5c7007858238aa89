"""`/cases.json`: every published case in every language, for CRM and sales tools."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from ..content.facets import facets
from ..content.library import CaseEntry
from .renderer import SiteRenderer


def cases_json(site: SiteRenderer) -> str:
    langs = site.settings.languages

    def each(value: Any) -> dict[str, str]:
        return {lang: site.text(value, lang) for lang in langs}

    kept = site.kept["cases-json"]
    cases = [kept.get(lambda: _json(_case(site, entry, each)), *site.shown_of(entry))
             for entry in site.library.visible_cases(include_drafts=False)]
    # Each case is kept as its JSON text, indented as in the file: the same bytes as
    # json.dumps of the whole, and a fifth of the memory of the values (35 MB at 5,000).
    text = json.dumps({"languages": list(langs), "cases": []}, ensure_ascii=False, indent=1)
    if cases:
        text = text.replace('"cases": []', '"cases": [\n' + ",\n".join(cases) + "\n ]")
    return text + "\n"


def _json(case: dict[str, Any]) -> str:
    """A case as it stands in the list: two spaces in (JSON text holds no line break of
    its own: one in a value is written \\n)."""
    return textwrap.indent(json.dumps(case, ensure_ascii=False, indent=1), "  ")


def _case(site: SiteRenderer, entry: CaseEntry, each: Any) -> dict[str, Any]:
    case = entry.case
    return {
        "slug": entry.slug,
        "date": case.date.isoformat(),
        "updated": case.updated.isoformat() if case.updated else None,
        "featured": case.featured,
        "urls": {lang: site.absolute(site.urls.case(entry.slug, lang)) for lang in site.settings.languages},
        "title": each(case.title),
        "summary": each(case.summary),
        "client": {
            "name": each(case.client.name),
            "anonymous": case.client.anonymous,
            "website": None if case.client.anonymous else case.client.website,
        },
        "taxonomy": {
            facet.taxonomy: [{"key": key, "label": each(site.label(facet.taxonomy, key))}
                             for key in site.keys(case, facet.taxonomy)]
            for facet in facets()
        },
        "figures": [
            {"value": f.value, "before": f.before, "unit": f.unit, "label": each(f.label)}
            for f in case.figures
        ],
    }
