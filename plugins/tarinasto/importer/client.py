"""Who the story is about: the client's name, the paragraph that introduces it, and the
consultancy (a provider of the taxonomy) that the story names."""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Mapping

from .names import same_organization, stem
from .vocabulary import CLIENT_LABELS

_CLIENT_LINE = re.compile(r"^(?P<label>[^\W\d_][\w ]{1,20}?)\s*[:：–—]\s*(?P<name>\S.{0,118})$")
# "Pirkanmaan Jätehuolto on ...": the subject of the introduction's first sentence.
_SUBJECT = re.compile(r"^(?P<name>[A-ZÅÄÖ][\w&.’'-]*(?:\s+[A-ZÅÄÖ][\w&.’'-]*){0,4}(?:\s+(?:Oy|Oyj|Ab|ry))?)\s+(?:on|oli|is|was)\s")
GENERIC_SUBJECTS = frozenset({"yritys", "yhtiö", "kunta", "kaupunki", "organisaatio", "asiakas", "asiakkaamme", "the company", "our client"})
ABOUT_MIN = 40  # characters: a caption or a name is not the paragraph about the client


def client_line(line: str) -> str | None:
    """The client a "Case: Limingan kunta" or "Asiakas: ..." line names."""
    match = _CLIENT_LINE.match(line)
    if not match or match.group("label").strip().lower() not in CLIENT_LABELS:
        return None
    return match.group("name").strip().rstrip(".")


def most_named(organizations: Iterable[str], providers: Iterable[str]) -> str | None:
    """The organization the quotes name most often, other than the consultancy."""
    providers = list(providers)
    counted = Counter(o for o in organizations if not any(same_organization(o, p) for p in providers))
    return counted.most_common(1)[0][0] if counted else None


def subject(paragraph: str, story: str) -> str | None:
    """The client as the introduction names it ("Pirkanmaan Jätehuolto on ..."), if that
    is a proper name: several capitalized words, or one the story capitalizes mid-sentence."""
    match = _SUBJECT.match(paragraph)
    if not match or match.group("name").lower() in GENERIC_SUBJECTS:
        return None
    name = match.group("name")
    if len(name.split()) > 1:
        return name
    mid_sentence = re.search(rf"(?:\b[^\W\d_]*[a-zåäö]|,)\s+{re.escape(stem(name))}", story)
    return name if mid_sentence else None


def mentions(paragraph: str, name: str) -> bool:
    """Whether a paragraph names `name`, in any inflection (Liminka, Limingan kunta)."""
    return re.search(rf"(?<!\w){re.escape(stem(name))}", paragraph) is not None


def is_about(paragraph: str) -> bool:
    return len(paragraph) >= ABOUT_MIN and paragraph.rstrip()[-1:] in ".!?"


def choose_about(paragraphs: list[str], client: str | None) -> int | None:
    """Which of the paragraphs before the sections introduces the client."""
    candidates = [i for i, p in enumerate(paragraphs) if is_about(p) and (client is None or mentions(p, client))]
    introducing = [i for i in candidates if _SUBJECT.match(paragraphs[i])]
    chosen = introducing or candidates
    return chosen[0] if chosen else None


def named_provider(story: str, providers: Mapping[str, str]) -> str | None:
    """The key of the one provider the story names (by name, in any inflection), or None."""
    named = [key for key, name in providers.items() if re.search(rf"(?<!\w){re.escape(name)}", story)]
    return named[0] if len(named) == 1 else None
