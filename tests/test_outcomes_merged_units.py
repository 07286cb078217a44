"""A new commune or ward "thành lập trên cơ sở sáp nhập" older ones: the units named after the
merge word are the former ones, and "Phường có …" next still means the new ward."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

WARD = ("Phường Bắc Sơn bước vào nhiệm kỳ đầu\n\n"
        "Sáng 14/6, Đảng bộ phường Bắc Sơn khai mạc đại hội đầu tiên.\n\n"
        "Phường Bắc Sơn ra đời nhờ sáp nhập các phường Trung Sơn, Đông Sơn cùng xã Tây Sơn. "
        "Phường có diện tích chừng 32,5 km2, chia thành 19 khu phố.\n")


def test_the_ward_after_a_merger_is_the_new_one():
    subj = figure_subjects(load_text(WARD, source="memory:bac-son.txt"))
    assert "Bắc Sơn" in subj[32.5]
    assert "Bắc Sơn" in subj[19]


def test_the_unit_a_merger_made_is_named_after_thanh():
    text = ("Huyện Yên Phong gộp xã\n\n"
            "Năm 2020, huyện sáp nhập xã Đông Yên và xã Tây Yên thành xã Hòa Yên. "
            "Xã có 8 thôn.\n")
    subj = figure_subjects(load_text(text, source="memory:hoa-yen.txt"))
    assert subj[8] != "Tây Yên"


def test_after_merging_the_unit_named_is_the_one_as_it_is_now():
    text = ("Phường Kim Tân sau sắp xếp\n\n"
            "Đảng bộ phường Kim Tân có 900 đảng viên.\n\n"
            "Sau khi sáp nhập, phường Kim Tân có 14 chi bộ. Phường có 12 tổ dân phố.\n")
    subj = figure_subjects(load_text(text, source="memory:kim-tan.txt"))
    assert "Kim Tân" in subj[12]


def test_a_commune_named_just_after_sau_sap_nhap_is_the_commune_as_it_is_now():
    text = ("Huyện Mường Lát kiện toàn cơ sở đảng\n\n"
            "Huyện ủy Mường Lát lãnh đạo 31 tổ chức cơ sở đảng.\n\n"
            "Sau sáp nhập, xã Pù Nhi có 18 chi bộ. Xã có 9 bản và 1.700 hộ đồng bào.\n")
    subj = figure_subjects(load_text(text, source="memory:pu-nhi.txt"))
    assert "Pù Nhi" in subj[9]
    assert "Pù Nhi" in subj[1700]
