"""The make-up of a party organization's membership: after a count of members, "trong đó" may
name each kind before its number ("trong đó nữ 88 đồng chí, dân tộc thiểu số 41 đồng chí") —
every such part is a count of members of that kind, with the kind as qualifier. A count of
members may also be stated with its noun before the number ("Số lượng đảng viên … là 45")."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Khe Lim: đội ngũ đảng viên ngày càng đông

Đảng bộ xã Khe Lim hiện có 14 chi bộ với 312 đảng viên, trong đó nữ 88 đồng chí, dân tộc thiểu số 41 đồng chí, người có đạo 7 đồng chí.
Chi bộ thôn Nậm Ly có 60 đảng viên (tính tới tháng 6), trong đó đảng viên theo đạo Tin Lành 13 đồng chí (chiếm 21,6%), đv dân tộc Dao 22 đồng chí (chiếm 36,6%).
Số lượng đảng viên toàn chi bộ Pác Ngòi hiện tại là 45 trong đó 06 đảng viên dự bị.
Năm 2024, Đảng bộ xã kết nạp 9 đảng viên, trong đó nữ 4 đồng chí.
"""


@pytest.fixture(scope="module")
def figures():
    doc = load_text(ARTICLE, source="memory:khe-lim.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_a_kind_named_before_its_number_is_a_count_of_members_of_that_kind(figures):
    assert (figures[88].indicator, figures[88].qualifier) == ("party_members", "nữ")


def test_the_list_of_kinds_goes_on_after_the_first(figures):
    assert (figures[41].indicator, figures[41].qualifier) == ("party_members", "dân tộc thiểu số")
    assert (figures[7].indicator, figures[7].qualifier) == ("party_members", "người có đạo")


def test_thieu_so_before_a_number_is_no_code(figures):
    assert 41 in figures and 22 in figures


def test_kinds_with_a_bracketed_share_between_the_parts(figures):
    assert (figures[13].indicator, figures[13].qualifier) == ("party_members", "theo đạo Tin Lành")
    assert (figures[22].indicator, figures[22].qualifier) == ("party_members", "dân tộc Dao")


def test_a_total_stated_with_its_noun_before_the_number(figures):
    assert figures[45].indicator == "party_members"
    assert figures[45].unit == "đảng viên"


def test_the_members_on_probation_among_that_total(figures):
    assert figures[6].indicator == "party_members"
    assert "dự bị" in figures[6].qualifier


def test_a_part_of_admissions_stays_an_admission(figures):
    assert figures[4].indicator == "new_members_admitted"


def test_a_verb_between_the_noun_and_the_number_is_no_total():
    doc = load_text("Đảng bộ xã Khe Lim\n\nTổng số đảng viên được kiểm tra là 20.\n", source="memory:k.txt")
    assert all(o.figure.indicator != "party_members" for o in doc.context["outcomes"])


def test_a_total_of_one_kind_of_member_is_not_the_whole_membership():
    doc = load_text("Đảng bộ xã Yên Lạc\n\nĐảng bộ xã Yên Lạc có 18 chi bộ. Tổng số đảng viên nữ của Đảng bộ hiện nay "
                    "là 96.\n", source="memory:yl.txt")
    assert not any(o.figure.value == 96 and o.figure.indicator == "party_members" and not o.figure.qualifier
                   for o in doc.context["outcomes"])
