"""The outcomes query names a figure's subject as the document writes it: a body under the name
it is cited by there, a place in the document's own spelling ("Đăk Tô" for the gazetteer's Đắk
Tô) — one IRI, and each document its own name."""

from __future__ import annotations

import csv
import io


def outcome_subjects(cli, tmp_path, texts: dict[str, str]) -> set[tuple[str, str]]:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    cli("ingest", "--store", tmp_path / "s", docs, check=True)
    out = cli("query", "--store", tmp_path / "s", "--format", "csv", "outcomes", check=True).stdout
    return {(r["document"].rsplit("/", 1)[-1], r["subject"]) for r in csv.DictReader(io.StringIO(out))}


def test_a_place_subject_in_each_documents_spelling(cli, tmp_path):
    subjects = outcome_subjects(cli, tmp_path, {
        "a.txt": "Năm 2021, huyện Đăk Tô có 1.250 hộ nghèo.",
        "b.txt": "Năm 2021, huyện Đắk Tô có 1.250 hộ nghèo.",
    })
    assert subjects == {("a.txt", "Đăk Tô"), ("b.txt", "Đắk Tô")}


def test_a_body_subject_under_the_name_the_document_writes(cli, tmp_path):
    subjects = outcome_subjects(cli, tmp_path, {
        "a.txt": "Năm 2022, Hội đồng nhân dân tỉnh Ninh Bình tổ chức 4 kỳ họp và ban hành 56 nghị quyết.",
    })
    assert ("a.txt", "Hội đồng nhân dân tỉnh Ninh Bình") in subjects
