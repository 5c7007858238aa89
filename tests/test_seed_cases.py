"""The repository's own cases and schema: valid, complete, and up to date.

The example site may grow: these tests hold for any number of valid cases, and check the
two seed cases by name. The product's tests build their sites from their own copy of the
example site, tests/fixtures/seed-site."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from tarinasto import load_library, load_settings
from tarinasto.content.library import Library

from tests.conftest import REPO, TARINASTO

SCHEMA_LINE = "# yaml-language-server: $schema=../schema/case.schema.json"
SEED_CASES = ["limingan-kunta", "pirkanmaan-jatehuolto"]
CASE_FILES = sorted(p for p in (REPO / "cases").glob("*.y*ml") if not p.name.startswith("_"))


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(load_settings(REPO / "mkdocs.yml"))


def test_the_seed_cases_are_there():
    assert {p.stem for p in CASE_FILES} >= set(SEED_CASES)


def test_the_repository_has_no_error_and_no_warning(library):
    assert [d.format() for d in library.report] == []
    assert set(library.cases) == {p.stem for p in CASE_FILES}
    assert all(library.cases[slug].published for slug in SEED_CASES)


def test_tarinasto_validate_on_the_repository_says_no_problems():
    result = subprocess.run([TARINASTO, "validate"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert result.stderr == ""
    out = result.stdout.splitlines()
    assert len(out) == 1, result.stdout
    assert re.fullmatch(rf"{len(CASE_FILES)} cases?(, \d+ collections?)?: no problems", out[0]), out[0]


@pytest.mark.parametrize("slug", SEED_CASES)
def test_the_seed_cases_start_with_the_schema_line(slug: str):
    assert (REPO / "cases" / f"{slug}.yml").read_text(encoding="utf-8").splitlines()[0] == SCHEMA_LINE


def test_liminka_content(library):
    case = library.cases["limingan-kunta"].case
    assert [len(case.section(name).points) for name in ("starting_point", "actions", "results")] == [3, 4, 7]
    assert case.provider == "kulmia"
    assert case.tools == ["disc"]
    assert case.client.name.get_text("fi", "fi") == ("Limingan kunta", "fi")
    assert case.client.name.get_text("en", "fi") == ("Municipality of Liminka", "en")
    assert case.client.size.residents == 10000
    assert [f.value for f in case.figures][0] == 10000
    assert case.collaboration.since == 2018
    assert case.highlight is not None and case.highlight.person.value == "Pekka Rajala"
    assert case.related == ["pirkanmaan-jatehuolto"]
    assert "DiSC" in case.summary["fi"] and "DiSC" in case.summary["en"]


def test_pirkanmaa_content(library):
    case = library.cases["pirkanmaan-jatehuolto"].case
    assert case.provider == "humap"
    assert [q.section for q in case.quotes] == ["starting_point", "results", "actions"]
    assert sorted(q.section for q in case.quotes) == ["actions", "results", "starting_point"]
    persons = [q.person.value if q.person else None for q in case.quotes]
    assert "Katja Rekonius" in persons
    assert persons.count(None) == 1  # one quote names no person
    assert [f.value for f in case.figures][:2] == [17, 100]
    assert case.client.size.employees == 100
    for name in ("starting_point", "actions", "results"):
        section = case.section(name)
        assert section.text is not None and section.text["fi"].strip() and section.text["en"].strip()
    assert sum(q.highlight for q in case.quotes) == 1


def test_the_figures_and_providers_of_the_seed_cases(library):
    seeds = [library.cases[slug].case for slug in SEED_CASES]
    assert {17, 10000} <= {f.value for case in seeds for f in case.figures}
    assert {case.provider for case in seeds} == {"humap", "kulmia"}
    assert set(library.taxonomy.keys_of("providers")) >= {"humap", "kulmia"}


def test_every_text_of_the_seed_cases_is_in_every_language(library):
    languages = library.settings.languages
    assert languages == ("fi", "en")
    for entry in library.cases.values():
        case = entry.case
        for text in (case.title, case.summary, *(p for s in ("starting_point", "actions", "results")
                                                 for p in case.section(s).points)):
            assert all(text.get(lang, "").strip() for lang in languages)


# --- the committed JSON Schema -------------------------------------------------------


def test_committed_schema_is_what_tarinasto_schema_generates(tmp_path):
    output = tmp_path / "case.schema.json"
    result = subprocess.run([TARINASTO, "schema", "--output", str(output)], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    committed = (REPO / "schema" / "case.schema.json").read_text(encoding="utf-8")
    assert committed == output.read_text(encoding="utf-8"), "run `make schema` and commit schema/case.schema.json"


def test_committed_schema_requires_the_languages_and_lists_the_taxonomy_keys():
    schema = json.loads((REPO / "schema" / "case.schema.json").read_text(encoding="utf-8"))
    props, defs = schema["properties"], schema["$defs"]
    assert set(schema["required"]) == {"status", "date", "client", "title", "summary", "services",
                                       "starting_point", "actions", "results"}
    assert props["title"]["required"] == ["fi", "en"]
    assert props["title"]["properties"]["fi"]["maxLength"] == 120
    assert props["summary"]["required"] == ["fi", "en"]
    assert props["figures"]["maxItems"] == 6
    services = [k["const"] for k in props["services"]["items"]["anyOf"]]
    assert {"leadership-development", "customer-experience", "facilitation"} <= set(services)
    def keys(node: dict) -> list[str]:
        return [k["const"] for k in node["anyOf"]]

    assert keys(defs["Client"]["properties"]["sector"])[:2] == ["public-sector", "private-sector"]
    assert "north-ostrobothnia" in keys(defs["Client"]["properties"]["region"]["anyOf"][0])
    assert keys(props["tools"]["items"]) == ["disc"]
    assert keys(props["provider"]["anyOf"][0]) == ["humap", "kulmia"]
    assert defs["Quote"]["properties"]["text"]["properties"]["en"]["maxLength"] == 800
