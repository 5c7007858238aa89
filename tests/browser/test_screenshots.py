"""Pictures for people: the library and a case page, Finnish and English, desktop and phone,
written to screenshots/ at the repository's root (git-ignored) on every run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DEVICES, new_page

PAGES = {"library": "", "case": "limingan-kunta/"}
# A full-page picture shows what lies below the fold too: load the lazy images (logos) first.
LOAD_IMAGES = """() => Promise.all([...document.images].map(img => {
  img.loading = "eager";
  return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; });
})).then(() => document.fonts.ready)"""


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("kind", PAGES)
def test_screenshot(browser: Any, base_url: str, screenshots: Path, kind: str, lang: str, device: str) -> None:
    tab = new_page(browser, **DEVICES[device])
    try:
        tab.goto(base_url + ("" if lang == "fi" else f"{lang}/") + PAGES[kind], wait_until="load")
        expect(tab.locator("h1")).to_be_visible()
        expect(tab.locator("html")).to_have_attribute("lang", lang)
        tab.evaluate(LOAD_IMAGES)
        target = screenshots / f"{kind}-{lang}-{device}.png"
        tab.screenshot(path=str(target), full_page=True, animations="disabled")
    finally:
        tab.context.close()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
