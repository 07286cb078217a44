"""A place that ties its work to carrying a directive out carries the directive out.

"Huyện Y gắn phong trào thi đua với thực hiện <X>" (or "gắn kết … với việc <verb> <X>") heading an
article about Y's party organization says that organization carries <X> out, even behind a
bullet; a place that does not tie them ("không gắn …") does not.
"""

from __future__ import annotations

from extraction import carried_out

BODY = ("\nĐảng bộ huyện Nậm Pồ có 41 tổ chức cơ sở đảng. Đảng bộ huyện Nậm Pồ có 2.900 đảng viên. "
        "Huyện ủy Nậm Pồ chỉ đạo các chi bộ sinh hoạt đúng kỳ.")


def test_a_place_tying_its_cells_meetings_to_a_resolution(pipeline):
    got = carried_out(pipeline, "• Huyện Nậm Pồ gắn phong trào thi đua với thực hiện Kết luận 21-KL/TW" + BODY)
    assert ("Đảng bộ huyện Nậm Pồ", "Kết luận số 21-KL/TW") in got


def test_tied_with_gan_ket_and_viec(pipeline):
    got = carried_out(pipeline, "Huyện Nậm Pồ gắn kết công tác dân vận với việc quán triệt Chỉ thị 05-CT/TW" + BODY)
    assert ("Đảng bộ huyện Nậm Pồ", "Chỉ thị số 05-CT/TW") in got


def test_a_place_not_tying_them_does_not(pipeline):
    got = carried_out(pipeline, "Huyện Nậm Pồ không gắn phong trào thi đua với thực hiện Kết luận 21-KL/TW" + BODY)
    assert not any(d.startswith("Kết luận số 21") for o, d in got)
