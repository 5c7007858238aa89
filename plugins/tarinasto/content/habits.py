"""Finnish writing habits that the format does not take, and what to write instead.

A number with spaces between its thousands (`9 500`) or a decimal comma (`86,5`) is a text
to YAML; a taxonomy key written as its label (`Asiakaskokemus`) names no key. Each is
understood here, so that the diagnostic can say exactly what to write.
"""

from __future__ import annotations

import re
from typing import Mapping

_GROUP_SPACES = "  \u202f\u2009"  # a space, a no-break space, a narrow no-break space, a thin space
_GROUPED = re.compile(rf"[-+]?\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+(?:,\d+)?")
_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")


def number_as_written(text: str) -> tuple[str, str] | None:
    """(the number as the format writes it, how to write it) for a number written the
    Finnish way: `9 500` -> ('9500', 'without spaces'), `86,5` -> ('86.5', 'with a point
    for decimals'); None for anything else."""
    text = text.strip()
    grouped = _GROUPED.fullmatch(text)
    if not grouped and not _DECIMAL_COMMA.fullmatch(text):
        return None
    number = re.sub(f"[{_GROUP_SPACES}]", "", text).replace(",", ".")
    how = [way for way, used in (("without spaces", grouped), ("with a point for decimals", "," in text)) if used]
    return number, " and ".join(how)


def key_of_label(value: str, labels: Mapping[str, Mapping[str, str]]) -> tuple[str, str] | None:
    """(key, language) of the taxonomy entry whose label `value` is, in any language and
    any case (`Asiakaskokemus` -> ('customer-experience', 'fi')); None if it is no label."""
    wanted = " ".join(value.split()).casefold()
    for key, texts in labels.items():
        for lang, label in texts.items():
            if isinstance(label, str) and " ".join(label.split()).casefold() == wanted:
                return key, lang
    return None
