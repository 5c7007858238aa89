"""'Did you mean' for misspelt fields and keys."""

from __future__ import annotations

import difflib
from typing import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def did_you_mean(word: str, choices: Iterable[str], *, listing: int = 8) -> str:
    """'; did you mean 'x'?' or '; one of: a, b, c' (short lists only), or ''."""
    choices = list(choices)
    guess = closest(word, choices)
    if guess:
        return f"; did you mean '{guess}'?"
    if 0 < len(choices) <= listing:
        return "; expected one of: " + ", ".join(choices)
    return ""
