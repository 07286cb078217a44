"""The notice of a session's results, as inspection committees publish it.

"tại thông báo kết quả kỳ họp lần thứ 14, <committee> …" names a notice (Thông báo) by the
session whose results it gives, in lower case too; "Thông báo kết quả Kỳ họp lần thứ 7" likewise.
The verb ("Ủy ban Kiểm tra … thông báo kết quả kỳ họp …") and the results of an inspection
("thông báo kết quả kiểm tra") name no notice.
"""

from __future__ import annotations

from extraction import directives, read


def test_a_session_notice_cited_in_lower_case_is_a_notice(pipeline):
    doc = read(pipeline, "Ngày 5-3, tại thông báo kết quả kỳ họp lần thứ 14, Ủy ban Kiểm tra Tỉnh ủy Lai Châu "
                         "cho biết đã nhắc nhở ông Lò Văn Dũng.")
    assert directives(doc) == {"Thông báo kết quả kỳ họp lần thứ 14"}


def test_a_session_notice_in_title_case_is_a_notice(pipeline):
    doc = read(pipeline, "Ủy ban Kiểm tra Trung ương ra Thông báo kết quả Kỳ họp lần thứ 7.")
    assert directives(doc) == {"Thông báo kết quả Kỳ họp lần thứ 7"}


def test_announcing_a_sessions_results_names_no_notice(pipeline):
    doc = read(pipeline, "Ủy ban Kiểm tra Huyện ủy Tam Đường thông báo kết quả kỳ họp lần thứ 3 tới chi bộ.")
    assert directives(doc) == set()


def test_the_results_of_an_inspection_name_no_notice(pipeline):
    doc = read(pipeline, "Theo thông báo kết quả kiểm tra, chi bộ bản Nà Khương còn hạn chế.")
    assert directives(doc) == set()
