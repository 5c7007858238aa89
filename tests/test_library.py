"""The library for marketing and sales (docs/site.md): filters, taxonomy pages, collections,
redirects, related cases, cases.json, sitemap, previews, structured data, print."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import PACKAGE, Project, build_site, page
from tests.htmltree import Element

SITE_URL = "https://cases.example.com/"


def cards(doc: Element) -> list[Element]:
    return doc.find_all("article", class_="ts-card")


def card_slugs(doc: Element) -> list[str]:
    return [c.one("h2").one("a").get("href").strip("./").split("/")[-1] for c in cards(doc)]


@pytest.fixture(scope="module")
def library_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six cases that exercise ordering, filters, related cases, aliases and collections."""
    project = Project(tmp_path_factory.mktemp("library"))
    project.write("logos/acme.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    project.add_case("old-public", date="2022-01-10", client={"name": "Kunta A", "sector": "public-sector", "region": "uusimaa"},
                     services=["facilitation", "coaching"])
    project.add_case("new-private", date="2024-09-01", services=["facilitation"], tools=["disc"],
                     client={"name": "Acme Oy", "sector": "private-sector", "logo": "logos/acme.svg",
                             "website": "https://acme.example"},
                     aliases=["acme"],
                     figures=[{"value": 85, "before": 60, "unit": "%", "label": {"fi": "tyytyväisiä", "en": "satisfied"}}])
    project.add_case("featured-old", date="2020-03-03", featured=True, services=["coaching"],
                     client={"name": "Kunta B", "sector": "public-sector"})
    project.add_case("mid-public", date="2023-06-06", services=["facilitation", "coaching"],
                     client={"name": "Kunta C", "sector": "public-sector"}, related=["featured-old"],
                     provider="kulmia",
                     quotes=[{"text": {"fi": "Hyvä.", "en": "Good."}, "person": "Pia P", "role": {"fi": "Johtaja", "en": "Director"},
                              "highlight": True}])
    project.add_case("unrelated", date="2023-01-01", services=["leadership-development"])
    project.add_case("a-draft", status="draft", date="2025-01-01", services=["facilitation"])
    project.write_yaml("_collections/for-prospect.yml", {
        "title": {"fi": "Asiakkaalle X", "en": "For prospect X"},
        "intro": {"fi": "Valitut *tarinat*.", "en": "Chosen *stories*."},
        "cases": ["mid-public", "old-public", "new-private"],
    })
    project.write_yaml("_collections/public.yml", {
        "title": {"fi": "Kunnat", "en": "Municipalities"}, "cases": ["old-public"], "listed": True,
    })
    return build_site(project.root)


# --- the library page ----------------------------------------------------------------------


def test_library_orders_featured_first_then_newest(library_site: Path) -> None:
    assert card_slugs(page(library_site, "")) == ["featured-old", "new-private", "mid-public", "unrelated", "old-public"]


def test_every_card_carries_its_filter_keys(library_site: Path) -> None:
    by_slug = {slug: card for slug, card in zip(card_slugs(page(library_site, "en/")), cards(page(library_site, "en/")))}
    card = by_slug["new-private"]
    assert (card.get("data-sector"), card.get("data-service"), card.get("data-tool"), card.get("data-region"),
            card.get("data-provider")) == ("private-sector", "facilitation", "disc", "", "")
    assert by_slug["old-public"].get("data-service") == "facilitation coaching"
    assert by_slug["old-public"].get("data-region") == "uusimaa"
    assert by_slug["mid-public"].get("data-provider") == "kulmia"
    for card in cards(page(library_site, "")):
        for facet in ("sector", "service", "region", "tool", "provider"):
            assert f"data-{facet}" in card.attrs


def test_card_shows_client_logo_title_summary_and_labels(library_site: Path) -> None:
    card = next(c for c in cards(page(library_site, "en/")) if c.get("data-sector") == "private-sector")
    assert card.one("span", class_="ts-card__client").text == "Acme Oy"
    assert card.one("img").get("src") == "../assets/cases/logos/acme.svg"
    assert (library_site / "assets/cases/logos/acme.svg").is_file()
    assert card.one("h2").text.strip() == "Title"
    assert card.one("p", class_="ts-card__summary").text == "Summary."
    assert card.one("time").text == "September 2024" and card.one("time").get("datetime") == "2024-09-01"
    assert re.sub(r"[ \n]+", " ", card.one("p", class_="ts-card__figure").text).strip() == "60\u202f% → 85\u202f% satisfied"
    labels = {a.text: a.get("href") for a in card.find_all("a", class_="ts-label")}
    assert labels == {"Private sector": "sectors/private-sector/", "Facilitation": "services/facilitation/"}


def test_filter_options_are_links_to_taxonomy_pages_with_counts(library_site: Path) -> None:
    doc = page(library_site, "")
    options = {(a.get("data-facet"), a.get("data-key")): a for a in doc.find_all("a", class_="ts-filter__option")}
    facilitation = options[("service", "facilitation")]
    assert facilitation.get("href") == "services/facilitation/"
    assert facilitation.one("span", class_="ts-filter__count").text == "3"
    assert options[("sector", "public-sector")].one("span", class_="ts-filter__count").text == "3"
    assert options[("sector", "public-sector")].one("span", class_="ts-filter__label").text == "Julkinen sektori"
    assert set(f for f, _ in options) == {"sector", "service", "region", "tool", "provider"}
    assert doc.one("span", data_ts_count=True).text == "5 tarinaa"
    assert page(library_site, "en/").one("span", data_ts_count=True).text == "5 stories"


def test_the_filter_script_is_one_small_local_file(library_site: Path) -> None:
    scripts = [s.get("src") for s in page(library_site, "").find_all("script") if s.get("src")]
    ours = [s for s in scripts if "tarinasto" in s]
    assert ours == ["assets/tarinasto/tarinasto.js"]
    source = (library_site / "assets" / "tarinasto" / "tarinasto.js").read_text(encoding="utf-8")
    assert "URLSearchParams" in source and "history.replaceState" in source
    assert "import " not in source and "require(" not in source


def test_listed_collections_are_linked_from_the_library_unlisted_never(library_site: Path) -> None:
    for url, prefix in (("", ""), ("en/", "")):
        links = [a.get("href") for a in page(library_site, url).one("nav", class_="ts-collections").find_all("a")]
        assert links == ["collections/public/"]
    assert "for-prospect" not in (library_site / "index.html").read_text(encoding="utf-8")


# --- taxonomy pages, collections, redirects, related -------------------------------------------


@pytest.mark.parametrize("url, expected", [
    ("services/facilitation/", ["new-private", "mid-public", "old-public"]),
    ("en/services/coaching/", ["featured-old", "mid-public", "old-public"]),
    ("sectors/private-sector/", ["new-private", "unrelated"]),
    ("en/tools/disc/", ["new-private"]),
    ("regions/uusimaa/", ["old-public"]),
    ("providers/kulmia/", ["mid-public"]),
])
def test_taxonomy_pages_list_the_cases_with_the_key(library_site: Path, url: str, expected: list[str]) -> None:
    doc = page(library_site, url)
    assert card_slugs(doc) == expected
    count = doc.one("p", class_="ts-library__intro").text
    assert count.startswith(str(len(expected)) + " ")


def test_taxonomy_page_title_is_the_label(library_site: Path) -> None:
    assert page(library_site, "services/facilitation/").one("h1").text == "Fasilitointi"
    assert page(library_site, "en/services/facilitation/").one("h1").text == "Facilitation"


def test_collection_keeps_the_given_order_and_unlisted_carries_noindex(library_site: Path) -> None:
    doc = page(library_site, "en/collections/for-prospect/")
    assert card_slugs(doc) == ["mid-public", "old-public", "new-private"]
    assert doc.one("h1").text == "For prospect X"
    assert doc.one("div", class_="ts-library__intro").find("em").text == "stories"
    assert doc.one("meta", name="robots").get("content") == "noindex"
    assert page(library_site, "collections/public/").find("meta", name="robots") is None


@pytest.mark.parametrize("alias_url, target", [("acme/", "../new-private/"), ("en/acme/", "../new-private/")])
def test_former_slug_redirects_to_the_case(library_site: Path, alias_url: str, target: str) -> None:
    doc = page(library_site, alias_url)
    refresh = doc.one("meta", http_equiv="refresh").get("content")
    assert refresh == f"0; url={target}"
    case_url = alias_url.replace("acme", "new-private")
    assert doc.one("link", rel="canonical").get("href") == SITE_URL + case_url
    assert doc.one("div", class_="ts-redirect").one("a").get("href") == target
    assert doc.one("meta", name="robots").get("content") == "noindex"


def test_related_cases_own_first_then_most_shared_services_at_most_three(library_site: Path) -> None:
    related = page(library_site, "mid-public/").one("section", class_="ts-related")
    # own `related` first; then by shared services (old-public shares two), then newest
    assert card_slugs(related) == ["featured-old", "old-public", "new-private"]
    unrelated = page(library_site, "unrelated/")
    assert unrelated.find("section", class_="ts-related") is None


# --- data for machines ------------------------------------------------------------------------


def test_cases_json_has_every_published_case_in_every_language(library_site: Path) -> None:
    data = json.loads((library_site / "cases.json").read_text(encoding="utf-8"))
    assert data["languages"] == ["fi", "en"]
    slugs = [c["slug"] for c in data["cases"]]
    assert sorted(slugs) == ["featured-old", "mid-public", "new-private", "old-public", "unrelated"]
    for case in data["cases"]:
        assert set(case) >= {"slug", "urls", "title", "summary", "client", "taxonomy", "date", "figures"}
        assert case["urls"] == {"fi": SITE_URL + case["slug"] + "/", "en": SITE_URL + "en/" + case["slug"] + "/"}
        assert set(case["title"]) == set(case["summary"]) == set(case["client"]["name"]) == {"fi", "en"}
        assert set(case["taxonomy"]) == {"sectors", "services", "regions", "tools", "providers"}
    acme = next(c for c in data["cases"] if c["slug"] == "new-private")
    assert acme["taxonomy"]["services"] == [{"key": "facilitation", "label": {"fi": "Fasilitointi", "en": "Facilitation"}}]
    assert acme["figures"] == [{"value": 85, "before": 60, "unit": "%", "label": {"fi": "tyytyväisiä", "en": "satisfied"}}]
    assert acme["date"] == "2024-09-01"


def test_sitemap_has_an_alternate_per_language_and_leaves_out_noindex_pages(library_site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(library_site / "sitemap.xml").getroot()
    entries = {u.find("s:loc", ns).text: u for u in root.findall("s:url", ns)}
    assert SITE_URL + "new-private/" in entries and SITE_URL + "en/new-private/" in entries
    alternates = {link.get("hreflang"): link.get("href") for link in entries[SITE_URL + "en/new-private/"].findall("x:link", ns)}
    assert alternates == {"fi": SITE_URL + "new-private/", "en": SITE_URL + "en/new-private/", "x-default": SITE_URL + "new-private/"}
    assert SITE_URL + "collections/public/" in entries
    assert not [loc for loc in entries if "for-prospect" in loc or "/acme/" in loc or "a-draft" in loc]
    for entry in entries.values():
        assert len(entry.findall("x:link", ns)) == 3


def test_structured_data_is_an_article_about_the_client_with_quotations(library_site: Path) -> None:
    scripts = page(library_site, "en/mid-public/").find_all("script", type="application/ld+json")
    data = json.loads(scripts[0].text)
    assert data["@type"] == "Article" and data["headline"] == "Title" and data["inLanguage"] == "en"
    assert data["about"] == {"@type": "Organization", "name": "Kunta C"}
    assert data["hasPart"] == [{"@type": "Quotation", "text": "Good.",
                                "creator": {"@type": "Person", "jobTitle": "Director", "name": "Pia P"}}]
    assert data["publisher"]["name"] == "Kulmia"
    assert "Review" not in json.dumps(data)


# --- figures and print -------------------------------------------------------------------------


def test_before_after_figure_is_an_inline_svg_with_the_numbers_as_text(library_site: Path) -> None:
    figure = page(library_site, "en/new-private/").one("div", class_="ts-figure")
    svg = figure.one("svg")
    assert svg.get("aria-hidden") == "true"
    bars = svg.find_all("rect")
    assert [b.get("class") for b in bars] == ["ts-chart__before", "ts-chart__after"]
    assert float(bars[0].get("width")) < float(bars[1].get("width")) == 200.0
    assert [t.text for t in svg.find_all("text")] == ["60", "85"]
    value = re.sub(r"[ \n\t]+", " ", figure.one("p", class_="ts-figure__value").text).strip()
    assert value == "60\u202f% → changed to 85\u202f%"


def print_rules() -> str:
    css = (PACKAGE / "theme" / "assets" / "tarinasto" / "tarinasto.css").read_text(encoding="utf-8")
    start = css.index("@media print")
    return css[start:]


@pytest.mark.parametrize("selector", [".md-header", ".md-sidebar", ".md-footer", ".md-search", ".md-tabs", ".ts-filters"])
def test_print_hides_the_chrome(selector: str) -> None:
    block = print_rules()
    hidden = block[: block.index("display: none !important")]
    assert selector in hidden


def test_print_shows_link_targets() -> None:
    assert 'content: " (" attr(href) ")"' in print_rules()


# --- search per language -----------------------------------------------------------------------


def test_each_language_has_its_own_search_index(seed_site: Path) -> None:
    fi = json.loads((seed_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    en = json.loads((seed_site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert fi["config"]["lang"] == ["fi"] and en["config"]["lang"] == ["en"]
    fi_text = " ".join(d["text"] for d in fi["docs"])
    en_text = " ".join(d["text"] for d in en["docs"])
    assert "Lähtötilanne" not in en_text and "asiakaskohtaamisten" in fi_text
    assert "customer encounters" in en_text and "customer encounters" not in fi_text
    assert not [d for d in fi["docs"] if d["location"].startswith("en/")]
    sections = [(d["location"], d["title"]) for d in en["docs"] if d["location"].startswith("limingan-kunta/")]
    # The client's name is in the result's title (once), not again in its text.
    assert sections == [("limingan-kunta/", "Municipality of Liminka: A new way to lead and to meet the customer"),
                        ("limingan-kunta/#starting-point", "Starting point"),
                        ("limingan-kunta/#actions", "What we did"),
                        ("limingan-kunta/#results", "Results")]
    assert [d["title"] for d in fi["docs"]][1:4] == ["Lähtötilanne", "Mitä tehtiin?", "Tulokset"]
    # Only case pages are searchable: listings would repeat every summary.
    assert {d["location"].split("/")[0] for d in en["docs"]} == {"limingan-kunta", "pirkanmaan-jatehuolto"}
    # An English page's search reads the English index.
    config = page(seed_site, "en/limingan-kunta/").one("script", id="__config")
    assert json.loads(config.text)["base"] == "../../en/"


def test_search_text_keeps_the_words_of_markdown() -> None:
    from tarinasto.site.search import plain_text

    assert plain_text("See *our* [site](https://x.fi) and\n\n- a **point**\n1. first") == "See our site and a point first"
