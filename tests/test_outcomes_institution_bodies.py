"""The party body of a school, hospital or company ("Ban Thường vụ đảng ủy trường Trung cấp X
đã ban hành …") is the subject of the figures its text reports, and a bare "Đảng ủy" or "toàn
Đảng bộ" after it stands for it, not for the higher body whose paper it carried out."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

SCHOOL = ("Một trường trung cấp chấm điểm đảng viên\n\n"
          "Theo Hướng dẫn số 07-HD/ĐUK ngày 9/10/2023 của Đảng ủy Khối tỉnh Hưng Yên, "
          "Ban Thường vụ đảng ủy trường Trung cấp Kinh tế Kỹ thuật Hưng Hà đã ra kế hoạch chấm điểm dịp cuối năm. "
          "Đảng ủy đã cho cả 7/7 chi bộ trực thuộc tự chấm.\n"
          "Toàn Đảng bộ có 3 chi bộ xếp mức hoàn thành xuất sắc nhiệm vụ; "
          "52 đảng viên ở mức hoàn thành tốt nhiệm vụ.\n")


def test_the_school_party_body_owns_its_ratings():
    subj = figure_subjects(load_text(SCHOOL, source="memory:hung-ha.txt"))
    assert subj[7] == "Đảng bộ Trường Trung cấp Kinh tế Kỹ thuật Hưng Hà"
    assert subj[3] == "Đảng bộ Trường Trung cấp Kinh tế Kỹ thuật Hưng Hà"
    assert subj[52] == "Đảng bộ Trường Trung cấp Kinh tế Kỹ thuật Hưng Hà"


def test_a_hospital_party_body_written_in_capitals():
    text = ("Bệnh viện chăm lo công tác đảng\n\n"
            "Năm 2023, Đảng bộ Bệnh viện Đa khoa Hòa Lạc kết nạp 6 đảng viên mới.\n")
    subj = figure_subjects(load_text(text, source="memory:hoa-lac.txt"))
    assert "Hòa Lạc" in subj[6]


def test_the_institution_whose_paper_is_carried_out_is_no_subject():
    text = ("Xã Tân Mỹ học tập nghị quyết\n\n"
            "Thực hiện kế hoạch của Đảng ủy trường Chính trị Lê Lợi, Đảng ủy xã Tân Mỹ mở 2 lớp bồi dưỡng cho 90 đảng viên.\n")
    subj = figure_subjects(load_text(text, source="memory:tan-my.txt"))
    assert subj[90] == "Đảng bộ xã Tân Mỹ"


def test_a_bare_dang_uy_after_a_commune_body_named_later_is_the_communes():
    text = ("Xã Hòa Mạc kết nạp đảng viên\n\n"
            "Đảng bộ xã Hòa Mạc có 19 chi bộ.\n\n"
            "Tháng 4, đảng ủy trường Cao đẳng Nghề Hà Nam và Đảng ủy xã Hòa Mạc cùng ký quy chế giúp đỡ nhau. "
            "Trong năm, Đảng ủy kết nạp 14 đảng viên mới.\n")
    subj = figure_subjects(load_text(text, source="memory:hoa-mac.txt"))
    assert "Hòa Mạc" in subj[14]


def test_the_body_whose_paper_was_carried_out_is_not_the_articles_subject():
    text = ("Chấm điểm cuối năm ở một trường cao đẳng\n\n"
            "Theo Công văn số 45-CV/ĐUK ngày 2/11/2024 của Đảng ủy Khối Doanh nghiệp tỉnh, "
            "đảng ủy trường Cao đẳng Nghề Phú Lâm đã ra kế hoạch chấm điểm các chi bộ.\n\n"
            "Kết quả, có 4 chi bộ xếp mức hoàn thành xuất sắc nhiệm vụ.\n")
    subj = figure_subjects(load_text(text, source="memory:phu-lam.txt"))
    assert "Phú Lâm" in subj[4]
