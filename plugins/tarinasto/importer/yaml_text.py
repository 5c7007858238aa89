"""Values written as YAML by hand, so that the draft keeps its layout and its comments.

A text is written plain where it reads back as the same text, under both the case
loader's YAML 1.2 rules and PyYAML's 1.1 ones (which editors and scripts may use); else
double-quoted (a JSON string is a YAML double-quoted scalar). Markdown prose is a
literal block (`|`), as in the hand-made cases.
"""

from __future__ import annotations

import json

import yaml

from ..content.loader import resolve_plain

_INDICATORS_INSIDE = (": ", " #", "\t")


def scalar(text: str) -> str:
    """`text` as a YAML scalar on one line."""
    if _plain_ok(text):
        return text
    return json.dumps(text, ensure_ascii=False)


def _plain_ok(text: str) -> bool:
    if not text or text != text.strip() or "\n" in text or not text[0].isalnum():
        return False
    if text.endswith(":") or any(mark in text for mark in _INDICATORS_INSIDE):
        return False
    if not isinstance(resolve_plain(text), str):
        return False  # 2024, true, 1e3 would not be texts
    try:
        return yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        return False


def block(text: str, indent: str) -> str:
    """`text` as a literal block scalar (after a key and `|`): its lines, indented."""
    return "".join(f"{indent}{line}\n" if line else "\n" for line in text.rstrip("\n").split("\n"))


def comment_lines(text: str, indent: str) -> str:
    """`text` as comment lines: the story's words kept where a field would hold them."""
    return "".join(f"{indent}#   {line}\n" for line in text.split("\n") if line.strip())
