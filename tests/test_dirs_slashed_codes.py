"""Party codes written the state's way, with spaces or a dash of another width.

"Chỉ thị 03/CT – TW", "Kết luận 14/KL-TƯ", "Nghị quyết số 09/NQ - HU" put the number before the
slash, as state documents do; each is the party code ("03-CT/TW", "14-KL/TW", "09-NQ/HU") and
one directive with that code written the usual way.
"""

from __future__ import annotations

from extraction import carried_out, directives, read


def test_a_spaced_en_dash_between_kind_and_issuer_reads_as_the_party_code(pipeline):
    text = "Đảng bộ huyện Krông Bông đánh giá ba năm triển khai Chỉ thị 03/CT – TW về việc noi gương Bác Hồ."
    assert directives(read(pipeline, text)) == {"Chỉ thị số 03-CT/TW"}
    assert ("Đảng bộ huyện Krông Bông", "Chỉ thị số 03-CT/TW") in carried_out(pipeline, text)


def test_a_central_suffix_written_with_u_horn_after_a_slashed_number(pipeline):
    text = "Đảng ủy xã Ea Trang quán triệt Kết luận số 14/KL-TƯ của Bộ Chính trị tới toàn thể đảng viên."
    assert directives(read(pipeline, text)) == {"Kết luận số 14-KL/TW"}


def test_a_local_code_with_spaces_round_the_dash(pipeline):
    text = "Huyện ủy M'Đrắk ban hành Nghị quyết số 09/NQ - HU về phát triển cây cà phê."
    assert directives(read(pipeline, text)) == {"Nghị quyết số 09-NQ/HU"}


def test_the_same_code_written_both_ways_is_one_directive(pipeline):
    text = ("Chi bộ thôn 3 quán triệt Chỉ thị 05/CT – TW tới từng đảng viên. "
            "Cuối năm, chi bộ rà lại kết quả làm theo Chỉ thị số 05-CT/TW.")
    assert directives(read(pipeline, text)) == {"Chỉ thị số 05-CT/TW"}


def test_a_state_code_keeps_its_own_form(pipeline):
    text = "UBND huyện Lắk ban hành Quyết định số 215/QĐ – UBND về kiện toàn tổ công tác."
    assert directives(read(pipeline, text)) == {"Quyết định số 215/QĐ-UBND"}
