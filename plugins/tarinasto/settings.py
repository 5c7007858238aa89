"""The site's settings: the plugin options of `mkdocs.yml`, read without MkDocs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError

DEFAULT_LANGUAGES = ("fi", "en")


class SettingsError(Exception):
    """A problem with the configuration (not with a case)."""


@dataclass(frozen=True)
class Settings:
    """What the core needs to know; the plugin's config class maps onto this."""

    root: Path = field(default_factory=Path.cwd)
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    cases_dir: str = "cases"
    default_provider: str | None = None
    allow_missing_translations: bool = False
    require_approval: bool = False

    def __post_init__(self) -> None:
        if not self.languages:
            raise SettingsError("plugin option 'languages' must name at least one language")
        for code in self.languages:
            try:
                Locale.parse(code)
            except (UnknownLocaleError, ValueError, TypeError):
                raise SettingsError(f"plugin option 'languages': '{code}' is not a locale that Babel knows") from None
        if len(set(self.languages)) != len(self.languages):
            raise SettingsError("plugin option 'languages' names a language twice")

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def cases_path(self) -> Path:
        return (self.root / self.cases_dir).resolve()


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml while ignoring tags such as `!!python/name:` and `!ENV`."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_ConfigLoader.add_multi_constructor("!", _ignore_tag)
_ConfigLoader.add_multi_constructor("tag:", _ignore_tag)


def plugin_options(config: dict[str, Any]) -> dict[str, Any]:
    plugins = config.get("plugins") or []
    if isinstance(plugins, dict):
        plugins = [{k: v} for k, v in plugins.items()]
    for entry in plugins:
        if entry == "tarinasto":
            return {}
        if isinstance(entry, dict) and "tarinasto" in entry:
            return dict(entry["tarinasto"] or {})
    return {}


# Options of the MkDocs plugin (plugin.py's TarinastoConfig) that only the site uses: the
# command-line tools accept and ignore them, so that they run on the project's mkdocs.yml.
SITE_OPTIONS = frozenset({"site_names", "locales_dir"})


def from_options(root: Path, options: dict[str, Any]) -> Settings:
    known = {"languages", "cases_dir", "default_provider", "allow_missing_translations", "require_approval"}
    unknown = set(options) - known - SITE_OPTIONS
    if unknown:
        raise SettingsError(f"unknown plugin option(s): {', '.join(sorted(unknown))}")
    values = {key: value for key, value in options.items() if key in known}
    if "languages" in values:
        values["languages"] = tuple(values["languages"])
    return Settings(root=root, **values)


def load_settings(config_file: Path | None = None, cases_dir: Path | None = None) -> Settings:
    """Settings from `mkdocs.yml` (when there is one) for the command-line tools."""
    config_file = config_file or Path("mkdocs.yml")
    options: dict[str, Any] = {}
    root = config_file.resolve().parent
    if config_file.exists():
        try:
            config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
        except yaml.YAMLError as err:
            raise SettingsError(f"{config_file}: cannot read it: {err}") from None
        options = plugin_options(config)
    settings = from_options(root, options)
    if cases_dir is not None:
        settings = Settings(**{**settings.__dict__, "root": Path.cwd(), "cases_dir": str(cases_dir)})
    return settings
