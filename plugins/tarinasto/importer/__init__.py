"""`tarinasto import`: an existing story (a Word document, a web page, Markdown or plain
text) turned into a draft case file.

    readers/     one per format: the file -> the story's blocks (headings, paragraphs,
                 bullets, quotes), with where each stands; nothing in a file is run or fetched
    recognize    the blocks -> the parts of a case (title, client, sections, quotes),
                 and what could not be placed
    writer       the parts -> the draft's YAML, with the notes of `tarinasto new`

It reads case files' rules from `tarinasto.content` and nothing from the site or MkDocs.
"""

from __future__ import annotations

from .draft import Draft
from .readers import StoryError, read_story
from .recognize import recognize
from .writer import write_draft

__all__ = ["Draft", "StoryError", "read_story", "recognize", "write_draft"]
