"""An article that reproduces a document's text ("Nội dung Chỉ thị như sau:") lets the document
reference the directives its text names."""

from __future__ import annotations

from extraction import directive_links, read

TEXT = ("Ngày 2/3, Ban Thường vụ Tỉnh ủy Lào Cai ban hành Chỉ thị số 08 về tăng cường công tác dân vận.\n"
        "{head}\n"
        "Thời gian qua, thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương, công tác "
        "dân vận trên địa bàn tỉnh đã có chuyển biến rõ nét.")


def test_the_directives_a_reproduced_text_names_are_referenced_by_it(pipeline):
    links = directive_links(read(pipeline, TEXT.format(head="Nội dung Chỉ thị như sau:")))
    assert ("Chỉ thị số 08", "references", "Nghị quyết số 25-NQ/TW") in links


def test_an_article_telling_of_a_document_in_its_own_words_gives_no_such_link(pipeline):
    links = directive_links(read(pipeline, TEXT.format(head="Lễ công bố diễn ra trang trọng.")))
    assert not any(a == "Chỉ thị số 08" for a, _, _ in links)
