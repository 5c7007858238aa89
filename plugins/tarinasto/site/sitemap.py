"""`/sitemap.xml`: every indexable page, with an alternate link per language and
x-default. Pages with `robots` (unlisted collections, redirects, the 404 pages) are left
out. Written from the pages' data, so that it is whole however many pages a build reused."""

from __future__ import annotations

from typing import Iterable
from xml.sax.saxutils import escape, quoteattr

from .pages import Page


def sitemap(pages: Iterable[Page]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for page in pages:
        head = page.head
        if head.get("robots"):
            continue
        lines += ["  <url>", f"    <loc>{escape(head['canonical'])}</loc>"]
        if head.get("lastmod"):
            lines.append(f"    <lastmod>{escape(head['lastmod'])}</lastmod>")
        for alt in head["alternates"]:
            lines.append(f'    <xhtml:link rel="alternate" hreflang={quoteattr(alt["lang"])} href={quoteattr(alt["href"])}/>')
        lines.append(f'    <xhtml:link rel="alternate" hreflang="x-default" href={quoteattr(head["x_default"])}/>')
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"
