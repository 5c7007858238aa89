"""The site the browser tests drive: the seed site (tests/fixtures/seed-site, the tests' copy
of the example site's cases and settings), plus a few fixture cases, an alias, a logo and a
listed collection, so that the filters, aliases, collections and search have something to
work on. Imports nothing of Playwright, so the link crawler (tests/test_links.py) can build
it too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.conftest import build_site, write_seed_site

# Words that occur in one language's text of one case only (search journeys).
FINNISH_ONLY = "revontulikahvila"
ENGLISH_ONLY = "lighthouse"

LOGO = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48">
<rect width="48" height="48" rx="10" fill="#123c46"/><path d="M12 34 24 12l12 22z" fill="#f0b48f"/></svg>
"""


def _sections(fi_word: str = "", en_word: str = "") -> dict[str, Any]:
    return {
        "starting_point": {"text": {"fi": f"Työyhteisö kaipasi yhteistä suuntaa. {fi_word}".strip(),
                                    "en": f"The work community wanted a shared direction. {en_word}".strip()}},
        "actions": {"points": [{"fi": "Pidettiin työpajoja esihenkilöille.", "en": "Workshops were held for supervisors."},
                               {"fi": "Valmennettiin tiimit.", "en": "The teams were coached."}]},
        "results": {"points": [{"fi": "Yhteistyö sujuu paremmin.", "en": "Cooperation works better."}]},
    }


FIXTURE_CASES: dict[str, dict[str, Any]] = {
    # Public sector without facilitation: the sector filter keeps it, the service filter not.
    "pohjolan-kaupunki": {
        "status": "published",
        "date": "2023-11-02",
        "aliases": ["pohjolan-kunta"],
        "client": {"name": {"fi": "Pohjolan kaupunki", "en": "City of Pohjola"},
                   "sector": "public-sector", "region": "lapland", "size": {"residents": 21000}},
        "title": {"fi": "Muutos johdettiin yhdessä", "en": "Leading a change together"},
        "summary": {"fi": "Kaupunki uudisti johtamistaan ja työhyvinvointiaan.",
                    "en": "The city renewed its leadership and wellbeing at work."},
        "services": ["change-management", "wellbeing-at-work"],
        "collaboration": {"since": 2021, "until": 2023},
        "figures": [{"value": 82, "before": 64, "unit": "%",
                     "label": {"fi": "vastaajista tyytyväisiä", "en": "of respondents satisfied"}}],
        **_sections(f"Ideat syntyivät paikassa nimeltä {FINNISH_ONLY}.",
                    f"The ideas came up in a place called the {ENGLISH_ONLY}."),
        "quotes": [{"text": {"fi": "Opimme kuuntelemaan toisiamme.", "en": "We learnt to listen to each other."},
                    "role": {"fi": "henkilöstöjohtaja", "en": "HR director"}, "person": "Maija Meikäläinen",
                    "highlight": True}],
    },
    "kauppaketju-oy": {
        "status": "published",
        "date": "2024-01-15",
        "featured": True,
        "client": {"name": "Kauppaketju Oy", "sector": "retail", "region": "uusimaa",
                   "website": "https://www.example.com", "logo": "logos/kauppaketju.svg",
                   "size": {"employees": 1200, "revenue_eur": 250000000}},
        "title": {"fi": "Asiakaskokemus parani kaikissa myymälöissä",
                  "en": "A better customer experience in every store"},
        "summary": {"fi": "Myymäläpäälliköt valmennettiin kohtaamaan asiakas uudella tavalla.",
                    "en": "Store managers were coached to meet customers in a new way."},
        "services": ["customer-experience", "coaching"],
        "cover": {"src": "images/myymala.jpg",
                  "alt": {"fi": "Myymälän kassa ja asiakas", "en": "A store's checkout and a customer"}},
        "figures": [{"value": 91, "before": 78, "unit": "%",
                     "label": {"fi": "asiakkaista tyytyväisiä", "en": "of customers satisfied"}}],
        **_sections(),
    },
    "koulutussaatio": {
        "status": "published",
        "date": "2022-09-30",
        "client": {"name": {"fi": "Suomalainen koulutussäätiö", "en": "A Finnish education foundation"},
                   "anonymous": True, "sector": "education"},
        "title": {"fi": "Tiimit oppivat fasilitoimaan", "en": "Teams learnt to facilitate"},
        "summary": {"fi": "Säätiön tiimit oppivat vetämään omat kokouksensa.",
                    "en": "The foundation's teams learnt to run their own meetings."},
        "services": ["team-coaching", "facilitation"],
        "tools": ["disc"],
        **_sections(),
    },
}

COLLECTION = {
    "title": {"fi": "Valmennustarinat", "en": "Coaching stories"},
    "intro": {"fi": "Tarinoita valmennuksesta.", "en": "Stories about coaching."},
    "cases": ["kauppaketju-oy", "limingan-kunta", "pohjolan-kaupunki"],
    "listed": True,
}


def cover_photo(size: tuple[int, int] = (1600, 900)) -> bytes:
    """A picture that stands in for a photo: a lit room with a counter and shelves."""
    from io import BytesIO

    from PIL import Image, ImageDraw, ImageFilter

    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):  # a warm wall fading into a floor
        shade = y / height
        draw.line([(0, y), (width, y)], fill=(int(214 - 90 * shade), int(196 - 80 * shade), int(170 - 70 * shade)))
    for column in range(6):  # shelves with goods
        x = 60 + column * 250
        draw.rectangle([x, 120, x + 200, 560], fill=(120, 92, 70))
        for row in range(4):
            for item in range(5):
                colour = [(180, 82, 30), (18, 60, 70), (240, 180, 143), (90, 130, 120)][(row + item + column) % 4]
                draw.rectangle([x + 12 + item * 37, 140 + row * 105, x + 40 + item * 37, 220 + row * 105], fill=colour)
    draw.rectangle([300, 600, 1300, 760], fill=(50, 58, 64))  # the counter
    draw.ellipse([1080, 380, 1240, 540], fill=(60, 40, 30))  # a customer
    draw.rectangle([1060, 520, 1260, 760], fill=(18, 60, 70))
    out = BytesIO()
    image.filter(ImageFilter.GaussianBlur(2)).save(out, format="JPEG", quality=90)
    return out.getvalue()


def write_fixture_project(root: Path) -> Path:
    """The seed site's project with the fixture cases added, at `root`; returns `root`."""
    cases = write_seed_site(root) / "cases"
    for slug, data in FIXTURE_CASES.items():
        (cases / f"{slug}.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (cases / "logos").mkdir(exist_ok=True)
    (cases / "logos" / "kauppaketju.svg").write_text(LOGO, encoding="utf-8")
    (cases / "images").mkdir(exist_ok=True)
    (cases / "images" / "myymala.jpg").write_bytes(cover_photo())
    (cases / "_collections" / "valmennus.yml").write_text(
        yaml.safe_dump(COLLECTION, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


def build_fixture_site(root: Path) -> Path:
    """Writes the fixture project into `root` and builds it into `root/site`."""
    return build_site(write_fixture_project(root))
