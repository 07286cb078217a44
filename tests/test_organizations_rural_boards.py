"""The boards a commune or a village sets up for new rural development: a steering committee
written by its head alone is the committee of the programme the text is about, in the place
that set it up; the village development board and the community investment supervision board
are bodies of their own.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import organizations, read


def test_a_bare_steering_committee_set_up_for_new_rural_development_is_named_after_it(pipeline):
    got = organizations(read(pipeline, "Đảng ủy xã Hòa Tiến họp bàn về chương trình xây dựng nông thôn mới. "
                                       "Ngay từ đầu, xã thành lập Ban chỉ đạo, phân công cán bộ phụ trách từng thôn."))
    assert "Ban Chỉ đạo xây dựng nông thôn mới xã Hòa Tiến" in got


def test_a_steering_committee_of_the_commune_written_lower_case(pipeline):
    got = organizations(read(pipeline, "Đảng ủy xã Hòa Tiến ra nghị quyết chuyên đề xây dựng nông thôn mới, "
                                       "thành lập ban chỉ đạo của xã và giao nhiệm vụ cho từng chi bộ."))
    assert "Ban Chỉ đạo xây dựng nông thôn mới xã Hòa Tiến" in got


def test_a_bare_steering_committee_with_no_programme_in_view_is_no_body(pipeline):
    got = organizations(read(pipeline, "Đảng ủy xã Hòa Tiến họp thường kỳ. Xã thành lập Ban chỉ đạo, "
                                       "phân công cán bộ phụ trách từng thôn."))
    assert not any(k.startswith("Ban Chỉ đạo") for k in got)


def test_a_steering_committee_named_in_full_is_not_renamed(pipeline):
    got = organizations(read(pipeline, "Xã Hòa Tiến thành lập Ban chỉ đạo xây dựng nông thôn mới xã Hòa Tiến. "
                                       "Ban chỉ đạo họp mỗi tháng một lần để bàn xây dựng nông thôn mới."))
    assert [k for k in got if k.startswith("Ban Chỉ đạo")] == ["Ban Chỉ đạo xây dựng nông thôn mới xã Hòa Tiến"]


def test_a_village_development_board(pipeline):
    got = organizations(read(pipeline, "Chi bộ thôn Đông Lâm lãnh đạo xây dựng nông thôn mới. Thôn thành lập "
                                       "Ban phát triển thôn, gồm trưởng thôn và các đoàn thể."))
    assert "Ban phát triển thôn" in got


def test_the_community_investment_supervision_board_is_its_own_body(pipeline):
    got = organizations(read(pipeline, "Đảng ủy xã Hòa Tiến lãnh đạo làm đường. Người dân bầu ban giám sát đầu tư "
                                       "của cộng đồng để theo dõi thi công. Ban phát triển thôn vận động nhân dân."))
    assert "Ban giám sát đầu tư cộng đồng" in got
    assert "Ban phát triển thôn" in got
