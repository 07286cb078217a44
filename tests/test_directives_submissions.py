"""A submission ("Tờ trình", code type TTr) is a document of the Party named by its own word.

"Tờ trình số 14-TTr/HU" is read with its code and labelled by its word; a code of TTr named
without the word is read too. A submission named without a code or description is no directive.
"""

from __future__ import annotations

from extraction import directives, read


def test_a_submission_with_its_code(pipeline):
    doc = read(pipeline, "Ngày 2/6, Huyện ủy Mường Ảng có Tờ trình số 14-TTr/HU đề nghị Ủy ban Kiểm tra Tỉnh ủy "
                         "xem xét kỷ luật một đảng viên.")
    assert "Tờ trình số 14-TTr/HU" in directives(doc)


def test_a_submissions_code_alone(pipeline):
    doc = read(pipeline, "Theo 14-TTr/HU ngày 2/6 của Huyện ủy Mường Ảng, đoàn kiểm tra được thành lập.")
    assert any("14-TTr/HU" in d for d in directives(doc))


def test_the_word_alone_is_no_directive(pipeline):
    doc = read(pipeline, "Huyện ủy Mường Ảng đã xem xét các tờ trình của chi bộ.")
    assert not directives(doc)
