"""No broken links: a crawler over the built site (no browser needed). Every internal link,
image, stylesheet, script, redirect and fragment of every page resolves to a file of the
site, and so do the site's own absolute URLs (canonical, alternates, previews, feeds,
sitemap, cases.json); every page is reachable from the libraries, but those that search engines are
told to skip (404s, redirects of former slugs, unlisted collections)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml

from tests.browser.fixture_site import build_fixture_site
from tests.conftest import SEED_SITE
from tests.htmltree import Element, parse

SITE_URL = yaml.safe_load((SEED_SITE / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
BASE = "https://site.invalid/"  # stands for the site's root while resolving relative links
SKIPPED_SCHEMES = ("mailto:", "tel:", "javascript:", "data:")
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


@dataclass
class Page:
    url: str  # a site URL: `en/limingan-kunta/`, `404.html`
    doc: Element
    ids: set[str] = field(default_factory=set)

    @property
    def skipped_by_search_engines(self) -> bool:
        robots = self.doc.find("meta", name="robots")
        return self.url.endswith("404.html") or (robots is not None and "noindex" in (robots.get("content") or ""))


def html_pages(site: Path) -> dict[str, Page]:
    pages = {}
    for path in sorted(site.rglob("*.html")):
        url = path.relative_to(site).as_posix().removesuffix("index.html")
        doc = parse(path.read_text(encoding="utf-8"))
        ids = {e.get("id") for e in doc.iter() if e.get("id")} | {e.get("name") for e in doc.find_all("a") if e.get("name")}
        pages[url] = Page(url, doc, ids)  # type: ignore[arg-type]
    return pages


def references(page: Page) -> Iterator[tuple[str, str]]:
    """(what, reference) for every link, image, stylesheet, script and redirect of a page."""
    for element in page.doc.iter():
        tag = element.tag
        if tag in ("a", "link", "area") and element.get("href") is not None:
            yield f"<{tag} {element.get('rel') or ''}>", element.get("href") or ""
        for name in ("src", "poster"):
            if tag in ("img", "script", "source", "iframe", "video", "audio", "input") and element.get(name):
                yield f"<{tag} {name}>", element.get(name) or ""
        if element.get("srcset"):
            for candidate in (element.get("srcset") or "").split(","):
                if candidate.strip():
                    yield f"<{tag} srcset>", candidate.split()[0]
        if tag == "meta":
            content = element.get("content") or ""
            if (element.get("http-equiv") or "").lower() == "refresh" and "url=" in content.lower():
                yield "<meta refresh>", content[content.lower().index("url=") + 4:].strip()
            elif element.get("property") in ("og:url", "og:image") or element.get("name") == "twitter:image":
                yield f"<meta {element.get('property') or element.get('name')}>", content


def site_target(reference: str, from_url: str) -> str | None:
    """The reference as a site URL with its fragment (`en/x/#results`), or None when it
    leads off the site (another host, mailto:, ...)."""
    reference = reference.strip()
    if not reference or reference.startswith(SKIPPED_SCHEMES):
        return None
    if reference.startswith(SITE_URL):
        reference = "/" + reference[len(SITE_URL):]
    resolved = urljoin(BASE + from_url, reference)
    if not resolved.startswith(BASE):
        return None
    return resolved[len(BASE):]


def check(site: Path, pages: dict[str, Page], target: str) -> str | None:
    """What is wrong with a site URL, or None when it resolves."""
    parts = urlsplit("/" + target)
    path = unquote(parts.path).lstrip("/")
    file = site / path / "index.html" if path == "" or path.endswith("/") else site / path
    if not file.is_file():
        return f"no file {file.relative_to(site)}"
    if parts.fragment:
        page = pages.get(file.relative_to(site).as_posix().removesuffix("index.html"))
        if page is None or unquote(parts.fragment) not in page.ids:
            return f"no element with id {parts.fragment!r} in {file.relative_to(site)}"
    return None


def broken_links(site: Path) -> list[str]:
    pages = html_pages(site)
    problems = []
    for page in pages.values():
        for what, reference in references(page):
            target = site_target(reference, page.url)
            if target is not None and (problem := check(site, pages, target)):
                problems.append(f"/{page.url}: {what} {reference!r}: {problem}")
    for css in sorted(site.rglob("*.css")):
        url = css.relative_to(site).as_posix()
        for _, reference in CSS_URL.findall(css.read_text(encoding="utf-8")):
            target = site_target(reference, url)
            if target is not None and (problem := check(site, pages, target)):
                problems.append(f"/{url}: url({reference}): {problem}")
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for reference in re.findall(r"<loc>([^<]+)</loc>|href=\"([^\"]+)\"", sitemap):
        reference = next(r for r in reference if r)
        target = site_target(reference, "sitemap.xml")
        if target is None or (problem := check(site, pages, target)):
            problems.append(f"/sitemap.xml: {reference!r}: {problem or 'not on the site'}")
    for feed in sorted(site.rglob("feed.xml")):
        url = feed.relative_to(site).as_posix()
        for reference in re.findall(r"<id>([^<]+)</id>|href=\"([^\"]+)\"", feed.read_text(encoding="utf-8")):
            reference = next(r for r in reference if r)
            target = site_target(reference, url)
            if target is None or (problem := check(site, pages, target)):
                problems.append(f"/{url}: {reference!r}: {problem or 'not on the site'}")
    for reference in _strings(json.loads((site / "cases.json").read_text(encoding="utf-8"))):
        if reference.startswith(SITE_URL):
            target = site_target(reference, "cases.json")
            if target is None or (problem := check(site, pages, target)):
                problems.append(f"/cases.json: {reference!r}: {problem}")
    return problems


def unreachable_pages(site: Path) -> list[str]:
    """Pages that no chain of links from the libraries reaches, but should."""
    pages = html_pages(site)
    seen: set[str] = set()
    todo = ["", "en/"]
    while todo:
        url = todo.pop()
        if url in seen or url not in pages:
            continue
        seen.add(url)
        for what, reference in references(pages[url]):
            if what.startswith(("<a", "<meta refresh")) and (target := site_target(reference, url)) is not None:
                todo.append(urlsplit("/" + target).path.lstrip("/"))
    return sorted(url for url, page in pages.items() if url not in seen and not page.skipped_by_search_engines)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The browser tests' site: the seed site's cases plus aliases, a logo, a listed collection."""
    return build_fixture_site(tmp_path_factory.mktemp("links-project"))


@pytest.fixture(params=["seed", "fixture"])
def site(request: pytest.FixtureRequest) -> Path:
    return request.getfixturevalue("seed_site" if request.param == "seed" else "fixture_site")


def test_every_internal_reference_resolves(site: Path) -> None:
    assert len(list(site.rglob("*.html"))) > 20
    problems = broken_links(site)
    assert not problems, "\n".join(problems)


def test_every_page_is_reachable_from_the_libraries(site: Path) -> None:
    assert unreachable_pages(site) == []


def test_the_crawler_finds_a_broken_link(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="missing/">x</a><img src="a/logo.svg"><a href="a/#top">t</a>'
        f'<link rel="canonical" href="{SITE_URL}gone/"><a href="https://elsewhere.example/">e</a>', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text('<h1 id="top">A</h1><a href="../#nowhere">back</a>', encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text(f"<urlset><url><loc>{SITE_URL}a/</loc></url></urlset>", encoding="utf-8")
    (tmp_path / "cases.json").write_text("{}", encoding="utf-8")
    assert broken_links(tmp_path) == [
        "/a/: <a > '../#nowhere': no element with id 'nowhere' in index.html",
        "/: <a > 'missing/': no file missing/index.html",
        "/: <img src> 'a/logo.svg': no file a/logo.svg",
        f"/: <link canonical> '{SITE_URL}gone/': no file gone/index.html",
    ]
    assert unreachable_pages(tmp_path) == []
