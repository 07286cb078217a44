"""Where the title of a scheme or programme written after its kind word ends.

"sự lãnh đạo của Đảng đối với <field>" is one phrase of a title; "đối với <whom>" after any
other words ends it, and so does "và phong trào …", "và Nghị quyết …": a second document.
"""

from __future__ import annotations

from extraction import directives, read


def test_a_title_on_the_partys_leadership_over_a_field_keeps_the_field(pipeline):
    text = ("Huyện ủy Hải Hậu thực hiện Đề án Tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên "
            "trên địa bàn huyện và phong trào thi đua “Dân vận khéo”.")
    assert "Đề án Tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên trên địa bàn huyện" in directives(
        read(pipeline, text))


def test_a_title_still_ends_before_whom_it_is_for(pipeline):
    text = "Huyện ủy Hải Hậu ban hành Đề án Phát triển du lịch đối với các xã ven biển."
    assert directives(read(pipeline, text)) == {"Đề án Phát triển du lịch"}


def test_a_title_keeps_plans_and_movements_that_are_its_own_words(pipeline):
    text = ("Huyện ủy Hải Hậu ban hành Đề án Nâng cao chất lượng lập quy hoạch và kế hoạch sử dụng đất "
            "giai đoạn 2021-2025.")
    assert directives(read(pipeline, text)) == {
        "Đề án Nâng cao chất lượng lập quy hoạch và kế hoạch sử dụng đất giai đoạn 2021-2025"}
    text = "Huyện ủy Hải Hậu ban hành Đề án Phát triển phong trào văn nghệ và phong trào thể thao quần chúng."
    assert directives(read(pipeline, text)) == {"Đề án Phát triển phong trào văn nghệ và phong trào thể thao quần chúng"}


def test_a_second_document_named_by_its_kind_ends_the_title(pipeline):
    text = ("Huyện ủy Hải Hậu quán triệt Đề án Phát triển du lịch biển và Nghị quyết số 12-NQ/TU của "
            "Tỉnh ủy Nam Định.")
    assert "Đề án Phát triển du lịch biển" in directives(read(pipeline, text))
