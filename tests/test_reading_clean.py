"""Page boilerplate is left out of the body spans (the text itself stays as read), and the
metadata the page shows — title, publication date, author — is kept."""

from __future__ import annotations

from partykg.loaders.clean import find_body, parse_date
from partykg.loaders.pipeline import load_text

PARA1 = ("Đảng bộ xã Nậm Lương có 18 chi bộ trực thuộc với 240 đảng viên, trong đó có 6 chi bộ "
         "bản và 4 chi bộ trường học. Năm 2022, Đảng ủy xã chú trọng công tác kiểm tra, giám sát.")
PARA2 = ("Nhờ làm tốt công tác tuyên truyền, nhận thức của cán bộ, đảng viên được nâng lên rõ rệt; "
         "nhiều mô hình phát triển kinh tế được nhân rộng trong toàn xã.")


def body(text: str, meta: dict | None = None) -> tuple[list[str], dict]:
    meta = {} if meta is None else meta
    spans = find_body(text, meta)
    return [text[a:b] for a, b in spans], meta


def test_page_header_title_date_and_counters():
    text = ("Chủ nhật, 12/03/2023, 09:10 [GMT+7]\n\nĐảng bộ Nậm Lương làm tốt công tác kiểm tra\n\n"
            "Thứ năm - 09/03/2023 07:45 315 2\n" + PARA1 + "\n" + PARA2 + "\n")
    lines, meta = body(text)
    assert lines == ["Đảng bộ Nậm Lương làm tốt công tác kiểm tra", PARA1, PARA2]
    assert meta["title"] == "Đảng bộ Nậm Lương làm tốt công tác kiểm tra"
    assert meta["date"] == "2023-03-09"  # the date above the text, not the page clock


def test_repeated_caption_comment_box_teasers_and_author():
    text = (PARA1 + "\nCán bộ xã thăm mô hình trồng chè\nCán bộ xã thăm mô hình trồng chè\n" + PARA2
            + "\nHà Văn Sinh\n\nBình luận\nHiện tại chưa có bình luận\nViết bình luận\n"
            "Khai mạc hội thi tiếng hát dân ca\nHội thi thu hút 20 đội văn nghệ đến từ các xã trong huyện...\n")
    lines, meta = body(text)
    assert lines == [PARA1, PARA2]
    assert meta["author"] == "Hà Văn Sinh"


def test_a_headline_written_twice_above_the_text_stays_once():
    title = "Ban Thường vụ Huyện ủy Nậm Lương làm việc với Đảng ủy xã Pa Tần"
    lines, meta = body(f"{title}\n\n{title}\n\n" + PARA1 + "\n" + PARA2 + "\n")
    assert lines == [title, PARA1, PARA2]
    assert meta["title"] == title


def test_caption_repeating_a_sentence_of_the_text():
    caption = "Đảng ủy xã chú trọng công tác kiểm tra, giám sát"
    lines, _ = body(PARA1 + "\n" + caption + "\n" + PARA2)
    assert lines == [PARA1, PARA2]


def test_author_label_and_list_of_unrelated_documents():
    text = (PARA1 + "\n" + PARA2 + "\nTác giả: Lê Thu Trang\nVăn bản mới\nSố: 12/2024/TT-BTC\n"
            "Thông tư quy định mức thu phí\nlượt xem: 120 | lượt tải:15\n")
    lines, meta = body(text)
    assert lines == [PARA1, PARA2] and meta["author"] == "Lê Thu Trang"


def test_agency_marker_dateline_section_and_tags():
    text = ("Nậm Lương làm tốt công tác kiểm tra\n(HNM) - " + PARA1 + "\n" + PARA2
            + "\n09/03/23 07:45 GMT+7\nXã hội\nĐảng bộ,Kiểm tra,Giám sát,Nậm Lương\nHà Nội Mới\n")
    lines, meta = body(text)
    assert lines == ["Nậm Lương làm tốt công tác kiểm tra", PARA1, PARA2]
    assert meta["date"] == "2023-03-09"


def test_a_date_line_between_the_lead_and_the_article_does_not_close_it():
    lead = ("Xã Nậm Lương được huyện chọn làm nơi tổ chức đại hội điểm của Đảng bộ cấp cơ sở, "
            "truyền hình trực tuyến đến 40 điểm cầu trong toàn huyện.")
    text = "Nậm Lương tổ chức đại hội điểm\n" + lead + "\n09/03/2023 07:45:00\n" + PARA1 + "\n" + PARA2 + "\n"
    lines, meta = body(text)
    assert lines == ["Nậm Lương tổ chức đại hội điểm", lead, PARA1, PARA2]
    assert meta["date"] == "2023-03-09"


def test_a_date_line_after_the_article_closes_it_before_short_teasers():
    teaser = ("Hội thi tìm hiểu lịch sử Đảng bộ huyện thu hút hơn 300 đoàn viên, thanh niên của "
              "các xã tham gia, nhiều đội đạt giải cao.")
    text = PARA1 + "\n" + PARA2 + "\n09/03/2023 07:45:00\nTin cùng huyện\n" + teaser + "\n"
    lines, _ = body(text)
    assert lines == [PARA1, PARA2]


def test_comment_form_lines_anywhere():
    lines, _ = body(PARA1 + "\n(Còn nữa)\nBạn còn 500/500 ký tự\nBạn vui lòng nhập từ 5 ký tự trở lên !!!\n")
    assert lines == [PARA1]


def test_byline_theo_alone_at_the_end_goes_but_a_sentence_starting_with_theo_stays():
    first = "Theo báo cáo của Đảng ủy xã, năm 2022 có 12 chi bộ hoàn thành tốt nhiệm vụ."
    lines, _ = body(first + "\n" + PARA2 + "\nTheo Báo Điện Biên Phủ\n")
    assert lines == [first, PARA2]


def test_metadata_given_by_the_reader_wins():
    lines, meta = body("Thứ năm - 09/03/2023 07:45\n" + PARA1, {"date": "2021-01-02T10:00:00Z", "title": "T"})
    assert meta["date"] == "2021-01-02" and meta["title"] == "T" and lines == [PARA1]


def test_offsets_point_into_the_text_as_read():
    text = "  Tiêu đề bài viết\r\n\n  Thứ hai - 06/03/2023 08:00\n" + PARA1 + "  \n"
    doc = load_text(text)
    assert doc.text == text
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text


def test_parse_date():
    assert parse_date("Thứ tư - 07/12/2022 03:34") == "2022-12-07"
    assert parse_date("02/07/2021 - 13:58") == "2021-07-02"
    assert parse_date("2021-07-02T13:58:00+07:00") == "2021-07-02"
    assert parse_date("28/05/13 03:11 GMT+7") == "2013-05-28"
    assert parse_date("31/02/2021") is not None  # day range is not checked per month
    assert parse_date("13/13/2021") is None and parse_date("không có ngày") is None


def test_seed_pages_lose_their_furniture(seeds):
    from partykg.loaders.pipeline import Pipeline
    from partykg.loaders.read import read_path

    pipe = Pipeline(components=())
    docs = {p.name[:3]: pipe.make_doc(next(iter(read_path(p)))) for p in seeds}
    texts = {k: " ".join(s.text for s in d.sentences) for k, d in docs.items()}
    assert docs["001"].meta["date"] == "2022-12-07" and docs["003"].meta["date"] == "2021-07-02"
    assert "lượt xem" not in texts["001"] and "Bình luận" not in texts["003"]
    assert "500/500" not in texts["004"]
    for d in docs.values():
        for s in d.sentences:
            assert d.text[s.start:s.end] == s.text


def test_teasers_without_a_heading_at_the_end():
    text = (PARA1 + "\n" + PARA2 + "\nGiải bóng đá thanh niên khai mạc\nChiều qua, giải bóng đá thanh niên "
            "huyện đã khai mạc với 12 đội...\nTập huấn nghiệp vụ cho cán bộ thôn\nSáng nay, lớp tập huấn…\n")
    lines, _ = body(text)
    assert lines == [PARA1, PARA2]


def test_markdown_heading_marks_and_images():
    text = "# Nậm Lương làm tốt công tác kiểm tra\n\n![Ảnh hội nghị](anh.jpg)\n\n" + PARA1 + "\n"
    lines, meta = body(text)
    assert lines == ["Nậm Lương làm tốt công tác kiểm tra", PARA1]
    assert meta["title"] == "Nậm Lương làm tốt công tác kiểm tra"


def test_a_date_labelled_before_the_title_on_its_line_is_the_publication_date():
    lines, meta = body(" date 2024-11-05 Xã Phong Nam kết nạp đảng viên mới\n\n" + PARA1, {})
    assert meta["date"] == "2024-11-05"
    assert lines[0] == "Xã Phong Nam kết nạp đảng viên mới"  # the label and date are not the title's
    _, meta = body("Ngày đăng: 05/11/2024 Xã Phong Nam kết nạp đảng viên mới\n\n" + PARA1, {})
    assert meta["date"] == "2024-11-05"
    # a date inside the first line, or further down, is not a label
    _, meta = body("Xã Phong Nam cập nhật 2024-11-05 số liệu\n\n" + PARA1, {})
    assert "date" not in meta


def test_a_paragraph_printed_twice_in_a_row_stays_once():
    lines, _ = body(PARA1 + "\n\n" + PARA1 + "\n\n" + PARA2 + "\n")
    assert lines == [PARA1, PARA2]
