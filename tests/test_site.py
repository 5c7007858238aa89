"""The bilingual site: real `mkdocs build`s, checked on the parsed HTML (docs/site.md)."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tests.conftest import PACKAGE, SEED_SITE, Project, build_site, page
from tests.htmltree import parse

NBSP = "\u00a0"
SLUGS = ["limingan-kunta", "pirkanmaan-jatehuolto"]


def resolve(base_url: str, href: str) -> str:
    """A relative link on the page at `base_url`, as a site URL."""
    from urllib.parse import urljoin

    return urljoin("https://x/" + base_url, href).removeprefix("https://x/")


# --- the seed site (tests/fixtures/seed-site) ----------------------------------------------


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_every_url_of_site_md_exists_for_every_case_and_language(seed_site: Path, prefix: str) -> None:
    assert (seed_site / prefix / "index.html").is_file()
    for slug in SLUGS:
        assert (seed_site / prefix / slug / "index.html").is_file()
    cases = json.loads((seed_site / "cases.json").read_text(encoding="utf-8"))["cases"]
    for case in cases:
        for taxonomy, keys in case["taxonomy"].items():
            for key in keys:
                assert (seed_site / prefix / taxonomy / key["key"] / "index.html").is_file(), (taxonomy, key)
    assert (seed_site / prefix / "404.html").is_file()


@pytest.mark.parametrize("url, lang", [("", "fi"), ("en/", "en"), ("limingan-kunta/", "fi"),
                                       ("en/limingan-kunta/", "en"), ("en/services/facilitation/", "en")])
def test_html_lang_is_the_page_language(seed_site: Path, url: str, lang: str) -> None:
    assert page(seed_site, url).one("html").get("lang") == lang


def test_interface_is_in_the_page_language(seed_site: Path) -> None:
    fi, en = page(seed_site, "limingan-kunta/"), page(seed_site, "en/limingan-kunta/")
    assert [h.text for h in fi.find_all("h2", id="starting-point")] == ["Lähtötilanne"]
    assert [h.text for h in en.find_all("h2", id="starting-point")] == ["Starting point"]
    assert fi.one("h2", id="actions").text == "Mitä tehtiin?"
    assert en.one("h2", id="results").text == "Results"
    # Material's own strings come from its catalogue of the page's language.
    assert fi.one("input", name="query").get("placeholder") == "Hae"
    assert en.one("input", name="query").get("placeholder") == "Search"
    # The site's name (option site_names) and the header's home link follow the language too.
    assert fi.one("title").text.endswith("– Asiakastarinat")
    assert en.one("title").text.endswith("– Customer stories")
    assert {resolve("en/limingan-kunta/", a.get("href")) for a in en.find_all("a", class_="md-logo")} == {"en/"}


@pytest.mark.parametrize("slug", SLUGS)
def test_language_switcher_leads_to_the_same_page(seed_site: Path, slug: str) -> None:
    for url, other_lang, other_url in [(f"{slug}/", "en", f"en/{slug}/"), (f"en/{slug}/", "fi", f"{slug}/")]:
        links = page(seed_site, url).find_all("a", class_="md-select__link")
        targets = {a.get("hreflang"): resolve(url, a.get("href")) for a in links}
        assert targets[other_lang] == other_url
        assert set(targets) == {"fi", "en"}


def test_alternates_x_default_and_canonical(seed_site: Path) -> None:
    doc = page(seed_site, "en/limingan-kunta/")
    alternates = {link.get("hreflang"): link.get("href") for link in doc.find_all("link", rel="alternate")
                  if link.get("type") is None}  # the feed's link has its type
    assert alternates == {
        "fi": "https://tarinat.example.fi/limingan-kunta/",
        "en": "https://tarinat.example.fi/en/limingan-kunta/",
        "x-default": "https://tarinat.example.fi/limingan-kunta/",
    }
    assert doc.one("link", rel="canonical").get("href") == "https://tarinat.example.fi/en/limingan-kunta/"


def test_meta_description_is_the_summary(seed_site: Path) -> None:
    case = yaml.safe_load((SEED_SITE / "cases" / "limingan-kunta.yml").read_text(encoding="utf-8"))
    for url, lang in [("limingan-kunta/", "fi"), ("en/limingan-kunta/", "en")]:
        assert page(seed_site, url).one("meta", name="description").get("content") == case["summary"][lang]


def test_numbers_and_dates_are_formatted_per_language(seed_site: Path) -> None:
    fi, en = page(seed_site, "limingan-kunta/"), page(seed_site, "en/limingan-kunta/")
    def facts(doc):  # type: ignore[no-untyped-def]
        return {d.one("dt").text: d.one("dd").text.strip() for d in doc.one("dl", class_="ts-facts__list").find_all("div")}

    assert facts(fi)["Asukkaita"] == f"10{NBSP}000"
    assert facts(en)["Residents"] == "10,000"
    assert facts(fi)["Julkaistu"] == "13. toukokuuta 2024"
    assert facts(en)["Published"] == "May 13, 2024"
    # The figure that only repeats the client's size is left to the facts; the result stays.
    assert [p.text.strip() for p in fi.find_all("p", class_="ts-figure__value")] == ["yli 6"]
    assert [p.text.strip() for p in en.find_all("p", class_="ts-figure__value")] == ["over 6"]


def test_case_page_shows_the_whole_story(seed_site: Path) -> None:
    doc = page(seed_site, "pirkanmaan-jatehuolto/")
    assert doc.one("h1").text == "Yhteistyökulttuuria kehittämällä parannettiin henkilöstö- ja asiakaskokemusta"
    headings = [h.text for h in doc.find_all("h3", class_="ts-section__heading")]
    assert headings == ["Asiakaskokemus tarvitsee onnistuakseen jatkuvaa kehittymistä",
                        "Jokainen muutos vaikuttaa kokonaisuuteen"]
    people = [s.text for s in doc.find_all("span", class_="ts-quote__person")]
    assert "Katja Rekonius" in people and "Harri Kallio" in people
    assert len(doc.find_all("figure", class_="ts-quote")) == 3
    sections = [s.one("h2").get("id") for s in doc.find_all("section", class_="ts-section")]
    assert sections == ["starting-point", "actions", "results"]


def test_generated_pages_stay_out_of_the_navigation(seed_site: Path) -> None:
    nav_links = page(seed_site, "limingan-kunta/").find_all("a", class_="md-nav__link")
    assert not [a for a in nav_links if "pirkanmaan" in (a.get("href") or "")]


def test_no_request_to_another_host(seed_site: Path) -> None:
    for html in seed_site.rglob("*.html"):
        doc = parse(html.read_text(encoding="utf-8"))
        for element in doc.find_all("link") + doc.find_all("script") + doc.find_all("img"):
            if element.tag == "link" and element.get("rel") in ("canonical", "alternate"):
                continue
            url = element.get("href") or element.get("src") or ""
            assert "://" not in url, (html, url)


# --- fixture sites -------------------------------------------------------------------------


def hostile_project(project: Project) -> Project:
    project.add_case(
        "hostile",
        title={"fi": "<script>alert('t')</script> otsikko", "en": "<b>bold</b> & title"},
        client={"name": "Evil \"Corp\" <img src=x onerror=alert(1)>", "sector": "private-sector",
                "about": {"fi": "Raw <script>alert(2)</script> and <iframe src=x></iframe>",
                          "en": "[safe](https://example.com) <a href='javascript:alert(3)'>x</a>"}},
        quotes=[{"text": {"fi": "</blockquote><script>alert(4)</script>", "en": "Quote"},
                 "role": {"fi": "Rooli", "en": "Role"}}],
    )
    return project


def test_hostile_content_is_shown_as_text(project: Project) -> None:
    site = build_site(hostile_project(project).root)
    for url in ("hostile/", "en/hostile/", "", "en/"):
        doc = page(site, url)
        for script in doc.find_all("script"):
            if script.get("type") == "application/ld+json":
                assert "<" not in script.text  # data, and no text can close the element
                json.loads(script.text)
            else:
                assert "alert" not in script.text, (url, script.text)
        assert not doc.find_all("iframe")
        assert not [img for img in doc.find_all("img") if img.get("onerror")]
        assert not [a for a in doc.find_all("a") if (a.get("href") or "").startswith("javascript")]
    # Material shows search results as HTML: the index holds the texts escaped.
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    story = next(d for d in index["docs"] if d["location"] == "hostile/")
    assert story["title"] == ('Evil &quot;Corp&quot; &lt;img src=x onerror=alert(1)&gt;: '
                              '&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt; otsikko')
    assert "<" not in json.dumps(index["docs"])
    doc = page(site, "hostile/")
    assert doc.one("h1").text == "<script>alert('t')</script> otsikko"
    assert "<script>alert(2)</script>" in doc.one("section", class_="ts-about").text
    assert "</blockquote><script>alert(4)</script>" in doc.find("blockquote").text
    assert doc.one("title").text.startswith("<script>alert('t')</script> otsikko")
    english = page(site, "en/hostile/")
    assert english.one("meta", property="og:title").get("content") == "<b>bold</b> & title"
    client = english.one("span", class_="ts-hero__client").text
    assert english.one("meta", property="og:image:alt").get("content") == f"{client}: <b>bold</b> & title"
    # The feed holds the same texts, escaped by its serializer and read back whole.
    entry = ET.parse(site / "en" / "feed.xml").getroot().find("{http://www.w3.org/2005/Atom}entry")
    assert entry is not None and entry.findtext("{http://www.w3.org/2005/Atom}title") == "<b>bold</b> & title"


def test_drafts_are_left_out_of_build_and_marked_in_serve(project: Project, tmp_path: Path) -> None:
    project.add_case("published-one")
    project.add_case("draft-one", status="draft")
    site = build_site(project.root, tmp_path / "built")
    assert (site / "published-one" / "index.html").is_file()
    assert not (site / "draft-one").exists()
    assert "draft-one" not in (site / "cases.json").read_text(encoding="utf-8")
    assert "draft-one" not in (site / "index.html").read_text(encoding="utf-8")
    preview = build_site(project.root, tmp_path / "served", serve=True)
    assert page(preview, "draft-one/").one("p", class_="ts-draft")
    assert not page(preview, "published-one/").find("p", class_="ts-draft")


def test_a_failing_build_leaves_the_previous_site_untouched(project: Project) -> None:
    from mkdocs.exceptions import Abort

    project.add_case("good")
    site = build_site(project.root)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    project.write("broken.yml", "status: published\ndate: 2024-05-13\nqoutes: []\n")
    with pytest.raises(Abort):
        build_site(project.root)
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before


def test_mkdocs_build_fails_with_the_validator_diagnostics_and_no_traceback(project: Project) -> None:
    project.add_case("good")
    project.add_case("broken", status="publshed")
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    built = subprocess.run([mkdocs, "build"], cwd=project.root, capture_output=True, text=True)
    tarinasto = str(Path(sys.executable).parent / "tarinasto")
    validated = subprocess.run([tarinasto, "validate"], cwd=project.root, capture_output=True, text=True)
    assert built.returncode != 0 and validated.returncode == 1
    output = built.stdout + built.stderr
    assert "Traceback" not in output
    diagnostics = [line for line in validated.stdout.splitlines() if ": error: " in line]
    assert diagnostics == ["cases/broken.yml:1:9: error: status: expected one of draft, published, "
                           "got the text 'publshed'; did you mean 'published'?"]
    assert diagnostics[0] in output
    assert not (project.root / "site").exists()


def test_a_third_language_needs_no_code_change(project: Project) -> None:
    project.write_config(languages=["fi", "en", "sv"])
    taxonomy = yaml.safe_load((project.cases / "_taxonomy.yml").read_text(encoding="utf-8"))
    for name in ("sectors", "services", "regions", "tools"):
        for label in taxonomy[name].values():
            label["sv"] = label["en"] + " (sv)"
    project.write_yaml("_taxonomy.yml", taxonomy)
    sv = lambda fi, en, sv_text: {"fi": fi, "en": en, "sv": sv_text}  # noqa: E731
    project.add_case(
        "kolmikielinen",
        client={"name": "Acme Oy", "sector": "private-sector", "size": {"employees": 12500}},
        title=sv("Otsikko", "Title", "Rubrik"),
        summary=sv("Tiivistelmä.", "Summary.", "Sammanfattning."),
        starting_point={"text": sv("Alku.", "Start.", "Början.")},
        actions={"points": [sv("Tehtiin.", "Done.", "Gjort.")]},
        results={"points": [sv("Tulos.", "Result.", "Resultat.")]},
    )
    site = build_site(project.root)
    doc = page(site, "sv/kolmikielinen/")
    assert doc.one("html").get("lang") == "sv"
    assert doc.one("h1").text == "Rubrik"
    assert doc.one("h2", id="starting-point").text == "Utgångsläge"
    assert doc.one("time").text == "13 maj 2024"
    assert f"12{NBSP}500" in [dd.text for dd in doc.find_all("dd")]
    hreflangs = {a.get("hreflang") for a in doc.find_all("a", class_="md-select__link")}
    assert hreflangs == {"fi", "en", "sv"}
    assert (site / "sv" / "index.html").is_file() and (site / "sv" / "404.html").is_file()


def test_missing_translation_shows_default_language_marked(project: Project) -> None:
    project.write_config(allow_missing_translations=True)
    project.add_case("partial", title={"fi": "Vain suomeksi"})
    site = build_site(project.root)
    span = page(site, "en/partial/").one("h1").find("span")
    assert span is not None and span.get("lang") == "fi" and span.text == "Vain suomeksi"


def test_not_found_page_per_language(seed_site: Path) -> None:
    fi, en = parse((seed_site / "404.html").read_text("utf-8")), parse((seed_site / "en" / "404.html").read_text("utf-8"))
    assert fi.one("html").get("lang") == "fi" and fi.find("h1").text == "Sivua ei löytynyt"
    assert en.one("html").get("lang") == "en" and en.find("h1").text == "Page not found"
    # Served at any depth: its stylesheet links are absolute.
    assert all(link.get("href", "").startswith("/") for link in en.find_all("link", rel="stylesheet"))


def test_a_site_needs_no_theme_folder_and_overrides_single_files(project: Project) -> None:
    """The templates and catalogues come from the package; a site's own `custom_dir` and
    `locales/` replace one file or one message of them, and leave the rest alone."""
    project.add_case("good")
    plain = build_site(project.root, project.root / "plain")
    assert page(plain, "good/").one("h2", id="starting-point").text == "Lähtötilanne"
    assert page(plain, "good/").find("p", class_="ts-back") is not None

    overrides = project.root / "theme_overrides"
    (overrides / "tarinasto").mkdir(parents=True)
    (overrides / "tarinasto" / "redirect.html").write_text("<p>own redirect</p>", encoding="utf-8")
    (overrides / "partials").mkdir()
    (overrides / "partials" / "footer.html").write_text('<div class="own-footer">Oma</div>', encoding="utf-8")
    (project.root / "locales" / "fi" / "LC_MESSAGES").mkdir(parents=True)
    (project.root / "locales" / "fi" / "LC_MESSAGES" / "messages.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Starting point"\nmsgstr "Alkutilanne"\n', encoding="utf-8")
    config = yaml.safe_load((project.root / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = "theme_overrides"
    (project.root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    project.add_case("good", aliases=["old-good"])
    own = build_site(project.root, project.root / "own")
    fi = page(own, "good/")
    assert fi.one("h2", id="starting-point").text == "Alkutilanne"  # the site's own message
    assert fi.one("h2", id="actions").text == "Mitä tehtiin?"  # the package's, not overridden
    assert page(own, "en/good/").one("h2", id="starting-point").text == "Starting point"
    assert fi.one("div", class_="own-footer").text == "Oma"  # a Material partial of the site's
    assert "own redirect" in (own / "old-good" / "index.html").read_text(encoding="utf-8")
    assert fi.find("p", class_="ts-back") is not None  # case.html still the package's


def test_a_quote_in_quote_marks_is_shown_in_the_pages_marks_only(project: Project) -> None:
    """The stylesheet puts a mark before every quote; the writer's own marks are left out."""
    project.add_case("acme", quotes=[
        {"text": {"fi": "”Nyt asiakas saa vastauksen heti.”", "en": "«Now the customer gets an answer.»"},
         "role": {"fi": "Johtaja", "en": "Director"}, "highlight": True},
        {"text": {"fi": "Sanoimme ”hyvä” ja ”huono”.", "en": "It was \"good\"."},
         "role": {"fi": "Johtaja", "en": "Director"}},
    ])
    site = build_site(project.root)
    assert [q.text for q in page(site, "acme/").find_all("blockquote")] == [
        "Nyt asiakas saa vastauksen heti.", "Sanoimme ”hyvä” ja ”huono”."]
    assert [q.text for q in page(site, "en/acme/").find_all("blockquote")] == [
        "Now the customer gets an answer.", "It was \"good\"."]
    css = (PACKAGE / "theme" / "assets" / "tarinasto" / "tarinasto.css").read_text(encoding="utf-8")
    assert '.ts-quote blockquote p::before { content: "\\201D"' in css
