"""The one error a reader raises: why a story cannot be read, in a line for people."""

from __future__ import annotations


class StoryError(Exception):
    """The file cannot be imported; the message completes "<file>: ..."."""

    def __init__(self, message: str, *, usage: bool = False):
        super().__init__(message)
        self.exit_code = 2 if usage else 1
        """2 when the command line names something that is no story (the convention of every
        `tarinasto` command), 1 when the story itself cannot be read."""
