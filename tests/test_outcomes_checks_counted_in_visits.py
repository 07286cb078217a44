"""Checks and watches counted by the party bodies or members they reached, one each time
("kiểm tra đối với 1.250 lượt tổ chức đảng", "giám sát 980 lượt đảng viên"), are inspections and
supervisions; so are the members checked after a body named first ("kiểm tra … đối với Ban
Thường vụ Đảng ủy xã A và 5 đảng viên"). Visits of anyone else stay other."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures, read_context


def read(sentence: str):
    figs = find_figures(sentence)
    read_context(sentence, figs)
    return {f.value: f for f in figs}


def test_checks_and_watches_counted_in_visits_of_bodies_and_members():
    figs = read("Năm 2024, các cấp ủy trong Đảng bộ huyện Mường La đã kiểm tra đối với 1.250 lượt tổ chức đảng "
                "và 3.400 lượt đảng viên; giám sát 980 lượt tổ chức đảng và 2.100 lượt đảng viên.")
    assert {v: f.indicator for v, f in figs.items()} == {
        1250: "inspections", 3400: "inspections", 980: "supervisions", 2100: "supervisions"}
    assert figs[1250].qualifier == "lượt tổ chức đảng"


def test_visits_of_people_checked_are_not_party_checks():
    assert read("Đoàn công tác của huyện Mường La đã kiểm tra 30 lượt hộ dân.")[30].indicator == "other"


def test_visits_to_a_meeting_are_no_checks():
    figs = read("Hội nghị quán triệt của huyện Mường La có 3.000 lượt đảng viên tham dự.")
    assert figs[3000].indicator not in ("inspections", "supervisions")


def test_members_checked_after_a_body_named_first():
    figs = read("Khi thấy dấu hiệu sai phạm, UBKT Huyện ủy Mường La kiểm tra đối với Ban Thường vụ "
                "Đảng ủy xã Ít Ong và 5 đảng viên.")
    assert figs[5].indicator == "inspections"
    figs = read("Huyện ủy Mường La giám sát đối với Đảng ủy xã Ít Ong và 2 đảng viên.")
    assert figs[2].indicator == "supervisions"


def test_members_after_a_counted_check_are_not_counted_as_checks_again():
    figs = read("Ủy ban Kiểm tra Huyện ủy Mường La tiến hành 4 cuộc kiểm tra đối với Chi bộ bản Púng và 3 đảng viên.")
    assert (figs[4].indicator, figs[3].indicator) == ("inspections", "other")


def test_members_found_in_violation_after_the_check_are_not_the_checked():
    figs = read("Ủy ban Kiểm tra Huyện ủy Mường La kiểm tra đối với Chi bộ bản Púng, kết luận có 3 đảng viên vi phạm.")
    assert figs[3].indicator == "other"


def test_the_inspection_committee_s_name_is_no_check():
    figs = read("Năm 2024, Ủy ban Kiểm tra Huyện ủy Bắc Hà giám sát đối với 35 lượt tổ chức đảng và 120 lượt đảng viên.")
    assert (figs[35].indicator, figs[120].indicator) == ("supervisions", "supervisions")
    figs = read("Năm 2024, Ủy ban Kiểm tra Huyện ủy Bắc Hà đã làm việc với 200 lượt đảng viên.")
    assert figs[200].indicator == "other"
    figs = read("Năm 2024, Ủy ban Kiểm tra Huyện ủy Bắc Hà phối hợp với Ban Tổ chức và 12 chi bộ tổ chức hội nghị.")
    assert figs[12].indicator != "inspections"


def test_members_taking_part_in_the_checks_are_no_checks():
    figs = read("Năm 2024, Huyện ủy Bắc Hà tổ chức 15 đoàn kiểm tra với 320 lượt đảng viên tham gia.")
    assert figs[320].indicator == "other"


def test_visits_of_officials_listed_after_members_are_no_checks():
    figs = read("Năm 2024, Huyện ủy Bắc Hà kiểm tra đối với 30 lượt đảng viên và 40 lượt cán bộ, công chức.")
    assert (figs[30].indicator, figs[40].indicator) == ("inspections", "other")


def test_visits_of_checks_and_watches_told_together_are_neither_alone():
    figs = read("Năm 2024, cấp ủy các cấp ở huyện Bắc Hà đã kiểm tra, giám sát 850 lượt tổ chức đảng.")
    assert figs[850].indicator not in ("inspections", "supervisions")
    figs = read("Năm 2024, Huyện ủy Bắc Hà giám sát 400 lượt đảng viên.")
    assert figs[400].indicator == "supervisions"


def test_members_after_a_body_are_checked_only_with_doi_voi_right_after_the_check():
    figs = read("UBKT Huyện ủy Sìn Hồ giám sát thường xuyên đối với Chi ủy bản Nậm Cha và 6 đảng viên.")
    assert figs[6].indicator == "supervisions"
    figs = read("UBKT Huyện ủy Sìn Hồ kiểm tra đột xuất đối với Đảng ủy xã Pa Tần và 4 đảng viên.")
    assert figs[4].indicator == "inspections"


def test_a_body_and_members_met_or_praised_by_the_checkers_are_not_checked():
    for sentence in ("Đoàn kiểm tra của Huyện ủy Sìn Hồ làm việc với Thường trực Đảng ủy xã Pa Tần và 14 đảng viên.",
                     "Sau kiểm tra, Huyện ủy Sìn Hồ biểu dương đối với Chi bộ bản Nậm Cha và 14 đảng viên.",
                     "Đoàn giám sát của Huyện ủy Sìn Hồ trao đổi với Chi ủy bản Nậm Cha và 14 đảng viên."):
        assert read(sentence)[14].indicator not in ("inspections", "supervisions"), sentence


def test_members_attending_a_meeting_on_checks_are_participants_not_checks():
    figs = read("Huyện ủy Sìn Hồ mở lớp bồi dưỡng nghiệp vụ kiểm tra với 180 lượt đảng viên tham dự.")
    assert figs[180].indicator == "study_participants"
    figs = read("Huyện ủy Sìn Hồ tổ chức hội nghị tập huấn công tác giám sát với 140 lượt cấp ủy viên dự.")
    assert figs[140].indicator == "study_participants"


def test_visits_checked_still_count_when_no_one_attends():
    figs = read("Năm 2024, Huyện ủy Sìn Hồ kiểm tra đối với 75 lượt đảng viên dự bị.")
    assert figs[75].indicator == "inspections"
