"""Extraction of places: administrative units from the official gazetteer, and villages.

Runs second in the pipeline (after metadata). ``match`` finds typed mentions ("xã Tà Mung",
"H.Nghĩa Hành", "TP. Cần Thơ"), enumerations ("các xã A, B và C"), places inside party bodies'
names ("Huyện ủy Sốp Cộp", "Thành ủy Cần Thơ"), bare province names and unambiguous bare
district names, and villages ("bản X", "thôn X" …); it resolves each to a gazetteer unit of the
article's period, using the places the article names as context, and sets
``doc.context["focus"]`` = {"province"|"district"|"commune": PlaceRef dict or None} (see
gazetteer.place_ref); ``nearest(doc, offset, level)`` gives the place named last before a point.
``mint`` states each place and its ancestors.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..ontology.keys import COMMITTEE_UNITS, fold as _fold_uncached
from ..ontology.terms import PKG, RDF, RDFS, SCHEMA, SKOS, XSD, concept, lit, place_iri
from .document import Doc, Mention, Sentence
from .gazetteer import (NEW, OLD, REFORM_DATE, Unit, doc_period, gazetteer, name_key, place_ref,
                        spelling_key)

fold = lru_cache(maxsize=1 << 16)(_fold_uncached)  # names repeat: fold each once

# ----------------------------------------------------------------------------- patterns
_UP = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOW = "a-zàáảãạăằắẳẵặâầấẩẫậđðèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_SYL = rf"[{_UP}][{_LOW}{_UP}]*(?:['’][{_UP}{_LOW}]+)?"
_SP = r"[^\S\n]+"
_NAME = rf"{_SYL}(?:(?:{_SP}|[^\S\n]*[-–][^\S\n]*){_SYL})*"
_NUM = r"\d{1,3}[A-Z]?(?![\d/]|[.,]\d)"
# a village named by words and a number ("thôn Cổ Phúc 2", "ấp Tân Lợi 1"), or by "số" and a
# number ("tổ dân phố số 5"); _village drops a number that counts what follows ("thôn A 3 năm")
_NAMED_NUM = rf"{_NAME}(?:{_SP}\d{{1,3}}[A-Z]?(?![\w/%]|[.,]\d))?"
_SO_NUM = rf"(?:[Ss]ố{_SP})?{_NUM}"
_COUNTED = re.compile(r"[^\S\n]+(?:năm|tháng|ngày|giờ|lần|hộ|người|nhân|khẩu|đảng|chi|thôn|bản|xóm|ấp|"
                      r"ha|m|km|tấn|con|cái|chiếc|em|học|lượt|cuộc|tỷ|triệu|nghìn|ngàn|trăm|đồng|"
                      r"gia|cán|trường|lớp|tổ|cơ|nhà|căn|công|km2|hecta|héc)(?!\w)")

# type word as written -> canonical type word
_ADMIN_TYPES = {
    "xã": "xã", "phường": "phường", "thị trấn": "thị trấn", "huyện": "huyện", "quận": "quận",
    "thị xã": "thị xã", "thành phố": "thành phố", "tỉnh": "tỉnh", "đặc khu": "đặc khu",
}
_VILLAGE_TYPES = {
    "bản": "bản", "thôn": "thôn", "tổ dân phố": "tổ dân phố", "tiểu khu": "tiểu khu", "ấp": "ấp",
    "xóm": "xóm", "buôn": "buôn", "làng": "làng", "khu phố": "khu phố", "bon": "bon",
    "plei": "plei", "khóm": "khóm",
}
# village words outside the contract's unit types, stated as the class the law puts them in
# (a "khu phố" or "khóm" is a tổ dân phố, a "bon" or "plei" a thôn); the label keeps the word
_UNIT_CLASS = {"khu phố": "tổ dân phố", "khóm": "tổ dân phố", "bon": "thôn", "plei": "thôn"}
# abbreviations: only accepted when the gazetteer knows the name that follows
_ABBREV = {"tp.": "thành phố", "tp": "thành phố", "h.": "huyện", "tx.": "thị xã", "tx": "thị xã",
           "tt.": "thị trấn", "q.": "quận", "p.": "phường",
           "t.p": "thành phố", "t.p.": "thành phố", "t.x": "thị xã", "t.x.": "thị xã"}
# "Huyện ủy X" names the district X
_ORG_TYPES = COMMITTEE_UNITS


def _cap_variants(words) -> str:
    out = []
    for w in sorted(words, key=len, reverse=True):
        variants = {w, w[0].upper() + w[1:], w.title()}
        out += sorted(variants, key=len, reverse=True)
    return "|".join(re.escape(v) for v in dict.fromkeys(out))


# what a writer puts between the type word and the name: "huyện biên giới Sốp Cộp"
_MODIFIERS = ("(?:biên giới|miền núi|vùng cao|vùng sâu|vùng xa|vùng biên|ven biển|đảo|nghèo|"
              "trung du|thuần nông|bãi ngang|đặc biệt khó khăn|khó khăn|anh hùng|điểm|nông thôn mới)")
_TYPE_WORDS = _cap_variants(list(_ADMIN_TYPES) + list(_VILLAGE_TYPES))
_ABBR_WORDS = "T\\.P\\.?|T\\.X\\.?|TP\\.|Tp\\.|TP|H\\.|TX\\.|Tx\\.|TX|TT\\.|Q\\.|P\\."
_TYPED_RE = re.compile(
    rf"(?<![\w.])(?:(?P<t>{_TYPE_WORDS})(?:[^\S\n]*:)?{_SP}(?:{_MODIFIERS}{_SP})?(?P<n>{_NAMED_NUM}|{_SO_NUM})"
    rf"|(?P<a>{_ABBR_WORDS})[^\S\n]?(?P<an>{_NAME}|{_NUM}))")
_ORG_RE = re.compile(
    rf"(?P<o>[Hh]uyện|[Tt]ỉnh|[Tt]hành|[Qq]uận|[Tt]hị){_SP}(?:ủy|uỷ|Ủy|Uỷ){_SP}(?P<n>{_NAME})"
    rf"|(?:Đảng|Ðảng){_SP}(?:bộ|ủy|uỷ){_SP}(?P<bn>{_NAME})")
# continuation of an enumeration after a typed mention: ", B", " và C", ", xã D"
_ENUM_RE = re.compile(
    rf"(?:[^\S\n]*[,;][^\S\n]*(?:và{_SP})?|{_SP}(?:và|với|cùng){_SP})"
    rf"(?!(?:{_TYPE_WORDS}|{_ABBR_WORDS})\b)(?P<n>{_NAMED_NUM}|{_SO_NUM})")
_RUN_RE = re.compile(_NAME)
# a credit line: the name after "Ảnh:", "Bài, ảnh:", "Tin:" is the reporter's, however it reads
_CREDIT_RE = re.compile(r"(?<!\w)(?i:ảnh|tin|bài|video|clip|nguồn)[^\S\n]*[:–-][^\S\n]*$")
# a village word after another makes the noun for villages in general ("bản làng Tây Bắc")
_GENERIC_VILLAGES_RE = re.compile(r"(?<!\w)(?i:bản|thôn|xóm|buôn|làng|ấp|phum)[^\S\n]+$")
# a village's head named before it ("Trưởng thôn", "Bí thư Chi bộ bản"), and a verb after a run
_HEAD_TITLE_BEFORE = re.compile(r"(?:[Tt]rưởng|[Bb]í[^\S\n]+thư(?:[^\S\n]+[Cc]hi[^\S\n]+bộ)?)[^\S\n]+\w+[^\S\n]+$")
_VERB_AFTER = re.compile(rf"[^\S\n]+[{_LOW}]")
_PLURAL_RE = re.compile(r"(?:(?<!\w)(?i:các|những)|\d{1,3})[^\S\n]+$")
# The words every match of _TYPED_RE, _ORG_RE and _CHAIN_RE begins with (see _finditer)
_TYPED_STARTS = re.compile(f"{_TYPE_WORDS}|{_ABBR_WORDS}")
_ORG_STARTS = re.compile("Huyện|huyện|Tỉnh|tỉnh|Thành|thành|Quận|quận|Thị|thị|Đảng|Ðảng")
_CHAIN_STARTS = re.compile("ở|tại")
# an agency's name opening with a capitalised word that is also a place's ("Thanh tra", "Kiểm lâm")
_AGENCY_HEAD_RE = re.compile(r"(?:Thanh[^\S\n]+tra|Kiểm[^\S\n]+(?:lâm|sát)|Thi[^\S\n]+hành|Hải[^\S\n]+quan|"
                             r"Bưu[^\S\n]+điện|Điện[^\S\n]+lực|Kho[^\S\n]+bạc|Tòa[^\S\n]+án)(?!\w)")
# the party organization of a unit, its committee word of the unit's type or "Đảng bộ/Đảng ủy" and
# the type word, spelt in any case and with the type word abbreviated ("Thành ủy TP.Hà Tĩnh")
_UNIT_PARTY_RE = r"(?i)(?<!\w)(?:{head}{sp}(?:ủy|uỷ){sp}(?:{types})?|đảng{sp}(?:bộ|ủy|uỷ){sp}(?:{types})){name}(?!\w)"


def _unit_party_named(text: str, unit_type: str, name: str) -> bool:
    """Does the text name the party organization of the unit of that type called name, as its
    committee ("Thành ủy X", "Thị ủy TX. X") or with its type word ("Đảng bộ thành phố X", "Đảng ủy
    TP.X", "Đảng ủy phường X")?"""
    head, types = _unit_party_words(unit_type)
    words = _SP.join(map(re.escape, name.split()))
    return re.search(_UNIT_PARTY_RE.format(head=head, types=types, sp=_SP, name=words), text) is not None


@lru_cache(maxsize=None)
def _unit_party_words(unit_type: str) -> tuple[str, str]:
    """The committee word of a unit's type ("thành" for "Thành ủy"; none for a commune) and the
    forms of its type word, written out or abbreviated as _ABBREV has it ("TP.", "TP ")."""
    head = next((h for h, t in _ORG_TYPES.items() if t == unit_type), None)
    forms = [_SP.join(map(re.escape, unit_type.split())) + _SP]
    for a in sorted(k for k, t in _ABBREV.items() if t == unit_type):
        if a.endswith("."):  # "TP.X", "TP. X"
            forms.append(re.escape(a) + r"[^\S\n]*")
        elif "." not in a:  # "TP X"
            forms.append(re.escape(a) + _SP)
    return head or "(?!)", "|".join(forms)


_COOP_RE = re.compile(r"(?i)hợp[^\S\n]+tác[^\S\n]+$")
# an undated article written after the reform says so
_REFORM_RE = re.compile(r"(?i)chính quyền địa phương (?:hai|2) cấp|sau (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất)"
                        r"|không tổ chức cấp huyện|\((?:cũ)\)"
                        # the first congress of a unit, for the term after the reform: a new unit
                        r"|lần thứ (?:I|nhất)(?!\w)[^.\n]{0,12}nhiệm kỳ 2025[^\S\n]*[-–][^\S\n]*2030")
# a merger and the units it joined: "sáp nhập xã A, xã B (thành xã C)"; "sau sáp nhập" is a time
_MERGER_RE = re.compile(r"(?i)(?<!\w)(?<!sau )(?<!sau khi )(?:hợp[^\S\n]+nhất|sáp[^\S\n]+nhập)(?!\w)")
_BECAME_RE = re.compile(r"(?i)(?<!\w)thành(?![^\S\n]+(?:phố|ủy|uỷ|viên)(?!\w))(?!\w)")
_FORMER_RE = re.compile(r"[^\S\n]*\(?cũ\b")
_DASH_SPLIT_RE = re.compile(r"[^\S\n]*[-–][^\S\n]*")
_PIECE_RE = re.compile(rf"{_SYL}(?:{_SP}{_SYL})*")
# "xã Kỳ Tây (Kỳ Anh)", "xã Văn Hải (Kim Sơn, Ninh Bình)": the units above, in parentheses
_PAREN_RE = re.compile(rf"[^\S\n]*\([^\S\n]*(?P<n1>{_NAME})(?:[^\S\n]*[,-][^\S\n]*(?P<n2>{_NAME}))?[^\S\n]*\)")
_ACRONYM_LEAD_RE = re.compile(rf"(?:[{_UP}]{{2,}}(?:{_SP}|$))+")
_ALL_CAPS_RE = re.compile(rf"[{_UP}]{{2,}}")
# between a commune and the unit that locates it: "phường 4, quận Gò Vấp", "xã A (huyện B)"
_LOCATOR_GAP_RE = re.compile(
    r"[^\S\n]*[,(–-]?[^\S\n]*(?:(?:huyện|quận|thị xã|thành phố|tỉnh|Huyện|Quận|Thị xã|Thành phố|Tỉnh"
    r"|TP\.?|Tp\.?|TX\.?|Tx\.?|T\.P\.?|T\.X\.?|H\.|Q\.)[^\S\n]*)?")
# between a village and its commune: "thôn A, xã B", "thôn A thuộc/của xã B", "Chi bộ ấp A, thuộc
# Đảng bộ xã B" (the commune's party organization), and the head of a village named with it:
# "Trưởng thôn A Nguyễn Văn C ở xã B"
_VILLAGE_GAP_RE = re.compile(
    rf"[^\S\n]*[,(–-]?[^\S\n]*(?:(?P<person>{_SYL}(?:{_SP}{_SYL}){{1,3}}){_SP}(?=ở|tại))?"
    rf"(?:(?:ở|tại|thuộc|của){_SP})?(?:(?:Đảng|đảng){_SP}(?:bộ|ủy|uỷ){_SP})?"
    rf"(?:xã|phường|thị trấn|Xã|Phường|Thị trấn)?[^\S\n]*")
# a commune, its district and the district's province, untyped after a locative word
_CHAIN_RE = re.compile(
    rf"(?<!\w)(?:ở|tại){_SP}(?P<a>{_NAME}),{_SP}(?P<b>{_NAME})[^\S\n]*(?:\(|,{_SP})(?P<c>{_NAME})")
# "Một số Đảng bộ làm tốt … như: A, B, C và D": bare names listed after a plural head
# (a count stands for the plural word: "3 xã vùng cao gồm: A, B, C", "10 xã … điển hình
# như A, B")
_LISTED_RE = re.compile(
    rf"(?<!\w)(?:(?i:các|một số|một vài|nhiều|những)|\d{{1,3}}){_SP}"
    rf"(?P<head>(?i:đảng bộ|đảng ủy|đảng uỷ|xã|phường|thị trấn|địa phương|đơn vị|cơ sở))"
    rf"(?!\w)[^.;:\n]{{0,80}}?{_SP}(?:như|gồm)[^\S\n]*:?[^\S\n]*"
    rf"(?P<list>{_NAME}(?:(?:[^\S\n]*,[^\S\n]*|{_SP}và{_SP}){_NAME})+)")
_LIST_ITEM_RE = re.compile(_NAME)
# villages counted, then listed by name after "gồm", "như" or "là": "còn 4 thôn chưa có chi bộ
# gồm: A, B, C và D", "các bản như A, B" — each name is a village of that word
_VILLAGE_LIST_RE = re.compile(
    rf"(?<!\w)(?:(?i:các|những|một số)|\d{{1,3}}){_SP}"
    rf"(?P<t>thôn|bản|ấp|xóm|buôn|làng|tổ dân phố|tiểu khu|khu phố|khóm|bon)"
    rf"(?!\w)[^.;:\n]{{0,80}}?{_SP}(?:gồm|như|là)[^\S\n]*:?[^\S\n]*"
    rf"(?P<list>{_NAMED_NUM}(?:(?:[^\S\n]*,[^\S\n]*|{_SP}và{_SP}){_NAMED_NUM})+)")
_VILLAGE_LIST_STARTS = re.compile(r"thôn|bản|ấp|xóm|buôn|làng|tổ dân phố|tiểu khu|khu phố|khóm|bon")
# a name opening a clause of a sentence, before its lower-case verb: ", B đạt 19 chỉ tiêu"
_CLAUSE_RE = re.compile(rf"(?:[,;:]|{_SP}và)[^\S\n]*(?P<n>{_NAME})(?={_SP}[{_LOW}])")
_PARTY_LEAD_RE = re.compile(r"(?i)đảng[^\S\n]+(?:ủy|uỷ|bộ)")
# a province's party committee, and a centrally-run city's
_PROVINCE_COMMITTEE_RE = re.compile(r"Tỉnh[^\S\n]+(?:ủy|uỷ)(?!\w)")  # (no word ends in "…Tỉnh")
_CITY_COMMITTEE_RE = re.compile(r"Thành[^\S\n]+(?:ủy|uỷ)(?!\w)")
# provinces are coded from north to south: from Bình Phước (70) on, the South, where villages
# are ấp (and khóm, sóc), never xóm or bản
_SOUTH_FIRST_CODE = 70
# "the district" without its name: "Huyện ủy quán triệt", "toàn huyện", "huyện nhà", "trên địa
# bàn huyện" (not "các huyện", "cấp huyện": districts in general)
_THE_DISTRICT_RE = re.compile(rf"(?<!\w)(?:[Hh]uyện[^\S\n]+(?:ủy|uỷ)|(?:toàn|cả|địa[^\S\n]+bàn)[^\S\n]+huyện"
                              rf"|[Hh]uyện[^\S\n]+(?:ta|nhà))(?!\w)(?![^\S\n]+[{_UP}])")
# a day written in full, "03/10/2025" or "ngày 3 tháng 10 năm 2025", and the words that make it a
# deadline or a start ("từ ngày 1/7/2025") rather than a day already come
_DAY_RE = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>20\d\d)(?![\d/])"
                     r"|(?i:ngày)[^\S\n]+(?P<d2>\d{1,2})[^\S\n]+(?i:tháng)[^\S\n]+(?P<m2>\d{1,2})"
                     r"[^\S\n]+(?i:năm)[^\S\n]+(?P<y2>20\d\d)")
# a day that opens its sentence ("Ngày 12/9/2025, …", "Sáng 5/8/2025, …") tells when something
# was done; one inside the sentence is as often a plan ("đại hội dự kiến diễn ra ngày …")
_FRONTING_RE = re.compile(r"(?i)(?:vào[^\S\n]*)?(?:(?:sáng|chiều|tối|trưa|đêm)[^\S\n]*)?(?:(?:ngày|hôm)[^\S\n]*)?")
_FUTURE_RE = re.compile(r"(?i)(?<!\w)(?:sẽ|dự kiến|chuẩn bị)(?!\w)")
_LINE_RE = re.compile(r"[^\s](?:[^\n]*[^\s])?")  # a line's words, without its margins
# Hồ Chí Minh City by its usual abbreviations: "TP.HCM", "TPHCM", "TP HCM"
_HCM_RE = re.compile(r"(?:T[Pp]\.?[^\S\n]?HCM|TPHCM)(?!\w)")


def _finditer(pattern: re.Pattern, starts: re.Pattern, text: str):
    """The matches of ``pattern.finditer(text)``, found faster: ``pattern`` is tried only where
    ``starts`` — a plain alternation of the words each of its matches begins with — finds one.

    A pattern that opens with a look-behind or a group is otherwise tried at every position
    of the text (the engine skips ahead only to a literal or a set of first letters); these
    words it finds by such a skip. Each match is the one finditer gives: the first position
    where the pattern matches, then on from the end of that match."""
    pos = 0
    search, match = starts.search, pattern.match
    while True:
        c = search(text, pos)
        if c is None:
            return
        m = match(text, c.start())  # (a look-behind still sees the text before)
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


def _word_start(text: str, i: int, also: str = "") -> bool:
    """No letter (or one of ``also``) right before i: the patterns start at a word.

    Checked here rather than by a look-behind, which would keep the regex engine from
    skipping ahead to the first letters a match can begin with.
    """
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in also)

# words that follow "bản", "làng" … without naming a village ("bản Kế hoạch", "bản Cam kết"):
# a one-word run starting so is no village ("thôn Đồng chí …" but "thôn Đồng Tâm"); the
# first group never begins a village name
_NOT_VILLAGE_ALONE = frozenset(fold(w) for w in """
    Kế Đề Cam Điều Nghị Chỉ Quy Hướng Báo Tờ Thông Chương Hiến Luật Tuyên Danh Giấy Đơn
    Đăng Sao Tóm Quyết Thư Tin Dự Phương Tài Hồ Sơ Bảng Biên Bài Văn Nhà Trường Hội Trạm
    Đoàn Mặt Tổ Nhân Cả Kết Để Từ Trong Với Khi Sau Theo Tại Qua Nhờ Đây Đó Năm Ngày Tháng
    Là Có Được Và Nhưng Thực Triển Hiện Mục Nội Tổng Chính Giai Kỳ Đợt Cuộc Lễ Giải Phong
    Chiến Mô Đội Người Công Hợp Kinh Anh Luận Tiếng Nhạc Bản Di Thỏa Sử Lịch Ca Đồng
""".split())
_NOT_VILLAGE_FIRST = frozenset(fold(w) for w in """
    Đảng Chi Ban Ủy Uỷ Chủ Bí Phó UBND HĐND MTTQ Những Các Mỗi Toàn Ông Bà Anh Chị
""".split())
# Vietnamese family names: "thôn Đông Hải Bùi Văn Bình" is the village, then a person
_SURNAMES = frozenset(fold(w) for w in """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Thân Lò Quàng Vừ
    Giàng Sùng Mùa Đinh Lương Cầm Trịnh Trương Đoàn Lâm Mai Tạ Đào Vương Cao Lại Kiều Tô Quách
    Hứa Lưu Triệu Chu Châu Tăng Lục Nông Hầu Thào Lầu Chảo Tẩn Bàn Triệu Vi Sầm Hà Lã Mạc Khổng
    Sồng Hạng Chá Tráng Cứ Phàng
""".split())
_MIDDLE_NAMES = frozenset(fold(w) for w in ["Văn", "Thị", "Đức", "Hữu", "Bá", "Công", "Đình", "Xuân"])


def _reads_as_person(folded: list[str]) -> bool:
    """Whether the words after a unit's type word, which name no unit as a whole, are a person's
    full name: three or four words, a middle name second ("xã Hoàng Văn Lực", "xã Vàng Thị Mai":
    the commune left unnamed, its secretary named) and no family name after it ("xã Tân Văn Lò
    Khánh" is the commune Tân Văn, then a person)."""
    return 3 <= len(folded) <= 4 and folded[1] in _MIDDLE_NAMES and not any(f in _SURNAMES for f in folded[2:])


_ETHNIC = frozenset(fold(w) for w in ["Mông", "Thái", "Dao", "Kinh", "Tày", "Nùng", "Khơ Mú",
                                      "Hoa", "Giáy", "Lự", "Cống", "Hà Nhì", "La Hủ", "Mảng",
                                      "Mường", "Khmer", "Ê Đê", "Gia Rai", "Ba Na", "Xơ Đăng"])
_COUNTRIES = frozenset(fold(w) for w in ["Việt Nam", "Lào", "Trung Quốc", "Campuchia", "Thái Lan"])
_VILLAGE_MAX_WORDS = 4
# provinces named after a person: a place only when typed ("Thành phố Hồ Chí Minh", "TP.HCM")
_PERSON_NAMED = frozenset({fold("Hồ Chí Minh")})

_RANK = {"province": 0, "district": 1, "commune": 2, "village": 3}
_LISTED_WITH = re.compile(r"\s*(?:[,;]\s*(?:và\s+)?|và\s+|với\s+|cùng\s+)(?:xã|phường|thị trấn)\s*", re.I)
_VILLAGE_OF = re.compile(r"\s*(?:[,\-–(]|thuộc|của)?\s*(?:xã|phường|thị trấn)?\s*", re.I)
_LEVEL_OF_TYPE = {"tỉnh": "province", "huyện": "district", "quận": "district", "thị xã": "district",
                  "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune"}


@dataclass
class _Raw:
    sentence: Sentence
    start: int
    end: int
    name: str  # as written
    type_word: str  # canonical type word ("" when the text gives none)
    kind: str  # typed | abbrev | org | enum | bare | village
    unit: Unit | None = None
    candidates: list[Unit] = field(default_factory=list)
    child: "_Raw | None" = None  # for a unit named in parentheses: the unit it contains
    parent_unit: Unit | None = None  # for a commune the gazetteer does not know: its district
    group: int = -1  # the typed mention an enumeration item continues (its index in the loop)
    locator: "_Raw | None" = None  # the unit named right after it ("phường 4, quận Gò Vấp")
    listed: str = ""  # the plural head of a list of bare names it stands in ("đảng bộ", "xã")
    spelt: bool = False  # its candidates bear its name in another spelling (Gazetteer.lookup_spelling)


def label_of(name: str, type_word: str) -> str:
    """The label of a place: its name, or "Phường 4" / "Thôn 3" for a numbered unit."""
    if (name[:1].isdigit() or re.match(r"[Ss]ố\s+\d", name)) and type_word:
        return f"{type_word[0].upper()}{type_word[1:]} {name}"
    return name


def _words(s: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", s)]


class Component:
    name = "places"
    version = "1"

    # ------------------------------------------------------------------ match
    def match(self, doc: Doc) -> None:
        g = gazetteer()
        raws: list[_Raw] = []
        occupied = bytearray(len(doc.text) + 1)  # characters already read as part of a place
        sentences = doc.sentences + captions(doc)

        def free(a: int, b: int) -> bool:
            return occupied.find(1, a, b) == -1

        def take(a: int, b: int) -> None:
            occupied[a:b] = b"\x01" * (b - a)

        def above(cands: list, text: str, rest: list) -> bool:
            """Whether the words after a unit's name begin with the name of a unit it lies in
            ("xã Tân Văn Bình Gia": the commune, then its district), so they are places, no
            person's full name."""
            ups = {u.key for c in cands for u in g.ancestors(c)}
            return any(u.key in ups for k in range(len(rest), 0, -1)
                       for u in g.lookup(text[rest[0][0]:rest[k - 1][1]]))

        def admin_prefix(text: str, offset: int, type_word: str | None, level: str | None):
            """Longest prefix of the capitalised run that names a unit (of that type); else the
            longest of two words or more that names one in another spelling ("huyện Đăk Tô"
            for Đắk Tô), its raw then marked ``spelt``."""
            spans = _words(text)
            longest = min(len(spans), g.max_words + 2)
            person = _reads_as_person([fold(text[a:b]) for a, b in spans])
            for n in range(longest, 0, -1):
                end = spans[n - 1][1]
                if text[end - 1] in "-–":
                    continue  # a name never ends on a dash
                cands = g.lookup(text[:end], level=level, type_word=type_word)
                if cands:
                    if n < len(spans) and person and not above(cands, text, spans[n:]):
                        return None  # "Chủ tịch UBND xã Hồ Văn Tâm": a person after the title
                    return offset, offset + end, text[:end], cands
            for n in range(longest, 1, -1):
                end = spans[n - 1][1]
                if text[end - 1] in "-–":
                    continue
                cands = g.lookup_spelling(text[:end], level=level, type_word=type_word)
                if cands:
                    if n < len(spans) and person:
                        return None  # "xã Hoàng Văn Lực": no "Hoàng Vân" misspelt, a person
                    spelt.add(offset)
                    return offset, offset + end, text[:end], cands
            return None

        spelt: set[int] = set()  # where a name was found in another spelling

        for s in sentences:
            t = s.text
            base = s.start
            # typed mentions and the enumerations that follow them
            for m in _finditer(_TYPED_RE, _TYPED_STARTS, t):
                if m.group("t"):
                    written = fold(m.group("t"))
                    name_group = "n"
                else:
                    written = _ABBREV.get(m.group("a").lower(), "")
                    name_group = "an"
                if not written:
                    continue
                if name_group == "an" and len(m.group("an")) == 1 and m.group("an").isalpha():
                    continue  # "P.V", "H.T": initials (a reporter's, a person's), not "phường V"
                if written == "xã" and _COOP_RE.search(t, max(0, m.start() - 9), m.start()):
                    continue  # "Hợp tác xã Tân Tiến" is a cooperative, not a commune
                ns, ne = m.span(name_group)
                if not free(base + m.start(), base + ne):
                    continue
                items = [(ns, m.group(name_group))]
                pos = ne
                while True:
                    e = _ENUM_RE.match(t, pos)
                    if not e:
                        break
                    items.append((e.start("n"), e.group("n")))
                    pos = e.end()
                is_village = written in _VILLAGE_TYPES
                if is_village and _GENERIC_VILLAGES_RE.search(t, max(0, m.start() - 6), m.start()):
                    continue  # "bản làng", "thôn xóm", "buôn làng": villages in general
                n_before = len(raws)
                # "các xã: A, B, C", "3 xã A, B và C": every item is a unit of that type
                plural = len(items) > 1 and m.group("t") and (
                    ":" in m.group(0) or _PLURAL_RE.search(t, max(0, m.start() - 12), m.start()))
                if is_village and m.group("t") and self._names_admin_unit(
                        m.group("t") + " " + items[0][1], any_level=True):
                    continue  # "Buôn Ma Thuột", "Buôn Hồ": a unit whose name begins so
                for i, (istart, itext) in enumerate(items):
                    if is_village:
                        r = self._village(s, base + istart, itext, _VILLAGE_TYPES[written])
                        if r is None:
                            break
                        if i > 0 and self._names_admin_unit(itext):
                            break
                        raws.append(r)
                        take(base + (m.start() if i == 0 else istart), r.end)
                        continue
                    type_word = _ADMIN_TYPES.get(written, written)
                    if itext[:1] in "sS" and re.match(r"[Ss]ố\s", itext):
                        break  # "xã số …" names no commune
                    if not itext[0].isdigit():
                        # a number after an administrative unit's name is no part of it, but
                        # for a unit numbered so ("xã Hòa Bình 1")
                        bare = re.sub(r"\s+\d{1,3}[A-Z]?$", "", itext)
                        if bare != itext and not g.lookup(itext, type_word=type_word):
                            itext = bare
                    if itext[0].isdigit() and type_word not in ("phường", "quận"):
                        break
                    if i > 0 and self._names_admin_unit(itext) and not (
                            plural and g.lookup(itext, type_word=type_word)):
                        break  # "(huyện A, Trà Vinh)": the province, read as a bare name
                    hit = admin_prefix(itext, base + istart, type_word, None)
                    if hit is None:
                        # "xã A; B; Cc; D", "5 xã Ab, B, C": a name the gazetteer does not know
                        # (merged away, or spelled otherwise) amid known ones, or in a counted
                        # list, is a commune of the list too, the first one as well
                        in_list = type_word in ("xã", "phường", "thị trấn") and (plural or any(
                            g.lookup(later, type_word=type_word) for _, later in items[i + 1:]))
                        if i == 0 and m.group("t") and type_word in ("xã", "phường", "thị trấn"):
                            r = self._unknown_commune(s, base + istart, itext, type_word)
                            if r is not None:
                                raws.append(r)
                                take(base + m.start(), r.end)
                                if in_list and r.end == base + istart + len(itext):
                                    continue
                        elif i > 0 and in_list:
                            r = self._unknown_commune(s, base + istart, itext, type_word)
                            if r is not None and r.end == base + istart + len(itext):
                                raws.append(r)
                                take(r.start, r.end)
                                continue
                        break
                    a, b, name, cands = hit
                    raws.append(_Raw(s, a, b, name, type_word,
                                     "typed" if i == 0 and m.group("t") else
                                     ("abbrev" if i == 0 else "enum"), candidates=cands,
                                     group=base + m.start(), spelt=a in spelt))
                    take(base + m.start() if i == 0 else a, b)
                if len(raws) > n_before and not is_village:
                    p = _PAREN_RE.match(t, pos)
                    if p:
                        child = raws[-1]
                        child_rank = _RANK[child.candidates[0].level if child.candidates
                                           else _LEVEL_OF_TYPE.get(child.type_word, "commune")]
                        for grp in ("n1", "n2"):
                            if not p.group(grp):
                                continue
                            a, b = base + p.start(grp), base + p.end(grp)
                            cands = [u for u in g.lookup(p.group(grp))
                                     if _RANK[u.level] < child_rank]
                            spelt_paren = not cands and " " in p.group(grp).strip()
                            if spelt_paren:
                                cands = [u for u in g.lookup_spelling(p.group(grp))
                                         if _RANK[u.level] < child_rank]
                            if cands and free(a, b):
                                raws.append(_Raw(s, a, b, p.group(grp), "", "paren",
                                                 candidates=cands, child=child, spelt=spelt_paren))
                                take(a, b)
            if _VILLAGE_LIST_STARTS.search(t):
                for m in _VILLAGE_LIST_RE.finditer(t):
                    type_word = _VILLAGE_TYPES[m.group("t")]
                    found = []
                    for it in re.finditer(_NAMED_NUM, m.group("list")):
                        a = base + m.start("list") + it.start()
                        r = self._village(s, a, it.group(0), type_word)
                        if r is None or r.end != a + len(it.group(0)) or not free(r.start, r.end) \
                                or self._names_admin_unit(it.group(0)):
                            break  # the list ends at a name that is no village of it
                        found.append(r)
                    if len(found) >= 2:
                        for r in found:
                            raws.append(r)
                            take(r.start, r.end)
            for m in _HCM_RE.finditer(t):
                if not _word_start(t, m.start(), "_"):
                    continue
                a, b = base + m.start(), base + m.end()
                if free(a, b):
                    cands = g.lookup("Hồ Chí Minh", level="province")
                    raws.append(_Raw(s, a, b, "Hồ Chí Minh", "thành phố", "abbrev", candidates=cands))
                    take(a, b)
            # places inside party bodies' names
            for m in _finditer(_ORG_RE, _ORG_STARTS, t):
                if not _word_start(t, m.start(), "_"):
                    continue
                if m.group("o"):
                    type_word = _ORG_TYPES[fold(m.group("o"))]
                    ns = m.start("n")
                    hit = admin_prefix(m.group("n"), base + ns, type_word, None)
                    kind = "org"
                else:
                    ns = m.start("bn")
                    if _AGENCY_HEAD_RE.match(t, ns):
                        continue  # "Đảng bộ Thanh tra tỉnh": an agency's party body, no place
                    hit = admin_prefix(m.group("bn"), base + ns, None, None)
                    type_word, kind = "", "org"
                if hit is None:
                    continue
                a, b, name, cands = hit
                if not free(a, b):
                    continue
                raws.append(_Raw(s, a, b, name, type_word, kind, candidates=cands, spelt=a in spelt))
                take(a, b)

        # "ở Kim Hải, Kim Sơn (Ninh Bình)": a commune, its district and the district's province
        for s in sentences:
            for m in _finditer(_CHAIN_RE, _CHAIN_STARTS, s.text):
                a, b = s.start + m.start("a"), s.start + m.end("b")
                if free(a, b):
                    found = self._chain(s, m)
                    if found:
                        raws.extend(found)
                        take(a, b)

        # bare names: provinces always; districts and communes only when unambiguous or
        # already named with their type in this document
        typed_names = {(name_key(r.name)) for r in raws if r.kind != "village"}
        village_names = frozenset(name_key(r.name) for r in raws if r.kind == "village") - typed_names
        for s in sentences:
            for m in _RUN_RE.finditer(s.text):
                text = m.group(0)
                a = s.start + m.start()
                # "NHCSXH Thái Bình", "UBND Sơn La": an acronym before the name is no part of it
                lead = _ACRONYM_LEAD_RE.match(text)
                if lead:
                    text = text[lead.end():]
                    a += lead.end()
                if not text or _ALL_CAPS_RE.search(text):
                    continue  # bylines in capitals name people, not places
                pieces = [(a, text)]
                if name_key(text) not in g.by_name and _DASH_SPLIT_RE.search(text):
                    # "Sơn La - Điện Biên": two names joined by a dash
                    pieces = [(a + p.start(), p.group(0)) for p in _PIECE_RE.finditer(text)]
                for pa, piece in pieces:
                    bare = self._bare(s, pa, piece, typed_names, village_names)
                    if bare is not None and free(bare.start, bare.end):
                        raws.append(bare)
                        take(bare.start, bare.end)

        self._resolve(doc, raws)

    @staticmethod
    def _bare(s: Sentence, a: int, text: str, typed_names: set[str],
              village_names: frozenset[str] = frozenset()) -> _Raw | None:
        """A name written without a type word: a province always; a district when no other
        district bears its name and no village of the article does; any unit the article also
        names with its type word."""
        g = gazetteer()
        key = name_key(text)
        cands = g.by_name.get(key)
        if not cands or key in _PERSON_NAMED:
            return None
        b = a + len(text)
        if _CREDIT_RE.search(s.text, max(0, a - s.start - 16), a - s.start):
            return None  # "Ảnh: Hà Nam": who took the picture, not where
        provinces = [u for u in cands if u.level == "province"]
        if provinces:
            return _Raw(s, a, b, text, "", "bare", candidates=provinces)
        if key in typed_names:
            return _Raw(s, a, b, text, "", "bare-known", candidates=cands)
        if key in village_names:
            return None  # "thôn Yên Bình …; Yên Bình là một thôn …": the article's village
        districts = [u for u in cands if u.level == "district"]
        if len(districts) == 1 and len(key.split()) >= 2:
            return _Raw(s, a, b, text, "", "bare-district", candidates=districts)
        return None

    @classmethod
    def _chain(cls, s: Sentence, m: re.Match) -> list[_Raw]:
        """Untyped "A, B (C)" after "ở/tại": when B is a district of the province C, A is a
        commune of B (the gazetteer's, else one it does not know)."""
        g = gazetteer()
        c_key = name_key(m.group("c"))
        districts = [u for u in g.lookup(m.group("b"), level="district")
                     if name_key(g.province_of(u).name) == c_key]
        if len(districts) != 1:
            return []
        district = districts[0]
        b_raw = _Raw(s, s.start + m.start("b"), s.start + m.end("b"), m.group("b"), "", "typed",
                     candidates=[district])
        communes = [u for u in g.lookup(m.group("a"), level="commune") if u.parent == district.key]
        if communes:
            a_raw = _Raw(s, s.start + m.start("a"), s.start + m.end("a"), m.group("a"), "", "typed",
                         candidates=communes)
        else:
            a_raw = cls._unknown_commune(s, s.start + m.start("a"), m.group("a"), "xã")
            if a_raw is None or a_raw.end != s.start + m.end("a"):
                return []
            a_raw.locator = b_raw
        return [a_raw, b_raw]

    @staticmethod
    def _unknown_commune(s: Sentence, start: int, text: str, type_word: str) -> _Raw | None:
        """A commune the gazetteer does not know (merged away before its data was taken).

        Kept without a code when it reads as a name: two to four words, not a person's name
        ("Bí thư Đảng ủy xã Nguyễn Văn A"), not a numbered or generic phrase.
        """
        spans = _words(text)
        words = [text[a:b] for a, b in spans]
        if not 2 <= len(words) <= 4 or not words[0][0].isalpha():
            return None
        folded = [fold(w) for w in words]
        # a family name may begin a two-word commune ("xã Hoàng Lương"), not a person's name
        # with its middle name ("xã Lê Văn")
        if folded[0] in _SURNAMES and (len(words) > 2 or folded[1] in _MIDDLE_NAMES) \
                or folded[0] in _NOT_VILLAGE_FIRST or folded[0] in _NOT_VILLAGE_ALONE:
            return None
        if any(f in _SURNAMES for f in folded[1:-1]) and len(words) >= 3 or _reads_as_person(folded):
            return None
        end = spans[-1][1]
        return _Raw(s, start, start + end, text[:end], type_word, "unknown")

    def _village(self, s: Sentence, start: int, text: str, type_word: str) -> _Raw | None:
        words = text.split()
        if not words:
            return None
        folded = [fold(w) for w in words]
        numbered = words[0] in ("số", "Số")  # "tổ dân phố số 5"
        if not numbered and len(words) >= 2 and words[-1][0].isdigit():
            # "thôn Cổ Phúc 2" keeps its number; "thôn Cổ Phúc 3 năm liền" counts years
            after = s.text[start - s.start + len(text):]
            if _COUNTED.match(after):
                words, folded = words[:-1], folded[:-1]
        if words[0][0].isdigit() or numbered:
            if type_word not in ("thôn", "tổ dân phố", "tiểu khu", "xóm", "ấp", "khu phố", "khóm"):
                return None
            if numbered:
                words = words[:1] if len(words) < 2 else words[:2]
            if _COUNTED.match(s.text[start - s.start + len(text):]) and len(words) == len(text.split()):
                return None  # "thôn 3 năm": a count, not a village
        else:
            if folded[0] in _NOT_VILLAGE_FIRST:
                return None
            if folded[0] in _SURNAMES and len(words) >= 3:
                return None  # "Trưởng thôn Nguyễn Văn Ba": a person
            # a person named right after the village: cut before the family name, when a
            # person's name follows it (three words, or two with a middle name: "Lò Văn", or
            # two after a head's title, the name then the verb: "Trưởng thôn A Lê Hùng cho
            # biết"); "Bí thư Chi bộ thôn Cán Chu Phìn, Đảng bộ xã …" is one village
            rel = start - s.start
            headed = None
            for i in range(1, len(words) - 1):
                if len(words) - i == 3 and words[i + 1] == "A":
                    words = words[:i]  # "bản Pá Hu Hảng A Tủa": a man of the highlands, "A" his middle name
                    break
                if folded[i] in _SURNAMES and len(words) - i == 2 and folded[i + 1] not in _MIDDLE_NAMES:
                    if headed is None:
                        headed = bool(_HEAD_TITLE_BEFORE.search(s.text, max(0, rel - 40), rel)
                                      and _VERB_AFTER.match(s.text, rel + len(text)))
                    if not headed:
                        continue
                if folded[i] in _SURNAMES:
                    # "thôn Sủng Tráng Lò Văn Pó": a family name that is also a place's syllable
                    # ends no village when a whole person's name begins after it and the words
                    # before that name are a place the gazetteer knows; cut there instead
                    for j in range(i + 1, len(words) - 1):
                        if folded[j] in _SURNAMES and (len(words) - j >= 3 or folded[j + 1] in _MIDDLE_NAMES) \
                                and gazetteer().lookup(" ".join(words[:j])):
                            i = j
                            break
                    words = words[:i]
                    while len(words) > 1 and words[-1] in ("-", "–"):
                        words = words[:-1]  # "thôn A - Nguyễn Văn B": the dash goes with the person
                    break
            if len(words) == 1 and folded[0] in _NOT_VILLAGE_ALONE:
                return None
            if len(words) == 1 and len(words[0]) > 1 and words[0].isupper():
                return None  # "thôn NTM kiểu mẫu", "bản ĐBKK": an abbreviation, not a name
            name = fold(" ".join(words))
            if name in _ETHNIC or name in _COUNTRIES:
                return None
        if len(words) - (1 if words[-1][0].isdigit() else 0) > _VILLAGE_MAX_WORDS:
            return None
        # the name is a prefix of the run as written: cut it at the end of its last word
        end = [m.end() for m in re.finditer(r"\S+", text)][len(words) - 1]
        return _Raw(s, start, start + end, text[:end], type_word, "village")

    @staticmethod
    def _names_admin_unit(text: str, any_level: bool = False) -> bool:
        """A province named after a village list ("bản A, Lai Châu") ends the list."""
        words = text.split()
        by_name = gazetteer().by_name
        if any_level:  # any prefix of the run names a unit
            return any(name_key(" ".join(words[:n])) in by_name for n in range(2, len(words) + 1))
        return any(u.level == "province" for u in by_name.get(name_key(text), ()))

    # ------------------------------------------------------------------ resolution
    def _resolve(self, doc: Doc, raws: list[_Raw]) -> None:
        g = gazetteer()
        dated = doc_period(doc) or _written_after_reform(doc.text)
        period = dated or self._vote_period(raws, doc.text)
        if not dated and period == NEW and _REFORM_RE.search(doc.text):
            dated = NEW  # the article speaks of the reform as done: read it as dated after it
        if dated:
            # an article dated before (after) the reform names the units of its time; a unit
            # of the other map only when its own map has none of that name
            for r in raws:
                in_period = [u for u in r.candidates if u.period == dated]
                if in_period and r.type_word and r.kind in ("typed", "abbrev", "enum") \
                        and not any(u.type == r.type_word for u in in_period):
                    # "sáp nhập P.Hưng Long, …" after the reform: the ward of the old map the
                    # type word names, not a namesake of another type on the new map
                    # (only one such unit: among namesakes the new map's context would mislead)
                    typed = [u for u in r.candidates if u.type == r.type_word]
                    if len(typed) == 1:
                        in_period = typed
                if in_period:
                    r.candidates = in_period
        if any(r.spelt for r in raws):
            # a commune found in another spelling is one whose district or province the
            # article names (however spelt); a district or a province stands on its own
            written = {spelling_key(r.name) for r in raws}
            for r in raws:
                if r.spelt and any(u.level == "commune" for u in r.candidates):
                    r.candidates = [u for u in r.candidates if u.level != "commune" or any(
                        spelling_key(a.name) in written for a in g.ancestors(u))]
                    if not r.candidates and _LEVEL_OF_TYPE.get(r.type_word) == "commune" \
                            and r.kind in ("typed", "abbrev", "enum"):
                        r.kind, r.spelt = "unknown", False
            raws[:] = [r for r in raws if r.candidates or not r.spelt]
        raws.sort(key=lambda r: r.start)
        self._tone_twins(raws, doc.text)
        self._apply_locators(raws, doc.text)
        ctx: Counter = Counter()  # (level, folded name) -> weight, for every unit named

        def add_ctx(u: Unit, w: float) -> None:
            for a in [u] + g.ancestors(u):
                ctx[(a.level, fold(a.name))] += w

        clues_of: list[frozenset[str]] = []  # read once, when first needed

        def pick(r: _Raw, sentence_ctx: Counter, clause_ctx: Counter) -> Unit | None:
            cands = r.candidates
            if len(cands) == 1:
                return cands[0]
            if not clues_of:
                clues_of.append(self._region_clues(doc.text, raws))
            clues = clues_of[0]
            if clues and not any(ctx.get((a.level, fold(a.name)), 0) or sentence_ctx.get((a.level, fold(a.name)), 0)
                                 for u in cands for a in g.ancestors(u)):
                # no place named decides: the words the article uses rule out some regions
                likely = [u for u in cands if self._fits_region(u, clues)]
                if len(likely) == 1:
                    return likely[0]
                cands = likely or cands

            def score(u: Unit):
                anc = g.ancestors(u)
                c = sum(ctx.get((a.level, fold(a.name)), 0) + 10 * sentence_ctx.get((a.level, fold(a.name)), 0)
                        + 100 * clause_ctx.get((a.level, fold(a.name)), 0) for a in anc)
                return (c, 1 if u.type == r.type_word else 0, 1 if u.period == period else 0)

            scored = sorted(((score(u), u) for u in cands), key=lambda t: t[0], reverse=True)
            best, second = scored[0], scored[1]
            if best[0] == second[0]:
                return None
            if best[0][0] == second[0][0]:
                # no context separates them: the exact type word, then the period decide,
                # but only between units of distinct types or maps, never between namesakes
                same = [u for sc, u in scored if sc == best[0]]
                if len(same) > 1:
                    return None
                rivals = [u for sc, u in scored[1:] if sc[0] == best[0][0]
                          and u.type == best[1].type and u.period == best[1].period]
                if rivals:
                    return None
            return best[1]

        # pass 1: the unambiguous ones (in the article's period when a name exists in both)
        for r in raws:
            if r.kind in ("village", "bare-known"):
                continue
            if len(r.candidates) == 1:
                r.unit = r.candidates[0]
            if r.unit is not None and r.kind not in ("bare-district", "bare-known"):
                add_ctx(r.unit, 1.0)
            elif r.unit is None and r.kind != "bare-district" and r.candidates and len(
                    {(u.level, fold(u.name)) for u in r.candidates}) == 1:
                # a province of either map, "Kỳ Anh" the district or the town: the name is context
                ctx[(r.candidates[0].level, fold(r.candidates[0].name))] += 1
        # pass 2: the ambiguous ones, by what the article names in the sentence and overall
        # (and first in its clause: "huyện A có 2 xã B, C; huyện D có 3 xã E, F, C")
        by_sentence: dict[int, Counter] = {}
        by_clause: dict[tuple[int, int], Counter] = {}

        def clause_of(r: _Raw) -> tuple[int, int]:
            return r.sentence.index, r.sentence.text.count(";", 0, r.start - r.sentence.start)

        for r in raws:
            if r.unit is not None and r.kind != "village":
                c = by_sentence.setdefault(r.sentence.index, Counter())
                cc = by_clause.setdefault(clause_of(r), Counter())
                for a in [r.unit] + g.ancestors(r.unit):
                    c[(a.level, fold(a.name))] += 1
                    cc[(a.level, fold(a.name))] += 1
        order = sorted(raws, key=lambda r: min((_RANK[u.level] for u in r.candidates), default=3))
        for _ in range(2):
            for r in order:
                if r.kind in ("village", "bare-known", "paren") or r.unit is not None or not r.candidates:
                    continue
                clause = by_clause.get(clause_of(r), Counter()) if ";" in r.sentence.text else Counter()
                u = pick(r, by_sentence.get(r.sentence.index, Counter()), clause)
                if u is not None:
                    r.unit = u
                    add_ctx(u, 1.0)
        # one type word's list lies in one province: an item whose only namesake lies in a
        # province the article never names, amid items of a province it names, is a commune
        # the gazetteer does not know ("5 xã A, B, C" of one district, B merged away)
        provinces_of: dict[int, set[str]] = {}
        for r in raws:
            if r.unit is not None and r.group >= 0 and r.kind in ("typed", "abbrev", "enum"):
                provinces_of.setdefault(r.group, set()).add(g.province_of(r.unit).key)
        for r in raws:
            if r.kind == "enum" and r.unit is not None and r.unit.level == "commune" and not r.spelt:
                others = provinces_of.get(r.group, set()) - {g.province_of(r.unit).key}
                # (its own naming put its ancestors in the context once)
                if others and all(ctx.get((a.level, fold(a.name)), 0) <= 1 for a in g.ancestors(r.unit)) \
                        and any(ctx.get(("province", fold(g.get(k).name)), 0) for k in others):
                    r.kind, r.unit, r.candidates = "unknown", None, []
        for r in raws:
            if r.kind != "paren" or r.unit is not None:
                continue
            # "(Kỳ Anh)", "(Lai Châu)" after a commune: the unit above it of that name, else a
            # province of that name
            above = [u for u in g.ancestors(r.child.unit) if u in r.candidates] if (
                r.child is not None and r.child.unit is not None) else []
            provinces = [u for u in r.candidates if u.level == "province"]
            if above:
                r.unit = above[0]
            elif provinces:
                r.unit = next((u for u in provinces if u.period == period), provinces[0])
        if not dated:
            # an undated article is on one map: when the units its context placed outnumber
            # on the other map, provinces read by the default map follow them
            seen = Counter(r.unit.period for r in raws if r.unit is not None
                           and r.unit.level != "province" and r.kind not in ("bare-known",))
            if seen and seen.most_common(1)[0][0] != period and len(set(seen.values())) > 1 or (
                    len(seen) == 1 and next(iter(seen)) != period):
                other = seen.most_common(1)[0][0]
                for r in raws:
                    if r.unit is not None and r.unit.level == "province" and r.unit.period != other:
                        twin = [u for u in r.candidates if u.period == other]
                        if len(twin) == 1:
                            r.unit = twin[0]
        # a bare name already written with its type word is that unit (the highest level first)
        known: dict[str, Unit] = {}
        for r in raws:
            if r.unit is not None and r.kind not in ("bare", "bare-known", "bare-district"):
                k = name_key(r.unit.name)
                if k not in known or _RANK[r.unit.level] < _RANK[known[k].level]:
                    known[k] = r.unit
        for r in raws:
            if r.kind == "bare-known":
                r.unit = known.get(name_key(r.name))
            elif r.kind == "org" and r.unit is None and not r.type_word and name_key(r.name) in known:
                # "Đảng bộ Đắk Nông" (no type word), a name both a province and a far commune
                # bear: the unit the article names with its type word
                u = known[name_key(r.name)]
                if u in r.candidates:
                    r.unit = u
        for r in raws:
            if r.kind == "org" and not r.type_word and r.unit is not None and r.unit.level != "province":
                # "Ban Chấp hành Đảng bộ Hà Tĩnh" beside "thành phố Hà Tĩnh": a name a province and
                # its own city bear (or a ward of that city) is the province's, unless the article
                # names the party organization of the unit itself ("Thành ủy Hà Tĩnh", "Đảng bộ
                # thành phố Hà Tĩnh", "Đảng ủy phường X"); a town, a district or a commune named
                # like its province and lying in no city of that name keeps its name
                home = g.province_of(r.unit)
                city = next((u for u in [r.unit] + g.ancestors(r.unit) if u.type == "thành phố"), None)
                if home in r.candidates and city is not None and \
                        name_key(home.name) == name_key(r.name) == name_key(city.name) and \
                        not any(_unit_party_named(doc.text, u.type, r.name) for u in {r.unit, city}):
                    r.unit = home
        # a bare district is kept only when the article also names its province, or when it is
        # the headline's subject in an article that names no province and speaks of "the
        # district" ("…, Thạnh Phú vượt 10 tiêu chí" … "Huyện ủy quán triệt …")
        kept = []
        span = doc.meta.get("title_span")
        headline = span is not None and not any(k[0] == "province" and w for k, w in ctx.items()) \
            and _THE_DISTRICT_RE.search(doc.text) is not None
        for r in raws:
            if r.kind == "bare-district":
                # after the reform a bare district name is mostly the commune that took it
                if r.unit is None or dated == NEW:
                    continue
                if ctx.get(("province", fold(g.province_of(r.unit).name)), 0) == 0 and not (
                        headline and span[0] <= r.start < span[1]):
                    continue
            if r.kind == "bare-known" and r.unit is None:
                continue
            kept.append(r)
        raws = kept

        # a commune the gazetteer does not know lies in the district named in its sentence,
        # else in the district the article names most
        districts = [r for r in raws if r.unit is not None and r.unit.level == "district"]
        main_district = Counter(r.unit.key for r in districts).most_common(1)
        if main_district:
            # a commune written with its type word whose namesakes all lie in places the article
            # never names, in an article about a district: one the gazetteer no longer has
            for r in raws:
                if r.kind in ("typed", "abbrev", "enum") and r.unit is None and r.locator is None \
                        and r.candidates and _LEVEL_OF_TYPE.get(r.type_word) == "commune" \
                        and all(u.level == "commune" for u in r.candidates) \
                        and not any(ctx.get((a.level, fold(a.name)), 0) for u in r.candidates
                                    for a in g.ancestors(u)):
                    r.kind, r.candidates = "unknown", []
        if len(main_district) == 1 and (len(set(d.unit.key for d in districts)) == 1 or Counter(
                d.unit.key for d in districts).most_common(2)[1][1] < main_district[0][1]):
            raws.extend(self._listed_communes(doc, raws, g.get(main_district[0][0])))
        for r in raws:
            if r.kind == "unknown":
                near = [d for d in districts if d.sentence.index == r.sentence.index]
                # "huyện A có 5 xã …; huyện B có 4 xã …": the district of its own clause
                clause = [d for d in near if ";" not in doc.text[min(d.end, r.end):max(d.start, r.start)]]
                near = clause or near
                after = [d for d in near if d.start >= r.end]
                if r.locator is not None and r.locator.unit is not None:
                    r.parent_unit = r.locator.unit
                elif near:
                    r.parent_unit = (after or near)[0].unit
                elif main_district:
                    r.parent_unit = g.get(main_district[0][0])
                if r.parent_unit is not None:
                    # "xã Pá Lùi" of a district whose commune is "Pá Lúi": a tone mark mistyped
                    same = [u for u in g.children(r.parent_unit) if u.level == "commune"
                            and _toneless(u.name) == _toneless(r.name)]
                    if len(same) == 1:
                        r.kind, r.unit, r.candidates = "typed", same[0], same
        # the same commune named again without its locator is the one located before
        located = {(r.type_word, name_key(r.name)): r for r in raws
                   if r.kind == "unknown" and r.locator is not None and r.parent_unit is not None}
        for r in raws:
            twin = located.get((r.type_word, name_key(r.name)))
            if twin is not None and r.locator is None and r.kind in ("typed", "abbrev", "enum", "unknown"):
                r.kind, r.unit, r.candidates, r.parent_unit = "unknown", None, [], twin.parent_unit
        # villages: the commune named right after ("bản A, xã B"), else the sentence's commune,
        # else the last commune named before, else the article's main commune
        communes = [r for r in raws if r.kind != "village" and (
            (r.unit is not None and r.unit.level == "commune") or
            (r.unit is None and _LEVEL_OF_TYPE.get(r.type_word) == "commune"))]
        focus = self._focus(doc, raws)
        mentions: list[Mention] = []
        village_types: dict[str, str] = {}
        with_commune = {c.sentence.index for c in communes}
        seen_in: dict[str, _Raw | None] = {}  # village -> its commune, where first named
        for r in raws:
            if r.kind == "village":
                again = name_key(r.name)
                if r.sentence.index not in with_commune and again in seen_in:
                    parent = seen_in[again]  # named again alone: the same village as before
                else:
                    parent = self._village_parent(r, communes, doc.text)
                    seen_in.setdefault(again, parent)
                if parent is not None:
                    p_iri, p_key, p_unit = self._iri_of(parent)
                elif focus.get("commune"):
                    p_iri, p_key, p_unit = focus["commune"]["iri"], focus["commune"]["key"] or focus["commune"]["iri"].value, None
                else:
                    p_iri, p_key, p_unit = None, "", None
                iri = place_iri(None, r.name, "village", p_key)
                # one village called "thôn" here and "xóm" there keeps the first type word
                type_word = village_types.setdefault(iri.value, r.type_word)
                mentions.append(Mention(
                    "place", r.start, r.end, doc.text[r.start:r.end], r.sentence, key=fold(r.name),
                    attrs={"name": r.name, "unit_type": type_word, "level": "village", "code": "",
                           "key": None, "parent_iri": p_iri, "parent_unit": p_unit}, iri=iri))
                continue
            iri, key, unit = self._iri_of(r)
            if unit is not None:
                parent = g.parent(unit)
                mentions.append(Mention(
                    "place", r.start, r.end, doc.text[r.start:r.end], r.sentence, key=unit.key,
                    attrs={"name": unit.name, "unit_type": unit.type, "level": unit.level,
                           "code": unit.code, "key": unit.key, "written": r.name,
                           "parent_iri": parent.iri if parent else None, "unit": unit}, iri=iri))
            else:
                level = self._level_guess(r)
                common = r.parent_unit or self._common_ancestor(r.candidates)
                mentions.append(Mention(
                    "place", r.start, r.end, doc.text[r.start:r.end], r.sentence, key=fold(r.name),
                    attrs={"name": self._display_name(r), "unit_type": r.type_word or (r.candidates[0].type if r.candidates else ""),
                           "level": level, "code": "", "key": None,
                           "parent_iri": common.iri if common else None, "parent_unit": common},
                    iri=iri))
        listed = {r.start: r.listed for r in raws if r.listed}
        if listed:
            for m in mentions:
                if m.start in listed:
                    m.attrs["listed"] = listed[m.start]
        doc.mentions.extend(mentions)
        for ref in focus.values():  # the first mention of each focus place, when it is named
            if ref is not None and ref.get("mention") is None:
                ref["mention"] = next((m for m in mentions if m.iri == ref["iri"]), None)
        doc.context["focus"] = focus

    @staticmethod
    def _region_clues(text: str, raws: list[_Raw]) -> frozenset[str]:
        """What an article's own words say of where it is: "Tỉnh ủy" and never "Thành ủy" (a
        province, not a centrally-run city); villages called xóm or bản (the North and the
        Centre), or ấp, khóm or sóc (the South)."""
        clues = set()
        if _PROVINCE_COMMITTEE_RE.search(text) and not _CITY_COMMITTEE_RE.search(text):
            clues.add("province")
        words = {r.type_word for r in raws if r.kind == "village"}
        north, south = bool(words & {"xóm", "bản"}), bool(words & {"ấp", "khóm", "sóc"})
        if north != south:
            clues.add("north" if north else "south")
        return frozenset(clues)

    @staticmethod
    def _fits_region(u: Unit, clues: frozenset[str]) -> bool:
        prov = gazetteer().province_of(u)
        if "province" in clues and prov.type == "thành phố" and not (prov.name == "Huế" and prov.period == OLD):
            return False  # Huế was a province until 2025
        south = int(prov.code) >= _SOUTH_FIRST_CODE
        return not ("north" in clues and south or "south" in clues and not south)

    @classmethod
    def _listed_communes(cls, doc: Doc, raws: list[_Raw], district: Unit) -> list[_Raw]:
        """Bare names listed after a plural head ("Một số Đảng bộ … như: A, B, C và D") in an
        article about one district: its communes, when each name the gazetteer knows is one of
        that district's communes (two at least, and no fewer than the names it does not know,
        which are read as communes merged away before its data was taken)."""
        g = gazetteer()
        out: list[_Raw] = []
        spans = sorted((r.start, r.end) for r in raws)
        starts = [a for a, _ in spans]
        for s in doc.sentences:
            if "như" not in s.text and "gồm" not in s.text:
                continue
            for m in _LISTED_RE.finditer(s.text):
                items: list[_Raw] = []
                inside = unknown = 0
                for it in _LIST_ITEM_RE.finditer(m.group("list")):
                    a = s.start + m.start("list") + it.start()
                    b = a + len(it.group(0))
                    if any(a < end for _, end in spans[bisect_left(starts, a - 200):bisect_left(starts, b)]):
                        items = []
                        break  # a name read already (a province, a typed unit): no bare list
                    found = g.lookup(it.group(0))
                    if found:
                        mine = [u for u in found if u.level == "commune" and u.parent == district.key]
                        if not mine:
                            items = []
                            break  # a name of some other unit: not a list of this district's communes
                        items.append(_Raw(s, a, b, it.group(0), mine[0].type, "listed", unit=mine[0],
                                          candidates=mine))
                        inside += 1
                        continue
                    r = cls._unknown_commune(s, a, it.group(0), "xã")
                    if r is None or r.end != b:
                        break  # "… và Đảng bộ Cơ quan": the list of names ends
                    r.parent_unit = district
                    items.append(r)
                    unknown += 1
                if inside >= 2 and inside >= unknown:
                    head = fold(m.group("head"))
                    for r in items:
                        r.listed = "đảng bộ" if head == "đảng ủy" else head
                    out += items
        return out + cls._clause_communes(doc, raws + out, district)

    @staticmethod
    def _clause_communes(doc: Doc, raws: list[_Raw], district: Unit) -> list[_Raw]:
        """Communes of the article's district opening parallel clauses without their type word:
        "Đảng ủy xã A đạt 24 chỉ tiêu, B đạt 19, C đạt 17" or "hai Đảng ủy còn thấp: B đạt 6, C
        đạt 12". A name is taken only when the gazetteer knows it as a commune of that district,
        and only beside another such commune in its sentence (written with its type word before
        it, or a second such clause): a capitalised word alone is never enough."""
        g = gazetteer()
        out: list[_Raw] = []
        communes = {name_key(u.name) for u in g.children(district) if u.level == "commune"}
        spans = sorted((r.start, r.end) for r in raws)
        starts = [a for a, _ in spans]
        mine_at: dict[int, list[int]] = {}  # sentence -> where its communes of the district begin
        for r in raws:
            if r.unit is not None and r.unit.level == "commune" and r.unit.parent == district.key:
                mine_at.setdefault(r.sentence.index, []).append(r.start)
        for s in doc.sentences:
            if "," not in s.text and ":" not in s.text and ";" not in s.text:
                continue
            items: list[_Raw] = []
            party = False
            for m in _CLAUSE_RE.finditer(s.text):
                name = m.group("n")
                if name_key(name) not in communes:
                    continue  # (checked first: most clauses open with no commune's name)
                words = [fold(w) for w in name.split()]
                if len(words) < 2 or words[0] in _SURNAMES and (len(words) > 2 or words[1] in _MIDDLE_NAMES):
                    continue  # one word, or a person's name ("…, Lê Văn Hùng phát biểu")
                a, b = s.start + m.start("n"), s.start + m.end("n")
                near = spans[bisect_left(starts, a - 200):bisect_left(starts, b)]  # (no name is longer)
                if any(a < end for _, end in near):
                    continue  # read already (a province, a typed unit)
                found = g.lookup(name)
                mine = [u for u in found if u.level == "commune" and u.parent == district.key]
                if not mine or any(u.level == "province" or u.level == "district" and u.parent == district.parent
                                   for u in found):
                    continue  # also a province, or a district near by: the name is ambiguous
                items.append(_Raw(s, a, b, name, mine[0].type, "listed", unit=mine[0], candidates=mine))
                party = party or bool(_PARTY_LEAD_RE.search(s.text, 0, m.start("n")))
            if len(items) >= 2 or items and any(x < items[0].start for x in mine_at.get(s.index, ())):
                for r in items:
                    r.listed = "đảng bộ" if party else "xã"
                out += items
        return out

    @staticmethod
    def _apply_locators(raws: list[_Raw], text: str) -> None:
        """A commune written with the unit above it right after ("phường 4, quận Gò Vấp",
        "phường X, TP Y", "xã X (huyện Y)") lies in that unit.

        The locator is read at its lowest level ("TP Y", where Y names both a province and its
        city, is the city), the commune's candidates are kept to those inside it, and when the
        gazetteer has none there (a unit merged or renamed before its data was taken) the
        commune is kept without a code, in the locator.
        """
        g = gazetteer()
        starts = [r.start for r in raws]  # raws come sorted by start
        groups: dict[int, list[_Raw]] = {}
        for r in raws:
            if r.group >= 0:
                groups.setdefault(r.group, []).append(r)
        for items in groups.values():
            last = items[-1]
            if _LEVEL_OF_TYPE.get(last.type_word) != "commune":
                continue
            loc = next((x for x in raws[bisect_left(starts, last.end):] if x.kind != "village"), None)
            if loc is None or loc.sentence.index != last.sentence.index:
                continue
            if not _LOCATOR_GAP_RE.fullmatch(text, last.end, loc.start) or _FORMER_RE.match(text, loc.end):
                continue
            high = [u for u in loc.candidates if _RANK[u.level] < _RANK["commune"]]
            for r in items:
                if _LEVEL_OF_TYPE.get(r.type_word) != "commune":
                    continue
                common = {u.period for u in r.candidates} & {u.period for u in high}
                if not common:
                    continue
                above = [u for u in high if u.period in common]
                # the locator's own type word agrees with the unit it names ("TP Y": the city)
                above = [u for u in above if u.type == loc.type_word] or above
                contains = [a for a in above if any(a in g.ancestors(u) for u in r.candidates)]
                r.locator = loc
                if contains:
                    # an untyped locator naming a province and its city is the province
                    low = (max if loc.type_word else min)(_RANK[u.level] for u in contains)
                    lows = [a for a in contains if _RANK[a.level] == low]
                    r.candidates = [u for u in r.candidates if any(a in lows for a in g.ancestors(u))]
                    loc.candidates = lows
                elif r.kind in ("typed", "abbrev", "enum"):
                    low = max(_RANK[u.level] for u in above)
                    r.kind, r.candidates = "unknown", []
                    loc.candidates = [u for u in above if _RANK[u.level] == low]

    @staticmethod
    def _tone_twins(raws: list[_Raw], text: str) -> None:
        """A commune written once with its tone marks otherwise than a commune the article
        writes more often ("xã Tân Thanh" once, "xã Tân Thạnh" in the title and the text) is that
        commune mistyped, when the once-written name cannot be a commune of its own: none of its
        namesakes lies in a district or province the article names (or in the district of the
        commune written more often), no village of the article is placed in it ("thôn A, xã
        Tân Thanh") and it is not listed with its unit word beside the other ("xã A và xã B")."""
        typed = [r for r in raws if r.kind in ("typed", "abbrev", "enum", "unknown")
                 and _LEVEL_OF_TYPE.get(r.type_word) == "commune"]
        if len(typed) < 3:
            return
        count = Counter(name_key(r.name) for r in typed)
        by_tones: dict[str, list[str]] = {}
        for k in count:
            by_tones.setdefault(_toneless(k), []).append(k)
        if all(len(v) == 1 for v in by_tones.values()):
            return
        g = gazetteer()
        model = {name_key(r.name): r for r in typed}
        for r in typed:
            k = name_key(r.name)
            twins = [t for t in by_tones[_toneless(k)] if t != k and count[t] > count[k]]
            if count[k] != 1 or len(twins) != 1:
                continue
            twin = model[twins[0]]
            # the districts and provinces the article names, as units (a namesake district of
            # either commune elsewhere in the country decides nothing)
            above = {u for x in raws if name_key(x.name) not in (k, twins[0])
                     and (_LEVEL_OF_TYPE.get(x.type_word) in ("district", "province") or not x.type_word)
                     for u in x.candidates if u.level in ("district", "province")}
            if len(twin.candidates) == 1:
                above.update(a for a in g.ancestors(twin.candidates[0]) if a.level == "district")
            if any(a in above for u in r.candidates for a in g.ancestors(u)):
                continue  # a commune of the article's district or province in its own right
            if any(name_key(x.name) == twins[0] and x.sentence is r.sentence and (
                    _LISTED_WITH.fullmatch(text[x.end:r.start]) or _LISTED_WITH.fullmatch(text[r.end:x.start]))
                   for x in raws):
                continue  # "xã Tân Thạnh và xã Tân Thanh": two communes listed side by side
            if any(x.kind == "village" and x.end <= r.start and x.sentence is r.sentence
                   and _VILLAGE_OF.fullmatch(text[x.end:r.start]) for x in raws):
                continue  # a village of its own
            r.name, r.kind, r.candidates, r.spelt = twin.name, twin.kind, list(twin.candidates), twin.spelt

    @staticmethod
    def _vote_period(raws: list[_Raw], text: str) -> str:
        """The map an undated article uses: districts and names found in one map only vote,
        and so do the words of the reform ("chính quyền địa phương hai cấp", "huyện X cũ")."""
        votes = Counter()
        votes[NEW] += 3 * min(2, len(_REFORM_RE.findall(text)))
        for r in raws:
            if r.kind in ("village", "bare-known", "bare-district") or not r.candidates:
                continue
            if Component._merged_away(r):
                continue  # "hợp nhất 3 xã: A, B, C": units gone, named by an article of after
            periods = {u.period for u in r.candidates}
            levels = {u.level for u in r.candidates}
            if levels == {"district"}:
                if not _FORMER_RE.match(text, r.end):
                    votes[OLD] += 2
            elif r.type_word == "đặc khu":
                votes[NEW] += 2
            elif len(periods) == 1:
                votes[periods.pop()] += 1
        return NEW if votes[NEW] > votes[OLD] else OLD

    @staticmethod
    def _merged_away(r: _Raw) -> bool:
        """Whether the sentence names ``r`` among the units a merger joined: after "sáp nhập"
        or "hợp nhất" (not "sau sáp nhập", after the merger), before a "thành" that names the
        unit they became."""
        text = r.sentence.text
        at = r.start - r.sentence.start
        last = None
        for last in _MERGER_RE.finditer(text, 0, at):
            pass
        return last is not None and _BECAME_RE.search(text, last.end(), at) is None

    @staticmethod
    def _display_name(r: _Raw) -> str:
        if r.candidates:
            return r.candidates[0].name  # the gazetteer's spelling (modern tones)
        return r.name

    @staticmethod
    def _level_guess(r: _Raw) -> str:
        levels = {u.level for u in r.candidates}
        if len(levels) == 1:
            return levels.pop()
        return _LEVEL_OF_TYPE.get(r.type_word, "commune" if "commune" in levels else "district")

    def _common_ancestor(self, cands: list[Unit]) -> Unit | None:
        g = gazetteer()
        if not cands:
            return None
        chains = [g.ancestors(u) for u in cands]
        for a in chains[0]:
            if all(a in c for c in chains[1:]):
                return a
        return None

    def _iri_of(self, r: _Raw):
        if r.unit is not None:
            return r.unit.iri, r.unit.key, r.unit
        level = self._level_guess(r)
        common = r.parent_unit or self._common_ancestor(r.candidates)
        key = common.key if common else ""
        iri = place_iri(None, self._display_name(r), level, key)
        return iri, iri.value, None

    @staticmethod
    def _village_parent(r: _Raw, communes: list[_Raw], text: str) -> _Raw | None:
        after = [c for c in communes if c.start >= r.end and c.start - r.end <= 60
                 and c.sentence.index == r.sentence.index]
        if after:
            gap = _VILLAGE_GAP_RE.fullmatch(text, r.end, after[0].start)
            if gap and (gap.group("person") is None or fold(gap.group("person").split()[0]) in _SURNAMES):
                return after[0]
        same = [c for c in communes if c.sentence.index == r.sentence.index]
        if same:
            before = [c for c in same if c.start < r.start]
            return before[-1] if before else same[0]
        before = [c for c in communes if c.start < r.start]
        return before[-1] if before else None

    # ------------------------------------------------------------------ focus
    def _focus(self, doc: Doc, raws: list[_Raw]) -> dict:
        """The article's own province, district and commune.

        Each level on its own: the unit named most often (a mention in the title or the first
        sentences counts twice; a province also gains from the units named inside it), and
        only when it leads the others of its level. A level left open takes the ancestor of
        the focus below it ("xã Tà Mung" -> huyện Than Uyên, tỉnh Lai Châu).
        """
        g = gazetteer()
        first = {s.index for s in doc.sentences[:3]}
        span = doc.meta.get("title_span")
        if span:
            first |= {s.index for s in doc.sentences if s.start <= span[0] < s.end}
        score: Counter = Counter()
        first_seen: dict[str, int] = {}
        rep: dict[str, _Raw] = {}
        level_of: dict[str, str] = {}
        for r in raws:
            if r.kind == "village" or r.listed:
                continue  # a list of names is no subject of the article
            iri, key, unit = self._iri_of(r)
            weight = 2 if r.sentence.index in first else 1
            score[key] += weight
            first_seen.setdefault(key, r.start)
            rep.setdefault(key, r)
            level_of[key] = unit.level if unit else self._level_guess(r)
            if unit is not None and unit.level != "province":
                prov = g.province_of(unit)
                score[prov.key] += 0.5 * weight
                first_seen.setdefault(prov.key, r.start)
                level_of.setdefault(prov.key, "province")

        def best(level: str):
            keys = sorted((k for k in score if level_of[k] == level),
                          key=lambda k: (-score[k], first_seen[k]))
            if not keys or (len(keys) > 1 and score[keys[0]] == score[keys[1]]):
                return None
            return keys[0]

        focus: dict = {"province": None, "district": None, "commune": None}
        for level in ("commune", "district", "province"):
            k = best(level)
            if k is None:
                continue
            unit = g.get(k)
            if unit is not None:
                focus[level] = place_ref(unit)
            else:
                r = rep[k]
                focus[level] = place_ref(iri=self._iri_of(r)[0], name=self._display_name(r),
                                         unit_type=r.type_word, level=level)
        # the levels must nest: a district (commune) outside the focus province (district) is
        # a comparison, not the article's own place
        for low, high in (("district", "province"), ("commune", "district"), ("commune", "province")):
            lo, hi = focus[low], focus[high]
            unit = g.get(lo["key"]) if lo else None
            if unit is not None and hi is not None and hi.get("key") and hi["key"] not in {
                    a.key for a in g.ancestors(unit)}:
                focus[low] = None
        for level in ("commune", "district"):
            ref = focus[level]
            unit = g.get(ref["key"]) if ref else None
            if unit is not None:
                for a in g.ancestors(unit):
                    if focus.get(a.level) is None:
                        focus[a.level] = place_ref(a)
        return focus

    # ------------------------------------------------------------------ mint
    def mint(self, doc: Doc) -> None:
        g = gazetteer()
        seen: set = set()

        def fact(s, p, o, sentence):
            k = (s.value, p.value, str(o), sentence.index)
            if k not in seen:
                seen.add(k)
                doc.add_fact(s, p, o, sentence, self.name)

        stated: set = set()

        def state_unit(u: Unit, sentence: Sentence) -> None:
            if (u.key, sentence.index) in stated:
                return
            stated.add((u.key, sentence.index))
            iri = u.iri
            subject, i = iri.value, sentence.index
            for p, o, p_text, o_text in _unit_statements(u):
                k = (subject, p_text, o_text, i)  # (the key fact() makes)
                if k not in seen:
                    seen.add(k)
                    doc.add_fact(iri, p, o, sentence, self.name)
            fact(doc.iri, SCHEMA.mentions, iri, sentence)

        for m, written in _spellings(doc):
            # the name as this document writes it, where it differs from the gazetteer's:
            # beside the document's mention of the place, in the same sentence's evidence
            unit = m.attrs["unit"]
            state_unit(unit, m.sentence)
            fact(unit.iri, SKOS.altLabel, lit(written, lang="vi"), m.sentence)
        for m in doc.of("place"):
            if m.sentence.index < 0:
                continue
            unit = m.attrs.get("unit")
            if unit is not None:
                for u in [unit] + g.ancestors(unit):
                    state_unit(u, m.sentence)
                continue
            iri = m.iri
            fact(iri, RDF.type, PKG.Place, m.sentence)
            fact(iri, RDFS.label, lit(label_of(m.attrs["name"], m.attrs.get("unit_type", "")), lang="vi"),
                 m.sentence)
            if m.attrs.get("unit_type"):
                unit_type = _UNIT_CLASS.get(m.attrs["unit_type"], m.attrs["unit_type"])
                fact(iri, PKG.unitType, lit(unit_type), m.sentence)
            fact(iri, PKG.adminLevel, concept("admin-level", m.attrs["level"]), m.sentence)
            fact(doc.iri, SCHEMA.mentions, iri, m.sentence)
            if m.attrs.get("parent_iri") is not None:
                fact(iri, PKG.partOf, m.attrs["parent_iri"], m.sentence)
                parent_unit = m.attrs.get("parent_unit")
                if parent_unit is not None:
                    for u in [parent_unit] + g.ancestors(parent_unit):
                        state_unit(u, m.sentence)


def _spellings(doc: Doc) -> list[tuple[Mention, str]]:
    """(first mention, name as written) of each gazetteer unit the document writes only in
    another spelling than the gazetteer's ("Đăk Tô", "Mù Cang Chải"): not a difference of tone
    placement, Ð/Đ, case or dashes alone (the label already reads so), not a name in capitals."""
    found: dict[str, tuple[Mention, str] | None] = {}
    for m in doc.of("place"):
        unit = m.attrs.get("unit")
        if unit is None or m.sentence.index < 0:
            continue
        written = m.attrs.get("written") or ""
        if name_key(written) == name_key(unit.name) or written[:1].isdigit():
            found[unit.key] = None  # the document writes the label's spelling
        elif unit.key not in found and written and not written.isupper():
            found[unit.key] = (m, unicodedata.normalize("NFC", written))
    return [v for v in found.values() if v is not None]


@lru_cache(maxsize=1 << 14)
def _unit_statements(u: Unit) -> tuple[tuple, ...]:
    """What mint states of a gazetteer unit in each sentence that names it (but the document's
    mention of it), as (predicate, object, and both as text for the duplicate check): the same
    every time, built once per unit."""
    g = gazetteer()
    out = [(RDF.type, PKG.Place),
           (RDFS.label, lit(label_of(u.name, u.type), lang="vi")),
           (PKG.unitType, lit(u.type)),
           (PKG.adminLevel, concept("admin-level", u.level)),
           (PKG.officialCode, lit(u.code))]
    if u.valid_until:
        out.append((PKG.validUntil, lit(u.valid_until, datatype=XSD.date)))
    if u.valid_from:
        out.append((PKG.validFrom, lit(u.valid_from, datatype=XSD.date)))
    parent = g.parent(u)
    if parent is not None:
        out.append((PKG.partOf, parent.iri))
    return tuple((p, o, p.value, str(o)) for p, o in out)


def captions(doc: Doc) -> list[Sentence]:
    """A picture's caption printed twice inside the article (two identical lines, both left out
    of the running text as boilerplate) still says where the picture was taken and who is in
    it: one copy is read, as a sentence of its own after the article's sentences. Found once
    per document; places, organizations and people all read them."""
    found = doc.context.get("captions")
    if found is None:
        found = doc.context["captions"] = _find_captions(doc)
    return found


def _find_captions(doc: Doc) -> list[Sentence]:
    if len(doc.body) < 2:
        return []
    lo, hi = doc.body[0][1], doc.body[-1][0]
    inside = {a for a, _ in doc.body}
    out: list[Sentence] = []
    prev = None
    for m in _LINE_RE.finditer(doc.text, lo, hi):
        line = (m.start(), m.end(), m.group(0))
        if prev is not None and prev[2] == line[2] and len(line[2]) < 300 \
                and prev[0] not in inside and line[0] not in inside:
            out.append(Sentence(len(doc.sentences) + len(out), prev[0], prev[1], prev[2]))
            prev = None
            continue
        prev = line
    return out


_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


@lru_cache(maxsize=1 << 12)
def _toneless(name: str) -> str:
    """A name without its tone marks (the vowels keep their shape): "Pá Lùi" = "Pá Lúi"."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", fold(name)).translate(_TONE_MARKS))


def _written_after_reform(text: str) -> str | None:
    """An undated article that opens a sentence with a day after the reform ("Ngày 03/10/2025,
    …") was written after it; a day inside a sentence (a deadline, "đến ngày 31/12/2025", or a
    plan, "dự kiến diễn ra ngày 20/8/2025") says nothing of when it was written, nor does an
    opening day of a sentence that tells what will be done ("Ngày 20/8/2025, đại hội sẽ …")."""
    for m in _DAY_RE.finditer(text):
        opens = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if _FRONTING_RE.fullmatch(text[opens:m.start()].strip()) is None:
            continue
        ends = min((i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0), default=len(text))
        if _FUTURE_RE.search(text, m.end(), ends):
            continue
        day, month, year = (int(x) for x in (m.group("d") or m.group("d2"), m.group("m") or m.group("m2"),
                                                m.group("y") or m.group("y2")))
        if 1 <= day <= 31 and 1 <= month <= 12 and f"{year:04d}-{month:02d}-{day:02d}" >= REFORM_DATE:
            return NEW
    return None


def nearest(doc: Doc, offset: int, level: str) -> Mention | None:
    """The last place of ``level`` the text names before ``offset`` (None if it names none).

    For short references ("Đảng ủy xã" in a paragraph about one commune of a province-wide
    article), where ``doc.context["focus"]`` is the article-wide answer.
    """
    best = None
    for m in doc.mentions:
        if m.label == "place" and m.attrs.get("level") == level and m.start <= offset:
            if best is None or m.start > best.start:
                best = m
    return best


def component() -> Component:
    return Component()
