"""Organizations: the public bodies of a district or province named by their kind word.

"Kho bạc Nhà nước", "Hạt Kiểm lâm", "Bảo hiểm xã hội", "Ngân hàng NN&PTNT", "Trạm Khuyến
nông": the kind word is the body's whole name; a unit and place may follow ("… huyện X"), or a
place the text knows without its unit ("Trạm Khuyến nông Y"), or nothing at all in a list of
the district's bodies. A party cell hosted by such a body is named after it.
Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


DISTRICT = "Huyện ủy Mường Tè họp bàn việc xếp loại chi bộ cuối năm. "


def test_bodies_listed_by_kind_word_alone_or_with_a_bare_unit(pipeline):
    found = orgs(DISTRICT + "Đạt loại tốt có Đảng bộ xã Ka Lăng; Kho bạc Nhà nước; Hạt Kiểm lâm huyện; "
                 "Bảo hiểm xã hội; Ngân hàng NN&PTNT huyện.", pipeline)
    assert found["Kho bạc Nhà nước"].kind == "other"
    assert found["Bảo hiểm xã hội"].cls == "GovernmentOrganization"
    ranger = found["Hạt Kiểm lâm huyện Mường Tè"]
    assert ranger.place is not None and ranger.place.name == "Mường Tè"
    assert "Ngân hàng NN&PTNT huyện Mường Tè" in found


def test_a_body_named_with_a_place_without_its_unit(pipeline):
    found = orgs(DISTRICT + "Trạm Khuyến nông Mường Tè mở lớp tập huấn cho bà con.", pipeline)
    station = found["Trạm Khuyến nông Mường Tè"]
    assert station.place is not None and station.place.name == "Mường Tè"


def test_a_cell_hosted_by_such_a_body(pipeline):
    found = orgs(DISTRICT + "Chi bộ Kho bạc Nhà nước huyện và Chi bộ Hạt Kiểm lâm cùng được xếp loại tốt.", pipeline)
    cell = found["Chi bộ Kho bạc Nhà nước huyện Mường Tè"]
    assert cell.kind == "party_cell"
    assert found["Chi bộ Hạt Kiểm lâm"].kind == "party_cell"


def test_the_insurance_scheme_is_no_body(pipeline):
    found = orgs(DISTRICT + "Số người tham gia Bảo hiểm xã hội tự nguyện tăng mạnh.", pipeline)
    assert not [label for label in found if label.startswith("Bảo hiểm")]


def test_a_kind_word_before_a_person_or_plural_is_no_body_of_its_own(pipeline):
    found = orgs(DISTRICT + "Các Kho bạc Nhà nước cấp huyện được sắp xếp lại.", pipeline)
    assert not [label for label in found if label.startswith("Kho bạc")]


def test_a_station_in_lower_case_is_one_only_with_its_place(pipeline):
    found = orgs(DISTRICT + "Ông Hạng được cử làm phó trạm khuyến nông Mường Tè. "
                 "Cán bộ trạm thú y về từng bản.", pipeline)
    assert "Trạm Khuyến nông Mường Tè" in found
    assert not [label for label in found if label.startswith("Trạm Thú y")]


def test_a_branch_with_a_name_of_its_own_and_its_cell(pipeline):
    found = orgs(DISTRICT + "Năm nay Chi bộ Chi nhánh Văn phòng Đăng ký đất đai Pa Vệ Sử đạt chuẩn, còn "
                 "Chi nhánh Văn phòng Đăng ký đất đai Pa Vệ Sử được khen.", pipeline)
    assert found["Chi bộ Chi nhánh Văn phòng Đăng ký đất đai Pa Vệ Sử"].kind == "party_cell"
    assert "Chi nhánh Văn phòng Đăng ký đất đai Pa Vệ Sử" in found


def test_a_person_after_the_body_is_no_name_of_it(pipeline):
    found = orgs(DISTRICT + "Giám đốc Kho bạc Nhà nước Trần Văn Tư phát biểu.", pipeline)
    assert "Kho bạc Nhà nước" in found
