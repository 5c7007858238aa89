"""schema.org data of a case page: an Article about the client Organization, its quotes
as Quotations (never a Review: a client's words about a consultancy are not a rating)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..content.library import CaseEntry
from .context import json_ld
from .urls import asset_uri

if TYPE_CHECKING:
    from .renderer import SiteRenderer


def case_structured_data(site: SiteRenderer, entry: CaseEntry, lang: str) -> Markup:
    case = entry.case

    def text(value: Any) -> Any:
        return None if value is None else site.text(value, lang)

    # An anonymous client's "name" is a description ("a Finnish municipality"): never a name.
    naming = "description" if case.client.anonymous else "name"
    client: dict[str, Any] = {"@type": "Organization", naming: text(case.client.name)}
    if not case.client.anonymous:
        if case.client.website:
            client["url"] = case.client.website
        if case.client.logo:
            client["logo"] = site.absolute(asset_uri(case.client.logo))
    quotes = []
    for quote in case.quotes:
        creator: dict[str, Any] = {"@type": "Person", "jobTitle": text(quote.role)}
        if quote.person is not None:
            creator["name"] = text(quote.person)
        quotes.append({"@type": "Quotation", "text": text(quote.text), "creator": creator})
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": text(case.title),
        "description": text(case.summary),
        "inLanguage": lang,
        "datePublished": case.date.isoformat(),
        **({"dateModified": case.updated.isoformat()} if case.updated else {}),
        "url": site.absolute(site.urls.case(entry.slug, lang)),
        "about": client,
        "keywords": [site.text(site.label("services", s), lang) for s in case.services],
    }
    publisher = _publisher(site, entry, lang)
    if publisher:
        data["publisher"] = publisher
        data["author"] = publisher
    if quotes:
        data["hasPart"] = quotes
    return json_ld(data)


def _publisher(site: SiteRenderer, entry: CaseEntry, lang: str) -> dict[str, Any] | None:
    key = site.provider_of(entry.case)
    taxonomy = site.library.taxonomy
    if not key or taxonomy is None or key not in taxonomy.providers:
        return None
    provider = taxonomy.providers[key]
    publisher: dict[str, Any] = {"@type": "Organization", "name": site.text(provider.name, lang)}
    if provider.website:
        publisher["url"] = provider.website
    return publisher
