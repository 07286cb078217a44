""""ĐV" abbreviates đảng viên (party member) and đoàn viên (youth union member) alike: in a
sentence about the youth union (Huyện đoàn, Chi đoàn, Đoàn Thanh niên, đoàn viên) it counts
youth union members, neither party members nor party admissions. Admitting youth union or
association members ("kết nạp 40 hội viên") is no party admission either, unless they join
the party ("kết nạp 11 đoàn viên ưu tú vào Đảng")."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str):
    doc = load_text("Đảng bộ huyện Hải Hậu\n\n" + text + "\n", source="memory:hai-hau-youth.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_dv_of_the_youth_union_is_no_party_figure():
    got = figures("Huyện đoàn kết nạp 150 ĐV mới, Chi đoàn xã Hải Minh có 45 ĐV.")
    assert got[150] not in ("new_members_admitted", "party_members")
    assert got[45] not in ("new_members_admitted", "party_members")


def test_youth_union_and_association_admissions_are_no_party_admissions():
    got = figures("Năm 2024, Tỉnh đoàn kết nạp 320 đoàn viên, Hội Nông dân kết nạp 90 hội viên.")
    assert got[320] != "new_members_admitted"
    assert got[90] != "new_members_admitted"


def test_dv_without_the_youth_union_is_a_party_member():
    assert figures("Năm 2024, Đảng bộ xã kết nạp 14 ĐV mới.")[14] == "new_members_admitted"


def test_youth_members_joining_the_party_are_admissions():
    assert figures("Năm 2024, các chi bộ kết nạp 11 đoàn viên ưu tú vào Đảng.")[11] == "new_members_admitted"
    got = figures("Chi bộ kết nạp 9 đảng viên mới, trong đó 6 đoàn viên ưu tú.")
    assert got == {9: "new_members_admitted", 6: "new_members_admitted"}
