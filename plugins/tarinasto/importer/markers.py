"""Bullets as people type them: `•`, `-`, `*`, `–`, `1.`, `2)` at the start of a line.

The text and Word readers both use it: a Word paragraph that starts with a typed `•` is a
point as much as one in Word's own list style. An em dash is not a bullet: it introduces
a quote's speaker (`— Pekka Rajala, kunnanjohtaja`).
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*([•◦▪▫‣⁃●○■□►▶➢➤✓✔·*+\-–]|\d{1,3}[.)])\s+(?=\S)")


def split_bullet(line: str) -> tuple[str, str] | None:
    """(the bullet, the text after it) if `line` starts with a bullet, else None."""
    match = _BULLET.match(line)
    return (match.group(1), line[match.end():]) if match else None
