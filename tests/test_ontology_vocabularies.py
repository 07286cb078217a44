"""The SKOS vocabularies: every concept the loaders mint is in its scheme, with the notation or
Vietnamese label the contract queries print, and every indicator key of the answer-key format
is a notation of the indicator scheme."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, SKOS, Literal, URIRef

from partykg.ontology import ttl_files
from pyoxigraph import NamedNode

from partykg.ontology.terms import PREFIXES, concept, scheme

ROOT = Path(__file__).resolve().parent.parent
SCHEMES = ["indicator", "org-kind", "org-level", "directive-kind", "admin-level"]


@pytest.fixture(scope="module")
def vocab() -> rdflib.Graph:
    g = rdflib.Graph()
    for f in ttl_files():
        with f.open("rb") as fh:
            g.parse(fh, format="turtle")
    return g


def concepts_of(vocab, name: str) -> set[URIRef]:
    return set(vocab.subjects(SKOS.inScheme, URIRef(scheme(name).value)))


def notations(vocab, name: str) -> dict[str, URIRef]:
    return {str(vocab.value(c, SKOS.notation)): c for c in concepts_of(vocab, name)}


def iri(scheme_name: str, key: str) -> URIRef:
    return URIRef(concept(scheme_name, key).value)


@pytest.mark.parametrize("name", SCHEMES)
def test_each_scheme_is_a_concept_scheme_with_top_concepts(vocab, name):
    s = URIRef(scheme(name).value)
    assert (s, RDF.type, SKOS.ConceptScheme) in vocab
    tops = set(vocab.objects(s, SKOS.hasTopConcept))
    assert tops and tops <= concepts_of(vocab, name)


@pytest.mark.parametrize("name", SCHEMES)
def test_every_concept_has_a_notation_labels_in_both_languages_and_a_definition(vocab, name):
    for c in concepts_of(vocab, name):
        assert (c, RDF.type, SKOS.Concept) in vocab, c
        assert len(list(vocab.objects(c, SKOS.notation))) == 1, c
        for lang in ("vi", "en"):
            labels = [o for o in vocab.objects(c, SKOS.prefLabel) if o.language == lang]
            assert len(labels) == 1, f"{c}: {len(labels)} prefLabel@{lang}"
        assert list(vocab.objects(c, SKOS.definition)), c


@pytest.mark.parametrize("name", SCHEMES)
def test_notations_are_unique_within_a_scheme(vocab, name):
    values = [str(vocab.value(c, SKOS.notation)) for c in concepts_of(vocab, name)]
    assert len(values) == len(set(values))


@pytest.mark.parametrize("name", ["indicator", "org-kind", "org-level", "admin-level"])
def test_the_notation_is_the_key_the_concept_iri_is_minted_from(vocab, name):
    for notation, c in notations(vocab, name).items():
        assert c == iri(name, notation)


# The indicator keys of the answer-key format (../shared/spec/gold_format.md), kept here so a
# clone without ../shared still checks them; a test below compares them with the spec.
GOLD_KEYS = """party_members party_cells subordinate_party_orgs new_members_admitted
members_disciplined orgs_disciplined inspections supervisions study_conferences study_participants
study_participation_rate orgs_rated_excellent orgs_rated_good orgs_rated_completed orgs_rated_weak
members_rated_excellent members_rated_good members_rated_completed members_rated_not_completed
political_theory_trainees cadres_meeting_standard poverty_rate income_per_capita crop_area
livestock_model temporary_houses houses_removed food_output denunciations_handled units_reduced
target_achievement_rate cells_with_committee villages_without_members other""".split()


def gold_indicator_keys() -> list[str]:
    return GOLD_KEYS


def test_the_keys_kept_here_are_those_of_the_spec():
    spec = ROOT.parent / "shared" / "spec" / "gold_format.md"
    if not spec.exists():
        pytest.skip("../shared/spec/gold_format.md is not present")
    text = spec.read_text(encoding="utf-8")
    block = text.split("## Indicator keys", 1)[1].split("(Use", 1)[0]
    assert re.findall(r"[a-z_]+", block) == GOLD_KEYS


def test_every_indicator_key_of_the_answer_key_format_is_a_notation(vocab):
    missing = set(GOLD_KEYS) - set(notations(vocab, "indicator"))
    assert missing == set()


def test_indicators_are_grouped_by_field_of_work(vocab):
    groups = {c for c in concepts_of(vocab, "indicator") if str(c).rsplit("/", 1)[1].startswith("group-")}
    assert {iri("indicator", f"group-{g}") for g in
            ("membership", "discipline", "inspection", "ratings", "study", "socio-economic")} <= groups
    for c in concepts_of(vocab, "indicator") - groups:
        assert vocab.value(c, SKOS.broader) in groups, f"{c} has no group"
    assert vocab.value(iri("indicator", "members_disciplined"), SKOS.broader) == iri("indicator", "group-discipline")
    assert vocab.value(iri("indicator", "supervisions"), SKOS.broader) == iri("indicator", "group-inspection")


def test_extension_indicators_say_they_extend_the_answer_key_list(vocab):
    keys = set(gold_indicator_keys())
    for notation, c in notations(vocab, "indicator").items():
        if notation.startswith("group-") or notation in keys:
            continue
        definition = vocab.value(c, SKOS.definition)
        assert "extension" in str(definition), f"{notation} is not in gold_format.md: say so in its definition"


GOLD_KINDS = """party_committee party_cell standing_committee executive_committee inspection_committee
organization_commission propaganda_commission mass_mobilization_commission steering_committee party_school
people_committee people_council fatherland_front mass_organization military_unit police school health_station
enterprise central_body other""".split()


def test_org_kind_notations_are_the_answer_key_kinds(vocab):
    assert set(notations(vocab, "org-kind")) == set(GOLD_KINDS)


def test_org_levels_and_admin_levels(vocab):
    assert set(notations(vocab, "org-level")) == {"central", "province", "district", "commune", "village", "agency"}
    assert set(notations(vocab, "admin-level")) == {"province", "district", "commune", "village"}


DIRECTIVE_KINDS = {
    "nghi-quyet": ("Nghị quyết", "NQ"), "chi-thi": ("Chỉ thị", "CT"), "ket-luan": ("Kết luận", "KL"),
    "quy-dinh": ("Quy định", "QĐi"), "ke-hoach": ("Kế hoạch", "KH"),
    "chuong-trinh-hanh-dong": ("Chương trình hành động", "CTr"), "huong-dan": ("Hướng dẫn", "HD"),
    "quyet-dinh": ("Quyết định", "QĐ"), "thong-bao": ("Thông báo", "TB"), "de-an": ("Đề án", "ĐA"),
    "dieu-le": ("Điều lệ", None), "quy-che": ("Quy chế", "QC"), "luat": ("Luật", None), "nghi-dinh": ("Nghị định", "NĐ"),
    "cong-van": ("Công văn", "CV"), "bao-cao": ("Báo cáo", "BC"), "other": ("Khác", None),
}


@pytest.mark.parametrize("key", sorted(DIRECTIVE_KINDS))
def test_directive_kinds_have_the_vietnamese_label_the_directives_query_prints(vocab, key):
    label, code = DIRECTIVE_KINDS[key]
    c = iri("directive-kind", key)
    assert (c, SKOS.inScheme, URIRef(scheme("directive-kind").value)) in vocab
    assert Literal(label, lang="vi") in set(vocab.objects(c, SKOS.prefLabel))
    if code:
        assert str(vocab.value(c, SKOS.notation)) == code


def test_the_directive_kind_scheme_has_exactly_these_kinds(vocab):
    assert concepts_of(vocab, "directive-kind") == {iri("directive-kind", k) for k in DIRECTIVE_KINDS}


# ----------------------------------------------------------------------------- loaders' concepts

CONCEPT_CALL = re.compile(r"""concept\(\s*["']([\w-]+)["']\s*,\s*["']([\w-]+)["']\s*\)""")


def literal_concepts_in_loaders() -> set[tuple[str, str]]:
    """Every concept("scheme", "key") written out in the loaders' source."""
    found = set()
    for f in (ROOT / "loaders").glob("*.py"):
        found |= set(CONCEPT_CALL.findall(f.read_text(encoding="utf-8")))
    return found


def concepts_in_loader_data() -> set[tuple[str, str]]:
    """Indicator keys and organization kinds that the loaders' data files name."""
    import yaml

    found = set()
    data = ROOT / "loaders" / "data"
    for name, scheme_name, field in (("indicators.yaml", "indicator", "indicator"),
                                     ("org_patterns.yaml", "org-kind", "kind")):
        path = data / name
        if not path.exists():
            continue

        def walk(node):
            if isinstance(node, dict):
                value = node.get(field)
                if isinstance(value, str) and re.fullmatch(r"[a-z_]+", value):
                    found.add((scheme_name, value))
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)

        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


def test_every_concept_written_in_the_loaders_source_or_data_is_in_the_vocabularies(vocab):
    used = literal_concepts_in_loaders() | concepts_in_loader_data()
    missing = sorted(f"{s}/{k}" for s, k in used
                     if (iri(s, k), SKOS.inScheme, URIRef(scheme(s).value)) not in vocab)
    assert missing == []


def test_the_source_scan_finds_the_calls_it_looks_for():
    assert CONCEPT_CALL.findall('concept("org-level", "central") concept( "indicator" , "other" )') == [
        ("org-level", "central"), ("indicator", "other")]


def test_every_concept_the_loaders_mint_on_the_shared_corpus_is_in_the_vocabularies(vocab, shared):
    """Run the pipeline on the seed articles and a few others: keys computed at run time count too."""
    from partykg.loaders.pipeline import Pipeline, load_path

    prefix = PREFIXES["vocab"]
    paths = sorted((shared / "corpus" / "seeds").glob("*.txt")) + sorted((shared / "corpus" / "more").glob("*.txt"))[:10]
    pipeline = Pipeline()
    minted = set()
    for path in paths:
        for item in load_path(path, pipeline):
            if isinstance(item, Exception):
                continue
            doc, _ = item
            for f in doc.facts:
                if isinstance(f.o, NamedNode) and f.o.value.startswith(prefix):
                    minted.add(URIRef(f.o.value))
    assert minted, "the loaders minted no concept at all"
    known = set(vocab.subjects(SKOS.inScheme, None))
    assert sorted(minted - known) == []
