"""What the pages depend on besides the cases: the engine's settings and the plugin
options that only the site reads (declared, like every option, by the plugin's config
class `tarinasto.mkdocs.config.TarinastoConfig`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Protocol

from ..content.settings import Options, Settings


class ContactOptions(Protocol):
    """The consultancy's contact details (option `contact`)."""

    @property
    def email(self) -> str: ...

    @property
    def phone(self) -> str | None: ...

    @property
    def url(self) -> str | None: ...

    @property
    def website(self) -> str | None: ...


class SiteOptions(Options, Protocol):
    """The plugin options that the pages read, beside those of the checks."""

    @property
    def site_names(self) -> Mapping[str, str]: ...

    @property
    def contact(self) -> ContactOptions | None: ...



@dataclass(frozen=True)
class SiteConfig:
    """One build of the site."""

    settings: Settings
    options: SiteOptions
    site_name: str
    """The engine's site name (MkDocs' `site_name`): the fallback of `site_names`."""
    site_url: str | None = None
    """The site's public address: canonical links, alternates, the sitemap and previews."""
    include_drafts: bool = False
    """Drafts are shown (and marked) in a preview, never in a published build."""
    template_dirs: tuple[Path, ...] = ()
    """The site's own template folders, searched before the package's templates."""
    locales_dir: Path | None = None
    """The site's own catalogues, searched before the package's."""
    stylesheet: Path | None = None
    """The site's own copy of Tarinasto's stylesheet, if it has one: the preview cards take
    their colours from it."""
    cache_dir: Path | None = None
    """Where what a build can always make again is kept between builds (the preview cards);
    None: nothing is kept."""
