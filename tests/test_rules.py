"""The case format beyond its diagnostics: the model uses every field, the library keeps the
file's order and holds the cases and collections it read. Every rule's exact diagnostics
are golden files (tests/golden/, run by test_golden.py)."""

from __future__ import annotations

import shutil
from pathlib import Path
from textwrap import dedent

import yaml
from pydantic import BaseModel
from tarinasto import load_library, load_settings
from tarinasto.content.model import Case
from tarinasto.content.validation import unwrap_annotation

from tests.conftest import case_data, diagnostics

FIXTURES = Path(__file__).parent / "fixtures"


# --- the case with every field -------------------------------------------------------


def add_every_field_case(project) -> None:
    shutil.copy(FIXTURES / "every-field.yml", project.cases / "every-field.yml")
    shutil.copytree(FIXTURES / "logos", project.cases / "logos")
    project.add_image("images/team.jpg", size=(1200, 675))
    project.add_case("other-case")


def test_case_with_every_optional_field_is_valid(project):
    add_every_field_case(project)
    assert diagnostics() == []


def test_every_field_fixture_really_uses_every_field():
    data = yaml.safe_load((FIXTURES / "every-field.yml").read_text(encoding="utf-8"))

    def unused(model: type[BaseModel], value: dict, path: str) -> list[str]:
        missing = []
        for name, field in model.model_fields.items():
            if name not in value:
                missing.append(path + name)
                continue
            for candidate in unwrap_annotation(field.annotation):
                if isinstance(candidate, tuple) and isinstance(candidate[1][0], type):
                    inner = candidate[1][0]
                    if issubclass(inner, BaseModel):
                        # every field must appear in at least one item of the list
                        for sub in inner.model_fields:
                            if not any(sub in item for item in value[name]):
                                missing.append(f"{path}{name}[].{sub}")
                elif isinstance(candidate, type) and issubclass(candidate, BaseModel):
                    missing += unused(candidate, value[name], f"{path}{name}.")
        return missing

    assert unused(Case, data, "") == []
    for section in ("starting_point", "actions", "results"):
        assert {"heading", "text", "points"} <= set(data[section])
    assert isinstance(data["client"]["name"], dict)  # a name given per language


def test_every_field_case_keeps_the_order_of_the_file(project):
    add_every_field_case(project)
    case = load_library(load_settings()).cases["every-field"].case
    assert [q.section for q in case.quotes] == ["results", "actions", "results"]  # the highlight: the default
    assert [f.value for f in case.figures] == [87, 2.5]
    assert case.figures[0].before == 62 and case.figures[0].unit == "%"
    assert case.client.name.get_text("en", "fi") == ("Acme Ltd (Finland)", "en")
    assert case.highlight is case.quotes[0]
    assert case.aliases == ["acme-old", "acme-oy-2019"]


# --- what the library holds ----------------------------------------------------------


def test_the_library_holds_the_yml_and_yaml_case_files_by_slug(project):
    project.write_yaml("acme.yaml", case_data())
    project.add_case("beta")
    project.write_yaml("_template.yml", case_data())
    project.add_case("logos/notes")
    library = load_library(load_settings())
    assert sorted(library.cases) == ["acme", "beta"]


def test_a_case_with_only_warnings_is_in_the_library(project):
    project.write_config(allow_missing_translations=True)
    project.add_case("acme", title={"fi": "Otsikko"})
    library = load_library(load_settings())
    assert [d.severity.value for d in library.report] == ["warning"]
    assert not library.report.has_errors
    assert list(library.cases) == ["acme"]


def test_valid_collection(project):
    project.add_case("acme")
    project.write("_collections/kunnat.yml", dedent("""\
        title: {fi: Kuntien tarinat, en: Stories from municipalities}
        intro: {fi: "Lue [lisää](https://kulmia.fi).", en: Read more.}
        cases: [acme]
        listed: true
        """))
    library = load_library(load_settings())
    assert [d.format() for d in library.report] == []
    assert library.collections["kunnat"].collection.cases == ["acme"]
