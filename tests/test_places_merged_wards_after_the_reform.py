"""An article written after the 2025 reform that tells which wards were merged names wards of the
old map: "P.X" is the old ward X, even when the new map has a commune (not a ward) of that name
in another province.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import read

TEXT = ("date 2025-09-02 Phường mới của tỉnh Đồng Nai\n\n"
        "Theo đề án, phường Chơn Thành (tỉnh Đồng Nai) hình thành khi sáp nhập P.Thành Tâm, P.Hưng Long "
        "cùng P.Minh Thành của TX.Chơn Thành thuộc tỉnh Bình Phước cũ.")


def test_a_merged_ward_is_the_ward_of_the_old_map(pipeline):
    doc = read(pipeline, TEXT)
    got = {m.attrs.get("name"): m.attrs for m in doc.of("place")}
    assert got["Hưng Long"]["unit_type"] == "phường"
    assert got["Hưng Long"]["parent_iri"] == got["Thành Tâm"]["parent_iri"]
