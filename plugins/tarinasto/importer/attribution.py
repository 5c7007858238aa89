"""Who said a quote: the person, their role and their organization, from the words that
name them.

Two shapes: the clause after a speech verb ("toteaa Pirkanmaan Jätehuollon
asiakaspalvelupäällikkö Katja Rekonius", "says Katja Rekonius, CEO of Acme"), and the
line or lines below a quote ("Pekka Rajala, Kunnanjohtaja, Limingan kunta"; the name and
the role on two lines). Finnish puts the organization before the role, in the genitive;
a name is a run of capitalized words; a word that ends like a job title is a role.
"""

from __future__ import annotations

from dataclasses import dataclass

from .vocabulary import is_role_word

DASHES = "—–-―"
_PREPOSITIONS = ("at", "from", "of")  # English: "CEO of Acme", "Head of Support at Acme"
_LONG_VOWEL_GENITIVE = ("aan", "ään", "een", "iin", "oon", "uun", "yyn", "öön")
_ORGANIZATION_WORDS = frozenset({"oy", "oyj", "ab", "ry", "ltd", "inc", "gmbh", "kunta", "kaupunki"})
ATTRIBUTION_MAX = 120  # characters: longer is prose, not a speaker's name and title


@dataclass(frozen=True)
class Speaker:
    person: str | None = None
    role: str | None = None
    organization: str | None = None
    """As written: in the genitive when `genitive` ("Humapin"), else in its base form."""
    genitive: bool = False


def _is_role_class(word: str) -> bool:
    bare = word.strip(".,:;")
    return (bare[:1].islower() or is_role_word(bare)
            or (len(bare) > 1 and bare.isalpha() and bare.isupper()))


def _is_genitive(word: str) -> bool:
    return word.endswith((":n", "'s", "’s")) or (len(word) > 2 and word.endswith("n") and word[-2] in "aeiouyäö")


def is_person(text: str) -> bool:
    """Two to four capitalized words that are not a job title nor an organization."""
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    if words[0].lower().endswith(_LONG_VOWEL_GENITIVE):  # "Pirkanmaan ..." is a place's genitive
        return False
    return all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and not _is_role_class(w)
        and w.lower() not in _ORGANIZATION_WORDS
        for w in words
    )


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _phrase(text: str) -> Speaker:
    """One phrase without commas: [organization in the genitive] role [person], or in
    English, role "at"/"of" organization."""
    words = text.split()
    for preposition in _PREPOSITIONS:  # "Head of Support at Acme": "at" first
        index = max((i for i, w in enumerate(words) if w == preposition and 0 < i < len(words) - 1), default=0)
        if index:
            return Speaker(None, _capitalized(" ".join(words[:index])), " ".join(words[index + 1:]))
    roles = [i for i, w in enumerate(words) if _is_role_class(w)]
    if not roles:
        return Speaker(person=text) if is_person(text) else Speaker(role=_capitalized(text))
    last = roles[-1]
    person = " ".join(words[last + 1:]) or None
    kept, organization = list(words[: last + 1]), None
    # The organization: a run of capitalized words in the genitive, just before a role word.
    start = None
    for index, word in enumerate(kept):
        if _is_role_class(word):
            if start is not None and _is_genitive(kept[index - 1]):
                organization = " ".join(kept[start:index])
                del kept[start:index]
                break
            start = None
        elif start is None:
            start = index
    genitive = organization is not None
    if organization and organization.endswith(("'s", "’s")):
        organization, genitive = organization[:-2], False
    return Speaker(person, _capitalized(" ".join(kept)), organization, genitive)


def from_clause(text: str) -> Speaker | None:
    """The speaker named by the words of a speech verb's clause (the verb itself left out)."""
    text = " ".join(text.split()).strip(" .,:")
    if not text or len(text) > ATTRIBUTION_MAX:
        return None
    parts = [part.strip() for part in text.split(",") if part.strip()]
    person, found = None, Speaker()
    for part in parts:
        if person is None and is_person(part):
            person = part
            continue
        phrase = _phrase(part)
        if found.role is None and found.organization is None:
            found = phrase
        elif found.organization is None and phrase.role:
            found = Speaker(found.person, found.role, phrase.role, False)
    return Speaker(person or found.person, found.role, found.organization, found.genitive)


def from_lines(lines: list[str]) -> Speaker | None:
    """The speaker named by a line or two below a quote, or None if they name nobody:
    `Name, role, organization`, or the name on one line and the rest on the next."""
    text = ", ".join(line.strip() for line in lines if line.strip())
    had_dash = text[:1] in DASHES
    text = text.lstrip(DASHES + " ").rstrip(" .")
    if not text or len(text) > ATTRIBUTION_MAX or any(mark in text for mark in ".!?;:"):
        return None
    parts = [part.strip() for part in text.split(",") if part.strip()]
    person = parts.pop(0) if is_person(parts[0]) else None
    if not parts:
        return Speaker(person=person) if person else None
    found = _phrase(parts[0])
    if person is None and found.person is None and not had_dash and len(parts) < 2:
        return None  # one short line alone could as well be a heading
    organization, genitive = found.organization, found.genitive
    if parts[1:]:
        organization, genitive = ", ".join(parts[1:]), False
    return Speaker(person or found.person, found.role, organization, genitive)
