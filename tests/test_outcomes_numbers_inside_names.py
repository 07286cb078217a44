"""Numbers that name rather than count: a number word written with a capital right after a
capitalised word is a word of a name ("xã Cổ Ba tổ chức …" counts no organizations), and a dotted
number such as "4.2" before a counted noun names a unit ("Chi bộ 4.2 phường …"), since a count is
whole and a thousands mark takes three digits. A number word opening a sentence still counts."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

ARTICLE = """Xã Cổ Ba tổ chức đại hội điểm

Ngày 5/2, Đảng bộ xã Cổ Ba tổ chức lớp cảm tình Đảng cho thanh niên.
Ba chi bộ thôn được chọn làm điểm.
Ngày 4/8, Chi bộ 4.2 phường Tân Mai họp mặt cuối năm; chi bộ có 31 đảng viên, đã tặng 1.500 phần quà.
"""


def _values():
    doc = load_text(ARTICLE, source="memory:co-ba.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_a_capitalised_number_word_inside_a_name_is_no_figure():
    figures = _values()
    assert not any(f.unit == "tổ chức" for f in figures.values())


def test_a_number_word_opening_a_sentence_still_counts():
    assert _values()[3].unit == "chi bộ"


def test_a_dotted_number_naming_a_cell_is_no_count_of_wards():
    figures = _values()
    assert 4.2 not in figures
    assert not any(f.unit == "đơn vị hành chính" for f in figures.values())


def test_thousands_and_counts_after_it_stay():
    figures = _values()
    assert figures[31].indicator == "party_members"
    assert 1500 in figures
