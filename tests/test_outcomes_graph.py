"""Outcomes in the graph: articles written for the test are ingested with the real command into
a real store, and the contract query ``outcomes`` and a membership time series answer from it."""

from __future__ import annotations

import csv
import io

import pytest

ARTICLE_2019 = """Đảng bộ xã Nà Hẩu vững mạnh

Đảng bộ xã Nà Hẩu, huyện Văn Yên hiện có 180 đảng viên, sinh hoạt tại 14 chi bộ.
Năm 2019, Đảng bộ xã kết nạp được 12 đảng viên mới; không còn chi bộ yếu kém.
Tỷ lệ hộ nghèo của xã giảm từ 45% năm 2015 xuống còn 28% năm 2019.
Phấn đấu đến năm 2025, Đảng bộ xã kết nạp từ 40-50 đảng viên mới.
"""

ARTICLE_2022 = """Nà Hẩu chăm lo xây dựng Đảng

Thứ năm - 15/12/2022 09:20
Năm 2022, Đảng bộ xã Nà Hẩu, huyện Văn Yên có 214 đảng viên.
"""


@pytest.fixture
def ingested(tmp_path, cli, store_dir):
    a = tmp_path / "na_hau_2019.txt"
    b = tmp_path / "na_hau_2022.txt"
    a.write_text(ARTICLE_2019, encoding="utf-8")
    b.write_text(ARTICLE_2022, encoding="utf-8")
    r = cli("ingest", "--store", store_dir, a, b)
    assert r.returncode == 0, r.stderr
    return store_dir


def rows(cli, store_dir, *args):
    r = cli("query", "--store", store_dir, "--format", "csv", *args)
    assert r.returncode == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout)))


def test_the_outcomes_query_answers_every_figure_with_its_sentence(cli, ingested):
    out = rows(cli, ingested, "outcomes")
    got = {(r["indicator"], float(r["value"]), r["period_start"], r["period_end"], r["is_target"]) for r in out}
    assert ("party_members", 180.0, "", "", "false") in got
    assert ("party_cells", 14.0, "", "", "false") in got
    assert ("new_members_admitted", 12.0, "2019", "2019", "false") in got
    assert ("orgs_rated_weak", 0.0, "2019", "2019", "false") in got
    assert ("poverty_rate", 45.0, "2015", "2015", "false") in got
    assert ("poverty_rate", 28.0, "2019", "2019", "false") in got
    assert ("new_members_admitted", 40.0, "", "2025", "true") in got
    assert ("new_members_admitted", 50.0, "", "2025", "true") in got
    members = next(r for r in out if r["indicator"] == "party_members" and r["value"].startswith("180"))
    assert members["subject"] == "Đảng bộ xã Nà Hẩu"
    assert members["unit"] == "đảng viên"
    assert "180 đảng viên" in members["evidence"]
    assert members["document"].endswith("na_hau_2019.txt")


TARGET_LINKS = """
SELECT ?achieved ?target WHERE { GRAPH kg:kg {
  ?a pkg:targetFor ?t . ?a pkg:value ?achieved . ?t pkg:value ?target ; pkg:isTarget true } }
"""


def test_an_achievement_points_at_the_target_set_for_it(tmp_path, cli, store_dir):
    a = tmp_path / "targets.txt"
    a.write_text("Kết nạp đảng viên\n\nNhiệm kỳ 2015-2020, Đảng bộ xã Nà Hẩu đặt chỉ tiêu kết nạp 60 đảng viên mới.\n"
                 "Đến năm 2020, Đảng bộ xã Nà Hẩu đã kết nạp 75 đảng viên mới, đạt 125% chỉ tiêu.\n", encoding="utf-8")
    assert cli("ingest", "--store", store_dir, a).returncode == 0
    links = {(float(r["achieved"]), float(r["target"])) for r in rows(cli, store_dir, "--sparql", TARGET_LINKS)}
    assert links == {(75.0, 60.0), (125.0, 60.0)}


def test_no_year_date_or_code_is_read_as_a_figure(cli, ingested):
    values = {float(r["value"]) for r in rows(cli, ingested, "outcomes")}
    assert not values & {2015.0, 2019.0, 2022.0, 2025.0}


SERIES = """
SELECT ?value ?period_start ?period_end ?document ?evidence WHERE {
  GRAPH kg:kg {
    ?obs pkg:indicator vocab:indicator/party_members ; pkg:refSubject ?s ; pkg:value ?value .
    ?s rdfs:label "Đảng bộ xã Nà Hẩu"@vi .
    OPTIONAL { ?obs pkg:periodStart ?period_start } OPTIONAL { ?obs pkg:periodEnd ?period_end }
  }
  GRAPH ?g { ?obs a qb:Observation }
  GRAPH kg:provenance { ?g pkg:sentence ?sent . ?sent oa:exact ?evidence ; oa:hasSource ?d }
  GRAPH kg:kg { ?d pkg:source ?document }
} ORDER BY ?value
"""


def test_membership_of_a_commune_over_time_with_a_source_sentence_per_point(cli, ingested):
    series = rows(cli, ingested, "--sparql", SERIES.replace("vocab:indicator/party_members",
                                                           "<https://w3id.org/partykg/vocab/indicator/party_members>"))
    assert [(float(r["value"]), r["period_start"]) for r in series] == [(180.0, ""), (214.0, "2022")]
    assert all(r["evidence"] and r["document"] for r in series)


def test_a_level_with_no_period_is_dated_by_its_report(tmp_path, cli, store_dir):
    a = tmp_path / "dated.txt"
    a.write_text("Nà Hẩu hôm nay\n\nThứ năm - 15/12/2022 09:20\n"
                 "Đảng bộ xã Nà Hẩu hiện có 230 đảng viên. Năm 2021, Đảng bộ kết nạp 9 đảng viên mới.\n",
                 encoding="utf-8")
    assert cli("ingest", "--store", store_dir, a).returncode == 0
    dated = rows(cli, store_dir, "--sparql", """SELECT ?value ?when WHERE { GRAPH kg:kg {
        ?o a qb:Observation ; pkg:value ?value . OPTIONAL { ?o pkg:reportedAt ?when } } }""")
    assert {(float(r["value"]), r["when"]) for r in dated} == {(230.0, "2022-12-15"), (9.0, "")}


ARTICLE_2019_OTHER = """Nà Hẩu: kết quả công tác phát triển đảng viên

Năm 2019, Đảng bộ xã Nà Hẩu, huyện Văn Yên kết nạp được 15 đảng viên mới.
"""


def test_two_documents_giving_one_figure_different_values_are_a_conflict(tmp_path, cli, ingested):
    # the same subject, indicator and year: one qb:Slice holding both observations
    c = tmp_path / "na_hau_2019_other.txt"
    c.write_text(ARTICLE_2019_OTHER, encoding="utf-8")
    assert cli("ingest", "--store", ingested, c).returncode == 0
    out = rows(cli, ingested, "conflicting-figures", "--param", "indicator=new_members_admitted")
    pairs = {(float(r["value_a"]), float(r["value_b"]), r["period_start"]) for r in out}
    assert pairs == {(12.0, 15.0, "2019")}
    row = out[0]
    assert row["document_a"].endswith("na_hau_2019.txt") and row["document_b"].endswith("na_hau_2019_other.txt")
    # 180 members (no period stated) and 214 in 2022 are figures of two slices, not a conflict
    assert not rows(cli, ingested, "conflicting-figures", "--param", "indicator=party_members")
