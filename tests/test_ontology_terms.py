"""The ontology declares every term the Python code mints, in Vietnamese and English, and is
aligned with the W3C vocabularies it builds on (ORG, PROV-O, Data Cube, OWL-Time, schema.org,
Web Annotation)."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, URIRef

from partykg.ontology import shapes_file, ttl_files
from partykg.ontology.terms import PKG

P = rdflib.Namespace(PKG.iri)
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SCHEMA = rdflib.Namespace("https://schema.org/")
QB = rdflib.Namespace("http://purl.org/linked-data/cube#")
TIME = rdflib.Namespace("http://www.w3.org/2006/time#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
SDMX_DIM = rdflib.Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    g = rdflib.Graph()
    for f in ttl_files():
        with f.open("rb") as fh:
            g.parse(fh, format="turtle")
    return g


def test_the_turtle_files_parse_with_rdflib_and_pyoxigraph():
    from pyoxigraph import RdfFormat, parse

    names = {f.name for f in ttl_files()}
    assert {"partykg.ttl", "vocabularies.ttl"} <= names
    for f in [*ttl_files(), shapes_file()]:
        with f.open("rb") as fh:
            assert len(rdflib.Graph().parse(fh, format="turtle")) > 50, f.name
        with f.open("rb") as fh:
            assert sum(1 for _ in parse(fh, format=RdfFormat.TURTLE)) > 50, f.name


def test_the_shapes_stay_out_of_the_ontology_graph():
    assert "shapes.ttl" not in {f.name for f in ttl_files()}


@pytest.mark.parametrize("term", sorted(PKG.terms))
def test_every_pkg_term_is_declared_with_labels_and_definitions_in_both_languages(ontology, term):
    iri = URIRef(PKG[term].value)
    types = set(ontology.objects(iri, RDF.type))
    expected = OWL.Class if term[0].isupper() else None
    if expected:
        assert OWL.Class in types, f"pkg:{term} is not declared an owl:Class"
    else:
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"pkg:{term} is not declared a property"
    assert (iri, RDFS.isDefinedBy, URIRef("https://w3id.org/partykg/ontology")) in ontology
    for pred in (RDFS.label, SKOS.definition):
        langs = {o.language for o in ontology.objects(iri, pred)}
        assert {"vi", "en"} <= langs, f"pkg:{term} lacks {pred.n3()} in vi or en: {langs}"


def test_the_ontology_declares_no_pkg_term_that_python_does_not_know(ontology):
    declared = {str(s)[len(PKG.iri):] for s in ontology.subjects(RDF.type, None)
                if isinstance(s, URIRef) and str(s).startswith(PKG.iri)}
    assert declared - set(PKG.terms) == set()


# A property used on any kind of resource has no domain, on purpose.
NO_DOMAIN = {"inferred"}


@pytest.mark.parametrize("term", sorted(t for t in PKG.terms if t[0].islower()))
def test_properties_have_a_domain_and_object_properties_a_range(ontology, term):
    iri = URIRef(PKG[term].value)
    if term not in NO_DOMAIN:
        assert ontology.value(iri, RDFS.domain) is not None, f"pkg:{term} has no rdfs:domain"
    if (iri, RDF.type, OWL.ObjectProperty) in ontology and term != "mentions":
        assert ontology.value(iri, RDFS.range) is not None, f"pkg:{term} has no rdfs:range"


ALIGNMENTS = [
    # (subject, rdfs:subClassOf or rdfs:subPropertyOf, super)
    (P.Organization, RDFS.subClassOf, ORG.Organization),
    (P.PartyOrganization, RDFS.subClassOf, ORG.FormalOrganization),
    (P.PartyOrganization, RDFS.subClassOf, P.Organization),
    (P.GovernmentOrganization, RDFS.subClassOf, P.Organization),
    (P.MassOrganization, RDFS.subClassOf, P.Organization),
    (P.PublicBody, RDFS.subClassOf, P.Organization),
    (P.Post, RDFS.subClassOf, ORG.Post),
    (P.Document, RDFS.subClassOf, PROV.Entity),
    (P.Document, RDFS.subClassOf, SCHEMA.NewsArticle),
    (P.Extractor, RDFS.subClassOf, PROV.SoftwareAgent),
    (P.Evidence, RDFS.subClassOf, PROV.Entity),
    (P.Sentence, RDFS.subClassOf, OA.SpecificResource),
    (P.Period, RDFS.subClassOf, TIME.ProperInterval),
    (P.Observation, RDFS.subClassOf, QB.Observation),
    (P.Person, RDFS.subClassOf, SCHEMA.Person),
    (P.Directive, RDFS.subClassOf, SCHEMA.Legislation),
    (P.Place, RDFS.subClassOf, SCHEMA.AdministrativeArea),
    (P.Indicator, RDFS.subClassOf, SKOS.Concept),
    (P.DirectiveKind, RDFS.subClassOf, SKOS.Concept),
    (P.OrganizationKind, RDFS.subClassOf, SKOS.Concept),
    (P.Level, RDFS.subClassOf, SKOS.Concept),
    (P.AdministrativeLevel, RDFS.subClassOf, SKOS.Concept),
    (P.partOf, RDFS.subPropertyOf, SCHEMA.containedInPlace),
    (P.period, RDFS.subPropertyOf, SDMX_DIM.refPeriod),
    (P.orgKind, RDFS.subPropertyOf, ORG.classification),
    (P.sentence, RDFS.subPropertyOf, PROV.wasDerivedFrom),
    (P.extractor, RDFS.subPropertyOf, PROV.wasAttributedTo),
]


@pytest.mark.parametrize("s,p,o", ALIGNMENTS, ids=lambda t: t.n3().rsplit("/", 1)[-1].rsplit("#", 1)[-1].strip(">"))
def test_alignment_with_the_w3c_vocabularies(ontology, s, p, o):
    assert (s, p, o) in ontology


LINKS = ["continues", "implements", "concretizes", "amends", "replaces", "references"]


@pytest.mark.parametrize("link", LINKS)
def test_every_directive_link_is_a_kind_of_related_directive(ontology, link):
    supers = set(ontology.transitive_objects(P[link], RDFS.subPropertyOf))
    assert P.relatedDirective in supers
    assert ontology.value(P[link], RDFS.domain) == P.Directive
    assert ontology.value(P[link], RDFS.range) == P.Directive


def test_ref_subject_is_explained_rather_than_declared_a_sub_property_of_ref_area(ontology):
    # most subjects are organizations, which are not areas: the mapping is stated in a comment
    assert (P.refSubject, RDFS.subPropertyOf, SDMX_DIM.refArea) not in ontology
    comment = " ".join(str(c) for c in ontology.objects(P.refSubject, RDFS.comment))
    assert "sdmx-dimension:refArea" in comment and "pkg:Place" in comment


@pytest.mark.parametrize("prop,datatype", [
    (P.issued, XSD.date), (P.validFrom, XSD.date), (P.validUntil, XSD.date),
    (P.periodStart, XSD.gYear), (P.periodEnd, XSD.gYear), (P.value, XSD.decimal),
    (P.isTarget, XSD.boolean),
])
def test_datatype_properties_name_the_datatypes_the_loaders_write(ontology, prop, datatype):
    assert ontology.value(prop, RDFS.range) == datatype
