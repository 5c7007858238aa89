"""Interface strings and formatting per language, with Babel.

One build renders pages in several languages, so nothing here is global: every page
asks for the `Language` it is written in. Catalogues are `locales/<lang>/LC_MESSAGES/
messages.po`; they are compiled in memory when loaded, so no `.mo` file can be stale.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

DOMAIN = "messages"
PACKAGE_LOCALES = Path(__file__).resolve().parents[2] / "locales"
"""The catalogues that come with Tarinasto (an editable install runs from the repository)."""


def load_translations(locales_dir: Path, lang: str) -> NullTranslations:
    """The compiled catalogue of `lang`, or an empty one (messages stay in English)."""
    po_file = locales_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_file.is_file():
        return NullTranslations()
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


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

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)

    def date(self, value: dt.date) -> str:
        return format_date(value, format="long", locale=self.locale)

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.locale)

    def list(self, items: list[str]) -> str:
        return format_list(items, locale=self.locale) if items else ""


def load_languages(codes: tuple[str, ...], locales_dir: Path | None = None) -> dict[str, Language]:
    folder = locales_dir if locales_dir and locales_dir.is_dir() else PACKAGE_LOCALES
    return {code: Language(code, load_translations(folder, code)) for code in codes}
