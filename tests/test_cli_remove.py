"""`partykg remove` names what it removes, and refuses a file name that two stored documents
share (the same file name in two directories) rather than removing whichever it finds first."""

from __future__ import annotations

from pathlib import Path

import pytest

from partykg.graph.store import EmbeddedStore, StoreError


@pytest.fixture
def two_of_a_name(tmp_path: Path, cli) -> tuple[Path, Path, Path]:
    """Two different articles saved as bao-cao.txt in two directories, ingested."""
    north, south = tmp_path / "bac", tmp_path / "nam"
    north.mkdir()
    south.mkdir()
    (north / "bao-cao.txt").write_text(
        "Đảng bộ xã Hòa Bình có 120 đảng viên. Năm 2023 xã kết nạp 6 đảng viên mới.\n", encoding="utf-8")
    (south / "bao-cao.txt").write_text(
        "Đảng bộ xã Tân Phú có 95 đảng viên. Năm 2024 xã kết nạp 4 đảng viên mới.\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    cli("ingest", "-q", "--store", store_dir, north / "bao-cao.txt", south / "bao-cao.txt", check=True)
    return store_dir, north / "bao-cao.txt", south / "bao-cao.txt"


def sources(store_dir: Path) -> list[str]:
    s = EmbeddedStore(store_dir)
    try:
        return [src for _, src in s.documents()]
    finally:
        s.close()


def test_a_file_name_two_documents_share_is_refused_and_both_stay(cli, two_of_a_name):
    store_dir, north, south = two_of_a_name
    r = cli("remove", "--store", store_dir, "bao-cao.txt")
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        f"partykg: bao-cao.txt names 2 documents: {north}, {south}; give the path or IRI"]
    assert sources(store_dir) == [str(north), str(south)]


def test_the_bare_name_without_extension_is_refused_too(cli, two_of_a_name):
    store_dir, north, south = two_of_a_name
    r = cli("remove", "--store", store_dir, "bao-cao")
    assert r.returncode == 1 and "names 2 documents" in r.stderr
    assert len(sources(store_dir)) == 2


def test_the_full_path_removes_that_one_and_says_which(cli, two_of_a_name):
    store_dir, north, south = two_of_a_name
    r = cli("remove", "--store", store_dir, south)
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith(f"removed {south} (")
    assert sources(store_dir) == [str(north)]


def test_a_file_name_only_one_document_has_removes_it_and_prints_its_path(cli, two_of_a_name):
    store_dir, north, south = two_of_a_name
    cli("remove", "--store", store_dir, north, check=True)
    r = cli("remove", "--store", store_dir, "bao-cao.txt")
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith(f"removed {south} (")
    assert sources(store_dir) == []


def test_find_document_refuses_a_shared_name_but_not_a_full_path(two_of_a_name):
    store_dir, north, south = two_of_a_name
    s = EmbeddedStore(store_dir)
    try:
        with pytest.raises(StoreError, match="names 2 documents"):
            s.find_document("bao-cao.txt")
        assert [src for _, src in s.find_documents("bao-cao.txt")] == [str(north), str(south)]
        assert s.find_document(str(north)) == s.find_documents(str(north))[0][0]
        assert s.find_document("bao-cao-khac.txt") is None
    finally:
        s.close()
