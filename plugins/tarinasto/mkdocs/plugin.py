"""The MkDocs plugin: a thin adapter from MkDocs events to the core.

    on_startup    note whether this is `mkdocs serve` (drafts are shown there)
    on_config     read the options, load and check every case file; stop on an error
                  before MkDocs cleans site/, so a failed build leaves it as it was
    on_files      add the generated pages that the cache has not made already (reuse.py),
                  the images, the preview cards, the feeds and cases.json
    on_page_*     hand each generated page its HTML and its language's header; keep the
                  page MkDocs made for the next builds
    on_post_build the reused pages, one search index per language, the 404 page of every
                  other language, the sitemap; then the new site in place of the old
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import yaml
from markupsafe import Markup
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..content.diagnostics import Severity, plural
from ..content.library import load_library
from ..content.settings import Settings
from ..site.build import SiteBuild
from ..site.config import SiteConfig
from ..site.i18n import has_catalogue, load_languages
from ..site.renderer import SiteRenderer
from ..site.templates import bytecode_cache
from ..site.urls import CASES_JSON
from . import material, output
from .atomic import AtomicSite, MergedSite, removed
from .config import TarinastoConfig
from .reuse import Reuse, engine_fingerprint

log = get_plugin_logger("tarinasto")

_FrontMatterDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""libyaml's emitter when PyYAML has it: the same YAML, ten times faster than Python's."""


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
        self.dirty = False
        self.output: AtomicSite | None = None
        self.reuse: Reuse | None = None
        self.site_dir: Path | None = None
        """Where the site is (an atomic build writes beside it until it is done)."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = dirty

    # Before the other plugins see the configuration (Material's reads the theme language),
    # and before anything is written.
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # What an earlier build of `mkdocs serve` froze can be collected again.
        gc.unfreeze()
        root = Path(config.config_file_path).resolve().parent
        if not self.dirty:
            kind = MergedSite if self.serving else AtomicSite
            self.output = kind(Path(config.site_dir), strict=bool(config.strict))
        settings = Settings(root=root, options=self.config)
        library = load_library(settings)
        # The cases, and then the plan of the pages, live until the build ends: the
        # collector need not walk them again and again (a sixth of a build at 1,000 cases).
        gc.freeze()
        diagnostics = library.report.sorted()
        for warning in (d for d in diagnostics if d.severity is Severity.WARNING):
            log.warning(warning.format())
        if library.report.has_errors:
            errors = [d.format() for d in diagnostics if d.severity is Severity.ERROR]
            raise TarinastoError(
                "\n".join(errors) + f"\nThe case files have {plural(len(errors), 'error')}; nothing was built."
            )
        library.keep_models_only()
        material.add_theme_folder(config)
        locales = root / self.config.locales_dir
        custom_dir = Path(config.theme.custom_dir) if config.theme.custom_dir else None
        custom = custom_dir / "tarinasto" if custom_dir else None
        stylesheet = custom_dir / material.STYLESHEET if custom_dir else None
        site = SiteConfig(
            settings=settings, options=self.config, site_name=config.site_name, site_url=config.site_url,
            include_drafts=self.serving, template_dirs=(custom,) if custom else (),
            locales_dir=locales if locales.is_dir() else None,
            stylesheet=stylesheet if stylesheet and stylesheet.is_file() else None,
            cache_dir=root / self.config.cache_dir,
        )
        if not config.site_url:
            log.warning("site_url is not set in mkdocs.yml: the pages get no link-preview image and the"
                        " site no feeds, since both need the site's absolute address")
        languages = load_languages(settings.languages, site.locales_dir)
        for code in settings.languages:
            if not has_catalogue(code, site.locales_dir):
                log.warning(f"no interface translations for '{code}': Tarinasto's labels show in English on its"
                            f" pages; add {self.config.locales_dir}/{code}/LC_MESSAGES/messages.po")
        self.build = SiteBuild(SiteRenderer(library, site, languages))
        gc.freeze()
        material.configure(config, languages, log.warning)
        if self.config.contact is None:
            log.info("no contact option: the pages have no contact in their footer and the cases no invitation"
                     " (docs/options.md, contact)")
        self.site_dir = Path(config.site_dir)
        if self.output is not None:
            # From here on MkDocs writes: into a folder beside site/, put in its place at the end.
            config.site_dir = self.output.begin()
        return config

    def on_shutdown(self) -> None:
        removed()

    def on_build_error(self, *, error: Exception) -> None:
        if self.build is not None:
            self.build.abort()
        if self.output is not None:
            self.output.abort()
            self.output = None

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> None:
        root = Path(config.config_file_path).resolve().parent
        for folder in (self.config.cases_dir, self.config.locales_dir):
            if (root / folder).is_dir():
                server.watch(str(root / folder))

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.build is not None
        cases = self.build.settings.cases_path
        for file in list(files):
            # Should a site put its cases under docs_dir, they are still never published as
            # they are (drafts among them).
            if file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(cases):
                files.remove(file)
        # Last of all on_config, the configuration is as every page is made with it.
        assert self.site_dir is not None and self.build.site.config.cache_dir is not None
        fingerprint = engine_fingerprint(config, self.build.site, self.serving)
        self.reuse = Reuse(self.build.site.config.cache_dir, fingerprint, self.site_dir)
        # The libraries always: the navigation names the default language's.
        self.reuse.plan(self.build.pages, always={self.build.urls.library(lang) for lang in self.build.settings.languages})
        for page in self.build.pages:
            if self.reuse.needs_rendering(page):
                files.append(File.generated(config, page.src_uri, content=_markdown(page),
                                            inclusion=InclusionLevel.NOT_IN_NAV))
        for uri, source in self.build.assets():
            self.reuse.add(uri, source)
        previews = self.build.site.previews
        if previews.drawn or previews.reused:
            workers = f" ({previews.processes} worker processes)" if previews.processes else ""
            log.info(f"preview cards: {previews.drawn} drawn, {previews.reused} from the cache{workers}")
        if self.reuse.reused_pages:
            made = len(self.build.pages) - self.reuse.reused_pages
            log.info(f"pages: {made} made, {self.reuse.reused_pages} from the cache")
        for uri, data in self.build.feeds():
            files.append(File.generated(config, uri, content=data))
        files.append(File.generated(config, CASES_JSON, content=self.build.cases_json))
        return files

    # A generated page is HTML already: Markdown would parse all of it twice (MkDocs' anchor
    # scan, then the raw-HTML block) only to return it unchanged, which was a third of the
    # build. Its file holds a mark instead of its HTML, Markdown converts an empty text, and
    # the page's HTML takes the mark's place in the finished page (on_post_page): MkDocs
    # keeps every page's content until the last page is written, which would be every
    # page's HTML at once.
    @event_priority(-100)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        generated = self.build.by_url.get(page.url) if self.build is not None else None
        if generated is None or generated.src_uri != page.file.src_uri:
            return markdown
        page.meta[material.HEAD_KEY] = generated.head
        if markdown.strip() == material.BODY_MARK:
            self._html_pages.add(page.file.src_uri)
            return ""
        # Another plugin changed the page's text: Markdown converts it, with the HTML in it.
        return markdown.replace(material.BODY_MARK, generated.body)

    @event_priority(100)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if page.file.src_uri in self._html_pages:
            return material.BODY_MARK
        return html

    def on_page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Any) -> TemplateContext:
        head = page.meta.get(material.HEAD_KEY) if page.meta else None
        if head and self.build is not None:
            lang = head["lang"]
            material.localize_header(config, self.build.site.site_name(lang), self.build.urls.library(lang))
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
        if self.build is not None and self.build.site.config.cache_dir is not None:
            # Material's templates too, compiled once (its own options: a folder of its own).
            env.bytecode_cache = bytecode_cache(self.build.site.config.cache_dir / "theme-templates")
        env.auto_reload = False  # a new environment every build: no template changes within one
        return env

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        head = page.meta.get(material.HEAD_KEY) if page.meta else None
        if not head or self.build is None:
            return output
        if page.file.src_uri in self._html_pages:
            self._html_pages.discard(page.file.src_uri)
            output = output.replace(material.BODY_MARK, self.build.by_url[page.url].body, 1)
        output = material.search_base(output, self.build.urls.prefix(head["lang"]))
        if self.reuse is not None:
            self.reuse.keep(page.url, output)
        return output

    # Last of all plugins: after Material's search has written its index (one per language
    # takes its place), then the new site in place.
    @event_priority(-10_000)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        assert self.build is not None
        site = Path(config.site_dir)
        if self.reuse is not None and self.output is None:
            self.reuse.write(site)  # a dirty build, into site/ itself
        output.search_indexes(site, self.build)
        for lang in self.build.settings.languages[1:]:
            context = get_context(self.nav, Files([]), config, base_url=material.site_path(config))
            self._not_found_context(context, lang, config)
            html = self.env.get_template("404.html").render(context)
            output.write(site / self.build.urls.not_found(lang), html)
        output.sitemap(site, self.build.pages)
        if self.output is not None:
            if self.output.commit(self.reuse):
                config.site_dir = str(self.output.site)
            self.output = None
        if self.reuse is not None:
            self.reuse.record(Path(config.site_dir))
            if not self.serving:
                self.reuse.prune()
        self.build.finish(prune=not self.serving)

    def _not_found_context(self, context: TemplateContext, lang: str, config: MkDocsConfig) -> None:
        assert self.build is not None
        page = self.build.not_found(lang)
        # Our own keys in MkDocs' template context (a TypedDict that does not list them).
        extra: dict[str, Any] = context  # type: ignore[assignment]
        extra.update(tarinasto_lang=lang, tarinasto_meta=page.head, tarinasto_not_found=Markup(page.body))
        home = material.site_path(config) + self.build.urls.library(lang)
        material.localize_header(config, self.build.site.site_name(lang), home)
        context["config"] = config


def _markdown(page: Any) -> str:
    """The page as a Markdown file: its front matter, and the mark that its HTML replaces.
    The <head> data is left out and handed to MkDocs directly: writing and re-reading it as
    YAML was 0.6 s of a build at 1,000 cases."""
    meta = {k: v for k, v in material.front_matter(page).items() if k != material.HEAD_KEY}
    front = yaml.dump(meta, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{front}---\n\n{material.BODY_MARK}\n"

