"""Text from a story made safe to keep and to show.

A story can hold anything: control characters pasted from other programs, line
separators that YAML would read as line breaks, a BOM. What is kept in a draft must be
text a YAML file may hold, and what is printed must stay one line on a terminal.
"""

from __future__ import annotations

import re
import unicodedata

# YAML 1.1 (PyYAML) reads NEL, LS and PS as line breaks: make them the one line break.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# What a YAML file may not hold, plus the BOM and the other zero-width no-break marks.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Characters that reorder or hide text on a terminal: shown as escapes, never echoed.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]")
SHOWN_MAX = 60


def clean(text: str) -> str:
    """`text` with one kind of line break, composed letters and nothing unprintable."""
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text))
    return _UNPRINTABLE.sub("", text.replace("\t", " "))


def squash(line: str) -> str:
    """One line of a paragraph: runs of spaces (also no-break ones, tabs) as one space."""
    return _SPACES.sub(" ", line).strip()


def shown(text: str, limit: int = SHOWN_MAX) -> str:
    """`text` for one output line: line breaks as ` / `, anything unprintable escaped,
    at most `limit` characters."""
    text = " / ".join(part.strip() for part in text.splitlines() if part.strip())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "".join(
        ch if ch.isprintable() and not _INVISIBLE.match(ch) else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )
