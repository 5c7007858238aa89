"""Our interface strings: extracted from the code and templates, translated in every language."""

from __future__ import annotations

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from tarinasto import load_settings

from tests.conftest import PACKAGE, REPO

LOCALES = PACKAGE / "locales"
SHIPPED = sorted(p.name for p in LOCALES.iterdir() if (p / "LC_MESSAGES" / "messages.po").is_file())


def catalog(lang: str):  # type: ignore[no-untyped-def]
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def extracted_ids() -> set[str]:
    method_map, options_map = parse_mapping_cfg((REPO / "babel.cfg").open(encoding="utf-8"))
    ids = set()
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(REPO), method_map, options_map, keywords=keywords
    ):
        ids.add(message[0] if isinstance(message, tuple) else message)
    return ids


def test_the_site_languages_all_have_a_catalogue() -> None:
    languages = load_settings(REPO / "mkdocs.yml").languages
    assert set(languages) <= set(SHIPPED)


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_message_is_translated(lang: str) -> None:
    assert not catalog(lang).fuzzy  # `pybabel compile` refuses a catalogue marked fuzzy
    untranslated = []
    for message in catalog(lang):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            untranslated.append(message.id)
    assert untranslated == []


@pytest.mark.parametrize("lang", SHIPPED)
def test_catalogue_is_up_to_date_with_the_sources(lang: str) -> None:
    """The same check as `pybabel update --check`: run extract and update when this fails."""
    in_catalogue = {m.id[0] if isinstance(m.id, tuple) else m.id for m in catalog(lang) if m.id}
    assert in_catalogue == extracted_ids()


def test_language_names_and_formats_come_from_babel() -> None:
    import datetime as dt

    from tarinasto.site.i18n import load_languages

    fi, en = load_languages(("fi", "en"), LOCALES).values()
    assert (fi.name, en.name) == ("Suomi", "English")
    assert fi.number(10000) == "10\u00a0000" and en.number(10000) == "10,000"
    assert fi.date(dt.date(2024, 5, 13)) == "13. toukokuuta 2024"
    assert fi.list(["a", "b", "c"]) == "a, b ja c"
    assert fi.gettext("Starting point") == "Lähtötilanne"
