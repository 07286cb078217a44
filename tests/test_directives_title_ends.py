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
