"""A body followed by a province or city the places component read under another spelling
("TPHCM", "TP.HCM" for Thành phố Hồ Chí Minh) is that city's body, not the body of the ward
the article is about.

Every sentence here is written for the tests.
"""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def _names(text: str) -> dict[str, str]:
    doc = load_text(text, source="memory:city.txt")
    return {m.text: m.attrs.get("name") for m in doc.of("organization")}


ARTICLE = ("Trao thẻ đảng ở phường Tân Định\n\n"
           "Ngày 3/4, Đảng ủy phường Tân Định, quận 1 trao thẻ đảng cho đảng viên mới. Dự buổi lễ có "
           "bà Lê Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam TPHCM, và đại diện Ủy ban MTTQ phường.\n")


def test_a_front_followed_by_the_city_abbreviation_is_the_city_front():
    names = _names(ARTICLE)
    assert names["Ủy ban MTTQ Việt Nam"] == "Ủy ban Mặt trận Tổ quốc thành phố Hồ Chí Minh"


def test_the_ward_front_stays_the_ward_front():
    assert _names(ARTICLE)["Ủy ban MTTQ phường"] == "Ủy ban Mặt trận Tổ quốc phường Tân Định"


def test_the_dotted_abbreviation_names_the_same_city():
    names = _names(ARTICLE.replace("Ủy ban MTTQ Việt Nam TPHCM", "Ủy ban MTTQ Việt Nam TP.HCM"))
    assert "Ủy ban Mặt trận Tổ quốc thành phố Hồ Chí Minh" in names.values()


def test_an_organ_of_the_city_committee_is_named_with_tp():
    names = _names("Bà Lê Thị Mai, Phó Trưởng ban Tổ chức Thành ủy TP. Hồ Chí Minh, dự lễ.\n")
    assert "Ban Tổ chức Thành ủy TP. Hồ Chí Minh" in names.values()
    assert "Ban Tổ chức Thành ủy Hồ Chí Minh" not in names.values()
