"""The drawing: a card's data → PNG bytes. The same data gives the same bytes (no time, no
randomness, no metadata in the PNG; the font and Pillow are part of the card's key).

The layout is for a thumbnail: LinkedIn shows a card about 550 px wide, Teams and Slack
nearer 360, so the title is large, there are few elements, and every text has a box it is
wrapped and shortened into. The top is the site's primary colour with the client and the
title; a band in the paper colour below holds the headline result and the site's name.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from .cards import HEIGHT, WIDTH, CaseCard, Figure, Quote, SiteCard
from .fonts import Weight, font
from .logos import logo_image
from .palette import RGB, Palette
from .text import ellipsized, wrap

MARGIN = 80
INNER = WIDTH - 2 * MARGIN
BAND_TOP = 462
"""The band at the bottom: from here to the card's foot, under a stripe of the accent."""
STRIPE = 8
BAND_MIDDLE = (BAND_TOP + STRIPE + HEIGHT) // 2
NAME_WIDTH = 330
"""The most the site's name takes at the band's right end; the headline has the rest,
less a gap."""
GAP = 56
WHITE: RGB = (255, 255, 255)
TITLE_SIZES = ((76, 2), (66, 3), (58, 3), (52, 3), (46, 4))
"""(font size, most lines): the title is set at the largest size at which all of it fits
(a short title large, a long one smaller); one that fits none is shortened at the last."""


def draw_card(card: CaseCard | SiteCard) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), card.palette.primary)
    canvas = ImageDraw.Draw(image)
    _ornament(canvas, card.palette)
    canvas.rectangle((0, BAND_TOP, WIDTH, HEIGHT), fill=card.palette.paper)
    canvas.rectangle((0, BAND_TOP, WIDTH, BAND_TOP + STRIPE), fill=card.palette.accent)
    if isinstance(card, CaseCard):
        _case(image, canvas, card)
    else:
        _site(canvas, card)
    return _png(image)


def _png(image: Image.Image) -> bytes:
    """256 colours, as the card has few and its text is antialiased between two of them:
    half the RGB file's bytes, no visible change. The palette comes from a copy a quarter
    the size (the same colours, blends included) and every pixel takes its nearest: a
    third of the time of quantizing the whole card, and no colour further off (11 of 255 at
    most). zlib at level 3: level 6 takes twice as long for 20 % fewer bytes (22 kB)."""
    palette = image.reduce(4).quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    out = io.BytesIO()
    image.quantize(palette=palette, dither=Image.Dither.NONE).save(out, format="PNG", compress_level=3)
    return out.getvalue()


def _ornament(canvas: ImageDraw.ImageDraw, palette: Palette) -> None:
    """Two quarter circles in the top right corner, in the darker primary: the site's
    colours without competing with the text (the title may run over them)."""
    cx, cy = WIDTH + 40, -40
    for radius, colour in ((380, _mix(palette.primary, palette.primary_dark, 0.45)),
                           (250, _mix(palette.primary, palette.primary_dark, 0.9))):
        canvas.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=colour)


def _mix(a: RGB, b: RGB, amount: float) -> RGB:
    red, green, blue = (round(x + (y - x) * amount) for x, y in zip(a, b))
    return red, green, blue


def _lines(canvas: ImageDraw.ImageDraw, lines: list[str], x: int, y: int, size: int, weight: Weight,
           fill: RGB, leading: float) -> int:
    """Draws lines from their top at `y`; returns the y under the last one."""
    face = font(weight, size)
    step = round(size * leading)
    for line in lines:
        canvas.text((x, y), line, font=face, fill=fill, anchor="la")
        y += step
    return y


# --- a case -------------------------------------------------------------------------------

def _case(image: Image.Image, canvas: ImageDraw.ImageDraw, card: CaseCard) -> None:
    top = _client(image, canvas, card, 64)
    _title(canvas, card.title, top + 34, BAND_TOP - 44)
    name_font = font("semibold", 26)
    name = ellipsized(card.site_name, name_font.getlength, NAME_WIDTH if card.headline else INNER)
    x, anchor = (WIDTH - MARGIN, "rm") if card.headline else (MARGIN, "lm")
    canvas.text((x, BAND_MIDDLE), name, font=name_font, fill=card.palette.primary, anchor=anchor)
    room = INNER - round(name_font.getlength(name)) - GAP
    if isinstance(card.headline, Figure):
        _figure(canvas, card.headline, card.palette, room)
    elif isinstance(card.headline, Quote):
        _quote(canvas, card.headline, card.palette, room)


def _client(image: Image.Image, canvas: ImageDraw.ImageDraw, card: CaseCard, top: int) -> int:
    """The logo on a white chip (a logo is made for a light ground), else the client's
    name; returns the y under it."""
    logo = logo_image(card.logo.data, card.logo.svg, (260, 60)) if card.logo else None
    if logo is not None:
        pad = 16
        chip = (MARGIN, top, MARGIN + logo.width + 2 * pad, top + logo.height + 2 * pad)
        canvas.rounded_rectangle(chip, radius=12, fill=WHITE)
        image.paste(logo, (MARGIN + pad, top + pad), logo)
        return chip[3]
    face = font("semibold", 32)
    canvas.text((MARGIN, top), ellipsized(card.client, face.getlength, INNER), font=face,
                fill=card.palette.accent_soft, anchor="lt")
    return top + 32


def _title(canvas: ImageDraw.ImageDraw, title: str, top: int, bottom: int) -> None:
    for size, most in TITLE_SIZES:
        face = font("bold", size)
        most = min(most, max(1, (bottom - top) // round(size * 1.14)))
        lines, complete = wrap(title, face.getlength, INNER, most)
        if complete:
            break
    _lines(canvas, lines, MARGIN, top, size, "bold", WHITE, 1.14)


def _figure(canvas: ImageDraw.ImageDraw, figure: Figure, palette: Palette, width: int) -> None:
    """The number large in the accent, the qualifier before it and the label under it."""
    value_font, qualifier_font, label_font = font("bold", 60), font("semibold", 30), font("regular", 28)
    x = MARGIN
    baseline = BAND_MIDDLE + 8
    if figure.qualifier:
        qualifier = ellipsized(figure.qualifier, qualifier_font.getlength, width / 3)
        canvas.text((x, baseline), qualifier, font=qualifier_font, fill=palette.accent, anchor="ls")
        x += round(qualifier_font.getlength(qualifier + " "))
    value = ellipsized(figure.value, value_font.getlength, MARGIN + width - x)
    canvas.text((x, baseline), value, font=value_font, fill=palette.accent, anchor="ls")
    label = ellipsized(figure.label, label_font.getlength, width)
    canvas.text((MARGIN, baseline + 16), label, font=label_font, fill=palette.ink, anchor="la")


def _quote(canvas: ImageDraw.ImageDraw, quote: Quote, palette: Palette, width: int) -> None:
    """A large quotation mark, two lines of the quote and who said it."""
    mark_font, text_font, by_font = font("bold", 110), font("semibold", 27), font("regular", 22)
    canvas.text((MARGIN - 6, BAND_TOP + STRIPE + 14), "“", font=mark_font, fill=palette.accent, anchor="la")
    x = MARGIN + 64
    width -= 64
    lines, _ = wrap(quote.text, text_font.getlength, width, 2)
    y = _lines(canvas, lines, x, BAND_TOP + STRIPE + 26, 27, "semibold", palette.ink, 1.3)
    canvas.text((x, y + 6), ellipsized(quote.by, by_font.getlength, width), font=by_font,
                fill=palette.muted, anchor="la")


# --- the listings ------------------------------------------------------------------------

def _site(canvas: ImageDraw.ImageDraw, card: SiteCard) -> None:
    palette = card.palette
    canvas.rectangle((MARGIN, 112, MARGIN + 96, 112 + STRIPE), fill=palette.accent)
    for size in (84, 72, 62):
        face = font("bold", size)
        name, complete = wrap(card.site_name, face.getlength, INNER, 2)
        if complete:
            break
    y = _lines(canvas, name, MARGIN, 150, size, "bold", WHITE, 1.1)
    tagline, _ = wrap(card.tagline, font("regular", 34).getlength, INNER - 120, 3)
    _lines(canvas, tagline, MARGIN, y + 22, 34, "regular", palette.accent_soft, 1.35)
    host_font = font("semibold", 30)
    canvas.text((MARGIN, BAND_MIDDLE), ellipsized(card.host, host_font.getlength, INNER), font=host_font,
                fill=palette.primary, anchor="lm")
