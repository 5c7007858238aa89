"""The search documents of each language, written from the case data.

A search engine that parsed the HTML of every page would find the same texts (Material's
took a quarter of a build at 1,000 cases); we know them already. Each language gets its
own documents, so that a reader sees results in the language of the page only.
"""

from __future__ import annotations

import html
import re
from typing import Iterator

from ..content.library import CaseEntry
from ..content.model import SECTION_NAMES
from ..content.text import LocalizedText, Name
from .i18n import Language
from .urls import Urls

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_`#>]+|^\s*[-+]\s+|^\s*\d+\.\s+", re.MULTILINE)


def plain_text(markdown: str) -> str:
    """Markdown as the words a reader searches for: link texts stay, syntax goes."""
    return " ".join(_MARKUP.sub(" ", _LINK.sub(r"\1", markdown)).split())


def section_title(lang: Language, name: str) -> str:
    """The heading of a case section in a language; the templates use the same."""
    titles = {
        "starting_point": lang.gettext("Starting point"),
        "actions": lang.gettext("What we did"),
        "results": lang.gettext("Results"),
    }
    return titles[name]


def anchor(section: str) -> str:
    return section.replace("_", "-")


def case_documents(entry: CaseEntry, lang: Language, default: str, urls: Urls) -> Iterator[dict[str, str]]:
    """A case as search documents: the story, then one per section, locations relative
    to the language's root (as the page's search base is)."""
    case = entry.case
    location = urls.case(entry.slug, lang.code)[len(urls.prefix(lang.code)):]

    def text(value: LocalizedText | Name | None) -> str:
        return "" if value is None else value.get_text(lang.code, default)[0]

    # The client's name stands in the result's title, not again in its text.
    about = plain_text(text(case.client.about))
    yield _document(location, f"{text(case.client.name)}: {text(case.title)}", text(case.summary), about)
    for name in SECTION_NAMES:
        section = case.section(name)
        parts = [text(section.heading), plain_text(text(section.text))]
        parts += [plain_text(text(point)) for point in section.points]
        for quote in case.quotes_in(name):
            parts += [text(quote.text), text(quote.person), text(quote.role)]
        yield _document(f"{location}#{anchor(name)}", section_title(lang, name), *parts)


def _document(location: str, title: str, *texts: str) -> dict[str, str]:
    # Material shows titles and texts of results as HTML: escape them.
    body = " ".join(t for t in texts if t)
    return {"location": location, "title": html.escape(title), "text": html.escape(body)}
