"""Tarinasto as a product: the wheel alone starts and builds a site, `tarinasto init`,
the public API, nothing of cases/ published whatever engine builds, and ProperDocs (the
maintained fork of MkDocs 1.6) building the same site with the same plugin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import tarinasto
import yaml

from tests.conftest import PACKAGE, REPO, TARINASTO, Project, build_site, page

BIN = Path(sys.executable).parent
UV = str(BIN / "uv")


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stdout + result.stderr
    return result


def content(site: Path, url: str) -> str:
    return page(site, url).one("article", class_="md-content__inner").text


def labels(site: Path, url: str) -> list[str]:
    return [h.text for h in page(site, url).find_all("h2") if h.get("id") in ("starting-point", "actions", "results")]


# --- tarinasto init ------------------------------------------------------------------------


def test_init_writes_the_content_of_a_site_and_nothing_of_the_product(tmp_path: Path) -> None:
    run(TARINASTO, "init", "mysite", cwd=tmp_path)
    site = tmp_path / "mysite"
    written = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert written == [".gitignore", "cases/_taxonomy.yml", "cases/example-case.yml", "mkdocs.yml",
                       "pages/.gitkeep", "schema/case.schema.json"]
    result = subprocess.run([TARINASTO, "validate"], cwd=site, capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.endswith("1 case: no problems\n")


def test_init_documents_every_option_in_mkdocs_yml(tmp_path: Path) -> None:
    from tarinasto.mkdocs.config import option_docs, option_names

    run(TARINASTO, "init", "s", cwd=tmp_path)
    text = (tmp_path / "s" / "mkdocs.yml").read_text(encoding="utf-8")
    docs = option_docs()
    assert set(docs) == set(option_names())  # every option has its documentation
    for name in option_names():
        assert f"      {name}:" in text or f"      # {name}:" in text
        first_words = " ".join(docs[name].split()[:4])
        assert first_words in " ".join(line.strip("# ") for line in text.splitlines())
    options = yaml.safe_load(text)["plugins"][1]["tarinasto"]
    assert options["languages"] == ["fi", "en"]


def test_the_options_reference_is_the_declaration() -> None:
    """docs/options.md holds each option's documentation as declared, and no other option."""
    import re

    from tarinasto.mkdocs.config import option_docs

    text = (REPO / "docs" / "options.md").read_text(encoding="utf-8")
    assert re.findall(r"^## `(\w+)`$", text, re.MULTILINE) == list(option_docs())
    flat = " ".join(text.split())
    for name, doc in option_docs().items():
        assert " ".join(doc.split()) in flat, name


@pytest.mark.parametrize("existing", ["file.txt", ".hidden"])
def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path, existing: str) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / existing).write_text("mine", encoding="utf-8")
    result = subprocess.run([TARINASTO, "init", "s"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == "tarinasto: error: s is not an empty folder; choose a new one\n"
    assert [p.name for p in (tmp_path / "s").iterdir()] == [existing]


# --- the wheel is the product -----------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run(UV, "build", "--wheel", "--no-build-isolation", "--python", sys.executable, "--quiet", "-o", out, REPO, cwd=REPO)
    return next(out.glob("tarinasto-*.whl"))


def test_the_wheel_carries_every_file_of_the_package(wheel: Path) -> None:
    import zipfile

    shipped = set(zipfile.ZipFile(wheel).namelist())
    files = [p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".mo"]
    missing = [p.relative_to(PACKAGE.parent).as_posix() for p in files
               if p.relative_to(PACKAGE.parent).as_posix() not in shipped]
    assert missing == []


def test_the_wheel_alone_in_a_new_venv_starts_and_builds_a_bilingual_site(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run(UV, "venv", "--quiet", "--python", sys.executable, venv, cwd=tmp_path)
    # The dependencies at the locked versions; nothing of the repository but the wheel.
    run(UV, "pip", "install", "--quiet", "--python", venv / "bin" / "python", wheel,
        "--constraint", REPO / "requirements.lock", cwd=tmp_path)
    located = run(venv / "bin" / "python", "-c", "import tarinasto; print(tarinasto.__file__)", cwd=tmp_path)
    assert str(REPO) not in located.stdout
    run(venv / "bin" / "tarinasto", "init", "mysite", cwd=tmp_path)
    run(venv / "bin" / "mkdocs", "build", cwd=tmp_path / "mysite")
    site = tmp_path / "mysite" / "site"
    assert labels(site, "example-case/") == ["Lähtötilanne", "Mitä tehtiin?", "Tulokset"]
    assert labels(site, "en/example-case/") == ["Starting point", "What we did", "Results"]
    assert page(site, "").one("html").get("lang") == "fi"
    assert page(site, "en/").one("input", name="query").get("placeholder") == "Search"
    assert (site / "assets" / "tarinasto" / "tarinasto.css").is_file()


# --- nothing of cases/ is published ----------------------------------------------------------


def published_sources(site: Path, cases: Path) -> list[str]:
    """The files of `site` that are a file of `cases` (same bytes) or carry a case's name."""
    sources = {p.read_bytes() for p in cases.rglob("*") if p.is_file()}
    names = {p.name for p in cases.rglob("*") if p.is_file()}
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*")
                  if p.is_file() and (p.name in names or p.read_bytes() in sources))


def hostile_folder(project: Project) -> None:
    project.add_case("published", client={"name": "Acme Oy", "sector": "private-sector", "logo": "logos/shown.svg"})
    project.add_case("a-draft", status="draft", client={"name": "Draft Oy", "sector": "private-sector"})
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'
    project.write("logos/shown.svg", svg)
    project.write("logos/unused.svg", svg)
    project.write("notes.txt", "internal notes")


def test_the_build_publishes_only_the_images_that_pages_show(project: Project) -> None:
    hostile_folder(project)
    site = build_site(project.root)
    assert published_sources(site, project.cases) == ["assets/cases/logos/shown.svg"]
    assert not (site / "a-draft").exists()


def test_an_engine_that_ignores_the_plugin_publishes_nothing_of_cases(project: Project) -> None:
    hostile_folder(project)
    config = yaml.safe_load((project.root / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = ["search"]
    (project.root / "pages" / "index.md").write_text("# Hello\n", encoding="utf-8")
    (project.root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    run(BIN / "mkdocs", "build", "--quiet", cwd=project.root)
    assert published_sources(project.root / "site", project.cases) == []


# --- ProperDocs -------------------------------------------------------------------------------


def test_properdocs_builds_the_same_site_with_the_same_plugin(project: Project) -> None:
    project.add_case("acme-oy", aliases=["acme"])
    run(BIN / "mkdocs", "build", "--quiet", "--site-dir", "by-mkdocs", cwd=project.root)
    run(BIN / "properdocs", "build", "--quiet", "-f", "mkdocs.yml", "--site-dir", "by-properdocs", cwd=project.root)
    mkdocs_site, properdocs_site = project.root / "by-mkdocs", project.root / "by-properdocs"

    def files(site: Path) -> list[str]:
        return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())

    assert files(properdocs_site) == files(mkdocs_site)
    for url in ("acme-oy/", "en/acme-oy/", "", "en/"):
        assert content(properdocs_site, url) == content(mkdocs_site, url)
    assert labels(properdocs_site, "en/acme-oy/") == ["Starting point", "What we did", "Results"]


# --- the public API ------------------------------------------------------------------------------


def test_the_public_api_is_what_the_docs_list() -> None:
    documented = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    for name in tarinasto.__all__:
        assert getattr(tarinasto, name) is not None
        assert f"`{name}`" in documented
    with pytest.raises(AttributeError):
        tarinasto.no_such_name  # noqa: B018


def test_mkdocs_build_says_each_thing_once_and_names_site(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")  # Material's own banner, as `make` runs it
    project.write_config(allow_missing_translations=True)
    project.add_case("good", title={"fi": "Otsikko"})
    result = run(BIN / "mkdocs", "build", cwd=project.root)
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    ours = [line for line in lines if "tarinasto" in line.lower()]
    assert ours == [
        "WARNING -  tarinasto: cases/good.yml:7:3: warning: title: translation missing for 'en'",
        "INFO    -  tarinasto: no contact option: the pages have no contact in their footer and the cases"
        " no invitation (docs/options.md, contact)",
        "INFO    -  tarinasto: preview cards: 4 drawn, 0 from the cache",
    ]
    assert len(lines) == len(set(lines))
    building = next(line for line in lines if "Building documentation to directory" in line)
    assert building.endswith(str(project.root / "site"))
