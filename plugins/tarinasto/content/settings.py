"""What the checks need to know about the site: where it is and its plugin options.

The options themselves (names, types, defaults, documentation) are declared once, by the
plugin's config class (`tarinasto.mkdocs.config.TarinastoConfig`); this layer only reads
them, through the `Options` protocol below, so that it never imports MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Protocol, Sequence


class Options(Protocol):
    """The plugin options that reading and checking case files depends on."""

    @property
    def languages(self) -> Sequence[str]: ...

    @property
    def cases_dir(self) -> str: ...

    @property
    def default_provider(self) -> str | None: ...

    @property
    def allow_missing_translations(self) -> bool: ...

    @property
    def require_approval(self) -> bool: ...

    @property
    def cache_dir(self) -> str: ...


class SettingsError(Exception):
    """A problem with the configuration (not with a case): one line for people."""


@dataclass(frozen=True)
class Settings:
    """A site's folder and its validated plugin options."""

    root: Path
    options: Options
    cases_override: Path | None = None
    """`--cases DIR` of the command line: another cases folder than the option's."""

    @cached_property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.options.languages)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @cached_property
    def cases_path(self) -> Path:
        folder = self.cases_override if self.cases_override is not None else self.root / self.options.cases_dir
        return folder.resolve()

    @cached_property
    def cache_path(self) -> Path:
        """Where what a run can always make again is kept (option `cache_dir`)."""
        return self.root / self.options.cache_dir

    @property
    def cases_dir(self) -> str:
        """The cases folder as people name it in messages."""
        return str(self.cases_override) if self.cases_override is not None else self.options.cases_dir
