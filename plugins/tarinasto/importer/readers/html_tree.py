"""HTML -> a small element tree, with Python's own HTML parser (html.parser).

It is a tokenizer: it runs nothing, loads nothing and resolves only the named
character references of HTML. This module adds what a tree needs from HTML's rules:
void elements, and the end tags HTML lets a page leave out (`<p>`, `<li>`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Iterator

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_CLOSES_P = frozenset({
    "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "ul",
})
MAX_DEPTH = 200  # deeper elements are read as if they stood at this depth: no recursion runs away


@dataclass(eq=False)  # elements are compared by identity: a tree is no value
class Element:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Element | str] = field(default_factory=list)

    def elements(self) -> Iterator[Element]:
        for child in self.children:
            if isinstance(child, Element):
                yield child

    def find(self, tag: str) -> Element | None:
        """The first element `tag` at or below this one, in document order."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            if element.tag == tag:
                return element
            stack.extend(reversed(list(element.elements())))
        return None


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, 1)
        self.stack = [self.root]

    def _close(self, tag: str, *, within: tuple[str, ...] = ()) -> None:
        """Close the innermost open `tag`, unless one of `within` is open inside it."""
        for depth in range(len(self.stack) - 1, 0, -1):
            name = self.stack[depth].tag
            if name == tag:
                del self.stack[depth:]
                return
            if name in within:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P:
            self._close("p", within=("div", "li", "td", "th", "blockquote", "section", "article", "figure"))
        if tag == "li":
            self._close("li", within=("ul", "ol"))
        element = Element(tag, {name: value or "" for name, value in attrs}, self.getpos()[0])
        self.stack[-1].children.append(element)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {name: value or "" for name, value in attrs}, self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        self._close(tag)

    def handle_data(self, data: str) -> None:
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def parse(text: str) -> Element:
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder.root


class _Charset(HTMLParser):
    """The encoding a page declares: <meta charset> or <meta http-equiv content-type>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.charset: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta" or self.charset:
            return
        values = {name: (value or "") for name, value in attrs}
        if values.get("charset"):
            self.charset = values["charset"].strip()
        elif values.get("http-equiv", "").lower() == "content-type":
            for part in values.get("content", "").split(";"):
                name, _, value = part.strip().partition("=")
                if name.lower() == "charset" and value:
                    self.charset = value.strip().strip("\"'")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first kilobytes (Latin-1 reads any byte)."""
    sniffer = _Charset()
    sniffer.feed(data[:4096].decode("latin-1"))
    return sniffer.charset
