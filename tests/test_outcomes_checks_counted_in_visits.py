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
