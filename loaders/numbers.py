"""Vietnamese numerals: digits as Vietnamese writers set them, and number words.

"1.800" is 1800 (a dot groups thousands), "26,3" is 26.3 (a comma is the decimal mark),
"02" is 2, "90,19%" is 90.19; number words ("hai", "mười lăm", "một trăm hai mươi") are read
too. The outcomes extractor finds figures with ``NUMBER_RE`` and reads them with ``value_of``.
"""

from __future__ import annotations

import re

__all__ = ["parse_digits", "parse_words", "value_of", "NUMBER_RE", "WORD_NUMBER_RE", "normalize_value"]

# A digit numeral: groups of three after dots ("1.800", "18.500.000"), an optional decimal
# part after a comma ("26,3"), or a plain run of digits with an optional decimal part
# ("02", "41,8", "31.8" — a dot not followed by exactly three digits is a decimal point).
DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
# A numeral standing alone: not part of a code ("05-CT/TW"), a date ("18/5/2021") or a word.
NUMBER_RE = re.compile(r"(?<![\w.,/-])(" + DIGITS + r")(?!\d|[.,]\d|\s*/\s*\d|-\s*[^\W\d])")

_UNITS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
_TEN = {"mười": 10}
_MULT = {"mươi": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000}

# Number words, longest first, for a regex alternation. "tư", "mốt", "lăm" only occur inside a
# compound ("hai mươi tư", "mười lăm"), so a bare one is not a number.
_WORDS = sorted(set(_UNITS) | set(_TEN) | set(_MULT) | {"linh", "lẻ"}, key=lambda w: (-len(w), w))
_W = "|".join(_WORDS)
WORD_NUMBER_RE = re.compile(r"(?<![\w])((?:" + _W + r")(?:\s+(?:" + _W + r"))*)(?![\w])", re.IGNORECASE)


def parse_digits(text: str) -> int | float | None:
    """A digit numeral as Vietnamese writers set it.

    >>> parse_digits("1.800"), parse_digits("26,3"), parse_digits("02"), parse_digits("90,19")
    (1800, 26.3, 2, 90.19)
    """
    s = text.strip().replace(" ", "")
    if not s or not s[0].isdigit():
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):  # thousands dots, optional decimals
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", s):  # "1,800,000": thousands commas
        s = s.replace(",", "")
    elif re.fullmatch(r"\d+[.,]\d+", s):  # one separator that does not group thousands
        s = s.replace(",", ".")
    elif not s.isdigit():
        return None
    return normalize_value(float(s))


def normalize_value(value: float) -> int | float:
    """An integral float as int (133.0 -> 133), other floats kept (26.3)."""
    return int(value) if float(value).is_integer() else round(float(value), 6)


def parse_words(text: str) -> int | None:
    """A number written in words: "hai" 2, "mười lăm" 15, "hai mươi mốt" 21, "một trăm linh năm" 105.

    Returns None when the words are not a well-formed number ("tư" or "lăm" alone).
    """
    words = text.lower().split()
    if not words:
        return None
    if len(words) == 1 and words[0] in {"tư", "mốt", "lăm", "nhăm", "mươi", "linh", "lẻ"}:
        return None
    total = 0      # completed thousands/millions
    current = 0    # below a thousand
    digit = None   # the last single digit read
    for i, w in enumerate(words):
        if w in ("linh", "lẻ"):
            continue
        if w in _UNITS:
            if w in ("mốt", "lăm", "nhăm", "tư") and i == 0:
                return None
            if digit is not None:
                return None  # two digits in a row ("hai ba") is not one number
            digit = _UNITS[w]
        elif w == "mười":
            if digit is not None:
                return None
            current += 10
        elif w == "mươi":
            if digit is None:
                return None
            current += digit * 10
            digit = None
        elif w == "trăm":
            if digit is None:
                return None
            current += digit * 100
            digit = None
        elif w in ("nghìn", "ngàn", "triệu"):
            current += digit or 0
            digit = None
            if current == 0:
                return None
            total += current * _MULT[w]
            current = 0
        else:
            return None
    current += digit or 0
    return total + current


def value_of(text: str) -> int | float | None:
    """The value of a numeral in digits or in words."""
    text = text.strip()
    if text and text[0].isdigit():
        return parse_digits(text)
    return parse_words(text)
