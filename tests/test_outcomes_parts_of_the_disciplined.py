"""Parts of a count keep what the whole counts: a part in brackets opened by "có" or "gồm"
("kỷ luật 75 đảng viên (có 12 cấp ủy viên)") is a breakdown as "trong đó" is, and a sentence
opened by "Trong số đảng viên bị kỷ luật" breaks those disciplined down by cause; a part told
after "trong đó" as "là người đứng đầu" carries that as its qualifier."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str):
    doc = load_text("Đảng bộ huyện Hòa Lạc\n\n" + text + "\n", source="memory:hoa-lac-parts.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_a_bracketed_part_of_the_disciplined_is_disciplined():
    got = figures("Năm 2023, cấp ủy và UBKT các cấp đã thi hành kỷ luật 75 đảng viên (có 12 cấp ủy viên các cấp).")
    assert got == {75: "members_disciplined", 12: "members_disciplined"}


def test_a_bracketed_part_of_the_membership_stays_a_count_of_members():
    got = figures("Đảng bộ huyện có 5.200 đảng viên (gồm 1.900 đảng viên nữ).")
    assert got[5200] == "party_members"
    assert got[1900] == "party_members"


def test_the_disciplined_broken_down_by_cause():
    got = figures("Năm 2024, cấp ủy các cấp kỷ luật 17 đảng viên. Trong số đảng viên bị kỷ luật, 9 trường hợp "
                  "sai phạm về quản lý tài chính, 5 trường hợp buông lỏng lãnh đạo, số còn lại thiếu gương mẫu "
                  "(3 trường hợp).")
    assert got == {17: "members_disciplined", 9: "members_disciplined", 5: "members_disciplined",
                   3: "members_disciplined"}


def qualifiers(text: str):
    doc = load_text("Đảng bộ huyện Hòa Lạc\n\n" + text + "\n", source="memory:hoa-lac-parts.txt")
    return {o.figure.value: (o.figure.indicator, o.figure.qualifier) for o in doc.context["outcomes"]}


def test_a_part_of_the_disciplined_carries_what_it_is_as_its_qualifier():
    got = qualifiers("Năm 2022, cấp ủy và ủy ban kiểm tra hai cấp đã kỷ luật 64 trường hợp, "
                     "trong đó có 15 trường hợp là người đứng đầu.")
    assert got[64] == ("members_disciplined", None)
    assert got[15] == ("members_disciplined", "người đứng đầu")
    got = qualifiers("Cấp ủy các cấp đã kỷ luật 40 đảng viên, trong đó 6 đảng viên là cấp ủy viên cơ sở, "
                     "3 đảng viên là người đứng đầu có vi phạm về đất đai.")
    assert got[6] == ("members_disciplined", "cấp ủy viên cơ sở")
    assert got[3] == ("members_disciplined", "người đứng đầu")


def test_a_part_told_by_its_form_of_discipline_keeps_the_form():
    got = qualifiers("Cấp ủy các cấp đã kỷ luật 40 đảng viên, trong đó có 11 trường hợp bị khiển trách.")
    assert got[11] == ("members_disciplined", "khiển trách")
    # and a count of the disciplined that is no part gains nothing from a "là" of another clause
    got = qualifiers("Cấp ủy các cấp đã kỷ luật 40 đảng viên, đây là con số cao nhất nhiều năm.")
    assert got[40] == ("members_disciplined", None)


def test_the_last_part_joined_by_va_still_breaks_the_same_whole_down():
    got = qualifiers("Cấp ủy các cấp đã kỷ luật 40 trường hợp, trong đó 6 trường hợp là cấp ủy viên cơ sở "
                     "và 2 trường hợp là người đứng đầu.")
    assert got[6] == ("members_disciplined", "cấp ủy viên cơ sở")
    assert got[2] == ("members_disciplined", "người đứng đầu")
    # a count after "và" in a clause of its own breaks nothing down
    got = qualifiers("Cấp ủy các cấp đã kỷ luật 40 trường hợp, trong đó 6 trường hợp là cấp ủy viên cơ sở; "
                     "và đã kiểm tra 12 tổ chức đảng.")
    assert got[12][0] == "inspections"


def parts(text: str) -> dict:
    doc = load_text("Đảng bộ huyện Hòa Lạc\n\n" + text + "\n", source="memory:hoa-lac-parts.txt")
    return {o.figure.value: (o.figure.indicator, o.figure.qualifier) for o in doc.context["outcomes"]}


def test_a_part_told_by_its_cause_has_no_kind():
    got = parts("Năm 2023, Huyện ủy Hòa Lạc kỷ luật 20 đảng viên, trong đó 6 đảng viên là do vi phạm về đất đai.")
    assert got[6] == ("members_disciplined", None)


def test_cadres_and_civil_servants_are_one_kind_of_part():
    got = parts("Năm 2023, Huyện ủy Hòa Lạc kỷ luật 20 đảng viên, trong đó 10 đảng viên là cán bộ, công chức.")
    assert got[10] == ("members_disciplined", "cán bộ, công chức")
    # other commas still end the kind
    got = parts("Năm 2023, Huyện ủy Hòa Lạc kỷ luật 20 đảng viên, trong đó 4 đảng viên là người đứng đầu, "
                "3 đảng viên là bí thư chi bộ.")
    assert got[4] == ("members_disciplined", "người đứng đầu")
