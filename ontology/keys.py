"""Matching keys: the folded form of a Vietnamese name, used to compare and to mint IRIs.

Keys fold what varies between writers (NFC form, old/new tone placement such as hoà/hòa and
uỷ/ủy, the lookalike Ð/Đ, case, spacing, punctuation). They never replace the evidence: quotes
and offsets always point into the text as read.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Old-style tone placement -> modern: the tone mark moves from the first vowel of "oa", "oe",
# "uy" to the second ("hoà" -> "hòa", "uỷ" -> "ủy").
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
# The tone moves only when the pair ends the syllable ("hoà" -> "hòa", but "hoàng" keeps it).
# After "q" the "u" is part of the consonant ("quý" is already modern). The pairs as written
# out in _TONE_PAIRS, with the "not after q" test put after the vowel: a pattern that opens
# with a lookbehind is tried at every position of the text, ~5x slower on a sentence.
_TONE_SYLLABLE_RE = re.compile(r"((?:o(?<!qo)[àáảãạèéẻẽẹ]|u(?<!qu)[ỳýỷỹỵ]))(?![a-zà-ỹđ])")

_SPACE_RE = re.compile(r"\s+")
_PUNCT_RE = re.compile(r"[\"'“”‘’«»()\[\]{},.;:!?…]")


def nfc(text: str) -> str:
    """Unicode NFC, the one normal form the project stores."""
    return unicodedata.normalize("NFC", text)


def modern_tones(text: str) -> str:
    """Move tone marks to the modern position in open syllables ("hoà" -> "hòa", "Uỷ" -> "Ủy").

    Case is kept; only lower-case pairs are rewritten after a lower-cased probe, so the
    result has the same length as the input.
    """
    lowered = text.lower()
    if not _TONE_SYLLABLE_RE.search(lowered):
        return text
    out = list(text)
    for m in _TONE_SYLLABLE_RE.finditer(lowered):
        new = _TONE_PAIRS[m.group(1)]
        for i, ch in enumerate(new):
            pos = m.start() + i
            out[pos] = ch.upper() if text[pos].isupper() else ch
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)  # pure, and called for every candidate span: cache
def fold(text: str | None) -> str:
    """The matching key of a name: NFC, modern tones, Đ for Ð, lower case, no punctuation.

    >>> fold("Đảng uỷ xã  Tà Mung")
    'đảng ủy xã tà mung'
    >>> fold("Ðảng bộ Hoà Bình") == fold("Đảng bộ Hòa Bình")
    True
    """
    if not text:
        return ""
    s = nfc(text).replace("Ð", "Đ").replace("ð", "đ")
    s = modern_tones(s.lower())
    s = _PUNCT_RE.sub(" ", s)
    return _SPACE_RE.sub(" ", s).strip()


# The unit a party committee's word names: "Tỉnh ủy X" is the party organization of the province
# X, "Thành ủy" of a city, "Thị ủy" of a town (loaders read it, queries resolve names by it).
COMMITTEE_UNITS = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}
_ASCII_MAP = str.maketrans({"đ": "d", "Đ": "D"})


@functools.lru_cache(maxsize=1 << 16)
def slug(text: str | None) -> str:
    """An IRI-safe slug of a key: folded, diacritics dropped, words joined by '-'.

    Two different keys may share a slug only if they differ in diacritics alone; minting
    functions add a short hash of the full key to keep such IRIs apart.

    >>> slug("Đảng bộ xã Tà Mung")
    'dang-bo-xa-ta-mung'
    """
    s = fold(text).translate(_ASCII_MAP)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"
