"""Who carries out a directive when a sentence names several bodies, or names its doer away
from the verb.

Every body of a list carries the directive out, whether the list heads the clause ("A, B và C
đã quán triệt <X>") or follows a fronted clause ("Thực hiện <X>, A, B và C đã …"); a fronted
clause may say what the body is ("Là một trong … đơn vị được chọn làm điểm triển khai <X>, <org>
…"); a second document joined by the verb said again ("… trong thực hiện <A> … và việc chấp hành
<B>") has the first one's doer; "chính quyền xã" is the commune's people's committee.
"""

from __future__ import annotations

from extraction import carried_out


def doers(pipeline, text: str, directive: str) -> set[str]:
    return {org for org, d in carried_out(pipeline, text) if d == directive}


def test_every_body_of_a_list_heading_the_clause_carries_it_out(pipeline):
    text = ("Hội nghị được tổ chức tại tỉnh Nam Định. UBND tỉnh Nam Định, Ban Tuyên giáo Tỉnh ủy Nam Định "
            "và Hội Nông dân tỉnh Nam Định đã quán triệt Chỉ thị số 12-CT/TW của Ban Bí thư tới cán bộ.")
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {
        "UBND tỉnh Nam Định", "Ban Tuyên giáo Tỉnh ủy Nam Định", "Hội Nông dân tỉnh Nam Định"}


def test_a_head_word_left_out_of_a_bodys_name_does_not_end_the_list(pipeline):
    text = ("Tỉnh ủy Thái Bình chú trọng tín dụng chính sách. UBND tỉnh, Ban Tuyên giáo Tỉnh ủy, Ban Dân vận "
            "Tỉnh ủy và Chi nhánh NHCSXH tỉnh đã quán triệt Chỉ thị số 40-CT/TW tới các cấp.")
    found = doers(pipeline, text, "Chỉ thị số 40-CT/TW")
    assert {"UBND tỉnh Thái Bình", "Ban Tuyên giáo Tỉnh ủy Thái Bình", "Ban Dân vận Tỉnh ủy Thái Bình"} <= found


def test_every_body_listed_after_a_fronted_clause_carries_it_out(pipeline):
    text = ("Thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư, UBND tỉnh Nam Định, Ban Tuyên giáo Tỉnh ủy Nam Định "
            "và Hội Nông dân tỉnh Nam Định đã mở nhiều lớp tập huấn.")
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {
        "UBND tỉnh Nam Định", "Ban Tuyên giáo Tỉnh ủy Nam Định", "Hội Nông dân tỉnh Nam Định"}


def test_the_bodies_the_subject_directs_are_not_listed_doers(pipeline):
    text = ("Thực hiện Chỉ thị số 12-CT/TW, Đảng ủy xã Yên Bằng đã chỉ đạo UBND xã, Mặt trận Tổ quốc xã "
            "và các đoàn thể tổ chức tuyên truyền.")
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {"Đảng bộ xã Yên Bằng"}


def test_a_fronted_clause_with_a_figure_still_leads_to_its_subjects(pipeline):
    text = ("Huyện Ý Yên có nhiều đổi mới. Sau 5 năm thực hiện Chỉ thị số 12-CT/TW, Đảng ủy xã Yên Tiến "
            "và Đảng ủy xã Yên Lợi đã có nhiều chuyển biến.")
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {"Đảng bộ xã Yên Tiến", "Đảng bộ xã Yên Lợi"}


def test_a_fronted_clause_saying_what_the_body_is_leads_to_it(pipeline):
    text = ("Huyện Ý Yên có nhiều đổi mới. Là một trong 5 đơn vị được chọn làm điểm thực hiện Chỉ thị số "
            "12-CT/TW, Đảng ủy xã Yên Bằng thường xuyên tổ chức các buổi sinh hoạt chuyên đề.")
    assert doers(pipeline, text, "Chỉ thị số 12-CT/TW") == {"Đảng bộ xã Yên Bằng"}


def test_a_document_joined_by_the_verb_said_again_has_the_first_ones_doer(pipeline):
    text = ("Cần làm rõ sai phạm của Đảng bộ huyện Ý Yên trong thực hiện Quy định số 57-QĐ/TW của Bộ Chính trị "
            "về bảo vệ chính trị nội bộ và việc chấp hành Nghị quyết Trung ương 4 (khóa XII) của Đảng.")
    found = carried_out(pipeline, text)
    assert ("Đảng bộ huyện Ý Yên", "Quy định số 57-QĐ/TW") in found
    assert ("Đảng bộ huyện Ý Yên", "Nghị quyết Trung ương 4 (khóa XII)") in found


def test_inspecting_how_members_comply_is_not_complying(pipeline):
    text = ("Đảng ủy xã Mường Kim tăng cường kiểm tra, giám sát đối với đảng viên, nhất là việc chấp hành "
            "Điều lệ Đảng và các nhiệm vụ được giao.")
    assert carried_out(pipeline, text) == set()


_COMMUNE = ("Đảng bộ xã Hòa Bình có 300 đảng viên. Đảng ủy xã Hòa Bình chăm lo công tác cán bộ. "
            "Đảng ủy xã Hòa Bình lãnh đạo nhân dân phát triển kinh tế. ")


def test_the_communes_government_is_its_peoples_committee(pipeline):
    text = _COMMUNE + ("UBND xã Hòa Bình đã giao đất cho các hộ. Trong nông nghiệp, chính quyền xã đã tập trung "
                       "chỉ đạo, đồng thời triển khai chuyển đổi cây trồng theo Nghị định số 35/2015/NĐ-CP của Chính phủ.")
    assert doers(pipeline, text, "Nghị định số 35/2015/NĐ-CP") == {"UBND xã Hòa Bình"}


def test_a_government_the_article_does_not_name_is_not_the_party_body(pipeline):
    text = _COMMUNE + ("Trong nông nghiệp, chính quyền xã đã tập trung chỉ đạo, đồng thời triển khai chuyển đổi cây trồng "
                       "theo Nghị định số 35/2015/NĐ-CP của Chính phủ.")
    assert doers(pipeline, text, "Nghị định số 35/2015/NĐ-CP") == set()


def test_after_a_central_body_issues_a_directive_the_body_in_the_main_clause_acts_on_it(pipeline):
    text = ("Tỉnh Nam Định chú trọng xây dựng Đảng. Sau khi Bộ Chính trị ban hành Chỉ thị số 05-CT/TW, "
            "Huyện ủy Ý Yên đã xây dựng kế hoạch thực hiện.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == {"Đảng bộ huyện Ý Yên"}


def test_keeping_close_to_a_directive_is_carrying_it_out(pipeline):
    text = ("Tỉnh Nam Định chú trọng xây dựng Đảng. Bám sát Chỉ thị số 05-CT/TW, Đảng ủy xã Yên Bằng đã cụ thể "
            "hóa thành chương trình hành động.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == {"Đảng bộ xã Yên Bằng"}


def test_a_manner_word_between_verb_and_directive_keeps_the_cue(pipeline):
    text = ("Tỉnh Nam Định chú trọng xây dựng Đảng. Đảng ủy xã Yên Bằng đã chỉ đạo các chi bộ thực hiện "
            "nghiêm Chỉ thị số 05-CT/TW.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == {"Đảng bộ xã Yên Bằng"}


def test_bodies_in_general_within_a_list_do_not_end_it(pipeline):
    text = ("Tỉnh ủy Thái Bình chú trọng tín dụng chính sách. Thực hiện Chỉ thị số 40-CT/TW, UBND tỉnh, các sở, "
            "ngành, Ban Tuyên giáo Tỉnh ủy và Hội Nông dân tỉnh đã vào cuộc.")
    assert doers(pipeline, text, "Chỉ thị số 40-CT/TW") == {
        "UBND tỉnh Thái Bình", "Ban Tuyên giáo Tỉnh ủy Thái Bình", "Hội Nông dân tỉnh Thái Bình"}


def test_a_body_directing_the_list_is_not_in_it(pipeline):
    text = ("Tỉnh ủy Thái Bình chú trọng tín dụng chính sách. UBND tỉnh đã chỉ đạo các sở và Hội Nông dân tỉnh "
            "quán triệt Chỉ thị số 40-CT/TW.")
    assert "UBND tỉnh Thái Bình" not in doers(pipeline, text, "Chỉ thị số 40-CT/TW")


def test_a_partner_the_subject_works_with_does_it_too(pipeline):
    text = ("Ban Tuyên giáo Huyện ủy Ý Yên phối hợp với Hội Nông dân huyện Ý Yên tổ chức tuyên truyền Chỉ thị "
            "số 05-CT/TW.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == {"Ban Tuyên giáo Huyện ủy Ý Yên", "Hội Nông dân huyện Ý Yên"}


def test_a_clause_going_on_without_a_subject_keeps_the_previous_doer(pipeline):
    text = ("Tỉnh ủy Nam Định chú trọng tín dụng chính sách. Chi nhánh NHCSXH tỉnh Nam Định đã triển khai Chỉ thị "
            "số 40-CT/TW, chủ động làm việc với Ban Tuyên giáo Tỉnh ủy Nam Định đưa nội dung Chỉ thị vào bản tin.")
    assert {"NHCSXH tỉnh Nam Định", "Ban Tuyên giáo Tỉnh ủy Nam Định"} <= doers(pipeline, text, "Chỉ thị số 40-CT/TW")


def test_the_party_committee_and_the_government_together_both_carry_it_out(pipeline):
    text = _COMMUNE + ("UBND xã Hòa Bình đã giao đất cho các hộ. Cấp ủy, chính quyền xã đã triển khai Nghị quyết số "
                       "21-NQ/TW tới các chi bộ.")
    assert doers(pipeline, text, "Nghị quyết số 21-NQ/TW") == {"Đảng bộ xã Hòa Bình", "UBND xã Hòa Bình"}


def test_the_government_listed_after_the_party_committee_carries_it_out_too(pipeline):
    text = _COMMUNE + ("UBND xã Hòa Bình đã giao đất cho các hộ. Đảng ủy, chính quyền xã đã triển khai Nghị quyết số "
                       "21-NQ/TW tới các chi bộ.")
    assert doers(pipeline, text, "Nghị quyết số 21-NQ/TW") == {"Đảng bộ xã Hòa Bình", "UBND xã Hòa Bình"}


def test_a_body_joined_with_cung_voi_carries_it_out_too(pipeline):
    text = ("Đảng bộ xã Hòa Bình có 300 đảng viên. Đảng ủy xã Hòa Bình cùng với UBND xã Hòa Bình đã triển khai "
            "Nghị quyết số 21-NQ/TW tới các chi bộ.")
    assert doers(pipeline, text, "Nghị quyết số 21-NQ/TW") == {"Đảng bộ xã Hòa Bình", "UBND xã Hòa Bình"}
