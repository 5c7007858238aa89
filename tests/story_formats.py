"""A plain-text story written again as Word, HTML and Markdown, the way people make them:
a Title and Heading styles and List Bullet paragraphs in Word, <h1>/<h2>/<ul>/<blockquote>
on a web page, `#`, `-` and `>` in Markdown. The tests import each and compare."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

BULLETS = ("•", "- ", "* ")
OPENING = "”“\"«"


@dataclass
class Part:
    kind: str  # title | heading | bullets | quote | paragraph
    lines: list[str]


def parts(story: str, headings: set[str]) -> list[Part]:
    """The story's blank-line blocks; `headings` names the lines that are its sub-headings."""
    out: list[Part] = []
    title_done = False
    for chunk in story.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.strip().split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.startswith(BULLETS) for line in lines):
            out.append(Part("bullets", [line.lstrip("•-* ").strip() for line in lines]))
        elif lines[0] in headings:
            out.append(Part("heading", lines))
        elif not title_done and len(lines) == 1 and not lines[0].startswith("Case:"):
            out.append(Part("title", lines))
            title_done = True
        elif len(lines) == 1 and lines[0][0] in OPENING and lines[0].rstrip()[-1] in "”“\"»":
            out.append(Part("quote", lines))
        else:
            out.append(Part("paragraph", lines))
    return out


def to_html(story: list[Part]) -> str:
    body = []
    for part in story:
        text = [html.escape(line, quote=False) for line in part.lines]
        if part.kind == "title":
            body.append(f"<h1>{text[0]}</h1>")
        elif part.kind == "heading":
            body.append(f"<h2>{text[0]}</h2>")
        elif part.kind == "bullets":
            body.append("<ul>\n" + "\n".join(f"  <li>{line}" for line in text) + "\n</ul>")  # </li> left out
        elif part.kind == "quote":
            body.append(f"<blockquote><p>{text[0]}</p></blockquote>")
        else:
            body.append("<p>" + "<br>\n".join(text) + "</p>")
    return (
        "<!doctype html>\n<html lang=fi><head><meta charset=utf-8><title>Asiakastarina</title>\n"
        "<script>document.write('not a story')</script><style>p {color: red}</style></head>\n"
        "<body><nav><ul><li><a href=/>Etusivu</a><li><a href=/tarinat/>Tarinat</a></ul></nav>\n"
        "<main><article>\n" + "\n".join(body) + "\n</article></main>\n"
        "<footer><p>© Konsulttitalo</p></footer></body></html>\n"
    )


def to_markdown(story: list[Part]) -> str:
    out = []
    for part in story:
        if part.kind == "title":
            out.append(f"# {part.lines[0]}")
        elif part.kind == "heading":
            out.append(f"## {part.lines[0]}")
        elif part.kind == "bullets":
            out.append("\n".join(f"- {line}" for line in part.lines))
        elif part.kind == "quote":
            out.append(f"> {part.lines[0]}")
        else:
            out.append("\n".join(part.lines))  # lines of one paragraph: soft line breaks
    return "\n\n".join(out) + "\n"


def to_docx(story: list[Part], path: Path) -> Path:
    import docx

    document = docx.Document()
    for part in story:
        if part.kind == "title":
            document.add_paragraph(part.lines[0], style="Title")
        elif part.kind == "heading":
            document.add_paragraph(part.lines[0], style="Heading 1")
        elif part.kind == "bullets":
            for line in part.lines:
                document.add_paragraph(line, style="List Bullet")
        else:
            paragraph = document.add_paragraph(part.lines[0])
            for line in part.lines[1:]:  # Shift+Enter: one paragraph, several lines
                paragraph.add_run().add_break()
                paragraph.add_run(line)
    document.save(str(path))
    return path
