"""`tarinasto translations`: per language, every text that is still missing."""

from __future__ import annotations

import argparse
from typing import Any

from ..content.diagnostics import Report, plural
from ..content.library import load_library
from ..content.localized import translation_gaps
from ..content.settings import Settings


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser("translations", parents=[common], help="list every text still missing, per language")
    command.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Per language, every text still missing; exit 1 while any is."""
    library = load_library(settings)
    missing: dict[str, Report] = {lang: Report() for lang in settings.languages}
    for doc, model in library.documents:
        for lang, diagnostic in translation_gaps(doc, model, settings):
            missing[lang].add(diagnostic)
    for lang, report in missing.items():
        gaps = report.sorted()  # de-duplicated, by file and position
        print(f"{lang}: {plural(len(gaps), 'text')} missing")
        for diagnostic in gaps:
            print(diagnostic)
    return 1 if any(len(report) for report in missing.values()) else 0
