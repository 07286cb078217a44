"""A directive carried out, in the passive, by the party bodies within an organization.

"<X> đã được các cấp ủy, chi bộ trong Đảng bộ huyện Y thực hiện nghiêm túc" tells of Y's party
organization at work through its bodies: Y carries <X> out. Government or mass bodies alone
("chính quyền, đoàn thể trong …") are not the party organization, and a verb that is no carrying
out ("đánh giá cao") is no news of it.
"""

from __future__ import annotations

from extraction import carried_out


def test_party_bodies_within_a_district_party_organization(pipeline):
    text = "Qua 3 năm, Chỉ thị số 05-CT/TW đã được các cấp ủy, chi bộ trong Đảng bộ huyện Mường Tè thực hiện nghiêm túc."
    assert ("Đảng bộ huyện Mường Tè", "Chỉ thị số 05-CT/TW") in carried_out(pipeline, text)


def test_grassroots_organizations_under_a_party_organization(pipeline):
    text = ("Nghị quyết số 09-NQ/TU của Tỉnh ủy được các tổ chức cơ sở đảng thuộc Đảng bộ huyện Mường Tè "
            "quán triệt đầy đủ.")
    assert ("Đảng bộ huyện Mường Tè", "Nghị quyết số 09-NQ/TU") in carried_out(pipeline, text)


def test_government_and_mass_bodies_alone_are_not_the_party_organization(pipeline):
    text = "Nghị quyết số 09-NQ/TU của Tỉnh ủy được chính quyền, đoàn thể trong Đảng bộ huyện Mường Tè quán triệt."
    assert not any(org == "Đảng bộ huyện Mường Tè" for org, _ in carried_out(pipeline, text))


def test_praise_is_no_carrying_out(pipeline):
    text = "Nghị quyết số 09-NQ/TU của Tỉnh ủy được các chi bộ trong Đảng bộ huyện Mường Tè đánh giá cao."
    assert not any(org == "Đảng bộ huyện Mường Tè" for org, _ in carried_out(pipeline, text))
