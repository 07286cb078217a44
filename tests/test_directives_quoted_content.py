"""An article that reproduces a document's text ("Toàn văn Chỉ thị này như sau:") lets the document
reference the directives its text names."""

from __future__ import annotations

from extraction import directive_links, read

TEXT = ("Hôm 11/9, Ban Thường vụ Tỉnh ủy Yên Bái ban hành Chỉ thị số 14 về đổi mới cách sinh hoạt của chi bộ thôn, bản.\n"
        "{head}\n"
        "Những năm gần đây, sau khi quán triệt Quy định số 132-QĐ/TW, việc sinh hoạt chi bộ ở nhiều nơi "
        "đã dần đi vào nề nếp.")


def test_the_directives_a_reproduced_text_names_are_referenced_by_it(pipeline):
    links = directive_links(read(pipeline, TEXT.format(head="Toàn văn Chỉ thị này như sau:")))
    assert ("Chỉ thị số 14", "references", "Quy định số 132-QĐ/TW") in links


def test_an_article_telling_of_a_document_in_its_own_words_gives_no_such_link(pipeline):
    links = directive_links(read(pipeline, TEXT.format(head="Buổi lễ ra mắt chỉ thị được tổ chức long trọng.")))
    assert not any(a == "Chỉ thị số 14" for a, _, _ in links)
