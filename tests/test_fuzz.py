"""A property of every input: `tarinasto validate` ends with exit status 0 or 1, prints only
diagnostics and its summary, and never a traceback; a case it accepts also renders.

Hypothesis mutates valid case files (random bytes, deep structures, huge scalars, odd
Unicode, hostile links, YAML syntax). The number of examples is bounded, not the time, and
the examples are derived from the test itself (`derandomize`), so CI runs the same ones.
"""

from __future__ import annotations

import re
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tarinasto.cli import main

from tests.conftest import BASE_CASE, Project

DIAGNOSTIC = re.compile(r"^\S.*:\d+:\d+: (error|warning): .+$")
SUMMARY = re.compile(r"^\d+ cases?(, \d+ collections?)?: (no problems|\d+ errors?, \d+ warnings?)$")
EVERY_FIELD = (Path(__file__).parent / "fixtures" / "every-field.yml").read_text(encoding="utf-8")

ODD_TEXT = st.sampled_from([
    "\u200b\u200b", "\u202egnp.exe", "\x1b[2J", "\x00", "a\rb", "::error file=x::y", "\ufeff", "e\u0301" * 50,
    "🙂" * 200, "\U0001f3f3\ufe0f\u200d\U0001f308", "\u2028", "ä" * 5000, "'", '"', "\\", "%", "{{ 7*7 }}",
    "<script>alert(1)</script>", "&#x6a;avascript:x",
])
HOSTILE_SCALARS = st.one_of(
    st.sampled_from(["9" * 5000, "-" + "9" * 40, "1e999", "-.inf", ".nan", "0x" + "f" * 3000, "1" * 29,
                     "2099-W01-1", "20240513", "2024-02-30", "yes", "~", "!!python/object:os.system", "&a x", "*a",
                     "[" * 200 + "]" * 200, "{a: " * 80 + "}" * 80, "[a](javascript:alert(1))", "[a](//evil.example)",
                     "<https://x>", "[a]: data:text/html,x", "- - - -", "? [a]\n: b", "|\n  x", ">-", "'unclosed",
                     '"unclosed', "{fi: a, b, en: c}", "\t"]),
    ODD_TEXT.map(lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'),
    st.text(min_size=0, max_size=60),
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from([BASE_CASE, EVERY_FIELD]))
    lines = text.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["value", "line", "duplicate", "delete", "indent", "bytes"]))
        line = lines[index]
        if kind == "value" and ":" in line:
            key = line.split(":", 1)[0]
            lines[index] = f"{key}: {draw(HOSTILE_SCALARS)}\n"
        elif kind == "line":
            lines.insert(index, draw(HOSTILE_SCALARS) + "\n")
        elif kind == "duplicate":
            lines.insert(index, line)
        elif kind == "delete" and len(lines) > 1:
            del lines[index]
        elif kind == "indent":
            lines[index] = draw(st.sampled_from(["", " ", "    ", "\t"])) + line.lstrip(" ")
    data = "".join(lines).encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 3)) == 0:
        position = draw(st.integers(0, len(data)))
        data = data[:position] + draw(st.binary(max_size=16)) + data[position:]
    return data


def run_validate(root: Path) -> tuple[int, str, str]:
    import os

    out, err = StringIO(), StringIO()
    cwd = os.getcwd()
    os.chdir(root)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["validate"])
    finally:
        os.chdir(cwd)
    return code, out.getvalue(), err.getvalue()


def render_core(root: Path) -> int:
    """Every page of an accepted project, rendered by the layers below MkDocs."""
    from tarinasto import load_library, load_settings
    from tarinasto.site.build import SiteBuild
    from tarinasto.site.config import SiteConfig
    from tarinasto.site.i18n import load_languages
    from tarinasto.site.renderer import SiteRenderer

    settings = load_settings(root / "mkdocs.yml")
    library = load_library(settings)
    config = SiteConfig(settings=settings, options=settings.options, site_name="Fuzz", site_url="https://x.example/")  # type: ignore[arg-type]
    build = SiteBuild(SiteRenderer(library, config, load_languages(settings.languages)))
    return len(build.pages) + len(build.cases_json) + sum(len(docs) for docs in build.search_documents().values())


@settings(max_examples=250, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=mutated())
def test_validate_never_fails_on_any_mutation_of_a_valid_case(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = Project(Path(folder))
        project.add_image("logos/acme.svg")  # what the every-field case refers to
        project.add_case("other-case")
        (project.cases / "acme.yml").write_bytes(data)
        code, out, err = run_validate(project.root)
        assert code in (0, 1), (code, out, err)
        assert err == "", err
        lines = out.splitlines()
        assert lines and SUMMARY.match(lines[-1]), out
        for line in lines[:-1]:
            assert DIAGNOSTIC.match(line), line
        if code == 0:
            assert render_core(project.root) > 0
