"""Text in a box: wrapped at spaces into at most so many lines of a width, the last one
shortened with an ellipsis when the text does not fit. A word wider than a line (a Finnish
compound at a large size) is broken between letters rather than let overflow."""

from __future__ import annotations

from typing import Callable, Iterator

ELLIPSIS = "…"
Measure = Callable[[str], float]


def wrap(text: str, measure: Measure, width: float, max_lines: int) -> tuple[list[str], bool]:
    """The lines, and whether all of the text is in them."""
    words = text.split()
    lines = list(_lines(words, measure, width))
    if len(lines) <= max_lines:
        return [line for line, _, _ in lines], True
    _, word, offset = lines[max_lines - 1]
    rest = " ".join([words[word][offset:], *words[word + 1:]])
    return [line for line, _, _ in lines[: max_lines - 1]] + [ellipsized(rest, measure, width)], False


def _lines(words: list[str], measure: Measure, width: float) -> Iterator[tuple[str, int, int]]:
    """Every line: its text, and where it starts (the index of its first word, and the
    offset in that word where a broken word goes on)."""
    line, start = "", (0, 0)
    for index, word in enumerate(words):
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if line:
            yield line, *start
        line, start, offset = word, (index, 0), 0
        while measure(line) > width:
            head = _longest_prefix(line, measure, width)
            yield head, *start
            offset += len(head)
            line, start = line[len(head):], (index, offset)
    if line:
        yield line, *start


def ellipsized(text: str, measure: Measure, width: float) -> str:
    """`text` if it fits, else as many of its first words as fit with an ellipsis."""
    if measure(text) <= width:
        return text
    words = text.split(" ")
    for count in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:count]).rstrip(",.;:–—-") + ELLIPSIS
        if measure(candidate) <= width:
            return candidate
    return _longest_prefix(text, measure, width - measure(ELLIPSIS)) + ELLIPSIS


def _longest_prefix(word: str, measure: Measure, width: float) -> str:
    """The longest start of `word` within `width`, at least one letter."""
    end = 1
    while end < len(word) and measure(word[: end + 1]) <= width:
        end += 1
    return word[:end]
