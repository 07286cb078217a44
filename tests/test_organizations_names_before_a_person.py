"""A cooperative's or a firm's name written right before a person's full name (family name, the
middle name "Văn" or "Thị", a given name) stops before the person: "Giám đốc Hợp tác xã Tân Tiến
Hoàng Văn Minh" names the cooperative "Hợp tác xã Tân Tiến". A name that only holds a syllable
a family name may bear ("Hợp tác xã Hoàng Long") stays whole, and so does a name that is a place's.
A cooperative named by its field alone stops before a person's name only after its head's title,
and only where no other name follows the same field: a name right after the field is mostly the
cooperative's own. A firm's legal form ("TNHH") is no name of its own.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def _firms(text: str, pipeline) -> set[str]:
    return {label for label, o in orgs(text, pipeline).items() if o.kind in ("enterprise", "party_cell")}


def test_a_cooperatives_name_stops_before_its_directors_name(pipeline):
    assert _firms("Giám đốc Hợp tác xã Bình Minh Đặng Văn Lộc cho biết vụ này hợp tác xã thu mua hết "
                  "lúa của xã viên.", pipeline) == {"Hợp tác xã Bình Minh"}


def test_a_cooperative_named_by_its_field_stops_before_the_person(pipeline):
    assert _firms("Chủ nhiệm HTX dịch vụ nông nghiệp Vũ Thị Hằng cho biết năm nay giá phân bón "
                  "giảm.", pipeline) == {"HTX dịch vụ nông nghiệp"}


def test_a_firms_cell_and_the_firm_stop_before_the_secretarys_name(pipeline):
    assert _firms("Bí thư Chi bộ Công ty Phú Thịnh Trịnh Văn Quang cho biết chi bộ có 18 đảng viên.",
                  pipeline) == {"Chi bộ Công ty Phú Thịnh", "Công ty Phú Thịnh"}


def test_a_cooperative_whose_name_holds_a_family_name_stays_whole(pipeline):
    # negative: "Hoàng" opens no person where no "Văn"/"Thị" follows it
    assert _firms("Hợp tác xã Hoàng Long vừa mở thêm xưởng sấy nông sản.", pipeline) == {"Hợp tác xã Hoàng Long"}
    assert _firms("Giám đốc HTX Tân Tiến Phát cho biết doanh thu tăng.", pipeline) == {"HTX Tân Tiến Phát"}


def test_a_cooperative_named_after_a_person_keeps_the_name(pipeline):
    # negative: with nothing of its own before the person's name, the name is the cooperative's
    assert _firms("Hợp tác xã Trần Văn Thời vừa nhận bằng khen của tỉnh.", pipeline) == {"Hợp tác xã Trần Văn Thời"}


def test_a_firm_named_after_a_person_right_after_its_legal_form_keeps_the_name(pipeline):
    # negative: "TNHH", "Cổ phần", "TNHH MTV" are the firm's legal form, not a name of its own
    for firm in ("Công ty TNHH Lương Văn Tài", "Công ty Cổ phần Lương Văn Tài", "Công ty TNHH MTV Lương Văn Tài"):
        assert _firms(f"Bí thư Chi bộ {firm} cho biết chi bộ vừa kết nạp hai công nhân.",
                      pipeline) == {f"Chi bộ {firm}", firm}, firm


def test_a_firm_with_a_legal_form_and_a_name_of_its_own_stops_before_the_person(pipeline):
    assert _firms("Bí thư Chi bộ Công ty TNHH Hưng Phát Lương Văn Tài cho biết chi bộ có 12 đảng viên.",
                  pipeline) == {"Chi bộ Công ty TNHH Hưng Phát", "Công ty TNHH Hưng Phát"}


def test_a_cooperative_named_after_a_place_keeps_the_name_after_its_heads_title(pipeline):
    # negative: a person's name that is a commune's ("Hoàng Văn Thụ") names the cooperative
    assert _firms("Chủ nhiệm HTX dịch vụ nông nghiệp Hoàng Văn Thụ (xã Hoàng Văn Thụ, huyện Văn Lãng) cho "
                  "biết xã viên đã gieo cấy xong.", pipeline) == {"HTX dịch vụ nông nghiệp Hoàng Văn Thụ"}


def test_a_cooperative_named_after_a_gazetteer_place_keeps_the_name(pipeline):
    # negative: "Trần Văn Thời" is a district's name, not a person written after the field
    assert _firms("Chủ nhiệm Hợp tác xã nông nghiệp Trần Văn Thời cho biết đã ký hợp đồng bao tiêu lúa.",
                  pipeline) == {"Hợp tác xã nông nghiệp Trần Văn Thời"}


def test_a_name_after_a_cooperatives_field_with_no_title_before_is_the_cooperatives(pipeline):
    # negative: with no head's title before it, the name after the field is the cooperative's own
    assert _firms("Hợp tác xã Nông nghiệp Đinh Văn Khoa mở rộng vùng trồng rau an toàn.",
                  pipeline) == {"Hợp tác xã Nông nghiệp Đinh Văn Khoa"}


def test_two_names_after_one_field_name_two_cooperatives(pipeline):
    # negative: the two heads' cooperatives are not cut to one "HTX dịch vụ nông nghiệp"
    got = orgs("Chủ nhiệm HTX dịch vụ nông nghiệp Mai Thị Lan và Chủ nhiệm HTX dịch vụ nông nghiệp Tạ Văn "
               "Hòa cùng ký quy chế liên kết.", pipeline)
    coops = {label: o.iri.value for label, o in got.items() if o.kind == "enterprise"}
    assert set(coops) == {"HTX dịch vụ nông nghiệp Mai Thị Lan", "HTX dịch vụ nông nghiệp Tạ Văn Hòa"}
    assert len(set(coops.values())) == 2
