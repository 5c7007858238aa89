"""How large a story may be. A case file is at most 1 MiB (the loader's bound), and the
draft holds the story's text, so a text story is bounded the same; a Word document also
carries its images and styles, so the file may be larger, but its text part may not."""

from __future__ import annotations

MIB = 1024 * 1024
MAX_TEXT_BYTES = 1 * MIB
"""A .txt, .md or .html story."""
MAX_DOCX_BYTES = 10 * MIB
"""A .docx file, images included."""
MAX_DOCX_XML_BYTES = 10 * MIB
"""A .docx's text part (word/document.xml) unpacked: a small file cannot unpack to a huge one."""


def megabytes(size: int) -> str:
    return f"{size / MIB:.1f} MB" if size % MIB else f"{size // MIB} MB"
