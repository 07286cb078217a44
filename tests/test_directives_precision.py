"""Bodies that are not the doer, however near the directive they are written.

A body opening the sentence after a report of a directive carried out is an example of that
work only when it does something: one holding its congress or electing its officers is not; a
body a speaker asks to go on with a directive ("<title> <org> đề nghị Đảng ủy xã … thực hiện
<X>") does it, not the speaker's own body; so does the body an inspector looks into ("<org> kiểm
tra việc thực hiện <X> tại Đảng ủy xã Y"), not the inspector. A plan a speaker only urges is no document.
"""

from __future__ import annotations

from extraction import carried_out, directives, read


def doers(pipeline, text: str, directive: str) -> set[str]:
    return {org for org, d in carried_out(pipeline, text) if d == directive}


def test_a_lower_body_holding_its_congress_next_is_no_example_of_the_work(pipeline):
    text = ("Đảng bộ huyện Hải Hậu đã triển khai Chỉ thị số 12-CT/TW của Ban Bí thư. "
            "Đảng bộ xã Hải Minh tổ chức thành công đại hội nhiệm kỳ mới.")
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {"Đảng bộ huyện Hải Hậu"}


def test_a_lower_body_doing_something_next_is_an_example_of_the_work(pipeline):
    text = ("Đảng bộ huyện Hải Hậu đã triển khai Chỉ thị số 12-CT/TW của Ban Bí thư. "
            "Đảng bộ xã Hải Minh chọn nội dung cải cách hành chính để làm theo.")
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {"Đảng bộ huyện Hải Hậu", "Đảng bộ xã Hải Minh"}


def test_the_body_a_speaker_asks_to_go_on_does_it_not_the_speakers_body(pipeline):
    text = ("Đồng chí Lê Văn Bình, Bí thư Huyện ủy Hải Hậu đề nghị Đảng ủy xã Hải Minh tiếp tục thực hiện tốt "
            "Chỉ thị số 12-CT/TW của Ban Bí thư.")
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {"Đảng bộ xã Hải Minh"}


def test_the_body_inspected_on_a_directive_carries_it_out_not_the_inspector(pipeline):
    text = ("Đoàn kiểm tra của Tỉnh ủy Nam Định đã kiểm tra việc thực hiện Chỉ thị số 12-CT/TW "
            "tại Đảng ủy xã Hải Minh.")
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {"Đảng bộ xã Hải Minh"}


def test_a_commission_supervising_a_body_on_a_directive_is_not_its_doer(pipeline):
    text = ("Ủy ban Kiểm tra Huyện ủy Hải Hậu đã giám sát việc thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư "
            "đối với Đảng ủy xã Hải Minh.")
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {"Đảng bộ xã Hải Minh"}


def test_a_plan_only_urged_is_no_document(pipeline):
    text = ("Đồng chí Lê Văn Bình gợi mở nhiều vấn đề, trong đó có xây dựng kế hoạch nhằm triển khai "
            "thực hiện hiệu quả Chỉ thị số 12-CT/TW trong thời gian tới.")
    assert directives(read(pipeline, text)) == {"Chỉ thị số 12-CT/TW"}


def test_a_plan_issued_is_a_document(pipeline):
    text = "Đảng ủy xã Hải Minh đã ban hành kế hoạch thực hiện Chỉ thị số 12-CT/TW về công tác dân vận."
    assert len(directives(read(pipeline, text))) == 2


def test_whom_a_directive_is_taught_to_may_stand_between_the_verb_and_its_name(pipeline):
    text = "Đảng ủy xã Hải Minh đã quán triệt tới 100% đảng viên Chỉ thị số 12-CT/TW của Ban Bí thư."
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {"Đảng bộ xã Hải Minh"}


def test_a_resolution_named_by_its_subject_is_what_this_resolution_points_back_to(pipeline):
    text = ("Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII ban hành Nghị quyết về tăng cường xây dựng, "
            "chỉnh đốn Đảng. Đảng ủy xã Hải Minh đã triển khai nghiêm túc Nghị quyết này.")
    assert doers(pipeline, text, "Nghị quyết về tăng cường xây dựng, chỉnh đốn Đảng") == {"Đảng bộ xã Hải Minh"}


def test_a_text_acted_on_the_ground_of_is_carried_out(pipeline):
    text = ("Căn cứ Hướng dẫn số 10-HD/BTGTW của Ban Tuyên giáo Trung ương, Ban Tuyên giáo Huyện ủy Hải Hậu "
            "đã xây dựng kế hoạch tuyên truyền.")
    assert doers(pipeline, text, "Hướng dẫn số 10-HD/BTGTW") == {"Ban Tuyên giáo Huyện ủy Hải Hậu"}


def test_the_decision_an_appointment_rests_on_is_carried_out_by_no_one(pipeline):
    text = ("Căn cứ Quyết định số 123-QĐ/TU của Ban Thường vụ Tỉnh ủy Nam Định, đồng chí Trần Văn An giữ chức "
            "Bí thư Huyện ủy Hải Hậu.")
    assert doers(pipeline, text, "Quyết định số 123-QĐ/TU") == set()
