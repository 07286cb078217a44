"""Organizations: the Youth Union's committee named by its unit ("Huyện đoàn", "Tỉnh đoàn").

"Huyện đoàn X" is the district's Youth Union ("Đoàn Thanh niên huyện X"), one body under
either name; written bare, it is the district of the article. In lower case it names the body
only before its place ("cán bộ huyện đoàn X"); "toàn huyện đoàn kết" is no body at all.
Every sentence is written for these tests.
"""

from __future__ import annotations

from extraction import orgs


def test_a_district_youth_union_written_by_its_unit_is_the_same_body(pipeline):
    found = orgs("Huyện ủy Mường Tè chỉ đạo Huyện đoàn ra quân; Đoàn Thanh niên huyện Mường Tè hưởng ứng.", pipeline)
    union = found["Huyện đoàn Mường Tè"]
    assert union.kind == "mass_organization" and union.place.name == "Mường Tè"
    assert len([o for o in found.values() if o.kind == "mass_organization"]) == 1


def test_a_province_youth_union_with_its_name(pipeline):
    found = orgs("Tỉnh đoàn Lai Châu phát động phong trào thanh niên tình nguyện.", pipeline)
    assert found["Tỉnh đoàn Lai Châu"].level == "province"


def test_lower_case_only_with_the_place_and_never_unity(pipeline):
    found = orgs("Huyện ủy Mường Tè lưu ý: toàn huyện đoàn kết một lòng; cán bộ huyện đoàn làm việc tốt.", pipeline)
    assert not [o for o in found.values() if o.kind == "mass_organization"]
    found = orgs("Huyện ủy Mường Tè kiểm tra việc tuyển cán bộ huyện đoàn Mường Tè.", pipeline)
    assert "Huyện đoàn Mường Tè" in found
