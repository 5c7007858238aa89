"""The page templates: one autoescaping Jinja environment per language.

Every value from a case file is text unless a helper made it safe HTML (Markdown fields,
through `markup.py`). A site overrides any single template by putting one of the same
name in its own folder (`theme_overrides/tarinasto/case.html`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

import jinja2

from .i18n import Language

PACKAGE_TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


class Templates:
    def __init__(self, languages: dict[str, Language], site_dirs: Iterable[Path] = ()):
        folders = [d for d in site_dirs if d.is_dir()] + [PACKAGE_TEMPLATES]
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(folder) for folder in folders])
        self._envs = {code: self._environment(loader, language) for code, language in languages.items()}

    @staticmethod
    def _environment(loader: jinja2.BaseLoader, language: Language) -> jinja2.Environment:
        env = jinja2.Environment(
            loader=loader,
            autoescape=True,
            extensions=["jinja2.ext.i18n"],
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
        )
        env.install_gettext_translations(language.translations, newstyle=True)  # type: ignore[attr-defined]
        return env

    def render(self, language: str, template: str, values: dict[str, Any]) -> str:
        return self._envs[language].get_template(template).render(**values)
