"""Bad input among good documents: each bad one gets one line on stderr naming it and the
reason (no traceback), the good ones load, the exit status is 1, and the store holds nothing
of the bad ones. The bad files are made here, at test time."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from conftest import cp1258

from partykg.graph.store import EmbeddedStore
from partykg.ontology.terms import OA, SCHEMA

GOOD_1 = ("Đảng bộ xã Nậm Lương tổ chức hội nghị sơ kết\n"
          "Ngày 12/3, Đảng ủy xã Nậm Lương tổ chức hội nghị sơ kết công tác xây dựng Đảng. "
          "Toàn Đảng bộ hiện có 14 chi bộ trực thuộc với 236 đảng viên.\n")
GOOD_2 = ("Chi bộ thôn Khuổi Hẻo kết nạp đảng viên mới\n"
          "Năm nay, Chi bộ thôn Khuổi Hẻo đã kết nạp 3 đảng viên mới, nâng tổng số lên 31 đảng viên.\n")
LEGACY = "Hội Nông dân xã Yên Thổ tổ chức tập huấn kỹ thuật trồng chè cho 45 hội viên."
UTF16 = "Ủy ban Mặt trận Tổ quốc xã Phúc Sơn phát động phong trào xây dựng nông thôn mới."


def records(*, truncated: bool) -> str:
    good = [{"text": GOOD_2.replace("Khuổi Hẻo", "Nà Mòn"), "url": "https://example.org/tin/1", "date": "2022-11-03"},
            {"text": GOOD_1.replace("Nậm Lương", "Pa Vệ Sủ"), "url": "https://example.org/tin/2",
             "title": "Pa Vệ Sủ sơ kết"}]
    lines = [json.dumps(r, ensure_ascii=False) for r in good]
    if truncated:
        lines.insert(1, json.dumps(good[0], ensure_ascii=False)[:37])
    return "\n".join(lines) + "\n"


def good_files(d: Path) -> list[Path]:
    d.mkdir(parents=True, exist_ok=True)
    files = {
        "good1.txt": GOOD_1.encode("utf-8"),
        "good2.md": GOOD_2.encode("utf-8"),
        "english.txt": b"The committee met on Tuesday to review the annual budget of the library.\n",
        "utf16.txt": UTF16.encode("utf-16"),
        "utf16-no-bom.txt": UTF16.encode("utf-16-le"),
        "legacy.txt": cp1258(LEGACY),
        "scripts.html": ("<html><head>" + "<script>var a = 'Đảng ủy xã Không Có';</script>" * 300
                         + "</head><body><script>x()</script><p>Chi bộ bản Nà Ban họp định kỳ.</p>"
                         + "<script>y()</script>" * 300 + "</body></html>").encode("utf-8"),
    }
    for name, data in files.items():
        (d / name).write_bytes(data)
    return [d / n for n in files]


def dump(store_dir: Path) -> list[bytes]:
    s = EmbeddedStore(store_dir)
    try:
        return sorted(s.dump_nquads().splitlines())
    finally:
        s.close()


@pytest.mark.slow
def test_bad_documents_fail_alone_with_one_line_each(cli, tmp_path):
    good = good_files(tmp_path / "docs")
    (tmp_path / "docs" / "batch.jsonl").write_text(records(truncated=False), encoding="utf-8")
    store = tmp_path / "store"
    r = cli("ingest", "--store", store, *good, tmp_path / "docs" / "batch.jsonl")
    assert r.returncode == 0, r.stderr
    before = dump(store)
    assert len(before) > 0

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(os.urandom(4096) + b"\x00" * 64)
    (bad / "latin1.txt").write_bytes("Le comité s'est réuni à Genève où il a voté le budget.".encode("latin-1"))
    (bad / "nothing-here").mkdir()
    with (bad / "huge.txt").open("w", encoding="utf-8") as fh:  # 50 MB of real text
        line = GOOD_1.splitlines()[1] + "\n"
        for _ in range(50 * 2**20 // len(line.encode()) + 1):
            fh.write(line)
    assert (bad / "huge.txt").stat().st_size >= 50 * 2**20
    # the good JSON records again, with a truncated line between them
    (tmp_path / "docs" / "batch.jsonl").write_text(records(truncated=True), encoding="utf-8")

    r = cli("ingest", "--store", store, *good, tmp_path / "docs" / "batch.jsonl",
            bad / "empty.txt", bad / "binary.txt", bad / "latin1.txt", bad / "nothing-here",
            bad / "huge.txt", tmp_path / "missing.txt")
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    # (the UTF-16 files without and with a BOM hold one text: the second is a duplicate, no failure)
    failures = [x for x in lines if x.startswith("partykg: ") and "same text as" not in x]
    expected = {
        "empty.txt": "empty document",
        "binary.txt": "binary file",
        "latin1.txt": "not UTF-8",
        "nothing-here": "directory holds no documents",
        "huge.txt": "exceeds the 16 MiB limit",
        "missing.txt": "no such file or directory",
        "batch.jsonl#line=2": "invalid JSON line",
    }
    assert len(failures) == len(expected), r.stderr
    for name, reason in expected.items():
        hits = [x for x in failures if re.search(re.escape(name) + r"\b", x)]
        assert len(hits) == 1 and reason in hits[0], (name, failures)
    assert lines[-1].startswith("0 added, 0 replaced, 8 unchanged, 1 duplicate, 7 failed"), lines[-1]
    assert dump(store) == before  # nothing of the bad ones, the good ones as they were


def test_good_odd_documents_load(cli, tmp_path):
    """UTF-16 (with and without BOM), Windows-1258, English and a script-laden page all load."""
    good = good_files(tmp_path / "docs")
    store = tmp_path / "store"
    r = cli("ingest", "--store", store, *good)
    # the UTF-16 text without a BOM reads as the very text of the one with it: a duplicate
    assert r.returncode == 0 and "6 added" in r.stderr and "1 duplicate," in r.stderr, r.stderr
    assert re.search(r"utf16-no-bom\.txt: same text as \S*utf16\.txt", r.stderr), r.stderr
    s = EmbeddedStore(store)
    try:
        quotes = {q.object.value for q in s.quads(None, OA.exact, None, None)}
        english = s.find_document("english.txt")
        mentions = list(s.quads(english, SCHEMA.mentions, None, None))
    finally:
        s.close()
    assert UTF16 in quotes and LEGACY in quotes
    assert english is not None and mentions == []  # not Vietnamese: loads, names nothing
    assert not any("Không Có" in q for q in quotes)  # nothing from the scripts


def test_user_mistakes_are_one_line(cli, tmp_path):
    r = cli("ingest", "--store", tmp_path / "s", tmp_path / "nope" / "*.txt")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.splitlines()[0] == f"partykg: {tmp_path / 'nope' / '*.txt'}: no file matches this pattern"
    r = cli("query", "--store", tmp_path / "never-made", "--sparql", "ASK { ?s ?p ?o }")
    assert r.returncode != 0 and len(r.stderr.strip().splitlines()) == 1 and "no store" in r.stderr
