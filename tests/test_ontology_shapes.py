"""The SHACL shapes accept a small graph shaped as the loaders write it, and each important
constraint rejects the mistake it is there for (a second label, a concept from the wrong
scheme, a value of the wrong datatype …). The graphs are invented for the tests."""

from __future__ import annotations

import pytest
import rdflib

from partykg.graph.validate import ontology_graph, shapes_graph, short, validate_graph

PREFIXES = """
PREFIX pkg: <https://w3id.org/partykg/ontology#>
PREFIX doc: <https://w3id.org/partykg/id/doc/>
PREFIX pl: <https://w3id.org/partykg/id/place/>
PREFIX o: <https://w3id.org/partykg/id/org/>
PREFIX per: <https://w3id.org/partykg/id/person/>
PREFIX pst: <https://w3id.org/partykg/id/post/>
PREFIX dir: <https://w3id.org/partykg/id/directive/>
PREFIX obs: <https://w3id.org/partykg/id/observation/>
PREFIX al: <https://w3id.org/partykg/vocab/admin-level/>
PREFIX ol: <https://w3id.org/partykg/vocab/org-level/>
PREFIX ok: <https://w3id.org/partykg/vocab/org-kind/>
PREFIX dk: <https://w3id.org/partykg/vocab/directive-kind/>
PREFIX ind: <https://w3id.org/partykg/vocab/indicator/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

VALID = PREFIXES.replace("PREFIX ", "@prefix ").replace(">\n", "> .\n") + """
doc:d1 a pkg:Document, schema:NewsArticle ;
    pkg:source "/data/bai-mau.txt" ;
    pkg:contentHash "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
    schema:headline "Một bài viết mẫu về công tác xây dựng Đảng"@vi ;
    schema:datePublished "2024-03-01"^^xsd:date ;
    schema:mentions pl:99999, o:o1, per:p1, pst:bt, dir:d1 .

pl:99 a pkg:Place ; rdfs:label "Núi Xanh"@vi ; pkg:unitType "tỉnh" ;
    pkg:adminLevel al:province ; pkg:officialCode "99" ;
    pkg:validUntil "2025-06-30"^^xsd:date .
pl:999 a pkg:Place ; rdfs:label "Suối Trong"@vi ; pkg:unitType "huyện" ;
    pkg:adminLevel al:district ; pkg:officialCode "999" ; pkg:partOf pl:99 .
pl:99999 a pkg:Place ; rdfs:label "Đồi Mây"@vi ; pkg:unitType "xã" ;
    pkg:adminLevel al:commune ; pkg:officialCode "99999" ; pkg:partOf pl:999 .
pl:ban-nuoc a pkg:Place ; rdfs:label "Nước"@vi ; pkg:unitType "bản" ;
    pkg:adminLevel al:village ; pkg:partOf pl:99999 .
pl:2025-99 a pkg:Place ; rdfs:label "Núi Xanh"@vi ; pkg:unitType "tỉnh" ;
    pkg:adminLevel al:province ; pkg:officialCode "99" ;
    pkg:validFrom "2025-07-01"^^xsd:date .

o:o2 a org:Organization, pkg:PartyOrganization ; rdfs:label "Đảng bộ huyện Suối Trong"@vi ;
    skos:altLabel "Huyện ủy Suối Trong"@vi ;
    pkg:orgKind ok:party_committee ; pkg:level ol:district ;
    pkg:basedIn pl:999 .
o:o1 a org:Organization, pkg:PartyOrganization ; rdfs:label "Đảng bộ xã Đồi Mây"@vi ;
    skos:altLabel "Đảng ủy xã Đồi Mây"@vi ;
    pkg:orgKind ok:party_committee ; pkg:level ol:commune ;
    pkg:basedIn pl:99999 ; org:subOrganizationOf o:o2 ; pkg:carriesOut dir:d1 .
o:tw a org:Organization, pkg:PartyOrganization ; rdfs:label "Ban Bí thư"@vi ;
    pkg:orgKind ok:central_body ; pkg:level ol:central .

per:p1 a pkg:Person, schema:Person ; rdfs:label "Lò Văn Mẫu"@vi ; org:holds pst:bt .
pst:bt a org:Post ; pkg:postTitle "Bí thư Đảng ủy" ; org:postIn o:o1 .

dir:d1 a pkg:Directive, schema:Legislation ; rdfs:label "Chỉ thị số 99-CT/TW"@vi ;
    pkg:directiveKind dk:chi-thi ; pkg:code "99-CT/TW" ; pkg:issuer o:tw ;
    pkg:issued "2020-01-02"^^xsd:date ; pkg:about "về một việc làm mẫu"@vi .
dir:d2 a pkg:Directive, schema:Legislation ; rdfs:label "Kế hoạch số 12-KH/ĐU"@vi ;
    pkg:directiveKind dk:ke-hoach ; pkg:code "12-KH/ĐU" ; pkg:issuer o:o1 ;
    pkg:implements dir:d1 .
dir:d3 a pkg:Directive, schema:Legislation ; rdfs:label "Quy định số 08-QĐi/TW"@vi ;
    pkg:code "08-QĐi/TW" ; pkg:references dir:d1 .
dir:d4 a pkg:Directive, schema:Legislation ; rdfs:label "Quyết định số 1719/QĐ-TTg"@vi ;
    pkg:code "1719/QĐ-TTg" .
dir:d5 a pkg:Directive, schema:Legislation ; rdfs:label "Nghị quyết Đại hội Đảng bộ xã Đồi Mây"@vi ;
    pkg:directiveKind dk:nghi-quyet .

obs:a a qb:Observation, pkg:Observation ; pkg:refSubject o:o1 ;
    pkg:indicator ind:party_members ; pkg:value 120 ; pkg:unit "đảng viên" ;
    pkg:periodStart "2020"^^xsd:gYear ; pkg:periodEnd "2024"^^xsd:gYear ; pkg:isTarget false .
obs:b a qb:Observation, pkg:Observation ; pkg:refSubject pl:99999 ;
    pkg:indicator ind:poverty_rate ; pkg:value 4.5 ; pkg:unit "%" ;
    pkg:qualifier "hộ nghèo đa chiều" ; pkg:periodStart "2025"^^xsd:gYear ; pkg:periodEnd "2025"^^xsd:gYear ;
    pkg:isTarget true ; pkg:approximation "dưới" .
obs:c a qb:Observation, pkg:Observation ; pkg:refSubject pl:99999 ;
    pkg:indicator ind:poverty_rate ; pkg:value 5 ; pkg:unit "%" ;
    pkg:periodStart "2025"^^xsd:gYear ; pkg:periodEnd "2025"^^xsd:gYear ; pkg:isTarget false ;
    pkg:targetFor obs:b .

<https://w3id.org/partykg/id/doc/d1#char=0,40> a pkg:Sentence ; oa:hasSource doc:d1 ;
    oa:exact "Một câu văn mẫu, do người viết kiểm thử." ; oa:start 0 ; oa:end 40 .
<https://w3id.org/partykg/id/doc/d1/evidence/0-40/outcomes> a pkg:Evidence ;
    pkg:sentence <https://w3id.org/partykg/id/doc/d1#char=0,40> ; pkg:extractor <https://w3id.org/partykg/id/extractor/outcomes/1> .
<https://w3id.org/partykg/id/extractor/outcomes/1> a prov:SoftwareAgent .
"""


@pytest.fixture(scope="module")
def background():
    return ontology_graph(), shapes_graph()


def check(background, update: str = ""):
    ontology, shapes = background
    g = rdflib.Graph().parse(data=VALID, format="turtle")
    if update:
        g.update(PREFIXES + update)
    return validate_graph(g, ontology=ontology, shapes=shapes)


def test_a_graph_shaped_as_the_loaders_write_it_conforms(background):
    report = check(background)
    assert report.conforms, report.summary()
    assert report.violations == 0 and report.warnings == 0, report.summary()


# (what is wrong, SPARQL update that makes it so, shape, path)
MISTAKES = [
    ("a place with two labels (every query row of it twice)",
     'INSERT DATA { pl:99999 rdfs:label "Đồi Mây Mới"@vi }', "pkgsh:Place", "rdfs:label"),
    ("a place without a label",
     'DELETE DATA { pl:999 rdfs:label "Suối Trong"@vi }', "pkgsh:Place", "rdfs:label"),
    ("a place whose level is an organization level",
     "DELETE DATA { pl:99999 pkg:adminLevel al:commune } ;"
     "INSERT DATA { pl:99999 pkg:adminLevel ol:commune }", "pkgsh:Place", "pkg:adminLevel"),
    ("a place with an unknown type word",
     'DELETE DATA { pl:99999 pkg:unitType "xã" } ; INSERT DATA { pl:99999 pkg:unitType "Xã" }',
     "pkgsh:Place", "pkg:unitType"),
    ("a place part of an organization",
     "INSERT DATA { pl:ban-nuoc pkg:partOf o:o1 }", "pkgsh:Place", "pkg:partOf"),
    ("a place whose label repeats its type word",
     'DELETE DATA { pl:99999 rdfs:label "Đồi Mây"@vi } ; INSERT DATA { pl:99999 rdfs:label "Xã Đồi Mây"@vi }',
     "pkgsh:Place", ""),
    ("a place with two parents",
     "INSERT DATA { pl:ban-nuoc pkg:partOf pl:999 }", "pkgsh:Place", "pkg:partOf"),
    ("an official code that is not a number",
     'DELETE DATA { pl:999 pkg:officialCode "999" } ; INSERT DATA { pl:999 pkg:officialCode "H-999" }',
     "pkgsh:Place", "pkg:officialCode"),
    ("a place valid from a day after it ceased",
     'INSERT DATA { pl:99 pkg:validFrom "2026-01-01"^^xsd:date }', "pkgsh:Place", "pkg:validFrom"),
    ("a commune part of a village",
     "DELETE DATA { pl:99999 pkg:partOf pl:999 } ; INSERT DATA { pl:99999 pkg:partOf pl:ban-nuoc }",
     "pkgsh:Place", ""),
    ("an organization with two kinds",
     "INSERT DATA { o:o1 pkg:orgKind ok:party_cell }", "pkgsh:Organization", "pkg:orgKind"),
    ("an organization whose kind is an indicator",
     "DELETE DATA { o:o2 pkg:orgKind ok:party_committee } ;"
     "INSERT DATA { o:o2 pkg:orgKind ind:party_members }", "pkgsh:Organization", "pkg:orgKind"),
    ("an organization with a level outside the org-level scheme",
     "DELETE DATA { o:o2 pkg:level ol:district } ;"
     "INSERT DATA { o:o2 pkg:level ol:city }", "pkgsh:Organization", "pkg:level"),
    ("a party committee not typed a party organization",
     "DELETE DATA { o:o1 a pkg:PartyOrganization } ; INSERT DATA { o:o1 a pkg:GovernmentOrganization }",
     "pkgsh:Organization", ""),
    ("an organization with two labels",
     'INSERT DATA { o:o1 rdfs:label "Đảng ủy xã Đồi Mây"@vi }', "pkgsh:Organization", "rdfs:label"),
    ("an organization based in an organization",
     "DELETE DATA { o:o1 pkg:basedIn pl:99999 } ; INSERT DATA { o:o1 pkg:basedIn o:o2 }",
     "pkgsh:Organization", "pkg:basedIn"),
    ("an organization under a place",
     "INSERT DATA { o:o2 org:subOrganizationOf pl:99 }", "pkgsh:Organization", "org:subOrganizationOf"),
    ("an organization under itself",
     "INSERT DATA { o:o2 org:subOrganizationOf o:o2 }", "pkgsh:Organization", ""),
    ("an organization carrying out an organization",
     "INSERT DATA { o:o2 pkg:carriesOut o:o1 }", "pkgsh:Organization", "pkg:carriesOut"),
    ("a person with two labels",
     'INSERT DATA { per:p1 rdfs:label "Lò Văn Mẩu"@vi }', "pkgsh:Person", "rdfs:label"),
    ("a person named with an honorific",
     'DELETE DATA { per:p1 rdfs:label "Lò Văn Mẫu"@vi } ; INSERT DATA { per:p1 rdfs:label "Đồng chí Lò Văn Mẫu"@vi }',
     "pkgsh:Person", "rdfs:label"),
    ("a person holding an organization instead of a post",
     "INSERT DATA { per:p1 org:holds o:o1 }", "pkgsh:Person", "org:holds"),
    ("a post in no organization",
     "DELETE DATA { pst:bt org:postIn o:o1 }", "pkgsh:Post", "org:postIn"),
    ("a post in a place",
     "DELETE DATA { pst:bt org:postIn o:o1 } ; INSERT DATA { pst:bt org:postIn pl:99999 }",
     "pkgsh:Post", "org:postIn"),
    ("a post with two titles",
     'INSERT DATA { pst:bt pkg:postTitle "Phó Bí thư" }', "pkgsh:Post", "pkg:postTitle"),
    ("a directive code that is not normalised",
     'DELETE DATA { dir:d2 pkg:code "12-KH/ĐU" } ; INSERT DATA { dir:d2 pkg:code "KH 12 ĐU" }',
     "pkgsh:Directive", "pkg:code"),
    ("a directive whose label lacks its code",
     'DELETE DATA { dir:d1 rdfs:label "Chỉ thị số 99-CT/TW"@vi } ; INSERT DATA { dir:d1 rdfs:label "Chỉ thị 99"@vi }',
     "pkgsh:Directive", ""),
    ("a directive whose code says another kind",
     "DELETE DATA { dir:d2 pkg:directiveKind dk:ke-hoach } ; INSERT DATA { dir:d2 pkg:directiveKind dk:nghi-quyet }",
     "pkgsh:Directive", ""),
    ("a directive issued on a plain string",
     'DELETE DATA { dir:d1 pkg:issued "2020-01-02"^^xsd:date } ; INSERT DATA { dir:d1 pkg:issued "2020-01-02" }',
     "pkgsh:Directive", "pkg:issued"),
    ("a directive issued by a person",
     "INSERT DATA { dir:d2 pkg:issuer per:p1 }", "pkgsh:Directive", "pkg:issuer"),
    ("a directive kind from the wrong scheme",
     "DELETE DATA { dir:d1 pkg:directiveKind dk:chi-thi } ;"
     "INSERT DATA { dir:d1 pkg:directiveKind ok:other }", "pkgsh:Directive", "pkg:directiveKind"),
    ("a directive implementing a place",
     "INSERT DATA { dir:d2 pkg:implements pl:99 }", "pkgsh:Directive", "pkg:implements"),
    ("a directive replacing itself",
     "INSERT DATA { dir:d2 pkg:replaces dir:d2 }", "pkgsh:Directive", ""),
    ("an observation of a group of indicators",
     "DELETE DATA { obs:a pkg:indicator ind:party_members } ;"
     "INSERT DATA { obs:a pkg:indicator ind:group-membership }", "pkgsh:Observation", "pkg:indicator"),
    ("an observation with an indicator of no scheme",
     "DELETE DATA { obs:a pkg:indicator ind:party_members } ;"
     "INSERT DATA { obs:a pkg:indicator ind:party_memberz }", "pkgsh:Observation", "pkg:indicator"),
    ("an observation with two indicators",
     "INSERT DATA { obs:a pkg:indicator ind:party_cells }", "pkgsh:Observation", "pkg:indicator"),
    ("an observation without a value",
     "DELETE DATA { obs:a pkg:value 120 }", "pkgsh:Observation", "pkg:value"),
    ("an observation whose value is a string",
     'DELETE DATA { obs:a pkg:value 120 } ; INSERT DATA { obs:a pkg:value "120" }',
     "pkgsh:Observation", "pkg:value"),
    ("an observation about a person",
     "DELETE DATA { obs:a pkg:refSubject o:o1 } ; INSERT DATA { obs:a pkg:refSubject per:p1 }",
     "pkgsh:Observation", "pkg:refSubject"),
    ("an observation about two subjects",
     "INSERT DATA { obs:a pkg:refSubject o:o2 }", "pkgsh:Observation", "pkg:refSubject"),
    ("a period given as a plain string",
     'DELETE DATA { obs:a pkg:periodStart "2020"^^xsd:gYear } ; INSERT DATA { obs:a pkg:periodStart "2020" }',
     "pkgsh:Observation", "pkg:periodStart"),
    ("a period that ends before it starts",
     'DELETE DATA { obs:a pkg:periodEnd "2024"^^xsd:gYear } ; INSERT DATA { obs:a pkg:periodEnd "2019"^^xsd:gYear }',
     "pkgsh:Observation", ""),
    ("a target flag that is not a boolean",
     'DELETE DATA { obs:a pkg:isTarget false } ; INSERT DATA { obs:a pkg:isTarget "no" }',
     "pkgsh:Observation", "pkg:isTarget"),
    ("a range bound that is neither lower nor upper",
     'INSERT DATA { obs:a pkg:bound "middle" }', "pkgsh:Observation", "pkg:bound"),
    ("an achieved figure whose target is not a target",
     "INSERT DATA { obs:a pkg:targetFor obs:a2 . obs:a2 a qb:Observation ; pkg:refSubject o:o1 ;"
     " pkg:indicator ind:party_members ; pkg:value 150 ; pkg:isTarget false }", "pkgsh:Observation", ""),
    ("an observation with two units",
     'INSERT DATA { obs:a pkg:unit "người" }', "pkgsh:Observation", "pkg:unit"),
    ("a document without a content hash",
     'DELETE DATA { doc:d1 pkg:contentHash "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" }',
     "pkgsh:Document", "pkg:contentHash"),
    ("a document with two sources",
     'INSERT DATA { doc:d1 pkg:source "/data/khac.txt" }', "pkgsh:Document", "pkg:source"),
    ("a publication date that is a plain string",
     'DELETE DATA { doc:d1 schema:datePublished "2024-03-01"^^xsd:date } ; INSERT DATA { doc:d1 schema:datePublished "1/3/2024" }',
     "pkgsh:Document", "schema:datePublished"),
    ("a sentence that ends before it starts",
     "DELETE DATA { <https://w3id.org/partykg/id/doc/d1#char=0,40> oa:end 40 } ;"
     "INSERT DATA { <https://w3id.org/partykg/id/doc/d1#char=0,40> oa:end -1 }", "pkgsh:Sentence", "oa:start"),
    ("a sentence of no document",
     "DELETE DATA { <https://w3id.org/partykg/id/doc/d1#char=0,40> oa:hasSource doc:d1 }", "pkgsh:Sentence", "oa:hasSource"),
    ("a quote that does not fit its offsets",
     "DELETE DATA { <https://w3id.org/partykg/id/doc/d1#char=0,40> oa:end 40 } ;"
     "INSERT DATA { <https://w3id.org/partykg/id/doc/d1#char=0,40> oa:end 41 }", "pkgsh:Sentence", ""),
    ("evidence with no sentence",
     "DELETE DATA { <https://w3id.org/partykg/id/doc/d1/evidence/0-40/outcomes> pkg:sentence <https://w3id.org/partykg/id/doc/d1#char=0,40> }",
     "pkgsh:Evidence", "pkg:sentence"),
]


@pytest.mark.parametrize("what,update,shape,path", MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_constraint_rejects_the_mistake_it_is_there_for(background, what, update, shape, path):
    report = check(background, update)
    assert not report.conforms, f"{what}: accepted"
    violated = {(f.shape, f.path) for f in report.findings if f.severity == "Violation"}
    assert (shape, path) in violated, f"{what}: {report.summary()}"


def test_a_label_without_a_language_tag_is_a_warning_not_a_violation(background):
    report = check(background, 'DELETE DATA { per:p1 rdfs:label "Lò Văn Mẫu"@vi } ;'
                               'INSERT DATA { per:p1 rdfs:label "Lò Văn Mẫu" }')
    assert report.conforms
    assert report.warnings == 1 and "@vi" in report.summary()


def test_numbered_units_keep_their_type_word_in_the_label(background):
    report = check(background, 'DELETE DATA { pl:ban-nuoc rdfs:label "Nước"@vi } ;'
                               'INSERT DATA { pl:ban-nuoc rdfs:label "Bản 4"@vi }')
    assert report.conforms, report.summary()


def test_old_regulations_coded_qd_are_accepted(background):
    report = check(background, 'DELETE DATA { dir:d3 rdfs:label "Quy định số 08-QĐi/TW"@vi ; pkg:code "08-QĐi/TW" } ;'
                               'INSERT DATA { dir:d3 rdfs:label "Quy định số 57-QĐ/TW"@vi ; pkg:code "57-QĐ/TW" ;'
                               ' pkg:directiveKind dk:quy-dinh }')
    assert report.conforms, report.summary()


def test_a_share_above_a_hundred_per_cent_is_a_warning_unless_a_target_is_exceeded(background):
    report = check(background, 'DELETE DATA { obs:b pkg:value 4.5 } ; INSERT DATA { obs:b pkg:value 112.5 }')
    assert report.conforms and report.warnings == 1, report.summary()
    assert "share above 100 %" in report.summary() and "value 112.5" in report.summary()
    report = check(background, 'DELETE DATA { obs:b pkg:value 4.5 ; pkg:indicator ind:poverty_rate } ;'
                               'INSERT DATA { obs:b pkg:value 112.5 ; pkg:indicator ind:target_achievement_rate }')
    assert report.conforms and report.warnings == 0, report.summary()


def test_several_wordings_of_what_a_directive_is_about_are_allowed(background):
    report = check(background, 'INSERT DATA { dir:d1 pkg:about "về việc làm mẫu"@vi }')
    assert report.conforms


def test_the_summary_counts_by_shape_and_path_and_shows_a_few_examples(background):
    many = " ".join(f'pl:x{i} a pkg:Place ; rdfs:label "Bản {i}"@vi, "Thôn {i}"@vi ; pkg:unitType "bản" ;'
                    f' pkg:adminLevel al:village .' for i in range(200))
    report = check(background, "INSERT DATA { " + many + " }")
    text = report.summary()
    assert not report.conforms and report.violations == 200
    assert "200 ×" in text and "pkgsh:Place rdfs:label" in text and "… and 197 more" in text
    assert len(text.splitlines()) < 10


SPARQL_MISTAKES = [m for m in MISTAKES if m[3] == ""][:2]


@pytest.mark.parametrize("what,update,shape,path", SPARQL_MISTAKES, ids=[m[0] for m in SPARQL_MISTAKES])
def test_running_sparql_constraints_once_per_graph_finds_what_plain_pyshacl_finds(background, what, update, shape, path):
    """The shapes are standard SHACL: pySHACL on its own, SPARQL constraints run per focus node,
    reports the same focus nodes as the validator's one-query-per-constraint shortcut."""
    from pyshacl import validate
    from rdflib import Namespace

    SH = Namespace("http://www.w3.org/ns/shacl#")
    ontology, shapes = background
    g = rdflib.Graph().parse(data=VALID, format="turtle")
    g.update(PREFIXES + update)
    merged = g + ontology
    conforms, results, _ = validate(merged, shacl_graph=shapes, inference="none", advanced=True,
                                    allow_warnings=True)
    assert not conforms
    plain = {results.value(r, SH.focusNode) for r in results.subjects(SH.focusNode, None)}
    report = check(background, update)
    ours = {example.split(" ")[0] for f in report.findings for example in f.examples}
    assert ours == {short(n) for n in plain}
