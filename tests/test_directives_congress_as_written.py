"""A congress's resolution is named as the text names it; its key still holds the body.

"Nghị quyết Đại hội Đảng bộ xã lần thứ XV" in an article about one commune keeps the words the
text gives — the level, not the commune's name — and "Nghị quyết Đại hội lần thứ XV của Đảng bộ"
gives no body at all; the commune's party organization is its issuer either way. Where the text
names the body ("Đại hội Đảng bộ xã Tân Khê lần thứ XV"), or names only "nghị quyết đại hội" in
a sentence that names the body and the term, the label names the body.
"""

from __future__ import annotations

from partykg.ontology.terms import PKG

from extraction import directives, labels, read

COMMUNE = "Đảng bộ xã Tân Khê, huyện Lục Nham có 18 chi bộ trực thuộc. "


def issuers(doc) -> dict[str, str]:
    """directive label -> issuer label."""
    lab = labels(doc)
    return {lab[f.s.value]: lab[f.o.value] for f in doc.facts if f.p == PKG.issuer}


def test_the_level_without_the_name_is_kept_as_written(pipeline):
    doc = read(pipeline, COMMUNE + "Các chỉ tiêu đều vượt mục tiêu Nghị quyết Đại hội Đảng bộ xã lần thứ XV đề ra.")
    assert issuers(doc) == {"Nghị quyết Đại hội Đảng bộ xã lần thứ XV": "Đảng bộ xã Tân Khê"}


def test_a_congress_of_the_body_named_after_it_gives_no_body_in_its_name(pipeline):
    doc = read(pipeline, COMMUNE + "Các chỉ tiêu Nghị quyết Đại hội lần thứ XV của Đảng bộ đề ra đều đạt.")
    assert issuers(doc) == {"Nghị quyết Đại hội lần thứ XV": "Đảng bộ xã Tân Khê"}


def test_a_body_named_by_the_text_is_in_the_name(pipeline):
    doc = read(pipeline, COMMUNE + "Đảng bộ quán triệt Nghị quyết Đại hội Đảng bộ xã Tân Khê lần thứ XV.")
    assert "Nghị quyết Đại hội Đảng bộ xã Tân Khê lần thứ XV" in directives(doc)


def test_spellings_with_and_without_the_name_are_one_resolution_named_fully(pipeline):
    doc = read(pipeline, COMMUNE + "Đảng bộ quán triệt Nghị quyết Đại hội Đảng bộ xã Tân Khê lần thứ XV. "
                                   "Các chỉ tiêu Nghị quyết Đại hội Đảng bộ xã lần thứ XV đề ra đều đạt.")
    assert directives(doc) == {"Nghị quyết Đại hội Đảng bộ xã Tân Khê lần thứ XV"}
