"""Incremental builds: a build that reuses what the cache made from the same content is the
same site, byte for byte, as a clean build; whatever input changed. Each test builds a site,
changes one kind of input, builds again with the cache, then builds once more with no cache
into another folder, and compares every file of the two."""

from __future__ import annotations

import filecmp
import logging
import re
import shutil
from pathlib import Path
from typing import Callable

import pytest
import yaml

from tests.conftest import Project, build_site, image_bytes, page

CACHE = ".tarinasto-cache"


def seed_project(root: Path) -> Project:
    """Three cases that share services (each is among the others' related cases), one of
    them with a cover picture and a former address; one case that shares nothing with them;
    a collection; a contact."""
    project = Project(root)
    project.write_config(default_provider="kulmia", contact={"email": "sales@example.com", "phone": "+358 40 123 4567"})
    project.write_bytes("images/cover.jpg", image_bytes(".jpg", size=(1400, 800)))
    for slug, title in (("alpha", "Alfa"), ("beta", "Beeta"), ("gamma", "Gamma")):
        project.add_case(slug, title={"fi": title, "en": title}, services=["facilitation", "coaching"],
                         client={"name": f"{title} Oy", "sector": "private-sector"})
    project.add_case("alpha", title={"fi": "Alfa", "en": "Alpha"}, services=["facilitation", "coaching"],
                     client={"name": "Alfa Oy", "sector": "private-sector"},
                     cover={"src": "images/cover.jpg", "alt": {"fi": "Kuva", "en": "A picture"}}, aliases=["alfa"])
    project.add_case("omega", title={"fi": "Omega", "en": "Omega"}, services=["leadership-development"],
                     client={"name": "Omegan kunta", "sector": "public-sector"})
    project.write_yaml("_collections/best.yml", {"title": {"fi": "Parhaat", "en": "The best"},
                                                 "cases": ["alpha", "omega"]})
    return project


def files_of(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*")) if p.is_file()}


def pages_log(caplog: pytest.LogCaptureFixture) -> list[tuple[int, int]]:
    """(made, reused) of each build, from the plugin's log."""
    found = [re.search(r"pages: (\d+) made, (\d+) from the cache", r.getMessage()) for r in caplog.records]
    return [(int(m.group(1)), int(m.group(2))) for m in found if m]


def assert_same_as_clean(project: Project, incremental: Path, serve: bool = False) -> None:
    shutil.rmtree(project.root / CACHE)
    clean = build_site(project.root, project.root / "clean", serve=serve)
    ours, theirs = files_of(incremental), files_of(clean)
    assert sorted(ours) == sorted(theirs), "the incremental build has other files than a clean one"
    differing = [name for name in ours if not filecmp.cmp(ours[name], theirs[name], shallow=False)]
    assert differing == [], f"stale files in the incremental build: {differing[:10]}"


def edit_yaml(path: Path, change: Callable[[dict], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def mkdocs_yml(project: Project, change: Callable[[dict], None]) -> None:
    edit_yaml(project.root / "mkdocs.yml", change)


def set_title(slug: str, fi: str) -> Callable[[Project], None]:
    def change(project: Project) -> None:
        edit_yaml(project.cases / f"{slug}.yml", lambda d: d["title"].update(fi=fi))
    return change


def relabel(project: Project) -> None:
    edit_yaml(project.cases / "_taxonomy.yml", lambda d: d["services"]["coaching"].update(fi="Uusi valmennus"))


def rename_provider(project: Project) -> None:
    edit_yaml(project.cases / "_taxonomy.yml", lambda d: d["providers"]["kulmia"].update(name="Kulmia Oy"))


def translate(project: Project) -> None:
    folder = project.root / "locales" / "fi" / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "messages.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Starting point"\nmsgstr "Alkutilanne"\n', encoding="utf-8")


def override_template(project: Project) -> None:
    folder = project.root / "theme_overrides" / "tarinasto"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "redirect.html").write_text("<h1>Siirretty</h1>", encoding="utf-8")
    mkdocs_yml(project, lambda c: c["theme"].update(custom_dir="theme_overrides"))


def change_option(project: Project) -> None:
    project.write_config(contact={"email": "sales@example.com", "phone": "+358 40 765 4321"})


def change_theme(project: Project) -> None:
    mkdocs_yml(project, lambda c: c["theme"].update(features=["search.suggest"]))


def add_case(project: Project) -> None:
    project.add_case("delta", title={"fi": "Delta", "en": "Delta"}, services=["coaching"],
                     client={"name": "Delta Oy", "sector": "private-sector"})


def remove_case(project: Project) -> None:
    (project.cases / "gamma.yml").unlink()


def make_draft(project: Project) -> None:
    edit_yaml(project.cases / "beta.yml", lambda d: d.update(status="draft"))


def new_cover(project: Project) -> None:
    project.write_bytes("images/cover.jpg", image_bytes(".jpg", size=(1600, 900)))


def drop_alias(project: Project) -> None:
    edit_yaml(project.cases / "alpha.yml", lambda d: d.pop("aliases"))


def hand_written_page(project: Project) -> None:
    (project.root / "pages" / "about.md").write_text("# Meistä\n", encoding="utf-8")
    mkdocs_yml(project, lambda c: c.update(nav=[{"": "index.md"}, {"Meistä": "about.md"}]))


GONE = "the page is gone"
CHANGED = "the page is made again"
# (name, change, a page, and what it shows after the change)
CHANGES = [
    ("a case's title", set_title("alpha", "Alfa uudelleen"), "alpha/", "Alfa uudelleen"),
    ("a related case's title", set_title("beta", "Beeta uudelleen"), "gamma/", "Beeta uudelleen"),
    ("a taxonomy label", relabel, "gamma/", "Uusi valmennus"),
    ("a provider's name", rename_provider, "gamma/", "Kulmia Oy"),
    ("a catalogue message", translate, "gamma/", "Alkutilanne"),
    ("a template of the site", override_template, "alfa/", "Siirretty"),
    ("an option", change_option, "gamma/", "+358 40 765 4321"),
    ("the theme settings", change_theme, "gamma/", CHANGED),
    ("a new case", add_case, "gamma/", "Delta"),
    ("a removed case", remove_case, "gamma/", GONE),
    ("a case made a draft", make_draft, "beta/", GONE),
    ("a cover picture's content", new_cover, "alpha/", CHANGED),
    ("a removed alias", drop_alias, "alfa/", GONE),
    ("a hand-written page in the navigation", hand_written_page, "gamma/", "Meistä"),
]


@pytest.mark.parametrize(("name", "change", "url", "shown"), CHANGES, ids=[c[0] for c in CHANGES])
def test_an_incremental_build_is_a_clean_build(tmp_path: Path, caplog: pytest.LogCaptureFixture, name: str,
                                              change: Callable[[Project], None], url: str, shown: str) -> None:
    caplog.set_level(logging.INFO)
    project = seed_project(tmp_path)
    site = build_site(project.root)
    assert not pages_log(caplog), "a first build has no cache to reuse"
    build_site(project.root)
    made, reused = pages_log(caplog)[-1]
    assert reused > made, "an unchanged site is reused from the cache, but for its libraries"
    before = (site / url / "index.html").read_bytes()

    change(project)
    build_site(project.root)
    path = site / url / "index.html"
    if shown == GONE:
        assert not path.exists(), f"{url} is gone from the site"
    elif shown == CHANGED:
        assert path.read_bytes() != before, f"{url} was made again"
    else:
        assert shown in path.read_text(encoding="utf-8")
    assert_same_as_clean(project, site)


SERVED = [c for c in CHANGES if c[0] in ("a case's title", "a taxonomy label", "a removed case", "a removed alias",
                                          "a new case", "an option")]


@pytest.mark.parametrize(("name", "change", "url", "shown"), SERVED, ids=[c[0] for c in SERVED])
def test_a_rebuild_of_mkdocs_serve_is_a_clean_build(tmp_path: Path, name: str, change: Callable[[Project], None],
                                                    url: str, shown: str) -> None:
    """`mkdocs serve` merges each rebuild into the folder it serves: what a case no longer
    has (a removed page, a former address) is gone from it, and nothing in it is stale."""
    project = seed_project(tmp_path)
    served = build_site(project.root, project.root / "served", serve=True)
    change(project)
    build_site(project.root, served, serve=True)
    path = served / url / "index.html"
    if shown == GONE:
        assert not path.exists()
    elif shown != CHANGED:
        assert shown in path.read_text(encoding="utf-8")
    assert_same_as_clean(project, served, serve=True)


def test_an_edit_of_a_case_makes_only_the_pages_that_show_it(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Its own pages, the listings it is on, the related cases that name it; not the cases
    it has nothing to do with, whose files the new site takes from the old one as they are."""
    caplog.set_level(logging.INFO)
    project = seed_project(tmp_path)
    site = build_site(project.root)
    inode = {url: (site / url / "index.html").stat().st_ino for url in ("omega/", "en/omega/", "beta/", "alpha/")}
    set_title("alpha", "Alfa uudelleen")(project)
    build_site(project.root)
    made, reused = pages_log(caplog)[-1]
    assert made > 0 and reused > 0
    assert "Alfa uudelleen" in (site / "beta" / "index.html").read_text(encoding="utf-8")  # related
    assert "Alfa uudelleen" in page(site, "").text  # the library
    assert (site / "omega" / "index.html").stat().st_ino == inode["omega/"]
    assert (site / "en" / "omega" / "index.html").stat().st_ino == inode["en/omega/"]
    assert (site / "beta" / "index.html").stat().st_ino != inode["beta/"]
    assert (site / "alpha" / "index.html").stat().st_ino != inode["alpha/"]
    assert_same_as_clean(project, site)


def test_a_label_changed_in_one_language_makes_only_that_languages_pages(tmp_path: Path) -> None:
    """A page keys the labels as it shows them: the Finnish label of a service changed, the
    English pages of the cases that have it are taken from the old site as they are."""
    project = seed_project(tmp_path)
    site = build_site(project.root)
    inode = {url: (site / url / "index.html").stat().st_ino for url in ("gamma/", "en/gamma/", "", "en/")}
    relabel(project)
    build_site(project.root)
    assert "Uusi valmennus" in page(site, "gamma/").text
    assert (site / "gamma" / "index.html").stat().st_ino != inode["gamma/"]
    assert (site / "en" / "gamma" / "index.html").stat().st_ino == inode["en/gamma/"]
    assert_same_as_clean(project, site)


def test_a_site_changed_by_hand_is_not_taken_as_it_is(tmp_path: Path) -> None:
    """A file of site/ that someone changed after the build is written anew, not linked."""
    project = seed_project(tmp_path)
    site = build_site(project.root)
    (site / "omega" / "index.html").write_text("changed by hand", encoding="utf-8")
    build_site(project.root)
    assert "changed by hand" not in (site / "omega" / "index.html").read_text(encoding="utf-8")
    assert_same_as_clean(project, site)


def test_a_serve_build_and_a_publish_build_do_not_share_pages(tmp_path: Path) -> None:
    """`mkdocs serve` shows drafts: its pages are never published by `mkdocs build`."""
    project = seed_project(tmp_path)
    make_draft(project)
    served = build_site(project.root, project.root / "served", serve=True)
    assert (served / "beta" / "index.html").is_file()
    published = build_site(project.root)
    assert not (published / "beta" / "index.html").exists()
    assert_same_as_clean(project, published)


def test_a_cache_deleted_in_part_is_made_whole_again(tmp_path: Path) -> None:
    """The site may delete its cache, or any file of it, at any time."""
    project = seed_project(tmp_path)
    site = build_site(project.root)
    entries = sorted(p for p in (project.root / CACHE).rglob("*") if p.is_file())
    assert any("pages" in p.parts for p in entries) and any("images" in p.parts for p in entries)
    for entry in entries[::2]:
        entry.unlink()
    build_site(project.root)
    assert_same_as_clean(project, site)


def test_the_cache_forgets_what_no_build_has_used_for_a_week(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The cache is bounded: a `mkdocs build` removes the pages and images that it did not
    use and that are more than a week old; what it used stays, however old."""
    import os
    import time

    project = seed_project(tmp_path)
    build_site(project.root)
    set_title("alpha", "Alfa uudelleen")(project)
    build_site(project.root)
    entries = [p for p in (project.root / CACHE).rglob("*") if p.is_file() and re.fullmatch(r"[0-9a-f]{64}", p.name)]
    week_ago = time.time() - 8 * 24 * 3600
    for entry in entries:
        os.utime(entry, (week_ago, week_ago))
    site = build_site(project.root)
    left = {p.name for p in (project.root / CACHE).rglob("*") if p.is_file() and re.fullmatch(r"[0-9a-f]{64}", p.name)}
    assert left < {p.name for p in entries}, "the old title's pages are gone"
    assert left, "what this build used stays"
    caplog.set_level(logging.INFO)
    caplog.clear()
    build_site(project.root)  # and is still enough for the next build: nothing made again
    assert pages_log(caplog) == [(2, len(list(site.rglob("index.html"))) - 2)]  # but the libraries
    assert any("0 drawn" in r.getMessage() for r in caplog.records)
    assert_same_as_clean(project, site)
