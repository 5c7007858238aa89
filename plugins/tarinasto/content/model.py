"""The pydantic models of the case, taxonomy and collection files.

They are the single source of truth for the shape of a file: they validate it, give
typed objects to the renderer and produce `schema/case.schema.json`. Rules that need
more than one value, other files or the site's configuration live in `rules.py`.

The taxonomy file's model is also the one declaration of the taxonomies: each field is a
taxonomy, and its `facet(...)` names one key of it (`facets.py` derives the rest).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from .loader import HugeNumber
from .slugs import SLUG_MAX, SLUG_PATTERN
from .text import LocalizedText, MarkdownText, Name, QuoteText, Summary, Title

SECTION_NAMES = ("starting_point", "actions", "results")
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp")
PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
COVER_MIN_WIDTH = 1200
"""A cover fills a wide screen and a 1200 x 630 link preview: it needs this many pixels."""
TAXONOMY_MARK = "x-tarinasto-taxonomy"
"""Marks a field that holds keys of a taxonomy (in the model and in the JSON Schema)."""
FACET_MARK = "x-tarinasto-facet"
"""Marks a taxonomy of the taxonomy file, with the word for one of its keys."""
FACET_TITLE_MARK = "x-tarinasto-title"

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=SLUG_MAX)]


def taxonomy_key(taxonomy: str) -> Any:
    """A key of one taxonomy; `schema.py` turns the mark into an enum of the defined keys.
    Whether it is one is checked against the taxonomy (`rules.py`), which also knows a
    label written instead of its key."""
    return Annotated[str, Field(json_schema_extra={TAXONOMY_MARK: taxonomy, "pattern": SLUG_PATTERN})]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CALENDAR_DATE = (
    r"^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)"
    r"|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"
)
"""The date rule for editors: YYYY-MM-DD of a day that exists (2024-02-29, never 2023-02-29)."""
WEB_URL = r"^https?://[^\s/]\S*$"
IMAGE_PATH = r"^(?![A-Za-z][A-Za-z0-9+.-]*:|/|\\)(?!(?:.*[/\\])?\.\.(?:[/\\]|$)).*\.(?:[Ss][Vv][Gg]|[Pp][Nn][Gg]|[Jj][Pp][Ee]?[Gg]|[Ww][Ee][Bb][Pp])$"
"""An image path under cases/, for editors: relative, never out of the folder (`..`), of a kind the site shows."""


def _parse_date(value: Any) -> Any:
    # Python also reads 20240513 and week dates (2099-W01-1); the format allows one way only.
    if isinstance(value, str):
        try:
            if not _ISO_DATE.fullmatch(value):
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError(
                "date_format", "expected a date as YYYY-MM-DD (e.g. 2024-05-13), got '{value}'", {"value": value}
            ) from None
    return value


def _check_web_url(value: Any) -> Any:
    if isinstance(value, str):
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
            raise PydanticCustomError(
                "web_url", "expected a web address starting with https:// (or http://), got '{value}'",
                {"value": value},
            )
    return value


MAX_NUMBER = 10**15
"""The largest figure or size the format allows (a quadrillion: any revenue in euros)."""


def _check_number(value: Any) -> Any:
    # .nan and .inf are YAML numbers, but no figure can show them
    if isinstance(value, HugeNumber):
        raise PydanticCustomError("number_range", "must be between -{max} and {max}, got {value}",
                                  {"max": f"{MAX_NUMBER:,}", "value": str(value)})
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (
        isinstance(value, float) and not math.isfinite(value)
    ):
        raise PydanticCustomError("number_type", "expected a number")
    if abs(value) > MAX_NUMBER:
        raise PydanticCustomError("number_range", "must be between -{max} and {max}, got {value}",
                                  {"max": f"{MAX_NUMBER:,}", "value": shown_number(value)})
    return value


def shown_number(value: float) -> str:
    """A number as a message shows it: as written (`2024`, `2.5`), but `1e+300` for a float
    that would print hundreds of digits, and `a number of 5,000 digits` for a HugeNumber."""
    if isinstance(value, float) and math.isfinite(value) and abs(value) >= 1e15:
        return f"{value:.6g}"
    return str(value)


IsoDate = Annotated[dt.date, BeforeValidator(_parse_date),
                    WithJsonSchema({"type": "string", "format": "date", "pattern": CALENDAR_DATE})]
WebUrl = Annotated[str, BeforeValidator(_check_web_url), WithJsonSchema({"type": "string", "format": "uri", "pattern": WEB_URL})]
Number = Annotated[float, BeforeValidator(_check_number),
                   WithJsonSchema({"type": "number", "minimum": -MAX_NUMBER, "maximum": MAX_NUMBER})]
Count = Annotated[int, Field(ge=0, le=MAX_NUMBER)]
Year = Annotated[int, Field(ge=1900, le=2200)]
AssetPath = Annotated[str, Field(min_length=1, description="A path under cases/ (svg, png, jpg, webp)",
                                 json_schema_extra={"pattern": IMAGE_PATH})]


class StrictModel(BaseModel):
    # strict: nothing is converted silently ("2024" is never a number, 1 never a text)
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Approval(StrictModel):
    """The client's permission to publish."""

    by: Name = Field(description="Who gave the permission")
    date: IsoDate = Field(description="When; not after the case's publication date")


class ClientSize(StrictModel):
    """Whole numbers, at least one key."""

    employees: Count | None = None
    residents: Count | None = None
    customers: Count | None = None
    revenue_eur: Count | None = None


class Client(StrictModel):
    name: Name = Field(description="The client's name, or a description if anonymous")
    anonymous: bool = Field(False, description="true: the client is not named")
    sector: taxonomy_key("sectors") = Field(description="A key of `sectors` in _taxonomy.yml")  # type: ignore[valid-type]
    region: taxonomy_key("regions") | None = Field(None, description="A key of `regions`")  # type: ignore[valid-type]
    website: WebUrl | None = None
    logo: AssetPath | None = None
    size: ClientSize | None = None
    about: MarkdownText | None = Field(None, description="Markdown about the client")


class Cover(StrictModel):
    """The story's picture: on the case page, its card and its link preview."""

    src: AssetPath = Field(description="A photo under cases/: png, jpg or webp, at least 1200 px wide")
    alt: LocalizedText = Field(description="What the picture shows, for people who cannot see it")


class Collaboration(StrictModel):
    since: Year
    until: Year | None = Field(None, description="Omit while the collaboration goes on")


class Figure(StrictModel):
    value: Number
    label: LocalizedText
    qualifier: LocalizedText | None = Field(None, description="about / over / up to")
    unit: Annotated[str, Field(max_length=20)] | None = Field(None, description='Shown after the number, e.g. "%"')
    before: Number | None = Field(None, description="The baseline, for a before -> after figure")


class Section(StrictModel):
    heading: LocalizedText | None = Field(None, description="The story's own sub-heading")
    text: MarkdownText | None = Field(None, description="Prose (Markdown)")
    points: list[MarkdownText] = Field(default_factory=list, description="Bullet points (Markdown)")


class Quote(StrictModel):
    text: QuoteText
    person: Name | None = Field(None, description="Who said it; omit for an anonymous quote")
    role: LocalizedText
    organization: Name | None = Field(None, description="Default: the client's name")
    section: Literal["starting_point", "actions", "results"] = "results"
    highlight: bool = Field(False, description="The case's headline quote; at most one per case")


class Case(StrictModel):
    """One case: `cases/<slug>.yml`."""

    status: Literal["draft", "published"]
    date: IsoDate = Field(description="Publication date, YYYY-MM-DD")
    updated: IsoDate | None = Field(None, description="The date of the last real change, YYYY-MM-DD; not before `date`")
    featured: bool = Field(False, description="Shown first in the library")
    provider: taxonomy_key("providers") | None = Field(None, description="A key of `providers`")  # type: ignore[valid-type]
    approval: Approval | None = None
    aliases: list[Slug] = Field(default_factory=list, description="Former slugs; each gets a redirect")
    related: list[Slug] = Field(default_factory=list, description="Slugs of other cases")
    client: Client
    title: Title
    summary: Summary
    cover: Cover | None = None
    services: list[taxonomy_key("services")] = Field(min_length=1)  # type: ignore[valid-type]
    tools: list[taxonomy_key("tools")] = Field(default_factory=list)  # type: ignore[valid-type]
    collaboration: Collaboration | None = None
    figures: list[Figure] = Field(default_factory=list, max_length=6)
    starting_point: Section
    actions: Section
    results: Section
    quotes: list[Quote] = Field(default_factory=list)

    def section(self, name: str) -> Section:
        return getattr(self, name)

    def quotes_in(self, section: str) -> list[Quote]:
        return [q for q in self.quotes if q.section == section]

    @property
    def highlight(self) -> Quote | None:
        return next((q for q in self.quotes if q.highlight), None)


class Provider(StrictModel):
    name: Name
    website: WebUrl | None = None
    logo: AssetPath | None = None


def N_(message: str) -> str:
    """Marks an interface text for translation (the pages translate it per language)."""
    return message


def facet(singular: str, title: str) -> Any:
    """A taxonomy. `singular` is the word for one of its keys: in messages ("unknown
    sector"), in the library's filters and in its URL query (`?sector=public-sector`);
    `title` is what the pages call it, in English (translated by the catalogues)."""
    return Field(default_factory=dict, json_schema_extra={FACET_MARK: singular, FACET_TITLE_MARK: title})


class Taxonomy(StrictModel):
    """`cases/_taxonomy.yml`: the controlled vocabularies, in the order the site shows them."""

    sectors: dict[Slug, LocalizedText] = facet("sector", N_("Sector"))
    services: dict[Slug, LocalizedText] = facet("service", N_("Service"))
    regions: dict[Slug, LocalizedText] = facet("region", N_("Region"))
    tools: dict[Slug, LocalizedText] = facet("tool", N_("Tool"))
    providers: dict[Slug, Provider] = facet("provider", N_("Provider"))

    def keys_of(self, taxonomy: str) -> list[str]:
        return list(getattr(self, taxonomy))

    def entry(self, taxonomy: str, key: str) -> Any:
        """A key's entry as plain data (its labels, or a provider's fields), or None."""
        entry = getattr(self, taxonomy).get(key)
        if isinstance(entry, Provider):
            return {"name": entry.name.value, "website": entry.website, "logo": entry.logo}
        return dict(entry) if entry is not None else None

    def label(self, taxonomy: str, key: str) -> LocalizedText | Name:
        entry = getattr(self, taxonomy)[key]
        return entry.name if isinstance(entry, Provider) else entry


class Collection(StrictModel):
    """`cases/_collections/<name>.yml`: a curated list of cases."""

    title: Title
    intro: MarkdownText | None = None
    cases: list[Slug] = Field(min_length=1, description="Slugs of published cases, in display order")
    listed: bool = Field(False, description="Listed collections are linked from the library and indexed")
