"""What `tarinasto import` tells the person: one line for each part of the story it could
not place, and a note when the story names no client. Text from the story is shown
escaped and shortened, so that each message stays one line."""

from __future__ import annotations

from .cleaning import shown
from .draft import CLIENT_SLOT, END_SLOT, Draft

_SLOTS = {CLIENT_SLOT: "under client", END_SLOT: "at the end"}


def report_lines(draft: Draft, source: str) -> list[str]:
    """`source` is the story's name as the person gave it."""
    name = shown(source, 200)
    lines = [
        f'{name}: {part.where}: not placed: "{shown(part.text)}"; kept as a comment {_SLOTS.get(part.slot, "under " + part.slot)}'
        for part in draft.unplaced
    ]
    if draft.anonymous:
        lines.append(f"{name}: note: the story names no client; the draft is anonymous (client.anonymous: true): "
                     "describe the client in client.name")
    return lines
