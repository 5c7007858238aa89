"""`/cases.json`: every published case in every language, for CRM and sales tools."""

from __future__ import annotations

import json
from typing import Any

from ..content.facets import facets
from ..content.library import CaseEntry
from .renderer import SiteRenderer


def cases_json(site: SiteRenderer) -> str:
    langs = site.settings.languages

    def each(value: Any) -> dict[str, str]:
        return {lang: site.text(value, lang) for lang in langs}

    kept = site.kept["cases-json"]
    cases = [kept.get(lambda: _case(site, entry, each), *site.shown_of(entry))
             for entry in site.library.visible_cases(include_drafts=False)]
    payload = {"languages": list(langs), "cases": cases}
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


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
