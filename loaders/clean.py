"""Cleaning: find the article body in the text as read, drop page boilerplate, keep metadata.

Nothing is deleted from the text: the body is a list of spans, so offsets still point into
the text as read. Metadata (title, publication date, author, URL) goes to Doc.meta.
"""

from __future__ import annotations

import regex

# "Thứ tư - 07/12/2022 03:34", "02/07/2021 - 13:58", "07/12/2022"
_DATE = regex.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)")
_PAGE_DATE_LINE = regex.compile(
    r"^\s*(?:(?:Thứ\s+\w+|Chủ\s+nhật)\s*[-,]\s*)?\d{1,2}/\d{1,2}/\d{4}\s*(?:[-,]?\s*\d{1,2}:\d{2})?"
    r"(?:\s*(?:[-,]\s*)?\d{1,2}/\d{1,2}/\d{4})?(?:\s+\d+)*\s*$", regex.I)
_BOILERPLATE_LINE = regex.compile(
    r"^\s*(?:Bình luận|Ý kiến bạn đọc|Bạn còn \d+/\d+ ký tự|Gửi bình luận|Chia sẻ|Tin liên quan|"
    r"Bài viết liên quan|Tin cùng chuyên mục|Xem thêm|In bài|Lượt xem:?\s*\d+|Tags?:.*|Từ khóa:.*)\s*$",
    regex.I)


def find_body(text: str, meta: dict) -> list[tuple[int, int]]:
    """Spans of the text that carry the article; sets meta['title'] and meta['date'] if seen."""
    spans: list[tuple[int, int]] = []
    lines = list(regex.finditer(r"[^\n]*", text))
    first_content = True
    for m in lines:
        line = m.group(0)
        if not line.strip():
            continue
        if _PAGE_DATE_LINE.match(line):
            d = _DATE.search(line)
            if d and "date" not in meta:
                meta["date"] = f"{d.group(3)}-{int(d.group(2)):02d}-{int(d.group(1)):02d}"
            continue
        if _BOILERPLATE_LINE.match(line):
            continue
        if first_content:
            first_content = False
            stripped = line.strip()
            if len(stripped) < 200 and not stripped.endswith((".", ":", ";")) and "title" not in meta:
                meta["title"] = stripped
                meta["title_span"] = (m.start() + len(line) - len(line.lstrip()),
                                      m.start() + len(line.rstrip()))
        spans.append((m.start(), m.end()))
    return spans
