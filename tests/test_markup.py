"""Markdown fields to HTML: the fast path for plain text gives exactly Markdown's output."""

from __future__ import annotations

import random

import markdown
import pytest
from tarinasto.site.markup import MarkdownRenderer, _NoRawHtml, plain_paragraphs


def markdown_html(text: str) -> str:
    return markdown.Markdown(extensions=[_NoRawHtml()], output_format="html").convert(text)


SAMPLES = [
    "Kunnassa oli tunnistettu valtava määrä erilaisia kohtaamisia.",
    "Ensimmäinen kappale.\n\nToinen kappale,\njoka jatkuu.\n",
    "Puuttui yhteinen ”meidän tapa” kohdata asiakkaita.",
    "2024 was a good year",  # a number at the start, but not a list
    "1. a list", "- a list", "# heading", "> quote", "a  \nhard break", "    code", "*em*", "[a](b)",
    "a & b", "<b>x</b>", "Text\n===", "tab\there", "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_plain_text_fast_path_matches_markdown(text: str) -> None:
    fast = plain_paragraphs(text)
    assert fast is None or fast == markdown_html(text)
    assert MarkdownRenderer().block(text) == markdown_html(text)


def test_fast_path_matches_markdown_on_random_texts() -> None:
    rng = random.Random(20261122)
    alphabet = list("ab cdé\n\t .,;:'\"-+=#>*_`[]()<>&!1.2)?%/\\|~^{}") + ["\n\n", "  \n", "1. ", "- ", "a@b.fi"]
    taken = 0
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        fast = plain_paragraphs(text)
        if fast is not None:
            taken += 1
            assert fast == markdown_html(text), repr(text)
    assert taken > 300  # the property was tried on many texts, not vacuously


def test_the_fast_path_is_taken_for_plain_sentences() -> None:
    assert plain_paragraphs(SAMPLES[0]) == f"<p>{SAMPLES[0]}</p>"
    assert plain_paragraphs("*em*") is None
