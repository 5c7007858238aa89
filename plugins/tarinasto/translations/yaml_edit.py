"""Edits of YAML files that keep what people wrote: comments, order, quotes, flow style
(ruamel.yaml's round trip)."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import LiteralScalarString, PlainScalarString


def round_trip() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 100_000  # never fold a long text onto new lines
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load(path: Path) -> Any:
    return round_trip().load(path.read_text(encoding="utf-8"))


def dump(data: Any, path: Path) -> None:
    out = StringIO()
    round_trip().dump(data, out)
    path.write_text(out.getvalue(), encoding="utf-8")


def text_value(text: str) -> Any:
    """A text as YAML should hold it: a block (`|`) when it has several lines, else plain
    where YAML allows it (the emitter quotes it where it must), never the quotes of the
    empty text it replaces."""
    return LiteralScalarString(text) if "\n" in text.rstrip("\n") else PlainScalarString(text)
