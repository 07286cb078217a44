"""A resolution named by its issuer and subject, the issuer's committee written in lower case.

Headlines often write "Nghị quyết của ban chấp hành Đảng bộ huyện về …": the committee in
lower case, then the body it leads; it is the document "Nghị quyết của Ban Chấp hành …" is.
A lower-case kind word with it stays a mere mention, as before.
"""

from __future__ import annotations

from extraction import directives, read

AFTER = "\n\nHuyện Hải Hậu có 35 xã, thị trấn và nhiều làng nghề."


def test_a_headline_resolution_of_a_lower_case_executive_committee_is_a_document(pipeline):
    text = "Nghị quyết của ban chấp hành Đảng bộ huyện về cử cán bộ về cơ sở nắm tình hình" + AFTER
    assert directives(read(pipeline, text)) == {
        "Nghị quyết của ban chấp hành Đảng bộ huyện về cử cán bộ về cơ sở nắm tình hình"}


def test_a_directive_of_a_lower_case_standing_committee_is_a_document(pipeline):
    text = "Chỉ thị của ban thường vụ Huyện ủy về cử cán bộ về cơ sở nắm tình hình" + AFTER
    assert directives(read(pipeline, text)) == {
        "Chỉ thị của ban thường vụ Huyện ủy về cử cán bộ về cơ sở nắm tình hình"}


def test_a_lower_case_word_for_the_committee_alone_names_no_issuer(pipeline):
    text = "Nghị quyết của ban về cử cán bộ về cơ sở nắm tình hình" + AFTER
    assert directives(read(pipeline, text)) == set()
