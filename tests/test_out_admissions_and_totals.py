"""Admissions and the member total they lead to, in the wordings reports use: "nạp mới" for
"kết nạp mới", and "nâng (phát triển) tổng số đảng viên trên địa bàn X (của chi bộ) lên N"."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Na Hối chăm lo nguồn đảng viên trẻ

Sau bảy năm, Đảng bộ xã Na Hối đã nạp mới 96 đảng viên, trong đó 41 đảng viên nữ.

Riêng năm 2021 xã có thêm 21 đảng viên mới, qua đó đưa tổng số đảng viên trên địa bàn xã lên 435 người.

Sang năm 2022, Chi bộ thôn Na Hối kết nạp 2 quần chúng ưu tú, phát triển tổng số đảng viên thuộc chi bộ thôn lên 31 đồng chí.
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:na-hoi.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_admitted_with_the_shortened_verb(figs):
    assert figs[96].indicator == "new_members_admitted"
    assert figs[41].indicator == "new_members_admitted"


def test_the_total_raised_within_a_territory(figs):
    assert figs[435].indicator == "party_members"


def test_the_total_a_cell_grew_to(figs):
    assert figs[2].indicator == "new_members_admitted"
    assert figs[31].indicator == "party_members"


def test_a_total_raised_to_a_bare_number_counts_the_noun_named_before():
    doc = load_text("Đảng ủy xã Na Hối lập thêm 2 chi bộ ở khu tái định cư, đưa tổng số tổ chức đảng trực thuộc lên 17, với 402 đảng viên.\n",
                    source="memory:na-hoi-total.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert figs[17].indicator == "subordinate_party_orgs"
    assert figs[402].indicator == "party_members"


def test_the_parts_of_an_admission_told_without_their_noun():
    doc = load_text("Cả năm, Đảng bộ xã Na Hối kết nạp được 25 đảng viên, trong đó có 9 là nữ; 7 là người Thái; "
                    "12 từ đoàn viên ưu tú.\n", source="memory:na-hoi-parts.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert {v: (figs[v].unit, figs[v].indicator) for v in (9, 7, 12)} == {
        v: ("đảng viên", "new_members_admitted") for v in (9, 7, 12)}


def test_a_bare_number_after_a_count_is_no_part_without_the_breakdown():
    doc = load_text("Năm 2022, Đảng bộ xã Na Hối kết nạp được 25 đảng viên, 10 là con số cao nhất từ trước tới nay.\n",
                    source="memory:na-hoi-none.txt")
    assert [o.figure.value for o in doc.context["outcomes"]] == [25]


def test_full_membership_granted_is_no_admission():
    doc = load_text("Năm 2023, Chi bộ thôn Na Hối kết nạp 2 quần chúng và kết nạp đảng chính thức cho 4 đảng viên dự bị.\n",
                    source="memory:na-hoi-full.txt")
    figs = {o.figure.value: o.figure for o in doc.context["outcomes"]}
    assert figs[2].indicator == "new_members_admitted"
    assert (figs[4].indicator, figs[4].qualifier) == ("other", "công nhận đảng viên chính thức")
