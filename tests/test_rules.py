"""Every rule of docs/case-format.md on a small case written as literal YAML, asserting the exact
diagnostic line: file, line, column, severity, field path and message.

`BASE_CASE` (conftest.py) is a valid case of 16 lines; a field appended to it starts on
line 17. Positions point at the offending value, or at the mapping that lacks a key."""

from __future__ import annotations

import shutil
from pathlib import Path
from textwrap import dedent

import pytest
import yaml
from pydantic import BaseModel
from tarinasto import load_library, load_settings
from tarinasto.content.model import Case
from tarinasto.content.validation import unwrap_annotation

from tests.conftest import BASE_CASE, diagnostics

FIXTURES = Path(__file__).parent / "fixtures"


def client_with(extra: str) -> str:
    """BASE_CASE with lines added to `client` after `sector` (they start on line 6)."""
    return BASE_CASE.replace("  sector: private-sector\n", "  sector: private-sector\n" + extra)


# --- valid cases ---------------------------------------------------------------------


def test_base_case_is_valid(project):
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == []


def add_every_field_case(project) -> None:
    shutil.copy(FIXTURES / "every-field.yml", project.cases / "every-field.yml")
    shutil.copytree(FIXTURES / "logos", project.cases / "logos")
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
    assert [q.section for q in case.quotes] == ["starting_point", "actions", "results"]
    assert [f.value for f in case.figures] == [87, 2.5]
    assert case.figures[0].before == 62 and case.figures[0].unit == "%"
    assert case.client.name.get_text("en", "fi") == ("Acme Ltd (Finland)", "en")
    assert case.highlight is case.quotes[0]
    assert case.aliases == ["acme-old", "acme-oy-2019"]


# --- unknown and missing fields ------------------------------------------------------


def test_unknown_field_suggests_the_closest_known_one(project):
    project.write("acme.yml", BASE_CASE + "qoutes: []\n")
    assert diagnostics() == ["cases/acme.yml:17:1: error: qoutes: unknown field 'qoutes'; did you mean 'quotes'?"]


def test_unknown_nested_field_suggests_from_its_own_mapping(project):
    project.write("acme.yml", client_with("  websit: https://acme.fi\n"))
    assert diagnostics() == ["cases/acme.yml:6:3: error: client.websit: unknown field 'websit'; did you mean 'website'?"]


def test_unknown_field_in_a_list_item(project):
    project.write("acme.yml", BASE_CASE + dedent("""\
        quotes:
          - text: {fi: Hyvä., en: Good.}
            role: {fi: Johtaja, en: Director}
            persn: Matti
        """))
    assert diagnostics() == [
        "cases/acme.yml:20:5: error: quotes[0].persn: unknown field 'persn'; did you mean 'person'?"
    ]


def test_unknown_field_with_nothing_close(project):
    project.write("acme.yml", BASE_CASE + "colour: red\n")
    assert diagnostics() == ["cases/acme.yml:17:1: error: colour: unknown field 'colour'"]


def test_missing_required_field_is_reported_at_the_mapping_that_lacks_it(project):
    project.write("acme.yml", BASE_CASE.replace("  name: Acme Oy\n", ""))
    assert diagnostics() == ["cases/acme.yml:4:3: error: client.name: required field is missing; add it"]


def test_missing_top_level_field_is_reported_at_the_top(project):
    project.write("acme.yml", "# yaml-language-server: $schema=../schema/case.schema.json\n"
                  + BASE_CASE.replace("summary: {fi: Tiivistelmä., en: Summary.}\n", ""))
    assert diagnostics() == ["cases/acme.yml:2:1: error: summary: required field is missing; add it"]


def test_status_is_draft_or_published(project):
    project.write("acme.yml", BASE_CASE.replace("status: published", "status: publised"))
    assert diagnostics() == [
        "cases/acme.yml:1:9: error: status: expected one of draft, published, got the text 'publised';"
        " did you mean 'published'?"
    ]


@pytest.mark.parametrize(
    "value, message",
    [
        ("13.5.2024", "expected a date as YYYY-MM-DD (e.g. 2024-05-13), got '13.5.2024'"),
        ("2024-02-30", "expected a date as YYYY-MM-DD (e.g. 2024-05-13), got '2024-02-30'"),
        ("20240513", "expected a date as YYYY-MM-DD (e.g. 2024-05-13), got the number 20240513"),
    ],
)
def test_date_is_an_iso_date(project, value, message):
    project.write("acme.yml", BASE_CASE.replace("date: 2024-05-13", f"date: {value}"))
    assert diagnostics() == [f"cases/acme.yml:2:7: error: date: {message}"]


def test_services_needs_at_least_one(project):
    project.write("acme.yml", BASE_CASE.replace("services: [facilitation]", "services: []"))
    assert diagnostics() == ["cases/acme.yml:8:11: error: services: needs at least 1 item"]


@pytest.mark.parametrize("field", ["services", "tools"])
def test_taxonomy_list_names_no_key_twice(project, field):
    text = BASE_CASE.replace("services: [facilitation]", "services: [facilitation, coaching, facilitation]")
    if field == "tools":
        text += "tools: [disc, disc]\n"
    found = diagnostics_for(project, text)
    expected = {
        "services": "cases/acme.yml:8:36: error: services[2]: service 'facilitation' is named twice; remove one",
        "tools": "cases/acme.yml:17:15: error: tools[1]: tool 'disc' is named twice; remove one",
    }[field]
    assert expected in found


def diagnostics_for(project, text: str, name: str = "acme.yml") -> list[str]:
    project.write(name, text)
    return diagnostics()


# --- slugs: the file names -----------------------------------------------------------


@pytest.mark.parametrize("slug, suggestion", [("Acme", "acme"), ("acme_oy", "acme-oy"), ("acme--oy", "acme-oy"),
                                              ("-acme", "acme"), ("acme-", "acme"), ("acme.oy", "acme-oy"),
                                              ("äcme", "acme"), ("acme oy", "acme-oy")])
def test_file_name_must_match_the_slug_pattern(project, slug, suggestion):
    project.write(f"{slug}.yml", BASE_CASE)
    assert diagnostics() == [
        f"cases/{slug}.yml:1:1: error: '{slug}' is not a valid file name (the case's slug):"
        f" use lowercase letters a-z, digits and single hyphens (e.g. '{suggestion}')"
    ]


def test_slug_has_at_most_80_characters(project):
    slug = "a" * 81
    project.write(f"{slug}.yml", BASE_CASE)
    project.write("b" * 80 + ".yml", BASE_CASE)
    assert diagnostics() == [
        f"cases/{slug}.yml:1:1: error: '{slug}' is 81 characters long; a file name (the case's slug) has at most 80"
    ]


@pytest.mark.parametrize(
    "slug",
    ["fi", "en", "sectors", "services", "regions", "tools", "providers", "collections", "assets", "search", "404"],
)
def test_reserved_words_are_not_slugs(project, slug):
    project.write(f"{slug}.yml", BASE_CASE)
    assert diagnostics() == [
        f"cases/{slug}.yml:1:1: error: '{slug}' is a reserved word and cannot be a file name (the case's slug);"
        " choose another name"
    ]


def test_a_language_code_is_reserved_even_before_it_is_configured(project):
    project.add_case("de")
    project.add_case("deli")
    assert diagnostics() == [
        "cases/de.yml:1:1: error: 'de' is a reserved word and cannot be a file name (the case's slug); choose another name"
    ]


def test_every_configured_language_is_a_reserved_word(project):
    project.write_config(languages=["fi", "en", "sv"])
    project.write("sv.yml", BASE_CASE)
    assert (
        "cases/sv.yml:1:1: error: 'sv' is a reserved word and cannot be a file name (the case's slug); choose another name"
    ) in diagnostics()


def test_yaml_and_yml_are_both_case_files(project):
    project.write("acme.yaml", BASE_CASE + "featured: yes\n")
    project.write("beta.yml", BASE_CASE)
    library = load_library(load_settings())
    assert sorted(library.cases) == ["beta"]  # acme has an error
    assert [d.format() for d in library.report] == [
        "cases/acme.yaml:17:11: error: featured: expected true or false, got the text 'yes'"
    ]


def test_same_slug_twice_is_an_error(project):
    project.write("acme.yaml", BASE_CASE)
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == ["cases/acme.yml:1:1: error: acme.yaml has the same slug; remove one of the two"]


def test_files_starting_with_underscore_are_never_cases(project):
    project.write("_draft-notes.yml", "this: [is not: a case\n")
    project.write("_template.yaml", BASE_CASE + "featured: yes\n")
    project.write("acme.yml", BASE_CASE)
    library = load_library(load_settings())
    assert [d.format() for d in library.report] == []
    assert list(library.cases) == ["acme"]


def test_a_case_file_in_a_subfolder_is_an_error_never_silently_skipped(project):
    project.write("logos/notes.yml", "not: [a case\n")
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == [
        "cases/logos/notes.yml:1:1: error: a case file in a subfolder is not read: cases go directly in"
        " the cases folder, collections directly in _collections/"
    ]


# --- languages -----------------------------------------------------------------------


def test_missing_language_is_an_error(project):
    project.write("acme.yml", BASE_CASE.replace("{fi: Otsikko, en: Title}", "{fi: Otsikko}"))
    assert diagnostics() == ["cases/acme.yml:6:8: error: title: translation missing for 'en'"]


def test_missing_language_in_a_block_mapping_points_at_the_mapping(project):
    project.write("acme.yml", BASE_CASE.replace("title: {fi: Otsikko, en: Title}", "title:\n  en: Title"))
    assert diagnostics() == ["cases/acme.yml:7:3: error: title: translation missing for 'fi'"]


def test_missing_language_in_a_list_item(project):
    project.write("acme.yml", BASE_CASE.replace("- {fi: Tulos., en: Result.}", "- {fi: Tulos.}"))
    assert diagnostics() == ["cases/acme.yml:16:7: error: results.points[0]: translation missing for 'en'"]


def test_empty_text_is_an_error(project):
    project.write("acme.yml", BASE_CASE.replace("en: Title", 'en: ""'))
    assert diagnostics() == ["cases/acme.yml:6:26: error: title.en: the text for 'en' is empty; fill it in"]


def test_language_with_nothing_after_it_is_one_empty_text_diagnostic(project):
    project.write("acme.yml", BASE_CASE.replace("title: {fi: Otsikko, en: Title}", "title:\n  fi: Otsikko\n  en:"))
    assert diagnostics() == ["cases/acme.yml:8:6: error: title.en: the text for 'en' is empty; fill it in"]


def test_localized_text_must_be_a_text_per_language(project):
    project.write("acme.yml", BASE_CASE.replace("title: {fi: Otsikko, en: Title}", "title: Otsikko"))
    assert diagnostics() == [
        "cases/acme.yml:6:8: error: title: expected a text per language ({fi: ..., en: ...}), got the text 'Otsikko'"
    ]


def test_missing_language_is_a_warning_when_translations_may_be_missing(project):
    project.write_config(allow_missing_translations=True)
    project.write("acme.yml", BASE_CASE.replace("{fi: Otsikko, en: Title}", "{fi: Otsikko}"))
    library = load_library(load_settings())
    assert [d.format() for d in library.report] == ["cases/acme.yml:6:8: warning: title: translation missing for 'en'"]
    assert not library.report.has_errors
    assert "acme" in library.cases


def test_missing_language_in_a_name_given_per_language(project):
    project.write("acme.yml", BASE_CASE.replace("name: Acme Oy", "name: {fi: Acme Oy}"))
    assert diagnostics() == ["cases/acme.yml:4:9: error: client.name: translation missing for 'en'"]


def test_language_that_is_not_configured_is_an_error(project):
    project.write("acme.yml", BASE_CASE.replace("en: Title}", "en: Title, sv: Titel}"))
    assert diagnostics() == ["cases/acme.yml:6:33: error: title.sv: 'sv' is not one of the site's languages (fi, en)"]


def test_misspelt_language_suggests_the_configured_one(project):
    project.write("acme.yml", BASE_CASE.replace("{fi: Otsikko, en: Title}", "{fi: Otsikko, en: Title, eng: Title}"))
    assert diagnostics() == [
        "cases/acme.yml:6:33: error: title.eng: 'eng' is not one of the site's languages (fi, en); did you mean 'en'?"
    ]


TAXONOMY_FI_EN = """\
sectors:
  private-sector: {fi: Yksityinen, en: Private}
services:
  facilitation: {fi: Fasilitointi, en: Facilitation}
providers:
  kulmia: {name: Kulmia}
  humaani: {name: {fi: Humaani, en: Humaani}}
"""


def test_a_third_language_needs_only_configuration_and_texts(project):
    project.write_config(languages=["fi", "en", "sv"])
    project.write("_taxonomy.yml", TAXONOMY_FI_EN)
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == [
        "cases/_taxonomy.yml:2:19: error: sectors.private-sector: translation missing for 'sv'",
        "cases/_taxonomy.yml:4:17: error: services.facilitation: translation missing for 'sv'",
        "cases/_taxonomy.yml:7:19: error: providers.humaani.name: translation missing for 'sv'",
        "cases/acme.yml:6:8: error: title: translation missing for 'sv'",
        "cases/acme.yml:7:10: error: summary: translation missing for 'sv'",
        "cases/acme.yml:10:9: error: starting_point.text: translation missing for 'sv'",
        "cases/acme.yml:13:7: error: actions.points[0]: translation missing for 'sv'",
        "cases/acme.yml:16:7: error: results.points[0]: translation missing for 'sv'",
    ]


def test_a_third_language_with_all_texts_is_valid(project):
    project.write_config(languages=["fi", "en", "sv"])
    project.write("_taxonomy.yml", dedent("""\
        sectors:
          private-sector: {fi: Yksityinen, en: Private, sv: Privat}
        services:
          facilitation: {fi: Fasilitointi, en: Facilitation, sv: Facilitering}
        providers:
          kulmia: {name: Kulmia}
        """))
    text = (BASE_CASE
            .replace("en: Title}", "en: Title, sv: Titel}")
            .replace("en: Summary.}", "en: Summary., sv: Sammanfattning.}")
            .replace("en: Start.}", "en: Start., sv: Början.}")
            .replace("en: Done.}", "en: Done., sv: Gjort.}")
            .replace("en: Result.}", "en: Result., sv: Resultat.}"))
    project.write("acme.yml", text)
    assert diagnostics() == []


# --- plain and Markdown texts: link schemes ------------------------------------------


@pytest.mark.parametrize(
    "markdown, target",
    [
        ("[a](javascript:alert(1))", "javascript:alert(1)"),
        ("[a](data:text/html,hello)", "data:text/html,hello"),
        ("[a](javascript&#58;alert(1))", "javascript&#58;alert(1)"),
        ("[a](&#106;avascript:alert(1))", "&#106;avascript:alert(1)"),
        ("[a](JavaScript:alert(1))", "JavaScript:alert(1)"),
        ("[a]( vbscript:x 'title')", "vbscript:x"),
        ("[a](<javascript:x>)", "javascript:x"),
        ("<javascript:alert(1)>", "javascript:alert(1)"),
        ("[a][r]\\n\\n[r]: data:text/html,x", "data:text/html,x"),
        ("[a](file:///etc/passwd)", "file:///etc/passwd"),
    ],
)
def test_markdown_link_with_a_forbidden_scheme_is_an_error(project, markdown, target):
    project.write("acme.yml", BASE_CASE.replace("text: {fi: Alku., en: Start.}", f'text: {{fi: "{markdown}", en: Start.}}'))
    assert diagnostics() == [
        f"cases/acme.yml:10:14: error: starting_point.text.fi: link target '{target}' is not allowed:"
        " use an https:, http: or mailto: address or a relative path"
    ]


@pytest.mark.parametrize(
    "markdown",
    [
        "[a](https://www.kulmia.fi)",
        "[a](http://example.com/x?y=1)",
        "[a](mailto:info@kulmia.fi)",
        "[a](../other-case/)",
        "[a](#results)",
        "[a](logos/a.svg 'title')",
        "<https://www.kulmia.fi>",
        "javascript: is only text here, not a link",
    ],
)
def test_markdown_link_with_an_allowed_scheme_or_relative_path_is_accepted(project, markdown):
    project.write("acme.yml", BASE_CASE.replace("text: {fi: Alku., en: Start.}", f'text: {{fi: "{markdown}", en: Start.}}'))
    assert diagnostics() == []


def test_links_are_checked_in_about_and_in_points(project):
    text = client_with('  about: {fi: "[a](data:x)", en: About.}\n').replace(
        "- {fi: Tehtiin., en: Done.}", '- {fi: Tehtiin., en: "[b](javascript:x)"}')
    project.write("acme.yml", text)
    assert diagnostics() == [
        "cases/acme.yml:6:15: error: client.about.fi: link target 'data:x' is not allowed:"
        " use an https:, http: or mailto: address or a relative path",
        "cases/acme.yml:14:26: error: actions.points[0].en: link target 'javascript:x' is not allowed:"
        " use an https:, http: or mailto: address or a relative path",
    ]


def test_plain_text_is_not_markdown_so_a_link_in_it_is_just_text(project):
    project.write("acme.yml", BASE_CASE.replace("en: Title", 'en: "[a](javascript:x)"'))
    assert diagnostics() == []


# --- lengths, in code points ---------------------------------------------------------


@pytest.mark.parametrize("field, line, column, limit", [("title", 6, 26, 120), ("summary", 7, 33, 300)])
def test_length_limit_is_counted_in_characters_not_bytes(project, field, line, column, limit):
    original = {"title": "en: Title", "summary": "en: Summary."}[field]
    project.write("acme.yml", BASE_CASE.replace(original, "en: " + "ä" * (limit + 1)))
    assert diagnostics() == [
        f"cases/acme.yml:{line}:{column}: error: {field}.en: is {limit + 1} characters long;"
        f" at most {limit} are allowed (1 too many)"
    ]


@pytest.mark.parametrize("field, limit", [("title", 120), ("summary", 300)])
def test_length_at_the_limit_is_accepted(project, field, limit):
    original = {"title": "en: Title", "summary": "en: Summary."}[field]
    project.write("acme.yml", BASE_CASE.replace(original, "en: " + "ä" * limit))
    assert diagnostics() == []


def quote(text_en: str, **fields: str) -> str:
    lines = [f"  - text: {{fi: Hyvä., en: {text_en}}}", "    role: {fi: Johtaja, en: Director}"]
    lines += [f"    {key}: {value}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def test_quote_has_at_most_800_characters(project):
    project.write("acme.yml", BASE_CASE + "quotes:\n" + quote("ä" * 801) + quote("ä" * 800))
    assert diagnostics() == [
        "cases/acme.yml:18:27: error: quotes[0].text.en: is 801 characters long; at most 800 are allowed (1 too many)"
    ]


# --- the taxonomy keys ---------------------------------------------------------------


@pytest.mark.parametrize(
    "change, expected",
    [
        (("private-sector", "privat-sector"),
         "cases/acme.yml:5:11: error: client.sector: unknown sector 'privat-sector'; did you mean 'private-sector'?"
         " (the sectors are defined in _taxonomy.yml)"),
        (("[facilitation]", "[facilitation, coachin]"),
         "cases/acme.yml:8:26: error: services[1]: unknown service 'coachin'; did you mean 'coaching'?"
         " (the services are defined in _taxonomy.yml)"),
        (("services: [facilitation]", "services: [facilitation]\ntools: [disk]"),
         "cases/acme.yml:9:9: error: tools[0]: unknown tool 'disk'; did you mean 'disc'?"
         " (the tools are defined in _taxonomy.yml)"),
        (("  sector: private-sector", "  sector: private-sector\n  region: uusimma"),
         "cases/acme.yml:6:11: error: client.region: unknown region 'uusimma'; did you mean 'uusimaa'?"
         " (the regions are defined in _taxonomy.yml)"),
        (("status: published", "status: published\nprovider: kulmai"),
         "cases/acme.yml:2:11: error: provider: unknown provider 'kulmai'; did you mean 'kulmia'?"
         " (the providers are defined in _taxonomy.yml)"),
    ],
)
def test_unknown_taxonomy_key_suggests_the_closest_defined_one(project, change, expected):
    project.write("acme.yml", BASE_CASE.replace(*change))
    assert diagnostics() == [expected]


def test_unknown_taxonomy_key_with_nothing_close_lists_the_defined_keys(project):
    project.write("acme.yml", BASE_CASE.replace("private-sector", "zzz"))
    assert diagnostics() == [
        "cases/acme.yml:5:11: error: client.sector: unknown sector 'zzz'; expected one of: public-sector, private-sector"
        " (the sectors are defined in _taxonomy.yml)"
    ]


def test_known_provider_is_accepted(project):
    project.write("acme.yml", "provider: kulmia\n" + BASE_CASE)
    assert diagnostics() == []


def test_default_provider_must_be_defined_in_the_taxonomy(project):
    project.write_config(default_provider="humap")
    project.write("_taxonomy.yml", TAXONOMY_FI_EN)
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == [
        "cases/_taxonomy.yml:6:3: error: providers: the default_provider 'humap' of mkdocs.yml is not defined here;"
        " did you mean 'humaani'?"
    ]


def test_defined_default_provider_is_accepted(project):
    project.write_config(default_provider="kulmia")
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == []


def test_taxonomy_keys_are_checked_even_when_the_taxonomy_has_an_error(project):
    project.write("_taxonomy.yml", dedent("""\
        sectors:
          public-sector: {fi: Julkinen}
        services:
          facilitation: {fi: Fasilitointi, en: Facilitation}
        """))
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == [
        "cases/_taxonomy.yml:2:18: error: sectors.public-sector: translation missing for 'en'",
        "cases/acme.yml:5:11: error: client.sector: unknown sector 'private-sector'; did you mean 'public-sector'?"
        " (the sectors are defined in _taxonomy.yml)",
    ]


# --- approval and dates --------------------------------------------------------------


def test_approval_is_required_when_require_approval_is_on(project):
    project.write_config(require_approval=True)
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == [
        "cases/acme.yml:1:1: error: approval: a published case needs the client's approval"
        " (require_approval is on): add approval with by and date"
    ]


def test_approved_case_passes_when_require_approval_is_on(project):
    project.write_config(require_approval=True)
    project.write("acme.yml", BASE_CASE + "approval: {by: Pekka Rajala, date: 2024-05-13}\n")
    assert diagnostics() == []


def test_draft_needs_no_approval(project):
    project.write_config(require_approval=True)
    project.write("acme.yml", BASE_CASE.replace("status: published", "status: draft"))
    assert diagnostics() == []


def test_approval_is_optional_by_default(project):
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == []


def test_approval_needs_by_and_date(project):
    project.write("acme.yml", BASE_CASE + "approval:\n  by: Pekka Rajala\n")
    assert diagnostics() == ["cases/acme.yml:18:3: error: approval.date: required field is missing; add it"]


def test_approval_after_the_date_is_reported_at_the_approval_when_it_comes_later(project):
    project.write("acme.yml", BASE_CASE + "approval:\n  by: Pekka Rajala\n  date: 2024-05-14\n")
    assert diagnostics() == [
        "cases/acme.yml:19:9: error: approval.date: the approval (2024-05-14) is later than the publication date"
        " (2024-05-13); a case is published only after the client approved it"
    ]


def test_approval_after_the_date_is_reported_at_the_date_when_it_comes_later(project):
    project.write("acme.yml", "approval:\n  by: Pekka Rajala\n  date: 2024-05-14\n" + BASE_CASE)
    assert diagnostics() == [
        "cases/acme.yml:5:7: error: date: the approval (2024-05-14) is later than the publication date"
        " (2024-05-13); a case is published only after the client approved it"
    ]


def test_invalid_dates_are_not_also_compared(project):
    project.write("acme.yml", BASE_CASE + "approval: {by: Pekka, date: 2024-13-01}\n")
    assert diagnostics() == [
        "cases/acme.yml:17:29: error: approval.date: expected a date as YYYY-MM-DD (e.g. 2024-05-13), got '2024-13-01'"
    ]


def test_collaboration_until_before_since_is_reported_at_until(project):
    project.write("acme.yml", BASE_CASE + "collaboration:\n  since: 2020\n  until: 2019\n")
    assert diagnostics() == [
        "cases/acme.yml:19:10: error: collaboration.until: the collaboration ends (2019) before it starts (2020)"
    ]


def test_collaboration_until_before_since_is_reported_at_the_later_value(project):
    project.write("acme.yml", BASE_CASE + "collaboration:\n  until: 2019\n  since: 2020\n")
    assert diagnostics() == [
        "cases/acme.yml:19:10: error: collaboration.since: the collaboration ends (2019) before it starts (2020)"
    ]


@pytest.mark.parametrize("collaboration", ["{since: 2020, until: 2020}", "{since: 2020}"])
def test_collaboration_of_one_year_or_ongoing_is_valid(project, collaboration):
    project.write("acme.yml", BASE_CASE + f"collaboration: {collaboration}\n")
    assert diagnostics() == []


def test_collaboration_years_are_whole_numbers_not_texts(project):
    project.write("acme.yml", BASE_CASE + "collaboration:\n  since: '2018'\n")
    assert diagnostics() == [
        "cases/acme.yml:18:10: error: collaboration.since: expected a whole number, got a text: remove the quotes around 2018"
    ]


# --- anonymous clients ---------------------------------------------------------------


def test_anonymous_client_has_no_website_logo_or_quote_person(project):
    project.add_image("logos/a.svg")
    text = BASE_CASE.replace("  name: Acme Oy\n", "  name: A Finnish company\n  anonymous: true\n")
    text = text.replace("  sector: private-sector\n", "  sector: private-sector\n  website: https://acme.fi\n  logo: logos/a.svg\n")
    project.write("acme.yml", text + "quotes:\n" + quote("Good.", person="Matti Meikäläinen"))
    assert diagnostics() == [
        "cases/acme.yml:7:12: error: client.website: an anonymous client has no website; remove it",
        "cases/acme.yml:8:9: error: client.logo: an anonymous client has no logo; remove it",
        "cases/acme.yml:23:13: error: quotes[0].person: the client is anonymous: a quote names no person;"
        " remove it (keep the role)",
    ]


def test_anonymous_after_website_is_reported_at_anonymous(project):
    project.write("acme.yml", client_with("  website: https://acme.fi\n  anonymous: true\n"))
    assert diagnostics() == ["cases/acme.yml:7:14: error: client.anonymous: an anonymous client has no website; remove it"]


def test_anonymous_client_with_anonymous_quotes_is_valid(project):
    text = BASE_CASE.replace("  name: Acme Oy\n", "  name: {fi: Suomalainen kunta, en: A Finnish municipality}\n  anonymous: true\n")
    project.write("acme.yml", text + "quotes:\n" + quote("Good."))
    assert diagnostics() == []


def test_named_client_may_have_website_logo_and_quote_person(project):
    project.add_image("logos/a.svg")
    text = client_with("  anonymous: false\n  website: https://acme.fi\n  logo: logos/a.svg\n")
    project.write("acme.yml", text + "quotes:\n" + quote("Good.", person="Matti"))
    assert diagnostics() == []


@pytest.mark.parametrize("website", ["www.acme.fi", "ftp://acme.fi", "javascript:alert(1)", "https://"])
def test_website_is_an_http_url(project, website):
    project.write("acme.yml", client_with(f"  website: '{website}'\n"))
    assert diagnostics() == [
        f"cases/acme.yml:6:12: error: client.website: expected a web address starting with https:// (or http://),"
        f" got '{website}'"
    ]


# --- quotes and figures --------------------------------------------------------------


def test_at_most_one_highlighted_quote_the_second_is_reported(project):
    quotes = quote("A.", highlight="true") + quote("B.", highlight="false") + quote("C.", highlight="true")
    project.write("acme.yml", BASE_CASE + "quotes:\n" + quotes)
    assert diagnostics() == [
        "cases/acme.yml:26:16: error: quotes[2].highlight: only one quote can be the highlight; quotes[0] already is"
    ]


def test_quote_section_is_one_of_the_three(project):
    project.write("acme.yml", BASE_CASE + "quotes:\n" + quote("A.", section="result"))
    assert diagnostics() == [
        "cases/acme.yml:20:14: error: quotes[0].section: expected one of starting_point, actions, results,"
        " got the text 'result'; did you mean 'results'?"
    ]


def test_quote_needs_a_role(project):
    project.write("acme.yml", BASE_CASE + "quotes:\n  - text: {fi: Hyvä., en: Good.}\n    person: Matti\n")
    assert diagnostics() == ["cases/acme.yml:18:5: error: quotes[0].role: required field is missing; add it"]


def figures(count: int) -> str:
    return "figures:\n" + "".join(f"  - value: {i}\n    label: {{fi: kpl, en: pcs}}\n" for i in range(count))


def test_at_most_six_figures_the_seventh_is_reported(project):
    project.write("acme.yml", BASE_CASE + figures(8))
    assert diagnostics() == ["cases/acme.yml:30:5: error: figures[6]: at most 6 are allowed; this is number 7"]


def test_six_figures_are_accepted(project):
    project.write("acme.yml", BASE_CASE + figures(6))
    assert diagnostics() == []


@pytest.mark.parametrize(
    "value, message",
    [
        ("'10'", "expected a number, got a text: remove the quotes around 10"),
        ("ten", "expected a number, got the text 'ten'"),
        ("true", "expected a number, got true"),
        (".nan", "expected a finite number, got nan"),
    ],
)
def test_figure_value_is_a_number(project, value, message):
    project.write("acme.yml", BASE_CASE + f"figures:\n  - value: {value}\n    label: {{fi: kpl, en: pcs}}\n")
    assert diagnostics() == [f"cases/acme.yml:18:12: error: figures[0].value: {message}"]


def test_figure_needs_a_label(project):
    project.write("acme.yml", BASE_CASE + "figures:\n  - value: 10\n")
    assert diagnostics() == ["cases/acme.yml:18:5: error: figures[0].label: required field is missing; add it"]


# --- sections ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "section",
    ["  heading: {fi: Alku, en: Start}", "  points: []", "  text:", "  text: {}"],
)
def test_section_needs_text_or_points(project, section):
    project.write("acme.yml", BASE_CASE.replace("  text: {fi: Alku., en: Start.}", section))
    found = diagnostics()
    assert "cases/acme.yml:10:3: error: starting_point: a section needs text, points or both" in found


def test_section_with_only_a_heading_gives_exactly_one_diagnostic(project):
    project.write("acme.yml", BASE_CASE.replace("  text: {fi: Alku., en: Start.}", "  heading: {fi: Alku, en: Start}"))
    assert diagnostics() == ["cases/acme.yml:10:3: error: starting_point: a section needs text, points or both"]


SECTION_BLOCKS = {
    "starting_point": "starting_point:\n  text: {fi: Alku., en: Start.}\n",
    "actions": "actions:\n  points:\n    - {fi: Tehtiin., en: Done.}\n",
    "results": "results:\n  points:\n    - {fi: Tulos., en: Result.}\n",
}


@pytest.mark.parametrize("section", sorted(SECTION_BLOCKS))
def test_every_section_is_required(project, section):
    assert SECTION_BLOCKS[section] in BASE_CASE
    project.write("acme.yml", BASE_CASE.replace(SECTION_BLOCKS[section], ""))
    assert diagnostics() == [f"cases/acme.yml:1:1: error: {section}: required field is missing; add it"]


def test_section_with_text_and_points_is_valid(project):
    project.write("acme.yml", BASE_CASE.replace(
        "  text: {fi: Alku., en: Start.}", "  text: {fi: Alku., en: Start.}\n  points:\n    - {fi: a, en: b}"))
    assert diagnostics() == []


# --- related and aliases -------------------------------------------------------------


def test_related_names_existing_other_cases_once(project):
    project.write("beta.yml", BASE_CASE)
    project.write("acme.yml", BASE_CASE + "related: [beta, acme, beta, betta]\n")
    assert diagnostics() == [
        "cases/acme.yml:17:17: error: related[1]: a case cannot be related to itself",
        "cases/acme.yml:17:23: error: related[2]: case 'beta' is named twice; remove one",
        "cases/acme.yml:17:29: error: related[3]: there is no case 'betta'; did you mean 'beta'?",
    ]


def test_related_may_name_a_draft(project):
    project.write("beta.yml", BASE_CASE.replace("status: published", "status: draft"))
    project.write("acme.yml", BASE_CASE + "related: [beta]\n")
    assert diagnostics() == []


def test_related_is_a_list_not_a_text(project):
    project.write("acme.yml", BASE_CASE + "related: beta\n")
    assert diagnostics() == [
        "cases/acme.yml:17:10: error: related: expected a list ([a, b] or one '- item' per line), got the text 'beta'"
    ]


def test_alias_is_not_the_slug_of_a_case(project):
    project.write("beta.yml", BASE_CASE)
    project.write("acme.yml", BASE_CASE + "aliases: [beta]\n")
    assert diagnostics() == [
        "cases/acme.yml:17:11: error: aliases[0]: 'beta' is the slug of a case;"
        " an alias must be a former slug that no case has"
    ]


def test_alias_is_named_once(project):
    project.write("acme.yml", BASE_CASE + "aliases: [acme-oy, acme-oy]\n")
    assert diagnostics() == ["cases/acme.yml:17:20: error: aliases[1]: alias 'acme-oy' is named twice; remove one"]


def test_same_alias_on_two_cases_is_reported_on_the_second(project):
    project.write("acme.yml", BASE_CASE + "aliases: [old-name]\n")
    project.write("beta.yml", BASE_CASE + "aliases: [old-name]\n")
    assert diagnostics() == [
        "cases/beta.yml:17:11: error: aliases[0]: case 'acme' has the same alias; an alias leads to one case"
    ]


def test_same_alias_is_found_even_when_the_first_case_has_another_error(project):
    project.write("acme.yml", BASE_CASE + "aliases: [old-name]\nfeatured: yes\n")
    project.write("beta.yml", BASE_CASE + "aliases: [old-name]\n")
    assert diagnostics() == [
        "cases/acme.yml:18:11: error: featured: expected true or false, got the text 'yes'",
        "cases/beta.yml:17:11: error: aliases[0]: case 'acme' has the same alias; an alias leads to one case",
    ]


def test_alias_follows_the_slug_pattern(project):
    project.write("acme.yml", BASE_CASE + "aliases: [Old_Acme]\n")
    assert diagnostics() == [
        "cases/acme.yml:17:11: error: aliases[0]: 'Old_Acme' is not a valid key: use lowercase letters a-z,"
        " digits and single hyphens (e.g. 'old-acme')"
    ]


def test_alias_is_not_a_reserved_word(project):
    project.write("acme.yml", BASE_CASE + "aliases: [search]\n")
    assert diagnostics() == ["cases/acme.yml:17:11: error: aliases[0]: 'search' is a reserved word and cannot be an alias"]


# --- logo ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "logo, message",
    [
        ("logos/acm.svg", "there is no file cases/logos/acm.svg; did you mean 'logos/acme.svg'?"),
        ("../mkdocs.yml", "'../mkdocs.yml' points outside cases/; keep images inside it"),
        ("logos/../../secret.png", "'logos/../../secret.png' points outside cases/; keep images inside it"),
        ("/etc/passwd", "'/etc/passwd' must be a path relative to cases/ (e.g. logos/client.svg)"),
        ("https://acme.fi/logo.png", "'https://acme.fi/logo.png' must be a path relative to cases/ (e.g. logos/client.svg)"),
        ("logos/acme.gif", "'logos/acme.gif' is not an image this site shows; use svg, png, jpg, jpeg, webp"),
    ],
)
def test_logo_must_exist_inside_cases_and_be_an_image(project, logo, message):
    project.add_image("logos/acme.svg")
    project.write("logos/acme.gif", "GIF89a")
    project.write("acme.yml", client_with(f"  logo: {logo}\n"))
    assert diagnostics() == [f"cases/acme.yml:6:9: error: client.logo: {message}"]


@pytest.mark.parametrize("name", ["acme.svg", "acme.png", "acme.jpg", "acme.jpeg", "acme.webp", "ACME.PNG"])
def test_logo_with_an_allowed_extension_is_accepted(project, name):
    project.add_image(f"logos/{name}")
    project.write("acme.yml", client_with(f"  logo: logos/{name}\n"))
    assert diagnostics() == []


# --- size ----------------------------------------------------------------------------


def test_size_needs_at_least_one_key(project):
    project.write("acme.yml", client_with("  size: {}\n"))
    assert diagnostics() == [
        "cases/acme.yml:6:9: error: client.size: give at least one of employees, residents, customers,"
        " revenue_eur, or remove size"
    ]


def test_size_values_are_non_negative_whole_numbers(project):
    project.write("acme.yml", client_with("  size:\n    employees: -1\n    residents: 2.5\n    customers: '100'\n    staff: 3\n"))
    assert diagnostics() == [
        "cases/acme.yml:7:16: error: client.size.employees: must be at least 0, got -1",
        "cases/acme.yml:8:16: error: client.size.residents: expected a whole number, got the number 2.5",
        "cases/acme.yml:9:16: error: client.size.customers: expected a whole number, got a text: remove the quotes around 100",
        "cases/acme.yml:10:5: error: client.size.staff: unknown field 'staff'",
    ]


def test_size_with_every_key_is_valid(project):
    project.write("acme.yml", client_with("  size: {employees: 0, residents: 10000, customers: 5, revenue_eur: 1200000}\n"))
    assert diagnostics() == []


# --- collections ---------------------------------------------------------------------


def test_valid_collection(project):
    project.write("acme.yml", BASE_CASE)
    project.write("_collections/kunnat.yml", dedent("""\
        title: {fi: Kuntien tarinat, en: Stories from municipalities}
        intro: {fi: "Lue [lisää](https://kulmia.fi).", en: Read more.}
        cases: [acme]
        listed: true
        """))
    library = load_library(load_settings())
    assert [d.format() for d in library.report] == []
    assert library.collections["kunnat"].collection.cases == ["acme"]


def test_collection_names_existing_published_cases_once(project):
    project.write("acme.yml", BASE_CASE)
    project.write("luonnos.yml", BASE_CASE.replace("status: published", "status: draft"))
    project.write("_collections/kunnat.yml", dedent("""\
        title: {fi: Kunnat, en: Municipalities}
        cases: [acme, luonnos, acmee, acme]
        """))
    assert diagnostics() == [
        "cases/_collections/kunnat.yml:2:15: error: cases[1]: 'luonnos' is a draft; a collection lists published cases only",
        "cases/_collections/kunnat.yml:2:24: error: cases[2]: there is no case 'acmee'; did you mean 'acme'?",
        "cases/_collections/kunnat.yml:2:31: error: cases[3]: case 'acme' is named twice; remove one",
    ]


def test_collection_does_not_call_a_published_case_with_an_error_missing(project):
    project.write("acme.yml", BASE_CASE + "featured: yes\n")
    project.write("_collections/kunnat.yml", "title: {fi: Kunnat, en: Municipalities}\ncases: [acme]\n")
    assert diagnostics() == ["cases/acme.yml:17:11: error: featured: expected true or false, got the text 'yes'"]


def test_collection_intro_is_markdown_with_checked_links(project):
    project.write("acme.yml", BASE_CASE)
    project.write("_collections/kunnat.yml", dedent("""\
        title: {fi: Kunnat, en: Municipalities}
        intro: {fi: "[a](javascript:alert(1))", en: Intro.}
        cases: [acme]
        """))
    assert diagnostics() == [
        "cases/_collections/kunnat.yml:2:13: error: intro.fi: link target 'javascript:alert(1)' is not allowed:"
        " use an https:, http: or mailto: address or a relative path"
    ]


def test_collection_unknown_field(project):
    project.write("acme.yml", BASE_CASE)
    project.write("_collections/kunnat.yml", "title: {fi: Kunnat, en: Municipalities}\ncases: [acme]\nlisetd: true\n")
    assert diagnostics() == [
        "cases/_collections/kunnat.yml:3:1: error: lisetd: unknown field 'lisetd'; did you mean 'listed'?"
    ]


def test_collection_needs_a_title_and_cases(project):
    project.write("_collections/kunnat.yml", "cases: []\n")
    assert diagnostics() == [
        "cases/_collections/kunnat.yml:1:1: error: title: required field is missing; add it",
        "cases/_collections/kunnat.yml:1:8: error: cases: needs at least 1 item",
    ]


def test_collection_name_follows_the_slug_pattern(project):
    project.write("_collections/Kunnat.yaml", "title: {fi: Kunnat, en: Municipalities}\ncases: []\n")
    assert diagnostics() == [
        "cases/_collections/Kunnat.yaml:1:1: error: 'Kunnat' is not a valid collection name:"
        " use lowercase letters a-z, digits and single hyphens (e.g. 'kunnat')"
    ]


# --- the taxonomy file ---------------------------------------------------------------


def test_taxonomy_labels_are_localized_and_keys_are_slugs(project):
    project.write("_taxonomy.yml", dedent("""\
        sectors:
          private-sector: {fi: Yksityinen}
          Public_Sector: {fi: Julkinen, en: Public}
        services:
          facilitation: {fi: Fasilitointi, en: 12}
          coaching: Valmennus
        providers:
          kulmia:
            name: Kulmia
            website: www.kulmia.fi
            logo: logos/kulmia.png
        tool: {}
        """))
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == [
        "cases/_taxonomy.yml:2:19: error: sectors.private-sector: translation missing for 'en'",
        "cases/_taxonomy.yml:3:3: error: sectors.Public_Sector: 'Public_Sector' is not a valid key:"
        " use lowercase letters a-z, digits and single hyphens (e.g. 'public-sector')",
        'cases/_taxonomy.yml:5:40: error: services.facilitation.en: expected a text, got the number 12:'
        ' put it in quotes ("12")',
        "cases/_taxonomy.yml:6:13: error: services.coaching: expected a text per language ({fi: ..., en: ...}),"
        " got the text 'Valmennus'",
        "cases/_taxonomy.yml:10:14: error: providers.kulmia.website: expected a web address starting with"
        " https:// (or http://), got 'www.kulmia.fi'",
        "cases/_taxonomy.yml:11:11: error: providers.kulmia.logo: there is no file cases/logos/kulmia.png",
        "cases/_taxonomy.yml:12:1: error: tool: unknown field 'tool'; did you mean 'tools'?",
    ]


def test_taxonomy_label_in_an_unknown_language(project):
    project.write("_taxonomy.yml", "sectors:\n  private-sector: {fi: Yksityinen, en: Private, de: Privat}\n"
                  "services:\n  facilitation: {fi: Fasilitointi, en: Facilitation}\n")
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == [
        "cases/_taxonomy.yml:2:49: error: sectors.private-sector.de: 'de' is not one of the site's languages (fi, en)"
    ]


def test_provider_name_may_be_localized_and_needs_every_language(project):
    project.write("_taxonomy.yml", dedent("""\
        sectors:
          private-sector: {fi: Yksityinen, en: Private}
        services:
          facilitation: {fi: Fasilitointi, en: Facilitation}
        providers:
          kulmia:
            name: {fi: Kulmia Oy}
        """))
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == ["cases/_taxonomy.yml:7:11: error: providers.kulmia.name: translation missing for 'en'"]


def test_provider_with_logo_and_website_is_valid(project):
    project.add_image("logos/kulmia.svg")
    project.write("_taxonomy.yml", dedent("""\
        sectors:
          private-sector: {fi: Yksityinen, en: Private}
        services:
          facilitation: {fi: Fasilitointi, en: Facilitation}
        providers:
          kulmia: {name: Kulmia, website: "https://www.kulmia.fi", logo: logos/kulmia.svg}
        """))
    project.write("acme.yml", "provider: kulmia\n" + BASE_CASE)
    assert diagnostics() == []


def test_taxonomy_file_is_required(project):
    (project.cases / "_taxonomy.yml").unlink()
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == [
        "cases/_taxonomy.yml:1:1: error: the taxonomy file is missing; create it with sectors, services, regions,"
        " tools and providers"
    ]


def test_taxonomy_may_be_a_yaml_file(project):
    (project.cases / "_taxonomy.yml").rename(project.cases / "_taxonomy.yaml")
    project.write("acme.yml", BASE_CASE)
    assert diagnostics() == []


# --- drafts --------------------------------------------------------------------------


def test_drafts_are_validated_like_published_cases(project):
    project.write("acme.yml", BASE_CASE.replace("status: published", "status: draft")
                  .replace("private-sector", "privat-sector") + "featured: yes\n")
    assert diagnostics() == [
        "cases/acme.yml:5:11: error: client.sector: unknown sector 'privat-sector'; did you mean 'private-sector'?"
        " (the sectors are defined in _taxonomy.yml)",
        "cases/acme.yml:17:11: error: featured: expected true or false, got the text 'yes'",
    ]


# --- all problems, in all files, in one sorted run -----------------------------------


def test_all_problems_in_all_files_are_reported_sorted_by_file_and_line(project):
    project.write("zeta.yml", BASE_CASE + "featured: yes\n" + "qoutes: []\n")
    project.write("acme.yml", BASE_CASE.replace("en: Title", "en: 2024") + "related: [nope]\n")
    project.write("Bad_Name.yml", BASE_CASE)
    project.write("_collections/kunnat.yml", "title: {fi: Kunnat}\ncases: [acme]\n")
    project.write("_taxonomy.yml", "sectors:\n  private-sector: {fi: Yksityinen}\n"
                  "services:\n  facilitation: {fi: Fasilitointi, en: Facilitation}\n")
    found = diagnostics()
    assert found == [
        "cases/Bad_Name.yml:1:1: error: 'Bad_Name' is not a valid file name (the case's slug):"
        " use lowercase letters a-z, digits and single hyphens (e.g. 'bad-name')",
        "cases/_collections/kunnat.yml:1:8: error: title: translation missing for 'en'",
        "cases/_taxonomy.yml:2:19: error: sectors.private-sector: translation missing for 'en'",
        'cases/acme.yml:6:26: error: title.en: expected a text, got the number 2024: put it in quotes ("2024")',
        "cases/acme.yml:17:11: error: related[0]: there is no case 'nope'; expected one of: zeta",
        "cases/zeta.yml:17:11: error: featured: expected true or false, got the text 'yes'",
        "cases/zeta.yml:18:1: error: qoutes: unknown field 'qoutes'; did you mean 'quotes'?",
    ]


# --- one file, ten mistakes ----------------------------------------------------------

TEN_MISTAKES = """\
status: publised
date: 2024-13-45
featured: yes
provider: kulmai
client:
  name: Acme Oy
  sector: privat-sector
  website: www.acme.fi
title:
  fi: Otsikko
  en: 2024
summary: {fi: Tiivistelmä.}
services: [facilitation]
qoutes: []
starting_point:
  heading: {fi: Alku, en: Start}
actions:
  points:
    - {fi: Tehtiin., en: Done.}
results:
  points:
    - {fi: Tulos., en: Result.}
"""


def test_ten_mistakes_in_one_file_give_ten_diagnostics_on_their_own_lines(project):
    project.write("acme.yml", TEN_MISTAKES)
    found = diagnostics()
    assert len(found) == 10
    assert [int(line.split(":")[1]) for line in found] == [1, 2, 3, 4, 7, 8, 11, 12, 14, 16]
    assert found == [
        "cases/acme.yml:1:9: error: status: expected one of draft, published, got the text 'publised';"
        " did you mean 'published'?",
        "cases/acme.yml:2:7: error: date: expected a date as YYYY-MM-DD (e.g. 2024-05-13), got '2024-13-45'",
        "cases/acme.yml:3:11: error: featured: expected true or false, got the text 'yes'",
        "cases/acme.yml:4:11: error: provider: unknown provider 'kulmai'; did you mean 'kulmia'?"
        " (the providers are defined in _taxonomy.yml)",
        "cases/acme.yml:7:11: error: client.sector: unknown sector 'privat-sector'; did you mean 'private-sector'?"
        " (the sectors are defined in _taxonomy.yml)",
        "cases/acme.yml:8:12: error: client.website: expected a web address starting with https:// (or http://),"
        " got 'www.acme.fi'",
        'cases/acme.yml:11:7: error: title.en: expected a text, got the number 2024: put it in quotes ("2024")',
        "cases/acme.yml:12:10: error: summary: translation missing for 'en'",
        "cases/acme.yml:14:1: error: qoutes: unknown field 'qoutes'; did you mean 'quotes'?",
        "cases/acme.yml:16:3: error: starting_point: a section needs text, points or both",
    ]
