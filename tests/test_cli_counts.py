"""Counts in the command line's summaries read as English: one document, two documents."""

from __future__ import annotations

from partykg.cli.formats import counted, render
from partykg.cli.ingest import Summary
from partykg.graph import Result


def test_one_of_a_thing_is_singular_and_any_other_count_plural():
    assert counted(1, "document") == "1 document"
    assert [counted(n, "quad") for n in (0, 2, 1276)] == ["0 quads", "2 quads", "1276 quads"]
    assert counted(1, "entity", "entities") == "1 entity" and counted(3, "entity", "entities") == "3 entities"


def test_the_ingest_summary_counts_one_document_and_one_duplicate_in_the_singular():
    line = Summary(documents=1, added=0, unchanged=0, duplicates=1, seconds=0.5).line()
    assert line == "0 added, 0 replaced, 0 unchanged, 1 duplicate, 0 failed — 1 document in 0.5 s"
    assert "1 documents" not in line and "1 duplicates" not in line


def test_the_ingest_summary_keeps_plurals_and_leaves_out_no_duplicates():
    line = Summary(documents=12, added=10, replaced=2, seconds=1.25).line()
    assert line == "10 added, 2 replaced, 0 unchanged, 0 failed — 12 documents in 1.2 s"


def test_a_table_of_one_row_says_one_row():
    one = Result("select", variables=["x"], rows=[{"x": None}])
    assert render(one, "table").endswith("\n1 row\n")
    assert render(Result("select", variables=["x"], rows=[]), "table").endswith("\n0 rows\n")


def test_ingesting_one_document_says_one_document(cli, tmp_path):
    f = tmp_path / "tin.txt"
    f.write_text("Chi bộ thôn Nà Lầu họp định kỳ tháng 5.\n", encoding="utf-8")
    r = cli("ingest", "-q", "--store", tmp_path / "store", f, check=True)
    assert r.stderr.strip().endswith("s") and "— 1 document in " in r.stderr
    r = cli("remove", "--store", tmp_path / "store", f, check=True)
    assert r.stderr.startswith(f"removed {f} (") and " quads)" in r.stderr  # a document is many quads
