"""An article is about a party body when it keeps naming it — through its organs and its title too.

A subjectless clause ("Tập trung triển khai <X>") is the article's body's doing only when the article
is about that body. Besides its own name, its commissions ("Ban Tuyên giáo Huyện ủy Y") and a title
headed by its place ("Huyện Y tổng kết …") name it; its party cells, or its place in passing, do not.
"""

from __future__ import annotations

from extraction import carried_out

BODY = ("Ngày 2/10, Ban Tuyên giáo Huyện ủy Mường Tè tổ chức hội nghị tổng kết công tác tuyên giáo. "
        "Tập trung triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị trong toàn Đảng bộ. "
        "Hội nghị đã thảo luận chương trình công tác của Huyện ủy năm tới.\n")


def test_a_title_headed_by_the_place_and_an_organ_make_the_article_about_the_body(pipeline):
    text = "Huyện Mường Tè tổng kết công tác tuyên giáo năm 2023\n" + BODY
    assert ("Đảng bộ huyện Mường Tè", "Chỉ thị số 05-CT/TW") in carried_out(pipeline, text)


def test_a_title_naming_the_place_in_passing_does_not(pipeline):
    text = "Công tác tuyên giáo ở huyện Mường Tè năm 2023\n" + BODY
    assert ("Đảng bộ huyện Mường Tè", "Chỉ thị số 05-CT/TW") not in carried_out(pipeline, text)
