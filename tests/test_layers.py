"""The layers: each subpackage imports only those below it, and only the MkDocs adapter
imports MkDocs. The contracts live in pyproject.toml ([tool.importlinter]); import-linter,
a tool nobody here wrote, checks them against the real imports."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import PACKAGE, REPO

LINT_IMPORTS = str(Path(sys.executable).parent / "lint-imports")


def lint_imports(packages: Path, config: Path) -> subprocess.CompletedProcess[str]:
    """import-linter with the contracts of `config`/pyproject.toml on the package in `packages`."""
    env = {**os.environ, "PYTHONPATH": str(packages)}
    return subprocess.run([LINT_IMPORTS, "--no-cache"], cwd=config, env=env, capture_output=True, text=True,
                          timeout=120)


def test_the_package_keeps_its_layers() -> None:
    result = lint_imports(REPO / "plugins", REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_a_layer_importing_a_higher_one_is_caught(tmp_path: Path) -> None:
    """The contracts bite: the same check on a copy whose content layer imports the site
    layer, and MkDocs, fails and names both imports."""
    shutil.copytree(PACKAGE, tmp_path / "tarinasto", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    with (tmp_path / "tarinasto" / "content" / "suggest.py").open("a", encoding="utf-8") as handle:
        handle.write("\nimport mkdocs.config  # noqa\nfrom ..site import urls  # noqa\n")
    result = lint_imports(tmp_path, tmp_path)
    assert result.returncode != 0
    assert "tarinasto.content.suggest -> tarinasto.site.urls" in result.stdout
    assert "tarinasto.content.suggest -> mkdocs" in result.stdout
