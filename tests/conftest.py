"""Shared fixtures: small real projects in temporary folders."""

from __future__ import annotations

import copy
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from tests.htmltree import Element

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "plugins" / "tarinasto"

TAXONOMY: dict[str, Any] = {
    "sectors": {"public-sector": {"fi": "Julkinen sektori", "en": "Public sector"},
                "private-sector": {"fi": "Yksityinen sektori", "en": "Private sector"}},
    "services": {"facilitation": {"fi": "Fasilitointi", "en": "Facilitation"},
                 "coaching": {"fi": "Valmennus", "en": "Coaching"},
                 "leadership-development": {"fi": "Johtamisen kehittäminen", "en": "Leadership development"}},
    "regions": {"uusimaa": {"fi": "Uusimaa", "en": "Uusimaa"}},
    "tools": {"disc": {"fi": "DiSC", "en": "DiSC"}},
    "providers": {"kulmia": {"name": "Kulmia", "website": "https://www.kulmia.fi"}},
}

CASE: dict[str, Any] = {
    "status": "published",
    "date": "2024-05-13",
    "client": {"name": "Acme Oy", "sector": "private-sector"},
    "title": {"fi": "Otsikko", "en": "Title"},
    "summary": {"fi": "Tiivistelmä.", "en": "Summary."},
    "services": ["facilitation"],
    "starting_point": {"text": {"fi": "Alku.", "en": "Start."}},
    "actions": {"points": [{"fi": "Tehtiin.", "en": "Done."}]},
    "results": {"points": [{"fi": "Tulos.", "en": "Result."}]},
}


def case_data(**changes: Any) -> dict[str, Any]:
    """A valid case, with top-level fields replaced."""
    data = copy.deepcopy(CASE)
    data.update(changes)
    return data


class Project:
    """A Tarinasto project in a folder: mkdocs.yml, cases/, taxonomy."""

    def __init__(self, root: Path):
        self.root = root
        self.cases = root / "cases"
        self.cases.mkdir(parents=True, exist_ok=True)
        (root / "pages").mkdir(exist_ok=True)  # MkDocs' docs_dir: hand-written pages, none here
        self.options: dict[str, Any] = {}
        self.write_yaml("_taxonomy.yml", TAXONOMY)
        self.write_config()

    def write_config(self, **options: Any) -> None:
        self.options.update(options)
        config = {
            "site_name": "Test cases",
            "site_url": "https://cases.example.com/",
            "docs_dir": "pages",
            "theme": {"name": "material", "font": False},
            "plugins": ["search", {"tarinasto": dict(self.options)}],
        }
        (self.root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")

    def write(self, name: str, text: str) -> Path:
        path = self.cases / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def write_bytes(self, name: str, data: bytes) -> Path:
        path = self.cases / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    def add_image(self, name: str, **options: Any) -> Path:
        """A real, small image of the kind the name's extension says."""
        return self.write_bytes(name, image_bytes(Path(name).suffix, **options))

    def write_yaml(self, name: str, data: Any) -> Path:
        return self.write(name, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))

    def add_case(self, slug: str, **changes: Any) -> Path:
        return self.write_yaml(f"{slug}.yml", case_data(**changes))


SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48"><rect width="48" height="48" rx="8" fill="#123c46"/></svg>\n'


def image_bytes(suffix: str, size: tuple[int, int] = (48, 48), **save: Any) -> bytes:
    """A small picture as the bytes of a .svg, .png, .jpg or .webp file."""
    if suffix.lower() == ".svg":
        return SVG.encode()
    from io import BytesIO

    from PIL import Image

    image = Image.new("RGB", size, (18, 60, 70))
    out = BytesIO()
    kind = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}[suffix.lower()]
    image.save(out, format=kind, **save)
    return out.getvalue()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """An empty valid project, with the working folder set to its root."""
    monkeypatch.chdir(tmp_path)
    return Project(tmp_path)


@pytest.fixture
def run_cli(project: Project) -> Callable[..., tuple[int, str]]:
    """Run `tarinasto ...` in-process from the project root; returns (exit status, output)."""
    from contextlib import redirect_stderr, redirect_stdout
    from io import StringIO

    from tarinasto.cli import main

    def run(*args: str) -> tuple[int, str]:
        out = StringIO()
        with redirect_stdout(out), redirect_stderr(out):
            code = main(list(args))
        return code, out.getvalue()

    return run


TARINASTO = str(Path(os.environ.get("VIRTUAL_ENV", REPO / ".venv")) / "bin" / "tarinasto")


# --- a valid case and its diagnostics ------------------------------------------------

BASE_CASE = """\
status: published
date: 2024-05-13
client:
  name: Acme Oy
  sector: private-sector
title: {fi: Otsikko, en: Title}
summary: {fi: Tiivistelmä., en: Summary.}
services: [facilitation]
starting_point:
  text: {fi: Alku., en: Start.}
actions:
  points:
    - {fi: Tehtiin., en: Done.}
results:
  points:
    - {fi: Tulos., en: Result.}
"""
"""A valid case as literal YAML, for the tests of the command line and the loader. The exact
diagnostics of each rule are golden files (tests/golden/), which write out their own texts."""


def diagnostics() -> list[str]:
    """Every diagnostic line for the project in the working folder, as `validate` prints them."""
    from tarinasto import load_library, load_settings

    return [d.format() for d in load_library(load_settings()).report]


# --- building real sites ---------------------------------------------------------------

def build_site(root: Path, site_dir: Path | None = None, *, serve: bool = False) -> Path:
    """`mkdocs build` of the project at `root`, in-process; returns the site folder."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site_dir = site_dir or root / "site"
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(site_dir))
    config.plugins.on_startup(command="serve" if serve else "build", dirty=False)
    try:
        build(config, serve_url="http://127.0.0.1:8000/" if serve else None)
    finally:
        config.plugins.on_shutdown()
    return site_dir


def page(site: Path, url: str) -> "Element":
    """The parsed page at a site URL (`en/limingan-kunta/`)."""

    from tests.htmltree import parse

    path = site / url / "index.html" if url.endswith("/") or url == "" else site / url
    return parse(path.read_text(encoding="utf-8"))


SEED_SITE = Path(__file__).parent / "fixtures" / "seed-site"
"""The tests' copy of the example site: its mkdocs.yml, its two cases, taxonomy and collection."""


def write_seed_site(root: Path) -> Path:
    """The seed site's project at `root`; returns `root`."""
    shutil.copytree(SEED_SITE, root, dirs_exist_ok=True)
    (root / "pages").mkdir(exist_ok=True)
    return root


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed site, built once for the session."""
    return build_site(write_seed_site(tmp_path_factory.mktemp("seed-site")))
