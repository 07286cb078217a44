"""A body named with its city abbreviated after a dot ("Thành ủy TP.HCM", "UBND TP. HCM") is named
through the whole city form: no name of it ends in the bare "TP.", not even among its alternative
labels.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import read
from partykg.ontology.terms import SKOS


def _alt_labels(doc) -> set[str]:
    return {f.o.value for f in doc.facts if f.p == SKOS.altLabel}


def test_a_committee_of_a_city_abbreviated_with_a_dot_is_named_through_the_city(pipeline):
    doc = read(pipeline, "Sáng 4/9/2025, Ban Thường vụ Thành ủy TP.HCM làm việc với các phường ven sông.")
    alts = _alt_labels(doc)
    assert {"Thành ủy TP.HCM", "Ban Thường vụ Thành ủy TP.HCM"} <= alts
    assert not any(a.endswith("TP.") for a in alts)


def test_a_committee_of_a_city_abbreviated_with_a_dot_and_a_space_keeps_no_cut_name(pipeline):
    doc = read(pipeline, "Chiều 4/9/2025, UBND TP. HCM giao chỉ tiêu thu ngân sách cho các phường.")
    alts = _alt_labels(doc)
    assert "UBND TP. HCM" in alts and not any(a.endswith("TP.") for a in alts)


def test_a_city_written_in_full_after_the_dot_is_named_so(pipeline):
    # negative: a name already whole is neither lengthened nor cut
    doc = read(pipeline, "Sáng 4/9/2025, Thành ủy TP.Đà Nẵng khen thưởng các tổ chức cơ sở đảng.")
    alts = _alt_labels(doc)
    assert "Thành ủy TP.Đà Nẵng" in alts and not any(a.endswith("TP.") for a in alts)


def test_a_name_ending_in_a_sectors_abbreviation_keeps_its_alternative_label(pipeline):
    # negative: "TT" joined by "&" to the word before is a sector's abbreviation, no bare unit
    doc = read(pipeline, "Ngày 11/3/2024, Đảng ủy Sở TT&TT tỉnh Nam Định họp. Sau đó Đảng ủy Sở TT&TT giao "
                         "việc cho các chi bộ.")
    assert "Đảng ủy Sở TT&TT" in _alt_labels(doc)
