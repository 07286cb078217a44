"""A congress's resolution under the name each document writes, one label for the entity.

The resolution's rdfs:label is its full name with its body ("Nghị quyết Đại hội Đảng bộ xã Ẳng Nưa
lần thứ XV"), so two communes' resolutions never share one. A document that leaves the body's name
out ("Nghị quyết Đại hội lần thứ XV" in an article about that commune) states that name as an
altLabel beside its own mention, and the contract queries print it for that document only.
"""

from __future__ import annotations

import csv
import io

from extraction import read
from partykg.ontology.terms import RDFS, SKOS

FULL = "Nghị quyết Đại hội Đảng bộ xã Ẳng Nưa lần thứ XV"
SHORT = ("Đảng ủy xã Ẳng Nưa họp phiên cuối năm. Đảng ủy xã Ẳng Nưa lãnh đạo thực hiện Nghị quyết Đại hội "
         "lần thứ XV, các chỉ tiêu do Nghị quyết Đại hội lần thứ XV của Đảng bộ đề ra đều đạt và vượt.")
NAMED = "Đảng ủy xã Ẳng Nưa triển khai Nghị quyết Đại hội Đảng bộ xã Ẳng Nưa lần thứ XV tới các chi bộ."


def query_rows(cli, tmp_path, name: str, texts: dict[str, str]) -> list[dict]:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for file, text in texts.items():
        (docs / file).write_text(text, encoding="utf-8")
    store = tmp_path / "s"
    if not store.exists():
        cli("ingest", "--store", store, docs, check=True)
    out = cli("query", "--store", store, "--format", "csv", name, check=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def test_the_label_keeps_the_body_and_the_written_name_is_an_altlabel(pipeline):
    doc = read(pipeline, SHORT)
    assert [f.o.value for f in doc.facts if f.p == RDFS.label and "Đại hội" in f.o.value] == [FULL]
    assert {f.o.value for f in doc.facts if f.p == SKOS.altLabel and "Đại hội" in f.o.value} == {
        "Nghị quyết Đại hội lần thứ XV"}


def test_a_document_writing_the_full_name_states_no_other(pipeline):
    doc = read(pipeline, NAMED)
    assert not [f for f in doc.facts if f.p == SKOS.altLabel and "Đại hội" in f.o.value]


def test_the_queries_print_each_documents_own_name(cli, tmp_path):
    texts = {"a.txt": SHORT, "b.txt": NAMED}
    directives = {(r["document"].rsplit("/", 1)[-1], r["directive"], r["directive_iri"])
                  for r in query_rows(cli, tmp_path, "directives", texts) if "Đại hội" in r["directive"]}
    assert {(d, n) for d, n, _ in directives} == {("a.txt", "Nghị quyết Đại hội lần thứ XV"), ("b.txt", FULL)}
    assert len({i for _, _, i in directives}) == 1
    done = {(r["document"].rsplit("/", 1)[-1], r["organization"], r["directive"])
            for r in query_rows(cli, tmp_path, "implementations", texts)}
    assert ("a.txt", "Đảng bộ xã Ẳng Nưa", "Nghị quyết Đại hội lần thứ XV") in done
    assert ("a.txt", "Đảng bộ xã Ẳng Nưa", FULL) not in done
