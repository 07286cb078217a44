"""Organizations written in ways the first rules missed.

Each test states one reading rule: an organ of a central body ("Ban Thường vụ Quân ủy Trung
ương") is a body of its own; "Tổng Cục" and "Ban thường vụ" in other capitalisations are the
same words; a numbered party cell belongs to the ward named after it in brackets; a bare
"Tỉnh ủy" after a province named in the same sentence is that province's committee; lower-case
"phụ nữ" / "thanh niên" still name the women's union and the youth union.
"""

from __future__ import annotations

from extraction import orgs


def test_an_organ_of_a_central_body(pipeline):
    found = orgs("Thượng tướng Đặng Văn Hòa, Ủy viên Ban Thường vụ Quân ủy Trung ương, dự hội nghị.", pipeline)
    organ = found["Ban Thường vụ Quân ủy Trung ương"]
    assert organ.kind == "standing_committee" and organ.level == "central"
    assert organ.parent is not None and organ.parent.label == "Quân ủy Trung ương"
    assert "Quân ủy Trung ương" not in found  # named inside its organ's name only


def test_tong_cuc_with_a_capital_c_is_one_general_department(pipeline):
    found = orgs("Đại tá Lê Văn Sơn công tác tại Tổng Cục Hậu cần Quân đội nhân dân Việt Nam nhiều năm.", pipeline)
    assert "Tổng cục Hậu cần Quân đội nhân dân Việt Nam" in found


def test_a_standing_committee_in_lower_case(pipeline):
    found = orgs("Ban thường vụ Huyện ủy Bảo Lâm đã họp kiểm điểm.", pipeline)
    assert found["Ban Thường vụ Huyện ủy Bảo Lâm"].parent.label == "Đảng bộ huyện Bảo Lâm"


def test_a_numbered_cell_of_the_ward_in_brackets(pipeline):
    found = orgs("Phường Quan Hoa, quận Cầu Giấy có nhiều chi bộ mạnh. "
                 "Là Bí thư Chi bộ 21 (Đảng bộ phường Quan Hoa), ông đề xuất nhiều cách làm.", pipeline)
    cell = found["Chi bộ 21"]
    assert cell.kind == "party_cell" and cell.parent.label == "Đảng bộ phường Quan Hoa"


def test_a_number_of_cells_is_no_cell(pipeline):
    found = orgs("Đảng bộ phường Quan Hoa, quận Cầu Giấy có chi bộ 3 năm liền đạt trong sạch vững mạnh.", pipeline)
    assert not any(label.startswith("Chi bộ 3") for label in found)


def test_a_bare_provincial_committee_after_a_province_in_the_sentence(pipeline):
    found = orgs("Tỉnh ủy Lạng Sơn chỉ đạo sát sao. Ở tỉnh Cao Bằng, các huyện đã đưa "
                 "Đề án 05 của Tỉnh ủy về phát triển đảng viên vào từng thôn.", pipeline)
    assert "Đảng bộ tỉnh Cao Bằng" in found


def test_lower_case_unions_of_a_district(pipeline):
    found = orgs("Quận ủy Cầu Giấy chỉ đạo. Hội Liên hiệp phụ nữ quận Cầu Giấy và Đoàn thanh niên "
                 "quận Cầu Giấy ra quân.", pipeline)
    assert {"Hội Liên hiệp Phụ nữ quận Cầu Giấy", "Đoàn Thanh niên quận Cầu Giấy"} <= set(found)


def test_the_only_province_named_is_no_parent_of_a_district_of_another(pipeline):
    found = orgs("Ở tỉnh Bắc Giang, Tỉnh ủy Bắc Giang chỉ đạo sát sao. "
                 "Bí thư Huyện ủy Thuận Thành (Bắc Ninh) cho biết nhiều kinh nghiệm.", pipeline)
    assert found["Đảng bộ huyện Thuận Thành"].parent is None


def test_an_investigation_agency_of_a_police_body(pipeline):
    found = orgs("Hôm qua, Cơ quan Cảnh sát điều tra, Công an tỉnh Quảng Ngãi đã mời hai cán bộ xã lên làm việc.", pipeline)
    agency = found["Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Ngãi"]
    assert agency.kind == "police" and agency.parent.label == "Công an tỉnh Quảng Ngãi"
    assert "Công an tỉnh Quảng Ngãi" in found  # the police body is named too


def test_the_party_board_of_a_ministry(pipeline):
    found = orgs("Đơn vị đã học tập nghị quyết của Ban Cán sự Đảng Bộ Tài chính về tiết kiệm chi tiêu.", pipeline)
    assert {"Ban cán sự đảng Bộ Tài chính", "Bộ Tài chính"} <= set(found)
    assert found["Ban cán sự đảng Bộ Tài chính"].cls == "PartyOrganization"


def test_the_press_is_named_by_its_title(pipeline):
    found = orgs("Trao đổi với phóng viên báo điện tử Dân Việt, ông nói vậy. Phóng sự được Đài Truyền hình "
                 "TPHCM phát sóng tối qua. Báo cáo của UBND xã nêu rõ kết quả.", pipeline)
    assert {"Báo điện tử Dân Việt", "Đài Truyền hình TPHCM"} <= set(found)
    assert not any(label.startswith("Báo cáo") for label in found)


def test_a_journalist_named_after_the_paper_is_not_part_of_its_name(pipeline):
    found = orgs("Theo báo Lao Động Nguyễn Văn An, nhiều hộ đã thoát nghèo.", pipeline)
    assert "Báo Lao Động" in found


def test_a_ministry_written_with_dashes(pipeline):
    found = orgs("Mỗi bản đều dựng nhà sinh hoạt theo mẫu của Bộ Văn hóa - Thể thao và Du lịch.", pipeline)
    assert found["Bộ Văn hóa - Thể thao và Du lịch"].level == "central"


def test_classrooms_of_a_school_name_no_school(pipeline):
    found = orgs("Xã Văn Hải, huyện Kim Sơn làm xong sáu phòng học trường THCS và hai nhà văn hóa.", pipeline)
    assert not any(label.startswith("Trường") for label in found)


def test_a_body_whose_unit_is_written_after_its_list(pipeline):
    found = orgs("Phường Nghĩa Đô được nêu gương. Theo chỉ đạo của Quận ủy Cầu Giấy, các chi bộ, "
                 "MTTQ và các đoàn thể của quận cùng rà lại danh sách hộ nghèo.", pipeline)
    assert "Ủy ban Mặt trận Tổ quốc quận Cầu Giấy" in found
    assert "Ủy ban Mặt trận Tổ quốc phường Nghĩa Đô" not in found


def test_the_executive_committee_of_an_association(pipeline):
    found = orgs("Tỉnh ủy Cao Bằng chỉ đạo. Tuần trước, Ban Chấp hành Hội Nông dân tỉnh họp bàn vụ đông.", pipeline)
    organ = found["Ban Chấp hành Hội Nông dân tỉnh Cao Bằng"]
    assert organ.kind == "executive_committee" and organ.parent.label == "Hội Nông dân tỉnh Cao Bằng"


def test_the_standing_committee_of_the_youth_union_is_not_the_partys(pipeline):
    found = orgs("Tỉnh ủy Cao Bằng chỉ đạo. Anh Lê Văn Tú được bầu vào Ban Thường vụ Tỉnh đoàn.", pipeline)
    assert "Ban Thường vụ Tỉnh ủy Cao Bằng" not in found


def test_the_board_of_the_social_policy_bank_in_a_province(pipeline):
    found = orgs("Tỉnh ủy Thái Bình chỉ đạo. Phó Trưởng Ban đại diện HĐQT NHCSXH tỉnh "
                 "đi kiểm tra các tổ vay vốn.", pipeline)
    board = found["Ban đại diện HĐQT NHCSXH tỉnh Thái Bình"]
    assert board.parent.label == "NHCSXH tỉnh Thái Bình"
