"""Interface strings and formatting per language, with Babel.

One build renders pages in several languages, so nothing here is global: every page
asks for the `Language` it is written in. The catalogues that come with Tarinasto are
`tarinasto/locales/<lang>/LC_MESSAGES/messages.po`; a site's own `locales/` folder, in the
same layout, overrides any message of them (or adds a language). They are compiled in
memory when loaded, so no `.mo` file can be stale.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from babel import Locale
from babel.core import get_global
from babel.dates import format_date, format_skeleton
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

DOMAIN = "messages"
PACKAGE_LOCALES = Path(__file__).resolve().parents[1] / "locales"
"""The catalogues that come with Tarinasto, inside the package."""


def catalogue_file(locales_dir: Path, lang: str) -> Path:
    return locales_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _compile(po_file: Path, lang: str) -> Translations:
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def load_translations(lang: str, site_locales: Path | None = None) -> NullTranslations:
    """The messages of `lang`: the site's own catalogue first, then the package's; a
    language that has neither keeps the English messages."""
    found = [catalogue_file(folder, lang) for folder in (site_locales, PACKAGE_LOCALES) if folder is not None]
    catalogues = [_compile(po, lang) for po in found if po.is_file()]
    if not catalogues:
        return NullTranslations()
    first = catalogues[0]
    for fallback in catalogues[1:]:
        first.add_fallback(fallback)
    return first


def has_catalogue(lang: str, site_locales: Path | None = None) -> bool:
    return any(catalogue_file(folder, lang).is_file() for folder in (site_locales, PACKAGE_LOCALES) if folder is not None)


@dataclass(frozen=True)
class Language:
    """One language of the site: its catalogue and its formats."""

    code: str
    translations: NullTranslations

    @cached_property
    def locale(self) -> Locale:
        return Locale.parse(self.code)

    @cached_property
    def name(self) -> str:
        """The language's name in itself, as a switcher shows it: 'Suomi', 'English'."""
        name = self.locale.get_display_name(self.locale) or self.code
        return name[:1].upper() + name[1:]

    @property
    def tag(self) -> str:
        """The language as XML and HTTP write it, BCP 47 (`en_GB` → `en-GB`)."""
        return self.code.replace("_", "-")

    @cached_property
    def og_locale(self) -> str:
        """The locale as Open Graph writes it, language and territory (`fi_FI`, `en_US`):
        a code without a territory takes its likely one from CLDR (Babel's likely subtags)."""
        locale = self.locale
        territory = locale.territory
        if territory is None:
            likely = get_global("likely_subtags")
            full = likely.get(str(locale)) or likely.get(locale.language)
            territory = Locale.parse(full).territory if full else None
        return f"{locale.language}_{territory}" if territory else locale.language

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)

    def date(self, value: dt.date) -> str:
        return format_date(value, format="long", locale=self.locale)

    def month(self, value: dt.date) -> str:
        return format_skeleton("yMMMM", value, locale=self.locale)

    def number(self, value: float) -> str:
        """`10 000` / `10,000`; a whole number without decimals (figures are floats)."""
        return format_decimal(int(value) if float(value).is_integer() else value, locale=self.locale)

    def list(self, items: list[str]) -> str:
        return format_list(items, locale=self.locale) if items else ""


def load_languages(codes: tuple[str, ...], site_locales: Path | None = None) -> dict[str, Language]:
    return {code: Language(code, load_translations(code, site_locales)) for code in codes}
