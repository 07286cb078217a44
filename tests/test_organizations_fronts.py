"""The Fatherland Front written without a place: beside the unions it leads, in a sentence
whose subject is the place the article is about, it is that place's front at any level; with
the country's name alone it is the front as a whole; a recommendation to every place names none.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import organizations, read

CITY = "Thành ủy Hải Phòng lãnh đạo thực hiện nhiệm vụ năm. Thành ủy Hải Phòng kiểm tra các chi bộ. "


def test_the_front_beside_the_unions_of_the_city_the_article_is_about(pipeline):
    got = organizations(read(pipeline, CITY + "Thành phố cũng dựa vào Mặt trận và các đoàn thể "
                                              "để vận động nhân dân hiến đất mở đường."))
    assert "Ủy ban Mặt trận Tổ quốc thành phố Hải Phòng" in got


def test_the_front_in_a_sentence_about_the_place_by_its_name(pipeline):
    got = organizations(read(pipeline, CITY + "Hải Phòng chú trọng phát huy vai trò MTTQ và các đoàn thể chính trị - xã hội."))
    assert "Ủy ban Mặt trận Tổ quốc thành phố Hải Phòng" in got


def test_a_recommendation_to_every_place_names_no_front(pipeline):
    got = organizations(read(pipeline, "Huyện ủy Tân Kỳ chỉ đạo phát triển đảng viên. Huyện ủy Tân Kỳ kiểm tra. "
                                       "Thiết nghĩ, các cấp ủy cần phát huy vai trò MTTQ và các đoàn thể trong việc tạo nguồn."))
    assert not any("Mặt trận" in k for k in got)


def test_the_front_with_the_countrys_name_and_no_place_is_the_front_as_a_whole(pipeline):
    got = organizations(read(pipeline, "Học tập và làm theo Bác là việc thường xuyên của cấp ủy, chính quyền, "
                                       "Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội."))
    assert "Mặt trận Tổ quốc Việt Nam" in got


def test_the_front_with_the_countrys_name_and_a_place_is_that_places_front(pipeline):
    got = organizations(read(pipeline, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An khen thưởng các khu dân cư."))
    assert "Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An" in got
    assert "Mặt trận Tổ quốc Việt Nam" not in got


def test_the_front_written_with_the_country_in_its_acronym_is_the_front():
    from partykg.loaders.pipeline import load_text
    doc = load_text("Tiếp xúc cử tri ở Nghệ An\n\nNgày 3/4, Tỉnh ủy Nghệ An sơ kết công tác dân vận. "
                    "Dự buổi làm việc có đại diện HĐND, UBND, UBMTTQVN huyện Yên Thành. "
                    "Phó Chủ tịch UBMTTQVN tỉnh phát biểu.\n", source="memory:ubmttqvn.txt")
    names = {m.text: m.attrs.get("name") for m in doc.of("organization")}
    assert names["UBMTTQVN huyện Yên Thành"] == "Ủy ban Mặt trận Tổ quốc huyện Yên Thành"
    assert names["UBND"] == "UBND huyện Yên Thành"  # the list shares the front's unit
    assert names["UBMTTQVN tỉnh"] == "Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An"
