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
        "footer": site.footer(lang),
        **{k: v for k, v in extra.items() if v is not None},
    }
    if preview is not None:
        head["og_image"] = {"url": site.absolute(preview.url), "width": preview.width, "height": preview.height,
                            "alt": preview.alt, "type": preview.type}
    if site.has_address:
        head["feed"] = {"href": site.absolute(site.urls.feed(lang)), "title": site.site_name(lang)}
    return head


def _css_string(text: str) -> str:
    """`text` as a CSS string: nothing in it can end the string, the rule or the element."""
    escaped = "".join(c if c.isalnum() or c in " .,:/@+-_~()" else f"\\{ord(c):x} " for c in text)
    return f'"{escaped}"'


def print_foot(address: str, contact: str) -> str:
    """A page's print rule: its address and the consultancy's contact at the foot of every
    sheet, in the page margin (so they never push the story onto another sheet)."""
    boxes = [f"@bottom-left {{ content: {_css_string(address)}; }}"]
    if contact:
        boxes.append(f"@bottom-right {{ content: {_css_string(contact)}; }}")
    style = "font-size: 7pt; color: #333; font-family: system-ui, sans-serif;"
    return "@page { " + " ".join(box.replace("; }", f"; {style} }}") for box in boxes) + " }"
