"""How a parameter finds its entity: a committee's name ("Huyện ủy X") answers for every party
organization named "Đảng bộ huyện X", not only the one a document happened to call so; and a
query file's parameters must bind variables the query uses."""

from __future__ import annotations

import pytest

from partykg.queries.library import QueryError, parse_query_text


def test_a_committee_name_two_districts_share_names_both(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Ngày 2/3, Huyện ủy Phú Tân, tỉnh An Giang họp bàn công tác cán bộ.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Đảng bộ huyện Phú Tân, tỉnh Cà Mau hiện có 2.900 đảng viên.\n",
                                    encoding="utf-8")
    store = tmp_path / "store"
    assert cli("ingest", "-q", "--store", store, tmp_path / "a.txt", tmp_path / "b.txt").returncode == 0
    r = cli("query", "--store", store, "indicator-series", "-p", "subject=Huyện ủy Phú Tân")
    assert r.returncode != 0 and "names 2 entities" in r.stderr, r.stderr
    one = cli("query", "--store", store, "post-holders", "-p", "organization=Huyện ủy Phú Tân")
    assert one.returncode != 0 and "names 2 entities" in one.stderr


@pytest.mark.parametrize("variable, reason", [("5", "binds no variable name"),
                                              ("wihtin", "which the query does not use")])
def test_a_parameter_binds_a_variable_the_query_uses(variable, reason):
    text = ("#+ params:\n"
            f"#+   - {{name: province, type: string, variable: {variable}}}\n"
            "SELECT ?within WHERE { BIND(1 AS ?within) }\n")
    with pytest.raises(QueryError, match=reason):
        parse_query_text(text, "mine")


def test_a_variable_named_only_in_the_metadata_or_a_comment_is_not_used():
    text = ("#+ params:\n"
            "#+   - {name: unit, type: string, description: 'binds ?unit'}\n"
            "# ?unit is meant here\n"
            "SELECT ?within WHERE { BIND(1 AS ?within) }\n")
    with pytest.raises(QueryError, match="which the query does not use"):
        parse_query_text(text, "mine")
