"""Where the subject of a directive ("về …", its pkg:about) ends.

The subject is the phrase after "về": it ends where the clause does, and where a second document
joined by "và" starts ("… về xây dựng Đảng và Chỉ thị 05 …"). A subject may list words with
commas and "và" of its own ("về nông nghiệp, nông dân và nông thôn"); those stay whole.
"""

from __future__ import annotations

from extraction import labels, read

from partykg.ontology.terms import PKG


def about(doc) -> dict[str, set[str]]:
    """label -> the subjects the document states of each directive."""
    lab = labels(doc)
    out: dict[str, set[str]] = {}
    for f in doc.facts:
        if f.p == PKG.about:
            out.setdefault(lab[f.s.value], set()).add(f.o.value)
    return out


def test_a_second_document_joined_by_va_ends_the_subject(pipeline):
    text = ("Huyện ủy Yên Thế quán triệt Nghị quyết số 15-NQ/TU về phát triển kinh tế đồi rừng và Chỉ thị "
            "số 08-CT/TU của Tỉnh ủy Bắc Giang về dân vận ở vùng đồng bào.")
    subjects = about(read(pipeline, text))
    assert subjects["Nghị quyết số 15-NQ/TU"] == {"về phát triển kinh tế đồi rừng"}
    assert subjects["Chỉ thị số 08-CT/TU"] == {"về dân vận ở vùng đồng bào"}


def test_a_campaign_joined_by_va_ends_the_subject(pipeline):
    text = ("Đảng ủy xã Tân Sỏi gắn Nghị quyết số 21-NQ/ĐU về chăm lo đời sống người có công và cuộc vận động "
            "“Ngày vì người nghèo” của Mặt trận.")
    assert about(read(pipeline, text))["Nghị quyết số 21-NQ/ĐU"] == {"về chăm lo đời sống người có công"}


def test_words_joined_by_va_within_the_subject_stay_in_it(pipeline):
    text = "Tỉnh ủy Bắc Giang ban hành Nghị quyết số 33-NQ/TU về nông nghiệp, nông dân và nông thôn."
    assert about(read(pipeline, text))["Nghị quyết số 33-NQ/TU"] == {"về nông nghiệp, nông dân và nông thôn"}


def test_a_subject_that_names_documents_keeps_the_one_joined_to_them(pipeline):
    text = ("Huyện ủy Yên Thế ban hành Kế hoạch số 40-KH/HU về thực hiện Nghị quyết số 15-NQ/TU và Chỉ thị "
            "số 08-CT/TU trong năm 2024.")
    assert about(read(pipeline, text))["Kế hoạch số 40-KH/HU"] == {
        "về thực hiện Nghị quyết số 15-NQ/TU và Chỉ thị số 08-CT/TU trong năm 2024"}


def test_a_means_after_a_comma_ends_the_subject(pipeline):
    text = ("Các xã của huyện Lục Ngạn cụ thể hóa Đề án số 05 của Huyện ủy về phát triển cây ăn quả đặc sản, "
            "bằng nhiều cách làm sáng tạo.")
    assert about(read(pipeline, text))["Đề án số 05"] == {"về phát triển cây ăn quả đặc sản"}


def test_a_list_after_a_comma_stays_in_the_subject(pipeline):
    text = "Tỉnh ủy Lạng Sơn ban hành Nghị quyết số 09-NQ/TU về xây dựng, chỉnh đốn Đảng trong tình hình mới."
    assert about(read(pipeline, text))["Nghị quyết số 09-NQ/TU"] == {"về xây dựng, chỉnh đốn Đảng trong tình hình mới"}


def test_a_range_of_years_written_with_spaces_stays_in_the_subject(pipeline):
    text = ("Huyện ủy Lục Ngạn thực hiện Đề án số 05 của Tỉnh ủy về đào tạo cán bộ trẻ giai đoạn 2016 - 2020 "
            "và Kế hoạch số 17 về luân chuyển cán bộ giai đoạn 2016 - 2020.")
    subjects = about(read(pipeline, text))
    assert subjects["Đề án số 05"] == {"về đào tạo cán bộ trẻ giai đoạn 2016 - 2020"}
    assert subjects["Kế hoạch số 17"] == {"về luân chuyển cán bộ giai đoạn 2016 - 2020"}


def test_a_spaced_dash_between_words_still_ends_the_subject(pipeline):
    text = ("Huyện ủy Lục Ngạn ban hành Kế hoạch số 17 về luân chuyển cán bộ - đây là khâu đột phá "
            "của nhiệm kỳ.")
    assert about(read(pipeline, text))["Kế hoạch số 17"] == {"về luân chuyển cán bộ"}


def test_a_time_opening_the_next_clause_ends_the_subject(pipeline):
    text = ("Thực hiện Chỉ thị số 12-CT/HU về giữ gìn vệ sinh môi trường, thời gian qua, chi bộ thôn Nà Phặc "
            "ra quân dọn đường làng.")
    assert about(read(pipeline, text))["Chỉ thị số 12-CT/HU"] == {"về giữ gìn vệ sinh môi trường"}
    text = ("Thực hiện Chỉ thị số 12-CT/HU về giữ gìn vệ sinh môi trường, năm 2023, chi bộ thôn Nà Phặc "
            "ra quân dọn đường làng.")
    assert about(read(pipeline, text))["Chỉ thị số 12-CT/HU"] == {"về giữ gìn vệ sinh môi trường"}


def test_a_time_inside_the_subject_stays_in_it(pipeline):
    text = ("Huyện ủy Ngân Sơn ban hành Chỉ thị số 12-CT/HU về giữ gìn vệ sinh môi trường những năm tới "
            "ở các thôn vùng cao.")
    assert about(read(pipeline, text))["Chỉ thị số 12-CT/HU"] == {
        "về giữ gìn vệ sinh môi trường những năm tới ở các thôn vùng cao"}


def test_a_day_or_time_of_day_opening_the_next_clause_ends_the_subject(pipeline):
    text = ("Sau lễ công bố Quyết định số 210-QĐ/TW về thành lập Đảng bộ tỉnh Tuyên Quang, buổi chiều 1-7 "
            "các xã mới đồng loạt ra mắt.")
    assert about(read(pipeline, text))["Quyết định số 210-QĐ/TW"] == {"về thành lập Đảng bộ tỉnh Tuyên Quang"}
    text = ("Sau lễ công bố Quyết định số 210-QĐ/TW về thành lập Đảng bộ tỉnh Tuyên Quang, ngày 2/7 "
            "các xã mới đồng loạt ra mắt.")
    assert about(read(pipeline, text))["Quyết định số 210-QĐ/TW"] == {"về thành lập Đảng bộ tỉnh Tuyên Quang"}


def test_a_time_of_day_word_in_a_list_stays_in_the_subject(pipeline):
    text = "Đảng ủy xã Hòa An ban hành Kế hoạch số 08-KH/ĐU về tổ chức lớp học buổi sáng, buổi chiều cho đảng viên."
    assert about(read(pipeline, text))["Kế hoạch số 08-KH/ĐU"] == {"về tổ chức lớp học buổi sáng, buổi chiều cho đảng viên"}


def test_the_meeting_where_it_is_spoken_of_ends_the_subject(pipeline):
    text = ("Phó Bí thư Tỉnh ủy nhắc lại Chỉ thị số 12-CT/TU về phát triển hợp tác xã kiểu mới tại Hội nghị "
            "sơ kết kinh tế tập thể của tỉnh Yên Bái.")
    assert about(read(pipeline, text))["Chỉ thị số 12-CT/TU"] == {"về phát triển hợp tác xã kiểu mới"}


def test_the_place_a_subject_is_about_stays_in_it(pipeline):
    text = "Tỉnh ủy Yên Bái ban hành Chỉ thị số 12-CT/TU về phát triển hợp tác xã tại các xã vùng cao."
    assert about(read(pipeline, text))["Chỉ thị số 12-CT/TU"] == {"về phát triển hợp tác xã tại các xã vùng cao"}


def test_a_rite_or_session_a_subject_is_about_stays_in_it(pipeline):
    text = "Công an huyện triển khai Kế hoạch số 07-KH/HU về giữ gìn trật tự tại lễ hội chợ phiên Bắc Hà năm 2026."
    assert about(read(pipeline, text))["Kế hoạch số 07-KH/HU"] == {
        "về giữ gìn trật tự tại lễ hội chợ phiên Bắc Hà năm 2026"}
    text = "Ban Tổ chức Huyện ủy ban hành Hướng dẫn số 04-HD/BTCHU về trình tự tại buổi sinh hoạt chi bộ thường kỳ."
    assert about(read(pipeline, text))["Hướng dẫn số 04-HD/BTCHU"] == {
        "về trình tự tại buổi sinh hoạt chi bộ thường kỳ"}


def test_what_the_document_shows_ends_its_subject(pipeline):
    text = ("Kết luận số 45-KL/UBKT của Ủy ban Kiểm tra Tỉnh ủy Yên Bái về kiểm tra tài chính đảng tại đơn vị "
            "cho thấy: nhiều khoản chi sai quy định.")
    assert about(read(pipeline, text))["Kết luận số 45-KL/UBKT"] == {"về kiểm tra tài chính đảng tại đơn vị"}
    text = ("Kết luận số 45-KL/UBKT về kiểm tra tài chính đảng tại đơn vị khẳng định rằng các khoản chi "
            "đúng quy định.")
    assert about(read(pipeline, text))["Kết luận số 45-KL/UBKT"] == {"về kiểm tra tài chính đảng tại đơn vị"}


def test_a_verb_of_stating_inside_the_subject_stays_in_it(pipeline):
    text = ("Tỉnh ủy Khánh Hòa ban hành Nghị quyết số 08-NQ/TU về bảo vệ và khẳng định chủ quyền biển đảo "
            "trong tình hình mới.")
    assert about(read(pipeline, text))["Nghị quyết số 08-NQ/TU"] == {
        "về bảo vệ và khẳng định chủ quyền biển đảo trong tình hình mới"}


def test_a_verb_of_stating_listed_with_commas_in_the_subject_stays_in_it(pipeline):
    text = ("Tỉnh ủy Lào Cai ban hành Nghị quyết số 11-NQ/TU về xây dựng, khẳng định, nâng tầm thương hiệu "
            "nông sản vùng cao.")
    assert about(read(pipeline, text))["Nghị quyết số 11-NQ/TU"] == {
        "về xây dựng, khẳng định, nâng tầm thương hiệu nông sản vùng cao"}


def test_the_subject_of_a_document_named_by_its_issuer_starts_at_ve(pipeline):
    text = ("Phó Bí thư Huyện ủy trao Quyết định của Chủ tịch UBND huyện về việc bổ nhiệm đồng chí Lò Văn Sáu "
            "giữ chức Trưởng phòng Nội vụ.")
    doc = read(pipeline, text)
    [(label, subjects)] = about(doc).items()
    assert label == "Quyết định của Chủ tịch UBND huyện"  # a personnel decision is named by its issuer
    assert subjects == {"về việc bổ nhiệm đồng chí Lò Văn Sáu giữ chức Trưởng phòng Nội vụ"}
    text = ("Hội nghị công bố Quyết định của Thường trực Huyện ủy Mường Lay và Chủ tịch UBND huyện về việc "
            "điều động đồng chí Lò Văn Sáu đến công tác tại Ủy ban Mặt trận Tổ quốc huyện.")
    subjects = {s for label, ss in about(read(pipeline, text)).items() if label.startswith("Quyết định") for s in ss}
    assert subjects == {"về việc điều động đồng chí Lò Văn Sáu đến công tác tại Ủy ban Mặt trận Tổ quốc huyện"}


def test_what_the_clause_singles_out_after_a_comma_ends_the_subject(pipeline):
    text = ("Thực hiện Nghị quyết số 08-NQ/HU về kết nạp đảng viên trong thanh niên, nhất là thanh niên người Mông, "
            "Đảng ủy xã Mường Mít đã mở lớp cảm tình Đảng.")
    assert about(read(pipeline, text))["Nghị quyết số 08-NQ/HU"] == {"về kết nạp đảng viên trong thanh niên"}


def test_a_list_of_aims_after_commas_stays_in_the_subject(pipeline):
    text = ("Đảng ủy xã Mường Mít ban hành Nghị quyết số 08-NQ/ĐU về củng cố chi bộ bản, nâng chất lượng "
            "đảng viên vùng cao.")
    assert about(read(pipeline, text))["Nghị quyết số 08-NQ/ĐU"] == {
        "về củng cố chi bộ bản, nâng chất lượng đảng viên vùng cao"}
