"""A count opening its sentence after a connective or a time word ("Cụ thể, 31 tổ chức cơ sở
đảng …", "Hiện nay, 4.100 đảng viên sinh hoạt ở 96 chi bộ") is how many there are, as it is
at the very start of a sentence."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str):
    doc = load_text("Đảng bộ huyện Đắk Mil\n\n" + text + "\n", source="memory:dak-mil-openers.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_after_cu_the():
    got = figures("Cụ thể, 31 tổ chức cơ sở đảng, với 2.500 đảng viên của huyện sẽ được phân công giúp đỡ hộ nghèo.")
    assert got[31] == "subordinate_party_orgs"


def test_after_hien_nay():
    got = figures("Hiện nay, 4.100 đảng viên sinh hoạt ở 96 chi bộ.")
    assert got == {4100: "party_members", 96: "party_cells"}


def test_a_part_told_by_its_deed_is_still_no_count():
    got = figures("Hiện nay, 120 chi bộ đã được củng cố.")
    assert got == {120: "other"}
