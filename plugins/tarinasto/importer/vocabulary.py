"""The words stories use for their parts, in Finnish and English: the usual section
headings, the verbs that attribute a quote, the labels of a client line, the words that
end a job title. All in lower case; a story is matched case-insensitively."""

from __future__ import annotations

import re

SECTION_HEADINGS: dict[str, frozenset[str]] = {
    "starting_point": frozenset({
        "lähtötilanne", "lähtökohta", "lähtökohdat", "tausta", "taustaa", "haaste", "haasteet",
        "asiakkaan haaste", "tilanne", "ongelma", "tarve", "tarpeet", "tavoitteet", "mistä lähdettiin",
        "starting point", "the starting point", "background", "challenge", "challenges", "the challenge",
        "situation", "the situation", "problem", "the problem", "the need", "goals", "context",
    }),
    "actions": frozenset({
        "mitä tehtiin", "mitä teimme", "toteutus", "ratkaisu", "ratkaisut", "toimenpiteet",
        "tehdyt toimenpiteet", "näin teimme", "miten toimittiin", "työ", "menetelmät",
        "what we did", "what was done", "solution", "the solution", "approach", "our approach",
        "implementation", "actions", "how we did it",
    }),
    "results": frozenset({
        "tulokset", "tulos", "lopputulos", "lopputulokset", "vaikutukset", "vaikuttavuus", "hyödyt",
        "mitä saatiin aikaan", "saavutukset",
        "results", "the results", "result", "outcome", "outcomes", "the outcome", "impact", "benefits",
        "what changed",
    }),
}

SPEECH_VERBS = frozenset({
    "toteaa", "totesi", "toteavat", "kertoo", "kertoi", "kertovat", "kiittelee", "kiitteli", "kiittää",
    "kiitti", "sanoo", "sanoi", "sanovat", "painottaa", "painotti", "korostaa", "korosti", "kuvailee",
    "kuvaili", "kuvaa", "muistelee", "muisteli", "jatkaa", "jatkoi", "lisää", "lisäsi", "summaa",
    "summasi", "tiivistää", "tiivisti", "iloitsee", "iloitsi", "pohtii", "pohti", "arvioi", "huomauttaa",
    "huomautti", "selittää", "selitti", "kehuu", "kehui", "muistuttaa", "muistutti", "kommentoi",
    "says", "said", "explains", "explained", "adds", "added", "notes", "noted", "recalls", "recalled",
    "comments", "commented", "remarks", "remarked", "concludes", "concluded", "continues", "continued",
    "tells", "told",
})

CLIENT_LABELS = frozenset({"case", "asiakas", "asiakastarina", "asiakascase", "client", "customer", "customer story"})

ROLE_ENDINGS = (
    "johtaja", "päällikkö", "esimies", "esihenkilö", "asiantuntija", "koordinaattori", "konsultti",
    "vastaava", "suunnittelija", "kehittäjä", "sihteeri", "neuvoja", "työntekijä", "ohjaaja", "hoitaja",
    "lääkäri", "opettaja", "rehtori", "puheenjohtaja", "jäsen", "yrittäjä", "omistaja", "valmentaja",
    "manager", "director", "ceo", "cfo", "cto", "coo", "head", "lead", "officer", "specialist",
    "consultant", "coordinator", "president", "chair", "founder", "owner", "partner", "coach",
)
"""How job titles end (`toimitusjohtaja`, `asiakaspalvelupäällikkö`, `Sales Manager`): such a
word is a role, never part of a person's name."""

OPEN_QUOTES = "”“\"«»„‟❝"
CLOSE_QUOTES = "”“\"»«‟❞"

_PUNCTUATION = re.compile(r"^[\s\d.)]*|[\s?!.:]*$")


def heading_key(text: str) -> str:
    """A heading as the vocabulary has it: lower case, without numbering or end marks."""
    return " ".join(_PUNCTUATION.sub("", text.lower()).split())


def section_of(heading: str) -> str | None:
    """The section a usual heading names (`Mitä tehtiin?` -> actions), or None."""
    key = heading_key(heading)
    return next((name for name, words in SECTION_HEADINGS.items() if key in words), None)


def is_role_word(word: str) -> bool:
    return word.lower().strip(".,").endswith(ROLE_ENDINGS)
