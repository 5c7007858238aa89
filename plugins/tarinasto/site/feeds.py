"""An Atom 1.0 feed per language (RFC 4287): the published cases, newest first, for feed
readers and for the tools that post new stories on (LinkedIn schedulers, Teams, Slack).

Built as an element tree and serialized by ElementTree, so that every text is escaped by
the serializer, never by hand. Drafts are never in a feed, not even in `mkdocs serve`.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from ..content.library import CaseEntry
from .renderer import SiteRenderer

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM_TYPE = "application/atom+xml"
NO_CASES = dt.date(1970, 1, 1)
"""A feed's `updated` without a single case: a feed must have one, and the build's time
would make every build different."""



def feeds(site: SiteRenderer) -> list[tuple[str, bytes]]:
    """(site URL, Atom document) of every language's feed; none without the site's
    absolute address (every id and link of a feed is absolute)."""
    if not site.has_address:
        return []
    cases = sorted(site.library.visible_cases(include_drafts=False), key=lambda e: (-e.case.date.toordinal(), e.slug))
    return [(site.urls.feed(lang), feed(site, cases, lang)) for lang in site.settings.languages]


def feed(site: SiteRenderer, cases: list[CaseEntry], lang: str) -> bytes:
    # Atom's namespace as the root's own attribute, the elements' names unqualified: the
    # default namespace without ET.register_namespace, which is global (site/images.py
    # registers SVG's) and without `default_namespace`, which refuses unqualified attributes.
    root = ET.Element("feed", {"xmlns": ATOM_NS, XML_LANG: site.languages[lang].tag})
    home = site.absolute(site.urls.library(lang))
    _text(root, "id", home)
    _text(root, "title", site.site_name(lang))
    _text(root, "subtitle", site.tagline(lang))
    _text(root, "updated", _timestamp(max((e.case.date for e in cases), default=NO_CASES)))
    _link(root, "self", site.absolute(site.urls.feed(lang)), ATOM_TYPE)
    _link(root, "alternate", home, "text/html", site.languages[lang].tag)
    _text(root, "generator", "Tarinasto")
    for entry in cases:
        root.append(_entry(site, entry, lang))
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _entry(site: SiteRenderer, entry: CaseEntry, lang: str) -> ET.Element:
    case = entry.case
    url = site.absolute(site.urls.case(entry.slug, lang))
    element = ET.Element("entry")
    # The case's URL in the language: permanent (docs/site.md), and unique per language.
    _text(element, "id", url)
    _text(element, "title", site.text(case.title, lang))
    _text(element, "summary", site.text(case.summary, lang))
    _link(element, "alternate", url, "text/html", site.languages[lang].tag)
    _text(element, "published", _timestamp(case.date))
    _text(element, "updated", _timestamp(case.date))
    provider = site.provider_of(case)
    author = ET.SubElement(element, "author")
    _text(author, "name", site.text(site.label("providers", provider), lang) if provider else site.site_name(lang))
    for key in site.keys(case, "services"):
        ET.SubElement(element, "category", {"term": key, "label": site.text(site.label("services", key), lang)})
    return element


def _text(parent: ET.Element, name: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, name)
    element.text = text
    return element


def _link(parent: ET.Element, rel: str, href: str, media_type: str, hreflang: str | None = None) -> None:
    attributes = {"rel": rel, "type": media_type, "href": href}
    if hreflang is not None:
        attributes["hreflang"] = hreflang
    ET.SubElement(parent, "link", attributes)


def _timestamp(date: dt.date) -> str:
    """An RFC 3339 date-time: a case has a date only, so midnight UTC of it."""
    return f"{date.isoformat()}T00:00:00Z"
