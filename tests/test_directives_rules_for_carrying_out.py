"""A rule or guide for carrying out another text makes that text concrete.

"Quy định số 86-QĐ/TW về “Thi hành chương IV, chương V Điều lệ Đảng …”", "Hướng dẫn … về thi hành
một số điều của Điều lệ Đảng": the regulation concretizes the Charter. One about checking how the
text is carried out ("về kiểm tra việc thi hành Điều lệ Đảng") only names it.
"""

from __future__ import annotations

from extraction import directive_links, read


def test_a_regulation_for_carrying_out_chapters_of_the_charter_concretizes_it(pipeline):
    doc = read(pipeline, "Chi bộ thôn Nà Ca học tập Quy định số 86-QĐ/TW của Ban Bí thư về “Thi hành chương IV, chương V "
                         "Điều lệ Đảng về tổ chức cơ sở đảng”.")
    assert ("Quy định số 86-QĐ/TW", "concretizes", "Điều lệ Đảng") in directive_links(doc)


def test_a_guide_for_carrying_out_some_articles_of_the_charter_concretizes_it(pipeline):
    doc = read(pipeline, "Chi bộ thôn Nà Ca học tập Hướng dẫn số 09-HD/TW về thi hành một số điều của Điều lệ Đảng.")
    assert ("Hướng dẫn số 09-HD/TW", "concretizes", "Điều lệ Đảng") in directive_links(doc)


def test_a_regulation_on_checking_the_charter_kept_does_not_concretize_it(pipeline):
    doc = read(pipeline, "Chi bộ thôn Nà Ca học tập Quy định số 86-QĐ/TW về kiểm tra việc thi hành Điều lệ Đảng.")
    assert not any(rel == "concretizes" for _, rel, _ in directive_links(doc))
