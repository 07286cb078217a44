"""Academic titles written out ("Tiến sĩ", "Thạc sĩ", "Phó Giáo sư") before a name mark it as a
person's, as their abbreviations ("TS", "PGS.TS") do; they are never part of the name. After a
degree the name must open with a family name and be no subject of study ("Thạc sĩ Ngữ Văn"). A
degree may name its subject before the name ("Tiến sĩ Kinh tế Nguyễn Văn An"); a name that opens
like a subject ("Văn Học Minh", "Văn" a family name) is a name when a given name alone follows,
unless that word is still the subject's: a domain the lowercase word after it completes ("Quản Lý
Giáo dục"; a name never goes on in lower case) or a language or country ("Văn Học Anh").

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, labels, read
from partykg.ontology.terms import PKG


def people(doc) -> set[str]:
    names = labels(doc)
    return {names[f.s.value] for f in doc.facts if f.o == PKG.Person}


def test_a_doctor_named_before_a_former_post(pipeline):
    doc = read(pipeline, "Hội nghị nghe Tiến sĩ Đặng Thị Lựu- nguyên giảng viên khoa Xây dựng Đảng truyền đạt "
                         "chuyên đề mới.")
    assert people(doc) == {"Đặng Thị Lựu"}


def test_two_titles_before_one_name(pipeline):
    doc = read(pipeline, "Phó Giáo sư, Tiến sĩ Bùi Quang Tạo trình bày tham luận tại hội thảo.")
    assert people(doc) == {"Bùi Quang Tạo"}


def test_the_subjects_of_degrees_are_nobody(pipeline):
    doc = read(pipeline, "Chị Đinh Thị Hoa đã có bằng Thạc sĩ Triết Học Mác và Tiến sĩ Quản Lý Nhà nước.")
    assert people(doc) == {"Đinh Thị Hoa"}


def test_counted_degrees_in_a_subject_are_nobody(pipeline):
    doc = read(pipeline, "Đội ngũ giáo viên có 4 Thạc sĩ Sinh Học và 1 Tiến sĩ Toán Học.")
    assert people(doc) == set()


def test_a_subject_between_the_degree_and_the_name(pipeline):
    doc = read(pipeline, "Tiến sĩ Kinh tế Nguyễn Văn An và Thạc sĩ Luật Trần Thị Bình cùng tham gia tổ biên tập.")
    assert people(doc) == {"Nguyễn Văn An", "Trần Thị Bình"}


def test_a_name_opening_like_a_subject_is_a_name(pipeline):
    doc = read(pipeline, "Giáo sư Văn Học Minh gửi bài tham luận về công tác giáo dục lý luận.")
    assert people(doc) == {"Văn Học Minh"}


def test_a_subject_followed_by_no_given_name_is_nobody(pipeline):
    doc = read(pipeline, "Trường có hai Thạc sĩ Văn Học, một Tiến sĩ Quản Lý Nhà nước và một Thạc sĩ Triết Học Mác.")
    assert people(doc) == set()


def test_a_subject_whose_domain_goes_on_in_lower_case_is_nobody(pipeline):
    doc = read(pipeline, "Trong tổ chuyên môn có hai Thạc sĩ Quản Lý Giáo dục, một Tiến sĩ Quản Lý Kinh tế, "
                         "một Thạc sĩ Quản Trị Kinh doanh và một Thạc sĩ Quản Lý Đất đai.")
    assert people(doc) == set()


def test_a_literature_of_the_people_is_nobody(pipeline):
    doc = read(pipeline, "Chị Phan Thị Hằng vừa bảo vệ luận văn Thạc sĩ Văn Học Dân gian tại Huế.")
    assert people(doc) == {"Phan Thị Hằng"}


def test_a_subject_of_a_language_is_nobody_and_holds_no_post(pipeline):
    doc = read(pipeline, "Ông Lê Văn Hải, Thạc sĩ Văn Học Anh, Phó Hiệu trưởng Trường THPT Hòa Bình "
                         "và bà Đỗ Thị Lan, Tiến sĩ Văn Học Pháp, cùng dự buổi sinh hoạt chuyên đề.")
    assert people(doc) == {"Lê Văn Hải", "Đỗ Thị Lan"}
    assert not {post for post in held_posts(doc) if post[0].startswith("Văn Học")}


def test_a_name_opening_like_a_subject_stays_a_name_before_a_verb(pipeline):
    doc = read(pipeline, "Sáng nay, Giáo sư Văn Học Minh trao đổi với sinh viên khoa Ngữ văn.")
    assert people(doc) == {"Văn Học Minh"}
