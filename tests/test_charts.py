from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from digest.charts import month_chart, month_table, sparkline
from digest.i18n import Labels
from digest.model import MonthKey


def test_month_keys_cross_years():
    assert MonthKey("2024-11").span_to("2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert (
        MonthKey("2025-01").previous(2) == "2024-11" and MonthKey("2025-03").previous() == "2025-02"
    )
    assert MonthKey("2025-03").span_to("2025-02") == []
    assert (MonthKey("2025-05").year, MonthKey("2025-05").month) == (2025, 5)


def test_chart_covers_the_span_with_zero_months_and_text_alternatives():
    svg = month_chart({"2024-11": 2, "2025-02": 4}, Labels("it"), "Khalifa Haftar")
    assert svg.count("<rect") == 4
    assert svg.count('opacity="0.35"') == 2  # the two empty months, drawn as ticks
    assert '<title id="chart-title">Articoli al mese su Khalifa Haftar</title>' in svg
    assert (
        "da novembre 2024 a febbraio 2025 (4 mesi, 6 articoli in tutto): il massimo è 4, a febbraio 2025"
        in svg
    )
    assert "<title>dicembre 2024: 0 articoli</title>" in svg
    assert "\n\n" not in svg  # one HTML block for Markdown
    assert 'fill="currentColor"' in svg and "#" not in svg.split("<svg", 1)[1].split(">", 1)[0]


def test_chart_escapes_the_subject():
    assert "<script>" not in month_chart({"2025-01": 1}, Labels("it"), "<script>")


def test_table_lists_months_newest_first():
    table = month_table({"2024-11": 2, "2025-02": 4}, Labels("en"))
    assert table.index("February 2025") < table.index("November 2024")


def test_sparkline():
    assert sparkline([0, 1, 2, 4]) == "▁▃▅█"
    assert sparkline([0, 0]) == "▁▁"
    assert sparkline([]) == ""


@given(st.integers(1000, 9999), st.integers(1, 12), st.integers(0, 400))
def test_previous_and_span_agree(year, month, n):
    last = MonthKey.of(year, month)
    first = last.previous(n)
    span = first.span_to(last)
    assert len(span) == n + 1 and span[0] == first and span[-1] == last
    assert all(a < b for a, b in pairwise(span))
