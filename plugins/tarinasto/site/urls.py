"""Where every page and file of the site lives, per language: the site's URL rules,
written once (docs/site.md, "URLs"). Sales paste these URLs into e-mails: a URL, once
published, never changes meaning.

A URL here is a path from the site's root, without a leading slash, ending in `/`
(`en/limingan-kunta/`); the library of the default language is the empty string.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass
from typing import Callable

from ..content.slugs import ASSETS_SEGMENT, COLLECTIONS_SEGMENT, NOT_FOUND_SEGMENT, SEARCH_SEGMENT


@dataclass(frozen=True)
class Urls:
    languages: tuple[str, ...]

    @property
    def default(self) -> str:
        return self.languages[0]

    def prefix(self, lang: str) -> str:
        return "" if lang == self.default else f"{lang}/"

    def library(self, lang: str) -> str:
        return self.prefix(lang)

    def case(self, slug: str, lang: str) -> str:
        return f"{self.prefix(lang)}{slug}/"

    def taxonomy(self, taxonomy: str, key: str, lang: str) -> str:
        return f"{self.prefix(lang)}{taxonomy}/{key}/"

    def collection(self, name: str, lang: str) -> str:
        return f"{self.prefix(lang)}{COLLECTIONS_SEGMENT}/{name}/"

    def not_found(self, lang: str) -> str:
        return f"{self.prefix(lang)}{NOT_FOUND_SEGMENT}.html"

    def search_index(self, lang: str) -> str:
        return f"{self.prefix(lang)}{SEARCH_SEGMENT}/search_index.json"

    def feed(self, lang: str) -> str:
        """The language's Atom feed: `feed.xml`, `en/feed.xml` (no slug has a dot)."""
        return f"{self.prefix(lang)}feed.xml"

    def preview(self, lang: str, slug: str | None, key: str) -> str:
        """A link-preview card: a case's (`slug`) or, with None, the listings' card of the
        language. The name carries the start of the card's content key, because LinkedIn,
        Facebook and X keep the image they fetched for an image URL for days or weeks: a
        card whose content changed must have a new URL to be fetched again, and one that did
        not keeps its URL. The pages' URLs, which people share, never change for it."""
        name = slug if slug is not None else PREVIEW_OF_LISTINGS  # `_` is in no slug
        return f"{ASSETS_SEGMENT}/previews/{lang}/{name}.{key[:PREVIEW_KEY_CHARS]}.png"

    def each_lang(self, make_url: Callable[[str], str]) -> dict[str, str]:
        """The same page in every language: {lang: url}."""
        return {lang: make_url(lang) for lang in self.languages}


CASES_JSON = "cases.json"
SITEMAP = "sitemap.xml"
PREVIEW_OF_LISTINGS = "_site"
PREVIEW_KEY_CHARS = 12
"""48 bits of the card's key: more than enough to tell one card's versions apart."""


def asset_uri(path: str) -> str:
    """Where an image under the cases folder is published."""
    return f"{ASSETS_SEGMENT}/cases/{path}"


def src_uri(url: str) -> str:
    """The Markdown file that MkDocs turns into `url` with directory URLs."""
    return f"{url}index.md"


def relative(target: str, page: str) -> str:
    """A link from the page at `page` to `target`, both site URLs (keeps the site movable)."""
    if "://" in target:
        return target
    base = page if page.endswith("/") or not page else posixpath.dirname(page) + "/"
    rel = _relpath(_segments(target), _segments(base))
    if (target == "" or target.endswith("/")) and not rel.endswith("/"):
        rel += "/"
    return "./" if rel in (".", "./") else rel


@functools.lru_cache(maxsize=65536)
def _segments(url: str) -> tuple[str, ...]:
    """The segments of a site URL, normalized as posixpath.relpath does (a page links to
    thousands of others: each URL is split once, not once per link)."""
    return tuple(part for part in posixpath.normpath("/" + url).split("/") if part)


def _relpath(path: tuple[str, ...], start: tuple[str, ...]) -> str:
    """posixpath.relpath of two normalized absolute paths, given as their segments."""
    common = 0
    for a, b in zip(path, start):
        if a != b:
            break
        common += 1
    parts = [".."] * (len(start) - common) + list(path[common:])
    return "/".join(parts) if parts else "."
