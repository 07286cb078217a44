"""Bodies the rules used to cut short or run on: a general hospital named by its place ("Bệnh
viện đa khoa huyện X", a body of its own beside its party committee), the office of a people's
committee as the agency of a party committee ("Đảng bộ Văn phòng UBND tỉnh X"), the cell of a
commune's party agencies ("Chi bộ các cơ quan Đảng xã X", whose commune committee the article
then calls "Đảng ủy"), and "tổ" that names a village group only before its number or name,
never in "tổ chức".

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read


def test_a_general_hospital_and_its_party_committee(pipeline):
    orgs = organizations(read(pipeline, "Đảng ủy Bệnh viện đa khoa huyện Mai Sơn phát động phong trào thi đua."))
    assert "Đảng bộ Bệnh viện đa khoa huyện Mai Sơn" in orgs
    assert "Bệnh viện đa khoa huyện Mai Sơn" in orgs


def test_the_director_of_a_provincial_general_hospital(pipeline):
    got = held_posts(read(pipeline, "Ông Hà Văn Phúc, Giám đốc Bệnh viện Đa khoa tỉnh Sơn La, phát biểu."))
    assert ("Hà Văn Phúc", "Giám đốc", "Bệnh viện đa khoa tỉnh Sơn La") in got


def test_the_party_committee_of_a_people_committee_office(pipeline):
    orgs = organizations(read(pipeline, "Đảng bộ Văn phòng UBND tỉnh Sơn La tổng kết năm."))
    assert "Đảng bộ Văn phòng UBND tỉnh Sơn La" in orgs
    assert "UBND tỉnh Sơn La" not in orgs


def test_to_chuc_is_no_village_group_after_a_cell(pipeline):
    orgs = organizations(read(pipeline, "Chi bộ Trường Tiểu học Chiềng Ban tổ chức sinh hoạt chuyên đề."))
    assert "Chi bộ Trường Tiểu học Chiềng Ban" in orgs
    assert not [o for o in orgs if o.endswith(" tổ")]


def test_a_numbered_village_group_still_names_a_cell(pipeline):
    orgs = organizations(read(pipeline, "Chi bộ tổ 5 phường Chiềng Lề họp định kỳ."))
    assert any(o.startswith("Chi bộ tổ 5") for o in orgs)


def test_the_cell_of_a_commune_party_agencies_and_its_committee(pipeline):
    doc = read(pipeline, "Chi bộ các cơ quan Đảng xã Chiềng Ban kết nạp đảng viên mới. Dự lễ có đồng chí Lò Văn "
                         "Panh, Phó Bí thư Thường trực Đảng ủy. Đồng chí Quàng Văn Ún, Bí thư Chi bộ, trao quyết định.")
    got = held_posts(doc)
    assert ("Lò Văn Panh", "Phó Bí thư Thường trực", "Đảng bộ xã Chiềng Ban") in got
    assert ("Quàng Văn Ún", "Bí thư", "Chi bộ Các cơ quan Đảng xã Chiềng Ban") in got


def test_a_village_cell_written_with_dang(pipeline):
    orgs = organizations(read(pipeline, "Chi bộ Đảng bản Nà Sản, xã Chiềng Mung tổ chức lễ kết nạp đảng viên."))
    assert any(o.startswith("Chi bộ bản Nà Sản") for o in orgs)


def test_an_organ_of_an_agency_committee_keeps_the_agency_in_its_name(pipeline):
    orgs = organizations(read(pipeline, "Ban Thường vụ Đảng ủy Công an tỉnh Sơn La họp phiên thường kỳ."))
    assert "Ban Thường vụ Đảng ủy Công an tỉnh Sơn La" in orgs
    assert "Ban Thường vụ Tỉnh ủy Sơn La" not in orgs


def test_the_province_committee_is_never_an_agency_committee_of_the_province(pipeline):
    orgs = organizations(read(pipeline, "Đảng ủy Văn phòng UBND tỉnh Sơn La thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy "
                                        "về kiểm điểm cuối năm."))
    assert "Ban Thường vụ Tỉnh ủy Sơn La" in orgs
    assert "Ban Thường vụ Đảng ủy Văn phòng UBND tỉnh Sơn La" not in orgs


def test_a_place_name_cut_by_the_end_of_a_page_is_no_name(pipeline):
    orgs = organizations(read(pipeline, "Đảng ủy phường Minh Xuân trao Huy hiệu Đảng cho 12 đảng viên. Buổi lễ là niềm "
                                        "tự hào chung của đảng bộ TP Tuyên Q"))
    assert not [o for o in orgs if o.endswith("Tuyên Q")]


def test_a_bare_organ_is_the_one_its_sentence_named_in_full(pipeline):
    orgs = organizations(read(pipeline, "Đảng ủy xã Hải Minh đã họp kiểm điểm. Tiếp đó, Ban Thường vụ Huyện ủy Hải Hậu "
                                        "bàn việc của những cán bộ do Ban Thường vụ quản lý."))
    assert "Ban Thường vụ Huyện ủy Hải Hậu" in orgs
    assert "Ban Thường vụ Đảng ủy xã Hải Minh" not in orgs
