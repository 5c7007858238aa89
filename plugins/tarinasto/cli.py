"""`tarinasto new | validate | translations | schema`: the tools consultants use."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from .diagnostics import Report, plural
from .library import Library, load_library
from .rules import slug_problem, translation_gaps
from .scaffold import scaffold
from .schema import SCHEMA_PATH, render_schema
from .settings import Settings, SettingsError, load_settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tarinasto", description="Write and check Tarinasto case files.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--cases", type=Path, metavar="DIR", help="the cases folder (default: from mkdocs.yml, else cases/)")
    common.add_argument("--config", type=Path, metavar="FILE", help="the mkdocs.yml to read (default: ./mkdocs.yml)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    new = commands.add_parser("new", parents=[common], help="write cases/<slug>.yml, ready to fill in")
    new.add_argument("slug", help="the case's slug: its file name and URL, e.g. acme-oy")
    commands.add_parser("validate", parents=[common], help="check every file under cases/ as the build does")
    commands.add_parser("translations", parents=[common], help="list every text still missing, per language")
    schema = commands.add_parser("schema", parents=[common], help=f"write {SCHEMA_PATH} for editors")
    schema.add_argument("--output", type=Path, help=f"where to write it (default: {SCHEMA_PATH})")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.config is not None and not args.config.is_file():
        # without this, a mistyped --config would silently check with the default settings
        print(f"tarinasto: error: --config {args.config}: there is no such file", file=sys.stderr)
        return 2
    try:
        settings = load_settings(args.config, args.cases)
    except SettingsError as err:
        print(f"tarinasto: error: {err}", file=sys.stderr)
        return 2
    handler = {"new": cmd_new, "validate": cmd_validate, "translations": cmd_translations, "schema": cmd_schema}
    return handler[args.command](args, settings)


def summary_line(library: Library) -> str:
    report = library.report
    checked = f"{plural(library.files_checked, 'file')} checked"
    if not report.errors and not report.warnings:
        return f"{checked}: no problems ({plural(len(library.cases), 'case')}, {plural(len(library.collections), 'collection')})"
    return f"{checked}: {plural(len(report.errors), 'error')}, {plural(len(report.warnings), 'warning')}"


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    library = load_library(settings)
    for diagnostic in library.report:
        print(diagnostic)
    print(summary_line(library))
    schema = settings.root / SCHEMA_PATH
    if schema.is_file() and schema.read_text(encoding="utf-8") != render_schema(settings, library.taxonomy):
        # Editors complete and check with it: a new taxonomy key would show as a mistake there.
        print(f"note: {SCHEMA_PATH} is out of date (languages or taxonomy changed): run `tarinasto schema`",
              file=sys.stderr)
    return 1 if library.report.has_errors else 0


def cmd_translations(args: argparse.Namespace, settings: Settings) -> int:
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


def cmd_schema(args: argparse.Namespace, settings: Settings) -> int:
    library = load_library(settings)
    output = args.output or settings.root / SCHEMA_PATH
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_schema(settings, library.taxonomy), encoding="utf-8")
    print(f"wrote {output}")
    return 0


def cmd_new(args: argparse.Namespace, settings: Settings) -> int:
    problem = slug_problem(args.slug, settings)
    if problem:
        print(f"tarinasto: error: {problem}", file=sys.stderr)
        return 2
    target = settings.cases_path / f"{args.slug}.yml"
    existing = [p for p in (target, target.with_suffix(".yaml")) if p.exists()]
    if existing:
        print(f"tarinasto: error: {existing[0]} already exists; not overwriting it", file=sys.stderr)
        return 1
    library = load_library(settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(scaffold(settings, library.taxonomy), encoding="utf-8")
    print(f"wrote {target}\nnext: fill it in, then run `tarinasto validate`")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
