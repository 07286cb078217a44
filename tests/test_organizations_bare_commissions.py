"""A commission of a party committee written bare ("lãnh đạo Ban Tổ chức", "Ban Tuyên giáo")
after the sentence has named a territorial committee, itself or through another of its organs,
is that committee's commission. With no committee named before it in the sentence, or as the
board that organizes an event ("Ban Tổ chức hội thi"), it is none.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_a_bare_commission_after_its_committee_in_the_sentence(pipeline):
    got = orgs("Chiều 14/9, Phó Bí thư Tỉnh ủy Điện Biên Lò Minh Quý và lãnh đạo Ban Tổ chức gặp mặt "
               "các cán bộ sắp nghỉ hưu.", pipeline)
    assert "Ban Tổ chức Tỉnh ủy Điện Biên" in got


def test_a_bare_commission_after_another_organ_of_the_committee(pipeline):
    got = orgs("Cán bộ được điều động từ Ban Dân vận Huyện ủy Mường Chà, Ban Tuyên giáo và các phòng của huyện.",
               pipeline)
    assert "Ban Tuyên giáo Huyện ủy Mường Chà" in got


def test_an_events_organizing_board_is_no_commission(pipeline):
    got = orgs("Huyện ủy Mường Chà phát động hội thi; Ban Tổ chức hội thi đã trao 5 giải.", pipeline)
    assert not [o for o in got if o.startswith("Ban Tổ chức")]


def test_a_bare_commission_with_no_committee_before_it_is_none(pipeline):
    got = orgs("Ban Tổ chức đã trao 5 giải cho các đội của Huyện ủy Mường Chà.", pipeline)
    assert not [o for o in got if o.startswith("Ban Tổ chức")]


def test_a_lower_case_commission_in_its_heads_title(pipeline):
    got = orgs("Có mặt tại buổi gặp có bà Lò Thị Hoa, thường vụ huyện ủy Mường Chà, Trưởng ban Tổ chức.", pipeline)
    assert "Ban Tổ chức Huyện ủy Mường Chà" in got


def test_a_bare_board_after_an_event_the_committee_holds_is_no_commission(pipeline):
    got = orgs("Tại cuộc thi do Huyện ủy Mường Chà tổ chức, Ban Tổ chức đã tặng hoa cho 3 đội.", pipeline)
    assert not [o for o in got if o.startswith("Ban Tổ chức")]


def test_a_congress_organizing_board_is_no_commission(pipeline):
    got = orgs("Đại hội do Đảng ủy xã Nà Hỳ chủ trì, Ban Tổ chức Đại hội đã chuẩn bị chu đáo.", pipeline)
    assert not [o for o in got if o.startswith("Ban Tổ chức")]
