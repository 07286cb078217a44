"""A name a province and its own city bear ("Hà Tĩnh", "Lào Cai"): a bare "Đảng bộ X" or "Ban Chấp
hành Đảng bộ X" is the province's party organization even where the article also writes "thành phố
X", unless the article names the city's party organization itself ("Thành ủy X", "Thành Ủy TP.X",
"Đảng bộ thành phố X"). A town, a district or a commune named like its province is no such city.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs, read


def _party(text: str, pipeline) -> set[str]:
    return {label for label, o in orgs(text, pipeline).items() if o.kind == "party_committee"}


def test_a_bare_party_organization_is_the_province_beside_its_city(pipeline):
    assert _party("Ngày 3/5/2024, Ban Chấp hành Đảng bộ Hà Tĩnh khóa XIX họp phiên thường kỳ. Hội nghị "
                  "bàn việc chỉnh trang các tuyến phố của thành phố Hà Tĩnh.", pipeline) == {"Đảng bộ tỉnh Hà Tĩnh"}


def test_another_province_named_like_its_city_reads_the_same(pipeline):
    assert _party("Năm 2024, Đảng bộ Lào Cai kết nạp thêm nhiều đảng viên trẻ, nhất là ở Thành phố Lào "
                  "Cai và các xã biên giới.", pipeline) == {"Đảng bộ tỉnh Lào Cai"}


def test_the_place_inside_the_bare_name_is_the_province(pipeline):
    doc = read(pipeline, "Ngày 3/5/2024, Ban Chấp hành Đảng bộ Thái Bình khóa XX họp. Hội nghị bàn việc "
                         "mở rộng Thành phố Thái Bình.")
    first = min(doc.of("place"), key=lambda m: m.start)
    assert (first.attrs["name"], first.attrs["level"]) == ("Thái Bình", "province")


def test_the_city_is_meant_where_the_article_names_its_committee(pipeline):
    # negative: "Thành ủy X" in the same article makes the bare name the city's
    assert _party("Ngày 3/5/2024, Thành ủy Hà Tĩnh tổ chức hội nghị. Ban Chấp hành Đảng bộ Hà Tĩnh khóa "
                  "XX thông qua kế hoạch chỉnh trang thành phố Hà Tĩnh.", pipeline) == {"Đảng bộ thành phố Hà Tĩnh"}


def test_the_city_is_meant_where_the_article_names_its_party_organization_with_its_type(pipeline):
    # negative: "Đảng bộ thành phố X" written out keeps the bare name the city's
    assert _party("Ngày 3/5/2024, Ban Chấp hành Đảng bộ Lào Cai khóa XX họp. Đảng bộ thành phố Lào Cai "
                  "có 60 tổ chức cơ sở đảng.", pipeline) == {"Đảng bộ thành phố Lào Cai"}


def test_the_city_is_meant_where_its_committee_is_written_with_the_city_abbreviated(pipeline):
    # negative: "TP." with or without a space, "TP" with no dot, all name the city's committee
    for committee in ("Thành ủy TP.Hà Tĩnh", "Thành ủy TP. Hà Tĩnh", "Thành ủy TP Hà Tĩnh", "Đảng bộ TP.Hà Tĩnh"):
        assert _party(f"Ngày 8/6/2024, {committee} sơ kết công tác quý II. Ban Chấp hành Đảng bộ Hà Tĩnh "
                      "cũng giao việc lát vỉa hè cho các phường của thành phố Hà Tĩnh.",
                      pipeline) == {"Đảng bộ thành phố Hà Tĩnh"}, committee


def test_the_city_is_meant_where_its_committee_is_written_with_a_capital_u(pipeline):
    assert _party("Ngày 8/6/2024, Thành Ủy Thái Bình họp. Ban Chấp hành Đảng bộ Thái Bình bàn việc nâng cấp "
                  "chợ trung tâm Thành phố Thái Bình.", pipeline) == {"Đảng bộ thành phố Thái Bình"}


def test_a_town_named_like_its_province_keeps_the_bare_name(pipeline):
    # negative: only the province's own city gives way to the province
    got = _party("Ngày 2/3/2024, Thị ủy Quảng Trị tổng kết năm. Đảng bộ Quảng Trị có thêm 40 đảng viên, "
                 "phần lớn ở các phường của thị xã Quảng Trị.", pipeline)
    assert "Đảng bộ tỉnh Quảng Trị" not in got


def test_a_district_named_like_its_province_keeps_the_bare_name(pipeline):
    # negative: a district's party organization is no province's
    got = _party("Ngày 2/3/2024, Huyện ủy Điện Biên họp mở rộng. Đảng bộ Điện Biên đề ra chỉ tiêu trồng "
                 "thêm rừng ở các xã vùng cao của huyện Điện Biên.", pipeline)
    assert "Đảng bộ tỉnh Điện Biên" not in got


def test_a_ward_named_like_its_province_after_the_reform_keeps_the_bare_name(pipeline):
    # negative: a ward whose committee the article names is no province
    got = _party("Ngày 15/9/2025, Đảng ủy phường Lào Cai ra mắt ban chỉ đạo chuyển đổi số. Đảng bộ Lào Cai "
                 "giao cho các chi bộ khu dân cư rà soát đảng viên.", pipeline)
    assert "Đảng bộ tỉnh Lào Cai" not in got
