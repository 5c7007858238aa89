"""The plugin's options: the one place each is declared, with its type, its default and
what it does. `mkdocs build` and the `tarinasto` command both read `mkdocs.yml` through
this class, so an option means the same, and is checked the same way, everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError
from mkdocs.utils.yaml import yaml_load

from ..content.settings import Settings, SettingsError
from ..content.suggest import did_you_mean

PLUGIN_NAME = "tarinasto"
DEFAULT_LANGUAGES = ["fi", "en"]


class Languages(c.OptionallyRequired[list[str]]):
    """Babel locale codes, at least one, none twice."""

    def run_validation(self, value: object) -> list[str]:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise ValidationError("expected a list of language codes, e.g. [fi, en]")
        from babel import Locale, UnknownLocaleError

        for code in value:
            try:
                Locale.parse(code)
            except (UnknownLocaleError, ValueError, TypeError):
                raise ValidationError(f"'{code}' is not a locale that Babel knows") from None
        if len(set(value)) != len(value):
            raise ValidationError("a language is named twice")
        return list(value)


def _shown(value: object) -> str:
    return f"'{value}'" if isinstance(value, str) else f"{type(value).__name__} {value!r}"


class Flag(c.BaseConfigOption[bool]):
    def __init__(self, default: bool):
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise ValidationError(f"expected true or false, got {_shown(value)}")
        return value


class Text(c.BaseConfigOption[str]):
    def __init__(self, default: str | None = None):
        super().__init__()
        if default is not None:
            self.default = default

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(f"expected a text, got {_shown(value)}")
        return value


class TextPerLanguage(c.BaseConfigOption[dict[str, str]]):
    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, str] = {}

    def run_validation(self, value: object) -> dict[str, str]:
        if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise ValidationError("expected a text per language, e.g. {fi: Asiakastarinat, en: Customer stories}")
        return dict(value)


class WebAddress(c.BaseConfigOption[str]):
    """An http(s) address, as a case's website must be."""

    def run_validation(self, value: object) -> str:
        from urllib.parse import urlsplit

        if not isinstance(value, str):
            raise ValidationError(f"expected a web address starting with https://, got {_shown(value)}")
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or any(ch.isspace() for ch in value):
            raise ValidationError(f"expected a web address starting with https://, got {_shown(value)}")
        return value


class EmailAddress(c.BaseConfigOption[str]):
    def run_validation(self, value: object) -> str:
        if value is None:
            raise ValidationError("the e-mail address is required when contact is given")
        if not isinstance(value, str) or value.count("@") != 1 or any(ch.isspace() or ch in "<>\"'" for ch in value):
            raise ValidationError(f"expected an e-mail address such as myynti@example.com, got {_shown(value)}")
        return value


class ContactConfig(Config):
    """The consultancy's contact details (the option `contact`)."""

    email = EmailAddress()
    phone = c.Optional(Text())
    url = c.Optional(WebAddress())
    website = c.Optional(WebAddress())


class OptionalGroup(c.SubConfig[ContactConfig]):
    """A group of options that is absent (None) unless given."""

    def __init__(self, config_class: type[ContactConfig]):
        super().__init__(config_class)
        self.default = None

    def run_validation(self, value: object) -> ContactConfig | None:  # type: ignore[override]
        if value is None:
            return None
        if not isinstance(value, dict):
            raise ValidationError("expected its options, one per line (email: ..., phone: ...)")
        group = self.config_class(config_file_path=self._config_file_path)
        known = [name for name, _ in group._schema]
        for key in value:
            if key not in known:
                raise ValidationError(f"unknown option '{key}'{did_you_mean(str(key), known)}")
        group.load_dict(value)
        failed, _ = group.validate()
        if failed:
            name, error = failed[0]
            raise ValidationError(f"'{name}': {error}")
        return group


class TarinastoConfig(Config):
    languages = Languages(default=list(DEFAULT_LANGUAGES))
    """The site's languages, as Babel locale codes; the first is the default and has no URL
    prefix (`/` and `/en/`). Every text of every case needs each of them."""

    cases_dir = Text("cases")
    """The folder of the case files, relative to `mkdocs.yml`. It is not MkDocs' `docs_dir`:
    nothing in it is published but the images that the pages show."""

    default_provider = c.Optional(Text())
    """The provider of a case that names none: a key of `providers` in `_taxonomy.yml`."""

    allow_missing_translations = Flag(False)
    """`true`: a missing translation is a warning, not an error, and the page shows the
    default language's text, marked with its own `lang`."""

    require_approval = Flag(False)
    """`true`: a published case must record the client's permission (`approval: by, date`)."""

    site_names = TextPerLanguage()
    """The site's name per language (`{fi: Asiakastarinat, en: Customer stories}`): the header,
    page titles and link previews. Default: MkDocs' `site_name` in every language."""

    locales_dir = Text("locales")
    """The site's own interface translations, `<lang>/LC_MESSAGES/messages.po`, relative to
    `mkdocs.yml`. Optional: each message found there replaces Tarinasto's own."""

    cache_dir = Text(".tarinasto-cache")
    """A folder of what a build can always make again, relative to `mkdocs.yml`: the checked
    case files, the pages, the link-preview cards and the covers' sizes, each kept by the
    content it was made from, so that a build makes only what changed. Never committed;
    delete it at any time, and the next build makes it again. What no build has used for a
    week is removed by the next `mkdocs build`."""

    contact = OptionalGroup(ContactConfig)
    """The consultancy's contact details: `email` (required), `phone`, `url` (the contact
    page) and `website` (the main website). The footer of every page shows the site's name,
    the e-mail, the phone and the website; every case page ends with an invitation linking
    to `url`, or to the e-mail when there is no `url`. Without it, pages have neither."""

    def validate(self) -> tuple[list[tuple[str, Exception]], list[tuple[str, str]]]:
        failed, warnings = super().validate()
        # A misspelt option would be ignored without a word: make it an error, with a guess.
        known = [name for name, _ in self._schema]
        for key in sorted(set(self.keys()) - set(known)):
            failed.append((key, ValidationError(f"unknown option{did_you_mean(key, known)}")))
        warnings = [(key, message) for key, message in warnings if key in known]
        return failed, warnings


def option_names() -> list[str]:
    return [name for name, _ in TarinastoConfig._schema]


def plugin_options(config: dict[str, Any]) -> dict[str, Any] | None:
    """The options of the tarinasto plugin in a loaded `mkdocs.yml`, or None if it has none."""
    plugins = config.get("plugins") or []
    if isinstance(plugins, dict):
        plugins = [{k: v} for k, v in plugins.items()]
    for entry in plugins if isinstance(plugins, list) else []:
        if entry == PLUGIN_NAME:
            return {}
        if isinstance(entry, dict) and PLUGIN_NAME in entry:
            options = entry[PLUGIN_NAME]
            return dict(options) if isinstance(options, dict) else {}
    return None


def read_options(config_file: Path | None, options: dict[str, Any] | None = None) -> TarinastoConfig:
    """The validated options, from `options` or from the plugin's entry in `config_file`."""
    if options is None:
        options = {}
        if config_file is not None and config_file.is_file():
            try:
                with config_file.open("rb") as handle:
                    loaded = yaml_load(handle) or {}
            except Exception as err:  # noqa: BLE001 - PyYAML's and MkDocs' errors alike
                message = " ".join(str(err).split())
                raise SettingsError(f"{config_file}: cannot read it: {message}") from None
            options = plugin_options(loaded if isinstance(loaded, dict) else {}) or {}
    config = TarinastoConfig(config_file_path=str(config_file) if config_file else None)
    config.load_dict(options)
    failed, _ = config.validate()
    if failed:
        where = f"{config_file}: " if config_file is not None and config_file.is_file() else ""
        name, error = failed[0]
        raise SettingsError(f"{where}plugin option '{name}': {error}")
    return config


def load_settings(config_file: Path | None = None, cases_dir: Path | None = None) -> Settings:
    """The settings of the site whose `mkdocs.yml` is `config_file` (default: the one in the
    working folder; without one, every option has its default)."""
    config_file = config_file or Path("mkdocs.yml")
    options = read_options(config_file)
    return Settings(root=config_file.resolve().parent, options=options, cases_override=cases_dir)


def option_docs() -> dict[str, str]:
    """Each option's documentation: the docstring under its declaration above (read from
    this file's source, so that `tarinasto init` and the docs never keep a copy)."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(TarinastoConfig))
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for statement, following in zip(body, body[1:]):
        if (isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name)
                and isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)):
            docs[statement.targets[0].id] = inspect.cleandoc(following.value.value)
    return docs
