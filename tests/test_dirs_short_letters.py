"""A document's code letters and bare number ("NQ 21", "CT 05") name it only where a document
is spoken of (after "thực hiện", "quán triệt", "theo", "của" …): the same letters stand for
other words elsewhere ("thi hành KL 3 trường hợp" is a discipline, "trạm CT 7" a station).
Every sentence is written for these tests."""

from __future__ import annotations

from extraction import directives, read


def test_letters_after_carrying_out_name_the_document(pipeline):
    assert "Nghị quyết số 21" in directives(read(pipeline, "Đảng ủy xã Quảng Hợp sơ kết 5 năm thực hiện NQ 21 về "
                                                           "công tác dân vận."))


def test_discipline_cases_are_no_conclusion(pipeline):
    assert directives(read(pipeline, "Ủy ban Kiểm tra Đảng ủy xã Quảng Hợp đề nghị thi hành KL 3 trường hợp "
                                     "vi phạm.")) == set()


def test_a_station_is_no_directive(pipeline):
    assert directives(read(pipeline, "Trạm biến áp CT 7 cấp điện cho thôn Khe Ngát.")) == set()
