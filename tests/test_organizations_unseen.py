"""Bodies read from unseen text: the spelled-out women's union keeps its written name, and the
armed forces of a province are one body whether written "LLVT tỉnh X", "LLVT X" or in full.

Each test states one reading rule with a sentence written for it.
"""

from __future__ import annotations

from extraction import labels, organizations

from partykg.loaders.pipeline import load_text
from partykg.ontology.terms import ORG


def orgs(pipeline, text: str) -> dict[str, str]:
    return organizations(load_text(text, source="memory:test", pipeline=pipeline))


def test_the_womens_union_written_in_full_keeps_its_full_name(pipeline):
    got = orgs(pipeline, "Huyện ủy Yên Lạc họp. Hội Liên hiệp phụ nữ huyện Yên Lạc tặng quà hội viên.")
    assert "Hội Liên hiệp Phụ nữ huyện Yên Lạc" in got
    assert "Hội LHPN huyện Yên Lạc" not in got


def test_the_womens_union_written_short_and_in_full_is_one_body(pipeline):
    got = orgs(pipeline, "Hội LHPN tỉnh Hà Nam ra quân. Hội Liên hiệp phụ nữ tỉnh Hà Nam trao quà.")
    assert len([k for k in got if k.endswith("tỉnh Hà Nam") and k.startswith("Hội")]) == 1


def test_the_armed_forces_of_a_province_without_its_unit_word(pipeline):
    got = orgs(pipeline, "Bộ CHQS tỉnh Quảng Trị tổng kết năm. Cán bộ, chiến sĩ LLVT Quảng Trị "
                         "hoàn thành nhiệm vụ huấn luyện.")
    assert "LLVT tỉnh Quảng Trị" in got


def test_the_armed_forces_written_in_full_are_the_same_body(pipeline):
    got = orgs(pipeline, "Tỉnh ủy Quảng Trị chỉ đạo lực lượng vũ trang tỉnh Quảng Trị diễn tập. "
                         "LLVT tỉnh Quảng Trị sẵn sàng chiến đấu.")
    assert [k for k in got if "Quảng Trị" in k and k.startswith("LLVT")] == ["LLVT tỉnh Quảng Trị"]


def test_the_peoples_armed_forces_in_general_are_no_body(pipeline):
    got = orgs(pipeline, "Tỉnh ủy Quảng Trị phát huy truyền thống của lực lượng vũ trang nhân dân.")
    assert not any(k.startswith("LLVT") for k in got)


def parents(pipeline, text: str) -> dict[str, str]:
    doc = load_text(text, source="memory:test", pipeline=pipeline)
    lab = labels(doc)
    return {lab[f.s.value]: lab.get(f.o.value) for f in doc.facts if f.p == ORG.subOrganizationOf}


def test_a_cell_belongs_to_the_party_committee_written_after_it(pipeline):
    got = parents(pipeline, "Đảng ủy thị trấn Ba Tơ họp. Ủy ban Kiểm tra Tỉnh ủy Quảng Ngãi cảnh cáo ông Trần Văn Bảy, "
                            "đảng viên Chi bộ Phòng Cảnh sát giao thông (PC08), Đảng ủy Công an tỉnh Quảng Ngãi.")
    assert got.get("Chi bộ Phòng Cảnh sát giao thông") == "Đảng bộ Công an tỉnh Quảng Ngãi"


def test_a_cell_without_a_written_host_stays_with_the_commune(pipeline):
    got = parents(pipeline, "Đảng ủy xã Nghĩa Sơn lãnh đạo. Chi bộ Trường Tiểu học Nghĩa Sơn đạt trong sạch vững mạnh.")
    assert got.get("Chi bộ Trường Tiểu học Nghĩa Sơn") == "Đảng bộ xã Nghĩa Sơn"


def test_a_capitalised_city_word_ends_an_agencys_name(pipeline):
    got = orgs(pipeline, "Thành ủy Hải Phòng chỉ đạo. Đảng viên chi bộ ban Tuyên giáo LĐLĐ Thành phố Hải Phòng "
                         "tặng quà công nhân.")
    assert "Chi bộ Ban Tuyên giáo LĐLĐ thành phố Hải Phòng" in got
    assert not any(k.endswith("Thành") for k in got)


def test_the_social_policy_bank_without_a_place_is_the_national_bank(pipeline):
    got = orgs(pipeline, "Huyện ủy Tiên Du họp. Nhiều hộ nghèo được vay vốn Ngân hàng Chính sách xã hội để chăn nuôi.")
    assert "Ngân hàng Chính sách xã hội Việt Nam" in got


def test_the_social_policy_bank_of_a_province_is_its_branch(pipeline):
    got = orgs(pipeline, "Tỉnh ủy Bắc Ninh họp. Ngân hàng Chính sách xã hội tỉnh Bắc Ninh giải ngân cho hộ nghèo.")
    assert "NHCSXH tỉnh Bắc Ninh" in got
    assert "Ngân hàng Chính sách xã hội Việt Nam" not in got


def test_the_front_written_short_beside_the_unions_is_the_communes(pipeline):
    got = orgs(pipeline, "Đảng ủy xã Hòa Tiến chỉ đạo. Xã phát huy vai trò của Mặt trận và các đoàn thể "
                         "trong vận động nhân dân.")
    assert "Ủy ban Mặt trận Tổ quốc xã Hòa Tiến" in got


def test_the_front_and_unions_of_a_city_in_general_are_no_body(pipeline):
    got = orgs(pipeline, "Thành ủy Đà Nẵng chỉ đạo. Cần xây dựng Mặt trận Tổ quốc và các tổ chức chính trị - xã hội "
                         "vững mạnh ở mọi cấp.")
    assert not any("Mặt trận" in k for k in got)


def test_a_front_in_a_figure_of_speech_is_no_body(pipeline):
    got = orgs(pipeline, "Thành ủy Đà Nẵng chỉ đạo. Mặt trận kinh tế là nơi thử thách cán bộ trẻ.")
    assert not any("Mặt trận" in k for k in got)


def test_a_steering_committee_for_a_numbered_conclusion_keeps_the_number(pipeline):
    got = orgs(pipeline, "Thành ủy Cần Thơ thành lập Ban Chỉ đạo thực hiện Kết luận 21-KL/TW của Ban Chấp hành "
                         "Trung ương về chỉnh đốn Đảng.")
    assert "Ban Chỉ đạo thực hiện Kết luận 21-KL/TW" in got
    assert "Ban Chỉ đạo thực hiện Kết luận" not in got


def test_regional_steering_committees_written_with_one_head(pipeline):
    got = orgs(pipeline, "Tỉnh ủy Đắk Lắk làm việc với Ban Chỉ đạo Tây Nguyên, Tây Bắc và Tây Nam bộ về giảm nghèo.")
    assert {"Ban Chỉ đạo Tây Nguyên", "Ban Chỉ đạo Tây Bắc", "Ban Chỉ đạo Tây Nam bộ"} <= set(got)
