"""What the site needs of MkDocs and Material: the package's theme folder, the settings it
depends on, the front matter of a generated page, and each language's own search."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig

from ..content.model import N_
from ..site.i18n import Language
from ..site.pages import Page
from ..site.urls import SITEMAP

PACKAGE_THEME = Path(__file__).resolve().parents[1] / "theme"
"""Material overrides (the <head>, the interface language per page, the language switcher,
404, sitemap) and the site's stylesheet and script."""
STYLESHEET = "assets/tarinasto/tarinasto.css"
SCRIPT = "assets/tarinasto/tarinasto.js"
HEAD_KEY = "tarinasto"
"""The page metadata key that main.html reads the <head> from."""
BODY_MARK = "<!-- tarinasto: the page's HTML -->"
"""What a generated page's content is until its finished page is written (plugin.py)."""


def add_theme_folder(config: MkDocsConfig) -> None:
    """Our templates come after the site's own `custom_dir` (which overrides any single
    file of ours) and before Material's (which ours override)."""
    dirs: list[str] = config.theme.dirs
    ours = str(PACKAGE_THEME)
    if ours in dirs:
        return
    custom = config.theme.custom_dir
    position = 1 if custom and dirs and Path(dirs[0]) == Path(custom) else 0
    dirs.insert(position, ours)


def configure(config: MkDocsConfig, languages: dict[str, Language], warn: Callable[[str], None]) -> None:
    """Settings of MkDocs and Material that the site depends on."""
    codes = tuple(languages)
    config.theme["language"] = codes[0]
    config.extra[THEME_LANGUAGES] = theme_languages(config, codes, warn)
    config.extra[OWN_STRINGS] = own_strings(languages)
    # No web fonts from Google's CDN: the site makes no request to another host.
    config.theme["font"] = False
    # Material shows the language switcher only when this is set; our partial fills it per page.
    config.extra["alternate"] = [{"lang": lang} for lang in codes]
    config.extra.setdefault("generator", False)
    # The sitemap is written from every page's data (site/sitemap.py), also of the pages an
    # incremental build did not give MkDocs.
    config.theme.static_templates.discard(SITEMAP)  # the theme's template of the same name
    if not config.nav:
        # A navigation that lists every generated page makes every page carry all of them.
        config.nav = [{"": "index.md"}]
    if STYLESHEET not in config.extra_css:
        config.extra_css.append(STYLESHEET)
    if SCRIPT not in [str(s) for s in config.extra_javascript]:
        config.extra_javascript.append(SCRIPT)


SEARCH_STRINGS = {
    "search.result.none": N_("No matching stories"),
    "search.result.one": N_("1 story"),
    "search.result.other": N_("# stories"),
    "search.result.more.one": N_("1 more place in this story"),
    "search.result.more.other": N_("# more places in this story"),
}
"""Material's search speaks of documents; ours of stories (a result is a story, its more
places are its sections). Our catalogues translate these per language."""
OWN_STRINGS = "tarinasto_strings"
"""config.extra key: per site language, the Material strings we say in our own words."""


def own_strings(languages: dict[str, Language]) -> dict[str, dict[str, str]]:
    return {code: {key: language.gettext(message) for key, message in SEARCH_STRINGS.items()}
            for code, language in languages.items()}


THEME_LANGUAGES = "tarinasto_theme_languages"
"""config.extra key: the language of Material's own interface strings for each site language."""


def theme_languages(config: MkDocsConfig, languages: tuple[str, ...], warn: Callable[[str], None]) -> dict[str, str]:
    """Each language's own Material strings where the theme has them (a site's custom_dir
    may add some), else English, said once."""
    out = {}
    for code in languages:
        partial = f"partials/languages/{code}.html"
        if any((Path(folder) / partial).is_file() for folder in config.theme.dirs):
            out[code] = code
        else:
            warn(f"Material has no interface strings for '{code}': its search box and menus show in English"
                 f" on those pages; a site can add theme_overrides/{partial}")
            out[code] = "en"
    return out


def front_matter(page: Page) -> dict[str, Any]:
    """The metadata Material reads from a generated page."""
    return {
        # Material prints page titles and descriptions without escaping: keep them escaped.
        "title": str(escape(page.title)),
        "description": str(escape(page.description)),
        "hide": ["navigation", "toc"],
        # The search index is written from the case data (search.py), not parsed from pages.
        "search": {"exclude": True},
        HEAD_KEY: page.head,
    }


def localize_header(config: MkDocsConfig, site_name: str, home: str) -> None:
    """Material's header shows one site name and links one home page; pages are rendered
    one at a time, so setting both just before each page gives each its language's."""
    config.extra["homepage"] = home
    config.site_name = site_name


def site_path(config: MkDocsConfig) -> str:
    """The site's path on its host: a 404 page is served at any depth, so its links are absolute."""
    return urlsplit(config.site_url or "/").path or "/"


_CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">[^<]*?"base":\s*")([^"]*)(")')


def search_base(html: str, prefix: str) -> str:
    """Point Material's search of a page at its language's own index (`<prefix>search/`)."""
    if not prefix:
        return html
    return _CONFIG_BASE.sub(lambda m: m.group(1) + m.group(2).rstrip("/") + "/" + prefix + m.group(3), html, count=1)


def search_index(material: dict[str, Any], lang: str, documents: list[dict[str, str]]) -> dict[str, Any]:
    """An index with Material's settings (separator, pipeline, fields), for one language."""
    config = dict(material.get("config", {}), lang=[lang])
    return {**material, "config": config, "docs": documents}
