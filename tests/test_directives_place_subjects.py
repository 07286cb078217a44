"""Implementations whose doer is written as a place, a founder, or a shared verb.

Each test states one reading rule: the name of the article's place heading a clause stands for
its party body; a project or conclusion named by its content right after a verb of carrying
out is carried out; a second document joined by "và" after the first one's subject, or by
", gắn với", shares its verb; whoever sets up a steering committee for a document carries the
document out as well; bodies listed with the subject carry it out too, but not the issuer
closing a fronted clause; "thực hiện A là thực hiện … B" is no second task; a body in brackets
after another ("Sư đoàn 350 (Quân khu 7)") is an aside, not the doer.
"""

from __future__ import annotations

from extraction import carried_out


CITY = ("Thành ủy Cần Thơ họp phiên thường kỳ. Thành ủy Cần Thơ đánh giá tình hình. "
        "Thành ủy Cần Thơ chỉ đạo các cấp ủy. ")


def test_the_city_named_as_subject_stands_for_its_party_body(pipeline):
    got = carried_out(pipeline, CITY + "Năm nay, Cần Thơ đang tập trung triển khai thực hiện "
                                       "Đề án đào tạo cán bộ trẻ cho các phường.")
    assert ("Đảng bộ thành phố Cần Thơ", "Đề án đào tạo cán bộ trẻ cho các phường") in got


def test_a_conclusion_named_by_its_content_after_a_verb_is_carried_out(pipeline):
    got = carried_out(pipeline, CITY + "Thành phố cụ thể hóa triển khai Kết luận của Thành ủy về "
                                       "thu hút nhân tài cho khu vực công.")
    assert any(d.startswith("Kết luận của Thành ủy về thu hút nhân tài") for o, d in got
               if o == "Đảng bộ thành phố Cần Thơ")


def test_a_second_directive_after_the_first_ones_subject_shares_its_verb(pipeline):
    got = carried_out(pipeline, CITY + "Trọng tâm là triển khai thực hiện quyết liệt và có hiệu quả "
                                       "Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng và Chỉ thị 05-CT/TW "
                                       "của Bộ Chính trị, gắn với Chỉ thị số 12-CT/TU của Ban Thường vụ Thành ủy.")
    docs = {d for o, d in got if o == "Đảng bộ thành phố Cần Thơ"}
    assert {"Nghị quyết Trung ương 4 (khóa XII)", "Chỉ thị số 05-CT/TW", "Chỉ thị số 12-CT/TU"} <= docs


def test_who_sets_up_a_steering_committee_for_a_directive_carries_it_out(pipeline):
    got = carried_out(pipeline, CITY + "Thành phố tái lập Ban Chỉ đạo thực hiện Kết luận 80-KL/TW "
                                       "của Ban Bí thư về xây dựng tổ chức đảng trong doanh nghiệp.")
    assert ("Đảng bộ thành phố Cần Thơ", "Kết luận số 80-KL/TW") in got


def test_a_place_named_only_as_an_object_is_no_doer(pipeline):
    got = carried_out(pipeline, "Đảng ủy xã Tà Mung họp. Đảng ủy xã Tà Mung chỉ đạo. Đảng ủy xã Tà Mung kiểm tra. "
                                "Cán bộ tỉnh Lai Châu về hướng dẫn xã thực hiện Đề án trồng chè.")
    assert not any(o.startswith("Đảng bộ tỉnh") for o, d in got)


def test_the_secretariat_holding_a_review_conference_carries_the_directive_out(pipeline):
    got = carried_out(pipeline, "Sáng nay, Ban Bí thư Trung ương Đảng tổ chức Hội nghị toàn quốc sơ kết một năm "
                                "thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.")
    assert ("Ban Bí thư", "Chỉ thị số 05-CT/TW") in got
    assert not any(o == "Ban Chấp hành Trung ương" for o, d in got)


def test_bodies_listed_with_the_subject_carry_it_out_too(pipeline):
    got = carried_out(pipeline, "Đại diện các địa phương như Tỉnh ủy Nam Định, Tỉnh ủy Thái Bình đều cho rằng "
                                "thực hiện tốt Chỉ thị 05-CT/TW là việc quan trọng.")
    assert {("Đảng bộ tỉnh Nam Định", "Chỉ thị số 05-CT/TW"), ("Đảng bộ tỉnh Thái Bình", "Chỉ thị số 05-CT/TW")} <= got


def test_what_doing_one_directive_means_is_no_second_task(pipeline):
    got = carried_out(pipeline, "Tỉnh ủy Nam Định cho rằng thực hiện tốt Chỉ thị 05-CT/TW là thực hiện một chủ trương "
                                "quan trọng của Nghị quyết Trung ương 4 (khóa XII).")
    assert ("Đảng bộ tỉnh Nam Định", "Chỉ thị số 05-CT/TW") in got
    assert not any(d.startswith("Nghị quyết Trung ương 4") for o, d in got)


def test_the_issuer_closing_a_fronted_clause_is_not_listed_with_the_doer(pipeline):
    got = carried_out(pipeline, "Đảng ủy xã Cốc Lầu họp. Đảng ủy xã Cốc Lầu chỉ đạo. Đảng ủy xã Cốc Lầu kiểm tra. "
                                "Triển khai thực hiện Chỉ thị 05 của Bộ Chính trị, Đảng ủy xã đã tổ chức quán triệt "
                                "sâu rộng.")
    assert ("Đảng bộ xã Cốc Lầu", "Chỉ thị số 05-CT/TW") in got
    assert not any(o == "Bộ Chính trị" for o, d in got)


def test_projects_listed_after_one_verb_keep_their_compound_words(pipeline):
    got = carried_out(pipeline, CITY + "Hiện nay, Cần Thơ đang tập trung triển khai thực hiện Đề án sắp xếp cơ quan "
                                       "Mặt trận và các đoàn thể chính trị - xã hội, Đề án đào tạo cán bộ trẻ.")
    assert ("Đảng bộ thành phố Cần Thơ",
            "Đề án sắp xếp cơ quan Mặt trận và các đoàn thể chính trị - xã hội") in got
    assert ("Đảng bộ thành phố Cần Thơ", "Đề án đào tạo cán bộ trẻ") in got


def test_a_body_in_brackets_after_another_is_an_aside_not_the_doer(pipeline):
    got = carried_out(pipeline, "Đảng ủy Sư đoàn 350 họp. Đảng ủy Sư đoàn 350 chỉ đạo. Đảng ủy Sư đoàn 350 kiểm tra. "
                                "Đoàn công tác đã làm việc với Đảng ủy Sư đoàn 350 (Quân khu 7) về việc lãnh đạo thực "
                                "hiện Nghị quyết Trung ương 4 (khóa XII).")
    assert not any(o == "Quân khu 7" for o, d in got)


# "Thôn X … là thôn có nhiều thành tích trong việc thực hiện <X>": the place's own party body did it.

def test_a_place_praised_for_carrying_it_out_stands_for_its_party_body(pipeline):
    text = ("Chi bộ thôn Trung Lập có 30 đảng viên. Thôn Trung Lập thuộc xã Hải Minh là thôn đạt nhiều thành "
            "tích trong việc thực hiện chương trình xây dựng nông thôn mới.")
    assert ("Chi bộ thôn Trung Lập", "Chương trình xây dựng nông thôn mới") in carried_out(pipeline, text)


def test_a_place_that_only_has_achievements_carries_out_nothing_named_after_them(pipeline):
    text = ("Chi bộ thôn Trung Lập có 30 đảng viên. Thôn Trung Lập có nhiều thành tích trong sản xuất, "
            "còn chương trình xây dựng nông thôn mới do xã triển khai.")
    assert ("Chi bộ thôn Trung Lập", "Chương trình xây dựng nông thôn mới") not in carried_out(pipeline, text)
