"""A delegation sent by an organ of a party committee ("Đoàn công tác của Ban Dân vận Thị
ủy X", "Đoàn kiểm tra Ban Tổ chức Huyện ủy Y"): one body of the document, under that organ,
labelled with "của" whether the text writes it or not; the person who leads it is its
"Trưởng đoàn".

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, orgs, read


def test_a_working_delegation_of_a_commission(pipeline):
    got = orgs("Sáng 3/4, Đoàn công tác của Ban Dân vận Thị ủy An Khê về thăm xã Song An.", pipeline)
    d = got["Đoàn công tác của Ban Dân vận Thị ủy An Khê"]
    assert d.parent is not None and d.parent.label == "Ban Dân vận Thị ủy An Khê"


def test_its_head_leads_it(pipeline):
    doc = read(pipeline, "Đoàn công tác của Ban Dân vận Thị ủy An Khê do đồng chí Y Thị Bích, Phó Trưởng Ban "
                         "Dân vận Thị ủy làm Trưởng đoàn đã về thăm xã Song An.")
    assert ("Y Thị Bích", "Trưởng đoàn", "Đoàn công tác của Ban Dân vận Thị ủy An Khê") in held_posts(doc)


def test_written_without_cua_it_is_the_same_delegation(pipeline):
    got = orgs("Đoàn kiểm tra Ban Tổ chức Thị ủy An Khê về thăm Đảng ủy xã Song An. "
               "Đoàn kiểm tra của Ban Tổ chức Thị ủy An Khê ghi nhận kết quả.", pipeline)
    assert [label for label in got if label.startswith("Đoàn kiểm tra")] == [
        "Đoàn kiểm tra của Ban Tổ chức Thị ủy An Khê"]


def test_its_number_written_once_makes_one_delegation(pipeline):
    got = orgs("Đoàn giám sát của Ban Tổ chức Thị ủy An Khê về xã Song An. Sáng 9/5, Đoàn giám sát số 2 "
               "của Ban Tổ chức Thị ủy An Khê làm việc với Đảng ủy xã Song An.", pipeline)
    assert [label for label in got if label.startswith("Đoàn giám sát")] == [
        "Đoàn giám sát số 2 của Ban Tổ chức Thị ủy An Khê"]


def test_two_numbers_make_two_delegations(pipeline):
    got = orgs("Đoàn giám sát số 1 của Ban Tổ chức Thị ủy An Khê về xã Song An, còn Đoàn giám sát số 2 "
               "của Ban Tổ chức Thị ủy An Khê về xã Tú An.", pipeline)
    assert sorted(label for label in got if label.startswith("Đoàn giám sát")) == [
        "Đoàn giám sát số 1 của Ban Tổ chức Thị ủy An Khê", "Đoàn giám sát số 2 của Ban Tổ chức Thị ủy An Khê"]
