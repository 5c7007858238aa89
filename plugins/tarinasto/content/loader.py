"""YAML files -> plain Python values with the line and column of every value.

The YAML rules of docs/case-format.md live here: UTF-8 only, at most 1 MiB, one document,
no duplicate keys, no anchors, aliases or tags, and the YAML 1.2 core schema
(`yes`, `no`, `on`, `off` are strings; only `true` and `false` are booleans).
Dates stay strings: the model parses them, so that `en: 2024-05-13` is text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import yaml

from .diagnostics import Diagnostic, Path_, Severity, display_name, format_path
from .syntax import explain

try:  # the C parser is several times faster; the pure-Python one gives the same events
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 64  # far deeper than any case; stops a hostile file from exhausting the stack
TOO_DEEP = f"the values are nested more than {MAX_DEPTH} levels deep; a case needs a few levels only"
YAML_TAG_PREFIX = "tag:yaml.org,2002:"

# YAML 1.2 core schema, plain scalars only (https://yaml.org/spec/1.2.2/#1032-tag-resolution)
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_TRUE = re.compile(r"^(?:true|True|TRUE)$")
_FALSE = re.compile(r"^(?:false|False|FALSE)$")
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_INT8 = re.compile(r"^0o[0-7]+$")
_INT16 = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")


@dataclass(frozen=True)
class Mark:
    line: int  # 1-based
    column: int  # 1-based


@dataclass
class Document:
    """One parsed file: its data and where every key and value stands.

    The marks come from one of two places: the tables `values` and `keys` that the event
    loader fills (for a file with anything unusual in it), or the node tree of libyaml's
    composer (`root`), walked only when a diagnostic needs a place (most files need none)."""

    file: Path
    data: Any
    values: dict[Path_, Mark] = field(default_factory=dict)
    keys: dict[Path_, Mark] = field(default_factory=dict)
    root: Any = None
    """The composed node tree, for a file read by the fast path."""
    localized: list[Any] | None = None
    """Its localized texts, found once (`localized.localized_texts`)."""
    reloadable: bool = True
    """Whether its marks can be found again by reading the file (not for a text given
    directly, or a file that needed the event loader's own tables)."""
    _flow: set[Path_] | None = None

    @property
    def name(self) -> str:
        return display_name(self.file)

    @property
    def flow(self) -> set[Path_]:
        """The mappings written in braces, `{fi: ..., en: ...}` (where a comma ends a text)."""
        if self._flow is None:
            self._flow = set(_flow_paths(self.root, ())) if self.root is not None else set()
        return self._flow

    def forget_marks(self) -> None:
        """Lets the node tree go (a build keeps thousands of documents): found again by
        reading the file when a diagnostic needs a place."""
        if self.reloadable and self.root is not None:
            self.flow  # noqa: B018 - kept: it is small, and the node tree goes
            self.root = None

    def _reread(self) -> None:
        """The node tree again, from the file (for a document from the cache of checked
        files, or one whose tree was let go). A file changed meanwhile gives no marks."""
        self.reloadable = False  # once
        raw = read_bounded(self.file)
        try:
            found = compose_fast(self.file, _decode(self.file, raw)) if raw is not None else None
        except LoadError:
            found = None
        if found is not None and found.data == self.data:
            self.root = found.root

    def mark(self, path: Path_, *, key: bool = False) -> Mark:
        """The mark of `path`, or of its nearest ancestor that has one."""
        if self.root is None and not self.values and self.reloadable and self.data is not None:
            self._reread()
        if self.root is not None:
            return _node_mark(self.root, path, key)
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), Mark(1, 1))

    def diagnostic(
        self,
        path: Path_,
        message: str,
        *,
        severity: Severity = Severity.ERROR,
        at_key: bool = False,
        at: Path_ | None = None,
    ) -> Diagnostic:
        """A diagnostic for `path`, placed at `at` (default: the same path)."""
        mark = self.mark(path if at is None else at, key=at_key)
        return Diagnostic(self.name, mark.line, mark.column, severity, format_path(path), message)

    def later(self, *paths: Path_) -> Path_:
        """Of several values, the one that stands last in the file."""
        return max(paths, key=lambda p: (self.mark(p).line, self.mark(p).column))


class LoadError(Exception):
    """A problem with the file as a whole; carries its diagnostics (one, or each YAML
    mistake of the file)."""

    def __init__(self, diagnostic: Diagnostic, *more: Diagnostic):
        super().__init__(diagnostic.format())
        self.diagnostic = diagnostic
        self.diagnostics = [diagnostic, *more]


def _mark(yaml_mark: Any) -> Mark:
    return Mark(yaml_mark.line + 1, yaml_mark.column + 1)


MAX_DIGITS = 30
"""A number written with more digits than this is beyond every range of the format; it is
kept as a `HugeNumber`, never converted (Python refuses to turn a number of more than 4,300
digits into text or back, and the conversion is slow long before that)."""


class HugeNumber(float):
    """A number too long, or too large, to be anything but a mistake: infinite, and said as
    written (`1e400`) or by its length (`a number of 5,000 digits`)."""

    written: str

    def __new__(cls, written: str) -> HugeNumber:
        number = super().__new__(cls, float("-inf") if written.startswith("-") else float("inf"))
        number.written = written
        return number

    def __repr__(self) -> str:
        if len(self.written) <= MAX_DIGITS:
            return self.written
        body = self.written.lstrip("+-")
        digits = len(body) - 2 if body[:2].lower() in ("0x", "0o") else sum(c.isdigit() for c in body)
        return f"a number of {digits:,} digits"

    __str__ = __repr__


_NOT_TEXT_STARTS = frozenset("0123456789+-.~nNtTfF")


def resolve_plain(value: str) -> Any:
    """The value of a plain (unquoted) scalar under the YAML 1.2 core schema."""
    if value and (value[0] not in _NOT_TEXT_STARTS or (len(value) > 5 and value[0].isalpha())):
        return value  # a word or a sentence: most plain scalars of a case
    if len(value) > MAX_DIGITS and value[:1] in "+-.0123456789" and _looks_numeric(value):
        return HugeNumber(value)
    if _NULL.match(value):
        return None
    if _TRUE.match(value):
        return True
    if _FALSE.match(value):
        return False
    if _INT10.match(value):
        return int(value)
    if _INT8.match(value):
        return int(value[2:], 8)
    if _INT16.match(value):
        return int(value[2:], 16)
    if _FLOAT.match(value):
        number = float(value)
        return HugeNumber(value) if number in (float("inf"), float("-inf")) else number
    if _INF.match(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN.match(value):
        return float("nan")
    return value


def _looks_numeric(value: str) -> bool:
    return bool(_INT10.match(value) or _INT8.match(value) or _INT16.match(value) or _FLOAT.match(value))


class _Builder:
    """Turns parser events into values, recording marks and YAML-rule violations."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.problems: list[Diagnostic] = []
        self.too_deep: Diagnostic | None = None
        """Our own diagnostic for nesting beyond MAX_DEPTH: it stands even when the parser
        gives up deeper down (libyaml has a limit of its own since PyYAML 6.0.4)."""

    def problem(self, yaml_mark: Any, message: str, path: Path_ = ()) -> None:
        mark = _mark(yaml_mark)
        self.problems.append(
            Diagnostic(self.doc.name, mark.line, mark.column, Severity.ERROR, format_path(path), message)
        )

    def check_event(self, event: Any, path: Path_) -> None:
        if getattr(event, "anchor", None) is not None:
            self.problem(
                event.start_mark,
                f"YAML anchors (&{event.anchor}) are not allowed; write the value out in full",
                path,
            )
        tag = getattr(event, "tag", None)
        if tag is not None and not (isinstance(event, yaml.ScalarEvent) and tag == "!"):
            # show the tag as it was written (`!!str`), not as the parser expands it
            shown = "!!" + tag[len(YAML_TAG_PREFIX):] if tag.startswith(YAML_TAG_PREFIX) else tag
            self.problem(event.start_mark, f"YAML tags ({shown}) are not allowed; remove the tag", path)

    def node(self, events: Any, event: Any, path: Path_) -> Any:
        self.doc.values[path] = _mark(event.start_mark)
        if isinstance(event, yaml.AliasEvent):
            self.problem(
                event.start_mark,
                f"YAML aliases (*{event.anchor}) are not allowed; write the value out in full",
                path,
            )
            return None
        self.check_event(event, path)
        if len(path) >= MAX_DEPTH and isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self.problem(event.start_mark, TOO_DEEP, path)
            self.too_deep = self.too_deep or self.problems[-1]
            _skip_collection(events)
            return None
        if isinstance(event, yaml.ScalarEvent):
            if event.implicit[0] and event.tag is None:
                return resolve_plain(event.value)
            return event.value
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Any] = []
            for item_event in events:
                if isinstance(item_event, yaml.SequenceEndEvent):
                    return items
                items.append(self.node(events, item_event, path + (len(items),)))
        if isinstance(event, yaml.MappingStartEvent):
            mapping: dict[str, Any] = {}
            if event.flow_style:
                self.doc.flow.add(path)
            for key_event in events:
                if isinstance(key_event, yaml.MappingEndEvent):
                    return mapping
                key = self.key(events, key_event, path)
                value_event = next(events)
                if key is None:
                    self.node(events, value_event, path + ("?",))
                    continue
                key_path = path + (key,)
                if key in mapping:
                    first = self.doc.keys[key_path].line
                    self.problem(
                        key_event.start_mark,
                        f"key '{key}' is given twice in this mapping (first on line {first}); keep one",
                        key_path,
                    )
                    self.node(events, value_event, path + (f"{key}#{key_event.start_mark.line}",))
                    continue
                self.doc.keys[key_path] = _mark(key_event.start_mark)
                mapping[key] = self.node(events, value_event, key_path)
        raise AssertionError(f"unexpected YAML event {event!r}")  # pragma: no cover

    def key(self, events: Any, event: Any, path: Path_) -> str | None:
        if isinstance(event, yaml.ScalarEvent):
            self.check_event(event, path)
            return str(event.value)
        self.problem(event.start_mark, "a key must be a plain word, not a list or a mapping", path)
        self.node(events, event, path + ("?",))
        return None


def _skip_collection(events: Any) -> None:
    """Consume the events up to the end of the collection that has just started."""
    depth = 1
    for event in events:
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
            if depth == 0:
                return


def _decode(file: Path, raw: bytes) -> str:
    name = display_name(file)
    if len(raw) > MAX_FILE_BYTES:
        size = file.stat().st_size if file.is_file() else len(raw)
        raise LoadError(
            Diagnostic(name, 1, 1, Severity.ERROR, "",
                       f"the file is {size:,} bytes; at most 1 MiB ({MAX_FILE_BYTES:,} bytes) is allowed")
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        start = raw.rfind(b"\n", 0, err.start) + 1
        # the column in characters, as editors count it, not in bytes
        prefix = raw[start:err.start].removeprefix(codecs.BOM_UTF8 if start == 0 else b"")
        column = len(prefix.decode("utf-8", "replace")) + 1
        raise LoadError(
            Diagnostic(name, line, column, Severity.ERROR, "",
                       "the file is not valid UTF-8; save it as UTF-8 in your editor")
        ) from None


def parse_text(file: Path, text: str) -> tuple[Document, list[Diagnostic]]:
    """Parse one YAML document; raise LoadError for a syntax error."""
    doc = Document(file=file, data=None)
    builder = _Builder(doc)
    try:
        events = iter(yaml.parse(text, Loader=_Loader))
        documents = 0
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                body = next(events)
                if documents > 1:
                    builder.problem(event.start_mark, "only one YAML document per file; remove the '---' line")
                    builder.node(events, body, ("#doc", documents))
                else:
                    doc.data = builder.node(events, body, ())
    except yaml.MarkedYAMLError as err:
        if builder.too_deep is not None:
            # The parser stopped inside a part that is too deep anyway: say so, in our words.
            raise LoadError(builder.too_deep) from None
        mark = err.problem_mark or err.context_mark
        if "nesting depth" in (err.problem or "") and mark is not None:
            raise LoadError(_too_deep(file, text, mark)) from None
        # In plain words, at the consultant's mistake rather than where the parser stopped.
        mistakes = [
            Diagnostic(doc.name, m.line, m.column, Severity.ERROR, format_path(m.path), m.message)
            for m in explain(text)
        ] or [Diagnostic(doc.name, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1, Severity.ERROR,
                         "", "YAML cannot read this line: check its indentation and quotes")]
        raise LoadError(*mistakes) from None
    except yaml.reader.ReaderError as err:
        # A control character. The C reader counts its position in bytes, so find the
        # character itself: it is the first one of its kind, since the reader stops there.
        index = text.find(chr(err.character)) if isinstance(err.character, int) else -1
        line, column = (1, 1)
        if index >= 0:
            line, column = text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)
        shown = f"U+{err.character:04X}" if isinstance(err.character, int) else repr(err.character)
        message = f"the file contains a control character ({shown}) that YAML does not allow; remove it"
        raise LoadError(Diagnostic(doc.name, line, column, Severity.ERROR, "", message)) from None
    except yaml.YAMLError as err:
        # one line, as every diagnostic: PyYAML's own text spans several
        message = "YAML error: " + " ".join(str(err).split())
        raise LoadError(Diagnostic(doc.name, 1, 1, Severity.ERROR, "", message)) from None
    return doc, builder.problems


# --- the fast path: libyaml composes, Python only turns nodes into values -----------------------

_IMPLICIT = "tag:tarinasto,2026:implicit"
"""The tag the fast path gives every node without one: a node with any other was tagged."""


class _FastLoader(_Loader):  # type: ignore[misc,valid-type]
    """libyaml's parser and composer without the resolver's regular expressions: the fast
    path resolves plain scalars itself (YAML 1.2 core schema), so every tag is the same."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        return _IMPLICIT


class _Unusual(Exception):
    """The file holds something the fast path leaves to the event loader."""


def compose_fast(file: Path, text: str) -> Document | None:
    """The document through libyaml's composer (several times faster than the event loop),
    or None when the file has anything the event loader must look at: a syntax error, a
    tag, an anchor, an alias, a key given twice, a complex key, nesting beyond MAX_DEPTH,
    more than one document."""
    if "&" in text or "\t" in text:
        return None  # an anchor (and so an alias) may stand there: the node tree keeps neither

    try:
        root = yaml.compose(text, Loader=_FastLoader)
    except yaml.YAMLError:
        return None
    doc = Document(file=file, data=None, root=root)
    if root is None:
        return doc
    try:
        doc.data = _value(root, 0)
    except _Unusual:
        return None
    return doc


def _value(node: Any, depth: int) -> Any:
    if node.tag != _IMPLICIT:
        raise _Unusual  # a tag (!!str, !foo)
    if isinstance(node, yaml.ScalarNode):
        return resolve_plain(node.value) if not node.style else node.value  # plain: no style
    if depth >= MAX_DEPTH:
        raise _Unusual
    if isinstance(node, yaml.SequenceNode):
        return [_value(item, depth + 1) for item in node.value]
    mapping: dict[str, Any] = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag != _IMPLICIT or key.value in mapping:
            raise _Unusual
        mapping[key.value] = _value(value, depth + 1)
    return mapping


def _node_mark(root: Any, path: Path_, key: bool) -> Mark:
    """The mark of `path` in a node tree: its key's (with `key`) or its value's, else the
    nearest ancestor's."""
    node, key_node = root, None
    for part in path:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            pair = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part), None)
            if pair is None:
                break
            key_node, node = pair
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            key_node, node = None, node.value[part]
        else:
            break
    chosen = key_node if key and key_node is not None else node
    return _mark(chosen.start_mark)


def _flow_paths(node: Any, path: Path_) -> Iterator[Path_]:
    if isinstance(node, yaml.MappingNode):
        if node.flow_style:
            yield path
        for key, value in node.value:
            yield from _flow_paths(value, path + (key.value,))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _flow_paths(item, path + (index,))


def _too_deep(file: Path, text: str, mark: Any) -> Diagnostic:
    """Where the values first go deeper than MAX_DEPTH, when the parser's own depth limit
    stopped it further on: the text up to that point, parsed again, has the place."""
    lines = text.split("\n")
    end = sum(len(line) + 1 for line in lines[: mark.line]) + mark.column
    builder = _Builder(Document(file=file, data=None))
    try:
        for event in (events := iter(yaml.parse(text[:end], Loader=_Loader))):
            if isinstance(event, yaml.DocumentStartEvent):
                builder.node(events, next(events), ())
    except yaml.YAMLError:
        pass
    return builder.too_deep or Diagnostic(display_name(file), mark.line + 1, mark.column + 1, Severity.ERROR, "", TOO_DEEP)


def read_bounded(file: Path) -> bytes | None:
    """A file's bytes, never more than MAX_FILE_BYTES + 1 (the size error needs no more)."""
    try:
        with file.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None


def load_file(file: Path, raw: bytes | None = None) -> tuple[Document | None, list[Diagnostic]]:
    """Read (or take `raw`) and parse a file; every problem comes back as a diagnostic, never raised."""
    if raw is None:
        try:
            with file.open("rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)  # never more: the size error needs no more
        except OSError as err:
            return None, [Diagnostic(display_name(file), 1, 1, Severity.ERROR, "", f"cannot read the file: {err.strerror}")]
    try:
        text = _decode(file, raw)
        fast = compose_fast(file, text)
        doc, problems = (fast, []) if fast is not None else parse_text(file, text)
        doc.reloadable = fast is not None
    except LoadError as err:
        return None, err.diagnostics
    if doc.data is None and not problems:
        problems.append(doc.diagnostic((), "the file is empty"))
    return doc, problems
