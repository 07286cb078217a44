"""A sentence that is nothing but a fronted list of directives goes on in the next one.

"Thực hiện <A>; <B>; <C>." names what is carried out and stops; the body opening the next sentence
(after its date, in figures or in words: "Ngày 3 tháng 5 năm 2022, …") with its verb carries out
every document of the list. A body named inside a document's own name (its issuer) is no subject.
"""

from __future__ import annotations

from extraction import carried_out


def test_every_document_of_a_fronted_list_goes_to_the_next_sentences_body(pipeline):
    text = ("Thực hiện Nghị quyết số 14-NQ/TU của Tỉnh ủy Điện Biên về chuyển đổi số; "
            "Kế hoạch số 31-KH/HU của Huyện ủy Tuần Giáo về chuyển đổi số. "
            "Ngày 9/5/2023, Đảng ủy xã Quài Cang đã tổ chức hội nghị triển khai.")
    found = carried_out(pipeline, text)
    assert ("Đảng bộ xã Quài Cang", "Nghị quyết số 14-NQ/TU") in found
    assert ("Đảng bộ xã Quài Cang", "Kế hoạch số 31-KH/HU") in found


def test_a_date_written_in_words_opens_the_next_sentence_too(pipeline):
    text = ("Thực hiện Kế hoạch số 31-KH/HU ngày 2/3/2023 của Huyện ủy Tuần Giáo về chuyển đổi số; "
            "Hướng dẫn số 7-HD/BTCTU ngày 4/3/2023 của Ban Tổ chức Tỉnh ủy Điện Biên về chuyển đổi số; "
            "Kế hoạch số 12-KH/ĐU ngày 8/3/2023 của Đảng ủy Khối các cơ quan tỉnh về chuyển đổi số. "
            "Ngày 9 tháng 5 năm 2023, Đảng ủy xã Quài Cang đã tổ chức hội nghị triển khai.")
    found = carried_out(pipeline, text)
    for code in ("Kế hoạch số 31-KH/HU", "Hướng dẫn số 7-HD/BTCTU", "Kế hoạch số 12-KH/ĐU"):
        assert ("Đảng bộ xã Quài Cang", code) in found


def test_a_list_with_a_main_clause_of_its_own_does_not_go_on(pipeline):
    text = ("Thực hiện Nghị quyết số 14-NQ/TU của Tỉnh ủy Điện Biên; Kế hoạch số 31-KH/HU của Huyện ủy Tuần Giáo, "
            "các thôn đã rà soát hộ nghèo. Ngày 9/5/2023, Đảng ủy xã Quài Cang đã tổ chức hội nghị.")
    found = carried_out(pipeline, text)
    assert not any(org == "Đảng bộ xã Quài Cang" for org, _ in found)
