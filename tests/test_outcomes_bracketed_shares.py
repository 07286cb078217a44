"""A share in brackets right after a count ("12 chi bộ (chiếm 80%) hoàn thành tốt nhiệm vụ",
"784 tổ chức đảng (đạt 88%) thực hiện tốt nhiệm vụ") does not hide what the counted did: the
words after the bracket still tell the count's indicator, and the share follows it."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str):
    doc = load_text("Đảng bộ huyện Gia Bình\n\n" + text + "\n", source="memory:gia-binh.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_a_rating_after_the_bracketed_share():
    got = figures("Năm 2023, 12 chi bộ (chiếm 80%) hoàn thành tốt nhiệm vụ.")
    assert got == {12: "orgs_rated_good", 80: "orgs_rated_good"}


def test_a_deed_after_the_bracketed_share_is_no_count_of_bodies():
    got = figures("Sau kiểm tra, có 312 tổ chức đảng (đạt 86,1%) thực hiện tốt nhiệm vụ.")
    assert got[312] == "other"


def test_a_count_with_a_change_in_brackets_stays_a_count():
    got = figures("Đảng bộ có 40 chi bộ (tăng 2 chi bộ).")
    assert got[40] == "party_cells"
