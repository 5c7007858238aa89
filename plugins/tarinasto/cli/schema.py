"""`tarinasto schema`: writes the JSON Schema that editors use for completion and checks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..content.library import load_library
from ..content.schema import SCHEMA_PATH, library_schema, write_schema
from ..content.settings import Settings


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser("schema", parents=[common], help=f"write {SCHEMA_PATH} for editors")
    command.add_argument("--output", type=Path, help=f"where to write it (default: {SCHEMA_PATH})")
    command.set_defaults(run=run)


def refresh_schema(settings: Settings) -> None:
    """After a command added a case or a taxonomy key: the site's schema follows (editors
    would show the new slug or key as a mistake), if the site has one."""
    if (settings.root / SCHEMA_PATH).is_file():
        print(f"wrote {write_schema(load_library(settings))}")


def run(args: argparse.Namespace, settings: Settings) -> int:
    library = load_library(settings)
    output = args.output or settings.root / SCHEMA_PATH
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(library_schema(library), encoding="utf-8")
    print(f"wrote {output}")
    return 0
