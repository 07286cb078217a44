"""Only the file types partykg reads are read: a file of another type named on the command
line fails with one line (the others still load), and those a directory holds are skipped
and counted in one note, never read as an article."""

from __future__ import annotations

from pathlib import Path

import pytest

from partykg.graph.store import EmbeddedStore
from partykg.loaders.pipeline import LoadError, Skipped, iter_paths

ARTICLE = "Chi bộ thôn Bản Mù họp định kỳ. Năm 2024 chi bộ kết nạp 2 đảng viên mới.\n"
TABLE = "file\turl\tngày\n001.txt\thttps://example.org/a\t2024-03-01\n"
READS = "partykg reads .txt .md .html .htm .jsonl"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "bai"
    (d / "phu").mkdir(parents=True)
    (d / "tin.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "SOURCES.tsv").write_text(TABLE, encoding="utf-8")
    (d / "phu" / "ghi-chu.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (d / "phu" / "README").write_text("Ghi chú về thư mục.\n", encoding="utf-8")
    return d


def sources(store_dir: Path) -> list[str]:
    s = EmbeddedStore(store_dir)
    try:
        return [Path(src).name for _, src in s.documents()]
    finally:
        s.close()


def test_a_file_of_another_type_named_itself_fails_and_the_others_load(cli, folder, tmp_path):
    store = tmp_path / "store"
    r = cli("ingest", "-q", "--store", store, folder / "SOURCES.tsv", folder / "tin.txt")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert lines[0] == f"partykg: {folder / 'SOURCES.tsv'}: unsupported file type .tsv ({READS})"
    assert lines[-1].startswith("1 added") and "1 failed" in lines[-1]
    assert sources(store) == ["tin.txt"]  # the table is no article


def test_a_directory_skips_other_types_with_one_note_and_does_not_fail(cli, folder, tmp_path):
    store = tmp_path / "store"
    r = cli("ingest", "-q", "--store", store, folder)
    assert r.returncode == 0, r.stderr
    lines = r.stderr.strip().splitlines()
    assert lines[0] == f"partykg: {folder}: skipped 3 files of other types (.csv, .tsv, no extension; {READS})"
    assert len(lines) == 2 and "0 failed" in lines[1]
    assert sources(store) == ["tin.txt"]


def test_a_directory_of_known_types_only_gives_no_note(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text(ARTICLE, encoding="utf-8")
    found = list(iter_paths([str(tmp_path)]))
    assert found == [tmp_path / "a.txt", tmp_path / "b.md"]
    assert not any(isinstance(x, Skipped) for x in found)


def test_a_directory_of_other_types_only_holds_no_documents(tmp_path):
    (tmp_path / "SOURCES.tsv").write_text(TABLE, encoding="utf-8")
    (err,) = list(iter_paths([str(tmp_path)]))
    assert isinstance(err, LoadError)
    assert err.reason.startswith("directory holds no documents") and err.reason.endswith("; 1 of other types")


def test_a_glob_skips_what_it_matches_of_other_types(folder):
    found = list(iter_paths([str(folder / "*")]))
    assert found[0] == Skipped(str(folder / "*"), 1, [".tsv"])
    assert found[0].line() == f"{folder / '*'}: skipped 1 file of another type (.tsv; {READS})"
    assert found[1:] == [folder / "tin.txt"]  # the sub-folder is no file
    (err,) = list(iter_paths([str(folder / "*.tsv")]))
    assert isinstance(err, LoadError) and "no file of a type partykg reads" in err.reason


def test_upper_case_extensions_are_read(tmp_path):
    (tmp_path / "TIN.TXT").write_text(ARTICLE, encoding="utf-8")
    assert list(iter_paths([str(tmp_path / "TIN.TXT")])) == [tmp_path / "TIN.TXT"]


def test_a_file_named_itself_without_an_extension_is_read_as_text(cli, folder, tmp_path):
    saved = tmp_path / "bai-viet"  # a page saved without an extension
    saved.write_text(ARTICLE, encoding="utf-8")
    r = cli("ingest", "-q", "--store", tmp_path / "store", saved)
    assert r.returncode == 0, r.stderr
    assert sources(tmp_path / "store") == ["bai-viet"]


@pytest.mark.parametrize("name", ["tin-tuc.aspx", "Bao cao ngay 12.5.2023"])
def test_a_file_named_itself_with_a_dot_of_its_own_is_read_as_text(cli, tmp_path, name):
    page = tmp_path / name  # a saved page's address, a title holding a date
    page.write_text(ARTICLE, encoding="utf-8")
    r = cli("ingest", "-q", "--store", tmp_path / "store", page)
    assert r.returncode == 0, r.stderr
    assert sources(tmp_path / "store") == [name]
