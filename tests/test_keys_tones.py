"""Old-style tone placement is folded to the modern one exactly where the pair ends a syllable
and does not follow "q"; the pattern that finds the pairs is the table written out."""

from __future__ import annotations

import re

from partykg.ontology.keys import _TONE_PAIRS, _TONE_SYLLABLE_RE, fold, modern_tones


def test_the_pattern_finds_exactly_the_pairs_of_the_table():
    for pair in _TONE_PAIRS:
        assert _TONE_SYLLABLE_RE.fullmatch(pair).group(1) == pair
    vowels = "aăâeêioôơuưy"
    tones = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    found = {a + b for a in vowels for b in tones if _TONE_SYLLABLE_RE.fullmatch(a + b)}
    assert found == set(_TONE_PAIRS)


def test_the_same_as_the_table_read_as_an_alternation():
    """The pattern is a faster spelling of this one (which opens with the lookbehind)."""
    plain = re.compile(r"(?<!q)(" + "|".join(_TONE_PAIRS) + r")(?![a-zà-ỹđ])")
    words = ["hoà", "hoàng", "quý", "quỷ", "uỷ ban", "khoẻ", "thuỵ", "qoà", "xoè", "toả sáng",
             "oà", "loạn", "tuỳ", "quỳnh", "hoạ sĩ", "hoá", "đoàn"]
    text = " ".join(words) + ", " + "".join(words)
    assert [m.span() for m in _TONE_SYLLABLE_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_tones_move_in_open_syllables_only():
    assert modern_tones("Uỷ ban xã Hoà Bình") == "Ủy ban xã Hòa Bình"
    assert modern_tones("hoàng quý thuỷ") == "hoàng quý thủy"
    assert fold("Đảng uỷ xã Hoà Bình") == fold("Đảng ủy xã Hòa Bình")
