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
