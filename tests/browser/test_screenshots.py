"""Pictures for people: every kind of page, Finnish and English, desktop and phone; a case
as it prints; a case's link-preview card. Written to screenshots/ at the repository's root
(git-ignored) on every run, to be looked at as a prospect would."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.browser.conftest import DEVICES, new_page

PAGES = {
    "library": "",
    "case": "kauppaketju-oy/",
    "taxonomy": "services/coaching/",
    "collection": "collections/valmennus/",
    "not-found": "404.html",
}
# A full-page picture shows what lies below the fold too: load the lazy images (logos) first.
LOAD_IMAGES = """() => Promise.all([...document.images].map(img => {
  img.loading = "eager";
  return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; });
})).then(() => document.fonts.ready)"""
A4_AT_96_DPI = {"width": 794, "height": 1123}


def url_of(base_url: str, lang: str, path: str) -> str:
    return base_url + ("" if lang == "fi" else f"{lang}/") + path


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("kind", PAGES)
def test_screenshot(browser: Any, base_url: str, screenshots: Path, kind: str, lang: str, device: str) -> None:
    tab = new_page(browser, **DEVICES[device])
    try:
        tab.goto(url_of(base_url, lang, PAGES[kind]), wait_until="load")
        expect(tab.locator("h1")).to_be_visible()
        expect(tab.locator("html")).to_have_attribute("lang", lang)
        tab.evaluate(LOAD_IMAGES)
        target = screenshots / f"{kind}-{lang}-{device}.png"
        tab.screenshot(path=str(target), full_page=True, animations="disabled")
    finally:
        tab.context.close()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_printout_picture(browser: Any, base_url: str, screenshots: Path, lang: str) -> None:
    """The case with the print style sheet, on a sheet's width: what the printout shows
    (the sheet's margin boxes, its address and contact, are in the PDF the print tests read)."""
    tab = new_page(browser, viewport=A4_AT_96_DPI)
    try:
        tab.emulate_media(media="print")
        tab.goto(url_of(base_url, lang, PAGES["case"]), wait_until="load")
        tab.evaluate(LOAD_IMAGES)
        expect(tab.locator("header.md-header")).to_be_hidden()
        target = screenshots / f"case-{lang}-print.png"
        tab.screenshot(path=str(target), full_page=True, animations="disabled")
    finally:
        tab.context.close()
    with Image.open(target) as picture:
        assert picture.width == A4_AT_96_DPI["width"]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_link_preview_card_picture(page: Any, base_url: str, screenshots: Path, lang: str) -> None:
    """The card a case unfolds into when its link is shared."""
    page.goto(url_of(base_url, lang, PAGES["case"]), wait_until="load")
    image = page.locator('meta[property="og:image"]').get_attribute("content")
    # og:image is absolute on the site's own address: fetch the same path from this server.
    path = image.split("/", 3)[3]
    with urllib.request.urlopen(base_url + path, timeout=10) as response:
        data = response.read()
    target = screenshots / f"case-{lang}-card.png"
    target.write_bytes(data)
    with Image.open(target) as card:
        assert card.size == (1200, 630)
