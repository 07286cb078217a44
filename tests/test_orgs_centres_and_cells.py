"""Organizations: centres named by their field, and the cells of centres and departments.

"Trung tâm Phát triển vùng chè" is a centre whose field runs on in lower case ("phát triển"
is a field here, not a verb); written with no unit, it is the province's or district's own. A
cell named after a centre or a department ("Chi bộ Trung tâm … thị xã", "Chi bộ phòng Tài
chính - Kế hoạch huyện") takes the body's whole name with its unit and place.
Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


DISTRICT = "Huyện ủy Mường Tè chỉ đạo sát sao. "


def test_a_centre_named_by_its_field_alone(pipeline):
    found = orgs(DISTRICT + "Được xếp loại tốt gồm Trung tâm Phát triển vùng chè; Trung tâm Dịch vụ nông nghiệp.", pipeline)
    assert "Trung tâm Phát triển vùng chè" in found
    assert found["Trung tâm Dịch vụ nông nghiệp"].cls == "PublicBody"


def test_a_venue_or_an_administrative_hub_is_no_centre(pipeline):
    found = orgs(DISTRICT + "Tại Trung tâm Hội nghị, đại biểu dự họp. Trung tâm Phục vụ hành chính công đã tiếp nhận hồ sơ.",
                 pipeline)
    assert not [label for label in found if label.startswith("Trung tâm")]


def test_the_cell_of_a_centre_takes_its_whole_name_and_place(pipeline):
    found = orgs(DISTRICT + "Huyện ủy khen Chi ủy viên chi bộ Trung tâm Phát triển vùng chè huyện và "
                 "Chi bộ Trung tâm Truyền thông - Văn hóa huyện Mường Tè.", pipeline)
    land = found["Chi bộ Trung tâm Phát triển vùng chè huyện Mường Tè"]
    assert land.kind == "party_cell" and land.place.name == "Mường Tè"
    assert land.parent is not None and land.parent.label == "Đảng bộ huyện Mường Tè"
    assert "Chi bộ Trung tâm Truyền thông - Văn hóa huyện Mường Tè" in found


def test_the_cell_of_a_department_keeps_the_unit_written_after_it(pipeline):
    found = orgs(DISTRICT + "Chi bộ phòng Tài chính - Kế hoạch huyện giữ vững danh hiệu trong sạch.", pipeline)
    cell = found["Chi bộ Phòng Tài chính - Kế hoạch huyện Mường Tè"]
    assert cell.kind == "party_cell" and cell.place.name == "Mường Tè"
