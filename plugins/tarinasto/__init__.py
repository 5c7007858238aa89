"""Tarinasto: customer-success case studies from YAML files to a multilingual site.

The core (loading, model, checks, i18n, pages, rendering) does not import MkDocs;
`tarinasto.plugin` adapts it to MkDocs.
"""

from __future__ import annotations

from .diagnostics import Diagnostic, Report, Severity
from .library import Library, load_library
from .model import Case, Collection, Taxonomy
from .settings import Settings, SettingsError, load_settings

__all__ = [
    "Case",
    "Collection",
    "Diagnostic",
    "Library",
    "Report",
    "Settings",
    "SettingsError",
    "Severity",
    "Taxonomy",
    "load_library",
    "load_settings",
]
