"""Names of organizations as Finnish stories inflect them.

An attribution names the speaker's organization in the genitive ("Pirkanmaan Jätehuollon
asiakaspalvelupäällikkö", "Humapin konsultti"); the case file wants its base form
("Pirkanmaan Jätehuolto", "Humap"). Without a dictionary the base form is guessed:
the candidates of a few common patterns (consonant gradation, -sen -> -nen, loanwords
that take -in), and the one written somewhere in the story, or known as a provider, wins.
"""

from __future__ import annotations

import re
from typing import Iterable

VOWELS = "aeiouyäöå"
# Weak grade -> strong grade of the consonants before a word's last vowel (huollon -> huolto).
_GRADATION = {"ll": "lt", "nn": "nt", "rr": "rt", "mm": "mp", "ng": "nk", "lj": "lk", "rj": "rk", "d": "t", "v": "p"}
_SINGLE_TO_DOUBLE = {"k": "kk", "p": "pp", "t": "tt"}


def base_forms(word: str) -> list[str]:
    """Candidate base forms of a genitive `word`, the likeliest first; [word] if it is none."""
    if len(word) < 3 or not word.endswith("n") or word[-2].lower() not in VOWELS:
        return [word]
    stem = word[:-1]
    out: list[str] = []
    if stem.endswith("se"):
        out.append(stem[:-2] + "nen")  # Virtasen -> Virtanen
    if stem.endswith("ee"):
        out.append(stem[:-1])  # Tampereen -> Tampere
    last, before = stem[-1].lower(), stem[:-1]
    if before and before[-1].lower() not in VOWELS:
        for weak, strong in _GRADATION.items():
            if before.lower().endswith(weak) and (len(weak) == 2 or before[-2:-1].lower() in VOWELS):
                out.append(before[: -len(weak)] + strong + stem[-1])  # Jätehuollo -> Jätehuolto
        if last == "i" and not any(before.lower().endswith(w) for w in _GRADATION):
            out.append(before)  # Humapin -> Humap
        single = before[-1].lower()
        if single in _SINGLE_TO_DOUBLE and before[-2:-1].lower() in VOWELS:
            out.append(before[:-1] + _SINGLE_TO_DOUBLE[single] + stem[-1])  # Lapin -> Lappi
    out.append(stem)  # Pirkanmaan -> Pirkanmaa, Oulun -> Oulu
    return list(dict.fromkeys(out))


def written_in(name: str, text: str) -> bool:
    """Whether `name` stands in `text` as whole words."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def organization_name(genitive: str, known: Iterable[str], text: str) -> str:
    """The base form of an organization named in the genitive (`Pirkanmaan Jätehuollon`):
    only its last word is inflected; a form that is a known name or stands in the story wins."""
    candidates = _phrase_forms(genitive)[1:] or [genitive]
    by_fold = {name.casefold(): name for name in known}
    for candidate in candidates:
        if candidate.casefold() in by_fold:
            return by_fold[candidate.casefold()]
    for candidate in candidates:
        if written_in(candidate, text):
            return candidate
    return candidates[0]


def stem(name: str) -> str:
    """The start of a name's first word that its inflected forms share (Limingan -> Limin)."""
    first = name.split()[0] if name.split() else name
    return first[: max(4, len(first) - 3)]


def same_organization(a: str, b: str) -> bool:
    """Whether two names, as written or inflected, name one organization."""
    if a.casefold() == b.casefold():
        return True
    forms_a = {f.casefold() for f in _phrase_forms(a)}
    return any(f.casefold() in forms_a for f in _phrase_forms(b))


def _phrase_forms(name: str) -> list[str]:
    """`name` and its candidate base forms: only the last word of a name is inflected
    (`Pirkanmaan Jätehuollon`), and `Oy:n` is `Oy`."""
    words = name.split()
    if not words:
        return [name]
    head, last = " ".join(words[:-1]), words[-1]
    forms = [last[:-2]] if last.endswith((":n", "'s", "’s")) else base_forms(last)
    return [name] + [f"{head} {form}".strip() for form in forms]
