"""Result formats: CSV, TSV, SPARQL results JSON, Markdown and LaTeX (booktabs) tables for
SELECT answers, Turtle, N-Triples and JSON-LD (with the project's prefixes as context) for
CONSTRUCT answers — each read back by a parser, not by eye."""

from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib
import rdflib.compare
from pyoxigraph import Literal, NamedNode, Triple
from typer.testing import CliRunner

from partykg.cli.app import app
from partykg.cli.formats import render
from partykg.graph import Result
from partykg.queries.runner import LATEX_LONG_ROWS
from partykg.ontology.terms import PKG, RDFS, XSD

from test_engines_servers import synth_store  # noqa: F401  (fixture)

TRICKY = 'Đảng bộ "xã" A & B, 50% | {x}_y #1 \\ ~^\nline two'
RESULT = Result("select", ["name", "value", "iri"], [
    {"name": Literal(TRICKY, language="vi"), "value": Literal("12.5", datatype=XSD.decimal),
     "iri": NamedNode("https://w3id.org/partykg/id/org/x")},
    {"name": Literal("Tà Mung"), "value": None, "iri": None},
])


def test_csv_keeps_every_cell_exactly():
    rows = list(csv.reader(io.StringIO(render(RESULT, "csv"))))
    assert rows[0] == ["name", "value", "iri"]
    assert rows[1] == [TRICKY, "12.5", "https://w3id.org/partykg/id/org/x"]
    assert rows[2] == ["Tà Mung", "", ""]


def test_tsv_has_one_line_per_row():
    lines = render(RESULT, "tsv").splitlines()
    assert len(lines) == 3 and lines[1].split("\t")[1] == "12.5"


def test_json_is_sparql_results_json():
    data = json.loads(render(RESULT, "json"))
    assert data["head"]["vars"] == ["name", "value", "iri"]
    first = data["results"]["bindings"][0]
    assert first["name"] == {"type": "literal", "value": TRICKY, "xml:lang": "vi"}
    assert first["value"]["datatype"] == XSD.decimal.value
    assert "value" not in data["results"]["bindings"][1]


def test_markdown_escapes_pipes_and_keeps_one_line_per_row():
    lines = render(RESULT, "md").splitlines()
    assert lines[0] == "| name | value | iri |"
    assert len(lines) == 4
    assert "\\|" in lines[2] and lines[2].count(" | ") == 2


def test_latex_is_a_booktabs_table_with_escaped_cells():
    text = render(RESULT, "latex")
    assert text.startswith("\\begin{tabular}{lrl}") and "\\toprule" in text and "\\bottomrule" in text
    body = text.splitlines()[4]
    for escaped in ("\\&", "\\%", "\\{x\\}", "\\_", "\\#", "\\textbackslash{}", "\\textasciitilde{}",
                    "\\textasciicircum{}", "\\textbar{}"):
        assert escaped in body
    assert "\n" not in body and body.endswith("\\\\")


def latex_rows(text: str) -> list[str]:
    """The body rows of a table render() wrote: the lines between the header's \\midrule and
    \\bottomrule (or the longtable's \\endlastfoot and its end)."""
    lines = text.splitlines()
    start = lines.index("\\endlastfoot") + 1 if "\\endlastfoot" in lines else lines.index("\\midrule") + 1
    end = next(i for i, ln in enumerate(lines) if ln in ("\\bottomrule", "\\end{longtable}") and i >= start)
    return lines[start:end]


def test_latex_aligns_text_left_and_numbers_right_and_an_empty_column_is_no_number_column():
    result = Result("select", ["place", "note", "members"], [
        {"place": Literal("Xã Nậm Cang", language="vi"), "note": None, "members": Literal("41", datatype=XSD.integer)},
        {"place": Literal("Xã Pa Vây Sử"), "note": None, "members": None},
    ])
    assert render(result, "latex").startswith("\\begin{tabular}{llr}")
    assert render(result, "md").splitlines()[1] == "|---|---|---:|"


def test_latex_prints_iris_as_prefixed_names_of_the_project():
    result = Result("select", ["entity", "class", "page"], [
        {"entity": NamedNode("https://w3id.org/partykg/id/place/03430"), "class": PKG.Directive,
         "page": NamedNode("https://example.org/tin_tuc?id=7")},
    ])
    (row,) = latex_rows(render(result, "latex"))
    assert row == "id:place/03430 & pkg:Directive & https://example.org/tin\\_tuc?id=7 \\\\"
    assert "https://example.org/tin_tuc?id=7" in render(result, "csv")  # other formats keep the IRI


def test_latex_keeps_a_cell_opening_with_a_bracket_or_star_as_text():
    result = Result("select", ["note"], [{"note": Literal("[1] khóa mới")}, {"note": Literal("*ghi chú")},
                                         {"note": Literal("khóa [mới]*")}])
    assert latex_rows(render(result, "latex")) == [
        "{}[1] khóa mới \\\\", "{}*ghi chú \\\\", "khóa [mới]* \\\\"]  # only an opening one is guarded


def test_latex_wraps_a_column_of_long_text_ragged_right_but_not_a_short_one():
    quote = "Chi bộ bản Nà Khương tổ chức sinh hoạt chuyên đề về học tập và làm theo gương Bác mỗi quý một lần"
    result = Result("select", ["subject", "evidence"], [
        {"subject": Literal("Chi bộ bản Nà Khương"), "evidence": Literal(quote)}])
    text = render(result, "latex")
    assert text.startswith("\\begin{tabular}{l>{\\raggedright\\arraybackslash}p{0.4\\linewidth}}")
    assert latex_rows(text) == [f"Chi bộ bản Nà Khương & {quote} \\\\"]


def test_a_long_latex_table_is_a_longtable_repeating_its_header_and_a_short_one_a_tabular():
    def places(n: int) -> Result:
        return Result("select", ["place", "code"], [
            {"place": Literal(f"Bản {i}"), "code": Literal(f"{i:05d}")} for i in range(n)])

    long_text = render(places(LATEX_LONG_ROWS + 1), "latex")
    lines = long_text.splitlines()
    assert lines[0] == "\\begin{longtable}{ll}" and lines[-1] == "\\end{longtable}"
    head = "place & code \\\\"
    assert lines[:11] == ["\\begin{longtable}{ll}", "\\toprule", head, "\\midrule", "\\endfirsthead",
                          "\\toprule", head, "\\midrule", "\\endhead", "\\bottomrule", "\\endlastfoot"]
    assert len(latex_rows(long_text)) == LATEX_LONG_ROWS + 1
    short_text = render(places(LATEX_LONG_ROWS), "latex")
    assert short_text.startswith("\\begin{tabular}{ll}") and "longtable" not in short_text
    assert short_text.splitlines()[-2:] == ["\\bottomrule", "\\end{tabular}"]


TRIPLES = [Triple(NamedNode("https://w3id.org/partykg/id/place/03430"), RDFS.label, Literal("Tà Mung", language="vi")),
           Triple(NamedNode("https://w3id.org/partykg/id/place/03430"), PKG.officialCode, Literal("03430"))]


def test_graph_answers_as_turtle_ntriples_and_jsonld_read_back_equal():
    expected = rdflib.Graph().parse(data=render(Result("graph", triples=TRIPLES), "nt"), format="nt")
    assert len(expected) == 2
    for fmt, parser in (("ttl", "turtle"), ("jsonld", "json-ld")):
        g = rdflib.Graph().parse(data=render(Result("graph", triples=TRIPLES), fmt), format=parser)
        assert rdflib.compare.isomorphic(g, expected), fmt


def test_jsonld_uses_the_project_prefixes_as_context():
    data = json.loads(render(Result("graph", triples=TRIPLES), "jsonld"))
    assert data["@context"]["pkg"] == PKG.iri
    assert "rdfs:label" in json.dumps(data, ensure_ascii=False)


def test_query_writes_a_file_with_output(synth_store, tmp_path):
    out = tmp_path / "table.tex"
    r = CliRunner().invoke(app, ["query", "coverage", "--store", str(synth_store), "-f", "latex", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8").startswith("\\begin{tabular}")


# ----------------------------------------------------------------------------- CSV for Excel
# Excel reads a CSV file without a byte-order mark in the ANSI code page, which garbles
# Vietnamese; --bom writes the mark, and plain --format csv stays byte for byte as it was.

def test_csv_for_excel_opens_with_a_byte_order_mark_and_holds_the_same_rows(synth_store, tmp_path):
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    for out, extra in ((plain, []), (excel, ["--bom"])):
        r = CliRunner().invoke(app, ["query", "outcomes", "--store", str(synth_store), "-f", "csv", "-o", str(out),
                                     *extra])
        assert r.exit_code == 0, r.output
    assert excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    rows = list(csv.reader(excel.open(encoding="utf-8-sig", newline="")))
    assert rows == list(csv.reader(plain.open(encoding="utf-8", newline="")))
    assert any("Đảng" in cell for row in rows for cell in row)


def test_plain_csv_has_no_byte_order_mark(synth_store):
    r = CliRunner().invoke(app, ["query", "outcomes", "--store", str(synth_store), "-f", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("subject,") and "\ufeff" not in r.stdout


def test_tsv_for_excel_opens_with_a_byte_order_mark_too(synth_store):
    r = CliRunner().invoke(app, ["query", "coverage", "--store", str(synth_store), "-f", "tsv", "--bom"])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("\ufeffprovince\t")


def test_a_byte_order_mark_for_a_format_no_spreadsheet_reads_is_refused(cli, synth_store, tmp_path):
    r = cli("query", "coverage", "--store", synth_store, "-f", "md", "--bom", "-o", tmp_path / "c.md")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip().splitlines() == ["partykg: --bom is for the spreadsheet formats csv and tsv, not md"]
    assert not (tmp_path / "c.md").exists()


def test_a_construct_query_prints_turtle_or_jsonld(synth_store):
    q = ("CONSTRUCT { ?d rdfs:label ?l } WHERE { GRAPH kg:kg { ?d pkg:code ?code ; rdfs:label ?l } }")
    for fmt, parser in (("ttl", "turtle"), ("jsonld", "json-ld")):
        r = CliRunner().invoke(app, ["query", "--store", str(synth_store), "--sparql", q, "-p", "code=05-CT/TW",
                                     "-f", fmt])
        assert r.exit_code == 0, r.output
        g = rdflib.Graph().parse(data=r.stdout, format=parser)
        assert [str(o) for o in g.objects()] == ["Chỉ thị số 05-CT/TW"]


def test_a_graph_format_for_a_select_query_says_which_kind_of_query_it_is_for(cli, synth_store):
    r = cli("query", "directive-chain", "--store", synth_store, "-f", "ttl")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip().splitlines() == [
        "partykg: directive-chain is a SELECT query, and ttl, jsonld, nt are for CONSTRUCT queries; "
        "give one of table, csv, tsv, json, md, latex"]


def test_a_table_format_for_a_construct_query_says_which_kind_it_is_for(synth_store):
    q = "CONSTRUCT { ?d rdfs:label ?l } WHERE { GRAPH kg:kg { ?d pkg:code ?code ; rdfs:label ?l } }"
    r = CliRunner().invoke(app, ["query", "--store", str(synth_store), "--sparql", q, "-f", "csv"])
    assert r.exit_code == 2
    assert "the --sparql query is a CONSTRUCT query, and csv is for SELECT queries; give one of ttl, jsonld, nt" in r.output


def test_a_format_of_neither_kind_is_unknown_not_misplaced():
    with pytest.raises(ValueError, match=r"unknown format 'xlsx' \(one of table, csv") as e:
        render(RESULT, "xlsx")
    assert "is a SELECT query" not in str(e.value)
