"""`tarinasto import <file>`: a draft case file from an existing story (.docx, .html, .md,
.txt). The work is `tarinasto.importer`'s; this module is the command around it: the
slug, the file that must not be overwritten, and the lines printed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..content.library import load_library
from ..content.loader import MAX_FILE_BYTES
from ..content.rules import check_slug
from ..content.settings import Settings
from ..content.slugs import slugify
from ..importer import StoryError, read_story, recognize, write_draft
from ..importer.cleaning import shown
from ..importer.report import report_lines
from .schema import refresh_schema


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser(
        "import", parents=[common], help="write cases/<slug>.yml from an existing story (.docx, .html, .md, .txt)")
    command.add_argument("file", help="the story, in the site's default language")
    command.add_argument("--slug", help="the case's slug (default: made of the client's name)")
    command.set_defaults(run=run)


def _error(message: str, code: int) -> int:
    print(f"tarinasto: error: {message}", file=sys.stderr)
    return code


def _exists(target: Path) -> str:
    return f"{target} already exists; not overwriting it (choose another slug with --slug)"


def run(args: argparse.Namespace, settings: Settings) -> int:
    source, name = Path(args.file), shown(args.file, 200)
    if args.slug is not None and (problem := check_slug(args.slug, settings)):
        return _error(problem, 2)
    taxonomy = load_library(settings).taxonomy  # its keys for the notes, its providers' names
    lang = settings.default_language
    providers = {key: p.name.get_text(lang, lang)[0] for key, p in (taxonomy.providers.items() if taxonomy else [])}
    try:
        draft = recognize(read_story(source), providers)
        text = write_draft(draft, source=source.name, languages=settings.languages, taxonomy=taxonomy)
    except StoryError as err:
        return _error(f"{name}: {err}", err.exit_code)
    except Exception as err:  # noqa: BLE001 - a story is anything; a bug is still one line
        return _error(f"{name}: cannot import it ({type(err).__name__}: {shown(str(err))}); please report this", 1)
    slug = args.slug or slugify(draft.client or source.stem)
    if problem := check_slug(slug, settings):
        return _error(f"{problem}; choose the case's slug with --slug", 2)
    target = settings.cases_path / f"{slug}.yml"
    if existing := [p for p in (target, target.with_suffix(".yaml")) if p.exists()]:
        return _error(_exists(existing[0]), 1)
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        return _error(f"{name}: the story is too long for one case file (at most {MAX_FILE_BYTES // 1024 // 1024} MB)", 1)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as handle:  # "x": never over a file made meanwhile
            handle.write(text)
    except FileExistsError:
        return _error(_exists(target), 1)
    except OSError as err:
        return _error(f"cannot write {target}: {err.strerror or err}", 1)
    for line in report_lines(draft, args.file):
        print(line)
    print(f"wrote {target}")
    refresh_schema(settings)
    print("next: fill in every empty \"\" value, then run `tarinasto validate`")
    return 0
