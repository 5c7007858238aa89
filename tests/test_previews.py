"""Link previews (docs/site.md, "Every page"): the tags of every kind of page in both
languages, the 1200×630 PNG cards they name, drawn the same on every build, only when their
content changed, and never with an anonymous client's logo."""

from __future__ import annotations

import dataclasses
import io
import logging
import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from tests.conftest import Project, build_site, image_bytes, page
from tests.htmltree import Element

SITE_URL = "https://cases.example.com/"
PREVIEW = re.compile(r"assets/previews/(fi|en)/([a-z0-9-]+|_site)\.[0-9a-f]{12}\.png")
ACME = {"name": "Acme Oy", "sector": "private-sector", "logo": "logos/acme.png", "website": "https://acme.example"}
FIGURE = {"value": 85, "before": 60, "unit": "%", "label": {"fi": "tyytyväisiä", "en": "satisfied"}}
PLAIN_CLIENT = {"name": "Suuri teollisuusyritys", "sector": "private-sector"}


def preview_project(root: Path) -> Project:
    project = Project(root)
    project.add_image("logos/acme.png", size=(160, 64))
    project.add_case("named", date="2024-09-01", client=ACME, figures=[FIGURE], aliases=["acme"])
    # The same case twice but for its client: anonymous, and named without a logo.
    project.add_case("hidden", date="2024-08-01", client={**PLAIN_CLIENT, "anonymous": True})
    project.add_case("no-logo", date="2024-07-01", client=PLAIN_CLIENT)
    project.add_case("a-draft", status="draft", date="2025-01-01")
    project.write_yaml("_collections/picked.yml", {"title": {"fi": "Valitut", "en": "Picked"}, "cases": ["named"]})
    return project


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return preview_project(tmp_path_factory.mktemp("previews"))


@pytest.fixture(scope="module")
def site(project: Project) -> Path:
    return build_site(project.root)


def meta(doc: Element) -> dict[str, str]:
    """Every <meta property|name> of a page: {name: content} (each appears once)."""
    out: dict[str, str] = {}
    for element in doc.find_all("meta"):
        name = element.get("property") or element.get("name")
        if name and name.startswith(("og:", "twitter:")):
            assert name not in out or name == "og:locale:alternate", name
            out[name] = element.get("content") or ""
    return out


def card(site: Path, url: str) -> bytes:
    """The PNG that the page at `url` names as its preview."""
    image = meta(page(site, url))["og:image"]
    assert image.startswith(SITE_URL)
    return (site / image.removeprefix(SITE_URL)).read_bytes()


def preview_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted((site / "assets" / "previews").rglob("*"))
            if p.is_file()}


# --- the tags -----------------------------------------------------------------------------------


PAGES = [  # (url, language, its card: a case's slug or "_site" for the listings' card, og:image:alt)
    ("named/", "fi", "named", "Acme Oy: Otsikko"),
    ("en/named/", "en", "named", "Acme Oy: Title"),
    ("", "fi", "_site", "Test cases"),
    ("en/", "en", "_site", "Test cases"),
    ("services/facilitation/", "fi", "_site", "Test cases"),
    ("en/sectors/private-sector/", "en", "_site", "Test cases"),
    ("collections/picked/", "fi", "_site", "Test cases"),
    ("en/collections/picked/", "en", "_site", "Test cases"),
]


@pytest.mark.parametrize("url, lang, name, alt", PAGES)
def test_every_kind_of_page_has_every_link_preview_tag(site: Path, url: str, lang: str, name: str, alt: str) -> None:
    doc = page(site, url)
    tags = meta(doc)
    other = {"fi": "en_US", "en": "fi_FI"}[lang]
    image = tags["og:image"]
    match = PREVIEW.fullmatch(image.removeprefix(SITE_URL))
    assert match is not None and match.groups() == (lang, name), image
    assert {k: v for k, v in tags.items() if k.startswith("og:image") or k.startswith("twitter:image")} == {
        "og:image": image, "og:image:type": "image/png", "og:image:width": "1200", "og:image:height": "630",
        "og:image:alt": alt, "twitter:image": image, "twitter:image:alt": alt,
    }
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["og:locale"] == {"fi": "fi_FI", "en": "en_US"}[lang]
    assert [m.get("content") for m in doc.find_all("meta", property="og:locale:alternate")] == [other]
    assert tags["og:url"] == SITE_URL + url
    assert tags["og:title"] == tags["twitter:title"]
    assert tags["og:description"] == doc.one("meta", name="description").get("content")
    feed = doc.one("link", rel="alternate", type="application/atom+xml")
    assert (feed.get("href"), feed.get("title")) == (SITE_URL + ("en/" if lang == "en" else "") + "feed.xml", "Test cases")


def test_a_case_has_its_own_card_and_the_listings_share_one_per_language(site: Path) -> None:
    urls = {url: meta(page(site, url))["og:image"] for url, *_ in PAGES}
    assert urls["named/"] != urls["en/named/"]
    assert len({urls[u] for u in ("", "services/facilitation/", "collections/picked/")}) == 1
    assert len({urls[u] for u in ("en/", "en/sectors/private-sector/", "en/collections/picked/")}) == 1
    assert urls[""] != urls["en/"]
    # A former slug's redirect previews as the case does; so does the 404 page as the listings.
    assert meta(page(site, "en/acme/"))["og:image"] == urls["en/named/"]
    assert meta(page(site, "en/404.html"))["og:image"] == urls["en/"]
    # One card per shown case and language and one per language for the listings: no draft.
    names = sorted(PREVIEW.fullmatch(f).groups() for f in preview_files(site))  # type: ignore[union-attr]
    assert names == sorted((lang, name) for lang in ("fi", "en") for name in ("_site", "hidden", "named", "no-logo"))


def test_every_card_is_a_1200_by_630_png(site: Path) -> None:
    for name, data in preview_files(site).items():
        with Image.open(io.BytesIO(data)) as image:
            assert (image.format, image.size, image.mode) == ("PNG", (1200, 630), "P"), name
            assert not image.info.keys() - {"dpi"}, name  # no text chunks, no time


def test_cards_are_the_same_bytes_on_every_build(project: Project, site: Path, tmp_path: Path) -> None:
    """A second build without the cache draws every card again, to the same bytes."""
    copy = tmp_path / "copy"
    shutil.copytree(project.root, copy, ignore=shutil.ignore_patterns("site", ".tarinasto-cache"))
    again = build_site(copy)
    assert preview_files(again) == preview_files(site)


def test_the_anonymous_client_card_has_no_logo(site: Path) -> None:
    # Same title, summary, figures and client name: only the logo could tell them apart.
    for prefix in ("", "en/"):
        assert card(site, f"{prefix}hidden/") == card(site, f"{prefix}no-logo/")
        assert card(site, f"{prefix}named/") != card(site, f"{prefix}no-logo/")


def test_the_card_never_draws_an_anonymous_client_logo_even_if_the_checks_missed_one(project: Project) -> None:
    """The checks refuse a logo for an anonymous client; the card leaves it out all the same."""
    from tarinasto.content.checked import CheckedFile
    from tarinasto.site.renderer import SiteRenderer

    site = _renderer(project)
    assert isinstance(site, SiteRenderer)
    named = site.library.cases["named"]
    client = named.case.client.model_copy(update={"anonymous": True})
    changed = named.case.model_copy(update={"client": client})
    entry = dataclasses.replace(named, checked=CheckedFile(named.doc.data, (), changed))
    assert site.previews.case_card(named, "en").logo is not None
    assert site.previews.case_card(entry, "en").logo is None


def _renderer(project: Project, **config: object):  # type: ignore[no-untyped-def]
    from tarinasto import load_library, load_settings
    from tarinasto.site.config import SiteConfig
    from tarinasto.site.i18n import load_languages
    from tarinasto.site.renderer import SiteRenderer

    settings = load_settings(project.root / "mkdocs.yml")
    site = SiteConfig(settings=settings, options=settings.options, site_name="Test cases",  # type: ignore[arg-type]
                      site_url=SITE_URL, **config)  # type: ignore[arg-type]
    return SiteRenderer(load_library(settings), site, load_languages(settings.languages))


# --- cached by content ----------------------------------------------------------------------------


def drawn(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage().split("preview cards: ")[1] for r in caplog.records if "preview cards:" in r.getMessage()]


def test_cards_are_drawn_only_when_their_content_changed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    project = preview_project(tmp_path)
    caplog.set_level(logging.INFO)
    first = preview_files(build_site(project.root))
    second = preview_files(build_site(project.root))
    project.add_case("named", date="2024-09-01", client=ACME, figures=[FIGURE], aliases=["acme"],
                     title={"fi": "Uusi otsikko", "en": "A new title"})
    third = preview_files(build_site(project.root))
    # The cards of `hidden` and `no-logo` show the same: one drawing serves both.
    assert drawn(caplog) == ["6 drawn, 2 from the cache", "0 drawn, 8 from the cache", "2 drawn, 6 from the cache"]
    assert second == first
    assert sorted(set(third) - set(first)) == [name for name in sorted(third) if "/named." in name]
    assert len(set(first) - set(third)) == 2
    # The cache is a folder beside mkdocs.yml that the site may delete at any time.
    shutil.rmtree(project.root / ".tarinasto-cache")
    caplog.clear()
    assert preview_files(build_site(project.root)) == third
    assert drawn(caplog) == ["6 drawn, 2 from the cache"]


def test_the_cache_folder_is_an_option(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    project = preview_project(tmp_path)
    project.write_config(cache_dir="build/cards")
    build_site(project.root)
    assert not (project.root / ".tarinasto-cache").exists()
    # Eight cards, six contents: `hidden` and `no-logo` share theirs in both languages.
    cards = [p for p in (project.root / "build" / "cards" / "images").rglob("*") if p.is_file() and p.read_bytes()[:4] == b"\x89PNG"]
    assert len(cards) == 6


def test_the_content_cache_returns_what_was_put_and_refuses_a_path_as_key(tmp_path: Path) -> None:
    from tarinasto.content.cache import ContentCache, content_key

    cache = ContentCache(tmp_path / "cache")
    key = content_key("card", b"\x00bytes")
    assert key != content_key("car", "d\x00bytes") and len(key) == 64
    assert cache.get(key) is None
    cache.put(key, b"png")
    assert cache.get(key) == b"png"
    assert [p.relative_to(tmp_path).as_posix() for p in (tmp_path / "cache").rglob("*") if p.is_file()] == [
        f"cache/{key[:2]}/{key}"]
    with pytest.raises(ValueError):
        cache.get("../../etc/passwd")


# --- the drawing ---------------------------------------------------------------------------------


def _card(**changes: object):  # type: ignore[no-untyped-def]
    from tarinasto.site.previews.cards import CaseCard, Figure
    from tarinasto.site.previews.palette import read_palette

    fields: dict[str, object] = dict(lang="fi", title="Otsikko", client="Acme Oy", headline=Figure("60\u202f% → 85\u202f%", "tyytyväisiä"),
                                     site_name="Asiakastarinat", palette=read_palette())
    return CaseCard(**{**fields, **changes})  # type: ignore[arg-type]


def pixels(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def near(pixel: object, colour: tuple[int, int, int]) -> bool:
    """The same colour but for the card's 256 colours (a unit or two off)."""
    assert isinstance(pixel, tuple)
    return all(abs(a - b) <= 3 for a, b in zip(pixel, colour))


def test_drawing_a_card_twice_gives_the_same_bytes() -> None:
    from tarinasto.site.previews.draw import draw_card

    assert draw_card(_card()) == draw_card(_card())
    assert draw_card(_card()) != draw_card(_card(title="Toinen"))


LONGEST_TITLES = [  # 120 characters: the most a title may have (content/text.py)
    "Henkilöstötyytyväisyyskyselyjen tulokset paranivat selvästi, kun johtoryhmä ja esihenkilöt oppivat fasilitoimaan työpaja",
    "Å" * 120,
    ("Yhteistyökulttuurin " * 7)[:120],
    ("WWW MMM " * 15)[:120],
]


@pytest.mark.parametrize("title", LONGEST_TITLES)
def test_a_title_of_120_characters_stays_within_the_margins(title: str) -> None:
    from tarinasto.site.previews.draw import BAND_TOP, MARGIN, draw_card

    assert len(title) == 120
    image = pixels(draw_card(_card(title=title)))
    light = image.crop((0, 0, image.width, BAND_TOP)).convert("L").point(lambda v: 255 if v > 200 else 0)
    box = light.getbbox()  # of the white text above the band: the client and the title
    assert box is not None
    left, top, right, bottom = box
    assert left >= MARGIN - 4 and right < image.width - MARGIN + 4
    assert bottom < BAND_TOP - 12


def test_a_logo_is_drawn_on_a_white_chip_and_an_svg_logo_too() -> None:
    from tarinasto.site.previews.cards import Logo
    from tarinasto.site.previews.draw import draw_card

    svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 16"><rect width="40" height="16" fill="#b00020"/></svg>'
    for logo in (Logo(image_bytes(".png", size=(160, 64)), svg=False), Logo(svg, svg=True)):
        image = pixels(draw_card(_card(logo=logo)))
        assert near(image.getpixel((250, 70)), (255, 255, 255))  # the chip, around the logo
        assert near(image.getpixel((140, 100)), (176, 0, 32) if logo.svg else (18, 60, 70))  # the logo itself
    assert near(pixels(draw_card(_card())).getpixel((250, 70)), (18, 60, 70))  # no chip without a logo


def test_the_card_takes_the_site_stylesheets_colours(tmp_path: Path) -> None:
    from tarinasto.site.previews.draw import draw_card
    from tarinasto.site.previews.palette import read_palette

    sheet = tmp_path / "tarinasto.css"
    sheet.write_text(":root { --md-primary-fg-color: #102030; --ts-paper: #fafafa; }", encoding="utf-8")
    palette = read_palette(sheet)
    assert (palette.primary, palette.paper, palette.accent) == ((16, 32, 48), (250, 250, 250), (180, 82, 30))
    image = pixels(draw_card(_card(palette=palette)))
    assert near(image.getpixel((2, 300)), (16, 32, 48))
    assert near(image.getpixel((2, 620)), (250, 250, 250))


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.sampled_from("aä ölk-Wi.…"), max_size=160), width=st.integers(2, 40),
       lines=st.integers(1, 5))
def test_wrapped_text_stays_in_its_box(text: str, width: int, lines: int) -> None:
    from tarinasto.site.previews.text import wrap

    out, complete = wrap(text, len, width, lines)
    assert len(out) <= lines
    assert all(0 < len(line) <= width for line in out)
    if complete:
        assert "".join(out).replace(" ", "") == "".join(text.split())
    else:
        assert out[-1].endswith("…")


# --- without site_url ----------------------------------------------------------------------------


def test_without_site_url_the_pages_have_no_preview_image_and_the_build_says_so_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    project = preview_project(tmp_path)
    config = yaml.safe_load((project.root / "mkdocs.yml").read_text(encoding="utf-8"))
    del config["site_url"]
    (project.root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    caplog.set_level(logging.INFO)
    site = build_site(project.root)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "site_url" in r.getMessage()]
    assert warnings == ["tarinasto: site_url is not set in mkdocs.yml: the pages get no link-preview image and the"
                        " site no feeds, since both need the site's absolute address"]
    tags = meta(page(site, "en/named/"))
    assert not [name for name in tags if "image" in name]
    assert tags["twitter:card"] == "summary"
    assert not (site / "assets" / "previews").exists() and not (site / "feed.xml").exists()
    assert page(site, "en/named/").find("link", type="application/atom+xml") is None


def test_many_cards_are_drawn_in_worker_processes_and_the_same_as_drawn_on_threads(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A build that draws many cards draws them in worker processes (previews/painter.py)
    when its process has no other thread, as `mkdocs build` has not; a process with threads
    draws them on threads: the same bytes either way."""
    import subprocess
    import sys
    import threading

    project = Project(tmp_path / "many")
    for index in range(34):  # 68 case cards and 2 site cards: over the 64 that processes take
        project.add_case(f"case-{index:02d}", date="2024-09-01", figures=[{**FIGURE, "value": index}],
                         title={"fi": f"Tarina numero {index}", "en": f"Story number {index}"})
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    built = subprocess.run([mkdocs, "build"], cwd=project.root, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    assert re.search(r"preview cards: 70 drawn, 0 from the cache \(\d+ worker processes\)", built.stderr), built.stderr
    in_processes = preview_files(project.root / "site")
    assert len(in_processes) == 70

    shutil.rmtree(project.root / ".tarinasto-cache")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)  # a thread of our own: no fork
    other.start()
    caplog.set_level(logging.INFO)
    try:
        on_threads = preview_files(build_site(project.root, tmp_path / "threads"))
    finally:
        stop.set()
        other.join()
    assert drawn(caplog) == ["70 drawn, 0 from the cache"]
    assert on_threads == in_processes
