"""YAML mistakes in plain words: where the consultant made one, and how to fix it.

The parser says where it stopped, in its own terms, and that is often lines after the
mistake (an unclosed quote runs on to the next quote mark). This module looks at the lines
themselves: it reads their indentation, keys, values, quotes and brackets, and lists the
likely mistakes up to the place where the parser stopped. Each comes with the line as it
would be fixed; a mistake is named only when that fix lets the parser read further. The
first one confirmed is the consultant's mistake, said at the line and column where it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

import yaml

try:  # the C parser is several times faster; the pure-Python one gives the same events
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from .diagnostics import Path_

SMART_QUOTES = "“”„‟‘’‚‛«»‹›"
"""Typographic quote marks: text to YAML, never quotes."""
MAX_TRIES = 40
"""Repaired texts parsed at most per mistake: a hostile file of a million lines with tabs
costs no more than that."""
MAX_MISTAKES = 10
"""Mistakes explained at most per file, one after the other."""

_KEY = re.compile(r"""(?P<key>"[^"]*"|'[^']*'|[^\s#'"\[\]{},&*!|>%@`][^#:]*?)[ \t]*:(?=[ \t]|$)""")
_BLOCK_SCALAR = re.compile(r"[|>][-+0-9]*[ \t]*(?:#.*)?$")
_NO_SPACE = re.compile(r"(?P<key>[A-Za-z_][\w-]*):(?P<rest>[^\s:/].*)$")


@dataclass(frozen=True)
class Explanation:
    """One mistake: where it is, its field (when known), what to do, and the text fixed."""

    line: int  # 1-based
    column: int  # 1-based
    path: Path_
    message: str
    fixed: str | None = None
    """The whole text with this mistake repaired, or None when no repair is known."""


# --- reading the lines ----------------------------------------------------------------


@dataclass
class _Level:
    """The entries of one block at one indentation: a mapping's keys or a list's items."""

    indent: int
    path: Path_
    where: str  # what an entry at this level is in: "under 'client'"
    dashes: bool = False  # a list's items
    last: str | None = None  # the key above (or "-" for a list item)
    items: int = 0  # list items seen (for the index in the path)


@dataclass
class _Line:
    index: int  # 0-based
    text: str
    indent: int = 0
    kind: str = "entry"  # entry, blank, comment, inside (a block text, a multi-line quote or list)
    dash: bool = False
    key: str | None = None
    key_column: int = 0  # 0-based
    value: str = ""
    value_column: int = 0  # 0-based
    path: Path_ = ()


@dataclass
class _Candidate:
    line: int  # 0-based
    column: int  # 0-based
    order: int  # among mistakes found on the same line: the more particular first
    path: Path_
    message: str
    repairs: list[str]  # the line as it would be fixed (one or more ways)


@dataclass
class _Scan:
    """What is open at the end of a line: a quote, brackets."""

    quote: tuple[str, int, int] | None = None  # (mark, line, column)
    brackets: list[tuple[str, int, int]] = field(default_factory=list)
    colons: list[tuple[int, int, int]] = field(default_factory=list)
    """Colons inside a plain text in {…} or […]: (column, start of the text, its end)."""


_CLOSERS = {"[": "]", "{": "}"}


def _scan(text: str, start: int, line: int, state: _Scan) -> None:
    """Scan `text[start:]` for quotes and brackets, continuing `state` from the line before."""
    i, value_start = start, True
    entry_colon, plain_start = False, -1
    while i < len(text):
        char = text[i]
        if state.quote is not None:
            close = _closing_quote(text, i, state.quote[0])
            if close < 0:
                return
            state.quote, i, value_start = None, close + 1, False
            continue
        if char in "\"'" and value_start:
            close = _closing_quote(text, i + 1, char)
            if close < 0:
                state.quote = (char, line, i)
                return
            i, value_start = close + 1, False
            continue
        if char == "#" and (i == 0 or text[i - 1] in " \t"):
            break
        if char in "[{" and (value_start or state.brackets):
            state.brackets.append((char, line, i))
            value_start, entry_colon, plain_start = True, False, -1
        elif char in "]}" and state.brackets:
            state.brackets.pop()
            value_start, entry_colon, plain_start = False, False, -1
        elif char == "," and state.brackets:
            value_start, entry_colon, plain_start = True, False, -1
        elif char == ":" and (i + 1 == len(text) or text[i + 1] in " \t,]}"):
            if state.brackets and entry_colon and plain_start >= 0:
                end = _flow_text_end(text, i)
                state.colons.append((i, plain_start, end))
            entry_colon, value_start, plain_start = True, True, -1
        elif char not in " \t":
            if value_start and state.brackets:
                plain_start = i
            value_start = False
        i += 1


def _closing_quote(text: str, start: int, mark: str) -> int:
    i = start
    while i < len(text):
        if mark == '"' and text[i] == "\\":
            i += 2
            continue
        if text[i] == mark:
            if mark == "'" and text[i + 1:i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return -1


def _flow_text_end(text: str, start: int) -> int:
    """Where a plain text inside brackets ends: at the next comma or closing bracket."""
    for i in range(start, len(text)):
        if text[i] in ",]}":
            return i
    return len(text)


def _read(text: str) -> tuple[list[_Line], list[_Candidate]]:
    """Every line with its indentation, key and value; and the indentation mistakes."""
    lines = [_Line(i, t) for i, t in enumerate(text.split("\n"))]
    mistakes: list[_Candidate] = []
    levels: list[_Level] = []
    opened: _Line | None = None  # an entry with nothing after its colon: a block follows
    block_text: int | None = None  # the indent under which a block text (| or >) goes on
    scan = _Scan()
    for line in lines:
        stripped = line.text.lstrip(" \t")
        line.indent = len(line.text) - len(line.text.lstrip(" "))
        if scan.quote or scan.brackets:
            line.kind = "inside"
            _scan(line.text, 0, line.index, scan)
            continue
        if not stripped.strip():
            line.kind = "blank"
            continue
        if block_text is not None:
            if line.indent > block_text:
                line.kind = "inside"
                continue
            block_text = None
        if stripped.startswith("#") or (line.indent == 0 and stripped.startswith(("---", "...", "%"))):
            line.kind = "comment"
            continue
        column = len(line.text) - len(stripped)
        body = line.text[column:]
        is_dash = body.startswith("-") and (len(body) == 1 or body[1] in " \t")
        if not levels:
            levels.append(_Level(column, (), "to keep it a top-level field"))
        elif opened is not None:
            if column > levels[-1].indent or (is_dash and column == levels[-1].indent and not opened.dash):
                key = opened.key or (opened.path[-2] if len(opened.path) > 1 else "")
                where = (f"to keep it in the list '{key}'" if is_dash else
                         f"to keep it under '{opened.key}'" if opened.key else
                         f"to keep it in the same item of '{key}'")
                levels.append(_Level(column, opened.path, where, dashes=is_dash))
            opened = None
        elif column > levels[-1].indent and not _KEY.match(body.lstrip("- ")):
            line.kind = "inside"  # a text that goes on from the line above
            continue
        if column == levels[-1].indent and levels[-1].dashes and not is_dash and len(levels) > 1 \
                and levels[-2].indent == column:
            levels.pop()  # the end of a list lined up with its key
        if column != levels[-1].indent:
            inner: _Level | None = None
            while len(levels) > 1 and levels[-1].indent > column:
                inner = levels.pop()
            if column != levels[-1].indent:
                target = levels[-1]
                if inner is not None and column > target.indent and inner.indent - column <= column - target.indent:
                    target = inner  # between the block above and its parent: the nearer, the block on a tie
                    levels.append(inner)
                mistakes.append(_indent_mistake(line, body, column, target))
                column = target.indent
        level = levels[-1]
        line.kind = "entry"
        position = column
        if is_dash:
            line.dash = True
            line.path = level.path + (level.items,)
            level.items += 1
            level.last = "-"
            rest = body[1:]
            body = rest.lstrip(" \t")
            position += 1 + len(rest) - len(body)
            if not body or body.startswith("#"):
                opened = line
                continue
            if _KEY.match(body):
                # `- text: ...`: the item's mapping, its keys lined up under `text`
                name = level.path[-1] if level.path else ""
                levels.append(_Level(position, line.path, f"to keep it in the same item of '{name}'"))
                level = levels[-1]
        match = _KEY.match(body)
        if match:
            line.key = match.group("key").strip("\"'")
            line.key_column = position
            line.path = level.path + (line.key,)
            level.last = line.key
            value = body[match.end() + 1:]
            line.value = value.lstrip(" \t")
            line.value_column = position + match.end() + 1 + len(value) - len(line.value)
            if not line.value or line.value.startswith("#"):
                opened = line
            elif _BLOCK_SCALAR.match(line.value):
                block_text = line.indent
            else:
                _scan(line.text, line.value_column, line.index, scan)
        else:
            line.value, line.value_column = body, position
            if no_space := _NO_SPACE.match(body):
                line.path = level.path + (no_space.group("key"),)
            _scan(line.text, position, line.index, scan)
    return lines, mistakes


def _indent_mistake(line: _Line, body: str, column: int, target: _Level) -> _Candidate:
    match = _KEY.match(body)
    is_dash = body.startswith("-")
    name = "this item" if is_dash or not match else f"'{match.group('key')}'"
    above = "the item above it" if target.last == "-" else f"'{target.last}' above it"
    like = "that item" if target.last == "-" else f"'{target.last}'"
    more = "more" if column > target.indent else "less"
    path = target.path + ((match.group("key"),) if match and not is_dash else (target.items,) if is_dash else ())
    fix = "start it at the beginning of the line" if target.indent == 0 else f"indent it {_spaces(target.indent)}"
    message = f"{name} is indented {_spaces(column)}, {more} than {above}: {fix}, as {like}, {target.where}"
    return _Candidate(line.index, column, 5, path, message, [" " * target.indent + line.text.lstrip(" ")])


def _spaces(count: int) -> str:
    return "by 1 space" if count == 1 else f"by {count} spaces"


# --- the mistakes, each with its repair ----------------------------------------------


def _tabs(lines: list[_Line]) -> Iterator[_Candidate]:
    for line in lines:
        lead = line.text[: len(line.text) - len(line.text.lstrip(" \t"))]
        if "\t" not in lead or line.kind == "blank":
            continue
        widths = []
        for above in reversed(lines[: line.index]):
            if above.kind == "entry":
                widths = [above.indent + 2, above.indent, max(above.indent - 2, 0), 0]
                break
        repairs = [" " * w + line.text.lstrip(" \t") for w in dict.fromkeys(widths or [0, 2])]
        yield _Candidate(line.index, lead.index("\t"), 0, line.path,
                         "this line is indented with a tab: indent with spaces, not a tab", repairs)


def _smart_quotes(lines: list[_Line]) -> Iterator[_Candidate]:
    for line in lines:
        value = _without_comment(line.value)
        if line.kind != "entry" or not value or value[0] not in SMART_QUOTES:
            continue
        inner = value[1:-1] if len(value) > 1 and value[-1] in SMART_QUOTES else value[1:]
        fixed = _quoted(inner)
        yield _Candidate(line.index, line.value_column, 1, line.path,
                         f"{value[0]} is not a quote mark in YAML, only a letter of the text: use straight quotes"
                         f" ({_shown(line, fixed)})",
                         [_replace(line.text, line.value_column, len(value), fixed)])


def _colons(lines: list[_Line], scans: dict[int, list[tuple[int, int, int]]]) -> Iterator[_Candidate]:
    for line in lines:
        if line.kind != "entry":
            continue
        value = _without_comment(line.value)
        colon = _plain_colon(value)
        if value and value[0] not in "\"'[{:" + SMART_QUOTES and colon > 0:
            fixed = _quoted(value)
            word = value[:colon].strip()
            yield _Candidate(line.index, line.value_column + colon, 2, line.path,
                             f"the colon in this text makes YAML read '{word}' as a field name: put the whole text"
                             f" in quotes ({_shown(line, fixed)})",
                             [_replace(line.text, line.value_column, len(value), fixed)])
        for column, start, end in scans.get(line.index, []):
            text = line.text[start:end].rstrip()
            fixed = _quoted(text)
            key = line.text[:start].rstrip().rstrip(":").split("{")[-1].split(",")[-1].strip()
            yield _Candidate(line.index, column, 2, line.path + ((key,) if key else ()),
                             f"the colon in this text makes YAML read '{line.text[start:column].strip()}' as a field"
                             f" name: put the whole text in quotes ({key + ': ' if key else ''}{fixed})",
                             [_replace(line.text, start, len(text), fixed)])


def _reserved_starts(lines: list[_Line]) -> Iterator[_Candidate]:
    """A text that starts with a character YAML keeps for itself (`@`, a backtick)."""
    for line in lines:
        value = _without_comment(line.value)
        if line.kind == "entry" and value[:1] in ("@", "`"):
            fixed = _quoted(value)
            yield _Candidate(line.index, line.value_column, 2, line.path,
                             f"a text cannot start with {value[0]} in YAML: put the whole text in quotes"
                             f" ({_shown(line, fixed)})",
                             [_replace(line.text, line.value_column, len(value), fixed)])


def _plain_colon(value: str) -> int:
    """Where `: ` stands inside a plain (unquoted) text, or -1."""
    match = re.search(r":(?=[ \t]|$)", value)
    return match.start() if match else -1


def _missing_spaces(lines: list[_Line]) -> Iterator[_Candidate]:
    for line in lines:
        if line.kind not in ("entry", "inside") or line.key is not None:
            continue
        body = line.text.lstrip(" \t")
        column = len(line.text) - len(body)
        if body.startswith("- "):
            body, column = body[2:].lstrip(" "), column + 2 + len(body[2:]) - len(body[2:].lstrip(" "))
        match = _NO_SPACE.match(body)
        if match:
            colon = column + len(match.group("key"))
            fixed = line.text[: colon + 1] + " " + line.text[colon + 1:]
            yield _Candidate(line.index, colon, 3, line.path,
                             f"put a space after the colon: {match.group('key')}: {match.group('rest')}", [fixed])


def _unclosed(lines: list[_Line], text: str) -> Iterator[_Candidate]:
    """Quotes and brackets opened on a line and not closed on it."""
    for line in lines:
        if line.kind not in ("entry",):
            continue
        state = _Scan()
        _scan(line.text, line.value_column, line.index, state)
        if state.quote is not None:
            mark, _, column = state.quote
            name = "quote" if mark == '"' else "single quote"
            ends = [i for i in (line.text.find(c, column) for c in ",]}") if i > column] if state.brackets else []
            repairs = [_replace(line.text, min(ends), 0, mark)] if ends else []
            yield _Candidate(line.index, column, 0, line.path,
                             f"the {name} {mark} that opens this text is never closed: end the text with {mark}"
                             " on this line", [*repairs, line.text.rstrip() + mark])
        elif state.brackets:
            char, _, column = state.brackets[0]
            closers = "".join(_CLOSERS[c] for c, _, _ in reversed(state.brackets))
            what = "the list" if char == "[" else "it"
            yield _Candidate(line.index, column, 0, line.path,
                             f"the {char} opened here is never closed: end {what} with {_CLOSERS[char]} on this line",
                             [_without_comment(line.text).rstrip() + closers])


def _without_comment(value: str) -> str:
    """A value without its trailing `# comment` (outside quotes)."""
    state = _Scan()
    match = re.search(r"[ \t]#", value)
    if not match:
        return value.rstrip()
    _scan(value[: match.start()], 0, 0, state)
    return value if state.quote else value[: match.start()].rstrip()


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _shown(line: _Line, value: str) -> str:
    return f"{line.key}: {value}" if line.key else value


def _replace(text: str, start: int, length: int, new: str) -> str:
    return text[:start] + new + text[start + length:]


# --- confirming a mistake: does its repair let the parser read further? ------------


def stops_at(text: str) -> int | None:
    """The line (0-based) where the parser stops, or None when it reads the whole text."""
    try:
        for _ in yaml.parse(text, Loader=_Loader):
            pass
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        return mark.line if mark is not None else 0
    except yaml.YAMLError:
        return 0
    return None


def explain(text: str) -> list[Explanation]:
    """The YAML mistakes of a text that the parser cannot read, in the order they stand;
    empty when it reads it. After each mistake its repair is made and the rest read again,
    so that one run names several (at most MAX_MISTAKES); one without a confirmed repair
    ends the list."""
    out: list[Explanation] = []
    while len(out) < MAX_MISTAKES:
        stop = stops_at(text)
        if stop is None:
            break
        explanation = _explain_one(text, stop)
        out.append(explanation)
        if explanation.fixed is None:
            break
        text = explanation.fixed
    return out


def _explain_one(text: str, stop: int) -> Explanation:
    lines, indent_mistakes = _read(text)
    candidates = [c for c in _candidates(lines, text, indent_mistakes) if c.line <= stop]
    candidates.sort(key=lambda c: (c.line, c.order))
    rows = text.split("\n")
    tries = 0
    for candidate in candidates:
        for repair in candidate.repairs:
            if tries >= MAX_TRIES:
                break
            tries += 1
            fixed = "\n".join(rows[: candidate.line] + [repair] + rows[candidate.line + 1:])
            after = stops_at(fixed)
            if after is None or after > stop or (after == stop and candidate.line < stop):
                return Explanation(candidate.line + 1, candidate.column + 1, candidate.path, candidate.message, fixed)
    return _unexplained(lines, stop, text)


def _candidates(lines: list[_Line], text: str, indent_mistakes: list[_Candidate]) -> Iterator[_Candidate]:
    scans: dict[int, list[tuple[int, int, int]]] = {}
    for line in lines:
        if line.kind == "entry" and line.value:
            state = _Scan()
            _scan(line.text, line.value_column, line.index, state)
            if state.colons:
                scans[line.index] = state.colons
    finders: list[Callable[[], Iterator[_Candidate]]] = [
        lambda: _tabs(lines), lambda: _smart_quotes(lines), lambda: _unclosed(lines, text),
        lambda: _colons(lines, scans), lambda: _reserved_starts(lines), lambda: _missing_spaces(lines), lambda: iter(indent_mistakes),
    ]
    for finder in finders:
        yield from finder()


def _unexplained(lines: list[_Line], stop: int, text: str) -> Explanation:
    """No repair confirmed: the place where the parser stopped, and what to look at."""
    line = lines[min(stop, len(lines) - 1)]
    column = line.indent + 1
    return Explanation(
        stop + 1, column, (),
        "YAML cannot read this line: check its indentation and the line above it, and put any text"
        " with a colon, a # or a quote mark in quotes",
    )
