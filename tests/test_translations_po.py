"""Translations in translators' tools, on the seed cases: `tarinasto translations --export`
writes the missing texts as PO files, a translator fills them in, `--import` writes them
back: the case file is then exactly as before the texts were taken out, comments and order
included. And `tarinasto taxonomy add` keeps the taxonomy's comments and order."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import yaml
from babel.messages.pofile import read_po, write_po

from tests.conftest import SEED_SITE, TARINASTO

CASE = "pirkanmaan-jatehuolto.yml"


def tarinasto(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TARINASTO, *args], cwd=root, capture_output=True, text=True, timeout=120)


def test_export_fill_in_import_gives_back_the_case_file(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(SEED_SITE, site)
    case = site / "cases" / CASE
    original = case.read_text(encoding="utf-8")
    # a consultant wrote the Finnish texts only: every English one-line text is empty
    blanked, count = re.subn(r"^(\s+en: )(?![|>\"]).+$", r'\1""', original, flags=re.MULTILINE)
    assert count >= 5
    case.write_text(blanked, encoding="utf-8")

    result = tarinasto(site, "translations", "--export", "po")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote po/en.po: {count} texts\n"
    with (site / "po" / "en.po").open("rb") as handle:
        catalog = read_po(handle)
    # the translator: each text's English, from the case as it was
    data = yaml.safe_load(original)
    for message in catalog:
        if not message.id:
            continue
        slug, _, field = message.context.partition(":")
        assert slug == "pirkanmaan-jatehuolto" and message.locations[0][0] == f"cases/{CASE}"
        value = data
        for key, index in re.findall(r"\.?([^.\[\]]+)|\[(\d+)\]", field):
            value = value[int(index)] if index else value[key]
        assert message.id == value["fi"]
        message.string = value["en"]
    with (site / "po" / "en.po").open("wb") as handle:
        write_po(handle, catalog)

    result = tarinasto(site, "translations", "--import", "po")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"wrote cases/{CASE}: {count} texts\n"
    assert case.read_text(encoding="utf-8") == original
    assert tarinasto(site, "translations").returncode == 0


def test_import_reports_what_no_longer_matches(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(SEED_SITE, site)
    assert tarinasto(site, "translations", "--export", "po", "--all").returncode == 0
    po = (site / "po" / "en.po").read_text(encoding="utf-8")
    assert 'msgctxt "limingan-kunta:title"' in po
    case = site / "cases" / "limingan-kunta.yml"
    text = case.read_text(encoding="utf-8")
    title = yaml.safe_load(text)["title"]["fi"]
    case.write_text(text.replace(title, title + " (uusi)"), encoding="utf-8")
    (site / "cases" / CASE).unlink()
    result = tarinasto(site, "translations", "--import", "po")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any("limingan-kunta:title: the fi text of title in cases/limingan-kunta.yml changed since the export" in line
               for line in lines), lines
    assert any("there is no case 'pirkanmaan-jatehuolto' any more" in line for line in lines), lines
    assert all(re.match(r"^(po/en\.po:\d+:1: error: |wrote )", line) for line in lines), lines


def test_taxonomy_add_keeps_comments_and_order_and_checks_the_key(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(SEED_SITE, site)
    taxonomy = site / "cases" / "_taxonomy.yml"
    before = taxonomy.read_text(encoding="utf-8")
    result = tarinasto(site, "taxonomy", "add", "services", "service-design", "--fi", "Palvelumuotoilu",
                       "--en", "Service design")
    assert result.returncode == 0, result.stderr
    after = taxonomy.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ["  service-design: {fi: Palvelumuotoilu, en: Service design}"]
    assert after.replace(added[0] + "\n", "") == before
    assert tarinasto(site, "validate").returncode == 0

    for args, message in [
        (["services", "service-design", "--fi", "X", "--en", "Y"], "'service-design' is already a key of services"),
        (["services", "työhyvinvointi", "--fi", "X", "--en", "Y"], "write 'tyohyvinvointi'"),
        (["services", "mentoring", "--fi", "Mentorointi"], "give a label in every language: --en LABEL is missing"),
        (["services", "mentoring", "--fi", "M", "--en", "M", "--sv", "M"], "--sv is not one of the site's languages"),
    ]:
        result = tarinasto(site, "taxonomy", "add", *args)
        assert result.returncode != 0 and message in result.stderr, (args, result.stderr)
    assert taxonomy.read_text(encoding="utf-8") == after
