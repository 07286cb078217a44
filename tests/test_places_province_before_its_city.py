"""A name a province and its own city bear ("Hà Tĩnh", "Lào Cai"): a bare "Đảng bộ X" or "Ban Chấp
hành Đảng bộ X" is the province's party organization even where the article also writes "thành phố
X", unless the article names the city's party organization itself ("Thành ủy X", "Đảng bộ thành phố
X").

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
