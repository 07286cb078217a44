"""The same text read twice — an article saved under two names, a corpus copied or moved, a
second copy of the project building the demo graph — is one document: ingest reports the copy
and does not store it again, so no figure counts twice. `--keep-duplicates` stores it anyway."""

from __future__ import annotations

import json

import pytest

from partykg.graph.store import EmbeddedStore

ARTICLE = ("Đảng bộ xã Nà Hẩu hiện có 140 đảng viên. Năm 2024, Đảng bộ xã kết nạp 6 đảng viên mới, "
           "đạt 120% chỉ tiêu.\n")
OTHER = "Chi bộ thôn Khe Lóng có 31 đảng viên, năm 2024 kết nạp 2 đảng viên.\n"


def sources(store_dir) -> list[str]:
    s = EmbeddedStore(store_dir)
    try:
        return [src for _iri, src in s.documents()]
    finally:
        s.close()


def members_rows(cli, store_dir) -> list[str]:
    r = cli("query", "--store", store_dir, "--format", "csv", "outcomes")
    assert r.returncode == 0, r.stderr
    return [row for row in r.stdout.splitlines() if ",140," in row]


def test_a_copy_under_another_name_is_reported_and_not_stored_again(cli, tmp_path, store_dir):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(OTHER, encoding="utf-8")
    r = cli("ingest", "--store", store_dir, tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt")
    assert r.returncode == 0, r.stderr  # a duplicate is no failure
    assert "2 added" in r.stderr and "1 duplicate," in r.stderr
    notice = [line for line in r.stderr.splitlines() if "same text as" in line]
    assert len(notice) == 1 and "b.txt" in notice[0] and "a.txt" in notice[0]
    assert [s.rsplit("/", 1)[-1] for s in sources(store_dir)] == ["a.txt", "c.txt"]
    assert len(members_rows(cli, store_dir)) == 1  # the 140 members, once


def test_a_copy_met_in_a_later_run_is_a_duplicate_of_the_stored_document(cli, tmp_path, store_dir):
    first, moved = tmp_path / "first", tmp_path / "moved"
    first.mkdir(), moved.mkdir()
    (first / "bai.txt").write_text(ARTICLE, encoding="utf-8")
    (moved / "bai.txt").write_text(ARTICLE, encoding="utf-8")
    assert cli("ingest", "--store", store_dir, first).returncode == 0
    r = cli("ingest", "--store", store_dir, moved)
    assert r.returncode == 0, r.stderr
    assert "0 added" in r.stderr and "1 duplicate," in r.stderr
    assert str(first / "bai.txt") in r.stderr
    assert sources(store_dir) == [str(first / "bai.txt")]


def test_a_stored_document_read_again_is_unchanged_not_a_duplicate(cli, tmp_path, store_dir):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert cli("ingest", "--store", store_dir, tmp_path / "a.txt").returncode == 0
    r = cli("ingest", "--store", store_dir, tmp_path / "a.txt")
    assert "1 unchanged" in r.stderr and "duplicate" not in r.stderr


def test_a_stored_document_whose_text_now_equals_another_is_still_brought_up_to_date(cli, tmp_path, store_dir):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(OTHER, encoding="utf-8")
    assert cli("ingest", "--store", store_dir, tmp_path).returncode == 0
    (tmp_path / "c.txt").write_text(ARTICLE, encoding="utf-8")  # c now holds a's text
    r = cli("ingest", "--store", store_dir, tmp_path / "c.txt")
    assert "1 replaced" in r.stderr and "duplicate" not in r.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_keep_duplicates_stores_every_copy(cli, tmp_path, store_dir, jobs):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    r = cli("ingest", "--store", store_dir, "--keep-duplicates", "--jobs", jobs,
            tmp_path / "a.txt", tmp_path / "b.txt")
    assert r.returncode == 0, r.stderr
    assert "2 added" in r.stderr and "duplicate" not in r.stderr
    assert len(sources(store_dir)) == 2
    assert len(members_rows(cli, store_dir)) == 2  # one row per document that states it


def test_a_copy_of_a_text_replaced_in_the_same_run_is_stored_after_all(cli, tmp_path, store_dir):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert cli("ingest", "--store", store_dir, tmp_path / "a.txt").returncode == 0
    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")  # a.txt gets another text …
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")  # … and b.txt holds its old one
    r = cli("ingest", "--store", store_dir, tmp_path / "b.txt", tmp_path / "a.txt")
    assert r.returncode == 0, r.stderr
    assert "1 added" in r.stderr and "1 replaced" in r.stderr and "duplicate" not in r.stderr
    assert len(members_rows(cli, store_dir)) == 1  # the 140 members are still in the graph, once


def test_a_copy_of_a_record_that_was_never_stored_is_stored(cli, tmp_path, store_dir):
    # two records under one address: only the first is stored; a file with the second's text
    # is then no copy of anything stored
    second = ARTICLE.replace("140", "150")
    (tmp_path / "r.jsonl").write_text(
        json.dumps({"text": ARTICLE, "url": "https://example.org/tin/1"}, ensure_ascii=False) + "\n"
        + json.dumps({"text": second, "url": "https://example.org/tin/1"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (tmp_path / "x.txt").write_text(second, encoding="utf-8")
    r = cli("ingest", "--store", store_dir, tmp_path / "r.jsonl", tmp_path / "x.txt")
    assert r.returncode == 0, r.stderr
    assert "duplicate" not in r.stderr
    assert sorted(s.rsplit("/", 1)[-1] for s in sources(store_dir)) == ["1", "x.txt"]


def test_the_summary_stays_one_line_when_stderr_is_no_terminal(cli, tmp_path, store_dir):
    folder = tmp_path / "bai"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(ARTICLE, encoding="utf-8")
    r = cli("ingest", "-q", "--store", store_dir, folder)
    assert r.stderr.splitlines()[-1].endswith(" s")  # "… 3 documents in 0.9 s", unbroken
    assert len(r.stderr.splitlines()) == 3  # two notices, one summary


def test_line_endings_and_a_final_newline_make_no_other_text(cli, tmp_path, store_dir):
    body = ARTICLE.rstrip("\n")
    (tmp_path / "lf.txt").write_bytes((body + "\n").encode("utf-8"))
    (tmp_path / "none.txt").write_bytes(body.encode("utf-8"))
    (tmp_path / "crlf.txt").write_bytes((body.replace("\n", "\r\n") + "  \r\n").encode("utf-8"))
    r = cli("ingest", "--store", store_dir, tmp_path / "lf.txt", tmp_path / "none.txt", tmp_path / "crlf.txt")
    assert r.returncode == 0, r.stderr
    assert "1 added" in r.stderr and "2 duplicates" in r.stderr
    assert len(members_rows(cli, store_dir)) == 1
