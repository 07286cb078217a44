"""Mass organizations written in lists, and bodies named by the text's own form.

Each test states one reading rule: "Hội" written once before a list of associations names each
of them ("Hội Nông dân, Phụ nữ, Cựu chiến binh"); a body without a place listed right after
one with a place shares that place; "Hội Phụ nữ" and "Liên đoàn Lao động" keep the name the
text gives them and stay one body with "Hội LHPN" and "LĐLĐ"; the National Assembly
delegation written alone is the province's; "trái phiếu Chính phủ" names no body; an army unit is
named by its number ("Trung đoàn 920"), and its party committee ("Đảng ủy Sư đoàn 350", which names
the division too) is another body.
"""

from __future__ import annotations

from extraction import organizations

from partykg.loaders.pipeline import load_text


def orgs(pipeline, text: str) -> dict[str, str]:
    return organizations(load_text(text, source="memory:test", pipeline=pipeline))


PROVINCE = "Tỉnh ủy Hà Nam lãnh đạo phong trào thi đua. Tỉnh ủy Hà Nam tổng kết năm. "


def test_one_hoi_before_a_list_names_every_association(pipeline):
    got = orgs(pipeline, PROVINCE + "Ủy ban Mặt trận Tổ quốc tỉnh, Hội Nông dân, Phụ nữ, Cựu chiến binh "
                                    "đã vận động hội viên tham gia.")
    assert {"Hội Nông dân tỉnh Hà Nam", "Hội Phụ nữ tỉnh Hà Nam", "Hội Cựu chiến binh tỉnh Hà Nam"} <= set(got)


def test_bodies_listed_after_the_first_share_its_place(pipeline):
    got = orgs(pipeline, PROVINCE + "Mặt trận Tổ quốc tỉnh, Hội Nông dân và các tổ chức xã hội - nghề nghiệp "
                                    "như Hội Doanh nghiệp, Liên đoàn Lao động cùng tham gia giám sát.")
    assert {"Hội Doanh nghiệp tỉnh Hà Nam", "Liên đoàn Lao động tỉnh Hà Nam"} <= set(got)


def test_the_womens_union_keeps_the_name_written_and_stays_one_body(pipeline):
    got = orgs(pipeline, PROVINCE + "Hội Phụ nữ tỉnh Hà Nam ra mắt câu lạc bộ. Hội LHPN tỉnh Hà Nam trao quà.")
    assert "Hội Phụ nữ tỉnh Hà Nam" in got
    assert "Hội LHPN tỉnh Hà Nam" not in got


def test_the_national_assembly_delegation_alone_is_the_provinces(pipeline):
    got = orgs(pipeline, PROVINCE + "Cử tri gặp Đoàn đại biểu Quốc hội để kiến nghị.")
    assert "Đoàn đại biểu Quốc hội tỉnh Hà Nam" in got


def test_government_bonds_name_no_body(pipeline):
    got = orgs(pipeline, PROVINCE + "Xã xây hai trường học bằng trái phiếu Chính phủ.")
    assert "Chính phủ" not in got


def test_an_association_list_after_a_place_is_not_elided(pipeline):
    got = orgs(pipeline, PROVINCE + "Hội Nông dân tỉnh Hà Nam, Phụ nữ và trẻ em được quan tâm.")
    assert "Hội Phụ nữ tỉnh Hà Nam" not in got


def test_an_army_unit_named_by_its_number(pipeline):
    got = orgs(pipeline, "Chiến sĩ Trung đoàn 920 tuyên thệ. Đảng ủy Sư đoàn 350 (Quân khu 7) họp.")
    assert {"Trung đoàn 920", "Quân khu 7", "Đảng bộ Sư đoàn 350"} <= set(got)
    # the party committee names its division too, and the two are two bodies
    assert "Sư đoàn 350" in got and got["Sư đoàn 350"] != got["Đảng bộ Sư đoàn 350"]
