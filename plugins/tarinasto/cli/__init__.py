"""The `tarinasto` command: the tools consultants use, from starting a site to checking it.

Each command is a module with `register(commands)`; `main` reads the site's settings once,
through the plugin's own option declarations, and runs the chosen command.
"""

from __future__ import annotations

from .main import main

__all__ = ["main"]
