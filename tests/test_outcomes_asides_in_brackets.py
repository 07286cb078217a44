"""A unit named in brackets beside another of its level ("Đảng bộ tỉnh A … (kể cả những năm
thuộc Đảng bộ tỉnh B)") is an aside: a later "toàn tỉnh" still stands for A."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def subjects(text: str) -> dict:
    doc = load_text(text, source="memory:aside-in-brackets.txt")
    labels = {m.iri.value: (m.attrs.get("name") or m.text) for m in doc.of("organization") if m.iri is not None}
    labels.update({m.iri.value: (m.attrs.get("name") or m.text) for m in doc.of("place") if m.iri is not None})
    return {o.figure.value: labels.get(o.figure.subject.value, o.figure.subject.value) for o in doc.context["outcomes"]}


def test_the_level_word_after_an_aside_is_the_unit_told_of():
    got = subjects("Đảng bộ tỉnh Đắk Nông qua các kỳ đại hội\n\n"
                   "Sau gần sáu mươi năm, Đảng bộ tỉnh Đắk Nông đã qua nhiều kỳ đại hội (có những kỳ còn thuộc Đảng bộ "
                   "tỉnh Đắk Lắk). Đến cuối năm 2023, toàn tỉnh có 28.100 đảng viên, sinh hoạt ở 440 tổ chức cơ sở đảng.\n")
    assert "Đắk Nông" in got[28100]
    assert "Đắk Nông" in got[440]


def test_a_unit_in_brackets_alone_still_counts():
    got = subjects("Xã Tân Phú (huyện Định Quán)\n\n"
                   "Ngày 3/5, Đảng ủy xã Tân Phú (huyện Định Quán) tổng kết công tác. Năm qua, toàn huyện kết nạp "
                   "215 đảng viên.\n")
    assert "Định Quán" in got[215]
