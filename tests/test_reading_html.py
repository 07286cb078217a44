"""HTML pages: the article's text without scripts, menus and comments; <meta> metadata kept."""

from __future__ import annotations

from partykg.loaders.html import html_to_text
from partykg.loaders.pipeline import Pipeline
from partykg.loaders.read import RawDocument

PAGE = """<!doctype html><html><head><title>Báo | Xây dựng Đảng</title>
<meta property="og:title" content="Chi bộ thôn Nà Lừu sinh hoạt chuyên đề">
<meta property="article:published_time" content="2023-04-05T08:00:00+07:00">
<meta name="author" content="Hoàng Lan"><link rel="canonical" href="https://example.org/tin/na-luu">
<script>var trap = "Đảng ủy xã Giả Định";</script><style>p { color: red }</style></head>
<body><nav><ul><li>Trang chủ</li><li>Thời sự</li></ul></nav>
<article><h1>Chi bộ thôn Nà Lừu sinh hoạt chuyên đề</h1>
<p>Ngày 4/4, Chi bộ thôn Nà Lừu thuộc <b>Đảng bộ xã</b> Yên Thổ sinh hoạt chuyên đề. Chi bộ có 25 đảng viên.</p>
<p>Buổi sinh hoạt có đại diện Đảng ủy xã tham dự.</p>
<div class="box-comment"><p>Bình luận của bạn đọc rất dài dòng về chuyện khác hoàn toàn.</p></div>
<div class="related-news"><a href="/x">Một tin khác không liên quan</a></div></article>
<footer>Bản quyền thuộc về tòa soạn</footer><script>for(;;){}</script></body></html>"""


def test_article_text_without_scripts_menus_and_comments():
    text, meta = html_to_text(PAGE)
    assert text.splitlines() == [
        "Chi bộ thôn Nà Lừu sinh hoạt chuyên đề",
        "Ngày 4/4, Chi bộ thôn Nà Lừu thuộc Đảng bộ xã Yên Thổ sinh hoạt chuyên đề. Chi bộ có 25 đảng viên.",
        "Buổi sinh hoạt có đại diện Đảng ủy xã tham dự."]
    assert meta == {"title": "Chi bộ thôn Nà Lừu sinh hoạt chuyên đề", "date": "2023-04-05T08:00:00+07:00",
                    "author": "Hoàng Lan", "url": "https://example.org/tin/na-luu"}


def test_page_full_of_scripts_yields_only_its_few_words():
    page = "<html><body>" + "<script>var x = 1;</script>" * 500 + "<p>Chỉ một câu.</p></body></html>"
    text, _ = html_to_text(page)
    assert text == "Chỉ một câu."


def test_deeply_nested_page_does_not_overflow():
    page = "<div>" * 5000 + "Đảng bộ xã Yên Thổ họp." + "</div>" * 5000
    text, _ = html_to_text(page)
    assert text == "Đảng bộ xã Yên Thổ họp."


def test_pipeline_reads_html_metadata_into_the_document():
    doc = Pipeline(components=()).make_doc(RawDocument("page.html", PAGE, "html"))
    assert doc.meta["date"] == "2023-04-05" and doc.meta["author"] == "Hoàng Lan"
    assert doc.sentences[0].text == "Chi bộ thôn Nà Lừu sinh hoạt chuyên đề"
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)
