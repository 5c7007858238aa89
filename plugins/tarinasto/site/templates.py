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
    def __init__(self, languages: dict[str, Language], site_dirs: Iterable[Path] = (), cache_dir: Path | None = None):
        folders = [d for d in site_dirs if d.is_dir()] + [PACKAGE_TEMPLATES]
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(folder) for folder in folders])
        compiled = bytecode_cache(cache_dir / "templates") if cache_dir is not None else None
        self._envs = {code: self._environment(loader, language, compiled) for code, language in languages.items()}

    @staticmethod
    def _environment(loader: jinja2.BaseLoader, language: Language,
                     compiled: jinja2.BytecodeCache | None) -> jinja2.Environment:
        env = jinja2.Environment(
            loader=loader,
            bytecode_cache=compiled,
            autoescape=True,
            extensions=["jinja2.ext.i18n"],
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
            # One build reads each template once; without this, every use of a template
            # asks its file's time again (14,000 times at 1,000 cases, ours and Material's).
            auto_reload=False,
        )
        env.install_gettext_translations(language.translations, newstyle=True)  # type: ignore[attr-defined]
        return env

    def render(self, language: str, template: str, values: dict[str, Any]) -> str:
        return self._envs[language].get_template(template).render(**values)


def bytecode_cache(folder: Path) -> jinja2.BytecodeCache | None:
    """Compiled templates kept between builds (compiling ours took 0.2 s of every build);
    Jinja keys them by the template's source and its own version. None where the folder
    cannot be made: templates are then compiled each time."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))
