"""Link targets in Markdown texts: only http:, https:, mailto: and relative paths.

Shared by the checks (a bad link is an error) and by the rendering of Markdown fields
(the second line of defence: a bad link that reached a page loses its target)."""

from __future__ import annotations

import html
import re

ALLOWED_SCHEMES = ("http", "https", "mailto")
MAX_BRACKETS = 100
"""At most this many `[` in one Markdown text: Python-Markdown's time grows with the square
of the unmatched ones (4,000 take 1.6 s, 50,000 four minutes); a story needs a few links."""
_BRACKET = re.compile(r"(?<!\\)\[")

# the target of `[text](target)`, which may hold balanced parentheses: `javascript:alert(1)`
_INLINE_LINK = re.compile(r"\]\(\s*<?((?:[^()>\s]|\([^()>\s]*\))*)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?([^>\s]+)", re.MULTILINE)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.\-]*:[^>\s]*)>")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


_OTHER_SCHEME = r"(?:(?![Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:)[A-Za-z][A-Za-z0-9+.\-]*:|//|[^)\s]*\\)"
MARKDOWN_LINKS = (
    r"^(?![\s\S]*(?:\]\(\s*<?|(?:^|\n)[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?|<(?=[A-Za-z][A-Za-z0-9+.\-]*:))"
    + _OTHER_SCHEME + ")"
    + r"(?![\s\S]*\]\(\s*<?[A-Za-z0-9+.\-]*&#?[A-Za-z0-9]+;)"  # an entity before the scheme or path
    + rf"(?!(?:(?:[^\[\\]|\\[\s\S])*\[){{{MAX_BRACKETS + 1}}})"  # more [ than a text may hold (\[ is no bracket)
)
"""`link_problem` for editors, as a JSON Schema pattern: no target of another scheme than
http:, https: and mailto:, none that leaves the site (`//host`), no backslash, in
`[text](target)`, `[name]: target` and `<scheme:...>` (entities are not decoded)."""


def _as_browser_reads(target: str) -> str:
    # Browsers decode entities, drop tabs, newlines and spaces around, and read `\` as `/`.
    return _INVISIBLE.sub("", html.unescape(target)).replace("\\", "/")


def link_scheme(target: str) -> str | None:
    """The scheme of a link target as a browser would read it, or None if relative."""
    match = _SCHEME.match(_as_browser_reads(target))
    return match.group(1).lower() if match else None


def link_problem(target: str) -> str | None:
    """Why a link target is not allowed, or None: only http:, https:, mailto: and paths
    that stay on the site."""
    scheme = link_scheme(target)
    if scheme is not None and scheme not in ALLOWED_SCHEMES:
        return f"link target '{target}' is not allowed: use an https:, http: or mailto: address or a relative path"
    if scheme is None and _as_browser_reads(target).startswith("//"):
        return (f"link target '{target}' leads to another site without saying how: "
                "write the whole address, starting with https://")
    if "\\" in target:
        return f"link target '{target}' holds a backslash: write paths with / only"
    return None


def bad_links(markdown: str) -> list[str]:
    """Why each link in a Markdown text is not allowed (an empty list when all are)."""
    if "[" not in markdown and "<" not in markdown:
        return []  # no link of any kind: most texts of a case
    brackets = len(_BRACKET.findall(markdown))
    if brackets > MAX_BRACKETS:
        return [f"holds {brackets} [ characters; a text may hold at most {MAX_BRACKETS} (each link is one)"
                ": write a [ that is not a link as \\["]
    targets = _INLINE_LINK.findall(markdown) + _REFERENCE.findall(markdown) + _AUTOLINK.findall(markdown)
    return [problem for target in targets if (problem := link_problem(target))]
