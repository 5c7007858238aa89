"""HTML (.html): a page of an old website or a document saved as a web page.

The story is the page's <article> (or <main>, or <body>); navigation, scripts, styles,
forms and embedded frames are passed over. Headings, paragraphs, list items and
quotations become blocks; links and emphasis are kept as Markdown for Markdown fields.
"""

from __future__ import annotations

from ..cleaning import squash
from ..story import Block, Kind, Where
from .encoding import decode
from .html_tree import Element, declared_charset, parse

SKIPPED = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "form", "button",
    "select", "textarea", "nav", "head", "canvas", "audio", "video", "picture", "map",
})
HEADINGS = {f"h{level}": level for level in range(1, 7)}
PARAGRAPHS = frozenset({"p", "dt", "dd", "figcaption", "address", "pre", "caption", "summary"})
CONTAINERS = frozenset({
    "div", "section", "article", "main", "header", "footer", "aside", "figure", "dl", "body", "html",
    "details", "center", "hgroup", "search",
})
BLOCKS = SKIPPED | PARAGRAPHS | CONTAINERS | set(HEADINGS) | {"ul", "ol", "li", "blockquote", "table", "img", "hr"}
_MARKS = {"em": "*", "i": "*", "strong": "**", "b": "**"}
_LINK_SCHEMES = ("https://", "http://", "mailto:")


def read(data: bytes) -> list[Block]:
    root = parse(decode(data, fallback=declared_charset(data)))
    story = root.find("article") or root.find("main") or root.find("body") or root
    blocks: list[Block] = []
    _walk(story, blocks)
    return blocks


def _walk(element: Element, out: list[Block]) -> None:
    loose: list[Element | str] = []  # text straight inside a container is a paragraph too
    for child in element.children:
        if isinstance(child, str) or child.tag not in BLOCKS:
            loose.append(child)
            continue
        _loose_paragraph(loose, element, out)
        loose = []
        _block(child, out)
    _loose_paragraph(loose, element, out)


def _loose_paragraph(children: list[Element | str], parent: Element, out: list[Block]) -> None:
    holder = Element("p", {}, next((c.line for c in children if isinstance(c, Element)), parent.line), children)
    if any(_inline(holder)[0]):
        _paragraph(holder, out)


def _block(element: Element, out: list[Block]) -> None:
    tag, where = element.tag, Where("line", element.line)
    if tag in SKIPPED or tag == "hr":
        return
    if tag in HEADINGS:
        lines, _ = _inline(element)
        if lines:
            out.append(Block(Kind.HEADING, tuple(lines), where, level=HEADINGS[tag]))
    elif tag in PARAGRAPHS:
        _paragraph(element, out)
    elif tag in ("ul", "ol"):
        for item in element.elements():
            if item.tag == "li":
                _item(item, out)
            else:
                _block(item, out)
    elif tag == "li":
        _item(element, out)
    elif tag == "blockquote":
        _quotation(element, out)
    elif tag == "table":
        rows = [" | ".join(_text(cell) for cell in _cells(row)) for row in _rows(element)]
        out.append(Block(Kind.OTHER, tuple(row for row in rows if row.strip(" |")), where))
    elif tag == "img":
        out.append(Block(Kind.OTHER, (_image(element),), where))
    else:
        _walk(element, out)


def _paragraph(element: Element, out: list[Block]) -> None:
    lines, markdown = _inline(element)
    where = Where("line", element.line)
    if not lines:
        images = [child for child in element.elements() if child.tag == "img"]
        out.extend(Block(Kind.OTHER, (_image(image),), where) for image in images)
    elif _all_bold(element):
        out.append(Block(Kind.HEADING, (" ".join(lines),), where, level=2))
    else:
        out.append(Block(Kind.PARAGRAPH, tuple(lines), where, markdown=markdown))


def _item(element: Element, out: list[Block]) -> None:
    """A list item; a list inside it gives points of its own, after it."""
    nested = [c for c in element.elements() if c.tag in ("ul", "ol")]
    own = Element("li", {}, element.line, [c for c in element.children if c not in nested])
    lines, markdown = _inline(own)
    if lines:
        out.append(Block(Kind.ITEM, (" ".join(lines),), Where("line", element.line), markdown=markdown))
    for child in nested:
        _block(child, out)


def _quotation(element: Element, out: list[Block]) -> None:
    """A <blockquote>: its paragraphs are the quote; a <footer> or <cite> in it names the speaker."""
    said = [c for c in element.elements() if c.tag in ("footer", "cite")]
    body = Element("div", {}, element.line, [c for c in element.children if c not in said])
    paragraphs = [c for c in body.elements() if c.tag == "p"] or [body]
    lines = [" ".join(_inline(p)[0]) for p in paragraphs]
    if any(lines):
        out.append(Block(Kind.QUOTE, tuple(line for line in lines if line), Where("line", element.line)))
    for speaker in said:
        text = _text(speaker)
        if text:
            out.append(Block(Kind.PARAGRAPH, (text if text[0] in "—–-" else f"— {text}",), Where("line", speaker.line)))


def _inline(element: Element) -> tuple[list[str], str]:
    """The text of inline content: its lines (split at <br>) and its Markdown."""
    plain: list[str] = [""]
    marked: list[str] = [""]

    def visit(node: Element | str) -> None:
        if isinstance(node, str):
            plain[-1] += node
            marked[-1] += node
            return
        if node.tag in SKIPPED or node.tag == "img":
            return
        if node.tag == "br":
            plain.append("")
            marked.append("")
            return
        mark = _MARKS.get(node.tag, "`" if node.tag == "code" else "")
        href = node.attrs.get("href", "").strip() if node.tag == "a" else ""
        start = len(marked[-1])
        for child in node.children:
            visit(child)
        inner = marked[-1][start:]
        if not inner.strip():
            return
        if href.startswith(_LINK_SCHEMES):
            marked[-1] = marked[-1][:start] + f"[{inner.strip()}]({href})"
        elif mark:
            marked[-1] = marked[-1][:start] + f"{mark}{inner.strip()}{mark}"

    for child in element.children:
        visit(child)
    lines = [squash(line) for line in plain if squash(line)]
    return lines, " ".join(squash(line) for line in marked if squash(line))


def _all_bold(element: Element) -> bool:
    """Whether every word of a paragraph is in <strong> or <b>: a heading in all but name."""
    texts = [c for c in element.children if not (isinstance(c, str) and not c.strip())]
    return bool(texts) and all(isinstance(c, Element) and c.tag in ("strong", "b") for c in texts)


def _text(element: Element) -> str:
    return " ".join(_inline(element)[0])


def _rows(table: Element) -> list[Element]:
    rows: list[Element] = []
    for child in table.elements():
        rows += [child] if child.tag == "tr" else _rows(child) if child.tag in ("thead", "tbody", "tfoot") else []
    return rows


def _cells(row: Element) -> list[Element]:
    return [cell for cell in row.elements() if cell.tag in ("td", "th")]


def _image(image: Element) -> str:
    alt, src = image.attrs.get("alt", "").strip(), image.attrs.get("src", "").strip()
    return f"an image: {alt or src or 'no description'}"
