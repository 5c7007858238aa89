"""Localized texts and names: the value types that carry one text per language.

The model checks their shape (a mapping of strings, within a length); which languages
must be present depends on the site's configuration, so `rules.py` checks that.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any, ClassVar

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import PydanticCustomError, core_schema

LOCALIZED_MARK = "x-tarinasto-localized"
"""Key that marks a localized text in the generated JSON Schema; `schema.py` fills in
the configured languages there."""


NOT_BLANK = r"[^\s\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Mn}]"
"""`is_blank` for editors: a JSON Schema pattern that a text with a visible character matches."""


def is_blank(text: str) -> bool:
    """Empty once spaces and invisible characters (zero-width spaces, joiners, byte-order
    marks, soft hyphens, controls) are taken away: nothing a reader would see."""
    return all(c.isspace() or unicodedata.category(c) in ("Cf", "Cc", "Zs", "Zl", "Zp", "Mn") for c in text)


QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›「」"
"""Marks that a writer may put around a quote; the page adds its own."""


def quote_marks(text: str) -> str | None:
    """The two marks around the whole text (`”…”`), or None. `”a” ja ”b”` is no quote in
    marks: its marks stand inside it too."""
    text = text.strip()
    if len(text) < 3 or text[0] not in QUOTE_MARKS or text[-1] not in QUOTE_MARKS:
        return None
    inner = text[1:-1]
    if is_blank(inner) or text[0] in inner or text[-1] in inner:
        return None
    return text[0] + text[-1]


def without_quote_marks(text: str) -> str:
    """The text without the marks around it, if it has them."""
    return text.strip()[1:-1].strip() if quote_marks(text) else text


def _require_mapping(value: Any) -> Any:
    if not isinstance(value, dict):
        raise PydanticCustomError("localized_type", "expected a text per language ({fi: ..., en: ...})")
    return value


class LocalizedText(dict[str, str]):
    """Text per language, `{fi: "...", en: "..."}`. Shown as plain text."""

    markdown: ClassVar[bool] = False
    max_chars: ClassVar[int | None] = None

    def get_text(self, lang: str, fallback: str) -> tuple[str, str]:
        """The text in `lang`, else in `fallback`; with the language it is in."""
        text = self.get(lang, "")
        if not is_blank(text):
            return text, lang
        return self.get(fallback, ""), fallback

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> Any:
        # `en:` with nothing after it is an empty text: `rules.py` reports it once, as it does
        # `en: ""` (a warning when translations may be missing), so the model lets it through.
        values = core_schema.nullable_schema(core_schema.str_schema(strict=True, max_length=cls.max_chars))
        mapping = core_schema.dict_schema(keys_schema=core_schema.str_schema(), values_schema=values)
        # `title: Otsikko` is the usual mistake: say a text per language is wanted, not "a mapping"
        return core_schema.no_info_after_validator_function(
            cls._without_empty, core_schema.no_info_before_validator_function(_require_mapping, mapping)
        )

    @classmethod
    def _without_empty(cls, value: dict[str, str | None]) -> LocalizedText:
        return cls({lang: text for lang, text in value.items() if text is not None})

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: GetJsonSchemaHandler) -> dict[str, Any]:
        kind = "markdown" if cls.markdown else "plain"
        extra = {"maxLength": cls.max_chars} if cls.max_chars else {}
        return {"type": "object", "additionalProperties": {"type": "string", **extra}, LOCALIZED_MARK: kind}


class MarkdownText(LocalizedText):
    """Text per language with paragraphs, emphasis, lists and links. Bounded: Markdown's
    parser takes time that grows fast with some inputs (see `links.MAX_BRACKETS`)."""

    markdown = True
    max_chars = 10_000


class Title(LocalizedText):
    max_chars = 120


class Summary(LocalizedText):
    max_chars = 300


class QuoteText(LocalizedText):
    max_chars = 800


class Name:
    """A person's, client's or organization's name: one string, or one per language."""

    def __init__(self, value: str | LocalizedText):
        self.value = value

    def get_text(self, lang: str, fallback: str) -> tuple[str, str]:
        if isinstance(self.value, str):
            return self.value, lang
        return self.value.get_text(lang, fallback)

    @property
    def localized(self) -> LocalizedText | None:
        return None if isinstance(self.value, str) else self.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Name) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value if isinstance(self.value, str) else tuple(sorted(self.value.items())))

    def __repr__(self) -> str:
        return f"Name({self.value!r})"

    @classmethod
    def validate(cls, value: Any) -> Name:
        if isinstance(value, str):
            if is_blank(value):
                raise PydanticCustomError("name_empty", "is empty; fill in the name")
            return cls(value)
        if isinstance(value, dict) and all(isinstance(v, str) or v is None for v in value.values()):
            return cls(LocalizedText({lang: text for lang, text in value.items() if text is not None}))
        # a number is never silently a name (`name: 2024`): say to quote it, as for any text
        scalar = value
        if isinstance(value, dict):
            scalar = next((v for v in value.values() if not isinstance(v, str)), None)
        if isinstance(scalar, float) and not math.isfinite(scalar):
            # a number of thousands of digits, or .inf: not echoed
            raise PydanticCustomError("name_type", "expected a name, got a number: put it in quotes")
        if isinstance(scalar, (bool, int, float)):
            shown = str(scalar).lower() if isinstance(scalar, bool) else str(scalar)
            kind = "" if isinstance(scalar, bool) else "the number "
            raise PydanticCustomError(
                "name_type", 'expected a name, got {kind}{shown}: put it in quotes ("{shown}")',
                {"kind": kind, "shown": shown},
            )
        raise PydanticCustomError(
            "name_type", "expected a name: a text, or a text per language ({fi: ..., en: ...})"
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> Any:
        return core_schema.no_info_plain_validator_function(cls.validate)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: GetJsonSchemaHandler) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "string", "pattern": NOT_BLANK},
                {"type": "object", "additionalProperties": {"type": "string"}, LOCALIZED_MARK: "plain"},
            ]
        }
