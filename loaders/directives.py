"""Extraction of directives: the Party's resolutions, directives, conclusions, plans … a text names.

Runs after places and organizations. ``match`` reads each sentence for references — an official
code ("Chỉ thị số 05-CT/TW"), a bare number ("Chỉ thị 05 của Bộ Chính trị"), a plenum or congress
name ("Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XX"), a
quoted or described title, or an anaphor ("Nghị quyết") — then resolves them over the whole
document to one key per directive. ``mint`` writes the directives, the links between them and
the organizations that carry them out. Patterns live in ``data/directives.yaml``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from ..ontology.keys import fold
from ..ontology.terms import (ORG, PKG, RDF, RDFS, SCHEMA, SKOS, XSD, concept, directive_iri, lit,
                              organization_iri)
from .document import Doc, Mention, Sentence

DATA = Path(__file__).parent / "data" / "directives.yaml"

_ROMAN = r"[IVXL]{1,6}"
_NUM_WORDS = {"một": "1", "nhất": "1", "hai": "2", "ba": "3", "tư": "4", "bốn": "4", "năm": "5",
              "sáu": "6", "bảy": "7", "tám": "8", "chín": "9", "mười": "10"}


# ----------------------------------------------------------------------------- patterns

@dataclass
class _Patterns:
    kinds: dict[str, dict]  # key -> kind record
    word_kind: dict[str, str]  # folded word -> kind key
    code_kind: dict[str, str]  # folded code type -> kind key
    kind_re: Any
    code_re: Any
    gov_code_re: Any
    central_re: Any
    central_name: dict[str, str]  # folded form -> canonical name
    central_party: set[str]
    local_suffix: dict[str, str]
    link_cues: list[tuple[str, Any]]
    carry_re: Any
    carry_near_re: Any
    issue_before_re: Any
    plenum_re: Any
    plenum_hn_re: Any
    term_re: Any
    term_more_re: Any
    abbrev_re: Any
    code_spelling: dict[str, str]


@lru_cache(maxsize=None)
def _rx(pattern: str, flags: int = 0):
    """A pattern written inline, compiled once."""
    return regex.compile(pattern, flags)


def _alt(words) -> str:
    return "|".join(regex.escape(w).replace("Đ", "[ĐÐ]").replace("đ", "[đð]")
                    for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _data() -> dict:
    """``data/directives.yaml``, read once."""
    import yaml

    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """Compile the patterns of ``data/directives.yaml`` once, on first use."""
    data = _data()
    kinds = {k["key"]: k for k in data["kinds"]}
    word_kind, code_kind, code_spelling = {}, {}, {}
    for k in data["kinds"]:
        for w in k["words"]:
            word_kind[fold(w)] = k["key"]
        for c in k["codes"]:
            code_kind[fold(c)] = k["key"]
            code_spelling[fold(c)] = c
    kind_re = regex.compile(r"(?<![\p{L}\d])(?:" + _alt(word_kind_words(data)) + r")(?![\p{L}\d])", regex.I)
    code_type = r"[A-ZĐÐ][A-Za-zĐÐđ]{0,4}"
    code_re = regex.compile(
        r"(?<![\d\p{L}])(\d{1,4})\s*[-–—]\s*(" + code_type + r")\s*/\s*(T\.?\s?Ư|T\.W|[A-ZĐÐ][A-ZĐÐa-zđ]{0,7}(?:-[A-ZĐÐ]{1,8})?)(?![\p{L}\d])")
    gov_code_re = regex.compile(
        r"(?<![\d\p{L}/])(\d{1,5})(?:/(\d{4}))?/(" + code_type + r")\s*[-–]\s*(T\.?\s?Ư|[A-ZĐÐ][A-Za-zĐÐđ0-9]{0,10})(?![\p{L}\d])")
    central_forms = {}
    central_party = set()
    for c in data["central_issuers"]:
        for f in c["forms"]:
            central_forms[f] = c["name"]
        if c["party"]:
            central_party.add(c["name"])
    central_re = regex.compile(r"(?:" + _alt(central_forms) + r")(?![\p{L}\d])", regex.I)
    central_name = {fold(f): n for f, n in central_forms.items()}
    cue_filler = (r"(?:\s*,?\s+(?:nghiêm túc|nghiêm|triệt để|sáng tạo|có chất lượng|có hiệu quả|hiệu quả|tốt|đồng bộ|sâu rộng|việc|các|nội dung|tinh thần|theo|"
                  r"thắng lợi|mục tiêu|chỉ tiêu|nhiệm vụ|của|kịp thời|quyết liệt|sâu sắc|đầy đủ|\d+(?:,\d+)?\s*%|"
                  # "triển khai chuyên đề (năm 2023 của) Chỉ thị 05": the yearly theme of the directive
                  r"chuyên đề(?:\s+(?:năm\s+)?\d{4})?|"
                  r"(?<=(?:quyết liệt|nghiêm túc|đồng bộ|kịp thời)\s+)và\s+(?:có\s+)?hiệu quả|"
                  # "vượt hơn 30% so với Nghị quyết …": a figure measured against the directive's target
                  r"(?<=(?:vượt|đạt)\s+)(?:hơn|trên|gần)|(?<=(?:vượt|đạt)(?:\s+(?:hơn|trên|gần))?\s+\d+(?:,\d+)?\s*%\s+)so với|"
                  # "quán triệt tới 100% đảng viên <X>": whom it is taught to, between the verb and the name
                  r"(?:tới|đến)\s+(?:toàn thể\s+|100\s*%\s+)?(?:cán bộ|đảng viên|công chức|hội viên|đoàn viên|nhân dân)"
                  r"(?:\s*,?\s+(?:và\s+)?(?:cán bộ|đảng viên|công chức|viên chức|hội viên|đoàn viên|nhân dân))*|"
                  r"(?<=(?:mục tiêu|chỉ tiêu|nhiệm vụ)\s+)(?:trong|mà)))*\s*$")
    link_cues = [(c["relation"], regex.compile(r"(?<![\p{L}])(?:" + c["cue"] + r")" + cue_filler, regex.I))
                 for c in data["link_cues"]]
    carry = data["carry_out"]
    # "triển khai thực hiện", "quán triệt, triển khai và thực hiện": one cue
    carry_re = regex.compile(r"(?<![\p{L}])(?:" + carry + r")(?:\s*(?:(?:và|,)\s*)?(?:" + carry + r"))*" + cue_filler, regex.I)
    carry_near_re = regex.compile(r"(?<![\p{L}])(?:" + carry + r")(?![\p{L}])", regex.I)
    issue_before_re = regex.compile(r"(?<![\p{L}])(?:" + data["issue_verbs"] + r")(?:\s+và\s+(?:thực hiện|triển khai))?"
                                    r"(?:\s+(?:các|\d+|mới))?\s*$", regex.I)
    tw = r"(?:Trung ương|Trung Ương|TW|T\.\s?Ư|TƯ|T\.W)"
    plenum_re = regex.compile(r"^\s*(?:số\s+)?(?:Hội nghị\s+)?" + tw + r"\s*(?:Đảng\s+)?(?:lần thứ\s+)?(\d{1,2}|"
                              + "|".join(_NUM_WORDS) + r")(?![\p{L}\d])(?!\s+\d{4})", regex.I)
    plenum_hn_re = regex.compile(r"^\s*Hội nghị\s+(?:lần thứ\s+)?(\d{1,2}|" + "|".join(_NUM_WORDS)
                                 + r")\s+(?:Ban Chấp hành\s+)?" + tw + r"(?:\s+Đảng)?(?![\p{L}])", regex.I)
    # ("khóa 12": a term in Arabic figures, the same term as "khóa XII")
    term_re = regex.compile(r"^\s*(?:,\s*)?\(?\s*(?:khóa|khoá|Khóa|Khoá)\s+(" + _ROMAN
                            + r"|\d{1,2}(?!\s*[\d/.,-]\s*\d))(?![\p{L}\d])\s*\)?")
    term_more_re = regex.compile(r"^\s*(?:,|và)\s*\(?(?:khóa|khoá)?\s*(" + _ROMAN + r")(?![\p{L}])\s*\)?")
    abbrev_re = regex.compile(r"(?<![\p{L}])NQ\s?(?:TƯ|TW|T\.Ư)\s?(\d{1,2})(?![\d])")
    return _Patterns(kinds, word_kind, code_kind, kind_re, code_re, gov_code_re, central_re, central_name,
                     central_party, data["local_suffixes"], link_cues, carry_re, carry_near_re,
                     issue_before_re, plenum_re, plenum_hn_re, term_re, term_more_re, abbrev_re, code_spelling)


@lru_cache(maxsize=1)
def _prefilter_words() -> tuple[str, ...]:
    ws = {fold(w) for w in patterns().word_kind}
    return tuple(sorted(ws | {w.replace("đ", "ð") for w in ws}))


def word_kind_words(data) -> list[str]:
    return [w for k in data["kinds"] for w in k["words"]]


# ----------------------------------------------------------------------------- references

@dataclass
class Ref:
    """One place where the text names a directive (sentence-local offsets in start/end)."""

    sentence: Sentence
    start: int
    end: int
    kind: str
    form: str  # code | bare | plenum | congress | charter | titled | described | program | anaphor
    code: str = ""
    number: str = ""
    plenum: str = ""
    term: str = ""
    info: dict = field(default_factory=dict)  # congress parts, the kind word as written, flags
    title: str = ""
    subject: str = ""
    date: str = ""
    issuer_name: str = ""  # central body named in the text
    issuer_org: Mention | None = None
    issued_by: Mention | None = None  # "<org> ban hành <directive>"
    target: "Ref | None" = None  # program of / anaphor antecedent
    tail_end: int = 0  # end of the phrase that describes it (subject, description)
    head_end: int = 0  # end of the name proper (a described document: its kind word)
    key: str = ""
    label: str = ""
    iri: Any = None

    @property
    def text(self) -> str:
        return self.sentence.text[self.start:self.end]


_STOP_DESC = regex.compile(
    # ("số" heads a number, not "Đề án số lượng, cơ cấu …" nor "Kế hoạch số hóa …": a title's own words)
    r"(?:số(?!\s+(?:lượng|hóa|hoá)(?![\p{L}]))|của|này|trên|đó|đã|được|là|có|và|với|cho|đến|nhằm|sẽ|cũng|thì|mà|phải|cần|đang|vừa|chưa|"
    r"không|để|do|trong|tại|từ|hành động|năm|hằng|hàng|cụ thể|chung|hóa|hoá|đề ra|như|bằng|theo|"
    r"đặt|nêu|nói|rõ|mới|này|ấy|kia|cấp|các|những|nào|gì|thường|sau|trước|khi|đối|đều|kịp|"
    r"tốt|lại|ra|vào|lên|xuống|hết|đúng|cùng|nên|làm|\d)(?![\p{L}])", regex.I)
# Verbs that, right after a kind word heading its sentence, make it the subject: "Kế hoạch xác định …".
_PREDICATE = regex.compile(r"(?:xác định|yêu cầu|gồm|bao gồm|tập trung|hướng tới|góp|giúp|tạo|đạt|nhấn mạnh|chỉ rõ|"
                           r"quy định|đưa|thể hiện|giao|chia|mang|bảo đảm|đảm bảo|nhận được|đi vào)(?![\p{L}])", regex.I)
_CLAUSE_END = regex.compile(r"[;:.!?()“”\"]|,\s+(?=(?:chúng tôi|chúng ta|tôi|ông|bà|anh|chị|đồng chí)\s)|\s(?:được|đã|đều|sẽ|đang|là|nhằm|để|gắn với|gắn kết|trong thời gian|"
                            r"thì|nhưng|song|đến nay|hằng năm)\s|,\s+(?=\p{Lu})|"
                            r"(?<!\d)\s-\s|\s-\s(?!\d)|…|"  # (not "giai đoạn 2011 - 2015": a range of years)
                            # (how or to what end the clause's verb acts: ", bằng những giải pháp …", ", qua đó …")
                            r",\s+(?=(?:bằng|thông qua|qua đó|từ đó)\s)|"
                            # (a time that opens the next clause: ", thời gian qua, chi bộ …", ", năm 2024, huyện …")
                            r",\s+(?=(?:(?:trong\s+)?(?:thời gian|những năm|nhiều năm|các năm|năm)\s+(?:qua|vừa qua|gần đây|tới)"
                            r"|hiện nay|gần đây|vừa qua|sau đó|trước đó|(?:từ\s+|trong\s+)?năm\s+\d{4})(?![\p{L}\d]))|"
                            # (a day or a time of day: ", buổi chiều 30-6 …", ", sáng ngày 2/9 …", ", ngày 5-7 …")
                            r",\s+(?=(?:(?:buổi\s+)?(?:sáng|trưa|chiều|tối)(?:\s+ngày)?|ngày)\s+\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d))|"
                            # (the meeting where the clause's verb is said or done: "… tại Hội nghị tổng kết …"; not a rite or
                            # a session a subject may be about: "an ninh tại lễ hội …", "nghi thức tại lễ kết nạp")
                            r"\stại\s+(?=(?i:hội nghị|hội thảo|tọa đàn|toạ đàn|diễn đàn|cuộc họp|phiên họp)(?![\p{L}]))|"
                            # (what the document itself shows or states: "Kết luận … về <subject> cho thấy: …";
                            # "khẳng định", "nhấn mạnh" … only before ":" or "rằng", else a subject's own verbs, listed with commas
                            # too: "về xây dựng, khẳng định, nâng tầm thương hiệu …")
                            r"\s(?:cho thấy(?![\p{L}])|(?:chỉ rõ|nêu rõ|khẳng định|nhấn mạnh)(?=\s*(?::|rằng\s)))|"
                            # (what the clause singles out or goes on to detail: ", nhất là tổ chức cơ sở đảng, …")
                            r",\s+(?=(?:nhất là|đặc biệt là|trong đó)(?![\p{L}]))")
_DATE = regex.compile(r"^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(\d{4})")
_PLENUM_ISSUER = regex.compile(r"Hội nghị\s+(?:lần thứ\s+)?(?:(\d{1,2}|" + "|".join(_NUM_WORDS) + r")\s+)?(?:Ban Chấp hành\s+)?"
                               r"(?:Trung ương|TW|T\.Ư)(?:\s+Đảng)?(?:\s+(?:lần thứ\s+)?(\d{1,2}|" + "|".join(_NUM_WORDS)
                               + r"))?(?:\s*,?\s*\(?(?:khóa|khoá)\s+([IVXL]+)\)?)?")
# "Nghị quyết 4 khóa XII": a number and a term of the Central Committee name a plenum's resolution
_PLENUM_BY_TERM = regex.compile(r"^\s*(?:số\s+)?(\d{1,2})(?![\d\p{L}])(?=\s*\(?\s*(?:khóa|khoá|Khóa|Khoá)\s+"
                                r"(?:VIII|IX|X|XI|XII|XIII|XIV)(?![\p{L}]))")
_PLENUM_COMMITTEE = regex.compile(r"^\s*(?:của\s+)?(?:Ban Chấp hành|BCH)\s*(?:Trung ương|TW|T\.Ư)(?:\s+Đảng)?(?=\s*,?\s*\(?\s*kh)")
_OF = regex.compile(r"^\s*,?\s*của\s+")
_ABOUT = regex.compile(r"^\s*về\s+(?:việc\s+)?")
_QUOTE = regex.compile(r"^\s*[,:]?\s*(?:về\s+(?:việc\s+)?)?[“\"]([^”\"]{3,300})[”\"]")
_BARE = regex.compile(r"^\s*(?:số\s*:?\s*)?(\d{1,4})(?![\d\p{L}])(?!\s*[-–/]\s*[\p{L}\d])(?![.,]\d)"
                      r"(?!\s*(?:năm|tháng|ngày(?!\s+\d{1,2}\s*[/.-]\s*\d)|%|người|đảng viên|chi bộ|hộ|ha|triệu|tỷ|lượt|điều)(?![\p{L}]))")
_LOCAL_ISSUER = regex.compile(
    r"(?:(?:Ban Thường vụ|Ban Chấp hành|Thường trực|Ban Chỉ đạo)\s+)?(?:Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|"
    r"Thành uỷ|Quận ủy|Thị ủy|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|UBND|Ủy ban nhân dân|HĐND)(?:\s+(?:tỉnh|huyện|xã|"
    r"thành phố|quận|phường|thị trấn|thị xã))?(?:\s+\p{Lu}[\p{L}]*){0,3}")
_CONGRESS_HEAD = regex.compile(r"^\s+(?:đại hội|Đại hội)(?![\p{L}])")
_CONGRESS_WINDOW_END = regex.compile(r"[;:.!?()“”\"]|,(?!\s*nhiệm kỳ)|\s(?:đề ra|đặt ra|xác định|đã|được|về|gắn|và|với|"
                                     r"trong|trên địa bàn|tại|ở|kịp|của (?!Đảng)|đạt|là)(?![\p{L}])")
_CONGRESS_NUM = regex.compile(r"(?:lần thứ\s+)?(?<![\p{L}\d])(" + _ROMAN + r"|\d{1,2})(?![\p{L}\d])")
_CONGRESS_TERM = regex.compile(r"nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})")
_CONGRESS_LEVEL = regex.compile(r"[Đđ]ảng bộ\s+(tỉnh|huyện|xã|thành phố|quận|phường|thị trấn|thị xã)"
                                r"((?:\s+(?!Lần|Nhiệm)\p{Lu}\p{Ll}*)*)")
_NATIONAL = regex.compile(r"toàn quốc|của Đảng(?! bộ)|Đảng(?! bộ)\s+lần")
_ANAPHOR_AFTER = regex.compile(r"^\s*(?:này|trên|đó|nói trên)(?![\p{L}])")
_LEVELS = {"tỉnh": "province", "thành phố": "province", "huyện": "district", "quận": "district",
           "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune"}


# "217, 218-QĐ/TW", "18, 19 và 20-NQ/TW": numbers listed before the one code they share
_LIST_BEFORE_CODE = regex.compile(r"(?:\s*,\s*(?:số\s+)?\d{1,4}(?![\d\p{L}]))*\s*(?:,|và|&)\s*(?:số\s+)?(?=\d{1,4}\s*[-–—])")
_LISTED_NUMBER = regex.compile(r",\s*(?:số\s+)?(\d{1,4})(?![\d\p{L}])")


def _shared_code(s: str, at: int, kind: str):
    """The code a bare number at ``at`` shares with the last number of its list, when that code
    is of the same kind ("Quyết định 217, 218-QĐ/TW" is 217-QĐ/TW); else None."""
    P = patterns()
    lm = _LIST_BEFORE_CODE.match(s, at)
    if lm is None:
        return None
    cm = P.code_re.match(s, lm.end())
    if cm is None or P.code_kind.get(fold(cm.group(2))) != kind:
        return None
    return cm


_SPACED_CODE = regex.compile(r"(\d{1,4})\s+([A-ZĐÐ][A-Za-zĐÐđ]{0,4})\s*/\s*([A-ZĐÐ][A-ZĐÐa-zđ]{0,7}(?:-[A-ZĐÐ]{1,8})?)(?![\p{L}\d])")
_PAREN_LETTERS = regex.compile(r"^\s*\(\s*[A-ZĐ][A-Za-zĐđ]{1,3}\s*\)(?=\s*(?:số\s*)?\d)")
# a resolution, directive or conclusion by its code letters and bare number ("NQ 28", "CT 05"),
# where a document is spoken of ("thực hiện NQ 28"): the letters stand for other words too
# ("thi hành KL 2 trường hợp" is a discipline, "trạm CT 12" a station)
_SHORT_BARE = regex.compile(r"(?<=(?:thực hiện|triển khai|quán triệt|học tập|cụ thể hóa|cụ thể hoá|sơ kết|tổng kết|"
                            r"theo|của|về|và)\s+)"
                            r"(NQ|CT|KL)\s+(?:số\s+)?(\d{1,3})(?![\d\p{L}])(?![.,]\d)(?!\s*[-–/]\s*[\p{L}\d])"
                            r"(?!\s*(?:năm|tháng|ngày|%|người|đảng viên|chi bộ|hộ|trường hợp)(?![\p{L}]))")


def _kind_of_word(word: str) -> str:
    return patterns().word_kind.get(fold(word), "other")


def _norm_code(num: str, typ: str, suffix: str) -> str:
    """"05 - CT/TW" -> "05-CT/TW"; the kind part takes its usual spelling ("CTR" -> "CTr")."""
    typ = typ.replace("Ð", "Đ")
    suffix = suffix.replace("Ð", "Đ")
    typ = patterns().code_spelling.get(fold(typ), typ)
    if _CENTRAL_SUFFIX.fullmatch(suffix):  # "05-CT/TƯ", "05-CT/T.Ư": the central committee's code, 05-CT/TW
        suffix = "TW"
    return f"{num}-{typ}/{suffix}"


_CENTRAL_SUFFIX = regex.compile(r"T\.?\s?Ư|T\.W")


def _party_form(gm) -> str:
    """A party code written the state's way ("01/NQ-TU") in the party's form ("01-NQ/TU")."""
    P = patterns()
    num, year, typ, suffix = gm.group(1), gm.group(2), gm.group(3), gm.group(4).replace("Ð", "Đ")
    if year or fold(typ) not in P.code_kind:
        return ""
    if suffix not in P.local_suffix:  # "433/QĐ-Thu": a committee's suffix in another case ("ThU")
        suffix = next((k for k in P.local_suffix if k.lower() == suffix.lower()), suffix)
    if suffix in P.local_suffix or suffix.endswith("TW") or _CENTRAL_SUFFIX.fullmatch(suffix):
        return _norm_code(num, typ, suffix)
    return ""


def _kind_of_code(code: str, kind: str) -> str:
    """The kind a party code states ("12-CTr/ĐU" is a programme whatever word names it)."""
    m = _rx(r"^\d+[a-z]?-([^/]+)/").match(code)
    if not m:
        return kind
    typ = m.group(1)
    coded = patterns().code_kind.get(fold(typ))
    if coded is None:
        return "other"
    if kind == "quy-dinh" and typ == "QĐ":  # regulations were coded QĐ before QĐi (57-QĐ/TW)
        return kind
    return coded


def _org_at(orgs: list[Mention], sentence: Sentence, pos: int) -> Mention | None:
    """The organization mention that starts at sentence-local offset pos (give or take a space)."""
    a = sentence.start + pos
    for m in orgs:
        if m.sentence.index == sentence.index and a - 1 <= m.start <= a + 1:
            return m
    return None


def _read_tail(ref: Ref, s: str, pos: int, orgs: list[Mention]) -> int:
    """Date, issuer, term and subject after a directive's name; returns the end of the name part."""
    P = patterns()
    end = pos
    for _ in range(5):
        rest = s[end:]
        m = _DATE.match(rest)
        if m:
            d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
            if 1 <= d <= 31 and 1 <= mo <= 12:
                ref.date = f"{y}-{mo:02d}-{d:02d}"
            end += m.end()
            continue
        m = _OF.match(rest)
        if m:
            at = end + m.end()
            org = _org_at(orgs, ref.sentence, at)
            pm = _PLENUM_ISSUER.match(s, at)
            if pm:  # "của Hội nghị Trung ương 5 khóa XIII": the Central Committee, at a plenum
                ref.issuer_name = "Ban Chấp hành Trung ương"
                n = pm.group(1) or pm.group(2)
                if n:
                    ref.info["plenum_alias"] = (_NUM_WORDS.get(n.lower(), n), pm.group(3) or "")
                end = pm.end()
                continue
            c = P.central_re.match(s, at)
            if c and (org is None or org.end - ref.sentence.start <= c.end()):
                ref.issuer_name = P.central_name.get(fold(c.group()), c.group())
                ref.info["issuer_said"] = c.group()
                if org is not None:
                    ref.issuer_org = org
                end = c.end()
                continue
            if org is not None:
                ref.issuer_org = org
                end = org.end - ref.sentence.start
                continue
            lm = _LOCAL_ISSUER.match(s, at)
            if lm:
                ref.issuer_name = ref.issuer_name or ""
                ref.info.setdefault("issuer_text", lm.group())
                end = lm.end()
                continue
            break
        m = P.term_re.match(rest)
        if m and not ref.term:
            ref.term = _roman(m.group(1))
            end += m.end()
            continue
        break
    # subject: a quoted title or "về …" up to the end of the clause
    rest = s[end:]
    m = _QUOTE.match(rest)
    if m:
        ref.subject = m.group(1).strip()
        ref.tail_end = end + m.end()
        return end
    m = _ABOUT.match(rest)
    if m:
        at = end + m.end()
        ref.subject = _clause(s, at, keep_from=end + m.start())
        ref.tail_end = at + len(_clause(s, at))
    else:
        ref.tail_end = end
    return end


# "… về <subject> và Chỉ thị 05 …", "… và cuộc vận động “…”": a second document joined to the first
_JOINED_DOCUMENT = regex.compile(r"\s(?:và|cùng)\s+(?=(?:(?i:phong trào thi đua|cuộc vận động)|Phong trào|Nghị quyết|Chỉ thị|"
                                 r"Kết luận|Quy định|Quyết định|Kế hoạch|Đề án|Chương trình|Hướng dẫn)(?![\p{L}]))")


# the "về (việc)" that opens what a document is about, just before it
_ABOUT_BEFORE = regex.compile(r"(?<![\p{L}])về\s+(?:việc\s+)?$")


def _names_a_document(s: str, a: int, b: int) -> bool:
    """Whether s[a:b] names a document: a kind word written with its capital, or a code."""
    P = patterns()
    return any(k.group()[0].isupper() for k in P.kind_re.finditer(s, a, b)) or P.code_re.search(s, a, b) is not None


def _clause(s: str, at: int, keep_from: int | None = None, max_words: int = 40) -> str:
    """Text from ``at`` to the end of its clause (";", ".", a new subject after a comma …)."""
    m = _CLAUSE_END.search(s, at)
    stop = m.start() if m else len(s)
    j = _JOINED_DOCUMENT.search(s, at, stop)
    if j is not None and not _names_a_document(s, at, j.start()):
        stop = j.start()  # (a subject that names documents lists them: "về thực hiện Nghị quyết 02 và Chỉ thị 05")
    text = s[at:stop].rstrip(" ,")
    words = text.split()
    if len(words) > max_words:
        text = " ".join(words[:max_words])
    if keep_from is not None:
        head = s[keep_from:at].strip(" ,")
        text = f"{head} {text}".strip() if head else text
    return text


def _sentence_refs(sentence: Sentence, orgs: list[Mention]) -> list[Ref]:
    P = patterns()
    s = sentence.text
    refs: list[Ref] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for ref in _named_documents(sentence):  # known by a name of their own, no code
        taken.append((ref.start, ref.end))
        refs.append(ref)

    for km in P.kind_re.finditer(s):
        if not free(km.start(), km.end()):
            continue
        word = km.group()
        kind = _kind_of_word(word)
        kinfo = P.kinds.get(kind, {})
        cap = word[0].isupper()
        pos = km.end()
        rest = s[pos:]
        ref = Ref(sentence, km.start(), pos, kind, "", head_end=pos)
        ref.info["word"] = word[0].upper() + word[1:].lower() if not word.isupper() else word.title()
        if kind == "ke-hoach" and _rx(r"^\s*(?:hóa|hoá)(?![\p{L}])").match(rest):
            continue
        if kind == "ke-hoach" and (_DEPARTMENT_BEFORE.search(s, max(0, km.start() - 20), km.start())
                                   or _DEPARTMENT_AFTER.match(rest)):
            continue  # "phòng Tài chính - Kế hoạch huyện X", "Sở Kế hoạch và Đầu tư": an office, not a plan
        m = _rx(r"^\s*(?:(?:chuyên đề|liên tịch|chung)\s+(?=số))?(?:số\s*:?\s*)?").match(rest)
        paren = _PAREN_LETTERS.match(rest)  # "Nghị quyết (NQ) 28": the letters it will go by, then its number
        boff = paren.end() if paren else 0
        after_so = pos + m.end()
        cm = P.code_re.match(s, after_so)
        if cm is None:  # "Công văn số 787 CV/ĐUK": a space where the hyphen goes, a code type all the same
            sm = _SPACED_CODE.match(s, after_so)
            if sm is not None and fold(sm.group(2)) in P.code_kind:
                cm = sm
        gm = None if cm else P.gov_code_re.match(s, after_so)
        if cm:
            ref.form = "code"
            ref.code = _norm_code(cm.group(1), cm.group(2), cm.group(3))
            ref.number = cm.group(1)
            end = cm.end()
        elif gm:
            ref.form = "code"
            ref.code = _party_form(gm) or _rx(r"\s+").sub("", gm.group()).replace("Ð", "Đ").replace("–", "-")
            ref.number = gm.group(1)
            end = gm.end()
        elif kind == "nghi-quyet" and (P.plenum_re.match(rest) or P.plenum_hn_re.match(rest) or _PLENUM_BY_TERM.match(rest)):
            pm = P.plenum_re.match(rest) or P.plenum_hn_re.match(rest) or _PLENUM_BY_TERM.match(rest)
            ref.form = "plenum"
            ref.plenum = _NUM_WORDS.get(pm.group(1).lower(), pm.group(1))
            end = pos + pm.end()
            terms = []
            # "Nghị quyết Trung ương 4 BCH TW khóa XII": the committee named again before its term
            cm = _PLENUM_COMMITTEE.match(s[end:])
            tm = P.term_re.match(s[end + cm.end():]) if cm else None
            if tm:
                end += cm.end()
            else:
                tm = P.term_re.match(s[end:])
            if tm:
                terms.append(_roman(tm.group(1)))
                end += tm.end()
                while True:
                    mm = P.term_more_re.match(s[end:])
                    if not mm:
                        break
                    terms.append(mm.group(1))
                    end += mm.end()
            ref.term = terms[0] if terms else ""
            ref.info["more_terms"] = terms[1:]
        elif kind == "nghi-quyet" and _CONGRESS_HEAD.match(rest):
            hm = _CONGRESS_HEAD.match(rest)
            at = pos + hm.end()
            stop = _CONGRESS_WINDOW_END.search(s, at)
            window_end = stop.start() if stop else len(s)
            window = s[at:window_end]
            words = window.split()
            if len(words) > 14:
                window = " ".join(words[:14])
                window_end = at + len(s[at:]) - len(s[at:].lstrip()) + len(window)
            c = _parse_congress(window)
            if c is None and not window.strip():
                c, body = _congress_of_sentence(s, km.start(), sentence, orgs)
                if c is not None:  # "Nhiệm kỳ 2015-2020, Huyện ủy X … đạt 120% chỉ tiêu nghị quyết đại hội"
                    ref.issuer_org = body
                    c["body_named"] = "1"  # (written with the body its sentence names)
                elif cap and hm.group().strip() == "Đại hội":
                    c = {"bare": "1"}  # "hơn mức Nghị quyết Đại hội đặt ra": whose, the whole document tells
            elif c is None and (lm := _CONGRESS_LEVEL.fullmatch(window.strip())) is not None and not lm.group(2).strip():
                # "Nhiệm kỳ 2010-2015, Đảng bộ xã X hoàn thành 14/16 chỉ tiêu của nghị quyết đại hội Đảng bộ xã": the
                # congress of the body of that level its sentence names, in the term the sentence states
                c, body = _congress_of_sentence(s, km.start(), sentence, orgs)
                level = lm.group(1).lower()
                if c is not None and _org_level(body) == _LEVELS.get(level) and not c.get("via_organ"):
                    ref.issuer_org = body
                    c["level"] = level  # (written as the text writes it, without the body's name)
                else:
                    c = None
            if c and _rx(r"các cấp").search(window):
                # "Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2015-2020": the congresses of one term, all levels
                if not (c.get("term") and _rx(r"^\s*Đảng\s+(?:bộ\s+)?các cấp(?![\p{L}])").match(window)):
                    continue
                c = {"all_levels": "1", "term": c["term"]}
            if not c:
                continue
            ref.form = "congress"
            ref.info.update(c)
            end = at + len(window.rstrip(" ,"))
            org = None
            for o in orgs:
                if o.sentence.index == sentence.index and sentence.start + at <= o.start < sentence.start + end:
                    org = o
                    break
            if org is not None and c.get("level") and c.get("name"):
                ref.issuer_org = org
            if c.get("name") or (org is not None and not set(fold(org.text).split()) <= _BODY_WORDS):
                ref.info["body_named"] = "1"  # ("Đại hội Đảng bộ xã Y", "Đại hội Chi bộ thôn Z": the body by its name)
        elif kind == "nghi-quyet" and _TERM_RESOLUTION.match(rest) and \
                _ADOPTED.search(s, max(0, km.start() - 40), km.start()):
            # "Đại hội còn thông qua Nghị quyết của chi bộ trong nhiệm kỳ 2025-2027": the
            # resolution a congress adopts for its term, that congress's resolution (its body resolved
            # with every other congress's), labelled as the text names it
            tm = _TERM_RESOLUTION.match(rest)
            ref.form = "congress"
            ref.title = tm.group(1)
            term = _rx(r"(\d{4})\s*[-–]\s*(\d{4})").search(tm.group(1))
            ref.info.update({"term": f"{term.group(1)}-{term.group(2)}", "adopted": True,
                             "adopted_text": f"Nghị quyết {tm.group(1)}", "body_named": "1"})
            if _rx(r"^của\s+[Đđ]ảng bộ").match(tm.group(1)):
                ref.info["no_cell"] = "1"  # ("của Đảng bộ": a committee's, never a cell's)
            end = pos + tm.end()
        elif kind == "dieu-le":
            # ("điều lệ đảng" in lower case too; not "đảng viên", "đảng ủy": the charter's readers and bodies)
            dm = _rx(r"^\s+[Đđ]ảng(?![\p{L}])(?!\s+(?:bộ|viên|ủy|uỷ|phí|vụ)(?![\p{L}]))(?:\s+Cộng sản Việt Nam)?").match(rest)
            if not dm and cap and word == "Điều lệ" and _CHARTER_ALONE.match(rest):
                dm = _rx(r"^").match(rest)  # "đúng Điều lệ và quy định": the Party's, named alone
            if not dm:
                continue
            ref.form = "charter"
            end = pos + dm.end()
        elif kind == "chuong-trinh-hanh-dong" and fold(word) == "chương trình hành động" and \
                _PROGRAM_OF.match(rest):
            ref.form = "program"
            end = pos
            pm = _PROGRAM_OF.match(rest)
            ref.info["reach"] = pos + pm.end()  # (the directive it carries out starts there)
            if pm.group(1):  # "Chương trình hành động của Tỉnh ủy thực hiện …": its issuer
                ref.issuer_org = _org_at(orgs, sentence, pos + pm.start(1))
        elif cap and _QUOTE.match(rest) and not _QUOTE.match(rest).group().lstrip(" ,:").startswith("về") and \
                kind not in ("nghi-quyet", "chi-thi", "ket-luan") and fold(word) != "chương trình":
            qm = _QUOTE.match(rest)
            ref.form = "titled"
            ref.title = qm.group(1).strip()
            end = pos + qm.end()
        elif (cap or m.group().strip() or _rx(r"^\s*\d+\s+(?:của|ngày)\s").match(rest)) and _BARE.match(rest[boff:]) \
                and (fold(word) not in ("chương trình",) or (cap and _PROGRAMME_NO.match(rest))):
            bm = _BARE.match(rest[boff:])
            ref.form = "bare"
            ref.number = bm.group(1)
            end = pos + boff + bm.end()
            shared = _shared_code(s, end, kind)
            if shared is not None:  # "Quyết định 217, 218-QĐ/TW": the numbers share the code's kind and issuer
                ref.form = "code"
                ref.code = _norm_code(ref.number, shared.group(2), shared.group(3))
                for nm in _LISTED_NUMBER.finditer(s, end, shared.start()):  # ("Nghị quyết 18, 19, 20-NQ/TW")
                    refs.append(Ref(sentence, nm.start(1), nm.end(1), kind, "code", head_end=nm.end(1),
                                    code=_norm_code(nm.group(1), shared.group(2), shared.group(3)), number=nm.group(1)))
                    refs[-1].end = refs[-1].tail_end = nm.end(1)
                    taken.append((nm.start(1), nm.end(1)))
            if fold(word) == "chương trình":  # "Chương trình 135": a state programme known by its number
                ref.kind = "other"
                ref.info["programme"] = True
        else:
            end = pos
            ref.form = ""
        if not ref.form:
            # a description ("Kế hoạch phát triển đảng viên …"), or an anaphor ("Nghị quyết")
            plural = _rx(r"(?:các|những|mọi)\s+$").search(s[:km.start()])
            # ("vừa ban hành các quyết định kỷ luật … với hình thức …": decisions of one act, named as one)
            acts = kind == "quyet-dinh" and _DECISION_ACT.match(s, pos + len(rest) - len(rest.lstrip()))
            desc = _description(s, pos) if kinfo.get("descriptive") and (not plural or acts) else ""
            issued = _issued_before(s, km.start())
            if not issued and kind == "quyet-dinh" and _decision_given(s, km.start()):
                issued = "công bố"  # "trao quyết định điều động …", "công bố các quyết định bổ nhiệm …"
            if desc and not issued and (_PREDICATE.match(desc) or _PURPOSE_DESC.match(desc)) \
                    and _rx(r"(?:^|[.:;!?])\W*$").search(s[:km.start()]):
                desc = ""  # "Kế hoạch xác định rõ …", "Kế hoạch nhằm …": the plan is the subject, named before
            if desc and not (cap or issued) and kind in _OBJECT_KINDS and _ACTED_ON.search(s[:km.start()]) and \
                    ((kind == "quy-che" and not _WORKING.match(desc.lstrip())) or _OWNED.search(desc)):
                # "xây dựng quy chế trách nhiệm …", "chương trình sửa chữa … của Đảng bộ" — not "thực hiện quy chế
                # làm việc": the working rules every body keeps are no document in particular until a body owns them
                issued = "named"
            session = _SESSION_RESULTS.match(s, pos) if kind == "thong-bao" and (
                cap or _NOTICE_NAMED.search(s, max(0, km.start() - 20), km.start())) else None
            if session is not None:  # "theo thông báo kết quả kỳ họp thứ 7 của …": that session's notice
                desc, cap = session.group(1), True
                ref.info["session"] = True
            if desc and not (cap or issued) and kind == "quyet-dinh" and _DISCIPLINE.match(desc) \
                    and _DECISION_DETAIL.search(desc) and not _PROPOSED.search(s, max(0, km.start() - 100), km.start()):
                # "… nhất trí quyết định thi hành kỷ luật bằng hình thức khiển trách …": the verb with its
                # penalty named is a decision taken, as much as "đã có quyết định kỷ luật …"
                issued = "named"
                ref.info["penalty"] = True
            if desc and (cap or issued):
                ref.form = "described"
                ref.title = desc
                end = pos + len(s[pos:]) - len(s[pos:].lstrip()) + len(desc)
            elif cap and kind in ("nghi-quyet", "chi-thi", "ket-luan", "quy-dinh", "de-an", "chuong-trinh-hanh-dong",
                                  "ke-hoach", "quyet-dinh", "huong-dan"):
                cm2 = _rx(r"^\s*(?:Trung ương|TW|T\.Ư)\s+về\s+").match(rest) if kind == "nghi-quyet" else None
                if cm2:  # "Nghị quyết Trung ương về nông nghiệp, nông dân, nông thôn": named by its subject
                    about = _clause(s, pos + cm2.end())
                    if len(about.split()) < 2 or _rx(r"(?:các|những)\s+$").search(s[:km.start()]):
                        continue
                    ref.form = "described"
                    ref.title = rest[:cm2.end()].strip() + " " + about
                    ref.subject = "về " + about
                    ref.issuer_name = "Ban Chấp hành Trung ương"
                    ref.info["by_subject"] = True
                    end = pos + cm2.end() + len(about)
                elif _rx(r"^\s*(?:Trung ương|TW|Đại hội|đại hội)(?![\p{L}])").match(rest):
                    continue  # "Nghị quyết Trung ương Đảng", "Nghị quyết Đại hội": too vague to resolve
                else:
                    am = _ANAPHOR_AFTER.match(rest)
                    ref.form = "anaphor"
                    end = pos + (am.end() if am else 0)
                    if _OF.match(rest):  # "Quyết định của Ban Thường vụ Tỉnh ủy về việc …": its issuer and subject
                        ref.info["kind_end"] = pos
                        end = _read_tail(ref, s, pos, orgs)
                        if plural:  # "các Nghị quyết của Huyện ủy": several, none named by the committee alone
                            ref.info["several"] = True
                    elif kind in _BODY_NAMED_KINDS:
                        own = _org_at(orgs, sentence, pos + 1)
                        if own is not None and not s[pos:own.start - sentence.start].strip() \
                                and _names_own_resolution(own, s, sentence):
                            # "Nghị quyết Huyện ủy", "Nghị quyết Tỉnh ủy về …": named by the committee
                            ref.info["kind_end"] = pos
                            ref.issuer_org = own
                            end = _read_tail(ref, s, own.end - sentence.start, orgs)
            elif not cap and kind == "nghi-quyet" and not plural and _LOWER_ANAPHOR.match(rest) \
                    and _CARRIED_JUST_BEFORE.search(s, max(0, km.start() - 30), km.start()):
                # "Qua hai năm quán triệt nghị quyết, …": the resolution named before
                am = _ANAPHOR_AFTER.match(rest)
                ref.form = "anaphor"
                ref.info["lower"] = True
                end = pos + (am.end() if am else 0)
            elif not cap and kind in ("nghi-quyet", "chi-thi") and _taken_by_body(ref, s, km.start(), pos, sentence, orgs):
                end = ref.end  # "Đảng ủy X có nghị quyết yêu cầu …": that committee's resolution, named by it
            elif not cap and kind in ("nghi-quyet", "chi-thi", "ket-luan", "quy-dinh", "quyet-dinh", "nghi-dinh") \
                    and _OF.match(rest) \
                    and not (plural and kind == "quy-dinh"):
                # "nghị quyết của Tỉnh ủy về …": the issuer's directive named before — or, named by its
                # issuer and subject, a document of its own ("các quyết định của Ban Thường vụ … về việc …")
                ref.form = "anaphor"
                ref.info["kind_end"] = pos
                ref.info["lower"] = True
                end = _read_tail(ref, s, pos, orgs)
                if not (ref.issuer_org or ref.issuer_name):
                    continue
                if any(x.form == "described" and x.start < km.start() < x.end for x in refs):
                    ref.info["nested"] = True  # "thông báo kết luận của Ban Chỉ đạo …": part of another's name
                if plural or kind == "quyet-dinh":
                    if not (ref.subject and _named_issuer(ref)) or ref.info.get("nested"):
                        continue  # "các nghị quyết của Đảng": no document in particular
                    ref.info["plural"] = bool(plural)
            else:
                continue
        ref.end = end
        if ref.form not in ("anaphor", "described", "program"):
            ref.end = _read_tail(ref, s, end, orgs)
        elif ref.form == "described":
            sub = _rx(r"(?<![\p{L}])về\s+(?:việc\s+)?").search(ref.title)
            if sub:
                ref.subject = ref.title[sub.start():]
            ref.tail_end = end
        else:
            ref.tail_end = end
        while ref.end > ref.start and s[ref.end - 1].isspace():
            ref.end -= 1
        if ref.form not in ("described", "program"):
            ref.head_end = ref.end
        if ref.form != "program":
            taken.append((ref.start, ref.end if ref.form != "described" else pos))
        refs.append(ref)
        for t in ref.info.get("more_terms") or ():  # "Nghị quyết Trung ương 4, khóa XII, khóa XIII"
            refs.append(Ref(sentence, ref.start, ref.end, ref.kind, "plenum", plenum=ref.plenum, term=t,
                            subject=ref.subject, tail_end=ref.tail_end, head_end=ref.head_end))

    # codes written without a kind word ("… gắn với 05-CT/TW")
    for cm in P.code_re.finditer(s):
        if not free(cm.start(), cm.end()):
            continue
        kind = P.code_kind.get(fold(cm.group(2)))
        if not kind:
            continue
        ref = Ref(sentence, cm.start(), cm.end(), kind, "code", code=_norm_code(cm.group(1), cm.group(2), cm.group(3)),
                  number=cm.group(1))
        ref.end = _read_tail(ref, s, cm.end(), orgs)
        taken.append((ref.start, ref.end))
        refs.append(ref)
    for am in _SHORT_BARE.finditer(s):  # "tổng kết 10 năm thực hiện NQ 28": the kind's letters and its number
        if not free(am.start(), am.end()):
            continue
        kind = P.code_kind.get(fold(am.group(1)))
        ref = Ref(sentence, am.start(), am.end(), kind, "bare", number=am.group(2), head_end=am.end())
        ref.info["word"] = P.kinds[kind]["label"]
        ref.end = _read_tail(ref, s, am.end(), orgs)
        taken.append((ref.start, ref.end))
        refs.append(ref)
    for am in P.abbrev_re.finditer(s):
        if not free(am.start(), am.end()):
            continue
        ref = Ref(sentence, am.start(), am.end(), "nghi-quyet", "plenum", plenum=am.group(1))
        tm = P.term_re.match(s[am.end():])
        if tm:
            ref.term = _roman(tm.group(1))
            ref.end = am.end() + tm.end()
        ref.end = _read_tail(ref, s, ref.end, orgs)
        refs.append(ref)
    refs.sort(key=lambda r: r.start)
    # "Chương trình hành động <Nghị quyết …>": the program of the directive that follows
    for i, r in enumerate(refs):
        if r.form == "program":
            nxt = next((x for x in refs[i + 1:] if x.form not in ("program", "anaphor")), None)
            near = next((x for x in refs[i + 1:] if x.form != "program"), None)
            if near is not None and near.form == "anaphor" and near.start - r.end <= 20 and _ABOUT.match(s[near.end:]) and \
                    (nxt is None or nxt.start - r.end > 20):
                nxt = near  # "chương trình hành động thực hiện Nghị quyết về …": named by its subject later
            if (nxt is None or nxt.start - max(r.end, r.info.get("reach", 0)) > 20) and near is not None \
                    and near.form == "anaphor" and near.start - max(r.end, r.info.get("reach", 0)) <= 20 \
                    and _JOINED_BEFORE.search(s, 0, r.start):
                # "ban hành Nghị quyết số 08-NQ/HU về … và Chương trình hành động thực hiện Nghị quyết": the
                # programme issued with the resolution named just before carries it out
                prev = next((x for x in reversed(refs[:i]) if x.form not in ("program", "anaphor", "drop")), None)
                if prev is not None and prev.kind == near.kind:
                    r.target = prev
                    r.end = r.tail_end = near.end
                    r.subject = prev.subject
                    continue
            if nxt is None or nxt.start - max(r.end, r.info.get("reach", 0)) > 20:
                r.form = "drop"
                continue
            r.target = nxt
            r.end = nxt.end
            r.tail_end = max(nxt.tail_end, nxt.end)
            r.subject = nxt.subject
    # a described document must name something: the plan "thực hiện Kết luận" names its target
    out = []
    for r in refs:
        if r.form == "drop":
            continue
        if r.form == "described" and not s[r.start].isupper() and _BACK_REFERENCE.search(s, r.start, r.end):
            continue  # "xây dựng kế hoạch thực hiện Chỉ thị này": plans of whoever, no document named
        if r.form == "described" and _NEGATED.search(s, max(0, r.start - 110), r.start):
            for x in refs:  # (the directive it would carry out is still named: "… chỉ thị của <org> về …")
                if x is not r and r.start < x.start <= max(r.end, r.tail_end):
                    x.info.pop("nested", None)
            continue  # "không hề có kế hoạch triển khai …": no such document exists
        if r.form == "described" and r.kind == "other" and not _TEXT_PURPOSE.match(r.title):
            continue  # "ký ban hành văn bản mở rộng đối tượng …": any text, not a directive
        if r.info.get("taken_by"):
            out.append(r)
            continue
        if r.form == "described" and r.kind == "quyet-dinh" and _DISCIPLINE.fullmatch(r.title) \
                and not _DECISION_DETAIL.search(r.title):
            pm = _PENALISED.match(s, r.end)
            if pm is not None:  # "ra quyết định thi hành kỷ luật đối với … với hình thức khiển trách": its penalty
                r.title = s[r.end - len(r.title):pm.end()]
                r.end = r.tail_end = pm.end()
        if r.form == "described" and r.kind == "quyet-dinh" and (_issued_before(s, r.start) or _decision_given(s, r.start)
                                                                 or r.info.get("penalty")) \
                and _DECISION_ACT.match(r.title) and (_DECISION_DETAIL.search(r.title) or not _DISCIPLINE.match(r.title)):
            if _decision_given(s, r.start) and _HANDED_TO.match(r.title, _DECISION_ACT.match(r.title).end()):
                continue  # "trao quyết định điều động tới hai cán bộ": the decision named before, handed over
            _name_decision(r)  # "Huyện ủy X đã có quyết định kỷ luật … đối với ông Y": a decision of its own
            named_end = r.end - len(r.subject) + len(r.title) if r.subject else r.end
            whom = _COMRADE.match(s, named_end, r.end) if r.subject else None
            if whom is not None:  # "Quyết định điều động đồng chí X của <org>": the comrade, then its issuer
                more = _MORE_COMRADE.match(s, whom.end(), r.end)
                named_end = more.end() if more is not None else whom.end()
            of = _OF_AFTER_NAME.search(s, named_end, r.end) if r.subject else None
            if of is not None and r.issuer_org is None:  # "Quyết định khen thưởng của <org> dành cho …"
                r.issuer_org = _org_at(orgs, sentence, of.end())
            out.append(r)
            continue
        if r.form == "described" and not r.info.get("by_subject") and not r.info.get("session") \
                and not r.info.get("adopted"):
            inner = [x for x in refs if x is not r and r.start < x.start <= r.tail_end + 1]
            issued = _issued_before(s, r.start)
            if not inner and len(r.title.split()) < 3:
                continue
            if not (inner or (issued and issued.startswith("ban hành")) or r.kind in ("de-an",)) and not (
                    r.text[0].isupper() and len(r.title.split()) >= 3 and (
                        r.kind in ("ke-hoach", "de-an", "quy-che") or  # "… trong Chương trình kiểm tra, giám sát năm 2016"
                        (r.kind == "chuong-trinh-hanh-dong" and r.start > 0 and _YEAR_TITLE.search(r.title)))) \
                    and not (r.kind in _OBJECT_KINDS and len(r.title.split()) >= 3 and _ACTED_ON.search(s[:r.start])
                             and (r.kind == "quy-che" or _OWNED.search(r.title))):
                continue
            if inner:  # the name runs on through the directive it names ("… thực hiện Nghị quyết TW 4 (khóa XII)")
                last = inner[0]
                for x in inner[1:] + [x for x in refs if x.start > inner[-1].start]:
                    if _CHAIN.match(s[last.end:x.start]):
                        last = x
                    elif x in inner:
                        last = x
                if last.end > r.end:
                    at = r.end - len(r.title)
                    r.title = s[at:last.end].strip()
                    r.end = r.tail_end = last.end
            if r.kind == "quyet-dinh":
                _name_admission(r)
        out.append(r)
    return out


# the resolution a congress adopts for its term, named by the term alone ("thông qua nghị quyết nhiệm kỳ
# 2025-2027", "Đại hội còn thông qua Nghị quyết của chi bộ trong nhiệm kỳ …")
# ("trong nhiệm kỳ" only after the body's own name: "chi bộ đã xây dựng nghị quyết trong nhiệm kỳ …" is
# no name of one)
_TERM_RESOLUTION = regex.compile(r"^\s+((?:của\s+(?:[Cc]hi bộ|[Đđ]ảng bộ)\s+(?:trong\s+)?)?nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})(?![\d\p{L}])")
# (in lower case, after a word: "Thông qua nghị quyết …, chi bộ đã …" opening a clause is "through")
_ADOPTED = regex.compile(r"(?<=\p{L}\s+)(?:xây dựng|thông qua|biểu quyết thông qua)(?:\s+thành công)?\s+$")


_CONGRESS_WORD = regex.compile(r"(?<![\p{L}])[Đđ]ại hội(?![\p{L}])")


def _congress_near(doc: Doc, sentence: Sentence) -> bool:
    before = [x for x in doc.sentences if x.index == sentence.index - 1]
    return any(_CONGRESS_WORD.search(x.text) for x in [sentence] + before)


# the body whose congress a text tells of: "Đại hội (đại biểu) <body>", "<body> tổ chức/khai mạc … đại hội"
_HOLDS_CONGRESS = regex.compile(r"\s*(?:[-–]\s*[^.;:,]{0,40}?\s)?(?:đã\s+|vừa\s+)?(?:long trọng\s+)?(?:tổ chức|khai mạc|tiến hành)\s+"
                                r"(?:thành công\s+)?[Đđ]ại hội(?![\p{L}])")
_CONGRESS_OF = regex.compile(r"[Đđ]ại hội\s+(?:đại biểu\s+)?$")


def _congress_holder(orgs: list[Mention], r: Ref, cells: bool = True) -> Mention | None:
    """The party body the text tells holds its congress, the first so named before the resolution."""
    at = r.sentence.start + r.start
    kinds = ("party_committee", "party_cell") if cells else ("party_committee",)
    for o in orgs:
        if o.start >= at:
            break
        if o.iri is None or _org_kind(o) not in kinds:
            continue
        s, a, b = o.sentence.text, o.start - o.sentence.start, o.end - o.sentence.start
        if _CONGRESS_OF.search(s, max(0, a - 20), a) or _HOLDS_CONGRESS.match(s, b):
            return o
    return None


# a decision admitting members is named by its act and whom it admits to ("Quyết định kết nạp Đảng",
# "Quyết định kết nạp đảng viên", "Quyết định kết nạp đồng chí Lê Văn A"); how many and who they are
# ("… cho 5 đoàn viên xuất sắc, trong đó …") is what it is about
_ADMISSION = regex.compile(r"kết nạp(?:\s+(?:vào\s+)?Đảng(?!\s*(?:bộ|ủy|uỷ|viên|viện)(?![\p{L}]))(?:\s+Cộng sản Việt Nam)?"
                           r"|\s+đảng viên(?:\s+mới)?(?![\p{L}])|(?=\s+đồng chí\s))", regex.I)


def _name_admission(r: Ref) -> None:
    m = _ADMISSION.match(r.title)
    if m is None:
        return
    end = m.end()
    comrade = _COMRADE.match(r.title, end)
    if comrade is not None:
        end = comrade.end()
        while (more := _MORE_COMRADE.match(r.title, end)) is not None:  # "… đồng chí A và đồng chí B": both
            end = more.end()
    elif m.group() == "kết nạp":
        return
    if r.title[end:].strip():
        r.subject = r.title
        r.title = r.title[:end]
        r.info["subject_key"] = True


# a decision only proposed ("đề nghị Ban Thường vụ xem xét, quyết định …"), not "theo đề nghị của …"
# ("… thống nhất trình Ban Thường vụ xem xét, quyết định thi hành kỷ luật …": submitted, not decided;
# "quá trình", "chương trình", "trình bày", "trình độ" are no submission)
_PROPOSED = regex.compile(r"(?<![\p{L}])(?:đề nghị|kiến nghị|đề xuất|(?<!(?:quá|chương|công|lộ|tiến|hành|giáo|tờ|quy)\s)trình(?!\s+(?:bày|độ|diễn|tự|chiếu))|"
                          r"sẽ|cần)(?!\s+của)(?![\p{L}])[^.;:]{0,100}$", regex.I)
# the notice of a session's results ("thông báo kết quả kỳ họp thứ 29" of an inspection committee)
_SESSION_RESULTS = regex.compile(r"\s+(kết quả\s+(?i:kỳ|kì)\s+họp(?:\s+(?:lần\s+)?thứ\s+\d{1,3})?)(?![\p{L}\d])", regex.I)
# (the notice as a thing named, not the verb "… thông báo kết quả kỳ họp")
_NOTICE_NAMED = regex.compile(r"(?<![\p{L}])(?:theo|tại|trong|qua|ra|ban hành|công bố)\s+$", regex.I)
# the planning offices of a government ("phòng Tài chính - Kế hoạch", "Sở Kế hoạch và Đầu tư")
_DEPARTMENT_BEFORE = regex.compile(r"(?:Tài chính\s*[-–—]\s*|(?<![\p{L}])(?:[Pp]hòng|Sở|Vụ|Cục)\s+)$")
_DEPARTMENT_AFTER = regex.compile(r"^\s*(?:[-–—]\s*Tài chính|và Đầu tư|[-–—]\s*Đầu tư)(?![\p{L}])")
_LOWER_ANAPHOR = regex.compile(r"^\s*(?:(?:này|đó|trên|nói trên)(?![\p{L}]))?\s*(?:[,;.:!?)]|$)")
_CARRIED_JUST_BEFORE = regex.compile(r"(?<![\p{L}])(?:thực hiện|triển khai|quán triệt|học tập|cụ thể hóa|cụ thể hoá)"
                                     r"(?:\s+(?:có hiệu quả|tốt|nghiêm túc|thắng lợi))?\s+$")
_YEAR_TITLE = regex.compile(r"(?:năm|giai đoạn|nhiệm kỳ)\s+\d{4}")
# a text ("văn bản") is a directive when it says it directs or guides ("văn bản chỉ đạo …")
_TEXT_PURPOSE = regex.compile(r"(?:chỉ đạo|hướng dẫn|quy định|thực hiện|triển khai|cụ thể hóa|cụ thể hoá|về|số)(?![\p{L}])")
_BACK_REFERENCE = regex.compile(r"\s(?:này|trên|đó|nói trên)$")
# a plan the text says was never made: "không hề có kế hoạch triển khai …", "chưa ban hành kế hoạch …"
_NEGATED = regex.compile(r"(?:không|chưa)(?:\s+(?:hề|từng|được|hề được))?\s+(?:có|xây dựng|ban hành|lập)\s+$"
                         # or one only urged: "gợi mở … xây dựng kế hoạch nhằm …", "cần xây dựng kế hoạch …"
                         r"|(?<![\p{L}])(?:gợi mở|góp ý|đề nghị|kiến nghị|cần|phải)(?![\p{L}])[^.;:]{0,60}?"
                         r"(?<![\p{L}])(?:xây dựng|ban hành|lập)\s+$",
                         regex.IGNORECASE)
# documents known by a name of their own and no code (programmes and campaigns are read by
# ``_campaign_refs``): the regulation on grassroots democracy, capitalised ("thực hiện quy chế
# dân chủ" is the practice more often than the document, unless the text names the document too)
_NAMED = (
    (regex.compile(r"(?<![\p{L}])[Qq]uy chế dân chủ(?:\s+ở\s+cơ\s+sở)?(?![\p{L}])"), "quy-che", "Quy chế dân chủ"),
)  # (pattern, kind, the one label of the document however it is written)


def _named_documents(sentence: Sentence) -> list[Ref]:
    s = sentence.text
    if "uy chế" not in s:
        return []
    out = []
    for rx, kind, label in _NAMED:
        for m in rx.finditer(s):
            ref = Ref(sentence, m.start(), m.end(), kind, "named", head_end=m.end(), tail_end=m.end())
            ref.title = label
            ref.info["name_key"] = label.lower()
            ref.info["lower_name"] = m.group()[0].islower()  # the document only once the text names it so
            out.append(ref)
    return out


# what a party body decides about its members and bodies, by a decision named after the act
_DECISION_ACT = regex.compile(r"(?:thi hành\s+)?(?:kỷ luật|khai trừ|cách chức|cảnh cáo|khiển trách|điều động|luân chuyển|bổ nhiệm|chỉ định|tặng|trao tặng|"
                              r"chuẩn y|thành lập|giải thể)(?![\p{L}])")
# (a disciplinary one is a document of its own when it states its penalty; "ra quyết định thi hành
# kỷ luật đối với …" only reports that discipline was taken)
_DISCIPLINE = regex.compile(r"(?:thi hành\s+)?kỷ luật(?![\p{L}])")
_DECISION_DETAIL = regex.compile(r"\s+(?:với|bằng)\s+hình thức(?![\p{L}])")
_WHOM = regex.compile(r"\s+đối với\s.*$")
# whom a disciplinary decision punishes and how, after its act ("… đối với 2 đảng viên với hình thức cảnh cáo")
_PENALISED = regex.compile(r"\s+đối với\s+[^;:.!?()“”\"]{1,120}?\s(?:với|bằng)\s+hình thức\s+[^;:.!?,()“”\"]{2,60}?"
                           r"(?=\s*(?:[;:.!?,()“”\"]|\s(?:do|vì|về việc|về mặt|trong)\s|$))")


# what an act-named decision acts on, when that is a class of people or an award ("luân chuyển cán bộ")
_DECISION_OBJECT = regex.compile(r"\s+(?:cán bộ|công chức|viên chức|đảng viên|[Hh]uy hiệu(?:\s+\d{2}\s+năm)?(?:\s+tuổi)?\s+Đảng|[Bb]ằng khen|[Gg]iấy khen|"
                                 r"[Cc]ờ thi đua)(?![\p{L}])")


# acts a decision names together with its first ("điều động, chỉ định", "điều động và bổ nhiệm")
_MORE_ACTS = regex.compile(r"(?:\s+lại(?![\p{L}]))?(?:(?:\s*,\s*|\s+và\s+)(?:điều động|luân chuyển|bổ nhiệm|chỉ định|phân công|"
                           r"tiếp nhận|giới thiệu|chuẩn y|cách chức|khai trừ|giải thể)(?:\s+lại)?(?![\p{L}]))+")
# whom it names, in the Party's way of naming a member ("kết nạp đồng chí Nguyễn Văn An")
_COMRADE = regex.compile(r"\s+đồng chí\s+(?!(?:Phó|Bí thư|Chủ tịch|Trưởng|Ủy viên|Uỷ viên|Giám đốc|Tổng)(?![\p{L}]))\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}(?![\p{L}])")
# the further comrades a decision admits ("… đồng chí A và đồng chí B", "… đồng chí A, B và C")
_MORE_COMRADE = regex.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:đồng chí\s+)?"
                              r"(?!(?:Ban|Ủy|Uỷ|Hội|Sở|Phòng|Huyện|Tỉnh|Thành|Xã|Đảng|Chi|Bí|Chủ|Phó|Trưởng)(?![\p{L}]))"
                              r"\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}(?![\p{L}])")
# the party body a decision founds: named ("thành lập Chi bộ Trường …") or counted ("thành lập mới 2 chi bộ")
_FOUNDED_BODY = regex.compile(r"\s+(?:mới\s+)?(?:(?:Chi bộ|Đảng bộ)\s+(?:(?!\s(?:trực thuộc|thuộc|tại|và|với|gồm|có|để|nhằm|theo|của)\s)[^;:.()“”\"])+"
                         r"|(?:\d{1,3}|một|hai|ba|bốn|năm)\s+(?:tổ chức (?:cơ sở )?đảng|chi bộ|đảng bộ)(?:\s+(?:cơ sở|trực thuộc))?(?![\p{L}]))")


_MOVES = regex.compile(r"(?:điều động|luân chuyển|bổ nhiệm|chỉ định|phân công|giới thiệu)(?![\p{L}])")


def _acts_on_comrade(text: str) -> bool:
    """Whether ``text`` is a personnel act on a comrade named ("điều động và phân công đồng chí X …"): one
    that moves or appoints (a penalty, "kỷ luật đồng chí X", is what names its decision)."""
    act = _MOVES.match(text)
    if act is None:
        return False
    more = _MORE_ACTS.match(text, act.end())
    return _COMRADE.match(text, more.end() if more is not None else act.end()) is not None


_TRAILING_ABOUT = regex.compile(r"\s*về(?:\s+việc)?$")


def _name_decision(r: Ref) -> None:
    """A decision is named by its act: "Quyết định kỷ luật", "Quyết định điều động", "Quyết định luân
    chuyển cán bộ"; the penalty or the people and posts it names is what it is about (and keeps two apart):
    "Quyết định luân chuyển, giới thiệu đồng chí X …" is the document a reader names without the comrade."""
    m = _DECISION_DETAIL.search(r.title)
    if m is not None:
        r.subject = r.title
        r.title = _WHOM.sub("", r.title[:m.start()])  # (whom it punishes is part of what it is about)
        r.info["subject_key"] = True  # (one decision per penalty: the subject keys it)
        return
    act = _DECISION_ACT.match(r.title)
    if act is None or _DISCIPLINE.match(r.title):
        return
    end = act.end()
    more = _MORE_ACTS.match(r.title, end)  # "điều động, chỉ định", "điều động, bổ nhiệm và bổ nhiệm lại"
    if more is not None:
        end = more.end()
    obj = (_DECISION_OBJECT.match(r.title, end)
           or (_FOUNDED_BODY.match(r.title, end) if act.group().startswith("thành lập") else None))
    if obj is not None:
        end = obj.end()
    if r.title[end:].strip():
        r.subject = r.title
        r.title = r.title[:end]
        r.info["subject_key"] = True


# "<org> (đã) có / ra nghị quyết <what it asks>": the verb right after the body, the content after the kind
_TAKEN_VERB = regex.compile(r"^\s*(?:(?:đã|từng|vừa|sớm)\s+)?(?:có|ra)\s+$")
_TAKEN_CONTENT = regex.compile(r"\s+((?:yêu cầu|chỉ đạo|giao|quy định|đề ra|xác định)\s[^;:.!?()“”\"]{3,160}?)(?=\s*(?:[;:.!?()“”\"]|$))")


def _taken_by_body(ref: Ref, s: str, start: int, pos: int, sentence: Sentence, orgs: list[Mention]) -> bool:
    """"Đảng ủy Tổng cục X có nghị quyết yêu cầu các chi bộ …": a resolution of the party committee
    named right before, known by its issuer and what it asks. Fills ``ref`` and says whether it did."""
    body = next((o for o in orgs if o.iri is not None and o.sentence.index == sentence.index
                 and _TAKEN_VERB.match(s[o.end - sentence.start:start])), None)
    m = _TAKEN_CONTENT.match(s, pos)
    if body is None or m is None or _org_kind(body) not in ("party_committee", "executive_committee", "standing_committee"):
        return False
    ref.form = "described"
    ref.title = "của " + body.text
    ref.info["asks"] = m.group(1).strip()  # (what it asks is no subject "về …", but tells two such apart)
    ref.issuer_org = body
    ref.info["taken_by"] = True
    ref.end = pos
    ref.tail_end = m.end()
    return True


# a decision handed over or read out at a ceremony exists as surely as one issued
_DECISION_GIVEN = regex.compile(r"(?<![\p{L}])(?:công bố|trao|trao tặng|nhận)(?:\s+(?:các|những))?\s+$", regex.I)


_OF_AFTER_NAME = regex.compile(r"\G\s+của\s+")
_HANDED_TO = regex.compile(r"\s+(?:cho|tới|đến)(?![\p{L}])")


def _decision_given(s: str, at: int) -> bool:
    return _DECISION_GIVEN.search(s, max(0, at - 24), at) is not None


def _issued_before(s: str, at: int) -> str:
    m = patterns().issue_before_re.search(s[max(0, at - 40):at])
    return m.group().strip().lower() if m else ""


_PURPOSE_DESC = regex.compile(r"(?:nhằm|để)\s+(?:tiếp tục\s+)?(?:triển khai|thực hiện|cụ thể hóa|cụ thể hoá|quán triệt)")
_DESC_END = regex.compile(r"[;:.!?()…]|(?<!chính trị)\s-\s(?!xã hội(?![\p{L}]))|,\s+(?=(?:đồng thời|trong đó|việc|Đảng|Ban|Huyện|Tỉnh|Chi|Sau|Đây|Qua|Đề án|Kế hoạch|"
                          r"Chương trình|Nghị quyết|Chỉ thị|Kết luận|Quy định|Quy chế)(?![\p{L}]))|"
                          r"\s(?:được|đã|còn|(?:chính\s+)?là|nhằm|để|(?<!(?:lãnh đạo|chỉ đạo)(?: của Đảng)?\s)đối với|gắn với|gắn liền với|như)\s|"
                          # "Đề án … trên địa bàn huyện và phong trào thi đua …", "… và Nghị quyết số …": a
                          # second document starts (not "quy hoạch và kế hoạch sử dụng đất", "phong trào văn
                          # nghệ và phong trào thể thao": words of one title)
                          r"\s(?:và|cùng)\s+(?=(?:(?i:phong trào thi đua|cuộc vận động)|Phong trào|Nghị quyết|Chỉ thị|"
                          r"Kết luận|Kế hoạch|Đề án)(?![\p{L}]))")


# a programme listed with the document named before it ("… và Chương trình hành động thực hiện …")
_JOINED_BEFORE = regex.compile(r"(?:,|và|cùng)\s*$")
# "Chương trình hành động (của <its issuer>) thực hiện Nghị quyết …"
_PROGRAM_OF = regex.compile(r"^\s+(?:thực hiện\s+|của\s+((?:\S+\s+){1,7}?)(?:về\s+)?(?:triển khai\s+)?thực hiện\s+)?"
                            r"(?=Nghị quyết|Chỉ thị|Kết luận)")


# "Điều lệ" alone, not heading another body's name ("Điều lệ Hội Nông dân"), nor starting a sentence
_CHARTER_ALONE = regex.compile(r"^(?:\s*[,;.)]|\s+(?:và|của Đảng|quy định|đã|được|thì|là)(?![\p{L}]))")
_PROGRAMME_NO = regex.compile(r"^\s+\d{2,4}(?![\d\p{L}])")  # "Chương trình 135", not "Chương trình 1 năm"
_WORKING = regex.compile(r"làm việc(?![\p{L}])")  # "Quy chế làm việc …": not the verb "làm"
_PAREN_TERM = regex.compile(r"\(\s*(?:nhiệm kỳ\s+)?\d{4}\s*[-–]\s*\d{4}\s*\)")
# kinds a lower-case mention names a document by, when a verb acts on it ("xây dựng quy chế …")
_OBJECT_KINDS = ("quy-che", "chuong-trinh-hanh-dong")
_ACTED_ON = regex.compile(r"(?<![\p{L}])(?:xây dựng|ban hành|thực hiện|triển khai|hoàn thiện|sửa đổi|bổ sung|"
                          r"(?:mục tiêu|nhiệm vụ|nội dung)\s+(?:trong|của)|theo)\s+(?:các\s+)?$", regex.I)
# a programme a party body owns ("chương trình … của Đảng bộ", "… của Huyện ủy")
_OWNED = regex.compile(r"(?<![\p{L}])của\s+(?:Ban Chấp hành\s+|Ban Thường vụ\s+)?(?:Đảng bộ|Đảng ủy|Đảng uỷ|"
                       r"Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|Chi bộ)(?![\p{L}])")


def _description(s: str, pos: int) -> str:
    rest = s[pos:]
    m = _rx(r"^\s+").match(rest)
    if not m:
        return ""
    at = pos + m.end()
    if _STOP_DESC.match(s, at) and not _PURPOSE_DESC.match(s, at) and not _WORKING.match(s, at):
        return ""
    if not _rx(r"\p{Ll}").match(s[at:at + 1]) and not (  # "Đề án Phát triển nguồn nhân lực …"
            s[pos - 1:pos].isalpha() and s[pos - 1].islower() and _rx(r"\p{Lu}\p{Ll}+\s+\p{Ll}").match(s[at:])
            and s[:pos].split()[-2:][0][:1].isupper() and not _STOP_DESC.match(s[at:].lower())
            and not patterns().kind_re.match(s, at)):
        return ""
    stop = _DESC_END.search(s, at)
    if stop and stop.group() == "(":
        tm = _PAREN_TERM.match(s, stop.start())
        if tm:  # "… khóa 21 (2010 - 2015)": the term is part of the name
            stop = _DESC_END.search(s, tm.end())
    text = s[at:stop.start() if stop else len(s)].rstrip(" ,")
    words = text.split()
    if len(words) < 2:
        return ""
    if len(words) > 30:
        text = " ".join(words[:30])
    return text


_TERM_ANYCASE = regex.compile(r"(?i:nhiệm kỳ)\s+(\d{4})\s*[-–]\s*(\d{4})")


def _congress_of_sentence(s: str, at: int, sentence: Sentence, orgs: list[Mention]):
    """A congress resolution named by nothing but "nghị quyết đại hội": the congress of the
    territorial party body its sentence names, in the term the sentence states."""
    tm = _TERM_ANYCASE.search(s)
    if tm is None:
        return None, None
    body = None
    for o in orgs:
        if o.sentence.index != sentence.index or o.start - sentence.start >= at or o.iri is None:
            continue
        if _org_kind(o) == "party_committee":
            body = o
        elif _org_kind(o) in ("standing_committee", "executive_committee") and o.attrs.get("parent_iri") is not None:
            body = o  # its committee's congress: resolved once every body is known
    if body is None:
        return None, None
    c = {"term": f"{tm.group(1)}-{tm.group(2)}"}
    if _org_kind(body) != "party_committee":
        c["via_organ"] = "1"
    return c, body


def _committee_of(doc: Doc, organ: Mention, orgs: list[Mention]) -> Mention | None:
    """The party committee an organ ("Ban Thường vụ Huyện ủy X") belongs to, as a mention."""
    pid = organ.attrs.get("parent_iri")
    found = next((m for m in orgs if m.iri == pid), None)
    if found is not None or pid is None:
        return found
    o = (doc.context.get("organizations") or {}).get(pid.value)
    if o is None:
        return None
    return Mention("organization", organ.start, organ.end, organ.text, organ.sentence, key=o.place_key or o.label,
                   attrs={"name": o.label, "kind": o.kind, "level": o.level,
                          "place_iri": o.place.iri if o.place else None, "parent_iri": None}, iri=o.iri)


_CELL_CONGRESS = regex.compile(r"[Cc]hi bộ(?![\p{L}])")


def _parse_congress(window: str) -> dict | None:
    c: dict[str, str] = {}
    w = window.strip()
    lm = _CONGRESS_LEVEL.search(w)
    if lm:
        c["level"] = lm.group(1).lower()
        c["name"] = lm.group(2).strip()
    if _rx(r"đại biểu", regex.I).search(w):
        c["delegates"] = "1"
    tm = _CONGRESS_TERM.search(w)
    if tm:
        c["term"] = f"{tm.group(1)}-{tm.group(2)}"
    probe = _CONGRESS_TERM.sub(" ", w)
    if lm:
        probe = probe.replace(lm.group(2), " ") if lm.group(2).strip() else probe
    nm = _CONGRESS_NUM.search(probe)
    if nm:
        c["number"] = nm.group(1)
    if _NATIONAL.search(w) and not lm:
        c["national"] = "1"
    if not lm and _CELL_CONGRESS.match(w):
        c["cell"] = "1"  # "đại hội chi bộ nhiệm kỳ 2025-2027": a party cell's congress
    if not (c.get("number") or c.get("term") or c.get("national") or c.get("name")):
        return None
    return c


# ----------------------------------------------------------------------------- resolution

def _org_level(o: Mention) -> str:
    return str(o.attrs.get("level") or "")


def _org_kind(o: Mention) -> str:
    return str(o.attrs.get("kind") or "")


def _main_org(doc: Doc, orgs: list[Mention]) -> Mention | None:
    main = doc.context.get("main_org")
    if main is None:
        return None
    if isinstance(main, Mention):
        return main
    for o in orgs:  # an IRI (or its string)
        if o.iri is not None and (o.iri == main or o.iri.value == str(getattr(main, "value", main))):
            return o
    return None


def _org_label(o: Mention) -> str:
    return str(o.attrs.get("name") or o.text)


def _pick_level(orgs: list[Mention], level: str, main: Mention | None) -> Mention | None:
    """The party committee of this level the document is about (the main one, else the most named)."""
    if main is not None and _org_level(main) == level:
        return main
    cands = [o for o in orgs if _org_level(o) == level and _org_kind(o) in ("party_committee", "")]
    if not cands:
        return None
    counts = Counter(o.iri.value if o.iri is not None else o.key for o in cands)
    best = counts.most_common(1)[0][0]
    return next(o for o in cands if (o.iri.value if o.iri is not None else o.key) == best)


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def _org_key(o: Mention | None) -> str:
    """A short, stable key of an organization for directive keys: a digest of its IRI."""
    if o is None:
        return ""
    return "org " + _digest(o.iri.value if o.iri is not None else fold(_org_label(o)))


def _title_key(title: str) -> str:
    words = fold(title).split()
    return " ".join(words[:8]) + (f" {_digest(' '.join(words))}" if len(words) > 8 else "")


def _roman(n: str) -> str:
    """A term as Roman numerals, whichever way it was written ("12" and "xii" are "XII")."""
    if not n.isdigit():
        return n.upper()
    out, v = "", int(n)
    for value, letters in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while v >= value:
            out, v = out + letters, v - value
    return out


@lru_cache(maxsize=1)
def _campaign_patterns():
    """Patterns of programmes, campaigns and a body's own thematic documents (``campaigns``)."""
    data = _data().get("campaigns") or {}
    q = r"[“\"]([^”\"]{3,200})[”\"]"
    quoted = regex.compile(r"(?<![\p{L}])(" + _alt(data.get("quoted") or ()) + r")"
                           r"(?:\s+(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường))?\s*:?\s*" + q, regex.I)  # "chương trình thành phố “4 an”"
    named = [(n["key"], n.get("label") or "", regex.compile(r"(?<![\p{L}])(?:" + n["pattern"] + r")(?![\p{L}])", regex.I),
              n.get("kind") or "other") for n in data.get("named") or ()]
    own = [(o["kind"], o["word"], regex.compile(r"(?<![\p{L}])(" + _alt([o["head"]]) + r")(?![\p{L}])", regex.I))
           for o in data.get("own") or ()]
    laws = _data().get("laws")
    if laws:
        named.append(("", "", regex.compile(laws), "luat"))
    words = tuple({fold(w).split()[0] for w in data.get("quoted") or ()} | {"luật"}
                  | {fold(n["key"]).split()[0] for n in data.get("named") or ()}
                  | {fold(o["head"]).split()[0] for o in data.get("own") or ()})
    return quoted, named, own, words


@lru_cache(maxsize=1)
def _programme_topics() -> dict[str, str]:
    data = _data().get("campaigns") or {}
    return {n["key"]: fold(n["topic"]) for n in data.get("named") or () if n.get("topic")}


_COMPONENTS = regex.compile(r"(?<![\p{L}])thành phần(?![\p{L}])")


def _programme_links(refs: list[Ref]) -> list:
    """A body's own resolution or scheme on a national programme's topic implements it; the
    component schemes listed after a scheme ("tám đề án thành phần gồm: …") concretize it."""
    topics = _programme_topics()
    programmes = [(r, topics[r.info["campaign_key"]]) for r in refs
                  if r.info.get("campaign_key") in topics and r.iri is not None]
    own = [r for r in refs if r.info.get("campaign") and not r.info.get("campaign_key") and r.iri is not None]
    out = []
    for r in own:
        title = " " + fold(r.title) + " "
        for p, topic in programmes:
            if f" {topic} " in title and p.iri != r.iri:
                out.append((r.iri, PKG.implements, p.iri, r.sentence))
                break
    for r in own:
        if r.kind != "de-an":
            continue
        head = next((x for x in own if x.kind == "de-an" and x.sentence.index == r.sentence.index
                     and x.end < r.start and _COMPONENTS.search(r.sentence.text, x.end, r.start)), None)
        if head is not None and head.iri != r.iri:
            out.append((r.iri, PKG.concretizes, head.iri, r.sentence))
    return out


_OWN_PLURAL = regex.compile(r"(?<![\p{L}])(?:các|những|mọi|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|một số)\s+$",
                            regex.I)
_OWN_AFTER_QUOTES = regex.compile(r"[^.;“”\"]{0,100}?[“\"]")
_OWN_DESC = regex.compile(r"\s+(?:về\s+(?:việc\s+)?)?(?!(?:này|đó|trên|nói trên|được|đã|đang|sẽ|của|và|với|nhằm|để|là|"
                          r"cũng|vẫn|đều|thì|mà|nêu|trình|gửi|giao|cho|sau|khi|phê duyệt|thành phần|này|mới|cũ|đó)(?![\p{L}]))(\p{Ll}[\p{Ll}\d\s-]{5,80}?)(?=\s*(?:[,;:.()“”\"]|$|\s(?:được|đã|của|và|với|"
                          r"thành phần|gồm|bao gồm|nhằm|để|này|đó|trên|trình|gửi|cho)(?![\p{L}])))")
_QUOTED_ONE = regex.compile(r"[“\"]([^”\"]{3,200})[”\"]")
# a mass organization heading the clause of a movement ("Hội Nông dân hưởng ứng phong trào “…”"):
# the organization's own emulation movement, not a directive of the party or the state
_MASS_OWNER = regex.compile(r"(?<![\p{L}])(?:Đoàn [Tt]hanh niên|Đoàn TNCS|Hội Nông dân|Hội (?:Liên hiệp )?Phụ nữ|Hội LHPN|"
                            r"Hội Cựu chiến binh|Hội CCB|Công đoàn|Hội Người cao tuổi|Hội Chữ thập đỏ)(?![\p{L}])"
                            r"[^,;:.()]{0,80}?(?:[“\"][^”\"]{3,200}[”\"][^,;:.()“”\"]{0,20}?)?$")


def _campaign_refs(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Ref]:
    """Programmes and campaigns ("phong trào “…”", "chương trình xây dựng nông thôn mới") and a
    body's own thematic resolution or scheme ("nghị quyết chuyên đề …", "đề án phát triển …")."""
    quoted, named, own, words = _campaign_patterns()
    s = sentence.text
    low = s.lower()
    if not any(w in low for w in words):
        return []
    out: list[Ref] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(a: int, b: int, kind: str, form: str, title: str, word: str, key: str = "") -> None:
        r = Ref(sentence, a, b, kind, form, title=title, tail_end=b, head_end=b)
        r.info.update(word=word, campaign=True)
        if key:
            r.info["campaign_key"] = key
        out.append(r)
        taken.append((a, b))

    for m in quoted.finditer(s):
        if free(m.start(), m.end()) and not _OWN_PLURAL.search(s[:m.start()]) \
                and not (m.group(1).lower().startswith("phong trào") and _MASS_OWNER.search(s[:m.start()])):
            head = m.group(1)
            add(m.start(), m.end(), "other", "titled", m.group(2).strip(), head[0].upper() + head[1:].lower(),
                key=f"{fold(head)} {fold(m.group(2))}")
    for key, label, rx, named_kind in named:
        for m in rx.finditer(s):
            if not key and free(m.start(), m.end()):  # a law by its title: one key for the law and its year
                title = m.group(2) + (f" năm {m.group(3)}" if m.group(3) else "")
                add(m.start(), m.end(), "luat", "titled", "", f"{m.group(1)} {title}",
                    key=f"law {fold(m.group(1))} {fold(title)}")
                continue
            if free(m.start(), m.end()) and not _OWN_PLURAL.search(s[:m.start()]):
                text = label or m.group()[0].upper() + m.group()[1:]
                add(m.start(), m.end(), named_kind, "titled", "", text, key=key)
    for kind, word, rx in own:
        for m in rx.finditer(s):
            if not free(m.start(), m.end()):
                continue
            plural = _OWN_PLURAL.search(s[:m.start()])
            if kind == "nghi-quyet" and _OWN_AFTER_QUOTES.match(s, m.end()):
                # "hai nghị quyết chuyên đề: về việc lãnh đạo … “A” và “B”": one resolution per title
                for q in _QUOTED_ONE.finditer(s, m.end()):
                    if _rx(r"[.;]").search(s[m.end():q.start()]) or q.start() - m.end() > 160:
                        break
                    if free(q.start(), q.end()):
                        add(q.start(), q.end(), kind, "titled", q.group(1).strip(), word)
                continue
            if plural:
                continue
            d = _OWN_DESC.match(s, m.end())
            if d is None or not 3 <= len(d.group(1).split()) <= 12:
                continue
            if m.group()[0].isupper() and kind != "nghi-quyet":
                continue  # "Đề án phát triển …" capitalised: the general rules read it
            r_end = d.end(1)
            about = _rx(r"\s+(về\s+(?:việc\s+)?)").match(s, m.end())
            title = (about.group(1) if about else "") + d.group(1).strip()
            add(m.start(), r_end, kind, "described", title, word)
            if about:
                out[-1].subject = title
    return out


@lru_cache(maxsize=1)
def _known_table() -> dict[tuple[str, str], list[dict]]:
    """The well-known central documents of ``data/directives.yaml`` by (kind, number)."""
    P = patterns()
    table: dict[tuple[str, str], list[dict]] = {}
    for k in _data().get("known") or ():
        m = P.code_re.match(k["code"])
        kind = P.code_kind.get(fold(m.group(2))) if m else None
        if kind:
            spec = dict(k, topic=[[fold(a) for a in t.split("|")] for t in k.get("topic") or ()])
            table.setdefault((kind, m.group(1).lstrip("0") or "0"), []).append(spec)
    return table


def _off_topic(r: Ref, spec: dict | None) -> bool:
    """Whether a plenum named with a subject of its own ("Nghị quyết Trung ương 4 về công tác cán bộ")
    speaks of another topic than the known document a code ties to that plenum: then it is not that
    document, whatever term the article gives the code."""
    if spec is None or not r.subject:
        return False
    return not _speaks_of(" " + fold(r.subject) + " ", spec)


def _speaks_of(folded: str, spec: dict) -> bool:
    """Whether a folded text (spaces around it) holds one phrase of each topic of a known document."""
    return all(any(f" {a} " in folded for a in alts) for alts in spec["topic"])


def _known_code(doc: Doc, kind: str, number: str) -> dict | None:
    """The one well-known document of this kind and number whose topic the document speaks of."""
    specs = _known_table().get((kind, number.lstrip("0") or "0"))
    if not specs:
        return None
    text = doc.context.get("_folded_text")
    if text is None:
        text = doc.context["_folded_text"] = " " + fold(doc.text) + " "
    year = str(doc.meta.get("date") or "")[:4]
    found = [sp for sp in specs if _speaks_of(text, sp)
             and not (year.isdigit() and int(year) < int(sp["year"]))]
    return found[0] if len(found) == 1 else None


# an executive committee named as such ("Thành ủy", "Đảng ủy", "Ban Chấp hành …"), not the Party
# organization whose congress it answers to ("Đảng bộ …")
_COMMITTEE_WORD = regex.compile(r"(?:ủy|uỷ|Ban Chấp hành|Ban Thường vụ|BCH|BTV)(?![\p{L}])")


_GOVERNMENT_KINDS = ("people_committee", "people_council")


def _party_code_of_government(r: Ref, o: Mention) -> bool:
    """A code a party committee gives ("…-KH/ĐU", "…/HU", "…/TU") is never a people's committee's own:
    "Đảng ủy Văn phòng UBND tỉnh ban hành Kế hoạch số 9-KH/ĐU" read short of its party body."""
    suffix = r.code.rsplit("/", 1)[-1] if r.code else ""
    return _org_kind(o) in _GOVERNMENT_KINDS and suffix in patterns().local_suffix and suffix != "BCĐ"


def _resolve(doc: Doc, refs: list[Ref], orgs: list[Mention]) -> None:
    P = patterns()
    main = _main_org(doc, orgs)
    in_sentence: dict[int, list[Mention]] = {}
    for o in orgs:
        in_sentence.setdefault(o.sentence.index, []).append(o)
    level_cache: dict[str, Mention | None] = {}

    def pick_level(level: str) -> Mention | None:
        if level not in level_cache:
            level_cache[level] = _pick_level(orgs, level, main)
        return level_cache[level]

    # issuers by "<org> ban hành <directive>"
    for r in refs:
        if r.form in ("anaphor",):
            continue
        s = r.sentence.text
        v = P.issue_before_re.search(s[max(0, r.start - 40):r.start])
        if v:
            vstart = max(0, r.start - 40) + v.start()
            before = [o for o in in_sentence.get(r.sentence.index, ())
                      if o.end - r.sentence.start <= vstart and not _in_issuer_phrase(s, o.start - r.sentence.start)]
            if before:
                o = before[-1]
                gap = s[o.end - r.sentence.start:vstart]
                if len(gap.split()) <= 8 and ";" not in gap and not _party_code_of_government(r, o):
                    r.issued_by = o
            else:
                c = None
                for cm in P.central_re.finditer(s[:vstart]):
                    c = cm
                if c and len(s[c.end():vstart].split()) <= 3 and not r.issuer_name:
                    r.issuer_name = P.central_name.get(fold(c.group()), c.group())
                    r.info["issuer_said"] = c.group()

    # codes seen in the document, for bare numbers
    full: dict[tuple[str, str], str] = {}
    for r in refs:
        if r.form == "code":
            full.setdefault((r.kind, r.number.lstrip("0") or "0"), r.code)
    by_number: dict[tuple[str, str], list[Ref]] = {}
    for r in refs:
        if r.form == "bare":
            by_number.setdefault((r.kind, r.number.lstrip("0") or "0"), []).append(r)
    groups = []
    for (kind, n), group in by_number.items():
        # "Nghị quyết số 18 của Trung ương … và Nghị quyết số 18 của Tỉnh ủy": one number, two documents;
        # the one a local body issued keeps its bare number
        local = [g for g in group if g.issuer_name not in P.central_party
                 and (g.issuer_org or g.issued_by or g.info.get("issuer_text"))]
        if local and any(g.issuer_name in P.central_party for g in group):
            groups.append((kind, n, [g for g in group if g not in local], False))
            groups.append((kind, n, local, True))
        else:
            groups.append((kind, n, group, False))
    for kind, n, group, local_only in groups:
        code = full.get((kind, n))
        if local_only:
            code = code if code and not _national(code) else ""
        elif not code:
            tw = P.kinds.get(kind, {}).get("resolve_tw")
            central = next((g.issuer_name for g in group if g.issuer_name in P.central_party), "")
            if tw and central:
                code = f"{group[0].number}-{tw}/TW"
        if not code and not local_only and not any(
                g.issuer_org or g.issued_by or (g.issuer_name and g.issuer_name not in P.central_party) for g in group):
            spec = _known_code(doc, kind, group[0].number)  # "Chỉ thị 05" in an article on its topic
            if spec:
                code = spec["code"]
                for g in group:
                    g.issuer_name = g.issuer_name or spec.get("issuer", "")
        issuer = next((g.issuer_name for g in group if g.issuer_name), "")
        issuer_org = next((g.issuer_org or g.issued_by for g in group if g.issuer_org or g.issued_by), None)
        for g in group:
            if code:
                g.form, g.code = "code", code
            g.issuer_name = g.issuer_name or issuer
            g.issuer_org = g.issuer_org or issuer_org
    # a code the table of well-known documents ties to a plenum ("04-NQ/TW", what texts mean by "Nghị quyết
    # Trung ương 4 khóa XII"), named in an article on its topic: that plenum's resolution, as if the text said so
    for r in refs:
        if r.form == "code" and r.kind == "nghi-quyet" and not r.info.get("plenum_alias"):
            spec = _known_code(doc, r.kind, r.number)
            if spec is not None and spec["code"] == r.code and spec.get("plenum"):
                alias = tuple(str(spec["plenum"]).split())
                if r.term and len(alias) > 1 and r.term != alias[1]:
                    continue  # "04-NQ/TW … (khóa X)": the same number in another term, another document
                if r.date[:4].isdigit() and spec.get("year") and int(r.date[:4]) < int(spec["year"]):
                    continue  # "04-NQ/TW ngày 21/8/2006": issued before that plenum met
                r.info["plenum_alias"] = alias
                r.info["plenum_spec"] = spec
    # plenum terms: a plenum named without its term takes the one the document gives it
    last_term: dict[str, str] = {}
    terms_of: dict[str, set] = {}
    tied: dict[str, dict] = {}  # plenum -> the known document a code in the article ties to it
    for r in refs:
        if r.form == "plenum" and r.term:
            terms_of.setdefault(r.plenum, set()).add(r.term)
        a = r.info.get("plenum_alias")
        # ("… của Hội nghị Trung ương 6 khóa XII": that plenum's term; a conclusion's plenum gives no resolution's)
        if r.form == "code" and r.kind == "nghi-quyet" and a and a[1]:
            if r.info.get("plenum_spec"):
                tied[a[0]] = r.info["plenum_spec"]
            terms_of.setdefault(a[0], set()).add(a[1])
    for r in refs:
        if r.form == "plenum":
            if r.term:
                last_term[r.plenum] = r.term
            elif r.plenum in last_term:
                r.term = last_term[r.plenum]
            elif len(terms_of.get(r.plenum, ())) == 1 and not _off_topic(r, tied.get(r.plenum)):
                r.term = next(iter(terms_of[r.plenum]))
    # congresses: whose congress
    for r in refs:
        if r.form != "congress":
            continue
        c = r.info
        if c.get("national"):
            c["scope"] = "toàn quốc"
            continue
        if c.get("all_levels"):
            c["scope"] = "các cấp"
            continue
        if c.get("bare"):
            continue
        org = r.issuer_org
        if org is None and c.get("adopted"):  # a term's resolution adopted: the body whose congress the text tells of
            org = _congress_holder(orgs, r, cells=not c.get("no_cell")) or main
        if org is not None and c.pop("via_organ", None):
            org = _committee_of(doc, org, orgs)
        if org is None and c.get("level"):
            org = pick_level(_LEVELS.get(c["level"], c["level"]))
        if org is None and c.get("cell"):  # the cell its sentence names, else the one named last before, else first
            cells = [o for o in orgs if _org_kind(o) == "party_cell" and o.iri is not None]
            org = next((o for o in cells if o.sentence.index == r.sentence.index), None) or next(
                (o for o in reversed(cells) if o.start < r.sentence.start + r.start), None) or next(iter(cells), None)
        if org is None and not c.get("level"):
            org = main
        r.issuer_org = org
        # a congress of a level the document names no body of: "Đảng bộ tỉnh" of this document
        c["scope"] = _org_key(org) or f"{c.get('level', '')} {c.get('name', '')} {_doc_key(doc)}".strip()
    number_of_term: dict[tuple[str, str], str] = {}
    for r in refs:
        if r.form == "congress" and r.info.get("number") and r.info.get("term"):
            number_of_term[(r.info["scope"], r.info["term"])] = r.info["number"]
    for r in refs:
        if r.form == "congress" and not r.info.get("number") and r.info.get("term"):
            n = number_of_term.get((r.info["scope"], r.info["term"]))
            if n:
                r.info["number"] = n
    _bare_congresses(refs, main)
    # local codes: issued by the body the text names, else the committee the suffix points to
    local_issuer: dict[str, Mention | None] = {}
    for r in refs:
        if r.form == "code" and not _national(r.code):
            o = r.issuer_org or r.issued_by
            if o is not None:
                local_issuer.setdefault(r.code, o)
    for r in refs:
        if r.form == "code" and not _national(r.code) and r.code not in local_issuer:
            suffix = r.code.rsplit("/", 1)[-1]
            level = P.local_suffix.get(suffix)
            o = _sentence_subject(r, in_sentence.get(r.sentence.index, [])) if level in (None, "", "commune", "agency") \
                else None
            if o is not None and _party_code_of_government(r, o):
                o = None
            if o is None and level:
                o = pick_level(level)
            local_issuer[r.code] = o or main
    # keys and labels
    for r in refs:
        _key(doc, r, local_issuer, main)
    # "Nghị quyết số 18-NQ/TW … của Hội nghị Trung ương 6 khóa XII": the plenum's resolution has that code
    alias = {}
    for r in refs:
        a = r.info.get("plenum_alias")
        if r.form == "code" and a and a[1]:
            alias[a] = r
    for r in refs:
        t = alias.get((r.plenum, r.term)) if r.form == "plenum" else None
        if t is not None and r.kind == t.kind and not _off_topic(r, t.info.get("plenum_spec")):
            r.key, r.label, r.iri, r.form, r.code = t.key, t.label, t.iri, "code", t.code
    # anaphors: the last directive of the same kind named before (else the first named after)
    last: dict[str, Ref] = {}  # kind -> the last directive of that kind named so far
    last_of: dict[tuple[str, str], Ref] = {}  # (kind, issuer) -> the same, by issuer
    last_of_committee: dict[tuple[str, str], Ref] = {}  # the same, congress resolutions left out
    for r in sorted(refs, key=lambda x: (x.sentence.start + x.start, x.form == "anaphor")):
        if r.form != "anaphor":
            if r.key and r.form != "described":
                last[r.kind] = r
                last_of[(r.kind, _issuer_id(r))] = r
                if r.form != "congress":
                    last_of_committee[(r.kind, _issuer_id(r))] = r
            continue
        if r.info.get("plural"):  # "các quyết định của …": several documents, not the one named before
            antecedent = None
        elif r.issuer_org is not None and _COMMITTEE_WORD.search(r.issuer_org.text):
            # "Nghị quyết của Thành ủy": the committee's own resolution, not its congress's
            antecedent = last_of_committee.get((r.kind, _issuer_id(r)))
        elif r.issuer_org is not None or r.issuer_name:  # "Kết luận của Thành ủy": not the Secretariat's conclusion
            antecedent = last_of.get((r.kind, _issuer_id(r)))
        else:
            antecedent = last.get(r.kind)
        if antecedent is not None:
            r.target = antecedent
            r.key, r.label, r.iri = antecedent.key, antecedent.label, antecedent.iri
            continue
        if r.info.get("lower") and (not _named_issuer(r) or r.info.get("nested")):
            continue
        # no antecedent: "Nghị quyết về xây dựng thí điểm mô hình …" is named by its subject
        # (and "nghị quyết của Quốc hội về sáp nhập tỉnh" by its issuer and subject)
        text = r.sentence.text
        m = _ABOUT.match(text[r.end:])
        by_issuer = m is None or "kind_end" in r.info
        m = m or _ISSUER_ABOUT.match(text[r.end:])
        if m:
            at = r.end + m.end()
            about = _clause(text, at)
            q = _rx(r"[^“\"]*[“\"][^”\"]*[”\"]").match(text[at:])
            if q and len(q.group()) > len(about):
                about = q.group()
            if len(about.split()) >= 3:
                r.form = "described"
                r.title = text[r.info.get("kind_end", r.end):at].strip() + " " + about
                r.subject = r.title
                if by_issuer:  # a name, not the whole clause: the issuer and the head of the subject
                    parts = about.split(",")
                    keep = 1  # after a comma comes another clause, unless a list runs on to its "và"
                    while keep < len(parts) and " và " not in parts[keep - 1] and " và " in parts[keep]:
                        keep += 1
                    words = ",".join(parts[:keep]).split()
                    n = min(len(words), _NAME_WORDS)
                    while n < len(words) and words[n - 1][:1].isupper() and words[n][:1].isupper():
                        n += 1  # a proper name is not cut in two ("tỉnh Đồng Nai")
                    r.title = (text[r.info.get("kind_end", r.end):at].strip() + " " + " ".join(words[:n])).rstrip(" ,")
                    # (what it is about starts at its "về", past the issuer: "của Chủ tịch UBND về …")
                    head = _ABOUT_BEFORE.search(text, r.end, at)
                    r.subject = f"{head.group().strip()} {about}" if head else about
                    if r.kind == "quyet-dinh" and _acts_on_comrade(about):
                        # "Quyết định của Ban Thường vụ Huyện ủy về việc luân chuyển đồng chí X …": named by its
                        # issuer; whom it moves is what it is about, and keeps two such decisions apart
                        r.title = _TRAILING_ABOUT.sub("", text[r.info.get("kind_end", r.end):at].strip())
                        r.info["subject_key"] = True
                r.head_end = r.end
                r.end = r.tail_end = at + len(about)
                _key(doc, r, local_issuer, main)
                if r.key and r.iri is not None and not by_issuer:
                    # "… Nghị quyết về <A>. … triển khai Nghị quyết này": the same one
                    last[r.kind] = r
                    last_of[(r.kind, _issuer_id(r))] = r
                continue
        # "sơ kết Nghị quyết Thị ủy quý III …", "vượt 4 chỉ tiêu Nghị quyết của Đảng bộ": a committee's
        # own resolution, named by the committee alone (one per article: the committee makes many)
        o = r.issuer_org
        if o is not None and o.iri is not None and "kind_end" in r.info and not r.info.get("lower") \
                and not r.info.get("nested") and not r.info.get("several") and r.kind in _BODY_NAMED_KINDS \
                and _names_own_resolution(o):
            r.form = "by-body"
            r.label = r.sentence.text[r.start:r.end].strip()
            r.key = f"by-body {r.kind} @ {_org_key(o)} / {_doc_key(doc)}"
            r.iri = directive_iri(r.key)
            last[r.kind] = r
            last_of[(r.kind, _issuer_id(r))] = r
            last_of_committee[(r.kind, _issuer_id(r))] = r
    # a described document that names its target keeps its issuer as key
    for r in refs:
        if r.form in ("described", "titled", "program") and r.iri is None:
            _key(doc, r, local_issuer, main)


def _bare_congresses(refs: list[Ref], main: Mention | None) -> None:
    """"Nghị quyết Đại hội" with nothing of its own: the one congress resolution of a local body the
    article names, else, when it names none, that of the article's own party body; with several named,
    or no body of its own, no document in particular (dropped from ``refs``)."""
    bare = [r for r in refs if r.form == "congress" and r.info.get("bare")]
    if not bare:
        return
    named: dict[tuple, Ref] = {}
    for r in refs:
        c = r.info
        if r.form == "congress" and not (c.get("bare") or c.get("national") or c.get("all_levels")):
            named.setdefault((c.get("scope"), c.get("number") or c.get("term")), r)
    own = main is not None and main.iri is not None and _org_kind(main) in ("party_committee", "party_cell")
    for r in bare:
        if len(named) == 1:
            t = next(iter(named.values()))
            r.issuer_org = t.issuer_org
            r.info.update({k: v for k, v in t.info.items() if k in ("scope", "number", "term", "level", "name", "cell")})
            r.info["body_named"] = "1"  # (the label of the one named: the document writes it in full)
        elif not named and own:
            r.issuer_org = main
            r.info["scope"] = _org_key(main)
        else:
            refs.remove(r)


_BODY_NAMED_KINDS = ("nghi-quyet", "chi-thi")
_OWN_KINDS = ("party_committee", "executive_committee", "standing_committee")
_CONGRESS_AFTER = regex.compile(r"\s*,?\s*(?:lần thứ|nhiệm kỳ|khóa|khoá|\(?\s*\d{4})")


def _names_own_resolution(o: Mention, s: str = "", sentence: Sentence | None = None) -> bool:
    """Whether a body named right after a kind word names a resolution of its own: a local party
    committee ("Nghị quyết Huyện ủy"), not a congress's ("Nghị quyết Đảng bộ thị xã lần thứ IX")."""
    if _org_kind(o) not in _OWN_KINDS or _org_level(o) in ("central", ""):
        return False
    return sentence is None or not _CONGRESS_AFTER.match(s, o.end - sentence.start)


def _doc_key(doc: Doc) -> str:
    return "doc " + _digest(doc.iri.value)


def _issuer_id(r: Ref) -> str:
    o = r.issuer_org or r.issued_by
    if o is not None and o.iri is not None:
        return o.iri.value
    return fold(r.issuer_name)


def _national(code: str) -> bool:
    """Codes unique in the country: the Centre's (…/TW, …/BTCTW, …/UBKTTW) and the state's (1458/QĐ-TTg)."""
    return code.rsplit("/", 1)[-1].endswith("TW") or "/" not in code.split("-", 1)[-1] or \
        bool(_rx(r"^\d+(?:/\d{4})?/").match(code))


def _in_issuer_phrase(s: str, pos: int) -> bool:
    return bool(_rx(r"(?:của|đối với|cho|với|tại|ở|trong|thuộc|và)\s*$").search(s[max(0, pos - 12):pos]))


def _sentence_subject(r: Ref, orgs: list[Mention]) -> Mention | None:
    s = r.sentence.text
    cands = [o for o in orgs if o.sentence.index == r.sentence.index and o.start - r.sentence.start < r.start
             and not _in_issuer_phrase(s, o.start - r.sentence.start)]
    return cands[-1] if cands else None


def _issuer_key(r: Ref, main: Mention | None, doc: Doc) -> str:
    o = r.issuer_org or r.issued_by
    if o is not None:
        return _org_key(o)
    if r.issuer_name:
        return fold(r.issuer_name)
    return _org_key(main) or _doc_key(doc)


def _key(doc: Doc, r: Ref, local_issuer: dict, main: Mention | None) -> None:
    P = patterns()
    klabel = P.kinds.get(r.kind, {}).get("label", "Văn bản")
    if r.info.get("campaign"):  # a programme or campaign of the whole country: one key wherever named
        r.label = r.info["word"] + (f" “{r.title}”" if r.form == "titled" and r.title else
                                    f" {r.title}" if r.title else "")
        r.key = ("campaign " + r.info["campaign_key"]) if r.info.get("campaign_key") else \
            f"own {r.kind} {_title_key(r.title)} @ {_issuer_key(r, main, doc)}"
        r.iri = directive_iri(r.key)
        return
    if r.form == "code":
        r.kind = _kind_of_code(r.code, r.kind)
        klabel = P.kinds.get(r.kind, {}).get("label", "Văn bản")
        if _national(r.code):
            r.key = "code " + r.code
        else:
            o = local_issuer.get(r.code)
            r.issuer_org = r.issuer_org or o
            r.key = f"code {r.code} @ {_org_key(o) or _doc_key(doc)}"
        if r.kind == "other" and r.info.get("word"):  # "Tờ trình số 90-TTr/HU": a kind of its own, named by its word
            klabel = r.info["word"]
        r.label = f"{klabel} số {r.code}"
    elif r.form == "bare":
        r.key = f"bare {r.kind} {r.number.lstrip('0') or '0'} @ {_issuer_key(r, main, doc)}"
        r.label = f"{klabel} số {r.number}"
        if r.info.get("programme"):
            r.key = f"programme {r.number}"  # one programme of the state, whoever writes of it
            r.label = f"Chương trình {r.number}"
    elif r.form == "plenum":
        r.key = f"plenum {r.kind} {r.plenum} khóa {_roman(r.term) if r.term else '?'}"
        r.label = f"Nghị quyết Trung ương {r.plenum}" + (f" (khóa {_roman(r.term)})" if r.term else "")
        r.issuer_name = r.issuer_name or "Ban Chấp hành Trung ương"
    elif r.form == "congress":
        c = r.info
        scope = c.get("scope", "")
        ident = c.get("number") or c.get("term") or "?"
        r.key = f"congress {scope} {ident.upper()}"
        if c.get("all_levels"):
            r.label = f"Nghị quyết Đại hội Đảng các cấp nhiệm kỳ {c['term']}"
        elif c.get("national"):
            # the national congress's resolution by the words every way of writing it shares ("Nghị quyết
            # Đại hội XIII của Đảng", "… Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "… Đại hội Đảng toàn quốc …")
            r.label = f"Nghị quyết Đại hội lần thứ {c.get('number', '').upper()} của Đảng".replace("lần thứ  ", "")
            if c.get("term") and not c.get("number"):
                r.label = f"Nghị quyết Đại hội Đảng toàn quốc nhiệm kỳ {c['term']}"
            r.issuer_name = r.issuer_name or "Ban Chấp hành Trung ương"
        else:
            body = _org_label(r.issuer_org) if r.issuer_org is not None else (
                f"Đảng bộ {c.get('level', '')} {c.get('name', '')}".replace("  ", " ").strip())
            body = _rx(r"^(?:Ban Chấp hành\s+)").sub("", body)
            label = f"Nghị quyết Đại hội {body}"
            # as the text writes it where it leaves the body's name out ("Nghị quyết Đại hội Đảng bộ xã lần
            # thứ XV", "Nghị quyết Đại hội lần thứ III" in an article about that commune): the document's
            # own name for it, beside the label that tells it apart from other bodies' resolutions
            written = None
            if not c.get("body_named"):
                wbody = f"Đảng bộ {c['level']}" if c.get("level") else "Chi bộ" if c.get("cell") else ""
                if c.get("delegates") and not wbody.startswith("Chi bộ"):
                    wbody = f"đại biểu {wbody}".strip()
                written = f"Nghị quyết Đại hội {wbody}".rstrip()
            tail = ""
            if c.get("number"):
                tail += f" lần thứ {c['number'].upper()}"
            if c.get("term"):
                tail += f", nhiệm kỳ {c['term']}" if c.get("number") else f" nhiệm kỳ {c['term']}"
            r.label = label + tail
            if c.get("adopted_text"):  # ("Nghị quyết nhiệm kỳ 2025-2027": as the text names it)
                r.label = c["adopted_text"]
            elif written is not None and written + tail != r.label:
                r.info["written"] = written + tail
    elif r.form == "charter":
        r.key = "charter đảng"
        r.label = "Điều lệ Đảng"
    elif r.form == "titled":
        r.key = f"titled {r.kind} {_title_key(r.title)} @ {_issuer_key(r, main, doc)}"
        r.label = f"{r.info.get('word') or klabel} “{r.title}”"
    elif r.form == "described":
        r.key = f"described {r.kind} {_title_key(r.title)} @ {_issuer_key(r, main, doc)}"
        if r.info.get("subject_key"):
            r.key += f" / {_title_key(r.subject)}"
        elif r.info.get("asks"):
            r.key += f" / {_title_key(r.info['asks'])}"
        r.label = f"{r.info.get('word') or klabel} {r.title}"
    elif r.form == "named":
        r.key = f"named {_title_key(r.info['name_key'])}"
        r.label = r.title
    elif r.form == "program":
        t = r.target
        if t is None or not t.key:
            return
        r.key = f"program {_digest(t.key)} @ {_issuer_key(r, main, doc)}"
        r.label = f"Chương trình hành động {t.label}"
    else:
        return
    r.iri = directive_iri(r.key)


# ----------------------------------------------------------------------------- component

class Component:
    """Directives named in the text, their links, and which organizations carry them out.

    Adds ``Mention(label="directive", key=…, attrs={"kind", "form", "code", …}, iri)`` for each
    reference (anaphors included, resolved to their antecedent) and puts the resolved references
    in ``doc.context["directives"]``.
    """

    name = "directives"
    version = "1"

    def match(self, doc: Doc) -> None:
        orgs = doc.of("organization")
        by_sentence: dict[int, list[Mention]] = {}
        for o in orgs:
            by_sentence.setdefault(o.sentence.index, []).append(o)
        refs: list[Ref] = []
        words = _prefilter_words()
        for sentence in doc.sentences:
            t = sentence.text
            low = t.lower()
            found = [] if "/" not in t and "nq" not in low and "CT " not in t and "KL " not in t \
                and not any(w in low for w in words) else \
                _sentence_refs(sentence, by_sentence.get(sentence.index, []))
            spans = [(r.start, r.end) for r in found if r.form != "anaphor"]
            more = _campaign_refs(sentence, spans)  # programmes and campaigns, after the documents
            if more:  # "Nghị quyết chuyên đề về …" is no anaphor of an earlier resolution
                found = [r for r in found if r.form != "anaphor" or
                         all(r.end <= c.start or r.start >= c.end for c in more)] + more
            refs.extend(sorted(found, key=lambda r: r.start))
        named = {r.info["name_key"] for r in refs if "name_key" in r.info and not r.info.get("lower_name")}
        refs = [r for r in refs if not r.info.get("lower_name") or r.info["name_key"] in named]
        # a term's resolution adopted at a congress the text tells of, in its sentence or the one before
        refs = [r for r in refs if not r.info.get("adopted") or _congress_near(doc, r.sentence)]
        if not refs:
            doc.context["directives"] = []
            return
        _resolve(doc, refs, orgs)
        refs = [r for r in refs if r.iri is not None]
        for r in refs:
            a = r.sentence.start
            doc.mentions.append(Mention("directive", a + r.start, a + r.end, r.text, r.sentence, key=r.key,
                                        attrs={"kind": r.kind, "form": r.form, "code": r.code, "label": r.label},
                                        iri=r.iri))
        doc.context["directives"] = refs

    def mint(self, doc: Doc) -> None:
        refs: list[Ref] = doc.context.get("directives") or []
        if not refs:
            return
        orgs = doc.of("organization")
        main = _main_org(doc, orgs)
        org_iris = {o.iri.value for o in orgs if o.iri is not None}
        minted_orgs: set[str] = set()
        seen: set[tuple] = set()

        def fact(s, p, o, sentence):
            k = (s.value, p.value, str(o), sentence.index)
            if k not in seen:
                seen.add(k)
                doc.add_fact(s, p, o, sentence, self.name)

        described: set[str] = set()
        best: dict[str, str] = {}  # one label per directive: the fullest the document gives
        for r in refs:
            if r.form != "anaphor" and len(r.label) > len(best.get(r.iri.value, "")):
                best[r.iri.value] = r.label
        # a congress's resolution the document only ever writes without its body's name: that name, once,
        # beside the document's mention of it (the label stays the full name, whichever document gives it)
        written: dict[str, tuple[str, Sentence]] = {}
        full: set[str] = set()
        for r in refs:
            if r.form == "congress":
                w = r.info.get("written")
                if not w:
                    full.add(r.iri.value)
                elif len(w) > len(written.get(r.iri.value, ("", None))[0]):
                    written[r.iri.value] = (w, r.sentence)
        for r in refs:
            d, sent = r.iri, r.sentence
            fact(doc.iri, SCHEMA.mentions, d, sent)
            if d.value in written and d.value not in full and written[d.value][1].index == sent.index:
                fact(d, SKOS.altLabel, lit(written[d.value][0], lang="vi"), sent)
            if r.form == "anaphor":
                continue
            fact(d, RDF.type, PKG.Directive, sent)
            fact(d, RDF.type, SCHEMA.Legislation, sent)
            if d.value not in described:
                described.add(d.value)
                fact(d, RDFS.label, lit(best.get(d.value, r.label), lang="vi"), sent)
                fact(d, PKG.directiveKind, concept("directive-kind", r.kind), sent)
            if r.code:
                fact(d, PKG.code, lit(r.code), sent)
            elif r.number:
                fact(d, PKG.number, lit(r.number), sent)
            if r.date:
                fact(d, PKG.issued, lit(r.date, datatype=XSD.date), sent)
            if r.subject:
                fact(d, PKG.about, lit(r.subject, lang="vi"), sent)
            issuer = self._issuer(doc, r, org_iris, minted_orgs)
            if issuer is not None:
                fact(d, PKG.issuer, issuer, sent)
        links = _links(refs)
        links += _topic_links(refs, links)
        links += _programme_links(refs)
        links += _quoted_content_links(refs, links)
        links += _heading_list_links(refs)
        links = _in_time(links, refs)
        for s, p, o, sent in links:
            fact(s, p, o, sent)
        for org, d, sent in _implementations(doc, refs, orgs, main, links):
            fact(org, PKG.carriesOut, d, sent)

    def _issuer(self, doc: Doc, r: Ref, org_iris: set[str], minted: set[str]):
        """The issuer the text names; a central body only inferred is described but not mentioned.

        A national code is one document whichever article names it, so its issuer comes only from
        a body the text names in full: "Chỉ thị 05 của TW" says no more than the code does.
        """
        o = r.issuer_org or r.issued_by
        if o is not None and o.iri is not None:
            return o.iri
        if r.issuer_name:
            said = _explicit_issuer(r)
            if r.form == "code" and _national(r.code) and not said:
                return None
            return _central_org(doc, r.issuer_name, r.sentence, org_iris, minted, self.name, mention=said)
        return None


_GENERIC_CENTRAL = frozenset(fold(w) for w in ("Trung ương", "TW", "T.Ư", "TƯ", "T.W", "T.ư"))


# "… của Chủ tịch UBND về …", "… của Ban Thường vụ Tỉnh ủy và Chủ tịch UBND tỉnh về việc …": an issuer no
# organization mention covers (a post, two bodies) between the kind word and its subject
_ISSUER_ABOUT = regex.compile(r"^\s*,?\s*(?:của|và)\s+(?:\p{Lu}|ban (?:chấp hành|thường vụ)\s+\p{Lu})[^,;:.()“”\"]{0,50}?\s+về\s+(?:việc\s+)?")
_NAME_WORDS = 20  # words of its subject that name a document known by its issuer and subject


def _named_issuer(r: Ref) -> bool:
    """Whether the text names the reference's issuer: an organization, or a central body in full."""
    return (r.issuer_org is not None and r.issuer_org.iri is not None) or _explicit_issuer(r)


def _explicit_issuer(r: Ref) -> bool:
    """Whether the text names the central issuer itself ("của Bộ Chính trị"), not a bare "TW"."""
    said = r.info.get("issuer_said")
    return bool(said) and fold(said) not in _GENERIC_CENTRAL


def _central_spec(name: str) -> dict:
    """Kind, class and label the organizations extractor gives a central body (one IRI for both)."""
    try:
        from .organizations import patterns as org_patterns

        spec = org_patterns().central_forms.get(fold(name))
        if spec:
            return spec
    except Exception:  # the organizations patterns are optional here
        pass
    party = name in patterns().central_party
    return {"label": name, "kind": "other" if party else "central_body",
            "cls": "PartyOrganization" if party else "GovernmentOrganization"}


def _central_org(doc: Doc, name: str, sentence: Sentence, org_iris: set[str], minted: set[str], extractor: str,
                 mention: bool = True):
    """A central body ("Bộ Chính trị") named as issuer, minted as the organizations extractor mints it.

    The document mentions it only when its text names it (``mention``); an issuer inferred from
    "Nghị quyết Trung ương 4" is described and linked but not listed among the document's bodies.
    """
    spec = _central_spec(name)
    iri = organization_iri(spec["kind"], fold(spec["label"]))
    if iri.value in org_iris or iri.value in minted:
        if mention and iri.value not in org_iris and iri.value + " said" not in minted:
            minted.add(iri.value + " said")
            doc.add_fact(doc.iri, SCHEMA.mentions, iri, sentence, extractor)
        return iri
    minted.add(iri.value)
    if mention:
        minted.add(iri.value + " said")
    doc.add_fact(iri, RDF.type, ORG.Organization, sentence, extractor)
    doc.add_fact(iri, RDF.type, PKG[spec.get("cls") or "PartyOrganization"], sentence, extractor)
    doc.add_fact(iri, RDFS.label, lit(spec["label"], lang="vi"), sentence, extractor)
    doc.add_fact(iri, PKG.orgKind, concept("org-kind", spec["kind"]), sentence, extractor)
    doc.add_fact(iri, PKG.level, concept("org-level", "central"), sentence, extractor)
    if mention:
        doc.add_fact(doc.iri, SCHEMA.mentions, iri, sentence, extractor)
    return iri


# ----------------------------------------------------------------------------- links

_REL = {"continues": PKG.continues, "implements": PKG.implements, "concretizes": PKG.concretizes,
        "amends": PKG.amends, "replaces": PKG.replaces, "references": PKG.references}
_CHAIN = regex.compile(r"^\s*(?:,|và|(?:được\s+)?gắn(?:\s+(?:kết|liền|chặt))?(?:\s+chặt chẽ)?\s+với|cùng với|"
                       r"(?:,\s*)?(?:nhất là|đặc biệt là|trong đó có)(?:\s+(?:các|những))?)\s*"
                       r"(?:việc\s+)?(?:đẩy mạnh\s+(?:việc\s+)?)?(?:(?:thực hiện|chấp hành|thi hành)\s+)?$")
_PURPOSE = regex.compile(r"^\s*,?\s*(?:về|để|nhằm|nhằm mục đích)(?![\p{L}])", regex.I)
_BY = regex.compile(r"^\s*bằng\s*$")
_FRONT = regex.compile(r"^(?:[\p{L}\d/\s]{0,30}?,\s*)?(?:[\p{L}\s]{0,30}?)(?:Để\s+|Nhằm\s+|Điểm nhấn\s+)?(?:tiếp tục\s+)?(?:triển khai\s+|tổ chức\s+)?"
                       r"(?:thực hiện|triển khai|quán triệt|cụ thể hóa|cụ thể hoá)(?:\s+(?:có hiệu quả|tốt|nghiêm túc))?\s*$",
                       regex.I)


_CONCRETIZE = regex.compile(r"(?<![\p{L}])cụ thể (?:hóa|hoá)(?![\p{L}])", regex.I)
_INTO = regex.compile(r"^\s*(?:vào|trong)\s+(?:nội dung\s+(?:của\s+)?)?$")
_TAKEN_IN = regex.compile(r"(?<![\p{L}])(?:đưa|lồng ghép|gắn)\s+(?:nội dung\s+|việc\s+)*(?:thực hiện\s+|triển khai\s+)?[^,;:.]{0,20}$"
                          r"|(?<![\p{L}])(?:thực hiện|triển khai)\s+$")
_HEADS_SENTENCE = regex.compile(r"\W*$")
_MEANS_DOING = regex.compile(r"\s*,?\s*(?:chính\s+)?là\s+(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)(?![\p{L}])")


# the purpose a document states after what it is about: "… về <subject> để triển khai thực hiện <Y>"
_PURPOSE_AFTER_ABOUT = regex.compile(r"\s*,?\s*(?:để|nhằm)\s+(?:tiếp tục\s+)?(?:triển khai\s+|tổ chức\s+)?"
                                     r"(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)\s*")
# "Quy định số 86-QĐ/TW về “Thi hành chương IV, chương V Điều lệ Đảng …”": a rule for carrying out
# (parts of) another text, named in its subject, makes that text concrete
_RULES_FOR = regex.compile(r"\s*[“\"]?\s*(?:[Tt]hi hành|[Hh]ướng dẫn thi hành)\s+(?:(?:một số\s+)?(?:chương|điều|khoản|mục|phần)"
                           r"(?:\s+[\dIVXLC]+)?(?:\s*,\s*|\s+và\s+)?)*\s*(?:của\s+)?")


def _subject_at(s: str, a: Ref) -> int:
    """Where the words of what ``a`` is about start in its sentence (after "về (việc)"); the sentence's
    end when it has none."""
    words = _ABOUT.sub("", a.subject, count=1)
    at = s.find(words, a.head_end or a.end)
    return at if at >= 0 and words else len(s)


def _links(refs: list[Ref]):
    """(source, relation, target, sentence) read in one sentence each."""
    P = patterns()
    out = []
    by_sentence: dict[int, list[Ref]] = {}
    for r in refs:
        by_sentence.setdefault(r.sentence.index, []).append(r)
    for idx, rs in by_sentence.items():
        rs.sort(key=lambda r: r.start)
        s = rs[0].sentence.text
        for i, a in enumerate(rs):
            if a.form == "anaphor" and (a.target is None or a.iri is None or not _HEADS_SENTENCE.match(s[:a.start])):
                continue  # (one heading its sentence stands for the document named before: "Kế hoạch nhằm …")
            if a.form == "program" and a.target is not None and a.target.iri != a.iri:
                out.append((a.iri, PKG.implements, a.target.iri, a.sentence))
            last_rel = None
            head = a.head_end or a.end
            prev_end = head
            reach = max(a.tail_end, a.end)
            for x in rs[i + 1:]:
                if x.start < head or x.iri == a.iri or x is a.target:
                    if x is a.target:
                        prev_end = x.end
                    continue
                gap = s[prev_end:x.start]
                if last_rel is not None and _CHAIN.match(gap):
                    out.append((a.iri, _REL[last_rel], x.iri, a.sentence))
                    prev_end = x.end
                    continue
                gap_all = s[head:x.start]
                if last_rel is None and a.form in ("code", "bare") and a.kind in _PLAN_KINDS + ("cong-van",) \
                        and _PLAN_PURPOSE.fullmatch(s, max(reach, prev_end), x.start):
                    # "ban hành Kế hoạch số 15-KH/HU (ngày 3/5/2021) (để) triển khai thực hiện <X>"
                    rel = next((name for name, cue in P.link_cues if cue.search(s, max(reach, prev_end), x.start)),
                               "implements")
                    out.append((a.iri, _REL[rel], x.iri, a.sentence))
                    last_rel = rel
                    prev_end = x.end
                    continue
                if last_rel is None and a.kind in ("quy-dinh", "huong-dan") and a.subject and head < x.start < reach \
                        and x.kind in _RULE_KINDS + ("dieu-le", "luat") \
                        and _RULES_FOR.fullmatch(s, _subject_at(s, a), x.start):
                    out.append((a.iri, PKG.concretizes, x.iri, a.sentence))  # "Quy định … về “Thi hành … Điều lệ Đảng”"
                    break
                if a.form in ("code", "bare") and x.start > reach > head \
                        and _PURPOSE_AFTER_ABOUT.fullmatch(s, max(reach, prev_end), x.start):
                    # "ban hành Công văn số 12-CV/TU về … theo tinh thần <B> để triển khai thực hiện <C>": a implements C
                    out.append((a.iri, PKG.implements, x.iri, a.sentence))
                    break
                if x.start > reach + 1 and (len(gap_all.split()) > 3 or _rx(r"[;.]").search(gap_all)) and not (
                        a.form == "anaphor" and _PURPOSE.match(gap_all) and len(gap_all.split()) <= 8
                        and not _rx(r"[;.,]").search(gap_all)):
                    break
                if not (_PURPOSE.match(gap_all) or a.form == "described" or
                        (len(gap_all.split()) <= 3 and not _rx(r"[,;]").search(gap_all))):
                    break
                rel = None
                for name, cue in P.link_cues:
                    if cue.search(gap):
                        rel = name
                        break
                if rel is None:
                    break
                out.append((a.iri, _REL[rel], x.iri, a.sentence))
                last_rel = rel
                prev_end = x.end
        # "đưa việc thực hiện <X> vào <Y>", "kiểm tra thực hiện <X> trong <Y>": the plan Y takes X in
        for i, x in enumerate(rs[:-1]):
            y = rs[i + 1]
            if y.form != "anaphor" and y.kind in _PLAN_KINDS and y.iri != x.iri and x.form != "anaphor" \
                    and _INTO.match(s[max(x.end, x.tail_end):y.start]) and _TAKEN_IN.search(s[max(0, x.start - 60):x.start]):
                out.append((y.iri, PKG.implements, x.iri, y.sentence))
        # "cụ thể hóa <X> bằng <Y>": Y concretizes X
        for i, x in enumerate(rs[:-1]):
            y = rs[i + 1]
            if _BY.match(s[x.end:y.start]) and _rx(r"cụ thể (?:hóa|hoá)\s*$").search(s[:x.start]) and y.iri != x.iri:
                out.append((y.iri, PKG.concretizes, x.iri, y.sentence))
        # "thực hiện tốt <A> là thực hiện một chủ trương … của <B>": A implements B
        for i, a in enumerate(rs[:-1]):
            if a.form == "anaphor" or not _rx(r"(?:thực hiện|triển khai)(?:\s+(?:tốt|có hiệu quả|nghiêm túc))?\s*$").search(
                    s[max(0, a.start - 30):a.start]):
                continue
            cop = _MEANS_DOING.match(s, max(a.end, a.tail_end))
            if cop is None:
                continue
            for b in rs[i + 1:]:
                if b.start >= cop.end() and b.form != "anaphor" and b.iri != a.iri \
                        and not _rx(r"[;.]").search(s, cop.end(), b.start):
                    out.append((a.iri, PKG.implements, b.iri, a.sentence))
        # "Thực hiện <X>, <org> … ban hành <Y>": Y implements X (and each document listed with X:
        # "Năm 2021, thực hiện <X>; <W>, <org> ban hành <Y>")
        first = rs[0]
        if first.form != "described" and _FRONT.match(s[:first.start]):
            listed = _fronted_list(rs, s)
            last = listed[-1]
            # (the fronted clause ends at a comma, or at a semicolon: "Thực hiện <X> về …; <org> ban hành <Y>")
            cm = _rx(r"[,;]").search(s, max(last.end, last.tail_end if last.form != "anaphor" else last.end))
            comma = cm.start() if cm else -1
            if comma > 0:
                for y in rs[1:]:
                    if y.start > comma and y.form != "anaphor" and y.iri != first.iri and \
                            _issued_before(s, y.start):
                        # "… ban hành Kế hoạch <Y> và Hướng dẫn <Z>": each document the verb issues
                        # ("Để cụ thể hóa <X>, …": Y concretizes X)
                        rel = PKG.concretizes if _CONCRETIZE.search(s, 0, first.start) else PKG.implements
                        for z in _fronted_list(rs[rs.index(y):], s):
                            out.extend((z.iri, rel, x.iri, z.sentence) for x in listed if x.iri != z.iri)
                        break
    return out


def _heading_list_links(refs: list[Ref]) -> list:
    """"Thực hiện <A>; <B>." heading a paragraph, then "<org> đã ban hành <Y>" in the sentence right
    after it: Y carries out every document the heading lists."""
    by_sentence: dict[int, list[Ref]] = {}
    for r in refs:
        by_sentence.setdefault(r.sentence.index, []).append(r)
    out = []
    for idx, rs in by_sentence.items():
        rs = sorted(rs, key=lambda r: r.start)
        s = rs[0].sentence.text
        if rs[0].form == "described" or not _FRONT.match(s[:rs[0].start]) or idx + 1 not in by_sentence:
            continue
        listed = _fronted_list(rs, s)
        if len(listed) < len(rs) or _ISSUE_ANY.search(s, max(listed[-1].end, listed[-1].tail_end)):
            continue  # the sentence goes on to say what was done: read in it
        for y in sorted(by_sentence[idx + 1], key=lambda r: r.start):
            if y.form != "anaphor" and y.kind in _PLAN_KINDS + ("cong-van",) and y.iri is not None \
                    and _issued_before(y.sentence.text, y.start):
                out.extend((y.iri, PKG.implements, x.iri, y.sentence) for x in listed
                           if x.iri is not None and x.iri != y.iri)
                break
    return out


_ISSUE_ANY = regex.compile(r"(?<![\p{L}])(?:ban hành|xây dựng|đề ra|thông qua|triển khai|tổ chức)(?![\p{L}])")
# what a plan named by its code says it is for, right after the code (and its date)
_PLAN_PURPOSE = regex.compile(r"\s*(?:,?\s*ngày\s+\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}\s*(?:[/.-]|\s+năm\s+)\s*\d{4}\s*,?\s*)?"
                              r"(?:(?:để|nhằm)\s+)?(?:(?:hướng dẫn|chỉ đạo)\s+)?(?:tiếp tục\s+)?(?:(?:triển khai|tổ chức)\s+)?"
                              r"(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá|quán triệt)\s*")
_LIST_GAP = regex.compile(r"\s*(?:[;,]\s*(?:và\s+)?|và\s+)")


def _fronted_list(rs: list[Ref], s: str) -> list[Ref]:
    """The documents listed one after another from the sentence's first ("<A>; <B> và <C>")."""
    listed = [rs[0]]
    for r in rs[1:]:
        prev = listed[-1]
        if r.form in ("anaphor", "described") or r.start < max(prev.end, prev.tail_end) \
                or not _LIST_GAP.fullmatch(s, max(prev.end, prev.tail_end), r.start):
            break
        listed.append(r)
    return listed


_CONTENT_HEAD = regex.compile(r"^\W*(?:Nội dung|Toàn văn|Nguyên văn)\s+$")
_CONTENT_TAIL = regex.compile(r"^\s*(?:này\s+)?như sau\s*:?\s*$")
_CITED_FORMS = ("code", "bare", "plenum", "congress", "titled")


def _quoted_content_links(refs: list[Ref], links: list) -> list:
    """An article that reproduces a document ("Nội dung Chỉ thị như sau: …") gives its text: the
    directives named there are ones the document references (unless a link says more)."""
    head = next((r for r in refs if r.iri is not None and _CONTENT_TAIL.match(r.sentence.text[max(r.end, r.tail_end):])
                 and _CONTENT_HEAD.match(r.sentence.text[:r.start])), None)
    if head is None:
        return []
    linked = {(a.value, b.value) for a, _, b, _ in links}
    out, seen = [], set()
    for r in refs:
        if r.sentence.index > head.sentence.index and r.form in _CITED_FORMS and r.iri is not None \
                and r.iri != head.iri and r.iri.value not in seen and (head.iri.value, r.iri.value) not in linked:
            seen.add(r.iri.value)
            out.append((head.iri, PKG.references, r.iri, r.sentence))
    return out


_PLAN_OF = regex.compile(r"\s*(?:(?:để|nhằm)\s+)?(?:(?:triển khai|tổ chức)\s+)?(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)\s*")


def _in_time(links: list, refs: list[Ref]) -> list:
    """Links a document's date allows: no document implements, continues or amends one issued after it
    ("Kế hoạch … ngày 30/11/2016 … thực hiện Kết luận A … và Kết luận B ngày 14/8/2017": B is not the plan's)."""
    dated = {r.iri.value: r.date for r in refs if r.date and r.iri is not None and r.form != "anaphor"}
    return [(a, rel, b, sent) for a, rel, b, sent in links
            if rel == PKG.references or not (dated.get(a.value, "9") < dated.get(b.value, ""))]


def _topic(refs: list[Ref]) -> Ref | None:
    """The directive a document is about: named clearly more often than any other."""
    counts = Counter(r.iri.value for r in refs if r.iri is not None and r.form != "described")
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [("", 0)]
    if n < 3 or n < 2 * rest[0][1]:
        return None
    return next(r for r in refs if r.iri is not None and r.iri.value == best and r.form != "anaphor")


_PLAN_KINDS = ("ke-hoach", "chuong-trinh-hanh-dong", "quyet-dinh", "huong-dan", "de-an", "other")


def _topic_links(refs: list[Ref], links: list) -> list:
    """A plan or decision an organization issued while the article tells of one directive, that
    names no directive of its own, implements the article's directive."""
    topic = _topic(refs)
    if topic is None:
        return []
    linked = {s.value for s, _, _, _ in links}
    out = []
    for r in refs:
        owned = r.kind in _OBJECT_KINDS and bool(_OWNED.search(r.title))  # "chương trình … của Đảng bộ"
        if r.form == "described" and r.kind in _PLAN_KINDS and r.iri.value not in linked and \
                (r.issued_by is not None or owned) and r.iri != topic.iri and \
                (r.sentence.start + r.start) > (topic.sentence.start + topic.start):
            out.append((r.iri, PKG.implements, topic.iri, r.sentence))
    return out


# ----------------------------------------------------------------------------- implementations

_OBJECT_BEFORE = regex.compile(r"(?:của|đối với|cho|với|tại|ở|trong|thuộc|giúp|và các|các|về|sau|chỉ đạo|"
                               r"lãnh đạo|hướng dẫn|yêu cầu|đề nghị)\s*$")
_GENERIC_AGENT = regex.compile(
    r"^\W*(?:\p{L}+\s+){0,2}?(?:[Nn]hiều|[Cc]ác|[Mm]ột số|[Hh]ầu hết|[Tt]oàn Đảng|[Tt]oàn xã hội|[Hh]ội nghị|[Đđ]oàn kiểm tra|"
    r"[Đđ]oàn công tác|[Cc]ấp ủy các cấp|[Mm]ỗi)(?:\s+(?:cấp ủy|địa phương|đơn vị|ban|bộ|ngành|tổ chức|tỉnh|huyện|"
    r"cơ quan|đảng bộ|chi bộ|ý kiến)|(?=\s))")
_NEGATION = regex.compile(r"(?<![\p{L}])(?:chưa|không|chẳng|thiếu)\s+(?:(?:được|có|nghiêm túc|kịp thời)\s+)?$", regex.I)
# "Từ khi có <X>", "Sau khi Bộ Chính trị ban hành <X>": the body in the main clause acts on it
_SINCE = r"(?:Ngay\s+|Chỉ\s+)?(?:sau khi|từ khi|khi)(?:\s+có|\s+[\p{L}\s]{2,40}?\s+ban hành)?\s*$"
_TEMPORAL = regex.compile(r"[:;“\"]\s*" + _SINCE, regex.I)
_TEMPORAL_START = regex.compile(r"(?:^|[:;“\"])\s*" + _SINCE, regex.I)
_RANK = {"central": 0, "province": 1, "district": 2, "commune": 3, "village": 4}


def _issuer_of(r: Ref) -> Mention | None:
    t = r.target if r.form == "anaphor" and r.target is not None else r
    return t.issuer_org or t.issued_by


def _implicit_doer(x: Ref, main: Mention | None, main_is_focus: bool = True) -> Mention | None:
    """Who carries out a directive when the clause names no one: the article's body (when the
    article keeps naming it) — or, for a local party committee's own resolution told of from
    below, that committee."""
    iss = _issuer_of(x)
    if x.issuer_org is not None and x.issuer_org.sentence.index == x.sentence.index:
        iss = None  # "Quy định 18-QĐ/TU của Tỉnh ủy": "của" names who issued it, not who carries it out
    if iss is not None and main is not None and iss.iri is not None and iss.iri != main.iri \
            and _org_kind(iss) in ("party_committee", "executive_committee") \
            and _RANK.get(_org_level(iss), 9) < _RANK.get(_org_level(main), 9) and _org_level(iss) != "central":
        return iss
    return main if main_is_focus else None


_FOCUS_MENTIONS = 3
_BODY_WORDS = frozenset("đảng bộ ủy huyện tỉnh thành chi ban thường vụ chấp hành xã".split())


_ENUMERATOR = regex.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+(?=\p{Lu})")


def _bare_clause(s: str, cue_at: int, refs: list | None = None) -> bool:
    """Whether the clause of the verb names no doer of its own, so the article's body is meant.

    A doer is a capitalised name that is not the article's own party body ("Đảng bộ", "Huyện ủy"):
    "NHCSXH tỉnh đã thực hiện Chỉ thị" names one, "Tiếp tục triển khai Chỉ thị" does not.
    """
    head = s[:cue_at]
    numbered = _ENUMERATOR.match(head)  # "1. Kết quả thực hiện <X>": a numbered heading names no doer
    if numbered is not None:
        head = " " * numbered.end() + head[numbered.end():]
    for r in refs or ():  # a directive named earlier in the clause is not its doer
        if r.end <= cue_at:
            head = head[:r.start] + "x" * (r.end - r.start) + head[r.end:]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind("("))
    words = head[cut + 1:].split()[:4]  # the doer heads its clause
    for i, w in enumerate(words):
        w = w.strip("“”\"'")
        if not w or not w[0].isupper():
            continue
        if i == 0 and (len(w) == 1 or w[1:].islower()) and not (len(words) > 1 and words[1][:1].isupper()
                                                                 and words[1].lower() not in _BODY_WORDS):
            continue
        if w.lower() in _BODY_WORDS:
            continue
        return False
    return True


# "… Nghị quyết X về <subject> và Chỉ thị Y": the second document joins the first one's verb
# ("… về <subject> và việc chấp hành <Y>": the same verb, said again)
_AFTER_ABOUT = regex.compile(r"^\s*(về\s[^;:.()“”\"]{3,100}?)(?:\s+và|,)\s*"
                             r"(?:(?:việc\s+)?(?:thực hiện|chấp hành|thi hành|triển khai|quán triệt)\s+)?$")


_JOINED_WITH = regex.compile(r"^\s*,\s*(?:(?:được\s+)?gắn(?:\s+(?:kết|liền))?\s+với|cùng với)\s*$")


_WITH_GAP = regex.compile(r"^\s*với\s*$")
_TIED_BEFORE = regex.compile(r"(?<![\p{L}])gắn(?:\s+(?:kết|liền|chặt))?(?:\s+chặt chẽ)?\s+(?:việc\s+)?[^,;:.()“”\"]{0,30}$")


def _tied_with(s: str, a: Ref, b: Ref) -> bool:
    """"gắn chặt thực hiện <A> với <B>": the two are carried out together."""
    return any(_WITH_GAP.match(s[at:b.start]) for at in _after_ref(a)) \
        and _TIED_BEFORE.search(s, max(0, a.start - 40), a.start) is not None


def _chained_after_about(gap: str, P) -> bool:
    m = _AFTER_ABOUT.match(gap)
    return m is not None and P.carry_near_re.search(m.group(1)) is None


_PURSUED_KINDS = ("de-an", "ket-luan", "nghi-quyet")


def _pursued(x: Ref, s: str, P) -> bool:
    """A project, conclusion or resolution named by its content right after a verb of carrying
    out ("tập trung triển khai thực hiện Đề án …") is carried out, like one named by its code."""
    return x.kind in _PURSUED_KINDS and P.carry_re.search(s[max(0, x.start - 60):x.start]) is not None


_DIRECTS = regex.compile(r"\s*(?:đã\s+|cũng\s+)?(?:chỉ đạo|yêu cầu|phát động|kêu gọi)\s*$")
_VAGUE_FIRST = regex.compile(r"\s+(?:các\s+)?(?:nghị quyết|chỉ thị|kết luận|quy định)(?![\p{L}])[^,;:.()“”\"]{0,40}?"
                             r"(?:\s(?:và|cùng)|,)\s*$", regex.I)
_PLAN_FIRST = regex.compile(r"\s+(?:(?:các|những)\s+)?(?:kế hoạch|chương trình|hướng dẫn|đề án|văn bản)(?![\p{L}])"
                         r"[^,;:.()“”\"]{0,150}?\s(?:và|cùng)\s+")
_PLAN_FIRST_REACH = 220
# "quán triệt <A> và các kế hoạch của Huyện ủy, nghị quyết chuyên đề của Đảng ủy, nhất là <B>":
# documents the text names too loosely to be read stand between two of one list, one verb for them all
_LOOSE_ITEM = (r"(?:(?:các|những)\s+)?(?:[Nn]ghị quyết|[Cc]hỉ thị|[Kk]ết luận|[Qq]uy định|[Cc]hương trình(?:\s+hành động)?|"
               r"[Kk]ế hoạch|[Hh]ướng dẫn|[Đđ]ề án)(?![\p{L}])"
               r"(?:(?!\s(?:đã|được|là|sẽ|đang|bị|thì|mà)\s)[^;:.!?()“”\"]){0,60}?")
_UNNAMED_BETWEEN = regex.compile(r"(?:(?:\s*(?:,|và)\s*|\G)" + _LOOSE_ITEM + r")+\s*(?:,|và)\s*"
                                 r"(?:(?:nhất là|đặc biệt là|trong đó có)\s+)?(?:việc\s+)?")
# "đưa <X> vào cuộc sống", "để <X> (sớm) đi vào cuộc sống / thực tiễn": bringing a directive to life is carrying it out
_INTO_LIFE_BEFORE = regex.compile(r"(?<![\p{L}])(?:đưa|[Đđ]ể)\s+(?:các\s+|những\s+)?$")
_INTO_LIFE_AFTER = regex.compile(r"[^;:.!?()“”\"]{0,40}?\s(?:(?:sớm|nhanh chóng|thực sự|thật sự)\s+)?(?:đi\s+)?vào\s+"
                                 r"(?:cuộc sống|thực tiễn|thực tế)(?![\p{L}])")
_LOOSE_BEFORE = regex.compile(r"(?:theo|của|mục tiêu|chỉ tiêu|nhiệm vụ|tinh thần)(?:\s+mà)?\s*$")


_RULE_KINDS = ("nghi-quyet", "chi-thi", "ket-luan", "quy-dinh", "nghi-dinh")


# what a list of documents after a colon is introduced by: a verb of carrying out, what is carried out, a colon
_INTRO_TAIL = regex.compile(r"[^.;:!?()“”\"]{0,100}?(?:,?\s*(?:gồm|bao gồm|như|sau(?: đây)?|cụ thể(?: là)?|là))?\s*:\s*$")
_LIST_JOINS = regex.compile(r"^[\s,;\-–+•]*(?:(?:và|cùng)[\s,;\-–+•]*)?$")


def _list_intro(s: str, x: Ref, rs: list[Ref], P):
    """The verb introducing a list of documents after a colon that runs on to <x> ("… đã quán triệt
    12 văn bản của Trung ương, tỉnh như: <A>; <B>; <x>"): every item is carried out as the verb says."""
    colon = s.rfind(":", 0, x.start)
    if colon < 0:
        return None
    at = colon + 1
    for r in rs:  # between the colon and x: nothing but documents and what joins them
        if r is x or r.start < at:
            continue
        if r.start >= x.start:
            break
        if not _LIST_JOINS.match(s[at:r.start]):
            return None
        at = max(at, r.end, r.tail_end)
    if not _LIST_JOINS.match(s[at:x.start]):
        return None
    head = s[:colon + 1]
    cut = max(head.rfind(".", 0, colon), head.rfind(";", 0, colon), head.rfind(":", 0, colon)) + 1
    verb = None
    for verb in P.carry_near_re.finditer(head, cut):
        if _INTRO_TAIL.fullmatch(head, verb.end()):
            return verb
    return None


_BULLET = regex.compile(r"^\s*[-–+•]\s*")
_BULLETS_BACK = 12  # bullet lines back to the sentence that introduces them


def _bulleted_lists(doc: Doc, by_sentence: dict, org_by_sentence: dict, main: Mention | None) -> list:
    """Documents listed one per bullet line under a sentence that introduces them with a verb of
    carrying out and a colon ("Đảng ủy xã Y đã triển khai các văn bản sau:" / "- <A>;" / "- <B>."):
    the introducing sentence's subject (or the article's body, when it names none) carries each out."""
    P = patterns()
    out = []
    for idx, rs in by_sentence.items():
        s = rs[0].sentence.text
        if not _BULLET.match(s):
            continue
        at = _BULLET.match(s).end()
        for r in sorted(rs, key=lambda r: r.start):
            if r.start < at:
                continue
            if not _LIST_JOINS.match(s[at:r.start]):
                break
            at = max(at, r.end, r.tail_end)
        k = idx - 1
        while k >= 0 and idx - k <= _BULLETS_BACK and _BULLET.match(doc.sentences[k].text):
            k -= 1
        if k < 0 or not doc.sentences[k].text.rstrip().endswith(":"):
            continue
        head = doc.sentences[k]
        t = head.text.rstrip()
        cut = max(t.rfind(".", 0, len(t) - 1), t.rfind(";", 0, len(t) - 1), t.rfind(":", 0, len(t) - 1)) + 1
        verb = next((v for v in P.carry_near_re.finditer(t, cut) if _INTRO_TAIL.fullmatch(t, v.end())), None)
        if verb is None:
            continue
        doer = None
        for o in org_by_sentence.get(k, ()):
            b = o.end - head.start
            if o.start - head.start >= cut and b <= verb.start() and ";" not in t[b:verb.start()] \
                    and len(t[b:verb.start()].split()) <= 8 and not _OBJECT_BEFORE.search(t[max(0, o.start - head.start - 12):o.start - head.start]):
                doer = o
        if doer is None and main is not None and _bare_clause(t, verb.start()):
            doer = main
        if doer is None or doer.iri is None:
            continue
        for r in rs:
            if r.iri is not None and r.form != "anaphor" and r.end <= at:
                out.append((doer.iri, r.iri, r.sentence))
    return out


def _by_issuer(x: Ref) -> bool:
    """"chỉ thị của Ban Thường vụ Tỉnh ủy về …": a rule named by its issuer and subject, for others to carry out."""
    return bool(x.info.get("kind_end")) and x.kind in _RULE_KINDS and bool(x.issuer_org or x.issuer_name)


def _focus_mentions(doc: Doc, orgs: list[Mention], main: Mention) -> int:
    """How often the article names its body: by name, by its organs ("Ban Dân vận Huyện ủy Y"), and by
    its place heading the title ("Huyện Y tổng kết …")."""
    n = sum(1 for o in orgs if o.iri is not None and (o.iri == main.iri or (o.attrs.get("parent_iri") == main.iri
                                                                           and _org_kind(o) in _ORGAN_KINDS)))
    place = main.attrs.get("place_iri")
    if place is not None and _org_kind(main) == "party_committee" and doc.sentences \
            and not any(o.iri == main.iri and o.sentence.index == 0 for o in orgs):
        first = doc.sentences[0]
        n += any(p.iri == place and p.sentence.index == 0 and _TITLE_HEAD.match(first.text, 0, p.start - first.start)
                 for p in doc.of("place"))
    return n


# a steering board named for the directive it sees carried out ("Ban Chỉ đạo của Tỉnh ủy về thực hiện …");
# not a board set up for a purpose ("kiện toàn Ban Chỉ đạo để thực hiện …": its maker is the doer)
_BOARD_FOR = regex.compile(r"(?<![\p{L}])Ban [Cc]hỉ đạo(?:\s+(?:(?!(?:đã|đang|sẽ|vừa|cũng|tiếp tục|tập trung|chỉ đạo|lãnh đạo|tổ chức|"
                           r"đề ra|ban hành|xây dựng|để|nhằm)(?![\p{L}]))[^\s,;:.()“”\"]+)){0,12}?\s+(?:về\s+)?(?:việc\s+)?$")
_ORGAN_KINDS = ("standing_committee", "executive_committee", "inspection_committee", "organization_commission",
                "propaganda_commission", "mass_mobilization_commission")
_TITLE_HEAD = regex.compile(r"\W*(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hị trấn)?\s*$")


def _implementations(doc: Doc, refs: list[Ref], orgs: list[Mention], main: Mention | None, links: list):
    P = patterns()
    out = []
    by_sentence: dict[int, list[Ref]] = {}
    for r in refs:
        by_sentence.setdefault(r.sentence.index, []).append(r)
    org_by_sentence: dict[int, list[Mention]] = {}
    for o in orgs:
        if o.iri is not None:
            org_by_sentence.setdefault(o.sentence.index, []).append(o)
    # an article that names its body once or twice (in a speaker's title, say) is not about it
    focus = main is not None and _focus_mentions(doc, orgs, main) >= _FOCUS_MENTIONS
    done_in: dict[int, list] = {}  # sentence index -> (directive, its doer) read there
    generic: dict[int, list[Ref]] = {}  # sentence index -> directives carried out by bodies in general
    for idx, rs in by_sentence.items():
        rs.sort(key=lambda r: r.start)
        sentence = rs[0].sentence
        s = sentence.text
        sorgs = org_by_sentence.get(idx, [])
        carried: list[Ref] = []
        doers_of: dict[int, list] = {}  # id(ref) -> the IRIs of who carries it out, as read here

        def sorgs_before(at: int, sorgs=sorgs, sentence=sentence) -> bool:
            return any(o.start - sentence.start < at for o in sorgs)

        # "Kế hoạch số 48 … của <org> thực hiện Kết luận số 21 …": the document a plan carries out is
        # part of the plan's name (a list the plan heads runs on after it)
        plan_of: dict[int, Ref] = {}
        plan_end: dict[int, int] = {}
        for a, y in zip(rs, rs[1:]):
            if a.kind in _PLAN_KINDS and a.form not in ("anaphor", "described") and y.form != "anaphor" \
                    and _PLAN_OF.fullmatch(s, max(a.end, a.tail_end), y.start):
                plan_of[id(y)] = a
                plan_end[id(a)] = max(y.end, y.tail_end)
        last_subj: Mention | None = None  # the doer named by the last clause that carried a directive out
        fronted = _fronted_list(rs, s) if rs[0].form != "described" and _FRONT.match(s[:rs[0].start]) else rs[:1]
        for x in rs:
            if x.form == "described" and x.kind not in _OBJECT_KINDS and not x.info.get("by_subject") \
                    and not x.info.get("campaign") and not _by_issuer(x) and not (
                    _pursued(x, s, P) or (carried and carried[-1].kind in _PURSUED_KINDS
                                          and _CHAIN.match(s[carried[-1].end:x.start]))):
                continue  # a plan named by its content is its issuer's own; a rule or programme is carried out
            before = s[:x.start]
            window = before[-90:]
            cue = P.carry_re.search(window)
            cue_off = len(before) - len(window)
            if cue is None and x.form == "congress" and x.issuer_org is not None and x.issuer_org.iri is not None and (
                    (_TARGETS_OF.search(before) and _MET_AFTER.match(s, max(x.end, x.tail_end)))
                    or _MET_BEFORE.search(before) or (_SETS_TARGETS.match(s, max(x.end, x.tail_end))
                                                      and (main is None or main.iri == x.issuer_org.iri))):
                # "Các chỉ tiêu Nghị quyết Đại hội … đề ra đều đạt và vượt", "… vượt so với mục tiêu Nghị quyết
                # Đại hội … đề ra": the congress's own body met them; "Nghị quyết Đại hội … đặt ra mục tiêu …":
                # the targets its body works to, when the article is about that body
                o = x.issuer_org
                doers_of[id(x)] = [o.iri]
                out.append((o.iri, x.iri, sentence))
                done_in.setdefault(idx, []).append((x, o))
                carried.append(x)
                continue
            if cue is None and _LOOSE_BEFORE.search(window):
                near = list(P.carry_near_re.finditer(window))
                if near and not _rx(r"[;.:]").search(window[near[-1].start():]) and \
                        len(window[near[-1].start():].split()) <= 16:
                    cue = near[-1]
            if cue is None:  # "triển khai Nghị quyết Trung ương Đảng và <X>": one verb, a vaguer name first
                near = list(P.carry_near_re.finditer(window))
                if near and _VAGUE_FIRST.match(window, near[-1].end()):
                    cue = near[-1]
            if cue is None and x.form != "described":  # "triển khai kế hoạch học tập … và <X>": a plan first
                wide = before[-_PLAN_FIRST_REACH:]
                for v in reversed(list(P.carry_near_re.finditer(wide))):  # (the plan's name may hold such a verb)
                    if _PLAN_FIRST.fullmatch(wide, v.end()):
                        cue, cue_off = v, len(before) - len(wide)
                        break
            if cue is None and x.info.get("campaign"):  # "đẩy mạnh phong trào thi đua …": a campaign is pursued
                cue_off = max(0, len(before) - 40)
                cue = _PUSHED.search(before, cue_off)
                if cue is not None:
                    cue_off = 0
            if cue is None:  # "Để đưa <X> vào cuộc sống, <org> …", "<org> … để <X> sớm đi vào cuộc sống"
                life = _INTO_LIFE_BEFORE.search(window)
                if life is not None and _INTO_LIFE_AFTER.match(s, max(x.end, x.tail_end)):
                    cue = life
            if cue is None:  # "quán triệt các văn bản của Trung ương, gồm: <A>, <B>; <X>": a list after a colon
                intro = _list_intro(s, x, rs, P)
                if intro is not None:
                    cue, cue_off = intro, 0
            if cue is None:  # "Từ khi có <X>, <org> …"
                cue_off = max(0, len(before) - 60)
                cue = (_TEMPORAL_START if cue_off == 0 else _TEMPORAL).search(before[cue_off:])
            chained = bool(carried) and (_CHAIN.match(s[carried[-1].end:x.start]) or
                                         _CHAIN.match(s[max(carried[-1].end, carried[-1].tail_end):x.start])
                                         or (id(carried[-1]) in plan_end and x.start >= plan_end[id(carried[-1])]
                                             and _CHAIN.match(s[plan_end[id(carried[-1])]:x.start]))
                                         or _chained_after_about(s[carried[-1].end:x.start], P)
                                         or _JOINED_WITH.match(s[max(carried[-1].end, carried[-1].tail_end):x.start])
                                         or _tied_with(s, carried[-1], x)
                                         or _UNNAMED_BETWEEN.fullmatch(s, carried[-1].start if carried[-1].form == "anaphor"
                                                                       else max(carried[-1].end, carried[-1].tail_end), x.start)
                                         or (carried[-1] in fronted and x in fronted))
            if not (cue or chained):
                by = _passive_doer(s, sentence, sorgs, x)
                if by is not None:  # "<X> được Đảng bộ xã triển khai sâu rộng"
                    doers_of[id(x)] = [by.iri]
                    out.append((by.iri, x.iri, sentence))
                    done_in.setdefault(idx, []).append((x, by))
                    carried.append(x)
                continue
            host = next((a for a in rs if a is not x and a.form != "anaphor"
                         and (a.head_end or a.end) <= x.start <= max(a.tail_end, a.end)), None)
            if host is None:
                host = plan_of.get(id(x))
            if host is not None and not chained:
                continue  # "Kế hoạch … thực hiện <X>": the plan's issuer, read from the link below
            if chained and (cue is None or cue_off + cue.start() > carried[-1].start) and doers_of.get(id(carried[-1])):
                # "trong thực hiện <A> … và việc chấp hành <B>": the verb said again, the same doers
                doers_of[id(x)] = doers_of[id(carried[-1])]
                out.extend((iri, x.iri, sentence) for iri in doers_of[id(x)])
                carried.append(x)
                continue
            cue_at = (cue_off + cue.start()) if cue else carried[-1].start
            if cue is not None and x.kind == "quyet-dinh" and cue.group().lower().startswith("căn cứ"):
                continue  # "Căn cứ Quyết định số …, đồng chí A giữ chức …": the ground of an appointment
            if _NEGATION.search(s[max(0, cue_at - 16):cue_at]):
                continue  # "chưa thực hiện nghiêm túc Nghị quyết …"
            if carried and _COPULA.search(s[max(0, cue_at - 6):cue_at]):
                continue  # "thực hiện <A> là thực hiện … <B>": what doing A means, not a second task
            clause_at = max(s.rfind(",", 0, cue_at), s.rfind(";", 0, cue_at), s.rfind(":", 0, cue_at)) + 1
            if _GENERIC_BODIES.search(s, clause_at, cue_at):  # "các cấp ủy … đã cụ thể hóa <X>"
                generic.setdefault(idx, []).append(x)
            board = _BOARD_FOR.search(s, max(0, cue_at - 80), cue_at)
            if board is not None and any(o.start - sentence.start == board.start() for o in sorgs):
                board = None  # (a board the text names as a body: read as any other doer)
            if board is not None:  # "Trưởng Ban chỉ đạo … về thực hiện <X>": the board's name, not a deed
                named = next((o for o in sorgs if board.start() < o.start - sentence.start < cue_at), None)
                if named is not None and named.iri is not None:
                    doers_of[id(x)] = [named.iri]
                    out.append((named.iri, x.iri, sentence))
                    carried.append(x)
                continue
            subj = _subject(s, sentence, sorgs, cue_at, x, rs, orgs, doc.of("place"))
            if subj is not None:  # "Phó Bí thư Thị ủy, Chủ tịch UBND thị xã phát biểu: … quán triệt Chỉ thị 35-CT/TW"
                subj = _speakers_party_body(s, sentence, sorgs, subj, cue_at, x)
                subj = _paired_with_place(doc, s, sentence, subj, orgs) or subj
            elif not carried:  # "Thực hiện <X> của <org> về … . Ngày 12/9, chi bộ thôn Y tổ chức …"
                subj = _next_sentence_subject(doc, s, sentence, sorgs, cue_at, x, org_by_sentence, rs)
                if subj is not None and x.issuer_org is not None and subj.iri == x.issuer_org.iri:
                    continue  # (the issuer following its own document: named as its issuer already)
            if subj is None:  # "Việc học tập … trong <org> được gắn với thực hiện <X>": the body the work is done in
                subj = _work_done_in(s, sentence, sorgs, cue_at)
            if subj is None and not sorgs_before(cue_at):  # "Thực hiện <X>, cấp ủy các cấp của huyện Y đã …"
                terr = _territory_body(doc, s, sentence, cue_at, x, orgs, main)
                if terr is not None:
                    doers_of[id(x)] = [terr]
                    out.append((terr, x.iri, sentence))
                    carried.append(x)
                    continue
            extra: list[Mention] = []  # doers read beside the subject
            if subj is None and main is not None:  # "chính quyền xã đã triển khai <X>": the people's committee
                gov, paired = _local_government(s, sentence, sorgs, cue_at, main, orgs)
                if gov is not None and paired and _org_kind(main) == "party_committee":
                    subj = main  # "cấp ủy, chính quyền xã …": the party body and the people's committee
                    if gov.iri is not None:
                        extra.append(gov)
                elif gov is not None and gov.iri is None:
                    continue  # (one the article does not name: not the party body either)
                else:
                    subj = gov
            elif subj is not None and main is not None:  # "Đảng ủy, chính quyền xã …"
                gov = _government_after(s, sentence, subj, main, orgs)
                if gov is not None:
                    extra.append(gov)
            if subj is None:  # "Thôn X … là thôn có nhiều thành tích trong việc thực hiện <X>": that place's party body
                subj = _achiever_place_body(doc, sentence, cue_at, orgs)
            if subj is None:  # "Cấp ủy, chính quyền xã Y đã triển khai <X>": Y's party body, when the text names it
                subj = _place_bodies_head(doc, s, sentence, cue_at, orgs)
            if subj is None and main is not None and _headed_by_own_place(doc, sentence, cue_at, main,
                                                                            timed=not x.info.get("campaign")):
                subj = main  # "Đà Nẵng đang tập trung thực hiện <X>": the place stands for its party body
            if subj is None and last_subj is not None and carried and _bare_clause(s, cue_at, rs) \
                    and _rx(r",").search(s, carried[-1].end, cue_at) and not _rx(r"[;:.]").search(s, carried[-1].end, cue_at) \
                    and _NEXT_CLAUSE.match(s, s.rfind(",", 0, cue_at) + 1):
                subj = last_subj  # "<org> triển khai <X>, chủ động làm việc với … đưa nội dung <X> …": the same doer
            if subj is None and last_subj is not None and carried and x.info.get("campaign") \
                    and _rx(r"^;\s*$").match(s[s.rfind(";", 0, cue_at):cue_at]) \
                    and not _rx(r"[:.]").search(s, carried[-1].end, cue_at):
                subj = last_subj  # "<org> thực hiện <X> …; đẩy mạnh phong trào …": the next task, the same doer
            if subj is None:  # "Hội nghị sơ kết … thực hiện <X> … do Huyện ủy Y tổ chức": the body holding it
                subj = _conference_holder(s, sentence, sorgs, cue_at, x)
            if subj is None:  # "Các chi bộ, đảng bộ trực thuộc Huyện ủy Y đã quán triệt <X>": Y's party organization
                subj = _parent_of_subordinates(s, sentence, sorgs, cue_at, main)
            if subj is None and (_GENERIC_AGENT.match(s[:cue_at]) or not _bare_clause(s, cue_at, rs)):
                if _GENERIC_AGENT.match(s[:cue_at]) and x not in generic.get(idx, ()):
                    generic.setdefault(idx, []).append(x)
                continue  # "nhiều cấp ủy … thực hiện Chỉ thị 05": someone other than the article's body
            if subj is None:  # "Theo Đại hội, trong nhiệm kỳ tới chi bộ sẽ dồn sức thực hiện <X>": the cell named before
                subj = _short_cell_subject(s, sentence, cue_at, orgs)
            if subj is None:  # "việc thực hiện <X> ở Đảng bộ xã Y": that body
                subj = _body_after(_AT_BODY, s, sentence, sorgs, x)
            if subj is None:  # "thực hiện <X> ở huyện Thới Lai": that place's party committee
                subj = _body_of_place_after(doc, x, orgs)
            if subj is None and not focus:  # "Theo <title> <org>: … thực hiện <X>": the speaker's body
                subj = _speaker_body(s, sentence, sorgs, cue_at)
            o = subj or _implicit_doer(x, main, focus)
            if o is None or o.iri is None:
                continue
            if subj is not None and _org_level(subj) == "central" and _DIRECTS.match(
                    s[subj.end - sentence.start:cue_at]):
                continue  # "Chính phủ chỉ đạo thực hiện <X>": the country carries it out, not the government
            iss = _issuer_of(x)
            if iss is not None and _org_kind(o) in ("standing_committee", "executive_committee") \
                    and o.attrs.get("parent_iri") == iss.iri:
                o = iss  # the standing committee of the body whose own resolution it is: that body
            if subj is not None and o is subj and _org_kind(o) == "standing_committee" \
                    and _REPORTS_ON.match(s, o.end - sentence.start):
                # "Thường trực Đảng ủy xã Y báo cáo sơ kết 3 năm làm theo <X>": the standing body reports for
                # its party committee, whose work the review is
                body = _committee_of(doc, o, orgs)
                if body is not None and body.iri is not None:
                    o = body
            if subj is None and x.kind in _PLAN_KINDS and x.issuer_org is not None and x.issuer_org.iri == o.iri \
                    and x.form != "described":
                continue  # the article's body following its own plan is not news
            doers = [o.iri]
            carried.append(x)
            if subj is not None:
                doers += [g.iri for g in _listed_before(subj, s, sentence, sorgs, rs)]
                lead = _leader_before(s, sentence, sorgs, subj)
                if lead is not None and lead.iri not in doers:  # "Đảng ủy xã lãnh đạo, UBND xã tổ chức thực hiện <X>"
                    doers.append(lead.iri)
                if subj.sentence.index == idx and subj.start - sentence.start > x.end:
                    doers += [g.iri for g in _listed_after(subj, s, sentence, sorgs, rs, x.end)]
            founder = _founder(s, sentence, sorgs, o, x, rs, orgs, main, focus)
            if founder is not None:
                doers.append(founder.iri)
            member = _member(s, sentence, sorgs, o)
            if member is not None:
                doers.append(member.iri)
            doers += [g.iri for g in extra if g.iri not in doers]
            if subj is not None and subj.sentence.index == idx:  # "<org> phối hợp với <org2> tuyên truyền <X>"
                doers += [g.iri for g in _partners(s, sentence, sorgs, subj, cue_at)]
            doers_of[id(x)] = doers
            out.extend((iri, x.iri, sentence) for iri in doers)
            if subj is not None:
                last_subj = subj
            done_in.setdefault(idx, []).append((x, o))
        for x in list(generic.get(idx, ())):  # "… đã cụ thể hóa <A> về … và <B>": both
            for y in rs:
                if y.start > x.end and y not in generic[idx] and (
                        _CHAIN.match(s[max(x.end, x.tail_end):y.start]) or _chained_after_about(s[x.end:y.start], P)):
                    generic[idx].append(y)
                    x = y
        if carried:  # "Tỉnh ủy ban hành công văn chỉ đạo và UBND tỉnh ban hành văn bản thực hiện, … <X>"
            out.extend((o.iri, carried[0].iri, sentence) for o in _issued_for(s, sentence, sorgs, rs))
    # the issuer of a plan or program that implements a directive carries that directive out
    by_iri = {}
    for r in refs:
        if r.form != "anaphor" and r.iri is not None:
            by_iri.setdefault(r.iri.value, r)
    # and so does whoever carries out that plan or program ("thực hiện chương trình hành động thực hiện …")
    for src, rel, dst, sentence in links:
        a = by_iri.get(src.value)
        if rel != PKG.implements or a is None or a.form != "program":
            continue
        for o, d, sent in list(out):
            if d == src and sent.index == sentence.index:
                out.append((o, dst, sent))
    for src, rel, dst, sentence in links:
        if rel != PKG.implements:
            continue
        a = by_iri.get(src.value)
        if a is None or a.kind not in _PLAN_KINDS + ("cong-van",):  # (a letter sent to carry it out, too)
            continue
        o = a.issuer_org or a.issued_by
        if o is not None and o.iri is not None and _org_level(o) != "central":
            if a.kind in _PLAN_KINDS and _org_kind(o) == "standing_committee":
                # a plan the standing committee issues is its party organization's to carry out, and so
                # is what the plan carries out ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch … thực hiện <X>")
                body = _committee_of(doc, o, orgs)
                if body is not None and body.iri is not None:
                    out.append((body.iri, src, sentence))
                    out.append((body.iri, dst, sentence))
            out.append((o.iri, dst, sentence))
    out += _bulleted_lists(doc, by_sentence, org_by_sentence, main if focus else None)
    out += _work_doers(doc, refs, orgs, main if focus else None)
    out += _programme_boards(refs, orgs)
    out += _followers(doc, by_sentence, org_by_sentence, done_in, generic)
    # a body's own thematic resolution or scheme ("Đảng ủy ra nghị quyết chuyên đề …", "đề án …"
    # in an article about that body) is the body's to carry out
    for x in refs:
        if not x.info.get("campaign") or x.info.get("campaign_key") or x.iri is None:
            continue
        o = x.issued_by
        if o is None and focus and not any(m.end - x.sentence.start <= x.start and m.iri != main.iri
                                           for m in org_by_sentence.get(x.sentence.index, ())):
            o = main
        if o is not None and o.iri is not None and _org_level(o) != "central":
            out.append((o.iri, x.iri, x.sentence))
    # a local party committee that adopts a resolution or directive leads its implementation
    # (one that "ban hành" it; "Nghị quyết số 05-NQ/TU của Tỉnh ủy" only names who issued it)
    for r in refs:
        if r.form in ("code", "bare") and r.kind in ("nghi-quyet", "chi-thi") and not (r.code and _national(r.code)):
            o = r.issued_by
            if o is not None and o.iri is not None and _org_kind(o) in ("party_committee", "executive_committee") \
                    and _org_level(o) not in ("central", ""):
                out.append((o.iri, r.iri, r.sentence))
    out += _committee_of_standing_rules(refs, orgs, out)
    out += _carried_within(by_sentence, out)
    out += _report_presenters(by_sentence, org_by_sentence)
    # the Party's charter binds every member and body: keeping it is no news of carrying it out
    charter = {r.iri for r in refs if r.form == "charter"}
    return [done for done in out if done[1] not in charter]


# what a body does in its clause is report on a review ("… báo cáo tổng kết 10 năm …")
_REPORTS_ON = regex.compile(r"\s*(?:đã\s+|vừa\s+)?(?:trình bày\s+)?báo cáo\s+(?:sơ kết|tổng kết|kết quả)(?![\p{L}])")
_REVIEW_REPORT = regex.compile(r"(?<![\p{L}])[Bb]áo cáo\s+(?:sơ kết|tổng kết|kết quả)(?![\p{L}])[^;:.()“”\"]{0,60}?"
                               r"(?<![\p{L}])(?:thực hiện|triển khai|học tập|quán triệt)\s+$")
_PRESENTED_BY = regex.compile(r"[^;:.!?]{0,160}?\sdo\s+[^;:.!?]{0,80}$")
_PRESENTS = regex.compile(r"\s*(?:trình bày|báo cáo|trình)(?![\p{L}])")


def _report_presenters(by_sentence: dict, org_by_sentence: dict) -> list:
    """"Báo cáo sơ kết … thực hiện <X> do đồng chí A, <title> <org> trình bày": the body whose
    officer presents the review of a directive is the one that carried it out and reports on it."""
    out = []
    for idx, rs in by_sentence.items():
        for x in rs:
            s = x.sentence.text
            if x.iri is None or not _REVIEW_REPORT.search(s, max(0, x.start - 100), x.start):
                continue
            if x.form == "congress" and x.issuer_org is not None and x.issuer_org.iri is not None:
                # "báo cáo tổng kết 3 năm học tập nghị quyết đại hội chi bộ …": the body whose congress it was
                out.append((x.issuer_org.iri, x.iri, x.sentence))
            after = max(x.end, x.tail_end)
            for o in org_by_sentence.get(idx, ()):
                a, b = o.start - x.sentence.start, o.end - x.sentence.start
                if a > after and _PRESENTED_BY.fullmatch(s, after, a) and _PRESENTS.match(s, b):
                    out.append((o.iri, x.iri, x.sentence))
                    break
    return out


_WITHIN = regex.compile(r"^\s*(?:trong|vào)\s+(?:nội dung\s+(?:của\s+)?)?$")
_HOST_KINDS = ("chuong-trinh-hanh-dong", "ke-hoach", "de-an")


def _carried_within(by_sentence: dict, found: list) -> list:
    """"<org> triển khai … thực hiện <X> trong Chương trình kiểm tra, giám sát năm 2016": the body
    that carries out X as part of a programme or plan carries out that programme too."""
    out = []
    for idx, rs in by_sentence.items():
        for x, y in zip(rs, rs[1:]):
            if y.kind not in _HOST_KINDS or y.form == "anaphor" or y.iri is None or x.iri is None or y.iri == x.iri:
                continue
            s = x.sentence.text
            if not any(_WITHIN.match(s[at:y.start]) for at in _after_ref(x)):
                continue
            out += [(o, y.iri, sent) for o, d, sent in found if d == x.iri and sent.index == idx]
    return out


def _committee_of_standing_rules(refs: list[Ref], orgs: list[Mention], found: list) -> list:
    """A local rule of a party committee's standing committee ("Quy định số 01 của Ban Thường vụ
    Tỉnh ủy") that the text has someone carry out is the party committee's to carry out too: the
    standing committee issues it between the committee's sessions, in its name."""
    done = {}
    for o, d, sent in found:
        done.setdefault(d.value, sent)
    out = []
    for r in refs:
        if r.form not in ("code", "bare") or r.kind not in _RULE_KINDS or (r.code and _national(r.code)) \
                or r.iri is None or r.iri.value not in done:
            continue
        o = r.issuer_org or r.issued_by
        if o is None or _org_kind(o) != "standing_committee" or _org_level(o) in ("central", ""):
            continue
        parent = next((m for m in orgs if m.iri is not None and m.iri == o.attrs.get("parent_iri")
                       and _org_kind(m) == "party_committee"), None)
        if parent is not None:
            out.append((parent.iri, r.iri, done[r.iri.value]))
    return out


def _programme_boards(refs: list[Ref], orgs: list[Mention]) -> list:
    """A steering committee named for a national programme's topic ("Ban Chỉ đạo xây dựng nông
    thôn mới xã X") carries out that programme wherever the document names it."""
    topics = _programme_topics()
    programmes = {}
    for r in refs:
        if r.info.get("campaign_key") in topics and r.iri is not None:
            programmes.setdefault(r.iri, (r, " " + topics[r.info["campaign_key"]] + " "))
    out = []
    for o in orgs:
        if o.iri is None or _org_kind(o) != "steering_committee":
            continue
        name = " " + fold(o.text) + " " + fold(_org_label(o)) + " "  # (as written, or as the body is named)
        for r, topic in programmes.values():
            if topic in name:
                out.append((o.iri, r.iri, o.sentence))
    return out


# a body issuing a text to carry out or direct the work, named by nothing but its purpose
_TARGETS_OF = regex.compile(r"(?<![\p{L}])(?:chỉ tiêu|mục tiêu|nhiệm vụ)(?:\s*(?:,|và)\s*(?:các\s+)?(?:chỉ tiêu|mục tiêu|nhiệm vụ))*"
                         r"\s+(?:của\s+|theo\s+)?$")
_MET_AFTER = regex.compile(r"(?:\s+của\s+[^;:.!?,()“”\"]{1,40}?)?\s+(?:đã\s+)?đề ra\s*,?\s*(?:(?:cơ bản|đều|hầu hết|đã|được|cũng)\s+){0,3}"
                        r"(?:đạt|vượt|hoàn thành)(?![\p{L}])")
_SETS_TARGETS = regex.compile(r"\s*,?\s*(?:đã\s+)?(?:đặt ra|đề ra|xác định)\s+(?:(?:các|những)\s+)?"
                           r"(?:mục tiêu|chỉ tiêu)(?![\p{L}])")
_MET_BEFORE = regex.compile(r"(?<![\p{L}])(?:đạt|vượt|hoàn thành)(?:\s+và\s+vượt)?\s+so với\s+(?:các\s+)?(?:chỉ tiêu|mục tiêu)\s+$")
_ISSUED_FOR = regex.compile(r"\s*(?:đã\s+|cũng\s+|sớm\s+|kịp thời\s+)*(?:ban hành|xây dựng)\s+(?:các\s+|nhiều\s+)?"
                            r"(?:công văn|văn bản|kế hoạch|hướng dẫn|chương trình|đề án)(?:\s+(?:để|nhằm))?\s+"
                            r"(?:chỉ đạo|hướng dẫn|thực hiện|triển khai)(?:\s+thực hiện)?(?=\s*(?:[,;.]|và\s|$))")


def _issued_for(s: str, sentence: Sentence, sorgs: list[Mention], rs: list[Ref]) -> list[Mention]:
    """Bodies that issue a text carrying out a directive the sentence names, the text named by its
    purpose alone ("UBND tỉnh ban hành văn bản thực hiện, …, triển khai Chỉ thị")."""
    out = []
    for o in sorgs:
        b = o.end - sentence.start
        m = _ISSUED_FOR.match(s, b)
        if m is not None and o.iri is not None and not any(b <= r.start < m.end() for r in rs):
            out.append(o)
    return out


_BRACKETED = regex.compile(r"\(\s*$")
_COPULA = regex.compile(r"(?<![\p{L}])là\s+$")
_OF_BEFORE = regex.compile(r"(?<![\p{L}])(?:của|do)\s+$")
# between two bodies of a list: a comma or "và" (with a head word the body's name left out:
# "… và Chi nhánh NHCSXH tỉnh"), and bodies in general among them ("UBND tỉnh, các sở, ngành và …")
_LIST_SEP = regex.compile(r"^(?:\s*(?:,|và|cùng với|cùng)\s*(?:(?:(?:các|những)\s+)?\p{Ll}+(?:\s+\p{Ll}+){0,2}(?=\s*(?:,|và|cùng)))?)+\s*"
                          r"(?:(?:Chi nhánh|Văn phòng|Cơ quan|Phòng|Trung tâm)\s+)?$")


def _listed_before(o: Mention, s: str, sentence: Sentence, sorgs: list[Mention], rs: list[Ref]) -> list[Mention]:
    """"Thành ủy Hà Nội, Đảng ủy Công an Trung ương … đều …": the bodies listed with the subject
    (not the issuer closing a fronted clause: "Thực hiện Chỉ thị 05 của Bộ Chính trị, Đảng ủy …")."""
    out = []
    at = o.start
    for g in reversed([g for g in sorgs if g.end <= o.start]):
        a = g.start - sentence.start
        if g.iri is None or not _LIST_SEP.match(s[g.end - sentence.start:at - sentence.start]) \
                or any(r.start <= a < max(r.end, r.tail_end) for r in rs) or _OF_BEFORE.search(s[max(0, a - 8):a]):
            break
        if g.iri != o.iri:
            out.append(g)
        at = g.start
    return out


def _listed_after(o: Mention, s: str, sentence: Sentence, sorgs: list[Mention], rs: list[Ref],
                  cue_at: int) -> list[Mention]:
    """"Thực hiện <X>, UBND tỉnh, Ban Tuyên giáo Tỉnh ủy và Hội Nông dân tỉnh đã …": every body
    listed after the subject of the fronted clause does it (the list ends where its verb begins)."""
    out = []
    at = o.end
    for g in sorgs:
        a = g.start - sentence.start
        if g.start < o.end or a < cue_at:
            continue
        if g.iri is None or not _LIST_SEP.match(s[at - sentence.start:a]) \
                or any(r.start <= a < max(r.end, r.tail_end) for r in rs):
            break
        if g.iri != o.iri:
            out.append(g)
        at = g.end
    return out


_LEADS = regex.compile(r"\s*(?:đã\s+|trực tiếp\s+)?(?:lãnh đạo|chỉ đạo)(?:\s*,\s*(?:chỉ đạo|định hướng))?\s*,\s*")


def _leader_before(s: str, sentence: Sentence, sorgs: list[Mention], subj: Mention) -> Mention | None:
    """"Đảng ủy xã Y lãnh đạo, UBND xã Y tổ chức thực hiện <X>": the party body that leads the doer
    in the same breath carries <X> out with it."""
    prev = [g for g in sorgs if g.end <= subj.start and g.iri is not None and g.iri != subj.iri]
    if not prev or _org_kind(prev[-1]) not in ("party_committee", "standing_committee", "party_cell"):
        return None
    g = prev[-1]
    if not _LEADS.fullmatch(s, g.end - sentence.start, subj.start - sentence.start) \
            or _OF_BEFORE.search(s[max(0, g.start - sentence.start - 8):g.start - sentence.start]):
        return None
    return g


_FOUNDED = regex.compile(r"(?<![\p{L}])(?:thành lập|tái lập|kiện toàn|củng cố)(?:\s+lại)?(?:\s+(?:các|một))?\s*$")


def _founder(s: str, sentence: Sentence, sorgs: list[Mention], o: Mention, x: Ref, rs: list[Ref],
             orgs: list[Mention], main: Mention | None, focus: bool) -> Mention | None:
    """Who sets up a body for a task ("thành lập Ban Chỉ đạo thực hiện <X>") carries <X> out too."""
    if _org_kind(o) != "steering_committee" or o.sentence.index != sentence.index:
        return None
    at = o.start - sentence.start
    m = _FOUNDED.search(s[:at])
    if m is None:
        return None
    who = _subject(s, sentence, [g for g in sorgs if g.end - sentence.start <= m.start()], m.start(), x, rs, orgs)
    if who is None and main is not None and focus and _bare_clause(s, m.start(), rs):
        who = main
    return who if who is not None and who.iri is not None and who.iri != o.iri else None


_GENERIC_BODIES = regex.compile(r"(?<![\p{L}])(?:các|nhiều)\s+(?:cấp ủy|cấp ủy đảng|tổ chức đảng|đảng bộ|chi bộ|địa phương)"
                                r"|(?<![\p{L}])cấp ủy các (?:cấp|địa phương)", regex.I)
_SAME_WAY = regex.compile(r"(?:Cùng cách làm này|Với cách làm (?:này|tương tự)|Bằng cách làm (?:này|tương tự)|"
                          r"Tương tự(?: như vậy)?|Cũng như vậy)\s*,\s*$")
_FOLLOWER_VERB = regex.compile(r"\s+(?:đã\s+|cũng\s+|đều\s+|luôn\s+|đang\s+)*(?!(?:của|và|với|là|được|bị|cùng|có|thuộc|"
                               r"(?:tổ chức|tiến hành)(?:\s+thành công)?\s+đại hội|bầu|sáp nhập|hợp nhất|tiếp đón|đón|"
                               r"trực thuộc|gồm|hiện|nay)(?![\p{L}]))\p{Ll}")
_AT_HEAD = regex.compile(r"\W*(?:Tại|Ở)\s+$")  # "Tại Đảng bộ phường Y, …": the example's place
_FOLLOW_RANK = {"central": 0, "province": 1, "district": 2, "commune": 3, "agency": 3, "village": 4}
_SAME_WAY_REACH = 5  # sentences back to the example a "Cùng cách làm này" follows


def _followers(doc: Doc, by_sentence: dict, org_by_sentence: dict, done_in: dict, generic: dict) -> list:
    """Party bodies below the doer, opening the sentence after one that tells of a directive being
    carried out, give an example of it ("… triển khai Chỉ thị 03 ở quận X. Đảng bộ phường Y đã …");
    so does one doing "the same" ("Cùng cách làm này, Đảng bộ phường Z …") a few sentences on."""
    out = []
    for sentence in doc.sentences:
        j = sentence.index
        if not org_by_sentence.get(j):
            continue
        s = sentence.text
        o = org_by_sentence[j][0]
        a = o.start - sentence.start
        at_body = _AT_HEAD.match(s[:a]) is not None and _rx(r"\s*,").match(s, o.end - sentence.start) is not None
        if _org_kind(o) not in ("party_committee", "party_cell") \
                or not (at_body or _FOLLOWER_VERB.match(s, o.end - sentence.start)) \
                or any(d is not None and d.iri == o.iri for _, d in done_in.get(j, ())):
            continue
        same = _SAME_WAY.search(s[:a]) is not None
        if not (same or at_body) and s[:a].strip():
            continue
        for back in range(1, (_SAME_WAY_REACH if same else 1) + 1):
            prev = [(x, d) for x, d in done_in.get(j - back, ())] + [(x, None) for x in generic.get(j - back, ())]
            if not prev:
                if j - back in by_sentence:
                    break
                continue
            for x, d in prev:
                top = _FOLLOW_RANK.get(_org_level(d), 9) if d is not None else 1
                rank = _FOLLOW_RANK.get(_org_level(o), 0)
                if (d is None or d.iri != o.iri) and (rank > top or (same and rank == top)):
                    out.append((o.iri, x.iri, sentence))
            break
    return out


# verbs by which a body pursues a campaign or movement ("đẩy mạnh phong trào …", "hưởng ứng cuộc vận động …")
_PUSHED = regex.compile(r"(?<![\p{L}])(?:tiếp tục\s+)?(?:đẩy mạnh|hưởng ứng|tích cực hưởng ứng)\s+(?:các\s+)?$")
# a clause that goes on with the previous one's subject: an adverb or verb, no subject of its own
_NEXT_CLAUSE = regex.compile(r"\s*(?:đồng thời\s+|cũng\s+|còn\s+|tiếp tục\s+)?(?:chủ động|tích cực|thường xuyên|kịp thời|"
                             r"phối hợp|làm việc|tổ chức|chỉ đạo|đưa|lồng ghép|xây dựng|ban hành|triển khai|thực hiện)(?![\p{L}])")
_WITH_PARTNER = regex.compile(r"(?<![\p{L}])(?:phối hợp|phối hợp chặt chẽ|cùng|làm việc|kết hợp)\s+với\s+(?:các\s+)?$")


def _partners(s: str, sentence: Sentence, sorgs: list[Mention], subj: Mention, cue_at: int) -> list[Mention]:
    """"Ban Tuyên giáo phối hợp với Hội Nông dân tuyên truyền <X>": the partner does it too."""
    b = subj.end - sentence.start
    out = []
    for g in sorgs:
        a = g.start - sentence.start
        if b <= a < cue_at and g.iri is not None and g.iri != subj.iri and _WITH_PARTNER.search(s, b, a) \
                and not _rx(r"[;:.]").search(s, b, cue_at) and len(s[b:cue_at].split()) <= 30:
            out.append(g)
    return out


_MEMBER_OF = regex.compile(r"\s*(?:là|cũng là)?\s*(?:thành viên|nằm trong|tham gia|cơ quan thường trực)(?:\s+(?:của|trong))?\s*$")


def _member(s: str, sentence: Sentence, sorgs: list[Mention], o: Mention) -> Mention | None:
    """A body sitting on the steering committee for a task ("Ban Dân vận Tỉnh ủy là thành viên Ban
    Chỉ đạo thực hiện <X>") carries <X> out too."""
    if _org_kind(o) != "steering_committee" or o.sentence.index != sentence.index:
        return None
    prev = [g for g in sorgs if g.end <= o.start and g.iri is not None and g.iri != o.iri]
    if not prev or not _MEMBER_OF.fullmatch(s, prev[-1].end - sentence.start, o.start - sentence.start):
        return None
    return prev[-1]


# "Xã Y sau 5 năm thực hiện <X>" (a title): how long the place has been at it
_LATELY = regex.compile(r"^(?:Vừa qua|Mới đây|Vừa rồi|Gần đây)\s*")
# a ceremony honouring those who did well in the work: "tổ chức tuyên dương các điển hình sau 1 năm …"
_HONOURS = regex.compile(r"^\s+(?:đã\s+|vừa\s+)?tổ chức\s+(?:hội nghị\s+|lễ\s+)?(?:tuyên dương|biểu dương|khen thưởng)(?![\p{L}])"
                         r"[^,;:.()“”\"]{0,80}?\s(?:sau|qua|trong)(?:\s+\S+){1,4}\s*$")
_PLACE_CLAUSE_TIME = regex.compile(r"^\s+(?:sau|qua)(?:\s+hơn)?\s+\d+\s+năm(?=\s)")
_PLACE_CLAUSE_TAIL = regex.compile(r"^(?:\s+(?:đã|vừa|đang|sẽ|vẫn|cũng|luôn|đều|tiếp tục|tập trung|chủ động|"
                                r"kiên trì|quyết liệt|nghiêm túc|tích cực|khẩn trương|từng bước|đẩy mạnh|"
                                r"chỉ đạo|lãnh đạo|tổ chức)"
                                # a short run of manner words before "tổ chức" ("long trọng", "trọng thể", "trang
                                # trọng", "vừa long trọng"), never a negation
                                r"|(?:\s+(?!(?:không|chưa|chẳng|chả|ngừng|dừng|hoãn|hủy|huỷ)(?!\p{L}))\p{Ll}+){1,2}"
                                r"(?=\s+tổ chức(?!\p{L})))*"
                                # ("tỉnh X đã long trọng tổ chức hội nghị sơ kết … thực hiện <X>": the review the place holds)
                                r"(?:(?<=tổ chức)\s+(?:hội nghị|lễ|buổi)(?:\s+(?:sơ kết|tổng kết)(?:\s+\d+\s+năm)?)?)?"
                                # ("huyện X gắn phong trào thi đua với thực hiện <X>": its work tied to carrying <X> out)
                                r"(?:\s+gắn(?:\s+(?:kết|liền))?(?:\s+\p{Ll}+){1,6}?\s+với(?:\s+việc)?)?\s*$")


# "Đảng bộ, chính quyền và nhân dân xã Y": a bare "Đảng bộ" whose place is named after its partners
_BARE_PARTY = regex.compile(r"(?:[Đđ]ảng bộ|[Đđ]ảng (?:ủy|uỷ)|[Cc]ấp (?:ủy|uỷ)(?:\s+đảng)?)")
_PAIRED_PLACE = regex.compile(r"\s*(?:,|và)\s*(?:(?:chính quyền|các đoàn thể|đoàn thể|Mặt trận(?: Tổ quốc)?|quân và dân|nhân dân|"
                              r"cán bộ,? đảng viên)(?:\s*(?:,|và)\s*)?)+\s*(?:các dân tộc\s+)?"
                              r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+\p{Lu}")


def _paired_with_place(doc: Doc, s: str, sentence: Sentence, o: Mention, orgs: list[Mention]) -> Mention | None:
    """The party body of the place named after a bare "Đảng bộ" and its partners ("Đảng bộ, chính
    quyền và nhân dân xã Y đã …"): the place the partners share is the party body's own."""
    if not _BARE_PARTY.fullmatch(o.text.strip()):
        return None
    m = _PAIRED_PLACE.match(s, o.end - sentence.start)
    if m is None:
        return None
    at = sentence.start + m.end() - 1
    place = next((p for p in doc.of("place") if p.iri is not None and p.start <= at < p.end), None)
    return _party_body_of(place, orgs) if place is not None else None


# "cấp ủy, chính quyền (và nhân dân) xã Y" heading a clause: the bodies of a place in general, its party body first
_PLACE_BODIES = regex.compile(r"(?:^|[,;:]\s*|\s)(?:[Cc]ấp (?:ủy|uỷ)(?:\s+đảng)?|[Đđ]ảng bộ|[Đđ]ảng (?:ủy|uỷ))"
                              r"(?:\s*(?:,|và)\s*(?:chính quyền|nhân dân|các đoàn thể|đoàn thể|Mặt trận(?: Tổ quốc)?|"
                              r"các ban,? ngành(?:,? đoàn thể)?|cán bộ,? đảng viên))+\s+(?:các dân tộc\s+)?"
                              r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(?=\p{Lu})")
_PLACE_BODIES_TAIL = regex.compile(r"(?:\s*,|\s+(?:đã|đang|sẽ|vẫn|cũng|luôn|đều|tiếp tục|tập trung|chủ động|kiên trì|"
                                   r"quyết liệt|nghiêm túc|tích cực|khẩn trương|từng bước|đẩy mạnh|chỉ đạo|lãnh đạo|"
                                   r"tổ chức|quan tâm|thường xuyên)(?![\p{L}]))*\s*")


def _place_bodies_head(doc: Doc, s: str, sentence: Sentence, cue_at: int, orgs: list[Mention]) -> Mention | None:
    """The party body of the place whose bodies in general head the clause of the verb ("Những năm
    qua, cấp ủy, chính quyền xã Y đã tích cực triển khai <X>"), among the organizations the text names."""
    m = None
    for m in _PLACE_BODIES.finditer(s, 0, cue_at):
        pass
    if m is None:
        return None
    at = sentence.start + m.end()
    place = next((p for p in doc.of("place") if p.iri is not None and p.start <= at < p.end), None)
    if place is None or not _PLACE_BODIES_TAIL.fullmatch(s, place.end - sentence.start, cue_at):
        return None
    return _party_body_of(place, orgs)


def _headed_by_own_place(doc: Doc, sentence: Sentence, cue_at: int, main: Mention, timed: bool = False) -> bool:
    """Whether the clause of the verb is headed by the name of the place of the article's party
    body ("Hiện nay, Đà Nẵng đang triển khai …", "TP Đà Nẵng tiếp tục thực hiện …")."""
    place_iri = main.attrs.get("place_iri")
    if place_iri is None or _org_kind(main) != "party_committee":
        return False
    s = sentence.text
    for p in doc.of("place"):
        if p.iri != place_iri or p.sentence.index != sentence.index:
            continue
        a, b = p.start - sentence.start, p.end - sentence.start
        if b > cue_at:
            break
        head = s[:a]
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind("."))
        lead = _LATELY.sub("", head[cut + 1:].strip(" \t•*+-–—"))  # ("Vừa qua huyện X …": the news lead; a bullet)
        if lead and not _rx(r"^(?:TP\.?|thành phố|Thành phố|tỉnh|Tỉnh|huyện|Huyện|xã|Xã|quận|Quận|thị xã|Thị xã)$").match(lead):
            continue
        gap = s[b:cue_at]
        since = _PLACE_CLAUSE_TIME.match(gap) if timed else None
        if since is not None:
            gap = gap[since.end():]
        honour = _HONOURS.match(gap)
        if honour is not None:  # "huyện X tổ chức tuyên dương các điển hình sau 1 năm thực hiện <X>"
            return True
        verb = patterns().carry_re.search(gap)  # (a chained document's cue is the first one's start)
        if _PLACE_CLAUSE_TAIL.match(gap[:verb.start()] if verb else gap):
            return True
    return False


_ACHIEVED = regex.compile(r"(?<![\p{L}])(?:có|đạt)\s+(?:nhiều\s+)?thành tích(?:\s+(?:xuất sắc|tiêu biểu|nổi bật))?"
                          r"\s+trong\s+(?:việc\s+)?$")
_PLACE_HEAD = regex.compile(r"^\W*(?:Thôn|Bản|Xóm|Ấp|Làng|Buôn|Tổ dân phố|Xã|Phường|Thị trấn|Huyện|Quận|Thị xã)\s+$")


def _achiever_place_body(doc: Doc, sentence: Sentence, cue_at: int, orgs: list[Mention]) -> Mention | None:
    """"Thôn X thuộc xã Y là … thôn có nhiều thành tích trong việc thực hiện <X>": the place that heads
    the sentence is praised for carrying <X> out, and its party body (the one the text names) did it."""
    s = sentence.text
    if not _ACHIEVED.search(s, max(0, cue_at - 50), cue_at):
        return None
    place = next((p for p in doc.of("place") if p.sentence.index == sentence.index and p.iri is not None), None)
    if place is None or not _PLACE_HEAD.match(s[:place.start - sentence.start]) or _rx(r"[;:]").search(s, 0, cue_at):
        return None
    return next((o for o in orgs if o.iri is not None and o.attrs.get("place_iri") == place.iri
                 and _org_kind(o) in ("party_committee", "party_cell")), None)


_PAIRED_COMMITTEE = regex.compile(r"(?<![\p{L}])(?:[Cc]ấp ủy|[Cc]ấp uỷ)(?:\s+đảng)?\s*(?:,|và)\s*$")
_GOVERNMENT = regex.compile(r"(?<![\p{L}])[Cc]hính quyền\s+(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)"
                            r"(?![\p{L}])(?!\s*(?:\p{Lu}|và|,))")
_GOVERNMENT_LEVEL = {"xã": "commune", "phường": "commune", "thị trấn": "commune", "huyện": "district",
                     "quận": "district", "thị xã": "district", "tỉnh": "province", "thành phố": "province"}


def _local_government(s: str, sentence: Sentence, sorgs: list[Mention], cue_at: int, main: Mention,
                      orgs: list[Mention]) -> Mention | None:
    """"Chính quyền xã đã triển khai <X>" in an article about a commune's party body: the people's
    committee of that commune (a mention without IRI when the article does not name it)."""
    m = None
    for m in _GOVERNMENT.finditer(s, 0, cue_at):
        pass
    if m is None or _rx(r"[;:]").search(s, m.end(), cue_at) or len(s[m.end():cue_at].split()) > 25 \
            or any(m.end() <= o.start - sentence.start < cue_at for o in sorgs):
        return None, False
    gov = _peoples_committee(m, sentence, main, orgs)
    return gov, gov is not None and _PAIRED_COMMITTEE.search(s, 0, m.start()) is not None


def _peoples_committee(m, sentence: Sentence, main: Mention, orgs: list[Mention]) -> Mention | None:
    level = _GOVERNMENT_LEVEL[m.group(1).lower()]
    if _org_level(main) != level or main.attrs.get("place_iri") is None:
        return None
    return next((o for o in orgs if o.iri is not None and _org_kind(o) == "people_committee"
                 and o.attrs.get("place_iri") == main.attrs["place_iri"]),
                Mention("organization", m.start(), m.end(), m.group(), sentence))  # unnamed: no IRI


def _government_after(s: str, sentence: Sentence, subj: Mention, main: Mention, orgs: list[Mention]) -> Mention | None:
    """"Đảng ủy, chính quyền xã đã …": the people's committee listed with the party body."""
    if subj.iri != main.iri or subj.sentence.index != sentence.index:
        return None
    b = subj.end - sentence.start
    sep = _rx(r"\s*(?:,|và)\s*").match(s, b)
    m = _GOVERNMENT.match(s, sep.end()) if sep else None
    gov = _peoples_committee(m, sentence, main, orgs) if m else None
    return gov if gov is not None and gov.iri is not None else None


_SPEAKER_COLON = regex.compile(r"^[^:;“”\"]{0,160}?:\s*[^:;“”\"]*$")


def _speaker_body(s: str, sentence: Sentence, sorgs: list[Mention], cue_at: int) -> Mention | None:
    """"Theo <title> <org>: … thực hiện <X>": the body of whom the quoted clause is said."""
    if not _SPEAKER_COLON.match(s[:cue_at]):
        return None
    colon = s.find(":")
    inside = [o for o in sorgs if o.end - sentence.start <= colon and o.iri is not None]
    if not inside or not _rx(r"^\s*(?:Theo|Ông|Bà|Đồng chí|đồng chí)?[^:]*$").match(s[:colon]):
        return None
    return inside[-1] if _rx(r"^\s*(?:\([^()]*\))?\s*$").match(s[inside[-1].end - sentence.start:colon]) else None


_FRONT_ONLY = regex.compile(r"^\W*(?:Để\s+|Nhằm\s+)?(?:tiếp tục\s+)?$")
_SENTENCE_REST = regex.compile(r"^[^,;:“”\"()]{0,24}$")  # " - 2025.": what a fronted sentence ends on
_OPENING_TIME = regex.compile(r"^\W*(?:(?:(?:Sáng|Chiều|Tối|Trưa|Vào)\s+)?(?:[Nn]gày\s+)?\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}"
                              r"(?:\s*(?:[/.-]|\s+năm\s+)\s*\d{4})?\s*,\s*)?$")  # "Ngày 12/9/2022, ", "Ngày 3 tháng 5 năm 2022, "
_SUBJECT_VERB = regex.compile(r"\s+(?:đã\s+|vừa\s+|đang\s+|long trọng\s+)?(?:tổ chức|triển khai|thực hiện|tiến hành|ban hành|"
                              r"họp|xây dựng|chỉ đạo|quán triệt)(?![\p{L}])")


def _next_sentence_subject(doc: Doc, s: str, sentence: Sentence, sorgs: list[Mention], cue_at: int, x: Ref,
                           org_by_sentence: dict, rs: list[Ref] = ()) -> Mention | None:
    """A sentence that is nothing but the fronted clause ("Thực hiện Kế hoạch số 73-KH/ĐU … của Đảng ủy xã Y
    về … .") goes on in the next one: the body opening that one, with its verb, carries the directive out."""
    if not _FRONT_ONLY.match(s[:cue_at]):
        return None
    last = x  # "Thực hiện <A>; <B>; <C>.": the sentence ends after the last document of its list
    if rs:
        listed = _fronted_list(rs, s)
        if x in listed:
            last = listed[-1]
    end = max(last.end, last.tail_end)
    if not _SENTENCE_REST.match(s[end:].rstrip(" .;")):  # (a fronted clause may end on ";" where a list would go on)
        return None
    if any(o.start - sentence.start >= end and not any(r.start <= o.start - sentence.start < max(r.end, r.tail_end)
                                                        for r in rs) for o in sorgs):
        return None
    if sentence.index + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[sentence.index + 1]
    first = next(iter(sorted(org_by_sentence.get(nxt.index, []), key=lambda o: o.start)), None)
    if first is None or not _OPENING_TIME.match(nxt.text[:first.start - nxt.start]) \
            or not _SUBJECT_VERB.match(nxt.text, first.end - nxt.start):
        return None
    return first


_PARTY_CODE = regex.compile(r"^\d+[\p{L}]?-[^/]+/")  # "05-CT/TW", "12-NQ/TU": the Party's form of a code
_GOVERNMENT_KINDS = ("people_council", "people_committee")
_SPEECH_GAP = regex.compile(r"^[^,;:.()“”\"]{0,30}:\s*[^;:“”\"]*$")  # "… khẳng định: Sau 2 năm làm theo "
_TITLE_GAP = regex.compile(r"^\s*,\s*[\p{L}\s]{2,30}$")  # ", Chủ tịch ": one post's title after another


def _speakers_party_body(s: str, sentence: Sentence, sorgs: list[Mention], subj: Mention, cue_at: int,
                         x: Ref) -> Mention:
    """A speaker who holds a party post and a government post at one level ("Bí thư Huyện ủy, Chủ tịch
    HĐND huyện nhấn mạnh: …") speaks of a Party document for the party committee of that level."""
    if _org_kind(subj) not in _GOVERNMENT_KINDS or not (x.code and _PARTY_CODE.match(x.code)) \
            or not _SPEECH_GAP.match(s[subj.end - sentence.start:cue_at]):
        return subj
    chain = [o for o in sorgs if o.end <= subj.start]
    nxt = subj
    for o in reversed(chain):
        if not _TITLE_GAP.match(s[o.end - sentence.start:nxt.start - sentence.start]):
            break
        if _org_kind(o) == "party_committee" and _org_level(o) == _org_level(subj) and o.iri is not None:
            return o
        nxt = o
    return subj


@lru_cache(maxsize=1)
def _work_names() -> dict[str, Any]:
    """Patterns of the work a well-known document launched, by its code (``names`` in the table)."""
    return {sp["code"]: regex.compile(sp["names"], regex.I) for specs in _known_table().values()
            for sp in specs if sp.get("names")}


_WORK_AT = regex.compile(r"(?:^|[,;:.)]\s*)(?:Ở|ở|Tại|tại|Với|với|Trong|trong)\s*$")
_WORK_SUBJECT = regex.compile(r"(?:^|[,;:.)]\s*)\W*(?:Việc|việc)\s+$")  # the work heads its clause
_WORK_WITH = regex.compile(r"\W*(?:Với|Ở|Tại|Đối với)\s+(?:(?:cán bộ|chiến sĩ|chiến sỹ|đảng viên|hội viên|đoàn viên)"
                           r"(?:,?\s+(?:và\s+)?(?:cán bộ|chiến sĩ|chiến sỹ|đảng viên|hội viên|đoàn viên))*\s+)?$")
_WORK_HEAD = regex.compile(r"^\W*(?:Việc|việc)\s+$")
_WORK_OUGHT = regex.compile(r"[^,;:.]{0,60}?(?<![\p{L}])(?:phải|cần|nên|chưa|không)(?![\p{L}])")
# "<org> đã lấy kết quả / đẩy mạnh việc <the work>": the body heading its clause takes the work up
_WORK_TAKEN = regex.compile(r"\s+(?:(?:đã|luôn|cũng|đều|tiếp tục|thường xuyên)\s+)*(?:lấy|gắn|đưa|đẩy mạnh|chú trọng|coi trọng)"
                            r"\s+(?:(?:kết quả|nội dung|việc)\s+)*")
_HEADS_CLAUSE = regex.compile(r"(?:^|[,;:]\s*)\W*$")
# "… đã được <org> …", "… đã được Đảng ủy, <org> …" (the body's party committee named first, as one doer)
_WORK_BY = regex.compile(r"^[^,;:.]{0,40}?\s(?:được|do)\s+(?:(?:Đảng ủy|Đảng uỷ|[Cc]ấp ủy|[Cc]ấp uỷ)\s*(?:,|và)\s+)?$")


def _work_doers(doc: Doc, refs: list[Ref], orgs: list[Mention], main: Mention | None):
    """Who does the work a known document launched, once the text has named that document:
    "Ở <org>, việc học tập, làm theo …", "việc học tập, làm theo … được <org> lãnh đạo …"."""
    names = _work_names()
    iri_of = {r.code: r.iri for r in refs if r.code in names and r.iri is not None}
    if not iri_of:
        return []
    out = []
    for sentence in doc.sentences:
        s = sentence.text
        for code, iri in iri_of.items():
            m = names[code].search(s)
            if m is None:
                continue
            sorgs = [o for o in doc.in_sentence(sentence, "organization") if o.iri is not None]
            doer = None
            for o in sorgs:
                a, b = o.start - sentence.start, o.end - sentence.start
                if b <= m.start() and _WORK_AT.search(s[:a]) and _rx(r"^\s*,[^,;:.]{0,12}$").match(s[b:m.start()]):
                    doer = o  # "Ở <org>, việc học tập …"
                elif a >= m.end() and _WORK_BY.match(s[m.end():a]) and _WORK_SUBJECT.search(s[:m.start()]):
                    doer = doer or o  # "… Hồ Chí Minh đã được <org> …"
                elif b <= m.start() and _WORK_TAKEN.fullmatch(s, b, m.start()) and _HEADS_CLAUSE.search(s, 0, a):
                    doer = doer or o  # "<org> đã lấy kết quả <the work> làm tiêu chí …"
            if doer is None and sorgs:  # "Với cán bộ, chiến sỹ <org>, … việc học tập, làm theo …"
                o = sorgs[0]
                a, b = o.start - sentence.start, o.end - sentence.start
                if b <= m.start() and _WORK_WITH.match(s[:a]) and _rx(r"\s*,").match(s, b) \
                        and not any(b <= g.start - sentence.start < m.start() for g in sorgs[1:]):
                    doer = o
            if doer is None and main is not None and not sorgs and _WORK_HEAD.match(s[:m.start()]) \
                    and not _WORK_OUGHT.match(s, m.end()):
                doer = main  # "Việc học tập, làm theo … đã trở thành nền nếp": the article's body
            if doer is not None:
                out.append((doer.iri, iri, sentence))
    return out


_PASSIVE_BY = regex.compile(r"\s*,?\s*(?:(?:đã|cũng|luôn|đều|sớm|thường xuyên)\s+)*được\s+(?:các\s+)?")
_PASSIVE_VERB_GAP = regex.compile(r"[^.;:()“”\"]{0,40}?$")
_AT_BODY = regex.compile(r"\s*(?:ở|tại|trong)\s+(?:(?:toàn|cả)\s+)?")


def _after_ref(x: Ref) -> list[int]:
    return sorted({x.end, max(x.end, x.tail_end)})


def _passive_doer(s: str, sentence: Sentence, sorgs: list[Mention], x: Ref) -> Mention | None:
    """"<X> được Đảng bộ xã Y triển khai sâu rộng": the body after "được" that a verb of carrying
    out follows."""
    P = patterns()
    for at in _after_ref(x):
        m = _PASSIVE_BY.match(s, at)
        if m is None:
            continue
        o = next((o for o in sorgs if o.start - sentence.start == m.end() and o.iri is not None), None)
        if o is None:  # "<X> được các cấp ủy, chi bộ trong Đảng bộ huyện Y thực hiện": the bodies within Y, for Y
            inner = _BODIES_WITHIN.match(s, m.end())
            if inner is None or not _PARTY_BODY.search(inner.group(1)):
                continue
            o = next((o for o in sorgs if o.start - sentence.start == inner.end() and o.iri is not None
                      and _org_kind(o) == "party_committee"), None)
            if o is None:
                continue
        b = o.end - sentence.start
        v = P.carry_near_re.search(s, b, b + 50)
        if v is not None and _PASSIVE_VERB_GAP.match(s[b:v.start()]) is not None \
                and not _rx(r"[.;:]").search(s, b, v.start()):
            return o
    return None


# a clause headed by a work done in a body, then "được" and the verb: "Việc <work> trong <org> được …"
_WORK_IN = regex.compile(r"(?:^|[:;.]\s*|,\s+)\W*[Vv]iệc\s+[^;:.()“”\"]{3,160}?\s(?:trong|ở|tại)\s+(?:(?:toàn|cả)\s+)?$")
_WORK_IN_TAIL = regex.compile(r"^(?:\s+\p{Lu}[\p{L}\d]*){0,3}\s*(?:(?:đã|đều|luôn|cũng|sẽ|đang|tiếp tục|thường xuyên)\s+)*"
                              r"được\s+[^,;:.()“”\"]{0,40}$")


def _work_done_in(s: str, sentence: Sentence, sorgs: list[Mention], cue_at: int) -> Mention | None:
    """"Việc học tập … trong <org> được gắn chặt thực hiện <X>": the body in which the work that
    carries the directive out is done (the work, not the body, heads the passive clause)."""
    for o in reversed(sorgs):
        a, b = o.start - sentence.start, o.end - sentence.start
        if b > cue_at or o.iri is None:
            continue
        if _WORK_IN_TAIL.match(s[b:cue_at]) and _WORK_IN.search(s[:a]):
            return o
        break
    return None


_CONFERENCE_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Hh]ội nghị|[Ll]ễ|[Hh]ội thảo|[Tt]ọa đàm|[Tt]oạ đàm)(?![\p{L}])[^;:.!?()“”\"]{0,80}$")
_HELD_BY = regex.compile(r"[^;:.!?()“”\"]{0,80}?\s(?:do|được)\s+")
_HOLDS = regex.compile(r"\s*(?:long trọng\s+)?(?:tổ chức|chủ trì)(?![\p{L}])")


def _conference_holder(s: str, sentence: Sentence, sorgs: list[Mention], cue_at: int, x: Ref) -> Mention | None:
    """"Hội nghị sơ kết 5 năm thực hiện <X> … do <org> tổ chức": the body that holds the review of a
    directive carries it out (as one that "tổ chức hội nghị sơ kết …" does)."""
    if _CONFERENCE_BEFORE.search(s, 0, cue_at) is None:
        return None
    o = _body_after(_HELD_BY, s, sentence, sorgs, x)
    if o is None or not _HOLDS.match(s, o.end - sentence.start):
        return None
    return o


_SUBORDINATES = regex.compile(r"(?<![\p{L}])(?:[Cc]ác|[Nn]hững|[Tt]oàn bộ|100\s*%)\s+(?:chi,\s*đảng bộ|chi bộ|đảng bộ|tổ chức (?:cơ sở )?đảng)"
                              r"(?:\s*(?:,|và)\s*(?:chi bộ|đảng bộ)(?:\s+cơ sở)?)*(?:\s+cơ sở)?\s+trực thuộc(?![\p{L}])\s*")
# the subject after a fronted clause: the bodies below a named one ("…, hằng năm, các cấp ủy đảng trực thuộc Huyện ủy Y")
_SUBORDINATES_HEAD = regex.compile(r"[^;:.]{0,80}?,\s*(?:[\p{Ll}\d\s]{0,20},\s*)?(?P<head>các|những|toàn bộ|100\s*%)\s+"
                                   r"(?:cấp (?:ủy|uỷ)(?:\s+đảng)?|chi bộ|đảng bộ|tổ chức (?:cơ sở )?đảng)"
                                   r"(?:\s*(?:,|và)\s*(?:chi bộ|đảng bộ|cấp (?:ủy|uỷ))(?:\s+cơ sở)?)*(?:\s+cơ sở)?\s+trực thuộc\s+",
                                   regex.I)
_SUBORDINATES_GAP = 6  # words between the bodies (and their parent) and the verb: "đã nghiêm túc"


def _parent_of_subordinates(s: str, sentence: Sentence, sorgs: list[Mention], cue_at: int,
                            main: Mention | None) -> Mention | None:
    """"Các chi bộ, đảng bộ trực thuộc Huyện ủy Y đã quán triệt <X>": the bodies below Y are Y's party
    organization at work; with no parent named ("các chi bộ trực thuộc"), the article's body's."""
    m = None
    for m in _SUBORDINATES.finditer(s, 0, cue_at):
        pass
    named = False
    if m is None:  # "Các cấp ủy, tổ chức đảng trong Đảng bộ huyện Y đã …": only with the parent named
        for m in _BODIES_WITHIN.finditer(s, 0, cue_at):
            pass
        named = m is not None and _PARTY_BODY.search(m.group(1)) is not None
        if not named:
            return None
    if m is None or _rx(r"[;:.!?]").search(s, m.end(), cue_at):
        return None
    o = next((o for o in sorgs if o.start - sentence.start == m.end() and o.iri is not None), None)
    if named and (o is None or _org_kind(o) != "party_committee"):
        return None
    rest_at = o.end - sentence.start if o is not None else m.end()
    if len(s[rest_at:cue_at].split()) > _SUBORDINATES_GAP or "," in s[rest_at:cue_at]:
        return None
    if o is not None:
        return o if _org_kind(o) in ("party_committee", "executive_committee", "standing_committee") else None
    return main if main is not None and _org_kind(main) == "party_committee" else None


def _body_after(gap: regex.Pattern, s: str, sentence: Sentence, sorgs: list[Mention], x: Ref) -> Mention | None:
    """The body named right after the directive, past a gap the pattern reads: "Việc thực hiện
    <X> ở Đảng bộ xã Y …" (_AT_BODY), "kiểm tra <X> tại Đảng ủy xã Y" (_INSPECTED_AT)."""
    for at in _after_ref(x):
        m = gap.match(s, at)
        if m is None:
            continue
        o = next((o for o in sorgs if o.start - sentence.start == m.end() and o.iri is not None), None)
        if o is not None:
            return o
    return None


_AT_PLACE = regex.compile(r"[^;:.!?()“”\"]{0,80}?\s(?:ở|tại|trên địa bàn)\s+(?:(?:toàn|cả)\s+)?"
                          r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+\p{Lu}")


_AT_BARE_PLACE = regex.compile(r"[^;:.!?()“”\"]{0,80}?\s(?:ở|tại|trên địa bàn)\s+(?:(?:toàn|cả)\s+)?"
                               r"(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![\p{L}])\s*(?:[;:.!?]|$)")


def _body_of_place_after(doc: Doc, x: Ref, orgs: list[Mention]) -> Mention | None:
    """The party committee of the place named right after a directive ("… ở huyện Thới Lai"); a place
    without its name ("… trên địa bàn huyện") is the one of that level the sentence named before, else
    the article's body of that level."""
    s = x.sentence.text
    m = _AT_PLACE.match(s, x.end)
    if m is None:
        m = _AT_BARE_PLACE.match(s, x.end)
        if m is None:
            return None
        level = _GOVERNMENT_LEVEL[m.group(1)]
        place = None
        for p in doc.of("place"):
            if p.sentence.index == x.sentence.index and p.end <= x.sentence.start + x.start \
                    and p.iri is not None and p.attrs.get("level") == level:
                place = p
        if place is not None:
            return _party_body_of(place, orgs)
        cands = {o.iri.value: o for o in orgs if o.iri is not None and _org_kind(o) == "party_committee"
                 and _org_level(o) == level}
        return next(iter(cands.values())) if len(cands) == 1 else None
    at = x.sentence.start + m.end() - 1
    place = next((p for p in doc.of("place") if p.iri is not None and p.sentence.index == x.sentence.index
                  and p.start <= at < p.end), None)
    if place is None:
        return None
    return _party_body_of(place, orgs)


def _place_body_after(gap: regex.Pattern, s: str, sentence: Sentence, places: list[Mention],
                      orgs: list[Mention], x: Ref) -> Mention | None:
    """The party committee of the place named right after the directive, past a gap the pattern
    reads: "kiểm tra việc thực hiện <X> tại huyện Y", "… tại Y" (Y's committee, when the text names it)."""
    for at in _after_ref(x):
        m = gap.match(s, at)
        if m is None:
            continue
        unit = _rx(r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+").match(s, m.end())
        start = sentence.start + (unit.end() if unit is not None else m.end())
        place = next((p for p in places if p.iri is not None and p.sentence.index == sentence.index
                      and p.start == start), None)
        if place is not None:
            return _party_body_of(place, orgs)
    return None


def _party_body_of(place: Mention, orgs: list[Mention]) -> Mention | None:
    """The party committee whose place is this place, among the organizations named."""
    return next((o for o in orgs if o.iri is not None and _org_kind(o) == "party_committee"
                 and o.attrs.get("place_iri") == place.iri), None)


# the newspaper's tag opening its lead ("(TTXVN) - ", "(ABC) "): no part of the sentence's clauses
_SOURCE_TAG = r"^\s*(?:\(\p{Lu}[\p{Lu}\p{Ll}.\-]{0,15}\)\s*(?:[-–]\s*)?)?"


def _subject(s: str, sentence: Sentence, sorgs: list[Mention], cue_at: int, x: Ref, rs: list[Ref],
             doc_orgs: list[Mention] = (), places: list[Mention] = ()) -> Mention | None:
    """Who does it: the organization heading the clause of the verb, else the one after a fronted clause."""
    spans = [(r.start, max(r.end, r.tail_end)) for r in rs]

    def inside(o: Mention) -> bool:
        p = o.start - sentence.start
        return any(a <= p < b for a, b in spans)

    for o in sorgs:  # "Ban Chỉ đạo thực hiện <X>": a body named for the task is its doer
        if o.start - sentence.start < cue_at < o.end - sentence.start:
            return o

    for o in reversed(sorgs):  # "sai phạm của <org> trong thực hiện <X>": that organization's doing
        if o.end - sentence.start <= cue_at and not inside(o):
            if _rx(r"^\s*(?:trong|khi)\s+(?:quá trình\s+|việc\s+)?$").match(s[o.end - sentence.start:cue_at]):
                return o
            break
    before = [o for o in sorgs if o.start - sentence.start < cue_at and not inside(o)
              and not _OBJECT_BEFORE.search(s[max(0, o.start - sentence.start - 12):o.start - sentence.start])
              and not _BRACKETED.search(s, 0, o.start - sentence.start)  # "Sư đoàn 330 (Quân khu 9)": an aside
              and not (_ACCORDING_TO.match(s, 0, o.start - sentence.start)  # "Theo Chủ tịch UBND X, …": who says it
                       and "," in s[o.end - sentence.start:cue_at])]
    if before:
        o = before[-1]
        gap = s[min(o.end - sentence.start, cue_at):cue_at]
        paired = _PAIRED_PLACE.match(s, o.end - sentence.start) if _BARE_PARTY.fullmatch(o.text.strip()) else None
        if paired is not None and paired.end() <= cue_at:  # "Đảng bộ, chính quyền và nhân dân xã Y đã …": from Y on
            name = _rx(r"\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*)*").match(s, paired.end() - 1)
            gap = s[min(name.end(), cue_at):cue_at]
        insp = _INSPECTS.search(gap)
        if insp is not None and not _rx(r"[,;:]").search(gap, 0, insp.start()):  # ("kiểm tra, giám sát": one act)
            # "<org> kiểm tra việc thực hiện <X> tại Đảng ủy xã Y": the body inspected does it
            seen = _body_after(_INSPECTED_AT, s, sentence, sorgs, x) or \
                _place_body_after(_INSPECTED_AT, s, sentence, places, doc_orgs, x)
            if seen is not None:
                return seen
        asked = _ASKED.match(gap)
        if asked is not None:  # "<title> <org> đề nghị Đảng ủy xã tiếp tục thực hiện <X>": the body asked
            at = o.end - sentence.start + asked.end()
            o = next((g for g in sorgs if g.start - sentence.start == at and g.end - sentence.start <= cue_at), o)
            gap = s[min(o.end - sentence.start, cue_at):cue_at]
        if ";" not in gap and (len(gap.split()) <= 14 or (len(gap.split()) <= 32 and _HELD.match(gap))):
            return o  # (a body that holds a conference to review <X> does <X>, however long the conference's name)
    # "Thực hiện <X>, <org> …": the subject follows the fronted clause
    if not s[:cue_at].strip(" ,") or _rx(_SOURCE_TAG + r"(?:[\p{L}\d/\s]{0,30},\s*)?(?:Để|Nhằm|Trong|Qua|Sau|Điểm nhấn|Ngay|Tiếp tục)?[\p{L}\d\s]{0,40}$").match(s[:cue_at]) \
            or _FRONT_ROLE.match(s[:cue_at]) or _lost_boundary(s, cue_at) \
            or _rx(r",\s*(?:sau khi|khi|trong khi)\s+$").search(s[:cue_at]):  # "…, khi kiểm điểm theo <X>, <org> …"
        listed = _fronted_list(sorted(rs, key=lambda r: r.start), s)
        last = listed[-1] if x in listed else x  # "Thực hiện <X>; <W>, <org> …": after the whole list
        sub = _SUBORDINATES_HEAD.match(s, max(last.end, last.tail_end if last.form != "anaphor" else last.end))
        if sub is not None:  # "Thực hiện <X>, các chi bộ trực thuộc Đảng ủy xã Y đã …": Y's party organization
            o = next((o for o in sorgs if o.start - sentence.start == sub.end() and o.iri is not None), None)
            skipped = any(sub.start() <= p.start - sentence.start < sub.start("head") for p in sorgs)
            if o is not None and not skipped \
                    and _org_kind(o) in ("party_committee", "executive_committee", "standing_committee"):
                return o
        after = [o for o in sorgs if o.start - sentence.start > last.end and not inside(o)
                 and not _OBJECT_BEFORE.search(s[max(0, o.start - sentence.start - 12):o.start - sentence.start])]
        if after:
            o = after[0]
            between = s[last.end:o.start - sentence.start]
            if "," in between and (";" not in between or _subject_runs_on(last, s, o.end - sentence.start)):
                return _with_parent_after(o, s, sentence, sorgs, doc_orgs)
        # "Thực hiện <X>, thời gian qua, chi bộ lựa chọn …": a short name for a body named before
        m = _SHORT_BODY.search(s, x.end)  # (the subject phrase may have run on over the comma)
        if m and not _rx(r"[;.:]").search(s[x.end:m.start()]):
            kind = "party_cell" if m.group(1) in ("chi bộ", "chi ủy", "chi uỷ") else "party_committee"
            at = sentence.start + m.start(1)
            before = [o for o in doc_orgs if o.iri is not None and o.start < at and _org_kind(o) == kind]
            if before:
                return before[-1]
    # "Điểm mới năm nay là thực hiện <X>, <org> đã …": a longer lead-in naming no body, then a body
    # heading the main clause with its verb
    if _LEAD_IN.match(s, 0, cue_at) and not any(o.start - sentence.start < cue_at for o in sorgs):
        after = [o for o in sorgs if o.start - sentence.start > max(x.end, x.tail_end) and not inside(o)]
        if after:
            o = after[0]
            between = s[x.end:o.start - sentence.start]
            if _rx(r",\s*$").search(between) and not _rx(r"[;:.]").search(between) \
                    and _MAIN_VERB.match(s, o.end - sentence.start):
                return _with_parent_after(o, s, sentence, sorgs, doc_orgs)
    return None


def _subject_runs_on(x: Ref, s: str, org_end: int) -> bool:
    """"Thực hiện <X> về A; ngăn chặn B …, <org> đã …": the semicolon goes on with what X is about (it
    falls where its subject was cut), and the body after the comma heads the main clause with its verb."""
    cut = s.find(";", x.end)
    return bool(x.subject.startswith("về")) and cut == x.tail_end and _MAIN_VERB.match(s, org_end) is not None


_LEAD_IN = regex.compile(r"[^,;:()“”\"]{0,160}$")
# the words a main clause's verb opens with
_MAIN_VERBS = r"(?:đã|đang|sẽ|vừa|cũng|đều|luôn|tiếp tục|chủ động|tập trung)"
_MAIN_VERB = regex.compile(r"\s+" + _MAIN_VERBS + r"\s")


# a cell's short name heading the clause of the verb, after a time at most: "nhiệm kỳ tới chi bộ tập trung
# triển khai <X>" (not "các chi bộ", "chi bộ thôn Y", "sinh hoạt chi bộ")
_SHORT_CELL_HEAD = regex.compile(r"\s*(?:(?:trong\s+)?(?:nhiệm kỳ|năm|giai đoạn)\s+(?:\d{4}\s*[-–]\s*\d{4}|\d{4}|tới|qua|này)\s*,?\s+"
                                 r"|(?:trong\s+)?thời gian\s+(?:tới|qua)\s*,?\s+)?chi bộ\s+"
                                 r"(?:(?:đã|sẽ|đang|cần|phải|luôn|tiếp tục|tập trung|chủ động|tích cực|thường xuyên|cũng|đều|"
                                 r"lãnh đạo|chỉ đạo|tổ chức|triển khai)\s+)*")


def _short_cell_subject(s: str, sentence: Sentence, cue_at: int, doc_orgs: list[Mention]) -> Mention | None:
    """The cell the article is about, when "chi bộ" in lower case, with no name, heads the clause: the one
    cell the text has named before, when it holds the congress the text tells of or the lead names it
    (none when two different cells are named, or the one named is only named in passing)."""
    clause_at = max(s.rfind(",", 0, cue_at), s.rfind(";", 0, cue_at), s.rfind(":", 0, cue_at)) + 1
    if not _SHORT_CELL_HEAD.fullmatch(s, clause_at, cue_at):
        return None
    at = sentence.start + clause_at
    before = [o for o in doc_orgs if o.iri is not None and o.start < at and _org_kind(o) == "party_cell"]
    if not before or len({o.iri for o in before}) > 1:
        return None
    lead = min((o.sentence.index for o in doc_orgs), default=0)
    for o in before:
        t, a, b = o.sentence.text, o.start - o.sentence.start, o.end - o.sentence.start
        if o.sentence.index == lead or _CONGRESS_OF.search(t, max(0, a - 20), a) or _HOLDS_CONGRESS.match(t, b):
            return o
    return None


def _with_parent_after(o: Mention, s: str, sentence: Sentence, sorgs: list[Mention], doc_orgs) -> Mention:
    """"Ban Thường vụ (BTV) Huyện ủy Thới Lai" read as two mentions: the organ of the body written after it."""
    nxt = next((m for m in sorgs if m.start >= o.end and m.iri is not None and m.iri != o.iri), None)
    if nxt is None or o.attrs.get("parent_iri") == nxt.iri or \
            not _rx(r"^\s*(?:\([^()]{1,12}\))?\s*$").match(s[o.end - sentence.start:nxt.start - sentence.start]):
        return o
    return next((m for m in doc_orgs if m.iri is not None and _org_kind(m) == _org_kind(o)
                 and m.attrs.get("parent_iri") == nxt.iri), o)


# bodies in general, a party one among them: "các tổ chức đảng, Ủy ban Kiểm tra", "cấp ủy đảng, chính quyền"
_ANY_BODIES = (r"(?:các\s+)?(?:[Cc]ấp (?:ủy|uỷ)(?:\s+đảng)?|[Tt]ổ chức (?:cơ sở )?đảng|(?:Ủy|Uỷ|ủy|uỷ) ban [Kk]iểm tra(?:\s+đảng)?|"
               r"[Cc]hi bộ|[Đđ]ảng bộ|[Cc]hính quyền|[Đđ]oàn thể|[Mm]ặt trận|ban,? ngành|ngành)(?:\s+các cấp)?")
_BODIES_LIST = _ANY_BODIES + r"(?:\s*(?:,|và)\s*" + _ANY_BODIES + r")*"
# "các cấp ủy, chi bộ trong <org>": the party bodies within an organization, standing for it
_BODIES_WITHIN = regex.compile(r"(" + _BODIES_LIST + r")\s+(?:các cấp\s+)?(?:trong|thuộc|trực thuộc)\s+(?:toàn\s+)?")
_PARTY_BODY = regex.compile(r"(?:cấp (?:ủy|uỷ)|tổ chức (?:cơ sở )?đảng|ban kiểm tra|chi bộ|đảng bộ)", regex.I)
_UNIT = r"(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![\p{L}])((?:\s+\p{Lu}[\p{L}]*)*)"
_IN_UNIT = r"(?:của|ở|trong|thuộc|trên địa bàn|toàn)\s+(?:toàn\s+|cả\s+)?" + _UNIT
# "…, các tổ chức cơ sở đảng trong xã Y đều …": the bodies of a place head the main clause
_TERRITORY_ACTIVE = regex.compile(r",\s*(" + _BODIES_LIST + r")\s+(?:các cấp\s+)?" + _IN_UNIT +
                                  r"\s*,?\s+" + _MAIN_VERBS + r"\s")
# "…, việc … trong toàn huyện luôn được cấp ủy, chính quyền chú trọng": the work of a place, done by its bodies
_TERRITORY_PASSIVE = regex.compile(r"\s" + _IN_UNIT + r"\s+(?:(?:đã|luôn|đều|cũng|thường xuyên|ngày càng)\s+)*"
                                   r"được\s+(" + _BODIES_LIST + r")")
# "…, <công việc> trên địa bàn xã Y đã được triển khai hiệu quả": the work of a place, done there, no agent named
_TERRITORY_DONE = regex.compile(r"\s(?:ở|tại|trong|trên địa bàn)\s+(?:toàn\s+|cả\s+)?" + _UNIT +
                                r"\s+(?:(?:đã|luôn|đều|cũng|thường xuyên|ngày càng)\s+)*được\s+(?:tổ chức\s+)?"
                                r"(?:triển khai|thực hiện|quán triệt|cụ thể hóa|cụ thể hoá)(?![\p{L}])")
# "Sau một năm thực hiện <X>, huyện đã …": a place with no name of its own heads the main clause
_PLACE_HEADS = regex.compile(r",\s*(?:toàn\s+|cả\s+)?(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![\p{L}])"
                             r"\s*,?\s+" + _MAIN_VERBS + r"\s")
# "…, các đơn vị, địa phương của cả huyện đã …": the localities of a whole place head the main clause
_LOCALITIES_HEAD = regex.compile(r",\s*(?:các\s+)?(?:địa phương|đơn vị)(?:\s*(?:,|và)\s*(?:các\s+)?(?:địa phương|đơn vị|cơ quan))*"
                                 r"\s+(?:trong|trên địa bàn|của|thuộc)\s+(?:toàn|cả)\s+"
                                 r"(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![\p{L}])\s*,?\s+" + _MAIN_VERBS + r"\s")
_FRONTED_AT = regex.compile(r"^\W*(?:[\p{L}\d\s]{0,40},\s*)?(?:Để|Nhằm|Qua|Sau|Tiếp tục|Triển khai)?[\p{L}\d\s]{0,30}$")


def _territory_body(doc: Doc, s: str, sentence: Sentence, cue_at: int, x: Ref, orgs: list[Mention],
                    main: Mention | None):
    """The IRI of the party body of a place whose bodies in general carry out a fronted directive:
    "Triển khai <X>, các tổ chức cơ sở đảng trong xã Y đều …" (xã Y's party body),
    "Học tập <X>, việc … trong toàn huyện luôn được cấp ủy chú trọng" (the district's)."""
    if not _FRONTED_AT.match(s, 0, cue_at):
        return None
    start = x.end  # (a subject read after it may have run on into the main clause)
    stop = _rx(r"[;:.!?]").search(s, start)
    stop = stop.start() if stop else len(s)
    m = _TERRITORY_ACTIVE.search(s, start, stop)
    bodies, unit, name = (m.group(1), m.group(2), m.group(3)) if m else ("", "", "")
    if m is None:
        m = _PLACE_HEADS.search(s, start, stop)
        if m is not None:  # "…, huyện đã …": the place, for its party body
            bodies, unit = "cấp ủy", m.group(1)
    if m is None:
        m = _LOCALITIES_HEAD.search(s, start, stop)
        if m is not None:  # "…, các địa phương trong toàn huyện đã …": the place, for its party body
            bodies, unit = "cấp ủy", m.group(1)
    if m is None:
        m = _TERRITORY_PASSIVE.search(s, start, stop)
        if m is not None:
            unit, name, bodies = m.group(1), m.group(2), m.group(3)
    if m is None:  # "Thực hiện <X>, các công trình trên địa bàn xã Y đã được triển khai": the work of a place
        m = _TERRITORY_DONE.search(s, start, stop)
        if m is None:
            return None
        unit, name, bodies = m.group(1), m.group(2), "cấp ủy"
    if not _PARTY_BODY.search(bodies):
        return None
    if name.strip():  # a place named: its party body, as the text names it
        at = sentence.start + m.start(3 if m.re is _TERRITORY_ACTIVE else 2) + 1
        place = next((p for p in doc.of("place") if p.iri is not None and p.start <= at < p.end), None)
        if place is None:
            return None
        body = _party_body_of(place, orgs)
        return body.iri if body is not None else None
    level = _GOVERNMENT_LEVEL[unit]  # "trong tỉnh": the body of that level the article names
    if main is not None and _org_level(main) == level and _org_kind(main) == "party_committee":
        return main.iri
    found = Counter()
    for o in orgs:
        if o.iri is None or _org_level(o) != level:
            continue
        if _org_kind(o) == "party_committee":
            found[o.iri.value] += 1
        elif o.attrs.get("parent_iri") is not None and _org_kind(o) != "party_cell":
            found[o.attrs["parent_iri"].value] += 1  # "Ban Thường vụ Tỉnh ủy Y": its Tỉnh ủy
    if len(found) != 1:
        return None
    return next(o.iri if _org_kind(o) == "party_committee" else o.attrs["parent_iri"]
                for o in orgs if o.iri is not None and _org_level(o) == level
                and (o.iri.value if _org_kind(o) == "party_committee" else
                     getattr(o.attrs.get("parent_iri"), "value", None)) in found)


_INSPECTS = regex.compile(r"(?<![\p{L}])(?:đã\s+|vừa\s+|sẽ\s+)?(?:tiến hành\s+)?(?:kiểm tra|giám sát)(?:,?\s+(?:và\s+)?giám sát)?"
                          r"(?:\s+(?:về\s+)?(?:việc|tình hình|kết quả))?\s+$")
_INSPECTED_AT = regex.compile(r"\s*(?:[^,;:.()“”\"]{0,40}?\s)?(?:tại|ở|đối với)\s+")


_ASKED = regex.compile(r"^[^,;:.]{0,30}?(?<![\p{L}])(?:đề nghị|kiến nghị|mong muốn)\s+")
_HELD = regex.compile(r"^\s*(?:đã\s+|vừa\s+)?tổ chức\s+(?:Hội nghị|hội nghị|lễ|Lễ|buổi|cuộc)(?![\p{L}])[^;:]*"
                      r"(?<![\p{L}])(?:sơ kết|tổng kết|quán triệt|triển khai|học tập)\s")
_ACCORDING_TO = regex.compile(r"\W*(?:Theo|Trao đổi với[^,;:]*?,)\s+[^,;:]*$")
# a sentence run on into the next one, its full stop lost: "… các cấp Tiếp tục triển khai <X>, <org> …"
_LOST_BOUNDARY = regex.compile(r"(?<=\p{Ll}\s+)(?:Tiếp tục|Để|Nhằm|Thực hiện|Triển khai|Quán triệt)(?![\p{L}])[^,;:.]{0,20}$")


def _lost_boundary(s: str, cue_at: int) -> bool:
    """Whether a capitalised verb right after a lower-case word opens the clause of the verb at ``cue_at``."""
    m = _LOST_BOUNDARY.search(s, max(0, cue_at - 30), cue_at + len("Thực hiện"))
    return m is not None and m.start() <= cue_at


# a fronted clause saying what the subject is ("Là một trong 3 đơn vị được chọn làm điểm triển khai <X>, <org> …")
_FRONT_ROLE = regex.compile(r"^\s*(?:Là|Được|Với vai trò|Với tư cách)(?![\p{L}])[\p{L}\d\s]{0,90}$")
# a body's short name heading the clause after a fronted one: lowercase, no name of its own after it
_SHORT_BODY = regex.compile(r",\s+(?:[\p{Ll}\d\s]{0,30},\s+)?(chi bộ|chi ủy|chi uỷ|đảng ủy|đảng uỷ|đảng bộ)(?![\p{L}])"
                            r"(?!\s+(?:\p{Lu}|xã|phường|thị trấn|huyện|tỉnh|thôn|bản|cơ sở|các|và|,))")


def component() -> Component:
    return Component()
