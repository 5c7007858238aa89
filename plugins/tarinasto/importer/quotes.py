"""Quotes in a paragraph: the quoted words, without their quotation marks, and the words
after (or before) them that say who spoke.

A paragraph that opens with a quotation mark is a quote; in the middle of prose, only a
quotation that a speech verb attributes is one ("”…”, sanoo X."): a phrase in quotation
marks ("yhteinen ”meidän tapa”") stays part of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import CLOSE_QUOTES, OPEN_QUOTES, SPEECH_VERBS

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A sentence ends at a full stop before a capital or the end (not after an initial: "K. Rekonius").
_SENTENCE_END = re.compile(r"(?<!\b\w)[.!?](?=\s+[^\W\d_]|\s*$)")
SENTENCE_MARKS = ".!?…"


@dataclass(frozen=True)
class FoundQuote:
    text: str
    """Without quotation marks; it ends as a sentence does (the source's comma before its
    attribution becomes a full stop: the quote is shown on its own)."""
    attribution: str | None
    """The words that name the speaker, without the speech verb; None if there are none."""
    before: str = ""
    after: str = ""
    """The rest of the paragraph: prose around a quote is still the section's text."""


def quote_text(inner: str) -> str:
    text = " ".join(inner.split()).strip(OPEN_QUOTES + CLOSE_QUOTES + " ")
    text = text.rstrip(",;:–—- ")
    return text + "." if text and text[-1] not in SENTENCE_MARKS else text


def _speech_verb(word: str) -> bool:
    return word.lower() in SPEECH_VERBS


def _attribution_after(rest: str) -> tuple[str, str] | None:
    """(the speaker's words, the text after their sentence), if `rest` attributes a quote."""
    body = rest.lstrip(" ,")
    body = body[1:].lstrip() if body[:1] in "–—" else body
    end = _SENTENCE_END.search(body)
    sentence, after = (body[: end.start()], body[end.end():]) if end else (body, "")
    words = _WORD.findall(sentence)
    if not words:
        return None
    if _speech_verb(words[0]):  # "…”, toteaa X."
        return sentence[sentence.index(words[0]) + len(words[0]):].strip(), after.strip()
    if _speech_verb(words[-1]) and len(words) <= 8:  # "…,” Katja Rekonius says."
        return sentence[: sentence.rindex(words[-1])].strip(), after.strip()
    return None


def standalone(paragraph: str) -> FoundQuote | None:
    """The quote a paragraph opens with, if it opens with a quotation mark."""
    text = paragraph.strip()
    if len(text) < 3 or text[0] not in OPEN_QUOTES:
        return None
    closes = [i for i, ch in enumerate(text) if ch in CLOSE_QUOTES and i > 0]
    for close in closes:
        inner, rest = text[1:close], text[close + 1:]
        if not inner.strip():
            continue
        if not rest.strip():
            return FoundQuote(quote_text(inner), None)
        attributed = _attribution_after(rest)
        if attributed:
            return FoundQuote(quote_text(inner), attributed[0], after=attributed[1])
    for close in closes:  # "”Quote.” Then the story goes on." names no speaker
        inner, rest = text[1:close].strip(), text[close + 1:]
        if inner and inner[-1] in SENTENCE_MARKS and re.match(r"\s+[^\W\d_]", rest) and rest.strip()[:1].isupper():
            return FoundQuote(quote_text(inner), None, after=rest.strip())
    return None


def inside(paragraph: str) -> FoundQuote | None:
    """A quote within prose, either attributed after it ("”…”, sanoo X.") or introduced
    by a sentence ending in a colon ("Kallio kertoo: ”…”")."""
    text = paragraph.strip()
    for start, ch in enumerate(text):
        if ch not in OPEN_QUOTES or start == 0 or not text[start - 1].isspace():
            continue
        before = text[:start].rstrip()
        if before[-1:] not in SENTENCE_MARKS + ":":
            continue
        found = standalone(text[start:])
        if found is None:
            continue
        if found.attribution is not None:
            return FoundQuote(found.text, found.attribution, before, found.after)
        introduced = introduced_by(before)
        if introduced:
            return FoundQuote(found.text, introduced[1], introduced[0], found.after)
    return None


def introduced_by(before: str) -> tuple[str, str] | None:
    """(the prose before, the speaker's words) of text ending "… Toimitusjohtaja Harri
    Kallio kertoo:", the sentence that introduces a quote; None if it ends otherwise."""
    if not before.endswith(":"):
        return None
    before = before[:-1]
    ends = list(_SENTENCE_END.finditer(before))
    cut = ends[-1].end() if ends else 0
    sentence = before[cut:].strip()
    words = _WORD.findall(sentence)
    verbs = [w for w in words if _speech_verb(w)]
    if not verbs or len(words) > 10:
        return None
    return before[:cut].strip(), " ".join(w for w in sentence.split() if not _speech_verb(w.strip(".,")))
