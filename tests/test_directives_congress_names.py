"""A local congress's resolution is named by its body's kind and level; its key holds the body.

"Nghị quyết Đại hội Đảng bộ xã lần thứ XV", "Nghị quyết Đại hội lần thứ XV của Đảng bộ" and
"Nghị quyết Đại hội Đảng bộ xã Tân Khê lần thứ XV", in an article about that commune, are one
resolution labelled "Nghị quyết Đại hội Đảng bộ xã lần thứ XV" — the words the ways of writing it
share, and one label whichever document names it; the commune's party organization is its issuer.
A cell's congress is "Nghị quyết Đại hội Chi bộ …".
"""

from __future__ import annotations

import pytest

from partykg.ontology.terms import PKG

from extraction import directives, labels, read

COMMUNE = "Đảng bộ xã Tân Khê, huyện Lục Nham có 18 chi bộ trực thuộc. "


def issuers(doc) -> dict[str, str]:
    """directive label -> issuer label."""
    lab = labels(doc)
    return {lab[f.s.value]: lab[f.o.value] for f in doc.facts if f.p == PKG.issuer}


@pytest.mark.parametrize("sentence", [
    "Các chỉ tiêu đều vượt mục tiêu Nghị quyết Đại hội Đảng bộ xã lần thứ XV đề ra.",
    "Các chỉ tiêu Nghị quyết Đại hội lần thứ XV của Đảng bộ đề ra đều đạt.",
    "Đảng bộ quán triệt Nghị quyết Đại hội Đảng bộ xã Tân Khê lần thứ XV.",
])
def test_each_way_of_writing_it_gives_the_bodys_kind_and_level(pipeline, sentence):
    doc = read(pipeline, COMMUNE + sentence)
    assert issuers(doc) == {"Nghị quyết Đại hội Đảng bộ xã lần thứ XV": "Đảng bộ xã Tân Khê"}


def test_a_districts_committee_named_alone_gives_the_districts_party_organization(pipeline):
    doc = read(pipeline, "Huyện ủy Lục Nham lãnh đạo thực hiện Nghị quyết Đại hội lần thứ XX của Đảng bộ huyện.")
    assert "Nghị quyết Đại hội Đảng bộ huyện lần thứ XX" in directives(doc)


def test_spellings_with_and_without_the_name_are_one_resolution(pipeline):
    doc = read(pipeline, COMMUNE + "Đảng bộ quán triệt Nghị quyết Đại hội Đảng bộ xã Tân Khê lần thứ XV. "
                                   "Các chỉ tiêu Nghị quyết Đại hội Đảng bộ xã lần thứ XV đề ra đều đạt.")
    assert directives(doc) == {"Nghị quyết Đại hội Đảng bộ xã lần thứ XV"}
