"""Who carries out a directive when a speaker reports on it, or when a sentence of its own fronts it.

A speaker holding a party post and a government post at one level ("Bí thư Huyện ủy, Chủ tịch UBND
huyện phát biểu: … thực hiện Chỉ thị …-CT/TW") speaks of a Party document for the party committee of
that level, not for the council or the people's committee named last in the speaker's titles.
A sentence that is nothing but the fronted clause ("Thực hiện Kế hoạch số … của Đảng ủy xã Y về … .")
goes on in the next one: the body opening it, after a date at most, with its verb, carries it out.
"""

from __future__ import annotations

from extraction import carried_out


def test_a_speaker_with_a_party_and_a_government_post_speaks_for_the_party_committee(pipeline):
    text = ("Phát biểu bế mạc, đồng chí Lò Văn Páo, Bí thư Huyện ủy Mường Khương, Chủ tịch UBND huyện "
            "khẳng định: Sau 5 năm thực hiện Nghị quyết số 07-NQ/TU của Tỉnh ủy, kinh tế đã có bước tiến.")
    found = carried_out(pipeline, text)
    assert any(d == "Nghị quyết số 07-NQ/TU" and org in ("Đảng bộ huyện Mường Khương", "Huyện ủy Mường Khương")
               for org, d in found)
    assert not any(org.startswith("UBND") or org.startswith("Ủy ban") for org, _ in found)


def test_a_government_document_stays_with_the_government_post(pipeline):
    text = ("Phát biểu bế mạc, đồng chí Lò Văn Páo, Bí thư Huyện ủy Mường Khương, Chủ tịch UBND huyện "
            "khẳng định: Sau 5 năm thực hiện Quyết định số 1719/QĐ-TTg, kinh tế đã có bước tiến.")
    found = carried_out(pipeline, text)
    assert not any(org in ("Đảng bộ huyện Mường Khương", "Huyện ủy Mường Khương") for org, _ in found)


def test_a_fronted_sentence_goes_on_in_the_next_ones_subject(pipeline):
    text = ("Thực hiện Kế hoạch số 63-KH/ĐU ngày 7/2/2025 của Đảng ủy xã Bản Lầu về kiện toàn chi ủy các thôn. "
            "Ngày 16/3/2025, Chi bộ thôn Na Lốc đã tiến hành bầu lại chi ủy.")
    assert ("Chi bộ thôn Na Lốc", "Kế hoạch số 63-KH/ĐU") in carried_out(pipeline, text)


def test_a_fronted_clause_with_its_own_main_clause_does_not_go_on(pipeline):
    text = ("Thực hiện Kế hoạch số 63-KH/ĐU của Đảng ủy xã Bản Lầu, các thôn đã rà soát hộ nghèo. "
            "Ngày 16/3/2025, Chi bộ thôn Na Lốc đã tiến hành bầu lại chi ủy.")
    assert ("Chi bộ thôn Na Lốc", "Kế hoạch số 63-KH/ĐU") not in carried_out(pipeline, text)
