"""Tarinasto: customer-success case studies from YAML files to a multilingual site.

    content/  read and check case files (no MkDocs, no Jinja)
    site/     plan and render the pages (no MkDocs)
    mkdocs/   the MkDocs plugin: the only code that imports MkDocs
    importer/ an existing story (.docx, .html, .md, .txt) -> a draft case file (no MkDocs)
    cli/      the `tarinasto` command

The names below are the public API; they are imported when first used, so that
`import tarinasto` (and every command) starts without loading what it does not need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

_EXPORTS = {
    "Case": "tarinasto.content.model",
    "Collection": "tarinasto.content.model",
    "Taxonomy": "tarinasto.content.model",
    "Diagnostic": "tarinasto.content.diagnostics",
    "Report": "tarinasto.content.diagnostics",
    "Severity": "tarinasto.content.diagnostics",
    "Library": "tarinasto.content.library",
    "load_library": "tarinasto.content.library",
    "Settings": "tarinasto.content.settings",
    "SettingsError": "tarinasto.content.settings",
    "load_settings": "tarinasto.mkdocs.config",
}

__all__ = [
    "Case", "Collection", "Diagnostic", "Library", "Report", "Settings", "SettingsError", "Severity",
    "Taxonomy", "load_library", "load_settings",
]

if TYPE_CHECKING:
    from tarinasto.content.diagnostics import Diagnostic, Report, Severity
    from tarinasto.content.library import Library, load_library
    from tarinasto.content.model import Case, Collection, Taxonomy
    from tarinasto.content.settings import Settings, SettingsError
    from tarinasto.mkdocs.config import load_settings


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'tarinasto' has no attribute {name!r}")
