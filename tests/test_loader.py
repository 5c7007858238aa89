"""The YAML rules of docs/case-format.md: encoding, size, duplicate keys, the YAML 1.2 core
schema, anchors, aliases and tags, syntax errors. Each test writes a small file as literal
text, so that the exact line and column of the diagnostic are known."""

from __future__ import annotations

import math
from pathlib import Path
from textwrap import dedent

import pytest
from tarinasto.content.loader import MAX_DEPTH, load_file, resolve_plain

from tests.conftest import BASE_CASE, diagnostics


def write_bytes(project, name: str, raw: bytes) -> Path:
    path = project.cases / name
    path.write_bytes(raw)
    return path


# --- encoding and size ---------------------------------------------------------------


def test_invalid_utf8_byte_is_an_error_naming_its_line(project):
    write_bytes(project, "acme.yml", BASE_CASE.encode() + b"quotes: \xff\n")
    assert diagnostics() == [
        "cases/acme.yml:17:9: error: the file is not valid UTF-8; save it as UTF-8 in your editor"
    ]


def test_latin1_text_is_reported_at_the_first_bad_character_counted_in_characters(project):
    # 'Tiivistelmä.' is valid UTF-8; the Latin-1 'ä' after it is not: column in characters
    text = BASE_CASE.replace("en: Summary.", "en: Ä").encode()
    write_bytes(project, "acme.yml", text.replace("Ä".encode(), b"\xc4"))
    assert diagnostics() == [
        "cases/acme.yml:7:33: error: the file is not valid UTF-8; save it as UTF-8 in your editor"
    ]


def test_byte_order_mark_is_allowed(project):
    write_bytes(project, "acme.yml", b"\xef\xbb\xbf" + BASE_CASE.encode())
    assert diagnostics() == []


def test_byte_order_mark_does_not_shift_columns(project):
    write_bytes(project, "acme.yml", b"\xef\xbb\xbf" + BASE_CASE.encode() + b"featured: yes\n")
    assert diagnostics() == ["cases/acme.yml:17:11: error: featured: expected true or false, got the text 'yes'"]


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


def test_control_character_is_one_diagnostic_at_its_place(project):
    project.write("acme.yml", BASE_CASE.replace("Acme Oy", "Acme\x07Oy"))
    assert diagnostics() == [
        "cases/acme.yml:4:13: error: the file contains a control character (U+0007) that YAML does not allow; remove it"
    ]


def test_empty_file_is_an_error(project):
    project.write("acme.yml", "")
    assert diagnostics() == ["cases/acme.yml:1:1: error: the file is empty"]


def test_top_level_must_be_a_mapping(project):
    project.write("acme.yml", "- status: published\n")
    assert diagnostics() == [
        "cases/acme.yml:1:1: error: expected a mapping of fields (key: value) at the top of the file"
    ]


def test_only_one_yaml_document_per_file(project):
    project.write("acme.yml", BASE_CASE + "---\nstatus: draft\n")
    assert diagnostics() == ["cases/acme.yml:17:1: error: only one YAML document per file; remove the '---' line"]


# --- duplicate keys ------------------------------------------------------------------


def test_duplicate_top_level_key_is_reported_at_the_second(project):
    project.write("acme.yml", BASE_CASE + "status: draft\n")
    assert diagnostics() == [
        "cases/acme.yml:17:1: error: status: key 'status' is given twice in this mapping (first on line 1); keep one"
    ]


def test_duplicate_key_in_a_nested_mapping(project):
    project.write("acme.yml", BASE_CASE.replace("  sector: private-sector\n", "  sector: private-sector\n  name: Acme\n"))
    assert diagnostics() == [
        "cases/acme.yml:6:3: error: client.name: key 'name' is given twice in this mapping (first on line 4); keep one"
    ]


def test_duplicate_language_key_in_a_flow_mapping(project):
    project.write("acme.yml", BASE_CASE.replace("{fi: Otsikko, en: Title}", "{fi: Otsikko, en: Title, fi: Toinen}"))
    assert diagnostics() == [
        "cases/acme.yml:6:33: error: title.fi: key 'fi' is given twice in this mapping (first on line 6); keep one"
    ]


# --- YAML 1.2 core schema: only true and false are booleans ---------------------------


@pytest.mark.parametrize("word", ["yes", "no", "on", "off", "y", "n", "Yes", "ON"])
def test_yes_no_on_off_are_not_booleans(project, word):
    project.write("acme.yml", BASE_CASE + f"featured: {word}\n")
    assert diagnostics() == [f"cases/acme.yml:17:11: error: featured: expected true or false, got the text '{word}'"]


@pytest.mark.parametrize("word", ["yes", "no", "on", "off", "y", "n"])
def test_yes_no_on_off_are_accepted_as_texts(project, word):
    project.write("acme.yml", BASE_CASE.replace("en: Title", f"en: {word}"))
    assert diagnostics() == []


@pytest.mark.parametrize("word", ["true", "false", "True", "FALSE"])
def test_true_and_false_are_booleans(project, word):
    project.write("acme.yml", BASE_CASE + f"featured: {word}\n")
    assert diagnostics() == []


def test_boolean_where_a_text_is_expected_says_to_quote_it(project):
    project.write("acme.yml", BASE_CASE.replace("en: Title", "en: true"))
    assert diagnostics() == ['cases/acme.yml:6:26: error: title.en: expected a text, got true: put it in quotes ("true")']


@pytest.mark.parametrize(
    "value, shown",
    [("2024", "2024"), ("12.5", "12.5"), ("0x1F", "31"), ("1e3", "1000.0")],
)
def test_number_where_a_text_is_expected_says_to_quote_it(project, value, shown):
    project.write("acme.yml", BASE_CASE.replace("en: Title", f"en: {value}"))
    assert diagnostics() == [
        f'cases/acme.yml:6:26: error: title.en: expected a text, got the number {shown}: put it in quotes ("{shown}")'
    ]


def test_quoted_number_is_a_text(project):
    project.write("acme.yml", BASE_CASE.replace("en: Title", 'en: "2024"'))
    assert diagnostics() == []


def test_a_date_stays_a_text_where_a_text_is_expected(project):
    project.write("acme.yml", BASE_CASE.replace("en: Title", "en: 2024-05-13"))
    assert diagnostics() == []


def test_number_as_a_name_says_to_quote_it(project):
    project.write("acme.yml", BASE_CASE.replace("name: Acme Oy", "name: 2024"))
    assert diagnostics() == ['cases/acme.yml:4:9: error: client.name: expected a name, got the number 2024: put it in quotes ("2024")']


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


# --- anchors, aliases, tags ----------------------------------------------------------


def test_anchor_is_an_error(project):
    project.write("acme.yml", BASE_CASE.replace("title: {fi", "title: &t {fi"))
    assert diagnostics() == [
        "cases/acme.yml:6:8: error: title: YAML anchors (&t) are not allowed; write the value out in full"
    ]


def test_alias_is_an_error(project):
    text = BASE_CASE.replace("title: {fi", "title: &t {fi") + "summary2: *t\n"
    project.write("acme.yml", text.replace("summary: {fi: Tiivistelmä., en: Summary.}\n", ""))
    assert diagnostics() == [
        "cases/acme.yml:1:1: error: summary: required field is missing; add it",
        "cases/acme.yml:6:8: error: title: YAML anchors (&t) are not allowed; write the value out in full",
        "cases/acme.yml:16:1: error: summary2: unknown field 'summary2'; did you mean 'summary'?",
        "cases/acme.yml:16:11: error: summary2: YAML aliases (*t) are not allowed; write the value out in full",
    ]


def test_python_tag_is_an_error_shown_as_written(project):
    project.write("acme.yml", BASE_CASE.replace("name: Acme Oy", "name: !!python/object:os.system Acme"))
    assert diagnostics() == [
        "cases/acme.yml:4:9: error: client.name: YAML tags (!!python/object:os.system) are not allowed; remove the tag"
    ]


def test_standard_tag_is_an_error_too(project):
    project.write("acme.yml", BASE_CASE.replace("en: Title", "en: !!str 2024"))
    assert diagnostics() == ["cases/acme.yml:6:26: error: title.en: YAML tags (!!str) are not allowed; remove the tag"]


def test_local_tag_on_a_mapping_is_an_error(project):
    project.write("acme.yml", BASE_CASE.replace("title: {fi", "title: !custom {fi"))
    assert diagnostics() == ["cases/acme.yml:6:8: error: title: YAML tags (!custom) are not allowed; remove the tag"]


# --- syntax errors -------------------------------------------------------------------


def test_syntax_error_is_reported_where_it_is_found(project):
    project.write("acme.yml", BASE_CASE.replace("title: {fi: Otsikko, en: Title}", "title: {fi: Otsikko, en: Title"))
    assert diagnostics() == [
        "cases/acme.yml:7:8: error: YAML syntax error: did not find expected ',' or '}'"
        " (while parsing a flow mapping that starts on line 6)"
    ]


def test_bad_indentation_is_a_syntax_error(project):
    project.write("acme.yml", dedent("""\
        status: published
        client:
          name: Acme Oy
         sector: private-sector
        """))
    assert diagnostics() == [
        "cases/acme.yml:4:2: error: YAML syntax error: did not find expected key (while parsing a block mapping that starts on line 1)"
    ]


def test_tab_indentation_is_a_syntax_error(project):
    project.write("acme.yml", BASE_CASE.replace("  name: Acme", "\tname: Acme"))
    assert diagnostics() == [
        "cases/acme.yml:4:1: error: YAML syntax error: found character that cannot start any token"
        " (while scanning for the next token)"
    ]


def test_syntax_error_in_one_file_does_not_stop_the_others(project):
    project.write("acme.yml", "status: [\n")
    project.write("beta.yml", BASE_CASE + "featured: yes\n")
    assert diagnostics() == [
        "cases/acme.yml:2:1: error: YAML syntax error: did not find expected node content (while parsing a flow node)",
        "cases/beta.yml:17:11: error: featured: expected true or false, got the text 'yes'",
    ]


def test_complex_key_is_an_error(project):
    project.write("acme.yml", BASE_CASE + "? [a]\n: b\n")
    assert diagnostics() == ["cases/acme.yml:17:3: error: a key must be a plain word, not a list or a mapping"]


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5000])
def test_very_deep_nesting_is_our_own_diagnostic_whatever_the_parser(project, depth):
    """PyYAML 6.0.4's libyaml stops at its own depth limit with its own words; ours stand."""
    project.write("acme.yml", BASE_CASE + "x: " + "[" * depth + "]" * depth + "\n")
    found = [line for line in diagnostics() if "nested" in line]
    assert len(found) == 1
    assert found[0].startswith(f"cases/acme.yml:17:{MAX_DEPTH + 3}: error: x[0][0]")
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
    doc, problems = load_file(path)
    assert problems == []
    assert doc.data == {"title": {"fi": "Otsikko"}, "points": [{"fi": "a", "en": "b"}]}
    assert (doc.values[("title", "fi")].line, doc.values[("title", "fi")].column) == (3, 7)
    assert (doc.keys[("title", "fi")].line, doc.keys[("title", "fi")].column) == (3, 3)
    assert (doc.values[("points", 0, "en")].line, doc.values[("points", 0, "en")].column) == (5, 17)
    # a missing value is placed at its nearest ancestor
    assert (doc.mark(("points", 0, "sv")).line, doc.mark(("points", 0, "sv")).column) == (5, 5)


def test_load_file_never_raises_for_a_missing_file(tmp_path):
    doc, problems = load_file(tmp_path / "nope.yml")
    assert doc is None
    assert len(problems) == 1
    assert problems[0].line == 1 and problems[0].column == 1
    assert "cannot read the file" in problems[0].message
