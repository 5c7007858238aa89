"""What people do on the site, in both languages, in a real browser (headless Chromium)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml
from playwright.sync_api import expect

from tests.browser.fixture_site import ENGLISH_ONLY, FINNISH_ONLY
from tests.conftest import SEED_SITE

LANGS = {
    "fi": {"prefix": "", "count": {1: "1 tarina", 2: "2 tarinaa", 5: "5 tarinaa"},
           "no_results": "Ei täsmääviä tarinoita", "not_found": "Sivua ei löytynyt",
           "title": "Muutos johdettiin yhdessä"},
    "en": {"prefix": "en/", "count": {1: "1 story", 2: "2 stories", 5: "5 stories"},
           "no_results": "No matching stories", "not_found": "Page not found",
           "title": "Leading a change together"},
}
ALL_CASES = {"kauppaketju-oy", "limingan-kunta", "pirkanmaan-jatehuolto", "pohjolan-kaupunki", "koulutussaatio"}


def shown_cases(page: Any) -> set[str]:
    """The slugs of the library cards that are shown."""
    hrefs = page.locator(".ts-cards > .ts-card:visible .ts-card__title a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    return {href.strip("./").split("/")[-1] for href in hrefs}


def query(page: Any) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(page.url).query)


def option(page: Any, facet: str, key: str) -> Any:
    return page.locator(f'.ts-filter__option[data-facet="{facet}"][data-key="{key}"]')


def open_facet(page: Any, facet: str) -> None:
    """Open the facet's popover in the filter bar (if it is not open yet)."""
    panel = page.locator(f'details.ts-facet[data-facet="{facet}"]')
    if not panel.evaluate("details => details.open"):
        panel.locator("summary").click()


def choose(page: Any, facet: str, key: str) -> None:
    open_facet(page, facet)
    option(page, facet, key).click()


# --- the library's filters -----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_filter_by_sector_then_service_reload_and_clear(page: Any, base_url: str, lang: str) -> None:
    text = LANGS[lang]
    library = base_url + text["prefix"]
    page.goto(library)
    count = page.locator("[data-ts-count]")
    clear = page.locator("[data-ts-clear]")
    expect(count).to_have_text(text["count"][5])
    assert shown_cases(page) == ALL_CASES
    expect(clear).to_be_hidden()

    choose(page, "sector", "public-sector")
    expect(count).to_have_text(text["count"][2])
    assert shown_cases(page) == {"limingan-kunta", "pohjolan-kaupunki"}
    assert query(page) == [("sector", "public-sector")]
    assert urlsplit(page.url).path == urlsplit(library).path  # filtered in place, no navigation
    expect(option(page, "sector", "public-sector")).to_have_attribute("aria-pressed", "true")

    choose(page, "service", "facilitation")
    expect(count).to_have_text(text["count"][1])
    assert shown_cases(page) == {"limingan-kunta"}
    assert query(page) == [("sector", "public-sector"), ("service", "facilitation")]
    expect(clear).to_be_visible()

    # The address is the view: reloading it (or pasting it in an e-mail) brings it back.
    shared = page.url
    page.reload()
    assert page.url == shared
    expect(count).to_have_text(text["count"][1])
    assert shown_cases(page) == {"limingan-kunta"}
    expect(option(page, "sector", "public-sector")).to_have_attribute("aria-pressed", "true")
    expect(option(page, "service", "facilitation")).to_have_attribute("aria-pressed", "true")
    expect(option(page, "service", "coaching")).to_have_attribute("aria-pressed", "false")

    clear.click()
    expect(count).to_have_text(text["count"][5])
    assert shown_cases(page) == ALL_CASES
    assert page.url == library
    expect(clear).to_be_hidden()
    expect(option(page, "sector", "public-sector")).to_have_attribute("aria-pressed", "false")


@pytest.mark.parametrize("lang", LANGS)
def test_filters_that_match_nothing_say_so_and_a_second_click_unselects(page: Any, base_url: str, lang: str) -> None:
    page.goto(base_url + LANGS[lang]["prefix"] + "?sector=retail&service=facilitation")
    expect(page.locator("[data-ts-empty]")).to_be_visible()
    assert shown_cases(page) == set()
    choose(page, "service", "facilitation")
    expect(page.locator("[data-ts-empty]")).to_be_hidden()
    assert shown_cases(page) == {"kauppaketju-oy"}
    assert query(page) == [("sector", "retail")]


def test_filter_options_work_from_the_keyboard(page: Any, base_url: str) -> None:
    page.goto(base_url + "en/")
    page.locator('details.ts-facet[data-facet="tool"] > summary').focus()
    page.keyboard.press("Enter")  # opens the popover
    page.keyboard.press("Tab")
    expect(option(page, "tool", "disc")).to_be_focused()
    page.keyboard.press("Space")
    assert shown_cases(page) == {"limingan-kunta", "koulutussaatio"}
    page.keyboard.press("Enter")
    assert shown_cases(page) == ALL_CASES
    assert query(page) == []


# --- a case in two languages -------------------------------------------------------------------


def switch_language(page: Any, lang: str) -> None:
    page.locator(".md-header__option .md-select").hover()
    page.locator(f'a.md-select__link[hreflang="{lang}"]').click()


@pytest.mark.parametrize("start, other", [("fi", "en"), ("en", "fi")])
def test_language_switch_leads_to_the_same_case_and_back(page: Any, base_url: str, start: str, other: str) -> None:
    url = {lang: base_url + LANGS[lang]["prefix"] + "pohjolan-kaupunki/" for lang in LANGS}
    page.goto(url[start])
    expect(page.locator("html")).to_have_attribute("lang", start)

    switch_language(page, other)
    page.wait_for_url(url[other])
    expect(page.locator("html")).to_have_attribute("lang", other)
    expect(page.locator("h1")).to_have_text(LANGS[other]["title"])

    switch_language(page, start)
    page.wait_for_url(url[start])
    expect(page.locator("html")).to_have_attribute("lang", start)
    expect(page.locator("h1")).to_have_text(LANGS[start]["title"])
    # The hreflang alternates are in the document for search engines, and the feed's link for
    # feed readers (the page's script hides them from Material's sitemap look-up only while
    # Material starts).
    expect(page.locator('head link[rel="alternate"][hreflang]')).to_have_count(3)
    expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).to_have_count(1)


# --- search ----------------------------------------------------------------------------------


def search(page: Any, base: str, word: str) -> Any:
    page.goto(base)
    box = page.locator("input[name=query]")
    box.click()
    # The whole word at once, then a key: Material searches on keyup (and again once its
    # worker is ready), so no result of a half-typed word can stand in for the answer.
    box.fill(word)
    box.press("End")
    return page.locator(".md-search-result__item")


@pytest.mark.parametrize("word, home, other", [(FINNISH_ONLY, "fi", "en"), (ENGLISH_ONLY, "en", "fi")])
def test_search_finds_a_word_only_in_its_own_language(page: Any, base_url: str, word: str, home: str, other: str) -> None:
    results = search(page, base_url + LANGS[home]["prefix"], word)
    expect(results.first).to_be_visible()
    hrefs = results.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all(href.startswith(base_url + LANGS[home]["prefix"] + "pohjolan-kaupunki/") for href in hrefs), hrefs
    results.locator("a").first.click()
    page.wait_for_url(base_url + LANGS[home]["prefix"] + "pohjolan-kaupunki/**")
    expect(page.locator("html")).to_have_attribute("lang", home)

    results = search(page, base_url + LANGS[other]["prefix"], word)
    expect(page.locator(".md-search-result__meta")).to_have_text(LANGS[other]["no_results"])
    expect(results).to_have_count(0)


# --- old addresses and missing pages ----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_former_slug_ends_on_the_case_page(page: Any, base_url: str, lang: str) -> None:
    prefix = LANGS[lang]["prefix"]
    page.goto(base_url + prefix + "pohjolan-kunta/")
    page.wait_for_url(base_url + prefix + "pohjolan-kaupunki/")
    expect(page.locator("h1")).to_have_text(LANGS[lang]["title"])


@pytest.mark.parametrize("lang, path", [("fi", "ei-ole/"), ("fi", "syvalla/ei/ole/mitaan/"),
                                        ("en", "en/no-such-story/"), ("en", "en/deep/no/such/page")])
def test_a_missing_page_shows_the_404_page_in_its_language(page: Any, base_url: str, lang: str, path: str) -> None:
    failed: list[str] = []
    page.on("response", lambda r: r.status >= 400 and r.url != base_url + path and failed.append(f"{r.status} {r.url}"))
    response = page.goto(base_url + path)
    assert response is not None and response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1")).to_have_text(LANGS[lang]["not_found"])
    # At any depth, its stylesheets, scripts and links work (they are absolute).
    expect(page.locator(".md-header")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert failed == []
    page.locator(".ts-not-found a").click()
    page.wait_for_url(base_url + LANGS[lang]["prefix"])


# --- print -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_case_prints_without_chrome_and_with_all_its_content(page: Any, base_url: str, lang: str) -> None:
    page.goto(base_url + LANGS[lang]["prefix"] + "limingan-kunta/")
    page.emulate_media(media="print")
    for chrome in [".md-header", ".md-sidebar--primary", ".md-search", ".md-footer", ".ts-back", ".ts-related"]:
        expect(page.locator(chrome).first).to_be_hidden()
    for content in ["h1", ".ts-hero__summary", ".ts-facts__list", ".ts-about", ".ts-figures",
                    "#starting-point", "#actions", "#results", ".ts-case__labels"]:
        expect(page.locator(content).first).to_be_visible()
    case = yaml.safe_load((SEED_SITE / "cases" / "limingan-kunta.yml").read_text(encoding="utf-8"))
    points = page.locator(".ts-points li")
    assert points.count() == sum(len(case[name].get("points", [])) for name in ("starting_point", "actions", "results"))
    for index in range(points.count()):
        expect(points.nth(index)).to_be_visible()
    # On paper, a link's target is written out.
    website = page.locator(".ts-about a[href^='http']")
    after = website.evaluate("a => getComputedStyle(a, '::after').content")
    assert "https://www.liminka.fi" in after
    # The content starts at the top of the page, not below an empty header's space.
    assert page.locator("h1").bounding_box()["y"] < 150


# --- a phone -----------------------------------------------------------------------------------


def assert_no_horizontal_scroll(phone: Any) -> None:
    width = phone.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1], f"the page is {width[0]} px wide in a {width[1]} px viewport"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["", "limingan-kunta/", "pohjolan-kaupunki/", "kauppaketju-oy/"])
def test_phone_pages_have_no_horizontal_scrolling(phone: Any, base_url: str, lang: str, path: str) -> None:
    phone.goto(base_url + LANGS[lang]["prefix"] + path)
    expect(phone.locator("h1")).to_be_visible()
    assert_no_horizontal_scroll(phone)


@pytest.mark.parametrize("lang", LANGS)
def test_phone_filters_are_usable(phone: Any, base_url: str, lang: str) -> None:
    phone.goto(base_url + LANGS[lang]["prefix"])
    options = phone.locator('details[data-facet="sector"] .ts-filter__option')
    # A compact bar: the stories come first; one tap opens a facet's choices.
    expect(options.first).to_be_hidden()
    phone.locator('details[data-facet="sector"] > summary').tap()
    expect(options.first).to_be_visible()
    for index in range(options.count()):
        box = options.nth(index).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, (index, box)
        assert box["height"] >= 20, (index, box)  # a target a finger can hit
    sector = option(phone, "sector", "public-sector")
    sector.scroll_into_view_if_needed()
    sector.tap()
    expect(phone.locator("[data-ts-count]")).to_have_text(LANGS[lang]["count"][2])
    assert shown_cases(phone) == {"limingan-kunta", "pohjolan-kaupunki"}
    assert query(phone) == [("sector", "public-sector")]
    assert_no_horizontal_scroll(phone)
    phone.locator('details[data-facet="sector"] > summary').tap()  # closes the choices
    phone.locator("[data-ts-clear]").tap()
    assert shown_cases(phone) == ALL_CASES
