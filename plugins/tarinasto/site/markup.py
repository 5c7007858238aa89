"""Markdown fields to safe HTML: raw HTML shown as text, only safe link targets.

Python-Markdown passes raw HTML and any link scheme through; the checks already reject
bad links, and this is the second line of defence for whatever reaches a page.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ..content.links import link_problem, link_scheme

EXTERNAL_CLASS = "ts-external"
"""Links that leave the site: they open in a new tab, marked by an icon (CSS) and, for
screen readers, by a note in the page's language."""


class _SafeLinks(Treeprocessor):
    external_note = ""
    """The screen readers' note on a link that leaves the site, in the text's language."""

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "img":  # no images from text fields: they could load another host
                    span = etree.Element("span")
                    span.text = child.get("alt", "")
                    span.tail = child.tail
                    parent.remove(child)
                    parent.insert(index, span)
                elif child.tag == "a":
                    href = child.get("href", "")
                    if link_problem(href):
                        del child.attrib["href"]
                    elif link_scheme(href) in ("http", "https"):
                        child.set("rel", "noopener")
                        child.set("target", "_blank")
                        child.set("class", EXTERNAL_CLASS)
                        if self.external_note:
                            note = etree.SubElement(child, "span", {"class": "ts-sr-only"})
                            note.text = f" ({self.external_note})"


SAFE_LINKS = "tarinasto_safe_links"


class _NoRawHtml(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeLinks(md), SAFE_LINKS, 0)


# Anything that could make Markdown produce more than paragraphs of text: its syntax
# characters, a block marker at a line's start, indentation, a hard line break.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_\[\]<>&!]|^[ \t]|^(?:[-+=>#]|\d+[.)])|[ \t]$|\t", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def plain_paragraphs(text: str) -> str | None:
    """The HTML Markdown makes of text without any Markdown syntax, or None if it has some.

    Most texts of a case are plain sentences; Python-Markdown takes ~0.2 ms each for them,
    a fifth of a build. The test suite checks that this gives exactly Markdown's output.
    """
    if _MARKDOWN_SYNTAX.search(text):
        return None
    paragraphs = [p for p in _BLANK_LINES.split(text.strip("\n")) if p]
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


class MarkdownRenderer:
    """One Markdown instance, reset between texts (building one costs more than a text)."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(extensions=[_NoRawHtml()], output_format="html")

    def block(self, text: str, external_note: str = "") -> str:
        plain = plain_paragraphs(text)
        if plain is not None:
            return plain
        self._md.reset()
        links: Any = self._md.treeprocessors[SAFE_LINKS]
        links.external_note = external_note
        return self._md.convert(text)

    def inline(self, text: str, external_note: str = "") -> str:
        """A bullet point: one paragraph without its <p>."""
        html = self.block(text, external_note)
        if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
            return html[3:-4]
        return html
