"""Browser tests: the fixture site (fixture_site.py) built once, served over HTTP on
127.0.0.1 from this process, and driven in headless Debian Chromium through Playwright.

Outside CI the tests skip when no Chromium is installed; with CI=true they fail instead.
"""

from __future__ import annotations

import gzip
import os
import shutil
import threading
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote, urlsplit

import pytest

from tests.browser.fixture_site import build_fixture_site
from tests.conftest import REPO

SKIP_REASON = "Chromium not found: apt-get install chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
DEVICES: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": DESKTOP},
    "phone": {"viewport": PHONE, "is_mobile": True, "has_touch": True, "device_scale_factor": 2},
}
SCREENSHOTS = REPO / "screenshots"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def chromium_path() -> str | None:
    found = shutil.which("chromium")
    if found:
        return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None


def unavailable(reason: str) -> None:
    """No browser to run: skip on a developer's machine, fail in CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: the browser tests must run, not skip)", pytrace=False)
    pytest.skip(reason)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


# --- the site and its server ---------------------------------------------------------------


COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml")


class SiteHandler(SimpleHTTPRequestHandler):
    """A static host as sites are hosted: files as they are, text compressed (gzip) when the
    browser asks for it, and for a missing path the 404 page of the path's language
    (`/en/...` gets `/en/404.html`, anything else `/404.html`) with status 404."""

    def send_head(self) -> Any:
        url_path = unquote(urlsplit(self.path).path)
        target = Path(self.translate_path(self.path))
        if target.is_dir() and url_path.endswith("/"):
            target = target / "index.html"
        if not target.exists():
            return self.send_not_found(url_path)
        if target.is_file() and target.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            return self.send_compressed(target)
        return super().send_head()

    def send_compressed(self, target: Path) -> BytesIO:
        body = gzip.compress(target.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(target)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return BytesIO(body)

    def send_not_found(self, url_path: str) -> BytesIO:
        root = Path(self.directory)
        first = url_path.strip("/").split("/")[0]
        page = root / first / "404.html" if first and (root / first / "404.html").is_file() else root / "404.html"
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return BytesIO(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site, built once for the session."""
    return build_fixture_site(tmp_path_factory.mktemp("browser-project"))


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """A built site served on 127.0.0.1 (a free port), e.g. `http://127.0.0.1:41234/`."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SiteHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """The fixture site, served."""
    with serve(site) as url:
        yield url


# --- the browser ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium (Playwright's own browser download cannot work here)."""
    executable = chromium_path()
    if executable is None:
        unavailable(SKIP_REASON)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright not installed: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def new_page(browser: Any, viewport: dict[str, int] = DESKTOP, **options: Any) -> Any:
    """A page of a new browser context (its own cookies and storage)."""
    context = browser.new_context(viewport=viewport, **options)
    context.set_default_timeout(10_000)
    return context.new_page()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh desktop-sized page of its own browser context."""
    tab = new_page(browser)
    try:
        yield tab
    finally:
        tab.context.close()


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """A fresh page in a 375-pixel-wide phone viewport, with touch."""
    tab = new_page(browser, **DEVICES["phone"])
    try:
        yield tab
    finally:
        tab.context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """The git-ignored folder at the repository's root that the screenshots go to."""
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS
