"""`tarinasto taxonomy add <taxonomy> <key> --fi ... --en ...`: a new key in _taxonomy.yml.

The key is checked as every slug (the pattern, reserved words), must not be defined yet,
and gets a label in every configured language (a provider: `--name`, and optionally
`--website` and `--logo`). The file keeps its comments and order (ruamel.yaml's round
trip); the key goes last in its taxonomy. The editors' schema is written again."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ruamel.yaml.comments import CommentedMap

from ..content.facets import taxonomy_names
from ..content.files import TAXONOMY_STEM
from ..content.library import load_library
from ..content.rules import check_slug
from ..content.settings import Settings
from ..content.text import is_blank
from ..translations import yaml_edit
from .schema import refresh_schema


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser("taxonomy", parents=[common], help="add a key to cases/_taxonomy.yml")
    actions = command.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", parents=[common], help="add a key with its labels, e.g."
                             " `tarinasto taxonomy add services coaching --fi Valmennus --en Coaching`")
    add.add_argument("taxonomy", choices=taxonomy_names(), help="which taxonomy")
    add.add_argument("key", help="the new key: lowercase letters a-z, digits and single hyphens")
    add.add_argument("labels", nargs=argparse.REMAINDER,
                     help="--<lang> LABEL for every configured language; a provider: --name NAME [--website URL] [--logo PATH]")
    command.set_defaults(run=run)


def _options(words: list[str]) -> dict[str, str] | str:
    """`--fi Valmennus --en Coaching` -> {'fi': 'Valmennus', 'en': 'Coaching'}, or what is wrong."""
    out: dict[str, str] = {}
    while words:
        flag = words.pop(0)
        if not flag.startswith("--") or not words:
            return f"expected --<lang> LABEL pairs, got '{flag}'"
        out[flag[2:]] = words.pop(0)
    return out


def _error(message: str, code: int = 2) -> int:
    print(f"tarinasto: error: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace, settings: Settings) -> int:
    options = _options(list(args.labels))
    if isinstance(options, str):
        return _error(options)
    if problem := check_slug(args.key, settings, "key"):
        return _error(problem)
    path = settings.cases_path / f"{TAXONOMY_STEM}.yml"
    if not path.is_file():
        return _error(f"{path} does not exist; create it first (tarinasto init writes one)", 1)
    data = yaml_edit.load(path)
    if not isinstance(data, dict):
        return _error(f"{path} is not a mapping of taxonomies; fix it first (tarinasto validate)", 1)
    keys = data.get(args.taxonomy)
    if isinstance(keys, dict) and args.key in keys:
        return _error(f"'{args.key}' is already a key of {args.taxonomy}; choose another", 1)
    entry = _provider(options) if args.taxonomy == "providers" else _labels(options, settings.languages)
    if isinstance(entry, str):
        return _error(entry)
    if not isinstance(keys, dict):
        keys = data[args.taxonomy] = CommentedMap()
    if not keys and isinstance(keys, CommentedMap):
        keys.fa.set_block_style()  # `regions: {}` becomes a block with its first key
    keys[args.key] = entry
    yaml_edit.dump(data, path)
    print(f"added {args.taxonomy}.{args.key} to {path}")
    problems = [d for d in load_library(settings).report if d.file.endswith(path.name)]
    for diagnostic in problems:
        print(diagnostic)
    refresh_schema(settings)
    return 1 if problems else 0


def _labels(options: dict[str, str], languages: tuple[str, ...]) -> CommentedMap | str:
    unknown = [lang for lang in options if lang not in languages]
    if unknown:
        return f"--{unknown[0]} is not one of the site's languages ({', '.join(languages)})"
    missing = [lang for lang in languages if lang not in options or is_blank(options[lang])]
    if missing:
        return f"give a label in every language: {' '.join(f'--{lang} LABEL' for lang in missing)} is missing"
    entry = CommentedMap((lang, options[lang]) for lang in languages)
    entry.fa.set_flow_style()  # {fi: ..., en: ...}, as the file's other keys
    return entry


def _provider(options: dict[str, str]) -> CommentedMap | str:
    unknown = [name for name in options if name not in ("name", "website", "logo")]
    if unknown:
        return f"a provider takes --name, --website and --logo, not --{unknown[0]}"
    if is_blank(options.get("name", "")):
        return "give the provider's name: --name NAME"
    return CommentedMap((name, options[name]) for name in ("name", "website", "logo") if name in options)
