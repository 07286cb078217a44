"""Library queries answered from short documents written for the test, ingested with the real
command into a real store: what a researcher reads in each column, and what must not appear."""

from __future__ import annotations

import csv
import io
import json

import pytest


def ingest(cli, tmp_path, *docs: dict):
    """A store holding the documents, given as JSON-lines records (text, url, date, title)."""
    f = tmp_path / "docs.jsonl"
    f.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    store = tmp_path / "store"
    r = cli("ingest", "--store", store, f)
    assert r.returncode == 0, r.stderr
    return store


def rows(cli, store, *args):
    r = cli("query", "--store", store, "--format", "csv", *args)
    assert r.returncode == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout)))


# ----------------------------------------------------------------------------- coverage

THREE_COMMUNES = (
    {"url": "https://example.org/chieng-mai", "date": "2021-03-04", "title": "Xã Chiềng Mai",
     "text": "Đảng bộ xã Chiềng Mai, huyện Mai Sơn, tỉnh Sơn La có 152 đảng viên."},
    {"url": "https://example.org/chieng-ban", "title": "Xã Chiềng Ban",
     "text": "Đảng bộ xã Chiềng Ban, huyện Mai Sơn, tỉnh Sơn La có 98 đảng viên."},
    {"url": "https://example.org/hat-lot", "title": "Xã Hát Lót",
     "text": "Đảng bộ xã Hát Lót, huyện Mai Sơn, tỉnh Sơn La có 210 đảng viên."},
)


def test_coverage_counts_undated_documents_beside_a_dated_one(cli, tmp_path):
    store = ingest(cli, tmp_path, *THREE_COMMUNES)
    got = {(r["province"], r["year"]): int(r["documents"]) for r in rows(cli, store, "coverage")}
    assert got == {("Sơn La", "2021"): 1, ("Sơn La", ""): 2}


def test_coverage_gives_no_year_to_an_undated_document(cli, tmp_path):
    store = ingest(cli, tmp_path, *THREE_COMMUNES[1:])
    got = {(r["province"], r["year"]): int(r["documents"]) for r in rows(cli, store, "coverage")}
    assert got == {("Sơn La", ""): 2}


# ----------------------------------------------------------------------------- indicators named

PLAN_AND_RESULT = (
    {"url": "https://example.org/plan", "date": "2020-05-02",
     "text": "Phấn đấu đến năm 2025, Đảng bộ xã Chiềng Mai kết nạp 60 đảng viên mới."},
    {"url": "https://example.org/count-a", "text": "Đảng bộ xã Chiềng Mai có 150 đảng viên."},
    {"url": "https://example.org/count-b", "text": "Đảng bộ xã Chiềng Mai có 160 đảng viên."},
)


def test_targets_name_their_indicator_by_key_and_label(cli, tmp_path):
    store = ingest(cli, tmp_path, *PLAN_AND_RESULT)
    for args in ((), ("-p", "indicator=new_members_admitted")):
        (row,) = rows(cli, store, "targets-achievements", *args)
        assert row["indicator"] == row["indicator_key"] == "new_members_admitted"
        assert row["indicator_label"] == "Đảng viên mới kết nạp"
        assert row["target"] == "60"


def test_a_key_given_keeps_only_its_indicator(cli, tmp_path):
    store = ingest(cli, tmp_path, *PLAN_AND_RESULT)
    assert rows(cli, store, "targets-achievements", "-p", "indicator=party_members") == []


def test_conflicting_figures_name_their_indicator_by_key_and_label(cli, tmp_path):
    store = ingest(cli, tmp_path, *PLAN_AND_RESULT)
    (row,) = rows(cli, store, "conflicting-figures")
    assert row["indicator"] == row["indicator_key"] == "party_members"
    assert row["indicator_label"] == "Số đảng viên"
    assert (row["value_a"], row["value_b"]) == ("150", "160")


# ----------------------------------------------------------------------------- post-holders

TWO_SECRETARIES = (
    {"url": "https://example.org/chieng-mai-secretary", "date": "2022-06-01",
     "text": "Đồng chí Lò Văn Pọm, Bí thư Đảng ủy xã Chiềng Mai, huyện Mai Sơn, tỉnh Sơn La cho biết "
             "xã đã hoàn thành kế hoạch năm."},
    {"url": "https://example.org/muong-te-secretary",
     "text": "Ông Giàng A Chớ, Bí thư Huyện ủy Mường Tè, tỉnh Lai Châu đã dự hội nghị."},
)


def test_post_holders_name_the_province_of_every_body(cli, tmp_path):
    store = ingest(cli, tmp_path, *TWO_SECRETARIES)
    got = {(r["person_label"], r["place"], r["province"], r["within"]) for r in rows(cli, store, "post-holders")}
    assert got == {("Lò Văn Pọm", "Chiềng Mai", "Sơn La", ""), ("Giàng A Chớ", "Mường Tè", "Lai Châu", "")}


def test_post_holders_of_a_province_or_a_district_give_the_province_by_name(cli, tmp_path):
    store = ingest(cli, tmp_path, *TWO_SECRETARIES)
    for place in ("Sơn La", "Mai Sơn"):
        (row,) = rows(cli, store, "post-holders", "-p", f"province={place}")
        assert (row["person_label"], row["province"]) == ("Lò Văn Pọm", "Sơn La")
        assert row["within"].startswith("https://w3id.org/partykg/id/place/")


def test_post_holders_of_another_province_are_left_out(cli, tmp_path):
    store = ingest(cli, tmp_path, *TWO_SECRETARIES)
    got = {r["person_label"] for r in rows(cli, store, "post-holders", "-p", "province=Lai Châu")}
    assert got == {"Giàng A Chớ"}


# ----------------------------------------------------------------------------- names in parameters

NAMED_BODIES = (
    {"url": "https://example.org/son-la-secretary",
     "text": "Đồng chí Cầm Văn Nọi, Bí thư Đảng bộ tỉnh Sơn La, phát biểu chỉ đạo hội nghị."},
    {"url": "https://example.org/muong-te-directive",
     "text": "Năm 2023, Đảng bộ huyện Mường Tè quán triệt Chỉ thị số 05-CT/TW đến từng chi bộ."},
    {"url": "https://example.org/chieng-ban-front",
     "text": "Xã Chiềng Ban, huyện Mai Sơn, tỉnh Sơn La đẩy mạnh phong trào thi đua. "
             "Ủy ban MTTQ xã đã vận động nhân dân hiến đất làm đường."},
)
PROVINCE_DIRECTIVE = {
    "url": "https://example.org/than-uyen-directive",
    "text": "Đảng bộ huyện Than Uyên triển khai thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy Lai Châu về phát triển kinh tế."}


def documents_of(cli, store, entity):
    return {r["document"] for r in rows(cli, store, "entity-documents", "-p", f"entity={entity}")}


def test_a_committee_is_found_by_the_name_articles_give_it(cli, tmp_path):
    store = ingest(cli, tmp_path, *NAMED_BODIES)
    for name in ("Tỉnh ủy Sơn La", "Tỉnh uỷ Sơn La", "Ban Chấp hành Đảng bộ tỉnh Sơn La"):
        (row,) = rows(cli, store, "post-holders", "-p", f"organization={name}")
        assert (row["person_label"], row["organization_label"]) == ("Cầm Văn Nọi", "Đảng bộ tỉnh Sơn La")
    assert documents_of(cli, store, "Huyện ủy Mường Tè") == {"https://example.org/muong-te-directive"}


def test_only_a_committee_named_with_its_place_stands_for_its_party_organization():
    from partykg.queries.runner import committee_forms

    assert committee_forms("Huyện uỷ Mường Tè") == ["Đảng bộ huyện Mường Tè"]
    assert committee_forms("Thị ủy Nghĩa Lộ") == ["Đảng bộ thị xã Nghĩa Lộ"]
    assert committee_forms("Đảng ủy xã Chiềng Mai") == ["Đảng bộ xã Chiềng Mai"]
    # its organs, a bare committee and the organization's own label stand for nothing else
    for name in ("Ban Thường vụ Tỉnh ủy Sơn La", "Ban Tổ chức Huyện ủy Mường Tè", "Tỉnh ủy", "Đảng bộ tỉnh Sơn La"):
        assert committee_forms(name) == []


def test_a_body_is_found_by_its_written_name(cli, tmp_path):
    store = ingest(cli, tmp_path, *NAMED_BODIES)
    assert documents_of(cli, store, "Ủy ban MTTQ xã Chiềng Ban") == {"https://example.org/chieng-ban-front"}


def test_a_directive_is_found_by_its_code_with_tu_or_by_its_kind_and_number(cli, tmp_path):
    store = ingest(cli, tmp_path, *NAMED_BODIES)
    for name in ("05-CT/TƯ", "Chỉ thị số 05-CT/TƯ", "Chỉ thị 05", "chỉ thị số 5"):
        (row,) = rows(cli, store, "directive-implementers", "-p", f"directive={name}")
        assert (row["directive_label"], row["organization_label"]) == ("Chỉ thị số 05-CT/TW", "Đảng bộ huyện Mường Tè")


def test_a_name_no_entity_of_the_class_carries_is_still_refused(cli, tmp_path):
    store = ingest(cli, tmp_path, *NAMED_BODIES)
    for name in ("Nghị quyết 05", "Chỉ thị 06", "Huyện ủy Mường Tè"):
        r = cli("query", "--store", store, "directive-implementers", "-p", f"directive={name}")
        assert r.returncode != 0 and "nothing of class pkg:Directive" in r.stderr
    r = cli("query", "--store", store, "post-holders", "-p", "organization=Tỉnh ủy Lai Châu")
    assert r.returncode != 0 and "nothing of class org:Organization" in r.stderr


def test_a_kind_and_number_two_directives_share_is_ambiguous(cli, tmp_path):
    store = ingest(cli, tmp_path, *NAMED_BODIES, PROVINCE_DIRECTIVE)
    r = cli("query", "--store", store, "directive-implementers", "-p", "directive=Chỉ thị 05")
    assert r.returncode != 0 and "names 2 entities" in r.stderr
    (row,) = rows(cli, store, "directive-implementers", "-p", "directive=05-CT/TƯ")
    assert row["directive_label"] == "Chỉ thị số 05-CT/TW"


# ----------------------------------------------------------------------------- directive-implementers

TWICE_SAID = {
    "url": "https://example.org/muong-te-twice",
    "text": "Đảng bộ huyện Mường Tè quán triệt Chỉ thị số 05-CT/TW đến từng chi bộ. Sang quý sau, Đảng bộ huyện "
            "Mường Tè lại thực hiện Chỉ thị số 05-CT/TW bằng việc chăm lo đời sống bà con."}


def test_an_implementation_said_twice_gives_one_row_per_sentence(cli, tmp_path):
    store = ingest(cli, tmp_path, TWICE_SAID)
    got = rows(cli, store, "directive-implementers", "-p", "directive=05-CT/TW")
    mine = [r for r in got if r["organization_label"] == "Đảng bộ huyện Mường Tè"]
    assert len(mine) == 2
    first, second = sorted(r["evidence"] for r in mine)
    assert first.startswith("Sang quý sau, Đảng bộ huyện Mường Tè lại thực hiện")
    assert second.startswith("Đảng bộ huyện Mường Tè quán triệt")


def test_directive_implementers_repeat_no_row(cli, tmp_path):
    store = ingest(cli, tmp_path, TWICE_SAID)
    got = [tuple(r.values()) for r in rows(cli, store, "directive-implementers")]
    assert got and len(got) == len(set(got))


# ----------------------------------------------------------------------------- how a value is stated

STATED_VALUES = (
    {"url": "https://example.org/mai-son-2022", "date": "2022-12-20",
     "text": "Năm 2022, tỷ lệ hộ nghèo của xã Chiềng Mai giảm 3,5%. Năm 2022, tỷ lệ hộ nghèo của xã Chiềng Ban là 12%. "
             "Đảng bộ xã Chiềng Ban, huyện Mai Sơn có hơn 150 đảng viên. Đảng bộ xã Hát Lót có 210 đảng viên."},
)


def stated(out, value):
    (row,) = [r for r in out if float(r["value"]) == value]
    return row["approximation"], row["change"]


@pytest.mark.parametrize("query,params", [
    ("outcomes", ()), ("indicator-series", ("-p", "indicator=poverty_rate")),
    ("indicator-comparison", ("-p", "indicator=poverty_rate"))])
def test_a_fall_is_marked_as_a_change_and_a_level_is_not(cli, tmp_path, query, params):
    store = ingest(cli, tmp_path, *STATED_VALUES)
    out = rows(cli, store, query, *params)
    assert stated(out, 3.5) == ("", "true")
    assert stated(out, 12) == ("", "false")


@pytest.mark.parametrize("query,params", [
    ("outcomes", ()), ("indicator-series", ()), ("indicator-comparison", ())])
def test_an_approximate_value_carries_its_word_and_an_exact_one_none(cli, tmp_path, query, params):
    store = ingest(cli, tmp_path, *STATED_VALUES)
    out = rows(cli, store, query, *params)
    assert stated(out, 150) == ("hơn", "false")
    assert stated(out, 210) == ("", "false")


# ----------------------------------------------------------------------------- conflicting-figures

def members(url, text, date=None):
    return {"url": url, "text": text, **({"date": date} if date else {})}


def conflicts(cli, store):
    return {(r["value_a"], r["value_b"]) for r in rows(cli, store, "conflicting-figures")}


def test_two_values_for_one_stated_period_conflict_whenever_they_were_published(cli, tmp_path):
    store = ingest(cli, tmp_path,
                   members("https://example.org/y1", "Năm 2021, Đảng bộ xã Chiềng Mai có 150 đảng viên.", "2022-01-10"),
                   members("https://example.org/y2", "Năm 2021, Đảng bộ xã Chiềng Mai có 160 đảng viên.", "2023-05-02"))
    assert conflicts(cli, store) == {("150", "160")}


def test_two_values_of_no_period_published_the_same_day_conflict(cli, tmp_path):
    store = ingest(cli, tmp_path,
                   members("https://example.org/d1", "Đảng bộ xã Chiềng Mai có 150 đảng viên.", "2022-03-08"),
                   members("https://example.org/d2", "Đảng bộ xã Chiềng Mai có 160 đảng viên.", "2022-03-08"))
    (row,) = rows(cli, store, "conflicting-figures")
    assert (row["value_a"], row["date_a"], row["value_b"], row["date_b"]) == ("150", "2022-03-08", "160", "2022-03-08")


def test_values_of_no_period_at_different_or_unknown_times_are_a_series_not_a_conflict(cli, tmp_path):
    store = ingest(cli, tmp_path,
                   members("https://example.org/u1", "Đảng bộ xã Chiềng Mai có 133 đảng viên."),
                   members("https://example.org/u2", "Đảng bộ xã Chiềng Mai có 154 đảng viên.", "2022-12-15"),
                   members("https://example.org/u3", "Đảng bộ xã Chiềng Mai có 171 đảng viên.", "2024-02-01"))
    assert conflicts(cli, store) == set()
    series = rows(cli, store, "indicator-series", "-p", "subject=Đảng bộ xã Chiềng Mai")
    assert sorted(float(r["value"]) for r in series) == [133, 154, 171]


# ----------------------------------------------------------------------------- indicators

def test_indicators_list_every_key_with_its_label_and_its_figures(cli, tmp_path):
    store = ingest(cli, tmp_path, *THREE_COMMUNES)
    got = {r["indicator"]: r for r in rows(cli, store, "indicators")}
    members = got["party_members"]
    assert (members["label"], members["label_en"]) == ("Số đảng viên", "Party members")
    assert members["definition"] and members["group"]
    assert members["observations"] == "3"
    assert got["poverty_rate"]["observations"] == "0"


def test_indicators_leave_out_the_groups_that_gather_them(cli, tmp_path):
    store = ingest(cli, tmp_path, *THREE_COMMUNES[:1])
    keys = {r["indicator"] for r in rows(cli, store, "indicators")}
    assert "other" in keys and not any(k.startswith("group-") for k in keys)
