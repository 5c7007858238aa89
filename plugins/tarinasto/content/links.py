"""Link targets in Markdown texts: only http:, https:, mailto: and relative paths.

Shared by the checks (a bad link is an error) and by the rendering of Markdown fields
(the second line of defence: a bad link that reached a page loses its target)."""

from __future__ import annotations

import html
import re

ALLOWED_SCHEMES = ("http", "https", "mailto")

# the target of `[text](target)`, which may hold balanced parentheses: `javascript:alert(1)`
_INLINE_LINK = re.compile(r"\]\(\s*<?((?:[^()>\s]|\([^()>\s]*\))*)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?([^>\s]+)", re.MULTILINE)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.\-]*:[^>\s]*)>")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def link_scheme(target: str) -> str | None:
    """The scheme of a link target as a browser would read it, or None if relative."""
    cleaned = _INVISIBLE.sub("", html.unescape(target))
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def bad_links(markdown: str) -> list[str]:
    targets = _INLINE_LINK.findall(markdown) + _REFERENCE.findall(markdown) + _AUTOLINK.findall(markdown)
    return [t for t in targets if (scheme := link_scheme(t)) is not None and scheme not in ALLOWED_SCHEMES]
