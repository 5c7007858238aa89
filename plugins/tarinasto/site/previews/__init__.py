"""Link-preview cards: a 1200×630 PNG per case and language, and one per language for the
listings, drawn at build time with Pillow and the font inside the package.

    cards.py    what a card shows, as plain data, and the key of its content
    palette.py  the site's colours, read from the stylesheet
    fonts.py    the shipped font files
    text.py     wrapping and shortening text to a box
    logos.py    a client's logo as pixels
    draw.py     the drawing itself
    plan.py     which card each page gets, its URL, and the cards of a build (cached)
"""
