"""The golden files (tests/golden/README.md): each writes its files into a project, runs
`tarinasto validate` and holds exactly what it prints. TARINASTO_UPDATE_GOLDEN=1 rewrites
their `diagnostics` and `summary` in place instead of comparing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from tests.conftest import Project

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("TARINASTO_UPDATE_GOLDEN") == "1"


def scenarios(path: Path) -> list[dict]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return doc["cases"] if "cases" in doc else [doc]


SCENARIOS = [(path, index, s) for path in sorted(GOLDEN.glob("*.yml")) for index, s in enumerate(scenarios(path))]


@pytest.mark.parametrize("path, index, scenario", SCENARIOS,
                         ids=[p.stem + (f"/{s['name']}" if "name" in s else "") for p, _, s in SCENARIOS])
def test_golden(project: Project, run_cli, path: Path, index: int, scenario: dict) -> None:
    project.write_config(**scenario.get("config", {}))
    for name, content in scenario["files"].items():
        if content is None:
            (project.cases / name).unlink()
        elif isinstance(content, bytes):
            project.write(name, "").write_bytes(content)
        else:
            project.write(name, content)
    code, output = run_cli("validate")
    *found, summary = output.splitlines()
    if UPDATE:
        rewrite(path, index, found, summary)
    else:
        assert (found, summary) == (scenario["diagnostics"], scenario["summary"])
    assert code == (1 if any(": error: " in line for line in found) else 0)


def rewrite(path: Path, index: int, found: list[str], summary: str) -> None:
    """Replaces the `diagnostics` and `summary` of one scenario, leaving the rest as written."""
    text = path.read_text(encoding="utf-8")
    root = yaml.compose(text)
    mapping = dict((k.value, v) for k, v in root.value)
    node = mapping["cases"].value[index] if "cases" in mapping else root
    edits = []
    for key, value in node.value:
        if key.value == "diagnostics":
            end = value.value[-1].end_mark if value.value and not value.flow_style else value.end_mark
            items = "".join(f"\n{' ' * (key.start_mark.column + 2)}- {json.dumps(d, ensure_ascii=False)}" for d in found)
            edits.append((key.end_mark.index, end.index, ":" + (items or " []")))
        elif key.value == "summary":
            edits.append((value.start_mark.index, value.end_mark.index, json.dumps(summary, ensure_ascii=False)))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    path.write_text(text, encoding="utf-8")
