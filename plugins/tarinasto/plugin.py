"""The MkDocs plugin: a thin adapter from MkDocs events to the core.

    on_startup    note whether this is `mkdocs serve` (drafts are shown there)
    on_config     read the options, load and check every case file; stop on an error
                  before MkDocs cleans site/, so a failed build leaves it as it was
    on_files      add one generated page per (page, language), and the images
    on_page_context / on_post_build   the language of the interface per page; 404s
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup
from mkdocs.commands.build import get_context
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .diagnostics import Severity, plural
from .i18n import PACKAGE_LOCALES, load_languages
from .library import load_library
from .render import HEAD_KEY, SiteOptions, SiteRenderer
from .settings import DEFAULT_LANGUAGES, Settings, SettingsError
from .site import SiteBuild

log = get_plugin_logger("tarinasto")


class TarinastoConfig(Config):
    languages = c.ListOfItems(c.Type(str), default=list(DEFAULT_LANGUAGES))
    """The site's languages; the first is the default (no URL prefix). Babel locale codes."""
    cases_dir = c.Type(str, default="cases")
    """The folder of the case files, relative to mkdocs.yml."""
    default_provider = c.Optional(c.Type(str))
    """The provider of a case that names none: a key of `providers` in the taxonomy."""
    allow_missing_translations = c.Type(bool, default=False)
    """Missing translations are warnings, not errors; pages show the default language."""
    require_approval = c.Type(bool, default=False)
    """A published case must record the client's approval."""
    site_names = c.Type(dict, default={})
    """The site's name per language (`{fi: Asiakastarinat, en: Customer stories}`); default: `site_name`."""
    locales_dir = c.Type(str, default="locales")
    """Our interface strings, `<lang>/LC_MESSAGES/messages.po`, relative to mkdocs.yml."""


class TarinastoError(PluginError):
    """The case files have errors; the message lists every one of them."""


class TarinastoPlugin(BasePlugin[TarinastoConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        self.build: SiteBuild | None = None
        self.env: Any = None
        self.nav: Any = None
        self._html_pages: set[str] = set()
        """Generated pages whose HTML skips Markdown (see on_page_markdown)."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    # Before the other plugins see the configuration (Material's reads the theme language),
    # and before anything is written.
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).resolve().parent
        try:
            settings = Settings(
                root=root,
                languages=tuple(self.config.languages),
                cases_dir=self.config.cases_dir,
                default_provider=self.config.default_provider,
                allow_missing_translations=self.config.allow_missing_translations,
                require_approval=self.config.require_approval,
            )
        except SettingsError as err:
            raise PluginError(f"tarinasto: {err}") from None
        library = load_library(settings)
        diagnostics = library.report.sorted()
        for warning in (d for d in diagnostics if d.severity is Severity.WARNING):
            log.warning(warning.format())
        if library.report.has_errors:
            errors = [d.format() for d in diagnostics if d.severity is Severity.ERROR]
            raise TarinastoError(
                "\n".join(errors) + f"\nThe case files have {plural(len(errors), 'error')}; nothing was built."
            )
        locales = root / self.config.locales_dir
        languages = load_languages(settings.languages, locales if locales.is_dir() else PACKAGE_LOCALES)
        templates = Path(config.theme.custom_dir or "") / "tarinasto"
        if not config.theme.custom_dir or not (templates / "case.html").is_file():
            raise PluginError(
                "tarinasto: theme.custom_dir must be the project's theme_overrides folder "
                "(it holds the page templates and Material's overrides); see mkdocs.yml in the repository"
            )
        options = SiteOptions(templates_dir=templates, site_url=config.site_url,
                              include_drafts=self.serving, site_name=config.site_name,
                              site_names={str(k): str(v) for k, v in self.config.site_names.items()})
        self.build = SiteBuild(SiteRenderer(library, languages, options))
        configure(config, settings.languages)
        return config

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> None:
        root = Path(config.config_file_path).resolve().parent
        for folder in (self.config.cases_dir, self.config.locales_dir):
            if (root / folder).is_dir():
                server.watch(str(root / folder))

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.build is not None
        cases = self.build.settings.cases_path
        for file in list(files):
            # The case files are data, never published as they are (drafts among them).
            if file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(cases):
                files.remove(file)
        for page in self.build.pages:
            # The <head> data is attached in on_page_markdown rather than parsed back from YAML.
            files.append(File.generated(config, page.src_uri, content=page.markdown(),
                                        inclusion=InclusionLevel.NOT_IN_NAV))
        for uri, path in self.build.assets():
            files.append(File.generated(config, uri, abs_src_path=str(path)))
        files.append(File.generated(config, "cases.json", content=self.build.cases_json()))
        return files

    # A generated page is HTML already: Markdown would parse all of it twice (MkDocs' anchor
    # scan, then the raw-HTML block) only to return it unchanged, which was a third of the
    # build. Markdown converts an empty text instead and the page gets its HTML back, as
    # long as no other plugin changed the page's text first.
    @event_priority(-100)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        generated = self.build.by_url.get(page.url) if self.build is not None else None
        if generated is None or generated.src_uri != page.file.src_uri:
            return markdown
        page.meta[HEAD_KEY] = generated.meta[HEAD_KEY]
        if markdown.strip() == generated.body.strip():
            self._html_pages.add(page.file.src_uri)
            return ""
        return markdown

    @event_priority(100)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if page.file.src_uri in self._html_pages and self.build is not None:
            self._html_pages.discard(page.file.src_uri)
            return self.build.by_url[page.url].body.strip()
        return html

    def on_page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Any) -> TemplateContext:
        meta = page.meta.get(HEAD_KEY) if page.meta else None
        if meta and self.build is not None:
            self._localize_header(meta["lang"], config, self.build.urls.library(meta["lang"]))
        return context

    def on_template_context(self, context: TemplateContext, *, template_name: str, config: MkDocsConfig) -> TemplateContext:
        if template_name == "404.html" and self.build is not None:
            self._not_found_context(context, self.build.settings.default_language, config)
        return context

    def on_nav(self, nav: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self.nav = nav
        return nav

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self.env = env
        return env

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        meta = page.meta.get(HEAD_KEY) if page.meta else None
        if meta and self.build is not None:
            return _search_base(output, self.build.urls.prefix(meta["lang"]))
        return output

    # After Material's search plugin has written its index: one per language in its place.
    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        assert self.build is not None
        site = Path(config.site_dir)
        index_file = site / "search" / "search_index.json"
        if index_file.is_file():
            indexes = self.build.search_indexes(json.loads(index_file.read_text(encoding="utf-8")))
            for prefix, index in indexes.items():
                target = site / prefix / "search" / "search_index.json"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        for lang in self.build.settings.languages[1:]:
            context = get_context(self.nav, Files([]), config, base_url=_site_path(config))
            self._not_found_context(context, lang, config)
            html = self.env.get_template("404.html").render(context)
            target = site / self.build.urls.not_found(lang)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")

    def _not_found_context(self, context: TemplateContext, lang: str, config: MkDocsConfig) -> None:
        assert self.build is not None
        page = self.build.not_found(lang)
        # Our own keys in MkDocs' template context (a TypedDict that does not list them).
        extra: dict[str, Any] = context  # type: ignore[assignment]
        extra.update(tarinasto_lang=lang, tarinasto_meta=page.meta, tarinasto_not_found=Markup(page.body))
        self._localize_header(lang, config, _site_path(config) + self.build.urls.library(lang))
        context["config"] = config

    def _localize_header(self, lang: str, config: MkDocsConfig, home: str) -> None:
        """Material's header shows one site name and links one home page; pages are rendered
        one at a time, so setting both just before each page gives each its language's."""
        assert self.build is not None
        config.extra["homepage"] = home
        config.site_name = self.build.renderer.site_name(lang)


_CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">[^<]*?"base":\s*")([^"]*)(")')


def _search_base(html: str, prefix: str) -> str:
    """Point Material's search of a page at its language's own index (`<prefix>search/`)."""
    if not prefix:
        return html
    return _CONFIG_BASE.sub(lambda m: m.group(1) + m.group(2).rstrip("/") + "/" + prefix + m.group(3), html, count=1)


def _site_path(config: MkDocsConfig) -> str:
    """The site's path on its host: a 404 page is served at any depth, so its links are absolute."""
    return urlsplit(config.site_url or "/").path or "/"


def configure(config: MkDocsConfig, languages: tuple[str, ...]) -> None:
    """Settings of MkDocs and Material that the site depends on."""
    config.theme["language"] = languages[0]
    # No web fonts from Google's CDN: the site makes no request to another host.
    config.theme["font"] = False
    # Material shows the language switcher only when this is set; our partial fills it per page.
    config.extra["alternate"] = [{"lang": lang} for lang in languages]
    config.extra.setdefault("generator", False)
    if not config.nav:
        # A navigation that lists every generated page makes every page carry all of them.
        config.nav = [{"": "index.md"}]
    for css in ("assets/tarinasto.css",):
        if css not in config.extra_css:
            config.extra_css.append(css)
    if "assets/tarinasto.js" not in [str(s) for s in config.extra_javascript]:
        config.extra_javascript.append("assets/tarinasto.js")
