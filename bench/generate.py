"""Synthetic, valid case files for the benchmark: deterministic for a given N and seed.

    python bench/generate.py 1000 /tmp/project/cases     # writes _taxonomy.yml and 1000 cases

The cases vary as real ones do: prose or bullet sections (or both), sub-headings, 0-3
quotes, 0-6 key figures (some before -> after), tools, regions, sizes, aliases, related
cases, a few featured and a few drafts, localized and plain client names, anonymous
clients; texts of realistic length in Finnish and English. Every file passes
`tarinasto validate`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path
from typing import Any

import yaml

SEED = 20240513

# --- the taxonomy: a few dozen keys ------------------------------------------------------

SECTORS = {
    "public-sector": ("Julkinen sektori", "Public sector"),
    "private-sector": ("Yksityinen sektori", "Private sector"),
    "third-sector": ("Kolmas sektori", "Non-profit sector"),
    "waste-management": ("Jätehuolto", "Waste management"),
    "healthcare": ("Sosiaali- ja terveydenhuolto", "Health and social care"),
    "education": ("Koulutus", "Education"),
    "energy": ("Energia", "Energy"),
    "industry": ("Teollisuus", "Manufacturing"),
    "retail": ("Kauppa", "Retail"),
    "finance": ("Rahoitus", "Finance"),
}
SERVICES = {
    "leadership-development": ("Johtamisen kehittäminen", "Leadership development"),
    "customer-experience": ("Asiakaskokemus", "Customer experience"),
    "employee-experience": ("Henkilöstökokemus", "Employee experience"),
    "organizational-culture": ("Toimintakulttuurin kehittäminen", "Organizational culture"),
    "interaction-skills": ("Vuorovaikutustaidot", "Interaction skills"),
    "facilitation": ("Fasilitointi", "Facilitation"),
    "coaching": ("Valmennus", "Coaching"),
    "team-coaching": ("Tiimivalmennus", "Team coaching"),
    "management-team-coaching": ("Johtoryhmävalmennus", "Management team coaching"),
    "change-management": ("Muutosjohtaminen", "Change management"),
    "wellbeing-at-work": ("Työhyvinvointi", "Wellbeing at work"),
    "strategy-work": ("Strategiatyö", "Strategy work"),
    "service-design": ("Palvelumuotoilu", "Service design"),
    "sales-coaching": ("Myyntivalmennus", "Sales coaching"),
    "recruitment": ("Rekrytointi", "Recruitment"),
    "mentoring": ("Mentorointi", "Mentoring"),
}
REGIONS = {
    "pirkanmaa": ("Pirkanmaa", "Pirkanmaa"),
    "north-ostrobothnia": ("Pohjois-Pohjanmaa", "North Ostrobothnia"),
    "uusimaa": ("Uusimaa", "Uusimaa"),
    "southwest-finland": ("Varsinais-Suomi", "Southwest Finland"),
    "central-finland": ("Keski-Suomi", "Central Finland"),
    "north-savo": ("Pohjois-Savo", "North Savo"),
    "lapland": ("Lappi", "Lapland"),
    "kainuu": ("Kainuu", "Kainuu"),
    "south-ostrobothnia": ("Etelä-Pohjanmaa", "South Ostrobothnia"),
    "north-karelia": ("Pohjois-Karjala", "North Karelia"),
    "satakunta": ("Satakunta", "Satakunta"),
    "kanta-hame": ("Kanta-Häme", "Tavastia Proper"),
}
TOOLS = {
    "disc": ("DiSC", "DiSC"),
    "lego-serious-play": ("LEGO® Serious Play®", "LEGO® Serious Play®"),
    "mbti": ("MBTI", "MBTI"),
    "pulse-survey": ("Pulssikysely", "Pulse survey"),
    "okr": ("OKR", "OKR"),
    "design-sprint": ("Design sprint", "Design sprint"),
}
PROVIDERS = {
    "kulmia": ("Kulmia", "https://www.kulmia.fi"),
    "humap": ("Humap", "https://www.humap.fi"),
    "valo": ("Valo Partners", None),
}


def taxonomy() -> dict[str, Any]:
    def labels(table: dict[str, tuple[str, str]]) -> dict[str, dict[str, str]]:
        return {key: {"fi": fi, "en": en} for key, (fi, en) in table.items()}

    providers: dict[str, Any] = {}
    for key, (name, website) in PROVIDERS.items():
        providers[key] = {"name": name, **({"website": website} if website else {})}
    return {"sectors": labels(SECTORS), "services": labels(SERVICES), "regions": labels(REGIONS),
            "tools": labels(TOOLS), "providers": providers}


# --- texts -----------------------------------------------------------------------------
# Sentences are drawn from parallel fi/en phrase lists, so that the two languages of a text
# say the same thing at about the same length, as in the real cases.

SUBJECTS = [
    ("Johtoryhmä", "The management team"), ("Henkilöstö", "The staff"),
    ("Esihenkilöt", "The supervisors"), ("Asiakaspalvelu", "Customer service"),
    ("Organisaatio", "The organization"), ("Kehitystiimi", "The development team"),
    ("Työyhteisö", "The work community"), ("Myyntitiimi", "The sales team"),
    ("Ohjausryhmä", "The steering group"), ("Jokainen tiimi", "Every team"),
]
VERBS = [
    ("rakensi yhdessä", "built together"), ("kehitti määrätietoisesti", "systematically developed"),
    ("tunnisti", "identified"), ("harjoitteli", "practised"), ("otti käyttöön", "adopted"),
    ("arvioi uudelleen", "reassessed"), ("selkeytti", "clarified"), ("vahvisti", "strengthened"),
    ("sopi", "agreed on"), ("kokeili rohkeasti", "boldly tried out"),
]
OBJECTS = [
    ("yhteisen tavan kohdata asiakas", "a shared way of meeting the customer"),
    ("uudet toimintamallit", "new operating models"),
    ("sisäisen viestinnän pelisäännöt", "ground rules for internal communication"),
    ("vuorovaikutuksen vahvuudet", "the strengths of interaction"),
    ("johtamisen periaatteet", "the principles of leadership"),
    ("palveluprosessin rajapinnat", "the interfaces of the service process"),
    ("tiimien keskinäisen yhteistyön", "cooperation between the teams"),
    ("asiakaspalautteen käsittelyn", "the handling of customer feedback"),
    ("strategian tavoitteet arjen tekemiseksi", "the goals of the strategy as everyday work"),
    ("muutoksen etenemisen mittarit", "measures of how the change progresses"),
    ("perehdytyksen käytännöt", "the practices of onboarding"),
    ("kokousten rakenteen", "the structure of meetings"),
]
TAILS = [
    ("vaikeissakin tilanteissa", "even in difficult situations"),
    ("koko organisaation tasolla", "across the whole organization"),
    ("työpajojen ja valmennusten avulla", "through workshops and coaching"),
    ("asiakkaiden kanssa", "together with customers"),
    ("useamman kuukauden aikana", "over several months"),
    ("DiSC-työkalun tuella", "with the support of the DiSC tool"),
    ("pienin ja nopein kokeiluin", "through small and fast experiments"),
    ("", ""),
]
RESULTS = [
    ("Asiakastyytyväisyys parani selvästi", "Customer satisfaction improved clearly"),
    ("Sairauspoissaolot vähenivät", "Sickness absences decreased"),
    ("Kokoukset lyhenivät ja tehostuivat", "Meetings became shorter and more effective"),
    ("Henkilöstön sitoutuminen vahvistui", "Staff commitment grew stronger"),
    ("Yhteistyö yksiköiden välillä sujuu", "Cooperation between units runs smoothly"),
    ("Päätöksenteko nopeutui", "Decision-making became faster"),
    ("Vaihtuvuus pieneni", "Staff turnover fell"),
    ("Asiakaspalautteiden määrä kasvoi", "The amount of customer feedback grew"),
]
NAMES_FI = ["Aalto", "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen",
            "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Kallio"]
FIRST = ["Pekka", "Anna", "Juha", "Sari", "Mikko", "Katja", "Harri", "Laura", "Jari", "Tiina", "Ville", "Minna"]
ROLES = [("Toimitusjohtaja", "CEO"), ("Henkilöstöjohtaja", "HR Director"), ("Kunnanjohtaja", "Municipal Manager"),
         ("Asiakaspalvelupäällikkö", "Customer Service Manager"), ("Tiiminvetäjä", "Team Leader"),
         ("Kehityspäällikkö", "Development Manager"), ("Rehtori", "Principal")]
CLIENT_WORDS = ["Pohjan", "Järvi", "Kivi", "Tuuli", "Metsä", "Ranta", "Valo", "Kallio", "Sisu", "Lumi",
                "Koivu", "Laakso", "Saari", "Virta", "Kaski", "Harju"]
CLIENT_KINDS = [("Oy", None), ("kunta", "Municipality of"), ("kaupunki", "City of"), ("ry", None),
                ("Osuuskunta", None), ("Ab", None)]
HEADINGS = [
    ("Asiakaskokemus tarvitsee jatkuvaa kehittymistä", "Customer experience needs continuous development"),
    ("Jokainen muutos vaikuttaa kokonaisuuteen", "Every change affects the whole"),
    ("Yhteinen suunta löytyi", "A shared direction was found"),
    ("Pienistä teoista isoon muutokseen", "From small deeds to a large change"),
    ("Arjen sujuvuus ratkaisee", "Everyday smoothness decides"),
]
FIGURE_LABELS = [
    (("asukasta", "residents"), None), (("vuotta yhteistyötä", "years of collaboration"), None),
    (("asiakastyytyväisyys", "customer satisfaction"), "%"), (("työntekijää", "employees"), None),
    (("valmennuspäivää", "coaching days"), None), (("suositteluindeksi", "net promoter score"), None),
    (("sairauspoissaoloja", "sickness absences"), "%"), (("osallistujaa", "participants"), None),
]


class Writer:
    """Texts of both languages from one seeded random source."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def sentence(self) -> tuple[str, str]:
        s, v, o, t = (self.rng.choice(x) for x in (SUBJECTS, VERBS, OBJECTS, TAILS))
        fi = f"{s[0]} {v[0]} {o[0]}{' ' + t[0] if t[0] else ''}."
        en = f"{s[1]} {v[1]} {o[1]}{' ' + t[1] if t[1] else ''}."
        if self.rng.random() < 0.25:
            r = self.rng.choice(RESULTS)
            fi, en = f"{fi} {r[0]}.", f"{en} {r[1]}."
        return fi, en

    def plain(self, sentences: int, limit: int | None = None) -> dict[str, str]:
        parts = [self.sentence() for _ in range(sentences)]
        fi, en = " ".join(p[0] for p in parts), " ".join(p[1] for p in parts)
        if limit:
            fi, en = _cut(fi, limit), _cut(en, limit)
        return {"fi": fi, "en": en}

    def markdown(self, paragraphs: int, sentences: tuple[int, int] = (3, 6)) -> dict[str, str]:
        fi_paras, en_paras = [], []
        for _ in range(paragraphs):
            parts = [self.sentence() for _ in range(self.rng.randint(*sentences))]
            fi, en = [p[0] for p in parts], [p[1] for p in parts]
            if self.rng.random() < 0.3:  # some emphasis
                fi[0], en[0] = f"*{fi[0][:-1]}*.", f"*{en[0][:-1]}*."
            if self.rng.random() < 0.15:  # and a link
                fi.append("Lisää [hankkeen sivuilla](https://example.fi/hanke).")
                en.append("More on [the project's pages](https://example.fi/hanke).")
            fi_paras.append(" ".join(fi))
            en_paras.append(" ".join(en))
        return {"fi": "\n\n".join(fi_paras) + "\n", "en": "\n\n".join(en_paras) + "\n"}

    def point(self) -> dict[str, str]:
        return self.plain(self.rng.randint(1, 2))


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(".,")
    return cut + "."


def client(rng: random.Random, w: Writer, index: int) -> tuple[dict[str, Any], bool]:
    words = rng.sample(CLIENT_WORDS, 2)
    base = f"{words[0]}{words[1].lower()}"
    kind, en_prefix = rng.choice(CLIENT_KINDS)
    anonymous = rng.random() < 0.05
    out: dict[str, Any] = {}
    if anonymous:
        out["name"] = {"fi": "Suomalainen keskisuuri yritys", "en": "A medium-sized Finnish company"}
        out["anonymous"] = True
    elif en_prefix:
        out["name"] = {"fi": f"{base}n {kind}", "en": f"{en_prefix} {base}"}
    else:
        out["name"] = f"{base} {kind}"
    out["sector"] = rng.choice(list(SECTORS))
    if rng.random() < 0.8:
        out["region"] = rng.choice(list(REGIONS))
    if not anonymous and rng.random() < 0.7:
        out["website"] = f"https://www.{base.lower()}{index}.example.fi"
    if rng.random() < 0.6:
        key = rng.choice(["employees", "residents", "customers", "revenue_eur"])
        out["size"] = {key: rng.choice([12, 45, 100, 250, 1200, 10000, 48000, 2500000])}
    if rng.random() < 0.8:
        out["about"] = w.markdown(1, (2, 4))
    return out, anonymous


def section(rng: random.Random, w: Writer) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if rng.random() < 0.3:
        heading = rng.choice(HEADINGS)
        out["heading"] = {"fi": heading[0], "en": heading[1]}
    shape = rng.random()
    if shape < 0.45:
        out["text"] = w.markdown(rng.randint(1, 3))
    elif shape < 0.85:
        out["points"] = [w.point() for _ in range(rng.randint(2, 7))]
    else:
        out["text"] = w.markdown(1)
        out["points"] = [w.point() for _ in range(rng.randint(2, 4))]
    return out


def figure(rng: random.Random) -> dict[str, Any]:
    (fi, en), unit = rng.choice(FIGURE_LABELS)
    out: dict[str, Any] = {"value": rng.choice([6, 17, 42, 87, 100, 250, 10000, 3.5, 92.4])}
    out["label"] = {"fi": fi, "en": en}
    if rng.random() < 0.3:
        q = rng.choice([("noin", "about"), ("yli", "over")])
        out["qualifier"] = {"fi": q[0], "en": q[1]}
    if unit:
        out["unit"] = unit
    if rng.random() < 0.35:
        out["before"] = rng.choice([3, 12, 40, 55.5, 71])
    return out


def quote(rng: random.Random, w: Writer, anonymous: bool, highlight: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"text": w.plain(rng.randint(2, 6), limit=800)}
    if not anonymous and rng.random() < 0.8:
        out["person"] = f"{rng.choice(FIRST)} {rng.choice(NAMES_FI)}"
    role = rng.choice(ROLES)
    out["role"] = {"fi": role[0], "en": role[1]}
    if rng.random() < 0.1 and not anonymous:  # an anonymous case names no organization
        out["organization"] = rng.choice([p[0] for p in PROVIDERS.values()])
    out["section"] = rng.choice(["starting_point", "actions", "results", "results"])
    if highlight:
        out["highlight"] = True
    return out


def _ascii(word: str) -> str:
    return word.lower().replace("ä", "a").replace("ö", "o")


def slug_for(index: int, rng: random.Random) -> str:
    return f"{_ascii(rng.choice(CLIENT_WORDS))}-{_ascii(rng.choice(CLIENT_WORDS))}-{index:05d}"


def generate(n: int, seed: int = SEED) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """(taxonomy, {slug: case}) for n cases."""
    rng = random.Random(seed)
    w = Writer(rng)
    slugs = [slug_for(i, rng) for i in range(n)]
    start = dt.date(2015, 1, 1)
    cases: dict[str, dict[str, Any]] = {}
    for index, slug in enumerate(slugs):
        case: dict[str, Any] = {}
        case["status"] = "draft" if rng.random() < 0.03 else "published"
        case["date"] = (start + dt.timedelta(days=rng.randint(0, 3650))).isoformat()
        if rng.random() < 0.02:
            case["featured"] = True
        if rng.random() < 0.7:
            case["provider"] = rng.choice(list(PROVIDERS))
        if rng.random() < 0.2:
            case["approval"] = {"by": f"{rng.choice(FIRST)} {rng.choice(NAMES_FI)}", "date": case["date"]}
        if rng.random() < 0.05:
            case["aliases"] = [f"old-{slug}"]
        if n > 1 and rng.random() < 0.2:
            others = rng.sample(range(n), min(n, 3))
            related = [slugs[i] for i in others if i != index][: rng.randint(1, 2)]
            if related:
                case["related"] = related
        case["client"], anonymous = client(rng, w, index)
        title = w.sentence()
        case["title"] = {"fi": _cut(title[0], 120), "en": _cut(title[1], 120)}
        case["summary"] = w.plain(rng.randint(2, 3), limit=300)
        case["services"] = rng.sample(list(SERVICES), rng.randint(1, 5))
        if rng.random() < 0.4:
            case["tools"] = rng.sample(list(TOOLS), rng.randint(1, 2))
        if rng.random() < 0.7:
            since = rng.randint(2010, 2023)
            case["collaboration"] = {"since": since, **({"until": since + rng.randint(0, 4)} if rng.random() < 0.5 else {})}
        figures = rng.choice([0, 0, 1, 2, 2, 3, 4, 6])
        if figures:
            case["figures"] = [figure(rng) for _ in range(figures)]
        for name in ("starting_point", "actions", "results"):
            case[name] = section(rng, w)
        quotes = rng.choice([0, 1, 1, 2, 3])
        if quotes:
            highlight_at = rng.randrange(quotes) if rng.random() < 0.6 else -1
            case["quotes"] = [quote(rng, w, anonymous, i == highlight_at) for i in range(quotes)]
        cases[slug] = case
    return taxonomy(), cases


HEADER = "# yaml-language-server: $schema=../schema/case.schema.json\n"


def write(n: int, folder: Path, seed: int = SEED) -> dict[str, dict[str, Any]]:
    """Write the taxonomy, n cases and one collection into `folder`; returns the cases."""
    tax, cases = generate(n, seed)
    folder.mkdir(parents=True, exist_ok=True)
    dump = lambda data: yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)  # noqa: E731
    (folder / "_taxonomy.yml").write_text(dump(tax), encoding="utf-8")
    for slug, case in cases.items():
        (folder / f"{slug}.yml").write_text(HEADER + dump(case), encoding="utf-8")
    published = [s for s, c in cases.items() if c["status"] == "published"]
    if published:
        (folder / "_collections").mkdir(exist_ok=True)
        collection = {"title": {"fi": "Valikoidut tarinat", "en": "Selected stories"},
                      "intro": {"fi": "Myynnin valitsemat tarinat.", "en": "Stories chosen by sales."},
                      "cases": published[:10], "listed": True}
        (folder / "_collections" / "valikoidut.yml").write_text(dump(collection), encoding="utf-8")
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    write(args.n, args.folder, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
