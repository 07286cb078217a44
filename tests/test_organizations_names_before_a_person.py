"""A cooperative's or a firm's name written right before a person's full name (family name, the
middle name "Văn" or "Thị", a given name) stops before the person: "Giám đốc Hợp tác xã Tân Tiến
Hoàng Văn Minh" names the cooperative "Hợp tác xã Tân Tiến". A name that only holds a syllable
a family name may bear ("Hợp tác xã Hoàng Long") stays whole.

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
