"""Hostile content (docs/safety.md): everything under cases/ is untrusted. Links out of the
folder, special files, images that carry scripts or are not what they say, diagnostics that
try to forge lines, configuration mistakes, and builds that fail half-way."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import BASE_CASE, TARINASTO, Project, build_site, diagnostics, image_bytes

MKDOCS = str(Path(sys.executable).parent / "mkdocs")


def case_with_logo(project: Project, logo: str, slug: str = "acme") -> None:
    project.write(f"{slug}.yml", BASE_CASE.replace("  sector: private-sector\n",
                                                   f"  sector: private-sector\n  logo: {logo}\n"))


def validate(project: Project) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TARINASTO, "validate"], cwd=project.root, capture_output=True, text=True, timeout=60)


# --- the cases folder is a closed world ------------------------------------------------------


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the project, with things no case may reach."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.yml").write_text(BASE_CASE, encoding="utf-8")
    (folder / "secret.svg").write_bytes(image_bytes(".svg"))
    (folder / "pages").mkdir()
    (folder / "pages" / "index.md").write_text("# secret page\n", encoding="utf-8")
    return folder


def test_a_case_file_that_links_outside_is_an_error_naming_the_link(project: Project, outside: Path) -> None:
    (project.cases / "stolen.yml").symlink_to(outside / "secret.yml")
    assert diagnostics() == [
        "cases/stolen.yml:1:1: error: this link leads outside cases/; copy the file into the folder instead"]


def test_a_folder_that_links_outside_is_an_error_and_nothing_of_it_is_published(project: Project, outside: Path) -> None:
    (project.cases / "logos").symlink_to(outside)
    project.add_case("good")
    assert diagnostics() == [
        "cases/logos:1:1: error: this link leads outside cases/; copy the file into the folder instead"]
    project.write("logos-real/ok.svg", image_bytes(".svg").decode())


def test_a_logo_through_a_link_out_of_the_folder_is_an_error(project: Project, outside: Path) -> None:
    (project.cases / "logo.svg").symlink_to(outside / "secret.svg")
    case_with_logo(project, "logo.svg")
    assert diagnostics() == [
        "cases/acme.yml:6:9: error: client.logo: 'logo.svg' points outside cases/; keep images inside it",
        "cases/logo.svg:1:1: error: this link leads outside cases/; copy the file into the folder instead",
    ]


def test_links_inside_the_folder_are_followed_once_and_loops_are_errors(project: Project) -> None:
    project.add_image("images/acme.svg")
    (project.cases / "logos").symlink_to(project.cases / "images")
    (project.cases / "images" / "again").symlink_to(project.cases / "images")
    case_with_logo(project, "logos/acme.svg")
    assert diagnostics() == [
        "cases/images/again:1:1: error: this link leads back into a folder that contains it; remove the link",
        "cases/logos/again:1:1: error: this link leads back into a folder that contains it; remove the link",
    ]


def test_a_broken_link_is_an_error_not_a_traceback(project: Project) -> None:
    (project.cases / "gone.yml").symlink_to(project.cases / "nowhere.yml")
    project.add_case("good")
    found = diagnostics()
    assert found == ["cases/gone.yml:1:1: error: this link leads outside cases/; copy the file into the folder instead"] or \
        found[0].startswith("cases/gone.yml:1:1: error: cannot follow this link")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_special_files_are_never_read(project: Project) -> None:
    os.mkfifo(project.cases / "pipe.yml")  # reading it would wait forever
    os.mkfifo(project.cases / "logo.svg")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(project.cases / "sock.yaml"))
        (project.cases / "zero.yml").symlink_to("/dev/zero")  # reading it would never end
        case_with_logo(project, "logo.svg")
        result = validate(project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.splitlines()[:-1] == [
        "cases/acme.yml:6:9: error: client.logo: cases/logo.svg is not a regular file; use an image file",
        "cases/pipe.yml:1:1: error: this is not a regular file (a pipe, socket or device); remove it",
        "cases/sock.yaml:1:1: error: this is not a regular file (a pipe, socket or device); remove it",
        "cases/zero.yml:1:1: error: this link leads outside cases/; copy the file into the folder instead",
    ]


def test_yaml_looking_entries_out_of_place_are_errors_never_skipped(project: Project) -> None:
    project.write("Acme.YML", BASE_CASE)
    project.write("notes/beta.yml", BASE_CASE)
    project.write("_collections/old/kunnat.yml", "title: x\n")
    (project.cases / "folder.yml").mkdir()
    project.write("_notes.yml", "scratch: [not a case\n")  # `_` files are never cases: not read
    assert diagnostics() == [
        "cases/Acme.YML:1:1: error: write the extension in lowercase: rename it to Acme.yml",
        "cases/_collections/old/kunnat.yml:1:1: error: a case file in _collections/ is not read: cases go"
        " directly in the cases folder, collections directly in _collections/",
        "cases/folder.yml:1:1: error: this is a folder, not a case file; rename it or move its files",
        "cases/notes/beta.yml:1:1: error: a case file in a subfolder is not read: cases go directly in the"
        " cases folder, collections directly in _collections/",
    ]


# --- nothing unverified is published ---------------------------------------------------------

# What an image file holds (scripts in SVG, a format other than its extension's) is in the
# golden files image-svg.yml and image-raster.yml; here, what needs more than a text.


def test_a_decompression_bomb_is_refused_before_it_is_decoded(project: Project) -> None:
    from PIL import Image

    bomb = project.cases / "logos" / "bomb.png"
    bomb.parent.mkdir()
    Image.new("1", (10_000, 10_000)).save(bomb, optimize=True)  # 100 megapixels, a few kB
    assert bomb.stat().st_size < 100_000
    case_with_logo(project, "logos/bomb.png")
    assert diagnostics() == [
        "cases/logos/bomb.png:1:1: error: the image is 10000 x 10000 pixels; at most 40 megapixels are allowed:"
        " make it smaller"]


def test_published_images_are_written_out_again_without_metadata(project: Project) -> None:
    from io import BytesIO

    from PIL import Image

    exif = Image.Exif()
    exif[0x8827] = 200  # ISO speed
    exif[0x010F] = "SecretCam"  # camera make
    exif[0x0112] = 6  # orientation: rotate
    project.write_bytes("logos/photo.jpg", image_bytes(".jpg", size=(40, 20), exif=exif.tobytes()))
    project.write("logos/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><!-- made by X --><rect width="1"/></svg>')
    project.write("acme.yml", BASE_CASE.replace("  sector: private-sector\n",
                                                "  sector: private-sector\n  logo: logos/photo.jpg\n"))
    project.write("beta.yml", BASE_CASE.replace("  sector: private-sector\n",
                                                "  sector: private-sector\n  logo: logos/logo.svg\n"))
    site = build_site(project.root)
    published = Image.open(BytesIO((site / "assets/cases/logos/photo.jpg").read_bytes()))
    assert published.getexif() == {} and "exif" not in published.info
    assert published.size == (20, 40)  # turned upright before the orientation went
    svg = (site / "assets/cases/logos/logo.svg").read_text(encoding="utf-8")
    assert "made by X" not in svg and "<rect" in svg
    again = build_site(project.root, project.root / "again")
    assert (again / "assets/cases/logos/photo.jpg").read_bytes() == (site / "assets/cases/logos/photo.jpg").read_bytes()


# --- diagnostics cannot be forged (values: golden file diagnostics-one-line.yml) -------------------


def test_a_file_name_can_never_start_a_line_of_output(project: Project) -> None:
    project.write("a\nb\x1b.yml", BASE_CASE)
    result = validate(project)
    assert result.stdout.splitlines()[0].startswith("cases/a\\nb\\x1b.yml:1:1: error: 'a\\nb\\x1b' is not a valid")
    assert len(result.stdout.splitlines()) == 2


# --- configuration mistakes are one line each ---------------------------------------------------


@pytest.mark.parametrize("options, message", [
    ({"languages": ["fi", "xx"]}, "plugin option 'languages': 'xx' is not a locale that Babel knows"),
    ({"languages": "fi"}, "plugin option 'languages': expected a list of language codes, e.g. [fi, en]"),
    ({"require_approval": "yes"}, "plugin option 'require_approval': expected true or false, got 'yes'"),
    ({"site_names": ["x"]}, "plugin option 'site_names': expected a text per language, e.g. {fi: Asiakastarinat, en: Customer stories}"),
    ({"cases_dir": 7}, "plugin option 'cases_dir': expected a text, got int 7"),
])
def test_configuration_mistakes_are_one_line_in_validate_and_build(project: Project, options: dict, message: str) -> None:
    project.write_config(**options)
    project.add_case("good")
    result = validate(project)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"tarinasto: error: mkdocs.yml: {message}\n")
    built = subprocess.run([MKDOCS, "build"], cwd=project.root, capture_output=True, text=True, timeout=120)
    assert built.returncode != 0 and "Traceback" not in built.stdout + built.stderr
    assert message.split(": ", 1)[1] in built.stderr


def test_a_language_without_theme_strings_or_catalogue_builds_with_a_warning(project: Project) -> None:
    """Northern Sami: Babel knows it; Material and Tarinasto have no strings for it."""
    project.write_config(languages=["fi", "en", "se"], allow_missing_translations=True)
    project.add_case("good")
    built = subprocess.run([MKDOCS, "build"], cwd=project.root, capture_output=True, text=True, timeout=120)
    assert built.returncode == 0, built.stderr
    assert "Material has no interface strings for 'se'" in built.stderr
    assert "no interface translations for 'se'" in built.stderr
    html = (project.root / "site" / "se" / "good" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="se"' in html


def test_a_missing_taxonomy_is_one_line(project: Project) -> None:
    (project.cases / "_taxonomy.yml").unlink()
    project.add_case("good")
    result = validate(project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.splitlines()[0] == ("cases/_taxonomy.yml:1:1: error: the taxonomy file is missing;"
                                             " create it with sectors, services, regions, tools and providers")


# --- atomic builds ---------------------------------------------------------------------------------


def snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def leftovers(project: Project) -> list[str]:
    """What a build left beside the site, but its cache (kept on purpose)."""
    return sorted(p.name for p in project.root.iterdir() if ".tarinasto-" in p.name and p.name != ".tarinasto-cache")


def test_a_build_that_fails_after_mkdocs_cleaned_the_output_leaves_the_old_site(project: Project) -> None:
    project.add_case("good")
    site = build_site(project.root)
    before = snapshot(site)
    # A template that breaks while pages are written: long after MkDocs would have cleaned site/.
    overrides = project.root / "overrides"
    overrides.mkdir()
    (overrides / "main.html").write_text('{% extends "base.html" %}{% block content %}{% include "missing.html" %}'
                                         "{% endblock %}", encoding="utf-8")
    config = yaml.safe_load((project.root / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = "overrides"
    (project.root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    project.add_case("another")
    built = subprocess.run([MKDOCS, "build"], cwd=project.root, capture_output=True, text=True, timeout=120)
    assert built.returncode != 0
    assert snapshot(site) == before
    assert leftovers(project) == []


def test_a_strict_build_with_warnings_leaves_the_old_site(project: Project) -> None:
    project.add_case("good")
    site = build_site(project.root)
    before = snapshot(site)
    project.write_config(languages=["fi", "en", "se"], allow_missing_translations=True)  # warns
    built = subprocess.run([MKDOCS, "build", "--strict"], cwd=project.root, capture_output=True, text=True, timeout=120)
    assert built.returncode != 0 and "strict mode" in built.stdout + built.stderr
    assert snapshot(site) == before


def test_an_interrupted_build_leaves_the_old_site_and_the_next_one_tidies_up(project: Project) -> None:
    for number in range(150):
        project.add_case(f"case-{number}")
    site = build_site(project.root)
    before = snapshot(site)
    project.add_case("one-more")
    process = subprocess.Popen([MKDOCS, "build"], cwd=project.root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    work = project.root / f".site.tarinasto-building-{process.pid}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (work.is_dir() and any(work.rglob("*.html"))):
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert work.is_dir(), "the build was not caught while writing"
    assert snapshot(site) == before
    build_site(project.root)
    assert leftovers(project) == []
    assert (site / "one-more" / "index.html").is_file()


def test_a_successful_build_replaces_the_site_and_leaves_nothing_beside_it(project: Project) -> None:
    project.add_case("good")
    site = build_site(project.root)
    (site / "stale.html").write_text("old", encoding="utf-8")
    build_site(project.root)
    assert not (site / "stale.html").exists()
    assert leftovers(project) == []
    shutil.rmtree(site)
