"""The party cell or committee of a department or an inspectorate is named after it: "Chi bộ Sở
Tài chính", "Chi bộ Sở NN&PTNT" (an abbreviated sector joined by "&"), "Chi bộ Thanh tra
huyện", "Đảng bộ Thanh tra tỉnh"; "Thanh" there opens the inspectorate's name, no commune's.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

import pytest

from extraction import orgs, read


@pytest.mark.parametrize("agency", ["Sở Tài chính", "Sở NN&PTNT", "Sở KH&CN", "Sở LĐ-TB&XH"])
def test_a_departments_cell_is_named_after_the_department(pipeline, agency):
    got = orgs(f"Tỉnh ủy Kon Tum biểu dương Chi bộ {agency} vì đã hoàn thành tốt nhiệm vụ.", pipeline)
    cell = got[f"Chi bộ {agency}"]
    assert cell.kind == "party_cell" and cell.level == "agency"


def test_a_departments_cell_keeps_the_province_written_after_it(pipeline):
    got = orgs("Chi bộ Sở Tư pháp tỉnh Kon Tum tổ chức sinh hoạt chuyên đề tháng này.", pipeline)
    assert got["Chi bộ Sở Tư pháp tỉnh Kon Tum"].kind == "party_cell"


def test_an_inspectorates_party_committee_and_cell(pipeline):
    got = orgs("Tỉnh ủy Kon Tum đề nghị kỷ luật Ban Chấp hành Đảng bộ Thanh tra tỉnh; "
               "Chi bộ Thanh tra huyện Đăk Hà được khen.", pipeline)
    assert got["Đảng bộ Thanh tra tỉnh"].kind == "party_committee"
    assert got["Chi bộ Thanh tra huyện Đắk Hà"].kind == "party_cell"  # the gazetteer's spelling
    assert not any(label.endswith(" xã Thanh") for label in got)


def test_the_inspectorates_name_is_no_commune(pipeline):
    doc = read(pipeline, "Tỉnh ủy Kon Tum đề nghị kỷ luật Ban Chấp hành Đảng bộ Thanh tra tỉnh.")
    assert "Thanh" not in {m.attrs.get("name") for m in doc.of("place")}
