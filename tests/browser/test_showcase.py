"""The library as its readers meet it (docs/site.md): the consultancy's identity and contact,
a compact filter bar whose counts follow the other choices, cards with a picture or logo, a
date and a result, a story that starts within two phone screens, a printout of one sheet,
and search in our words. Measured in headless Chromium at the sizes readers use."""

from __future__ import annotations

import io
import re
import unicodedata
from typing import Any, Iterator

import pytest
import yaml
from playwright.sync_api import expect

from tests.browser.conftest import new_page, serve
from tests.browser.test_journeys import LANGS, choose, open_facet, search, shown_cases
from tests.conftest import SEED_SITE, build_site, write_seed_site

LAPTOP = {"width": 1366, "height": 900}
PHONE = {"viewport": {"width": 375, "height": 800}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
CONTACT = yaml.safe_load((SEED_SITE / "mkdocs.yml").read_text(encoding="utf-8"))["plugins"][1]["tarinasto"]["contact"]


def top(page: Any, selector: str) -> float:
    """Where an element starts, in CSS pixels from the top of the page."""
    return float(page.locator(selector).first.evaluate("e => e.getBoundingClientRect().top + window.scrollY"))


# --- identity and contact -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_ends_with_the_consultancy_and_its_contact(page: Any, base_url: str, lang: str) -> None:
    labels = {"fi": ("Sähköposti", "Puhelin", "Ota yhteyttä"), "en": ("E-mail", "Phone", "Contact us")}[lang]
    for path in ("", "limingan-kunta/", "services/coaching/", "collections/valmennus/", "404.html"):
        page.goto(base_url + LANGS[lang]["prefix"] + path)
        footer = page.locator(".md-footer .ts-footer")
        expect(footer).to_be_visible()
        expect(footer.locator(".ts-footer__name")).to_have_text("Asiakastarinat" if lang == "fi" else "Customer stories")
        expect(footer.locator(f'a[href="mailto:{CONTACT["email"]}"]')).to_have_text(CONTACT["email"])
        expect(footer.locator('a[href^="tel:"]')).to_have_attribute("href", "tel:+358401234567")
        expect(footer).to_contain_text(labels[0])
        expect(footer).to_contain_text(labels[1])
        expect(footer.locator(f'a[href="{CONTACT["url"]}"]')).to_contain_text(labels[2])
        expect(footer.locator(f'a[href="{CONTACT["website"]}"]')).to_contain_text("kulmia.example")


@pytest.mark.parametrize("lang", LANGS)
def test_a_case_ends_with_an_invitation_to_get_in_touch(page: Any, base_url: str, lang: str) -> None:
    page.goto(base_url + LANGS[lang]["prefix"] + "pirkanmaan-jatehuolto/")
    invite = page.locator(".ts-invite")
    expect(invite).to_be_visible()
    expect(invite.locator("a")).to_have_attribute("href", CONTACT["url"])
    expect(invite.locator("a")).to_have_text("Ota yhteyttä" if lang == "fi" else "Get in touch")
    # After the story, before the related stories.
    assert top(page, "#results") < top(page, ".ts-invite") < top(page, ".ts-related")


@pytest.mark.parametrize("lang", LANGS)
def test_links_that_leave_the_site_open_a_tab_and_say_so(page: Any, base_url: str, lang: str) -> None:
    page.goto(base_url + LANGS[lang]["prefix"] + "kauppaketju-oy/")
    note = "avautuu uuteen välilehteen" if lang == "fi" else "opens in a new tab"
    links = page.locator("a.ts-external")
    assert links.count() >= 3  # the client's website, the contact page, the main website
    for index in range(links.count()):
        link = links.nth(index)
        assert link.get_attribute("target") == "_blank"
        assert "noopener" in (link.get_attribute("rel") or "")
        expect(link.locator(".ts-sr-only")).to_have_text(f" ({note})")


def test_the_site_has_its_own_logo_and_favicon(page: Any, base_url: str) -> None:
    page.goto(base_url)
    logo = page.locator(".md-header__button.md-logo img")
    expect(logo).to_have_attribute("src", re.compile(r"assets/logo\.svg$"))
    assert page.locator('link[rel="icon"]').get_attribute("href").endswith("assets/favicon.svg")


# --- the library ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_cards_start_within_the_first_screen(browser: Any, base_url: str, lang: str) -> None:
    for options, limit in (({"viewport": LAPTOP}, 500), (PHONE, 600)):
        tab = new_page(browser, **options)
        try:
            tab.goto(base_url + LANGS[lang]["prefix"])
            assert top(tab, ".ts-cards > .ts-card") <= limit, options
        finally:
            tab.context.close()


def test_counts_follow_the_other_active_filters(page: Any, base_url: str) -> None:
    page.goto(base_url + "en/")
    count = page.locator('.ts-filter__option[data-facet="service"][data-key="coaching"] .ts-filter__count')
    expect(count).to_have_text("2")  # kauppaketju-oy and limingan-kunta
    choose(page, "sector", "public-sector")
    expect(count).to_have_text("1")  # of the public sector's two, limingan-kunta
    retail = page.locator('.ts-filter__option[data-facet="sector"][data-key="retail"]')
    # Within the sector itself the counts stay those of the other facets' choices (none).
    expect(retail.locator(".ts-filter__count")).to_have_text("1")
    open_facet(page, "service")
    team = page.locator('.ts-filter__option[data-facet="service"][data-key="team-coaching"]')
    expect(team.locator(".ts-filter__count")).to_have_text("0")
    expect(team).to_have_attribute("aria-disabled", "true")
    expect(page.locator('details[data-facet="sector"] [data-ts-chosen]')).to_have_text("1")


@pytest.mark.parametrize("lang", LANGS)
def test_an_empty_combination_says_what_to_remove(page: Any, base_url: str, lang: str) -> None:
    page.goto(base_url + LANGS[lang]["prefix"] + "?sector=retail&service=facilitation")
    empty = page.locator("[data-ts-empty]")
    expect(empty).to_be_visible()
    chips = empty.locator(".ts-chip")
    expect(chips).to_have_count(2)
    sector, service = ("Toimiala", "Palvelu") if lang == "fi" else ("Sector", "Service")
    retail, facilitation = ("Kauppa", "Fasilitointi") if lang == "fi" else ("Retail", "Facilitation")
    expect(chips.nth(0)).to_have_text(f"{sector}: {retail}")
    expect(chips.nth(1)).to_have_text(f"{service}: {facilitation}")
    chips.nth(0).click()  # remove the sector
    expect(empty).to_be_hidden()
    assert shown_cases(page) == {"limingan-kunta", "pirkanmaan-jatehuolto", "koulutussaatio"}


def test_cards_show_a_picture_or_logo_the_client_the_date_and_a_result(page: Any, base_url: str) -> None:
    page.goto(base_url + "en/")
    card = page.locator(".ts-card", has=page.locator('a[href$="kauppaketju-oy/"]'))
    picture = card.locator(".ts-card__media img")
    expect(picture).to_have_attribute("alt", "A store's checkout and a customer")
    assert picture.evaluate("img => img.complete || img.loading === 'lazy'")
    expect(card.locator("source[type='image/webp']")).to_have_count(1)
    expect(card.locator(".ts-card__logo")).to_have_attribute("src", re.compile(r"kauppaketju\.svg$"))
    expect(card.locator(".ts-card__client")).to_have_text("Kauppaketju Oy")
    expect(card.locator("time")).to_have_text("January 2024")
    expect(card.locator(".ts-card__figure")).to_contain_text("of customers satisfied")
    # Two services at most, the rest counted.
    liminka = page.locator(".ts-card", has=page.locator('a[href$="limingan-kunta/"]'))
    expect(liminka.locator(".ts-card__foot a.ts-label")).to_have_count(3)  # the sector and two services
    expect(liminka.locator(".ts-label--more")).to_have_text("+4")


# --- the case page on a phone -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", ["limingan-kunta", "pirkanmaan-jatehuolto", "kauppaketju-oy", "pohjolan-kaupunki"])
def test_a_phone_reaches_the_story_within_two_screens(browser: Any, base_url: str, lang: str, slug: str) -> None:
    tab = new_page(browser, **PHONE)
    try:
        tab.goto(base_url + LANGS[lang]["prefix"] + slug + "/")
        assert top(tab, "#starting-point") <= 1600
        assert top(tab, "h1") < top(tab, ".ts-hero__summary") < top(tab, "#starting-point")
        if tab.locator(".ts-figure").count():
            assert top(tab, ".ts-figure") < top(tab, "#starting-point")
    finally:
        tab.context.close()


def test_result_figures_come_before_those_about_the_client(page: Any, base_url: str) -> None:
    page.goto(base_url + "en/limingan-kunta/")
    # "about 10,000 residents" repeats the client's size: the facts say it; the figures show
    # the collaboration's length.
    values = page.locator(".ts-figure__value").all_inner_texts()
    assert [" ".join(v.split()) for v in values] == ["over 6"]
    expect(page.locator(".ts-facts__list")).to_contain_text("10,000")


def test_a_phone_has_no_empty_menu_drawer(browser: Any, base_url: str) -> None:
    tab = new_page(browser, **PHONE)
    try:
        tab.goto(base_url + "en/limingan-kunta/")
        expect(tab.locator('label.md-header__button[for="__drawer"]')).to_be_hidden()
        expect(tab.locator(".md-header__title")).to_be_visible()
        expect(tab.locator(".md-header__option .md-select")).to_be_visible()  # the languages
    finally:
        tab.context.close()


# --- print -----------------------------------------------------------------------------------------


def printout(page: Any, size: str) -> tuple[int, str]:
    """The sheets of the page's printout and their text."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(page.pdf(format=size)))
    # NFKC: the typeface sets "fi" as one ligature glyph.
    return len(reader.pages), unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize("size", ["A4", "Letter"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", ["limingan-kunta", "pirkanmaan-jatehuolto"])
def test_a_story_prints_on_one_sheet_with_its_address_and_the_contact(page: Any, base_url: str, size: str,
                                                                      lang: str, slug: str) -> None:
    page.goto(base_url + LANGS[lang]["prefix"] + slug + "/")
    sheets, text = printout(page, size)
    assert sheets == 1
    flat = re.sub(r"\s+", "", text)
    assert f"https://tarinat.example.fi/{LANGS[lang]['prefix']}{slug}/".replace(" ", "") in flat
    assert CONTACT["email"] in flat and CONTACT["phone"].replace(" ", "") in flat
    page.emulate_media(media="print")
    for pill in page.locator(".ts-case__labels .ts-label").all()[:3]:
        assert pill.evaluate("e => getComputedStyle(e).backgroundColor") in ("rgba(0, 0, 0, 0)", "transparent")
    expect(page.locator(".ts-invite")).to_be_hidden()


@pytest.fixture(scope="module")
def long_story_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A story of a little over 600 words (a seed story, its sections made longer), served."""
    root = write_seed_site(tmp_path_factory.mktemp("long-story"))
    path = root / "cases" / "pirkanmaan-jatehuolto.yml"
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    sentence = ("Työpajoissa käytiin läpi asiakaspalvelun arjen tilanteita ja sovittiin yhteisistä "
                "toimintatavoista, joita kokeiltiin ja arvioitiin yhdessä. ")
    case["actions"]["text"]["fi"] += "\n\n" + sentence * 11
    path.write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
    with serve(build_site(root)) as base:
        yield base + "pirkanmaan-jatehuolto/"


def test_a_story_of_six_hundred_words_prints_on_one_sheet(browser: Any, long_story_url: str) -> None:
    tab = new_page(browser)
    try:
        tab.goto(long_story_url)
        words = tab.locator(".ts-case").evaluate(
            "article => article.innerText.split(/\\s+/).filter(Boolean).length")
        assert words >= 600
        for size in ("A4", "Letter"):
            assert printout(tab, size)[0] == 1, size
    finally:
        tab.context.close()


# --- search in our words ------------------------------------------------------------------------


@pytest.mark.parametrize("lang, word, found", [("fi", "revontulikahvila", "1 tarina"), ("en", "lighthouse", "1 story")])
def test_search_speaks_of_stories_and_names_the_client_once(page: Any, base_url: str, lang: str, word: str,
                                                            found: str) -> None:
    results = search(page, base_url + LANGS[lang]["prefix"], word)
    expect(results.first).to_be_visible()
    expect(page.locator(".md-search-result__meta")).to_have_text(found)
    article = results.first.locator("article").first
    client = "Pohjolan kaupunki" if lang == "fi" else "City of Pohjola"
    expect(article.locator("h1")).to_contain_text(client)
    assert client not in (article.locator(".md-search-result__teaser").all_inner_texts() or [""])[0]
