"""A village opened as "Khu dân cư thôn X" is the subject of the figures after it, as "Thôn X"
is; and a later sentence naming "trong thôn" / "của bản" still speaks of that village, though
more than two sentences have passed."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def subjects(text: str) -> dict:
    doc = load_text(text, source="memory:residential-area.txt")
    labels = {m.iri.value: (m.attrs.get("name") or m.text) for m in doc.of("organization") if m.iri is not None}
    labels.update({m.iri.value: (m.attrs.get("name") or m.text) for m in doc.of("place") if m.iri is not None})
    return {o.figure.value: labels.get(o.figure.subject.value, o.figure.subject.value) for o in doc.context["outcomes"]}


TEXT = ("Bí thư Tỉnh ủy Cao Bằng dự ngày hội ở thôn Nà Mòn\n\n"
        "Sáng 12/11, Bí thư Tỉnh ủy Cao Bằng dự Ngày hội Đại đoàn kết ở thôn Nà Mòn, xã Hưng Đạo.\n\n"
        "Khu dân cư thôn Nà Mòn có 64 hộ, với 290 nhân khẩu, 98% là đồng bào Tày. Năm qua, bà con trong thôn "
        "đoàn kết giúp nhau làm kinh tế.\n\n"
        "Bí thư Tỉnh ủy trao quà cho thôn Nà Mòn\n\n"
        "Các phong trào thi đua được hưởng ứng rộng rãi. Nhờ vậy, năm 2024 có thêm 12 hộ khá, tỷ lệ hộ đạt "
        "gia đình văn hóa của thôn chiếm trên 93%.\n")


def test_the_residential_area_of_a_village_is_the_village():
    got = subjects(TEXT)
    assert got[290] == "Nà Mòn"
    assert got[98] == "Nà Mòn"


def test_the_village_named_by_its_unit_word_a_few_sentences_on():
    got = subjects(TEXT)
    assert got[12] == "Nà Mòn"
    assert got[93] == "Nà Mòn"


def test_villages_in_general_name_no_village():
    got = subjects("Đảng bộ xã Hưng Đạo\n\n"
                   "Đảng bộ xã Hưng Đạo lãnh đạo phát triển kinh tế. Thôn Nà Mòn có 64 hộ đồng bào Tày. "
                   "Xã có nhiều đổi mới. Năm 2024, có thêm 30 hộ thoát nghèo trong thôn, xóm.\n")
    assert got[64] == "Nà Mòn"
    assert got[30] != "Nà Mòn"
