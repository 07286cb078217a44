"""A party committee's code written the state's way, its suffix in another case, is still its party code.

"Quyết định số 120/QĐ-Thu" of a town committee is "120-QĐ/ThU"; a people's committee's own state code
("15/QĐ-UBND") stays as written.
"""

from __future__ import annotations

from extraction import directives, read


def test_a_committee_suffix_in_lower_case_takes_the_party_form(pipeline):
    doc = read(pipeline, "Ngày 5/1/2023, Thị ủy Hoàng Mai ban hành Quyết định số 120/QĐ-Thu về xếp loại các chi bộ.")
    assert directives(doc) == {"Quyết định số 120-QĐ/ThU"}


def test_a_state_code_stays_as_written(pipeline):
    doc = read(pipeline, "UBND huyện Yên Lạc ban hành Quyết định số 15/QĐ-UBND về công tác kiểm tra.")
    assert directives(doc) == {"Quyết định số 15/QĐ-UBND"}
