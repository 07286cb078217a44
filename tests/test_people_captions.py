"""A picture's caption printed twice inside an article: "Bà A - Bí thư Chi bộ thôn B thăm …".

The cleaning step leaves both copies out of the running text as boilerplate; one copy is still
read, as a sentence of its own, for the bodies and the people and posts it names.
"""

from __future__ import annotations

from extraction import held_posts, organizations

from partykg.loaders.pipeline import Pipeline, load_text

ARTICLE = (
    "Làm theo lời Bác ở vùng cao\n\n"
    "Xã Phúc Lợi, huyện Lục Yên, tỉnh Yên Bái có nhiều thôn vùng cao. Những năm qua, đời sống của bà con "
    "trong xã đã đổi thay nhiều.\n"
    "{caption}\n{caption}\n"
    "Nhờ cách làm mới, thu nhập của người dân trong thôn đã tăng lên rõ rệt so với trước đây.\n"
    "Thôn Khe Cạn hiện có 60 hộ, hầu hết là đồng bào dân tộc Mông.\n"
)


def read(pipeline: Pipeline, caption: str):
    return load_text(ARTICLE.format(caption=caption), source="memory:test-captions", pipeline=pipeline)


def test_a_post_named_in_a_caption_printed_twice(pipeline):
    doc = read(pipeline, "Bà Giàng Thị Mỷ - Bí thư Chi bộ thôn Khe Cạn thăm một hộ trồng chè")
    assert ("Giàng Thị Mỷ", "Bí thư", "Chi bộ thôn Khe Cạn") in held_posts(doc)
    assert "Chi bộ thôn Khe Cạn" in organizations(doc)


def test_the_caption_is_read_once(pipeline):
    doc = read(pipeline, "Bà Giàng Thị Mỷ - Bí thư Chi bộ thôn Khe Cạn thăm một hộ trồng chè")
    people = [m for m in doc.of("person") if m.attrs["name"] == "Giàng Thị Mỷ"]
    assert len(people) == 1


def test_a_caption_with_no_post_names_no_one(pipeline):
    doc = read(pipeline, "Bà con thôn Khe Cạn thu hoạch chè")
    assert not held_posts(doc)
