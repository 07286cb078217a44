""""Nghị quyết Đại hội", capitalised and with nothing of its own, is a congress resolution the whole article tells of.

In an article that names no congress resolution of a local body, it is that of the article's own
party body, written as the text writes it ("Nghị quyết Đại hội"); in one that names exactly one, it
is that one; with two named (two congresses, two terms) it is neither. In lower case and alone
("chỉ tiêu nghị quyết đại hội") it stays no document.
"""

from __future__ import annotations

from extraction import directives, read
from partykg.ontology.terms import SKOS

COMMUNE = "Đảng bộ xã Nậm Ban có 14 chi bộ với 260 đảng viên. "


def written(doc) -> set[str]:
    return {f.o.value for f in doc.facts if f.p == SKOS.altLabel}


def test_alone_in_the_article_it_is_the_congress_resolution_of_the_articles_body(pipeline):
    doc = read(pipeline, COMMUNE + "Năm qua, xã kết nạp 12 đảng viên, hơn mức Nghị quyết Đại hội đặt ra.")
    assert directives(doc) == {"Nghị quyết Đại hội Đảng bộ xã Nậm Ban"}
    assert written(doc) == {"Nghị quyết Đại hội"}


def test_beside_the_one_congress_resolution_named_it_is_that_one(pipeline):
    doc = read(pipeline, COMMUNE + "Chi bộ bám sát Nghị quyết Đại hội Đảng bộ xã Nậm Ban lần thứ XIV. Năm qua, xã kết "
                                   "nạp 12 đảng viên, hơn mức Nghị quyết Đại hội đặt ra.")
    assert directives(doc) == {"Nghị quyết Đại hội Đảng bộ xã Nậm Ban lần thứ XIV"}


def test_beside_two_congress_resolutions_it_is_neither(pipeline):
    doc = read(pipeline, COMMUNE + "Xã thực hiện Nghị quyết Đại hội lần thứ XIII và Nghị quyết Đại hội lần thứ XIV. Năm "
                                   "qua, xã kết nạp 12 đảng viên, hơn mức Nghị quyết Đại hội đặt ra.")
    assert directives(doc) == {"Nghị quyết Đại hội Đảng bộ xã Nậm Ban lần thứ XIII",
                               "Nghị quyết Đại hội Đảng bộ xã Nậm Ban lần thứ XIV"}


def test_in_lower_case_it_is_no_document(pipeline):
    doc = read(pipeline, COMMUNE + "Năm qua, xã kết nạp 12 đảng viên, hơn mức nghị quyết đại hội đặt ra.")
    assert directives(doc) == set()
