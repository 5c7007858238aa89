"""What a page puts in its <head>: description, canonical link, a link per language and
x-default, robots, link-preview tags. Plain data: the engine's template writes it out,
escaping every value."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .renderer import SiteRenderer


def head_data(site: SiteRenderer, kind: str, lang: str, title: str, description: str,
              urls: dict[str, str], **extra: Any) -> dict[str, Any]:
    """`urls`: the same page in every language. `extra`: og_type, og_image, robots,
    redirect, lastmod (None values are left out)."""
    alternates = [
        {"lang": code, "name": site.languages[code].name, "url": url, "href": site.absolute(url)}
        for code, url in urls.items()
    ]
    return {
        "kind": kind,
        "lang": lang,
        "title": title,
        "description": description,
        "site_name": site.site_name(lang),
        "canonical": site.absolute(urls[lang]),
        "alternates": alternates,
        "x_default": site.absolute(urls[site.settings.default_language]),
        "og_locale": str(site.languages[lang].locale),
        "og_locale_alternates": [str(site.languages[c].locale) for c in urls if c != lang],
        **{k: v for k, v in extra.items() if v is not None},
    }
