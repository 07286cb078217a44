"""The shipped gazetteer: both maps are complete, keys never collide, lookups fold spelling."""

from __future__ import annotations

from collections import Counter

from partykg.loaders import gazetteer as gz
from partykg.loaders.pipeline import Pipeline
from partykg.loaders.read import RawDocument


def test_both_maps_have_the_official_counts():
    g = gz.gazetteer()
    counts = Counter((u.period, u.level) for u in g.units.values())
    assert counts[(gz.OLD, "province")] == 63
    assert 690 <= counts[(gz.OLD, "district")] <= 710
    assert counts[(gz.OLD, "commune")] > 10_000
    assert counts[(gz.NEW, "province")] == 34
    assert counts[(gz.NEW, "commune")] == 3321
    assert counts[(gz.NEW, "district")] == 0


def test_keys_of_the_two_maps_never_collide():
    g = gz.gazetteer()
    old = {u.key for u in g.units.values() if u.period == gz.OLD}
    new = {u.key for u in g.units.values() if u.period == gz.NEW}
    assert not old & new
    assert all(k.startswith("2025-") for k in new)
    # the same official code exists in both maps, as two distinct units
    assert any(k[5:] in old for k in new)


def test_lookup_folds_tone_placement_case_and_eth():
    g = gz.gazetteer()
    a = g.lookup("Hoà Bình", level="province", period=gz.OLD)
    b = g.lookup("HÒA BÌNH", level="province", period=gz.OLD)
    assert a == b and len(a) == 1
    assert g.lookup("Ðiện Biên", level="province")  # Ð (eth) written for Đ


def test_parent_chain_and_children():
    g = gz.gazetteer()
    ta_mung = g.lookup("Tà Mung", level="commune")[0]
    assert [u.name for u in g.ancestors(ta_mung)] == ["Than Uyên", "Lai Châu"]
    than_uyen = g.parent(ta_mung)
    assert ta_mung in g.children(than_uyen)
    assert ta_mung.valid_until == "2025-06-30" and ta_mung.valid_from == ""


def test_resolve_uses_the_document_context():
    doc = Pipeline(["metadata", "places"]).process(
        RawDocument("memory:r", "Huyện Thới Lai có nhiều đổi mới trong năm.", "text", {"date": "2013-05-28"}))
    ref = gz.resolve("Trường Xuân", "commune", doc)
    assert ref is not None and ref["code"] == "31294"
    assert gz.resolve("Không Có Nơi Này", "commune", doc) is None
