"""Shares read without their usual words: the share of people "đã được học tập, nghiên cứu" a
directive, however long the list of who; the admissions as a share of the members ("kết nạp
Đảng từ 5-7% trên tổng số đảng viên"), both ends of the range; a count of members next to a
count of base bodies ("hơn 1.300 đảng viên và 21 tổ chức cơ sở đảng"); works and models counted."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str) -> dict:
    doc = load_text("Đảng bộ xã Tân Lập\n\n" + text + "\n", source="memory:study-admission.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_a_study_share_after_a_long_list_of_who():
    got = figures("Cả năm, 96,5% hội viên, người lao động, giáo viên và đoàn viên trong xã đều được học tập, "
                  "quán triệt Nghị quyết Đại hội.")
    assert got[96.5] == "study_participation_rate"


def test_a_share_that_registered_is_no_study():
    got = figures("Năm qua, 92% đảng viên đã được học tập Nghị quyết; 97% cán bộ, đảng viên, công chức, người lao động "
                  "đăng ký rèn luyện, học tập theo gương Bác.")
    assert got[92] == "study_participation_rate"
    assert got[97] != "study_participation_rate"


def test_admissions_as_a_share_of_the_members_both_ends():
    got = figures("Nhiệm kỳ tới, Đảng bộ phấn đấu kết nạp Đảng từ 5-7% trên tổng số đảng viên.")
    assert got[5] == "new_members_admitted"
    assert got[7] == "new_members_admitted"


def test_members_next_to_base_bodies():
    got = figures("Đến nay xã Tân Lập đã có hơn 1.300 đảng viên và 21 tổ chức cơ sở đảng.")
    assert got[1300] == "party_members"
    assert got[21] == "subordinate_party_orgs"


def test_works_and_models_counted():
    got = figures("Năm 2024, hơn 150 tác phẩm được sáng tác; 80 gương điển hình được biểu dương.")
    assert 150 in got and 80 in got
