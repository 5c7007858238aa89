"""axe-core (shipped in the `axe-playwright-python` wheel, run offline in the page) finds no
serious or critical accessibility violation on each kind of page, in both languages, on a
desktop and on a phone (where Material's navigation drawer is part of the page)."""

from __future__ import annotations

from typing import Any, Iterator

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DEVICES, new_page

PAGES = {
    "library": "",
    "case": "limingan-kunta/",
    "case-logo-chart-quote": "pohjolan-kaupunki/",
    "taxonomy": "services/facilitation/",
    "collection": "collections/valmennus/",
    "not-found": "404.html",
}
BLOCKING = {"serious", "critical"}


def report(violations: list[dict[str, Any]]) -> str:
    """Each violation's id and impact, and the elements it was found on."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} – {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"    {node['target']}: {' '.join(node.get('failureSummary', '').split())}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe() -> Any:
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture(params=list(DEVICES))
def device_page(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:
    tab = new_page(browser, **DEVICES[request.param])
    try:
        yield tab
    finally:
        tab.context.close()


@pytest.mark.parametrize("prefix", ["", "en/"], ids=["fi", "en"])
@pytest.mark.parametrize("kind", PAGES)
def test_no_serious_or_critical_violations(device_page: Any, base_url: str, axe: Any, kind: str, prefix: str) -> None:
    device_page.goto(base_url + prefix + PAGES[kind])
    expect(device_page.locator("h1")).to_be_visible()
    violations = axe.run(device_page).response["violations"]
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, f"/{prefix}{PAGES[kind]}:\n{report(blocking)}"
