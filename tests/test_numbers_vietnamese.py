"""Vietnamese numerals: a dot groups thousands, a comma marks decimals, words count too."""

from hypothesis import given, settings, strategies as st

from partykg.loaders.numbers import NUMBER_RE, normalize_value, parse_digits, parse_words, value_of


def test_a_dot_groups_thousands():
    assert parse_digits("1.800") == 1800
    assert parse_digits("18.500") == 18500
    assert parse_digits("1.256.000") == 1256000


def test_a_comma_marks_decimals():
    assert parse_digits("26,3") == 26.3
    assert parse_digits("90,19") == 90.19
    assert parse_digits("1.038,5") == 1038.5


def test_leading_zeros_are_dropped():
    assert parse_digits("02") == 2
    assert parse_digits("01") == 1


def test_a_dot_without_three_digits_after_it_is_a_decimal_point():
    assert parse_digits("31.8") == 31.8


def test_commas_grouping_thousands_twice_are_thousands():
    assert parse_digits("1,800,000") == 1800000


def test_not_a_number():
    assert parse_digits("") is None
    assert parse_digits("abc") is None
    assert parse_digits("1.2.3") is None


def test_number_words():
    assert parse_words("hai") == 2
    assert parse_words("tám") == 8
    assert parse_words("năm") == 5
    assert parse_words("mười") == 10
    assert parse_words("mười lăm") == 15
    assert parse_words("hai mươi mốt") == 21
    assert parse_words("hai mươi tư") == 24
    assert parse_words("một trăm linh năm") == 105
    assert parse_words("ba nghìn") == 3000


def test_fragments_of_number_words_are_not_numbers():
    assert parse_words("lăm") is None
    assert parse_words("tư") is None
    assert parse_words("mươi") is None
    assert parse_words("hai ba") is None
    assert parse_words("nghìn") is None


def test_value_of_reads_digits_or_words():
    assert value_of("1.142") == 1142
    assert value_of("mười hai") == 12


def test_the_number_pattern_finds_figures_not_codes_or_dates():
    found = [m.group(1) for m in NUMBER_RE.finditer("có 133 đảng viên, 26,3 triệu đồng, số 05-CT/TW, ngày 18/5/2021")]
    assert "133" in found and "26,3" in found
    assert "05" not in found and "18" not in found


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_grouped_thousands_read_back(n):
    text = f"{n:,}".replace(",", ".")
    assert parse_digits(text) == n


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimal_comma_reads_back(whole, frac):
    text = f"{whole},{frac:02d}"
    assert abs(parse_digits(text) - (whole + frac / 100)) < 1e-6


@settings(deadline=None)
@given(st.floats(min_value=0, max_value=1e6, allow_nan=False))
def test_normalize_keeps_integral_values_as_int(x):
    v = normalize_value(x)
    assert v == round(x, 6) or v == int(x)
    if float(x).is_integer():
        assert isinstance(v, int)
