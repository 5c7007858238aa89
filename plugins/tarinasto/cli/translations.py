"""`tarinasto translations`: per language, every text that is still missing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..content.diagnostics import Report, display_name, plural
from ..content.library import load_library
from ..content.localized import translation_gaps
from ..content.settings import Settings
from ..translations.export import export
from ..translations.import_po import import_folder


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser("translations", parents=[common], help="list every text still missing, per language;"
                                  " or hand them to translators as PO files and take them back")
    transfer = command.add_mutually_exclusive_group()
    transfer.add_argument("--export", type=Path, metavar="DIR",
                          help="write the missing texts as DIR/<lang>.po, one file per language to translate into")
    transfer.add_argument("--import", dest="import_", type=Path, metavar="DIR",
                          help="write the translations of DIR/*.po into the case files")
    command.add_argument("--all", action="store_true", help="with --export: every text, not only the missing ones")
    command.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Per language, every text still missing; exit 1 while any is."""
    library = load_library(settings)
    if args.export is not None:
        for path, count in export(library, args.export, everything=args.all):
            print(f"wrote {path}: {plural(count, 'text')}")
        return 0
    if args.import_ is not None:
        if not args.import_.is_dir():
            print(f"tarinasto: error: --import {args.import_}: there is no such folder", file=sys.stderr)
            return 2
        problems, written = import_folder(library, args.import_)
        for problem in sorted(problems):
            print(problem)
        for file, count in written.items():
            print(f"wrote {display_name(file)}: {plural(count, 'text')}")
        return 1 if problems else 0
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
