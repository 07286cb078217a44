"""Doers of a directive read beyond the clause of its verb.

A body holding a conference to review a directive carries it out, however long the
conference's description; so does a body issuing a text named only by its purpose ("ban hành
văn bản thực hiện"), and one sitting on the steering committee for it. A party body below the
doer that opens the next sentence gives an example of the work, and one doing "the same"
("Cùng cách làm này, …") follows the example told a few sentences before. A body in a "Theo
<title> <body> <name>," attribution says the clause; it does not do it. A body after "được"
that a verb of carrying out follows does it ("<X> được Huyện ủy triển khai"), and so does the
body named right after it ("việc thực hiện <X> ở Đảng bộ xã Y").
"""

from __future__ import annotations

from extraction import carried_out


def doers(pipeline, text: str, directive: str) -> set[str]:
    return {org for org, d in carried_out(pipeline, text) if d == directive}


def test_the_body_holding_a_long_named_review_conference_carries_it_out(pipeline):
    text = ("Ngày 3/4, Huyện ủy Ý Yên tổ chức hội nghị trực tuyến tới 32 điểm cầu các xã, thị trấn trong huyện "
            "để sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == {"Đảng bộ huyện Ý Yên"}


def test_bodies_issuing_texts_named_by_their_purpose_carry_it_out(pipeline):
    text = ("Sau khi Tỉnh ủy Nam Định ban hành công văn chỉ đạo và UBND tỉnh Nam Định ban hành văn bản thực hiện, "
            "Chi nhánh NHCSXH tỉnh Nam Định đã tham mưu triển khai Chỉ thị số 40-CT/TW.")
    assert {"Đảng bộ tỉnh Nam Định", "UBND tỉnh Nam Định"} <= doers(pipeline, text, "Chỉ thị số 40-CT/TW")


def test_a_member_of_the_steering_committee_for_it_carries_it_out(pipeline):
    text = "Ban Dân vận Tỉnh ủy Ninh Bình nằm trong Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của tỉnh."
    assert "Ban Dân vận Tỉnh ủy Ninh Bình" in doers(pipeline, text, "Quy chế dân chủ")


_DISTRICT = ("Đảng bộ quận Hoàn Kiếm có 60 tổ chức cơ sở đảng. Đảng bộ quận Hoàn Kiếm chăm lo công tác "
             "cán bộ. Đảng bộ quận Hoàn Kiếm lãnh đạo phát triển kinh tế. ")


def test_a_body_below_opening_the_next_sentence_is_an_example_of_the_work(pipeline):
    text = _DISTRICT + ("Đó là kinh nghiệm rút ra từ thực tiễn triển khai Chỉ thị số 05-CT/TW ở quận Hoàn Kiếm. "
                        "Đảng bộ phường Hàng Bạc đã chọn nội dung cải cách hành chính để làm theo.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == {"Đảng bộ quận Hoàn Kiếm", "Đảng bộ phường Hàng Bạc"}


def test_a_body_doing_the_same_follows_the_example_a_few_sentences_before(pipeline):
    text = _DISTRICT + ("Là một trong 3 đơn vị làm điểm thực hiện Chỉ thị số 05-CT/TW, Đảng bộ phường Hàng Trống "
                        "thường xuyên tổ chức học tập chuyên đề. Kết quả học tập là tiêu chuẩn đánh giá đảng viên. "
                        "Cùng cách làm này, Đảng bộ phường Hàng Bạc chọn nội dung cải cách hành chính.")
    assert {"Đảng bộ phường Hàng Trống", "Đảng bộ phường Hàng Bạc"} <= doers(pipeline, text, "Chỉ thị số 05-CT/TW")


def test_a_body_above_or_far_from_the_doer_is_no_example(pipeline):
    text = _DISTRICT + ("Đó là kinh nghiệm rút ra từ thực tiễn triển khai Chỉ thị số 05-CT/TW ở quận Hoàn Kiếm. "
                        "Thành ủy Hà Nội đánh giá cao cách làm của quận. Ngoài ra, Đảng bộ phường Hàng Bạc đã "
                        "chọn nội dung cải cách hành chính.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == {"Đảng bộ quận Hoàn Kiếm"}


def test_a_body_below_general_bodies_that_carried_it_out_gives_their_example(pipeline):
    text = ("Huyện Tân Yên có nhiều đổi mới. Để nâng cao chất lượng trưởng thôn, cấp ủy các địa phương của tỉnh "
            "Bắc Giang đã cụ thể hóa Đề án 02 của Tỉnh ủy về nâng cao năng lực lãnh đạo và Kế hoạch số 11 về "
            "nâng tỷ lệ đảng viên. Huyện ủy Tân Yên tăng cường lãnh đạo các cấp ủy cơ sở.")
    found = carried_out(pipeline, text)
    assert {("Đảng bộ huyện Tân Yên", "Đề án số 02"), ("Đảng bộ huyện Tân Yên", "Kế hoạch số 11")} <= found


def test_the_body_of_whom_a_speaker_is_head_does_not_do_the_clause(pipeline):
    text = ("Theo Chủ tịch UBND quận Gò Vấp Võ Văn Tư, sau 6 tháng thực hiện Chỉ thị số 05-CT/TW, đã có 98% "
            "chi bộ tham gia.")
    assert "UBND quận Gò Vấp" not in doers(pipeline, text, "Chỉ thị số 05-CT/TW")


def test_a_directive_carried_out_by_a_body_in_the_passive(pipeline):
    text = ("Tỉnh Nam Định chú trọng xây dựng Đảng. Chỉ thị số 05-CT/TW của Bộ Chính trị đã được Huyện ủy Ý Yên "
            "lãnh đạo, chỉ đạo triển khai nghiêm túc.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == {"Đảng bộ huyện Ý Yên"}


def test_a_body_praising_a_directive_in_the_passive_does_not_carry_it_out(pipeline):
    text = "Tỉnh Nam Định chú trọng xây dựng Đảng. Nghị quyết số 21-NQ/TW được Đảng bộ xã Yên Bằng đánh giá cao."
    assert carried_out(pipeline, text) == set()


def test_the_body_where_the_work_on_a_directive_is_done(pipeline):
    text = ("Tỉnh Nam Định chú trọng xây dựng Đảng. Việc thực hiện Chỉ thị số 05-CT/TW ở Đảng bộ xã Yên Bằng "
            "đã đi vào nền nếp.")
    assert doers(pipeline, text, "Chỉ thị số 05-CT/TW") == {"Đảng bộ xã Yên Bằng"}


def test_a_body_below_where_the_next_sentence_is_set_is_an_example_too(pipeline):
    text = _DISTRICT + ("Đó là kinh nghiệm rút ra từ thực tiễn triển khai Chỉ thị số 05-CT/TW ở quận Hoàn Kiếm. "
                        "Tại Đảng bộ phường Hàng Bạc, cấp ủy đã chọn nội dung cải cách hành chính để làm theo.")
    assert "Đảng bộ phường Hàng Bạc" in doers(pipeline, text, "Chỉ thị số 05-CT/TW")


def test_the_unit_whose_people_open_the_sentence_does_the_work_a_directive_launched(pipeline):
    text = ("Bộ Chính trị ban hành Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong "
            "cách Hồ Chí Minh. Với cán bộ, chiến sỹ Trung đoàn 920, sau giờ huấn luyện, giúp dân sửa đường là "
            "việc làm cụ thể trong học tập, làm theo đạo đức, phong cách Hồ Chí Minh.")
    assert "Trung đoàn 920" in doers(pipeline, text, "Chỉ thị số 05-CT/TW")
