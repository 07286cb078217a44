"""The delegates and guests counted at a party congress ("dự Đại hội") are the seats of the body
holding the congress, when the sentence names it before them after "Đại hội (đại biểu)": never
the body a guest of honour leads, named in the same sentence. A body named after them is the
congress they are sent to, and a congress of an earlier paragraph decides nothing."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Lâm Hà: xã đầu tiên mở đại hội

Sáng 12-6, Đại hội Đảng bộ xã Phù Vân lần thứ V, nhiệm kỳ 2025-2030 khai mạc; về dự có Phó Bí thư Tỉnh ủy Lâm Hà Trần Minh Khoa, cùng 145 đại biểu và 30 khách mời.

Năm qua, Tỉnh ủy Lâm Hà kết nạp 2.100 đảng viên.
"""


@pytest.fixture(scope="module")
def doc():
    return load_text(ARTICLE, source="memory:phu-van-congress.txt")


def subject_of(doc, value):
    f = next(o.figure for o in doc.context["outcomes"] if o.figure.value == value)
    return f.subject.value


def party_body(doc, needle):
    return next(m.iri.value for m in doc.mentions if m.iri is not None and needle in m.text)


def test_delegates_are_the_congress_holders(doc):
    assert subject_of(doc, 145) == party_body(doc, "Đảng bộ xã Phù Vân")


def test_guests_are_counted_and_the_holders_too(doc):
    assert subject_of(doc, 30) == party_body(doc, "Đảng bộ xã Phù Vân")


def test_a_count_outside_the_congress_keeps_its_named_body(doc):
    assert subject_of(doc, 2100) != party_body(doc, "Đảng bộ xã Phù Vân")


DELEGATION = """Đảng bộ xã Phù Vân tổ chức đại hội

Đại hội Đảng bộ xã Phù Vân lần thứ V thành công tốt đẹp.

Đại hội đã bầu 14 đại biểu, sẽ dự Đại hội Đảng bộ huyện Tân Mỹ.
"""


def test_a_delegation_sent_on_is_not_the_next_congress_seats():
    doc = load_text(DELEGATION, source="memory:phu-van-delegation.txt")
    assert subject_of(doc, 14) != party_body(doc, "Đảng bộ huyện Tân Mỹ")


SENT = """Huyện Tân Mỹ chuẩn bị đại hội

Ngày 10/3, Đảng bộ xã Phù Vân tổ chức Đại hội Đảng bộ xã Phù Vân lần thứ V.

Trong năm, Đảng bộ huyện Tân Mỹ chỉ đạo 35 chi bộ tổ chức đại hội điểm, với hơn 900 đại biểu tham dự.

Đảng bộ huyện Tân Mỹ có 45 đại biểu dự Đại hội đại biểu Đảng bộ tỉnh Lâm Hà lần thứ XVIII.
"""


def test_a_congress_of_an_earlier_paragraph_and_one_delegates_are_sent_to_take_nothing():
    doc = load_text(SENT, source="memory:tan-my-delegates.txt")
    assert subject_of(doc, 900) == party_body(doc, "Đảng bộ huyện Tân Mỹ")
    assert subject_of(doc, 45) == party_body(doc, "Đảng bộ huyện Tân Mỹ")
