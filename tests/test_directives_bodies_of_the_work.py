"""Doers read from the work a clause is about, and documents tied to one another.

"Việc <work> trong <org> được gắn với thực hiện <X>": the work heads the passive clause, and the
body it is done in carries <X> out — not the body of whoever is quoted saying so. "gắn chặt
thực hiện <A> với <B>" ties B to A: whoever carries out A carries out B. A local rule of a
standing committee is its party committee's too; a directive carried out inside a programme makes
the programme carried out; a campaign is pursued by "đẩy mạnh" or "hưởng ứng" it.
"""

from __future__ import annotations

from extraction import carried_out


def doers(pipeline, text: str, directive: str) -> set[str]:
    return {org for org, d in carried_out(pipeline, text) if d == directive}


_QUOTED = ("Theo Thượng tá Lê Văn Bình - Chính ủy Bộ CHQS tỉnh: Việc học tập và làm theo tư tưởng, đạo đức, "
           "phong cách Hồ Chí Minh của cán bộ, chiến sĩ trong LLVT Quảng Trị luôn được gắn chặt thực hiện "
           "Chỉ thị 05 với Nghị quyết "
           "Trung ương 4 (khóa XII) về xây dựng, chỉnh đốn Đảng và cuộc vận động “Phát huy truyền thống, "
           "cống hiến tài năng, xứng danh Bộ đội Cụ Hồ”.")


def test_the_body_a_work_is_done_in_carries_out_the_directive_it_is_tied_to(pipeline):
    assert doers(pipeline, _QUOTED, "Chỉ thị số 05-CT/TW") == {"LLVT tỉnh Quảng Trị"}


def test_a_document_tied_with_gan_voi_is_carried_out_by_the_same_body(pipeline):
    assert doers(pipeline, _QUOTED, "Nghị quyết Trung ương 4 (khóa XII)") == {"LLVT tỉnh Quảng Trị"}


def test_a_campaign_joined_after_the_subject_of_the_tied_document_goes_with_it(pipeline):
    pairs = carried_out(pipeline, _QUOTED)
    assert ("LLVT tỉnh Quảng Trị", "Cuộc vận động “Phát huy truyền thống, cống hiến tài năng, "
            "xứng danh Bộ đội Cụ Hồ”") in pairs


def test_a_work_done_in_a_body_but_not_said_to_carry_anything_out_names_no_doer(pipeline):
    text = ("Việc học tập nghị quyết trong Đảng bộ huyện Cam Lộ còn chậm, trong khi Chỉ thị số 05-CT/TW "
            "đã được ban hành từ lâu.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == set()


def test_with_alone_does_not_tie_a_second_document(pipeline):
    text = ("Đảng bộ huyện Cam Lộ thực hiện Chỉ thị số 05-CT/TW với nhiều cách làm hay, "
            "trong khi Nghị quyết số 18-NQ/TW được các sở triển khai.")
    assert "Đảng bộ huyện Cam Lộ" not in doers(pipeline, text, "Nghị quyết số 18-NQ/TW")
    # "<A> với <B>" right after it, but no "gắn" before <A>: B is compared with A, not carried out
    text = "Đảng bộ huyện Cam Lộ so sánh việc thực hiện Chỉ thị số 05-CT/TW với Nghị quyết số 18-NQ/TW."
    assert "Đảng bộ huyện Cam Lộ" in doers(pipeline, text, "Chỉ thị số 05-CT/TW")
    assert "Đảng bộ huyện Cam Lộ" not in doers(pipeline, text, "Nghị quyết số 18-NQ/TW")


def test_a_work_led_by_a_body_and_its_party_committee_names_the_body(pipeline):
    text = ("Bộ Chính trị ban hành Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
            "phong cách Hồ Chí Minh. Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã được "
            "Đảng ủy, Bộ CHQS tỉnh Quảng Trị chỉ đạo triển khai đồng bộ.")
    assert "Bộ CHQS tỉnh Quảng Trị" in doers(pipeline, text, "Chỉ thị số 05-CT/TW")


# A local rule of a standing committee is its party committee's to carry out, once carried out at all.

def test_the_party_committee_carries_out_its_standing_committees_rule(pipeline):
    text = ("Tỉnh ủy Hà Nam có 60 tổ chức cơ sở đảng. Ngày 2/3, Ban Thường vụ Tỉnh ủy Hà Nam tổ chức sơ kết "
            "việc thực hiện Quy định số 05-QĐi/TU ngày 3/3/2019 của Ban Thường vụ Tỉnh ủy về trách nhiệm nêu gương.")
    assert doers(pipeline, text, "Quy định số 05-QĐi/TU") == {"Ban Thường vụ Tỉnh ủy Hà Nam", "Đảng bộ tỉnh Hà Nam"}


def test_a_standing_committees_rule_only_issued_is_carried_out_by_no_one(pipeline):
    text = ("Tỉnh ủy Hà Nam có 60 tổ chức cơ sở đảng. Ngày 2/3, Ban Thường vụ Tỉnh ủy Hà Nam ban hành "
            "Quy định số 05-QĐi/TU về trách nhiệm nêu gương.")
    assert doers(pipeline, text, "Quy định số 05-QĐi/TU") == set()


# A directive carried out inside a programme or plan: the programme is carried out too.

def test_a_body_carrying_out_a_directive_inside_a_programme_carries_out_the_programme(pipeline):
    text = ("Ban Thường vụ Huyện ủy Vụ Bản đã lồng ghép việc thực hiện Chỉ thị số 40-CT/TW "
            "trong Chương trình kiểm tra, giám sát năm 2019.")
    assert doers(pipeline, text, "Chương trình kiểm tra, giám sát năm 2019") == {"Ban Thường vụ Huyện ủy Vụ Bản"}


def test_a_programme_merely_named_after_a_directive_has_no_doer_from_it(pipeline):
    text = ("Ban Thường vụ Huyện ủy Vụ Bản đã thực hiện Chỉ thị số 40-CT/TW trong năm 2019; "
            "Chương trình kiểm tra, giám sát năm 2019 do Ủy ban Kiểm tra xây dựng.")
    assert "Ban Thường vụ Huyện ủy Vụ Bản" not in doers(pipeline, text, "Chương trình kiểm tra, giám sát năm 2019")


# A campaign pushed forward ("đẩy mạnh", "hưởng ứng") is pursued; after ";" with no subject, by the same doer.

def test_a_campaign_pushed_forward_in_the_next_clause_has_the_same_doer(pipeline):
    text = _QUOTED[:-1] + "; đẩy mạnh phong trào thi đua quyết thắng trong toàn đơn vị."
    assert doers(pipeline, text, "Phong trào thi đua Quyết thắng") == {"LLVT tỉnh Quảng Trị"}


def test_a_body_answering_a_campaign_pursues_it(pipeline):
    text = "Hội Nông dân huyện Cam Lộ tích cực hưởng ứng cuộc vận động “Ngày thứ bảy vì người nghèo”."
    assert doers(pipeline, text, "Cuộc vận động “Ngày thứ bảy vì người nghèo”") == {"Hội Nông dân huyện Cam Lộ"}


def test_a_resolution_is_not_pushed_forward_by_a_campaign_verb(pipeline):
    text = "Đảng bộ huyện Cam Lộ đẩy mạnh Nghị quyết số 18-NQ/TW trong năm 2020."
    assert doers(pipeline, text, "Nghị quyết số 18-NQ/TW") == set()


# The body whose officer presents the review of a directive carried it out.

def test_the_body_presenting_the_review_report_carries_the_directive_out(pipeline):
    text = ("Báo cáo sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị do đồng chí Lê Văn An, "
            "Phó Trưởng Ban Tuyên giáo Tỉnh ủy Hà Nam trình bày đã nêu bật những kết quả.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == {"Ban Tuyên giáo Tỉnh ủy Hà Nam"}


def test_a_body_named_in_a_speech_after_the_review_does_not(pipeline):
    text = ("Báo cáo sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị nêu bật những kết quả; "
            "đồng chí Lê Văn An, Phó Trưởng Ban Tuyên giáo Tỉnh ủy Hà Nam phát biểu.")
    assert "Ban Tuyên giáo Tỉnh ủy Hà Nam" not in doers(pipeline, text, "Chỉ thị số 05-CT/TW")


# A sentence run on into the next one (its full stop lost) still fronts its clause.

def test_a_fronted_clause_after_a_lost_full_stop_names_the_body_after_it(pipeline):
    text = ("Cấp ủy, chính quyền các cấp vào cuộc quyết liệt Tiếp tục triển khai thực hiện tốt Chỉ thị số "
            "40-CT/TW của Ban Bí thư, năm qua, Chi nhánh NHCSXH tỉnh Nam Định đã làm việc với các sở, ngành.")
    assert doers(pipeline, text, "Chỉ thị số 40-CT/TW") == {"NHCSXH tỉnh Nam Định"}


def test_a_lowercase_clause_is_not_fronted_by_a_name_before_it(pipeline):
    text = ("Huyện ủy Ý Yên chỉ đạo Đảng ủy xã Yên Thọ triển khai thực hiện tốt Chỉ thị số 40-CT/TW của "
            "Ban Bí thư, năm qua, Chi nhánh NHCSXH tỉnh Nam Định đã làm việc với các sở, ngành.")
    assert "NHCSXH tỉnh Nam Định" not in doers(pipeline, text, "Chỉ thị số 40-CT/TW")
