"""The Atom feeds (docs/site.md): one per language, the published cases newest first, each
entry in the feed's language and linking to a built page; every page links its feed."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import Project, build_site, page

SITE_URL = "https://cases.example.com/"
NS = {"a": "http://www.w3.org/2005/Atom"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed_project(root: Path) -> Project:
    project = Project(root)
    project.add_case("middle", date="2024-03-01", provider="kulmia", services=["facilitation", "coaching"])
    project.add_case("newest", date="2024-09-01", title={"fi": "Uusin <b>&</b>", "en": "Newest <b>&</b>"},
                     summary={"fi": "Uusin tarina.", "en": "The newest story."})
    project.add_case("oldest", date="2023-01-01", featured=True)  # featured: first in the library, not here
    project.add_case("same-day", date="2024-03-01")
    project.add_case("a-draft", status="draft", date="2025-01-01")
    return project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(feed_project(tmp_path_factory.mktemp("feeds")).root)


def feed(site: Path, url: str) -> ET.Element:
    return ET.parse(site / url).getroot()


def one(element: ET.Element, path: str) -> ET.Element:
    found = element.findall(path, NS)
    assert len(found) == 1, path
    return found[0]


def text(element: ET.Element, path: str) -> str:
    return one(element, path).text or ""


def slug_of(url: str) -> str:
    return url.removeprefix(SITE_URL).removeprefix("en/").strip("/")


@pytest.mark.parametrize("url, lang, prefix", [("feed.xml", "fi", ""), ("en/feed.xml", "en", "en/")])
def test_a_feed_per_language_of_the_published_cases_newest_first(site: Path, url: str, lang: str, prefix: str) -> None:
    root = feed(site, url)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed" and root.get(XML_LANG) == lang
    assert text(root, "a:id") == SITE_URL + prefix
    assert text(root, "a:title") == "Test cases"
    assert text(root, "a:updated") == "2024-09-01T00:00:00Z"
    links = {(link.get("rel"), link.get("type")): link.get("href") for link in root.findall("a:link", NS)}
    assert links == {("self", "application/atom+xml"): SITE_URL + url, ("alternate", "text/html"): SITE_URL + prefix}
    entries = root.findall("a:entry", NS)
    # Newest first, the same day by slug; never a draft, and featured makes no difference here.
    assert [slug_of(text(e, "a:id")) for e in entries] == ["newest", "middle", "same-day", "oldest"]
    newest = entries[0]
    assert text(newest, "a:title") == {"fi": "Uusin <b>&</b>", "en": "Newest <b>&</b>"}[lang]
    assert text(newest, "a:summary") == {"fi": "Uusin tarina.", "en": "The newest story."}[lang]
    link = one(newest, "a:link")
    assert (link.get("rel"), link.get("type"), link.get("hreflang"), link.get("href")) == (
        "alternate", "text/html", lang, SITE_URL + prefix + "newest/")
    assert text(newest, "a:published") == text(newest, "a:updated") == "2024-09-01T00:00:00Z"
    middle = entries[1]
    assert text(middle, "a:author/a:name") == "Kulmia"  # the provider's name
    assert text(newest, "a:author/a:name") == "Test cases"  # else the site's
    assert [(c.get("term"), c.get("label")) for c in middle.findall("a:category", NS)] == [
        ("facilitation", {"fi": "Fasilitointi", "en": "Facilitation"}[lang]),
        ("coaching", {"fi": "Valmennus", "en": "Coaching"}[lang])]


def test_every_feed_link_and_id_is_a_built_page_in_the_feed_language(site: Path) -> None:
    for url, lang in (("feed.xml", "fi"), ("en/feed.xml", "en")):
        for entry in feed(site, url).findall("a:entry", NS):
            href = one(entry, "a:link").get("href") or ""
            assert href == text(entry, "a:id")
            assert page(site, href.removeprefix(SITE_URL)).one("html").get("lang") == lang


def test_the_feeds_are_valid_atom(site: Path) -> None:
    """What RFC 4287 requires of a feed and of its entries, checked on the parsed XML."""
    for url in ("feed.xml", "en/feed.xml"):
        raw = (site / url).read_bytes()
        assert raw.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        root = feed(site, url)
        for element in (root, *root.findall("a:entry", NS)):
            for required in ("a:id", "a:title", "a:updated"):
                one(element, required)
            dt.datetime.fromisoformat(text(element, "a:updated").replace("Z", "+00:00"))
            assert text(element, "a:id").startswith("https://")
        for entry in root.findall("a:entry", NS):
            one(entry, "a:author/a:name")
            assert [link.get("rel") for link in entry.findall("a:link", NS)] == ["alternate"]
        children = {child.tag.split("}")[1] for child in root}
        assert children <= {"id", "title", "subtitle", "updated", "link", "generator", "entry", "author"}


@pytest.mark.parametrize("url, feed_url", [("", "feed.xml"), ("en/newest/", "en/feed.xml"),
                                           ("services/facilitation/", "feed.xml"), ("en/404.html", "en/feed.xml")])
def test_every_page_links_its_languages_feed(site: Path, url: str, feed_url: str) -> None:
    link = page(site, url).one("link", rel="alternate", type="application/atom+xml")
    assert link.get("href") == SITE_URL + feed_url
    assert link.get("title") == "Test cases"


def test_a_draft_is_never_in_a_feed_not_even_in_serve(tmp_path: Path) -> None:
    site = build_site(feed_project(tmp_path).root, serve=True)
    assert (site / "a-draft" / "index.html").is_file()  # the page is previewed
    for url in ("feed.xml", "en/feed.xml"):
        ids = [text(e, "a:id") for e in feed(site, url).findall("a:entry", NS)]
        assert len(ids) == 4 and not [i for i in ids if "a-draft" in i]
