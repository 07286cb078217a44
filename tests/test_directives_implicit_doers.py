"""Who carries out a directive when the clause names no doer next to the verb.

A central resolution named by its subject ("Nghị quyết Trung ương về …") after "Từ khi có" is
carried out by the article's body; in an article about no body in particular, a quote after a
speaker's title ("Theo <title> <org>: … thực hiện <X>") speaks for the speaker's body.
"""

from __future__ import annotations

from extraction import carried_out


def test_a_central_resolution_named_by_its_subject_is_carried_out_by_the_articles_body(pipeline):
    text = ("Đảng ủy xã Mường Kim họp thường kỳ. Đảng ủy xã Mường Kim kiện toàn các chi bộ. "
            "Đảng ủy xã Mường Kim chăm lo đời sống nhân dân. "
            "Từ khi có Nghị quyết Trung ương về nông nghiệp, nông dân, nông thôn, xã đã đổi mới cách làm.")
    assert any(org == "Đảng bộ xã Mường Kim" and "nông nghiệp, nông dân, nông thôn" in d
               for org, d in carried_out(pipeline, text))


def test_a_quote_after_a_speakers_title_speaks_for_the_speakers_body(pipeline):
    text = ("Theo Đại tá Lê Văn Tâm, Chính ủy Bộ Chỉ huy Quân sự tỉnh Nghệ An: việc rèn luyện của cán bộ "
            "được gắn với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    assert any(d == "Chỉ thị số 05-CT/TW" for _, d in carried_out(pipeline, text))


def test_without_a_colon_a_title_in_passing_is_not_the_doer(pipeline):
    text = ("Đại tá Lê Văn Tâm, Chính ủy Bộ Chỉ huy Quân sự tỉnh Nghệ An cho rằng nhiều nơi chưa thực hiện "
            "tốt Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    assert carried_out(pipeline, text) == set()
