"""What a page puts in its <head>: description, canonical link, a link per language and
x-default, robots, link-preview tags, the language's feed. Plain data: the engine's
template writes it out, escaping every value."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .previews.plan import Preview
    from .renderer import SiteRenderer


def head_data(site: SiteRenderer, kind: str, lang: str, title: str, description: str,
              urls: dict[str, str], preview: Preview | None = None, **extra: Any) -> dict[str, Any]:
    """`urls`: the same page in every language. `preview`: its link-preview card.
    `extra`: og_type, robots, redirect, lastmod (None values are left out)."""
    alternates = [
        {"lang": code, "name": site.languages[code].name, "url": url, "href": site.absolute(url)}
        for code, url in urls.items()
    ]
    head = {
        "kind": kind,
        "lang": lang,
        "title": title,
        "description": description,
        "site_name": site.site_name(lang),
        "canonical": site.absolute(urls[lang]),
        "alternates": alternates,
        "x_default": site.absolute(urls[site.settings.default_language]),
        "og_locale": site.languages[lang].og_locale,
        "og_locale_alternates": [site.languages[c].og_locale for c in urls if c != lang],
        **{k: v for k, v in extra.items() if v is not None},
    }
    if preview is not None:
        head["og_image"] = {"url": site.absolute(preview.url), "width": preview.width, "height": preview.height,
                            "alt": preview.alt, "type": preview.type}
    if site.has_address:
        head["feed"] = {"href": site.absolute(site.urls.feed(lang)), "title": site.site_name(lang)}
    return head
