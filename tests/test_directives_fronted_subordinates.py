"""After a fronted "Thực hiện <X>, …", the bodies below a named one are that body at work.

"Thực hiện Chỉ thị 05 …, hằng năm, các cấp ủy đảng trực thuộc Huyện ủy Y đều …" tells that Y's
party organization carries out <X>, as "Các chi bộ trực thuộc Huyện ủy Y đã quán triệt <X>" does.
A body named after the subordinates in some other role is not read so.
"""

from __future__ import annotations

from extraction import carried_out


def test_committees_below_a_district_after_a_fronted_clause(pipeline):
    got = carried_out(pipeline, "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, hằng năm, các cấp ủy đảng trực "
                                "thuộc Huyện ủy Mường Ảng đều đưa nội dung học tập vào sinh hoạt chi bộ.")
    assert ("Đảng bộ huyện Mường Ảng", "Chỉ thị số 05-CT/TW") in got


def test_cells_below_a_commune_after_a_fronted_clause(pipeline):
    got = carried_out(pipeline, "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, các chi bộ trực thuộc Đảng ủy "
                                "xã Ẳng Nưa đã xây dựng mô hình điểm.")
    assert ("Đảng bộ xã Ẳng Nưa", "Chỉ thị số 05-CT/TW") in got


def test_a_body_after_other_words_is_not_read_as_the_parent(pipeline):
    got = carried_out(pipeline, "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, các chi bộ đã gửi báo cáo "
                                "về Đảng ủy xã Ẳng Nưa.")
    assert ("Đảng bộ xã Ẳng Nưa", "Chỉ thị số 05-CT/TW") not in got


def test_the_named_subject_before_the_subordinates_keeps_the_directive(pipeline):
    got = carried_out(pipeline, "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Huyện ủy Mường Ảng yêu cầu "
                                "kiểm tra định kỳ, các chi bộ trực thuộc Đảng ủy xã Ẳng Nưa lập sổ theo dõi.")
    assert ("Đảng bộ huyện Mường Ảng", "Chỉ thị số 05-CT/TW") in got
    assert ("Đảng bộ xã Ẳng Nưa", "Chỉ thị số 05-CT/TW") not in got
