"""`tarinasto new <slug>`: a case file with every field and a comment on each."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..content.library import load_library
from ..content.rules import check_slug
from ..content.settings import Settings
from .scaffold import scaffold
from .schema import refresh_schema


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser("new", parents=[common], help="write cases/<slug>.yml, ready to fill in")
    command.add_argument("slug", help="the case's slug: its file name and URL, e.g. acme-oy")
    command.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    problem = check_slug(args.slug, settings)
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
    print(f"wrote {target}")
    refresh_schema(settings)
    print("next: fill it in, then run `tarinasto validate`")
    return 0
