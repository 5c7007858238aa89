"""The YAML loader beyond the golden files' diagnostics (tests/golden/yaml-*.yml): the size
limit, the YAML 1.2 core schema of plain scalars, very deep nesting, and the marks that give
every value and key its line and column."""

from __future__ import annotations

import math
from textwrap import dedent

import pytest
from tarinasto.content.loader import MAX_DEPTH, load_file, resolve_plain

from tests.conftest import BASE_CASE, diagnostics

# --- size ----------------------------------------------------------------------------


def test_file_over_one_mebibyte_is_an_error(project):
    padding = "#" * (1024 * 1024) + "\n"
    project.write("acme.yml", BASE_CASE + padding)
    size = len((BASE_CASE + padding).encode())
    assert diagnostics() == [
        f"cases/acme.yml:1:1: error: the file is {size:,} bytes; at most 1 MiB (1,048,576 bytes) is allowed"
    ]


def test_file_of_exactly_one_mebibyte_is_allowed(project):
    padding = "#" * (1024 * 1024 - len(BASE_CASE.encode()) - 1) + "\n"
    project.write("acme.yml", BASE_CASE + padding)
    assert (project.cases / "acme.yml").stat().st_size == 1024 * 1024
    assert diagnostics() == []


# --- YAML 1.2 core schema ----------------------------------------------------------


@pytest.mark.parametrize(
    "plain, value",
    [
        ("true", True), ("False", False), ("yes", "yes"), ("off", "off"), ("~", None), ("null", None),
        ("", None), ("12", 12), ("-3", -3), ("0o17", 15), ("0x1f", 31), ("1.5", 1.5), ("1e3", 1000.0),
        ("2024-05-13", "2024-05-13"), ("1_000", "1_000"), ("0b11", "0b11"), (".inf", math.inf),
    ],
)
def test_plain_scalars_follow_the_yaml_1_2_core_schema(plain, value):
    assert resolve_plain(plain) == value
    assert type(resolve_plain(plain)) is type(value)


# --- nesting -------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5000])
def test_very_deep_nesting_is_our_own_diagnostic_whatever_the_parser(project, depth):
    """PyYAML 6.0.4's libyaml stops at its own depth limit with its own words; ours stand."""
    project.write("acme.yml", "x: " + "[" * depth + "]" * depth + "\n" + BASE_CASE)
    found = [line for line in diagnostics() if "nested" in line]
    assert len(found) == 1
    assert found[0].startswith(f"cases/acme.yml:1:{MAX_DEPTH + 3}: error: x[0][0]")
    assert found[0].endswith(f": the values are nested more than {MAX_DEPTH} levels deep; a case needs a few levels only")


# --- marks ---------------------------------------------------------------------------


def test_load_file_records_the_position_of_every_value_and_key(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text(dedent("""\
        # a comment
        title:
          fi: Otsikko
        points:
          - {fi: a, en: b}
        """), encoding="utf-8")
    for text in (path.read_text(encoding="utf-8"), path.read_text(encoding="utf-8") + "note: R&D\n"):
        # the second has an `&`: read by the event loader instead of libyaml's composer
        path.write_text(text, encoding="utf-8")
        doc, problems = load_file(path)
        assert problems == []
        assert doc.data["title"] == {"fi": "Otsikko"} and doc.data["points"] == [{"fi": "a", "en": "b"}]
        assert (doc.mark(("title", "fi")).line, doc.mark(("title", "fi")).column) == (3, 7)
        assert (doc.mark(("title", "fi"), key=True).line, doc.mark(("title", "fi"), key=True).column) == (3, 3)
        assert (doc.mark(("points", 0, "en")).line, doc.mark(("points", 0, "en")).column) == (5, 17)
        # a missing value is placed at its nearest ancestor
        assert (doc.mark(("points", 0, "sv")).line, doc.mark(("points", 0, "sv")).column) == (5, 5)
        assert doc.flow == {("points", 0)}
    assert doc.root is None  # the event loader's tables, not a node tree


def test_load_file_never_raises_for_a_missing_file(tmp_path):
    doc, problems = load_file(tmp_path / "nope.yml")
    assert doc is None
    assert len(problems) == 1
    assert problems[0].line == 1 and problems[0].column == 1
    assert "cannot read the file" in problems[0].message
