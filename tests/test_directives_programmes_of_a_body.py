"""A programme of action named with its issuer before the directive it carries out.

"Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết …" (or "… của Ban Thường vụ Tỉnh
ủy Nam Định về thực hiện Nghị quyết …") is that committee's programme for the resolution: a
document of its own, issued by the committee, implementing the resolution.
"""

from __future__ import annotations

from extraction import directive_links, labels, read

RESOLUTION = "Nghị quyết Đại hội lần thứ XIII của Đảng"
PROGRAMME = "Chương trình hành động " + RESOLUTION


def issuers(doc) -> set[tuple[str, str]]:
    lab = labels(doc)
    return {(lab[f.s.value], lab[f.o.value]) for f in doc.facts if f.p.value.endswith("#issuer")}


def test_a_programme_named_with_its_issuer_implements_the_resolution(pipeline):
    text = "Huyện ủy Hải Hậu triển khai Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội XIII của Đảng."
    assert (PROGRAMME, "implements", RESOLUTION) in directive_links(read(pipeline, text))


def test_a_programme_named_with_a_longer_issuer_keeps_it_as_its_issuer(pipeline):
    text = ("Huyện ủy Hải Hậu triển khai Chương trình hành động của Ban Thường vụ Tỉnh ủy Nam Định về thực hiện "
            "Nghị quyết Đại hội XIII của Đảng.")
    doc = read(pipeline, text)
    assert (PROGRAMME, "implements", RESOLUTION) in directive_links(doc)
    assert (PROGRAMME, "Ban Thường vụ Tỉnh ủy Nam Định") in issuers(doc)


def test_a_programme_named_by_nothing_but_its_issuer_is_no_document(pipeline):
    text = "Huyện ủy Hải Hậu triển khai Chương trình hành động của Tỉnh ủy."
    assert directive_links(read(pipeline, text)) == set()
