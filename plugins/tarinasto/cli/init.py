"""`tarinasto init <dir>`: a new site, ready for `mkdocs build`.

It writes the site's content only: `mkdocs.yml` (every option of the plugin, with its
documentation as comments), `cases/` with a taxonomy and one example case, the editor
schema and a `.gitignore`. Templates, styles and catalogues come from the package.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from pathlib import Path
from typing import Any

from ..content.library import load_library
from ..content.schema import write_schema
from ..content.settings import SettingsError
from ..mkdocs.config import PLUGIN_NAME, TarinastoConfig, load_settings, option_docs

STARTER = Path(__file__).resolve().parent / "starter"
PAGES_DIR = "pages"
SITE_NAMES = {"fi": "Asiakastarinat", "en": "Customer stories"}
"""The example's site names; a real site changes them (and `site_url`)."""


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser("init", help="start a new site in an empty folder")
    command.add_argument("dir", type=Path, help="the folder of the new site (created if missing; must be empty)")
    command.set_defaults(run=run, needs_settings=False)


def run(args: argparse.Namespace) -> int:
    target: Path = args.dir
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        print(f"tarinasto: error: {target} is not an empty folder; choose a new one", file=sys.stderr)
        return 1
    cases = target / "cases"
    cases.mkdir(parents=True, exist_ok=True)
    (target / PAGES_DIR).mkdir()
    (target / PAGES_DIR / ".gitkeep").write_text("", encoding="utf-8")
    (target / "mkdocs.yml").write_text(mkdocs_yml(), encoding="utf-8")
    shutil.copyfile(STARTER / "_taxonomy.yml", cases / "_taxonomy.yml")
    shutil.copyfile(STARTER / "example-case.yml", cases / "example-case.yml")
    shutil.copyfile(STARTER / "gitignore", target / ".gitignore")
    try:
        settings = load_settings(target / "mkdocs.yml")
    except SettingsError as err:  # pragma: no cover - the file was written just above
        print(f"tarinasto: error: {err}", file=sys.stderr)
        return 2
    write_schema(load_library(settings, use_cache=False))
    print(f"wrote a new site in {target}\nnext: cd {target} && mkdocs serve  (or mkdocs build)")
    return 0


def mkdocs_yml() -> str:
    """The new site's `mkdocs.yml`: MkDocs' few settings, then every plugin option."""
    lines = [
        "# The site's settings. `mkdocs serve` previews it (drafts shown), `mkdocs build` writes site/.",
        f"site_name: {SITE_NAMES['fi']}",
        "# The site's public address: canonical links, language alternates, the sitemap and link",
        "# previews use it. Change it to yours.",
        "site_url: https://tarinat.example.com/",
        "# Hand-written pages, if any. The cases are not here: nothing under cases/ is published",
        "# but the images that the pages show.",
        f"docs_dir: {PAGES_DIR}",
        "",
        "theme:",
        "  name: material",
        "  # Your own version of any template, partial or stylesheet: put it in this folder.",
        "  # custom_dir: theme_overrides",
        "",
        "plugins:",
        "  - search",
        f"  - {PLUGIN_NAME}:",
    ]
    docs = option_docs()
    defaults = TarinastoConfig()
    for name, _ in TarinastoConfig._schema:
        for line in textwrap.wrap(docs.get(name, ""), width=84):
            lines.append(f"      # {line}")
        value = SITE_NAMES if name == "site_names" else defaults[name]
        if value is None:
            lines.append(f"      # {name}: ...")
        else:
            lines.append(f"      {name}: {_flow(value)}")
    return "\n".join(lines) + "\n"


def _flow(value: Any) -> str:
    """A value as YAML on one line: `[fi, en]`, `{fi: ..., en: ...}`, `false`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, str) and value.replace("-", "").replace("_", "").isalnum():
        return value
    return json.dumps(value, ensure_ascii=False)
