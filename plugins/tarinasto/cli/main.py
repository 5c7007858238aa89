"""`tarinasto COMMAND`: the parser, the settings, and one line for any mistake in them."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from pathlib import Path
from typing import Sequence

from ..content.settings import SettingsError

COMMANDS = {"init": "init", "new": "new", "import": "import_story", "validate": "validate",
            "translations": "translations", "taxonomy": "taxonomy", "schema": "schema"}
"""Each command and its module, in the order `--help` lists them. Only the chosen command's
module is imported (importing them all is a third of a warm `validate`)."""


def parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="tarinasto", description="Write, check and publish Tarinasto case files.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--cases", type=Path, metavar="DIR", help="the cases folder (default: from mkdocs.yml, else cases/)")
    common.add_argument("--config", type=Path, metavar="FILE", help="the mkdocs.yml to read (default: ./mkdocs.yml)")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = next((arg for arg in (argv if argv is not None else sys.argv[1:]) if not arg.startswith("-")), None)
    for name in [chosen] if chosen in COMMANDS else COMMANDS:
        importlib.import_module(f"{__package__}.{COMMANDS[name]}").register(commands, common)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    # A command reads everything once and ends: the cyclic collector would only walk the
    # thousands of objects it keeps (a fifth of `validate`'s time), finding nothing to free.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(argv)
    except BrokenPipeError:  # `tarinasto validate | head`: the reader has gone; so do we
        sys.stderr.close()
        return 1
    finally:
        if collecting:
            gc.enable()


def _run(argv: Sequence[str] | None) -> int:
    args = parser(argv).parse_args(argv)
    if not getattr(args, "needs_settings", True):
        return int(args.run(args))
    if args.config is not None and not args.config.is_file():
        # without this, a mistyped --config would silently check with the default settings
        print(f"tarinasto: error: --config {args.config}: there is no such file", file=sys.stderr)
        return 2
    from ..mkdocs.config import load_settings

    try:
        settings = load_settings(args.config, args.cases)
    except SettingsError as err:
        print(f"tarinasto: error: {err}", file=sys.stderr)
        return 2
    return int(args.run(args, settings))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
