"""Every page of the built site loads in the browser without a console error, without a
failed request, and without a request to any host but the site's own (127.0.0.1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


def site_pages(site: Path) -> list[tuple[str, bool]]:
    """Every HTML page of the built site as (URL path, is it a redirect): `en/limingan-kunta/`."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        url = path.relative_to(site).as_posix().removesuffix("index.html")
        pages.append((url, 'http-equiv="refresh"' in path.read_text(encoding="utf-8")))
    return pages


def test_every_page_loads_without_errors_or_foreign_requests(site: Path, base_url: str, page: Any) -> None:
    problems: list[str] = []
    hosts: set[str] = set()
    current: dict[str, Any] = {"url": "", "redirect": False}

    def on_console(message: Any) -> None:
        if message.type == "error":
            problems.append(f"{current['url']}: console error: {message.text}")

    def on_request(request: Any) -> None:
        if request.url.startswith(("data:", "blob:")):
            return
        host = urlsplit(request.url).hostname or request.url
        hosts.add(host)
        if host != "127.0.0.1":
            problems.append(f"{current['url']}: request to another host: {request.url}")

    def on_failed(request: Any) -> None:
        if current["redirect"] and request.failure == "net::ERR_ABORTED":
            return  # a former slug's page moves on at once, leaving its own loads behind
        problems.append(f"{current['url']}: failed request: {request.url} ({request.failure})")

    def on_response(response: Any) -> None:
        if response.status >= 400:
            problems.append(f"{current['url']}: {response.status} for {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"{current['url']}: page error: {error}"))
    page.on("request", on_request)
    page.on("requestfailed", on_failed)
    page.on("response", on_response)

    pages = site_pages(site)
    assert len(pages) > 40 and sum(redirect for _, redirect in pages) == 2, pages
    for url, redirect in pages:
        current.update(url=url, redirect=redirect)
        response = page.goto(base_url + url, wait_until="load")
        assert response is not None and response.ok, (url, response and response.status)
        if redirect:
            page.wait_for_url(lambda now: now != base_url + url)
        # Material starts its search worker, and scripts may fetch after `load`: let them end.
        page.wait_for_load_state("networkidle")
    assert hosts == {"127.0.0.1"}, hosts
    assert not problems, "\n".join(problems)
