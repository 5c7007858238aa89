"""The `tarinasto` command: validate, new, translations, schema, --cases and --config.

The no-traceback tests run the installed console script as a subprocess, exactly as a
consultant or CI runs it; the others run it in-process (`run_cli`)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from textwrap import dedent

import pytest
import yaml
from tarinasto.content.model import Case

from tests.conftest import BASE_CASE, TARINASTO

SUMMARY = re.compile(r"^\d+ cases?(, \d+ collections?)?: (no problems|\d+ errors?, \d+ warnings?)$")


def tarinasto(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TARINASTO, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def lines(output: str) -> list[str]:
    return output.rstrip("\n").split("\n")


TAXONOMY_SV = dedent("""\
    sectors:
      private-sector: {fi: Yksityinen sektori, en: Private sector, sv: Privat sektor}
    services:
      facilitation: {fi: Fasilitointi, en: Facilitation, sv: Facilitering}
    providers:
      kulmia: {name: Kulmia, website: "https://www.kulmia.fi"}
    """)


# --- validate: never a traceback -----------------------------------------------------

BROKEN: dict[str, bytes] = {
    "invalid-utf8": BASE_CASE.encode() + b"quotes: \xff\xfe\n",
    "latin1": "client: Ä\n".encode("latin-1"),
    "utf16": BASE_CASE.encode("utf-16"),
    "binary": bytes(range(256)) * 4,
    "syntax": b"status: [published\n",
    "control-character": b"status: pub\x00lished\n",
    "tab": BASE_CASE.replace("  name:", "\tname:").encode(),
    "deep-nesting": b"x: " + b"[" * 20000 + b"]" * 20000 + b"\n",
    "python-tag": b"status: !!python/object/apply:os.system ['echo hi']\n",
    "anchors": b"a: &x [1]\nb: *x\nc: *undefined\n",
    "empty": b"",
    "only-comment": b"# nothing here\n",
    "scalar": b"just a text\n",
    "list": b"- a\n- b\n",
    "two-documents": BASE_CASE.encode() + b"---\n" + BASE_CASE.encode(),
    "complex-key": b"? [a, b]\n: c\n? {x: 1}\n: d\n",
    "wrong-types": dedent("""\
        status: [draft]
        date: {year: 2024}
        featured: 1
        provider: [kulmia]
        approval: yes
        aliases: {a: b}
        related: 12
        client: [name]
        title: Otsikko
        summary: {fi: [a], en: {b: c}}
        services: facilitation
        tools: [1, null, [x], {y: z}]
        collaboration: {since: '2018', until: .nan}
        figures: [1, [2], {value: .inf, label: x, before: -.inf}]
        starting_point: null
        actions: []
        results: {text: 1, points: {fi: a}}
        quotes: [{text: null, person: 3, role: [], organization: {fi: 1}, section: 9, highlight: 'true'}, 7]
        """).encode(),
    "huge-numbers": (BASE_CASE + "figures:\n  - value: 1" + "0" * 500 + "\n    label: {fi: a, en: b}\n"
                     "collaboration: {since: 9" + "9" * 500 + "}\n").encode(),
    "too-big": b"#" * (1024 * 1024 + 1),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_validate_never_shows_a_traceback(project, name):
    (project.cases / "acme.yml").write_bytes(BROKEN[name])
    result = tarinasto(project.root, "validate")
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert result.returncode == 1
    assert result.stderr == ""
    out = lines(result.stdout)
    assert SUMMARY.match(out[-1]), out[-1]
    assert re.search(r"[1-9]\d* errors?", out[-1])
    # every diagnostic is one line in the annotated form
    for line in out[:-1]:
        assert re.match(r"^cases/acme\.yml:\d+:\d+: error: ", line), line


@pytest.mark.parametrize(
    "name, text",
    [
        ("taxonomy-list", "- a\n"),
        ("taxonomy-wrong-types", "sectors: [a]\nservices: {x: 1}\nproviders: {kulmia: [1], humap: {name: 1, logo: 2}}\n"),
        ("taxonomy-syntax", "sectors: {\n"),
    ],
)
def test_validate_never_shows_a_traceback_for_a_broken_taxonomy(project, name, text):
    project.write("_taxonomy.yml", text)
    project.write("acme.yml", BASE_CASE)
    result = tarinasto(project.root, "validate")
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1
    assert SUMMARY.match(lines(result.stdout)[-1])


def test_validate_never_shows_a_traceback_for_a_broken_collection(project):
    project.write("acme.yml", BASE_CASE)
    project.write("_collections/a.yml", "title: 1\ncases: {acme: 1}\nlisted: maybe\n")
    project.write("_collections/b.yml", "cases: [acme, 1, null, [x]]\n")
    project.write("_collections/c.yml", "[\n")
    result = tarinasto(project.root, "validate")
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1
    assert lines(result.stdout)[-1] == "1 case, 3 collections: 8 errors, 0 warnings"


def test_missing_cases_folder_is_a_diagnostic_not_a_traceback(project, tmp_path):
    result = tarinasto(project.root, "validate", "--cases", "nowhere")
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1
    assert lines(result.stdout) == [
        "nowhere:1:1: error: the cases folder does not exist; create nowhere/ or set --cases",
        "0 cases: 1 error, 0 warnings",
    ]


# --- --cases and --config ------------------------------------------------------------


def test_cases_option_points_at_another_folder(project):
    project.write("acme.yml", BASE_CASE + "featured: yes\n")  # the default folder: not checked
    other = project.root / "other"
    other.mkdir()
    (other / "_taxonomy.yml").write_text((project.cases / "_taxonomy.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (other / "beta.yml").write_text(BASE_CASE.replace("en: Title", "en: 12"), encoding="utf-8")
    result = tarinasto(project.root, "validate", "--cases", "other")
    assert result.returncode == 1
    assert lines(result.stdout) == [
        'other/beta.yml:6:26: error: title.en: expected a text, got the number 12: put it in quotes ("12")',
        "1 case: 1 error, 0 warnings",
    ]


def test_config_option_reads_another_mkdocs_yml(project):
    site = project.root / "site2"
    (site / "cases").mkdir(parents=True)
    (site / "mkdocs.yml").write_text(
        "site_name: Two\nplugins:\n  - search\n  - tarinasto:\n      languages: [fi, en, sv]\n", encoding="utf-8")
    (site / "cases" / "_taxonomy.yml").write_text(TAXONOMY_SV, encoding="utf-8")
    (site / "cases" / "acme.yml").write_text(BASE_CASE, encoding="utf-8")
    result = tarinasto(project.root, "validate", "--config", "site2/mkdocs.yml")
    assert result.returncode == 1
    out = lines(result.stdout)
    assert out[0] == "site2/cases/acme.yml:6:8: error: title: translation missing for 'sv'"
    assert out[-1] == "1 case: 5 errors, 0 warnings"
    assert all("translation missing for 'sv'" in line for line in out[:-1])


def test_config_and_cases_options_together(project):
    config = project.root / "conf" / "mkdocs.yml"
    config.parent.mkdir()
    config.write_text("plugins:\n  - tarinasto:\n      require_approval: true\n", encoding="utf-8")
    project.write("acme.yml", BASE_CASE)
    result = tarinasto(project.root, "validate", "--config", "conf/mkdocs.yml", "--cases", "cases")
    assert result.returncode == 1
    assert lines(result.stdout)[0] == (
        "cases/acme.yml:1:1: error: approval: a published case needs the client's approval"
        " (require_approval is on): add approval with by and date"
    )


def test_config_option_with_a_missing_file_is_an_error(project):
    result = tarinasto(project.root, "validate", "--config", "nope/mkdocs.yml")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "tarinasto: error: --config nope/mkdocs.yml: there is no such file\n"


def test_unknown_language_in_the_configuration_is_an_error_not_a_traceback(project):
    project.write_config(languages=["fi", "xx-nope"])
    result = tarinasto(project.root, "validate")
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == "tarinasto: error: mkdocs.yml: plugin option 'languages': 'xx-nope' is not a locale that Babel knows\n"


def test_every_plugin_option_is_accepted_by_the_command_line_tools(project):
    from tarinasto.mkdocs.config import TarinastoConfig

    options = {"site_names": {"fi": "Tarinat", "en": "Stories"}, "locales_dir": "locales",
               "default_provider": "kulmia", "require_approval": False, "cache_dir": "build-cache",
               "contact": {"email": "myynti@kulmia.example", "phone": "+358 40 123 4567",
                           "url": "https://kulmia.example/yhteys/", "website": "https://kulmia.example/"}}
    assert set(options) | {"languages", "cases_dir", "allow_missing_translations"} >= set(
        name for name, _ in TarinastoConfig._schema)
    project.write_config(**options)
    project.write("acme.yml", BASE_CASE)
    result = tarinasto(project.root, "validate")
    assert (result.returncode, result.stderr) == (0, "")


def test_misspelt_plugin_option_is_an_error(project):
    project.write_config(require_aproval=True)
    result = tarinasto(project.root, "validate")
    assert result.returncode == 2
    assert result.stderr == (
        "tarinasto: error: mkdocs.yml: plugin option 'require_aproval': unknown option; did you mean 'require_approval'?\n")


# --- new -----------------------------------------------------------------------------


def test_new_writes_a_case_file_with_the_schema_line_on_top(project, run_cli):
    code, output = run_cli("new", "my-case")
    assert code == 0
    path = project.cases.resolve() / "my-case.yml"
    assert output == f"wrote {path}\nnext: fill it in, then run `tarinasto validate`\n"
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../schema/case.schema.json"


def test_new_names_every_field_of_the_format(project, run_cli):
    run_cli("new", "my-case")
    text = (project.cases / "my-case.yml").read_text(encoding="utf-8")
    fields = {"status", "date", "updated", "featured", "provider", "approval", "by", "aliases", "related", "client",
              "name", "anonymous", "sector", "region", "website", "logo", "size", "about", "title", "summary", "cover",
              "src", "alt", "services",
              "tools", "collaboration", "since", "until", "figures", "value", "label", "qualifier", "unit", "before",
              "starting_point", "actions", "results", "heading", "text", "points", "quotes", "person", "role",
              "organization", "section", "highlight"}
    assert fields >= set(Case.model_fields)
    for field in sorted(fields):
        assert re.search(rf"^[ #-]*{field}:", text, re.MULTILINE), field


def test_new_uses_the_configured_languages(project, run_cli):
    project.write_config(languages=["fi", "en", "sv"])
    code, _ = run_cli("new", "my-case")
    assert code == 0
    text = (project.cases / "my-case.yml").read_text(encoding="utf-8")
    assert 'title:  # plain text, at most 120 characters\n  fi: ""\n  en: ""\n  sv: ""\n' in text
    assert '- {fi: "", en: "", sv: ""}' in text


def test_new_refuses_to_overwrite(project, run_cli):
    project.write("acme.yml", BASE_CASE)
    code, output = run_cli("new", "acme")
    assert code == 1
    assert output == f"tarinasto: error: {project.cases.resolve() / 'acme.yml'} already exists; not overwriting it\n"
    assert (project.cases / "acme.yml").read_text(encoding="utf-8") == BASE_CASE


def test_new_refuses_when_the_case_exists_as_yaml(project, run_cli):
    project.write("acme.yaml", BASE_CASE)
    code, _ = run_cli("new", "acme")
    assert code == 1
    assert not (project.cases / "acme.yml").exists()


@pytest.mark.parametrize(
    "slug, message",
    [
        ("My_Case", "'My_Case' is not a valid slug: use lowercase letters a-z, digits and single hyphens (e.g. 'my-case')"),
        ("en", "'en' is a reserved word and cannot be a slug; choose another name"),
        ("a" * 81, f"'{'a' * 81}' is 81 characters long; a slug has at most 80"),
        ("saarijärven-kirjasto", "'saarijärven-kirjasto' is not a valid slug: a web address takes the letters a-z"
                                 " only, not ä; write 'saarijarven-kirjasto'"),
        ("åbo-hörsal", "'åbo-hörsal' is not a valid slug: a web address takes the letters a-z only, not å, ö;"
                       " write 'abo-horsal'"),
    ],
)
def test_new_rejects_a_bad_slug(project, run_cli, slug, message):
    code, output = run_cli("new", slug)
    assert code == 2
    assert output == f"tarinasto: error: {message}\n"
    assert sorted(p.name for p in project.cases.iterdir()) == ["_taxonomy.yml"]


def test_new_then_validate_then_fill_in_is_the_new_user_journey(project):
    project.write_config(languages=["fi", "en", "sv"])
    project.write("_taxonomy.yml", TAXONOMY_SV)

    result = tarinasto(project.root, "new", "my-case")
    assert result.returncode == 0, result.stderr

    # validate lists, with line numbers, exactly what is still to fill in
    result = tarinasto(project.root, "validate")
    assert result.returncode == 1
    assert lines(result.stdout) == [
        "cases/my-case.yml:18:9: error: client.name: is empty; fill in the name",
        "cases/my-case.yml:20:11: error: client.sector: is empty; fill it in",
        "cases/my-case.yml:30:7: error: title.fi: the text for 'fi' is empty; fill it in",
        "cases/my-case.yml:31:7: error: title.en: the text for 'en' is empty; fill it in",
        "cases/my-case.yml:32:7: error: title.sv: the text for 'sv' is empty; fill it in",
        "cases/my-case.yml:35:7: error: summary.fi: the text for 'fi' is empty; fill it in",
        "cases/my-case.yml:36:7: error: summary.en: the text for 'en' is empty; fill it in",
        "cases/my-case.yml:37:7: error: summary.sv: the text for 'sv' is empty; fill it in",
        "cases/my-case.yml:42:11: error: services: needs at least 1 item",
        "cases/my-case.yml:61:12: error: starting_point.points[0].fi: the text for 'fi' is empty; fill it in",
        "cases/my-case.yml:61:20: error: starting_point.points[0].en: the text for 'en' is empty; fill it in",
        "cases/my-case.yml:61:28: error: starting_point.points[0].sv: the text for 'sv' is empty; fill it in",
        "cases/my-case.yml:65:12: error: actions.points[0].fi: the text for 'fi' is empty; fill it in",
        "cases/my-case.yml:65:20: error: actions.points[0].en: the text for 'en' is empty; fill it in",
        "cases/my-case.yml:65:28: error: actions.points[0].sv: the text for 'sv' is empty; fill it in",
        "cases/my-case.yml:69:12: error: results.points[0].fi: the text for 'fi' is empty; fill it in",
        "cases/my-case.yml:69:20: error: results.points[0].en: the text for 'en' is empty; fill it in",
        "cases/my-case.yml:69:28: error: results.points[0].sv: the text for 'sv' is empty; fill it in",
        "1 case: 18 errors, 0 warnings",
    ]
    # each diagnostic points at a line that really holds an empty value
    path = project.cases / "my-case.yml"
    file_lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines(result.stdout)[:-1]:
        number = int(line.split(":")[1])
        assert '""' in file_lines[number - 1] or "[]" in file_lines[number - 1], line

    # fill everything in, as a consultant would, and the case is valid
    text = path.read_text(encoding="utf-8")
    text = text.replace('sector: ""', "sector: private-sector").replace("services: []", "services: [facilitation]")
    text = text.replace('""', '"Teksti"')
    path.write_text(text, encoding="utf-8")
    result = tarinasto(project.root, "validate")
    assert result.returncode == 0, result.stdout
    assert result.stdout == "1 case: no problems\n"


def test_new_case_with_its_optional_fields_uncommented_is_still_a_valid_shape(project, run_cli):
    """The commented-out fields show the real shape: uncommenting those with a value parses."""
    run_cli("new", "my-case")
    path = project.cases / "my-case.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('sector: ""', "sector: private-sector").replace("services: []", "services: [facilitation]")
    text = text.replace('""', '"Teksti"')
    for line, filled in [
        ("# tools: []", "tools: [disc]"),
        ("# collaboration:", "collaboration:"), ("#   since:", "  since:"), ("#   until:", "  until:"),
        ("  # website: https://...", "  website: https://acme.example"),
        ("  # region: ...", "  region: uusimaa"),
        ("# provider: ...", "provider: kulmia"),
    ]:
        assert line in text, line
        text = text.replace(line, filled, 1)
    path.write_text(text, encoding="utf-8")
    code, output = run_cli("validate")
    assert (code, output) == (0, "1 case: no problems\n")


# --- translations --------------------------------------------------------------------


def test_translations_lists_the_missing_texts_per_language(project, run_cli):
    project.write("acme.yml", BASE_CASE.replace("{fi: Otsikko, en: Title}", "{fi: Otsikko}")
                  .replace("en: Done.", 'en: ""'))
    project.write("beta.yml", BASE_CASE.replace("{fi: Alku., en: Start.}", "{en: Start.}"))
    code, output = run_cli("translations")
    assert code == 1
    assert lines(output) == [
        "fi: 1 text missing",
        "cases/beta.yml:10:9: error: starting_point.text: translation missing for 'fi'",
        "en: 2 texts missing",
        "cases/acme.yml:6:8: error: title: translation missing for 'en'",
        "cases/acme.yml:13:26: error: actions.points[0].en: the text for 'en' is empty; fill it in",
    ]


def test_translations_lists_the_taxonomy_too(project, run_cli):
    project.write_config(languages=["fi", "en", "sv"])
    project.write("_taxonomy.yml", TAXONOMY_SV.replace(", sv: Facilitering", ""))
    code, output = run_cli("translations")
    assert code == 1
    assert lines(output) == [
        "fi: 0 texts missing",
        "en: 0 texts missing",
        "sv: 1 text missing",
        "cases/_taxonomy.yml:4:17: error: services.facilitation: translation missing for 'sv'",
    ]


def test_translations_exit_0_when_nothing_is_missing(project, run_cli):
    project.write("acme.yml", BASE_CASE)
    code, output = run_cli("translations")
    assert (code, output) == (0, "fi: 0 texts missing\nen: 0 texts missing\n")


def test_translations_as_a_subprocess(project):
    project.write("acme.yml", BASE_CASE.replace("{fi: Otsikko, en: Title}", "{fi: Otsikko}"))
    result = tarinasto(project.root, "translations")
    assert result.returncode == 1
    assert result.stdout == "fi: 0 texts missing\nen: 1 text missing\ncases/acme.yml:6:8: error: title: translation missing for 'en'\n"


# --- schema --------------------------------------------------------------------------


def test_schema_writes_schema_case_schema_json(project, run_cli):
    code, output = run_cli("schema")
    path = project.root.resolve() / "schema" / "case.schema.json"
    assert code == 0
    assert output == f"wrote {path}\n"
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["title"]["required"] == ["fi", "en"]
    keys = schema["properties"]["services"]["items"]["anyOf"]
    assert [k["const"] for k in keys] == ["facilitation", "coaching", "leadership-development"]
    # each key with its labels, for completion and hover
    assert keys[0]["title"] == "Fasilitointi" and keys[0]["description"] == "fi: Fasilitointi · en: Facilitation"


def test_schema_follows_the_configured_languages_and_taxonomy(project, run_cli):
    project.write_config(languages=["fi", "en", "sv"])
    project.write("_taxonomy.yml", TAXONOMY_SV)
    code, _ = run_cli("schema", "--output", "out/s.json")
    assert code == 0
    schema = json.loads((project.root / "out" / "s.json").read_text(encoding="utf-8"))
    assert schema["properties"]["summary"]["required"] == ["fi", "en", "sv"]
    assert schema["properties"]["summary"]["additionalProperties"] is False
    assert [k["const"] for k in schema["$defs"]["Client"]["properties"]["sector"]["anyOf"]] == ["private-sector"]


def test_schema_leaves_languages_optional_when_translations_may_be_missing(project, run_cli):
    project.write_config(allow_missing_translations=True)
    run_cli("schema")
    schema = json.loads((project.root / "schema" / "case.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["title"]["required"] == []


def test_validate_notes_a_schema_that_the_taxonomy_left_behind(project, run_cli):
    project.add_case("acme")
    assert run_cli("schema")[0] == 0
    code, out = run_cli("validate")
    assert code == 0 and "out of date" not in out
    taxonomy = yaml.safe_load((project.cases / "_taxonomy.yml").read_text(encoding="utf-8"))
    taxonomy["services"]["mentoring"] = {"fi": "Mentorointi", "en": "Mentoring"}
    project.write_yaml("_taxonomy.yml", taxonomy)
    code, out = run_cli("validate")
    assert code == 0
    assert out.splitlines()[-1] == (
        "note: schema/case.schema.json is out of date (languages, taxonomy or cases changed): run `tarinasto schema`"
    )
