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
