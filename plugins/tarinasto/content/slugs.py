"""Slugs: the names in a site's URLs (case files, collections, taxonomy keys, aliases).

A slug is lowercase letters a-z, digits and single hyphens, at most 80 characters, and
not a word the site's own URLs use (a language prefix, a taxonomy, `collections`, ...).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_RE = re.compile(SLUG_PATTERN)
SLUG_MAX = 80

COLLECTIONS_SEGMENT = "collections"
ASSETS_SEGMENT = "assets"
SEARCH_SEGMENT = "search"
NOT_FOUND_SEGMENT = "404"
SITE_SEGMENTS = frozenset({COLLECTIONS_SEGMENT, ASSETS_SEGMENT, SEARCH_SEGMENT, NOT_FOUND_SEGMENT})
"""The first segments of URLs that the site itself uses, beside languages and taxonomies."""

# Letters that NFKD does not take apart into an ASCII letter and a mark.
_TRANSLITERATE = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "œ": "oe", "þ": "th"})


@lru_cache(maxsize=1)
def language_codes() -> frozenset[str]:
    """Every language Babel knows: any of them may become a URL prefix (`/sv/`) later, and
    a published URL must never change meaning, so none can be a slug even before then."""
    from babel.localedata import locale_identifiers

    return frozenset(identifier.split("_")[0] for identifier in locale_identifiers())


def reserved_words(languages: Iterable[str], taxonomies: Iterable[str]) -> frozenset[str]:
    return frozenset({*SITE_SEGMENTS, *taxonomies, *languages, *language_codes()})


def slug_problem(slug: str, reserved: frozenset[str], what: str = "slug") -> str | None:
    """Why `slug` cannot be a slug, or None."""
    if not SLUG_RE.match(slug):
        return not_a_slug(slug, what)
    if len(slug) > SLUG_MAX:
        return f"'{slug}' is {len(slug)} characters long; a {what} has at most {SLUG_MAX}"
    if slug in reserved:
        return f"'{slug}' is a reserved word and cannot be a {what}; choose another name"
    return None


def not_a_slug(text: str, what: str = "slug") -> str:
    """Why `text` is no slug, with the slug to write instead: letters such as ä, ö and å
    become a, o and a (`saarijärven-kirjasto` -> `saarijarven-kirjasto`)."""
    suggestion = slugify(text)
    if not (suggestion and suggestion != text and SLUG_RE.match(suggestion)):
        return f"'{text}' is not a valid {what}: use lowercase letters a-z, digits and single hyphens"
    letters = sorted({c for c in text if not c.isascii() and c.isalpha()})
    if letters and text == text.lower() and _WORDS.fullmatch(text):
        return (f"'{text}' is not a valid {what}: a web address takes the letters a-z only, not"
                f" {', '.join(letters)}; write '{suggestion}'")
    return f"'{text}' is not a valid {what}: use lowercase letters a-z, digits and single hyphens (e.g. '{suggestion}')"


_WORDS = re.compile(r"[^\W_]+(-[^\W_]+)*")
"""Letters of any alphabet and digits, in words joined by single hyphens."""


def slugify(text: str, max_length: int = SLUG_MAX) -> str:
    """A slug made of a name: `Saarijärven kaupunginkirjasto` -> `saarijarven-kaupunginkirjasto`."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLITERATE))
    ascii_text = folded.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug
