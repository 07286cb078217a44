"""Cleaning: find the article body in the text as read, drop page boilerplate, keep metadata.

Nothing is deleted from the text: the body is a list of spans, so offsets still point into
the text as read. Page furniture (date headers with view counters, comment boxes, bylines,
repeated image captions, teasers and document lists after the article) is left out of the
spans; what it tells (title, publication date, author) goes to Doc.meta.
"""

from __future__ import annotations

import regex

# ----------------------------------------------------------------------------- dates

_DMY = regex.compile(r"(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/])")
_ISO = regex.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")

_WEEKDAY = r"(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|Chủ\s+nhật|CN)"
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?'?(?:\s*(?:AM|PM|SA|CH))?"
# A line that is only a date, with its weekday, time, time zone and view/comment counters:
# "Thứ tư - 07/12/2022 03:34 692 0", "Chủ nhật, 26/05/2024, 16:22 [GMT+7]",
# "Thứ sáu, 02/07/2021 - 13:58'", "28/05/13 03:11 GMT+7", "Cập nhật: 2021-07-02 13:58".
_DATE_LINE = regex.compile(
    rf"^(?:(?:Ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản|đăng\s+ngày)\s*:?\s*)?(?:{_WEEKDAY}\s*[-,]?\s*)?"
    rf"(?:ngày\s+)?(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}(?:T[\d:.+Z-]+)?)"
    rf"(?:\s*[-,|]?\s*{_TIME})?(?:\s*[-,|]?\s*\[?(?:GMT|UTC)\s*[+-]\s*\d{{1,2}}\]?)?(?:\s+\d[\d.,]*){{0,3}}\s*$",
    regex.I)


# A date labelled at the very start of a text, before its title on the same line: the way
# some page exports write it ("date 2025-08-21 Title …"; none of the shipped articles does),
# and a label a page may show ("Ngày đăng: 21/08/2025 Title …").
_LEAD_DATE = regex.compile(
    r"^(?:date|published|ngày\s+đăng|đăng\s+ngày)\s*:?\s*((?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\s+(?=\S)",
    regex.I)


def parse_date(value: str) -> str | None:
    """The first date in ``value`` as YYYY-MM-DD ("07/12/2022", "28/05/13", ISO), else None."""
    if not value:
        return None
    m = _ISO.search(value)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _DMY.search(value)
        if not m:
            return None
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y < 100:
            y += 2000 if y < 70 else 1900
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


# ----------------------------------------------------------------------------- line classes

def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# Lines that are page furniture wherever they stand.
_FURNITURE = regex.compile("^" + _any(
    r"Bạn\s+còn\s+\d+/\d+\s+ký\s+tự", r"Bạn\s+vui\s+lòng\s+nhập.*", r"Hiện\s+(?:tại\s+)?chưa\s+có\s+bình\s+luận.*",
    r"(?:Viết|Gửi)\s+bình\s+luận", r"Bình\s+luận(?:\s*\(\d+\))?", r"Ý\s+kiến\s+(?:bạn\s+đọc|của\s+bạn)",
    r"Chia\s+sẻ(?:\s+bài\s+viết)?", r"In\s+bài(?:\s+viết)?", r"(?:Lượt|lượt)\s+xem\s*:?\s*[\d.,]+.*",
    r"Tổng\s+số\s+điểm\s+của\s+bài\s+viết.*", r"Đánh\s+giá\s+bài\s+viết.*", r"Tags?\s*:.*", r"Từ\s+khóa\s*:.*",
    r"Số\s*:?\s*\d+[/\w.-]*/[\w.-]+", r"(?:Đang\s+truy\s+cập|Hôm\s+nay|Hôm\s+qua|Tuần\s+này|Tháng\s+hiện\s+tại|"
    r"Tháng\s+trước|Tổng\s+lượt\s+truy\s+cập|Lượt\s+truy\s+cập|Tổng\s+truy\s+cập)\s*:?\s*[\d.,]+",
    r"Bạn\s+đã\s+không\s+sử\s+dụng\s+Site.*", r"top", r"down", r"Về\s+đầu\s+trang", r"Trở\s+về", r"\(Còn\s+nữa\)",
    r"\(Hết\)", r"Ảnh\s*:.{0,120}", r"Nguồn\s*:.{0,120}", r"Video\s*:.{0,120}", r"Xem\s+thêm\s*:?",
) + r"\s*$", regex.I)

# A line of running text is at least this long (titles, captions and teasers are shorter).
_PROSE = 120

# Lines after which nothing belongs to the article: comment boxes, related-article teasers,
# lists of unrelated documents, rating widgets.
_TAIL = regex.compile("^" + _any(
    r"Bình\s+luận(?:\s*\(\d+\))?", r"Ý\s+kiến\s+bạn\s+đọc", r"(?:Viết|Gửi)\s+bình\s+luận", r"Bạn\s+còn\s+\d+/\d+\s+ký\s+tự",
    r"Tin\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|mới(?:\s+nhất)?|khác|đọc\s+nhiều|nổi\s+bật|xem\s+nhiều)",
    r"(?:Bài\s+viết|Các\s+bài|Bài)\s+(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|đọc\s+nhiều)", r"Các\s+tin\s+(?:khác|đã\s+đưa)",
    r"Văn\s+bản\s+mới", r"Tổng\s+số\s+điểm\s+của\s+bài\s+viết.*", r"Tác\s+giả\s*:.*", r"Từ\s+khóa\s*:.*", r"Tags?\s*:.*",
) + r"\s*$", regex.I)

_AUTHOR_LABEL = regex.compile(r"^(?:Tác\s+giả|Bài\s+và\s+ảnh|Bài,\s*ảnh|Người\s+viết|PV)\s*:\s*(.+?)\s*$", regex.I)
# A name line: two to five capitalised words, possibly "Name - Name" or "Name, Name" for
# two authors; no digit and no final punctuation. Only read as a byline at the article's end.
_WORD = r"\p{Lu}[\p{Ll}\p{M}]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{1,4}}"
_AUTHOR_LINE = regex.compile(rf"^(?:{_NAME})(?:\s*[-–,&]\s*{_NAME}|\s+và\s+{_NAME})*\s*$")
_VIA_LINE = regex.compile(r"^Theo\s+\S.{0,80}$")  # "Theo Báo Lai Châu" alone: where it was taken from
# An agency marker opening the lede: "(HNM) - ", "QĐND - ", "(BLC) – ".
_AGENCY = regex.compile(r"^\s*(?:\(\p{Lu}[\p{Lu}\p{M}.]{1,9}\)|\p{Lu}[\p{Lu}\p{M}]{1,7})\s*[-–—]\s+(?=\S)")
# A tag list: many short items joined by commas without spaces ("Huyện ủy,Đảng bộ,Cán bộ").
_TAG_LINE = regex.compile(r"^[^,.!?;:\n]{2,40}(?:,[^,\s][^,.!?;:\n]{1,40}){3,}$")
_FINAL = (".", "!", "?", "…", ":", ";", "”", "\"", "»", ")")
_MD_MARK = regex.compile(r"^(?:#{1,6}|>)\s+")
_MD_IMAGE = regex.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$")
_BULLET = regex.compile(r"^[\s•·●▪■◦*–-]+")


def _clean_line(line: str) -> str:
    return _BULLET.sub("", line).strip()


# ----------------------------------------------------------------------------- the body

def find_body(text: str, meta: dict) -> list[tuple[int, int]]:
    """Spans of the text that carry the article; fills meta title, date, author when seen.

    Metadata given by the reader (JSON fields, HTML <meta>) wins over what the text shows.
    """
    lines: list[tuple[int, int, str]] = []  # (start, end, stripped) of non-empty lines
    pos = 0
    for raw in text.split("\n"):
        s = raw.strip()
        if s:
            lead = len(raw) - len(raw.lstrip())
            lines.append((pos + lead, pos + lead + len(s), s))
        pos += len(raw) + 1

    lead_date = None
    m = _LEAD_DATE.match(lines[0][2]) if lines else None
    if m:  # the label and date are not part of the title that follows them
        lead_date = parse_date(m.group(1))
        start, end, s = lines[0]
        lines[0] = (start + m.end(), end, s[m.end():])

    keep: list[bool] = [True] * len(lines)
    # For the dateline rule: the longest line after each line, and the running text (lines of
    # _PROSE characters or more) before and after it.
    longest_after = [0] * (len(lines) + 1)
    prose_after = [0] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        n = len(lines[i][2])
        longest_after[i] = max(longest_after[i + 1], n)
        prose_after[i] = prose_after[i + 1] + (n if n >= _PROSE else 0)
    prose_before = 0
    dates: list[tuple[int, str]] = []  # (line index, date) of date lines
    tail_at = len(lines)
    first_body = None  # index of the first line of running text
    for i, (_, _, s) in enumerate(lines):
        c = _clean_line(s)
        if _DATE_LINE.match(c):
            keep[i] = False
            d = parse_date(c)
            if d:
                dates.append((i, d))
            # A date line after the article has begun closes it (dateline, section, tags …)
            # when only short lines follow, and fewer of them than came before: a page that
            # prints its lead, then the date, then the article goes on.
            if (first_body is not None and longest_after[i + 1] < 300
                    and prose_after[i + 1] <= prose_before):
                tail_at = i
                break
            continue
        if _TAIL.match(c):
            m = _AUTHOR_LABEL.match(c)
            if m and "author" not in meta:
                meta["author"] = m.group(1)
            tail_at = i
            break
        if _FURNITURE.match(c) or _TAG_LINE.match(c) or _MD_IMAGE.match(c):
            keep[i] = False
            continue
        if len(s) >= _PROSE:
            prose_before += len(s)
            if first_body is None:
                first_body = i

    keep = keep[:tail_at]
    lines = lines[:tail_at]

    # Publication date: the last date line above the running text (a page clock may stand
    # above the title); else the first date line anywhere (a dateline under the article).
    if "date" not in meta and lead_date:
        meta["date"] = lead_date
    elif "date" not in meta and dates:
        head = [d for i, d in dates if first_body is None or i < first_body]
        meta["date"] = head[-1] if head else dates[0][1]
    elif meta.get("date"):  # given by the reader: normalised, or left out when unreadable
        date = parse_date(str(meta.pop("date")))
        if date:
            meta["date"] = date

    # Image captions: a short line without final punctuation immediately repeated, or any
    # short line found verbatim inside another line of the article. Above the running text a
    # line written twice is the headline (a page heading and its title), and a paragraph of
    # full sentences written twice is the lead printed again: one copy stays.
    idx = [i for i in range(len(lines)) if keep[i]]
    for a, b in zip(idx, idx[1:]):
        if lines[a][2] == lines[b][2] and len(lines[a][2]) < 300:
            keep[b] = False
            keep[a] = first_body is not None and b < first_body or (
                len(lines[a][2]) >= 150 and lines[a][2].endswith((".", "!", "?", "…")))
    body_text = [lines[i][2] for i in range(len(lines)) if keep[i]]
    first_kept = next((i for i in range(len(lines)) if keep[i]), None)
    # (quadratic in lines: an article has tens of them; a huge text skips this check)
    for i in range(len(lines) if len(lines) <= 2000 else 0):
        s = lines[i][2]
        # (the title often repeats in the lede: it stays)
        if keep[i] and i != first_kept and 20 <= len(s) < 300 and sum(1 for t in body_text if s in t) > 1:
            keep[i] = False

    # Teasers of other articles at the end, with no heading to announce them: a short title
    # line without final punctuation, then a snippet cut off with "...".
    kept = [i for i in range(len(lines)) if keep[i]]
    while len(kept) >= 3:
        title, snippet = lines[kept[-2]][2], lines[kept[-1]][2]
        if snippet.endswith(("...", "…")) and len(title) < 160 and not title.endswith(_FINAL):
            keep[kept[-1]] = keep[kept[-2]] = False
            kept = kept[:-2]
        else:
            break

    # Bylines at the end: author names, "Theo …" alone, a news agency's name.
    kept = [i for i in range(len(lines)) if keep[i]]
    for i in reversed(kept[-3:]):
        s = _clean_line(lines[i][2])
        if len(s) > 60 or s.endswith(_FINAL) or any(ch.isdigit() for ch in s):
            break
        if i == (first_body if first_body is not None else -1) or i == kept[0]:
            break
        if _AUTHOR_LINE.match(s) or _VIA_LINE.match(s):
            keep[i] = False
            if _AUTHOR_LINE.match(s) and "author" not in meta:
                meta["author"] = s
        else:
            break

    spans: list[tuple[int, int]] = []
    title_done = "title" in meta and "title_span" in meta
    for n, i in enumerate(i for i in range(len(lines)) if keep[i]):
        start, end, s = lines[i]
        m = _MD_MARK.match(s)
        if m:  # a Markdown heading or quote mark is not part of the words
            start += m.end()
            s = s[m.end():]
        if n < 3:  # an agency marker opens the lede, not the article's words
            m = _AGENCY.match(s)
            if m and not s[: m.end()].strip(" -–—").lower() in ("ubnd", "hđnd"):
                start += m.end()
        if not title_done:
            title_done = True
            one_sentence = len(s) < 160 and not regex.search(r"[.!?]\s+\p{Lu}", s)
            if len(s) < 250 and not s.endswith((";", ",")) and (not s.endswith(".") or one_sentence) \
                    and (first_body is None or i < first_body or len(s) < 200):
                meta.setdefault("title", s)
                if meta["title"] == s:
                    meta["title_span"] = (start, end)
        spans.append((start, end))
    return spans
