"""`tarinasto validate`: every file under cases/, checked exactly as the build does."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..content.diagnostics import plural
from ..content.library import Library, load_library
from ..content.schema import SCHEMA_PATH, library_schema
from ..content.settings import Settings


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser("validate", parents=[common], help="check every file under cases/ as the build does")
    command.set_defaults(run=run)


def summary_line(library: Library) -> str:
    """`2 cases, 1 collection: no problems`, or the errors and warnings: what a consultant
    counts (the taxonomy file is not a case); collections only when there are any."""
    report = library.report
    checked = plural(library.cases_checked, "case")
    if library.collections_checked:
        checked += ", " + plural(library.collections_checked, "collection")
    if not report.errors and not report.warnings:
        return f"{checked}: no problems"
    return f"{checked}: {plural(len(report.errors), 'error')}, {plural(len(report.warnings), 'warning')}"


def run(args: argparse.Namespace, settings: Settings) -> int:
    library = load_library(settings)
    for diagnostic in library.report:
        print(diagnostic)
    print(summary_line(library))
    schema = settings.root / SCHEMA_PATH
    if schema.is_file() and schema.read_text(encoding="utf-8") != library_schema(library):
        # Editors complete and check with it: a new taxonomy key would show as a mistake there.
        print(f"note: {SCHEMA_PATH} is out of date (languages, taxonomy or cases changed): run `tarinasto schema`",
              file=sys.stderr)
    return 1 if library.report.has_errors else 0
