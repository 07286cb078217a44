"""Names of emulation models are no bodies.

"Chi bộ 4 tốt" ("a four-good cell") and "chi bộ 3 không" name the standard a movement asks
cells to reach, not a cell numbered 4 or 3; a numbered cell is still read as one.
"""

from __future__ import annotations

from extraction import orgs


def test_a_four_good_cell_is_a_model_not_cell_four(pipeline):
    found = orgs("Đảng ủy xã Phú Lâm ra quân xây dựng “Chi bộ 4 tốt” và “Đảng bộ cơ sở 4 tốt” "
                 "trong toàn Đảng bộ xã.", pipeline)
    assert not any(label.startswith("Chi bộ 4") for label in found)
    assert "Đảng bộ xã Phú Lâm" in found


def test_other_models_written_with_a_number(pipeline):
    found = orgs("Các chi bộ thôn ở xã Phú Lâm thi đua xây dựng chi bộ 3 không, chi bộ 5 sạch.", pipeline)
    assert not any(label.startswith(("Chi bộ 3", "Chi bộ 5")) for label in found)


def test_a_numbered_cell_still_stands(pipeline):
    found = orgs("Bí thư Chi bộ 4 của Đảng bộ phường Tân Định báo cáo kết quả quý III.", pipeline)
    assert "Chi bộ 4" in found
