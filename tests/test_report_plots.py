"""The class report's plots (issue 15): a score histogram and a mistakes bar chart, drawn with matplotlib.

The data of each plot is checked against a class built by hand (its counts
worked out below), the figures by counting their bars, the PNGs by reading
their header back; the report links them (Markdown: files beside it; HTML:
inside it). Without matplotlib (its import made to fail) the report is still
written, without images, and says in one line how to get them.
"""

from __future__ import annotations

import base64
import builtins
import re
import struct

import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.grading import Grade, Row
from logderiv.grading.judging import Outcome
from logderiv.grading.question import question_from
from logderiv.grading.report import summarise
from logderiv.render import plots
from logderiv.render.report import Figures, report_html, report_markdown

QUESTION = question_from({"cost": "logistic", "points": 4, "credit": {"sign": 0.25, "factor": 0.5}})


def _grade(number, verdict, score, kinds=()):
    row = Row(number, {"id": f"s{number}", "answer": f"answer {number}"}, f"answer {number}", f"s{number}")
    return Grade(row, Outcome(verdict, kinds=kinds, messages=tuple("said" for _ in kinds)), score, 4.0, "")


#: 4 right (4 points), 3 with a sign flipped (1), 2 off by a factor (2), 1 both (0.5), 1 undecided (no score)
CLASS = ([_grade(n, "equivalent", 4.0) for n in range(1, 5)]
         + [_grade(n, "different", 1.0, ("sign",)) for n in range(5, 8)]
         + [_grade(n, "different", 2.0, ("factor",)) for n in range(8, 10)]
         + [_grade(10, "different", 0.5, ("sign", "factor")), _grade(11, "undecided", None)])


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def test_the_bars_are_the_reports_bins_and_kinds():
    report = summarise(CLASS, QUESTION)
    bars = plots.score_bars(report)
    # by hand: bins of 0.4 points; 0.5 in [0.4, 0.8), 1 in [0.8, 1.2), 2 in [2, 2.4), 4 in the last, closed bin
    assert len(bars) == 10
    assert dict(bars) == {"[0, 0.4)": 0, "[0.4, 0.8)": 1, "[0.8, 1.2)": 3, "[1.2, 1.6)": 0, "[1.6, 2)": 0,
                          "[2, 2.4)": 2, "[2.4, 2.8)": 0, "[2.8, 3.2)": 0, "[3.2, 3.6)": 0, "[3.6, 4]": 4}
    # sign: rows 5-7 and 10; factor: rows 8, 9 and 10 (an answer with two mistakes counts under each)
    assert plots.mistake_bars(report) == [("sign", 4), ("factor", 3)]


def test_each_figure_has_one_bar_per_bin_or_kind():
    pytest.importorskip("matplotlib", reason="the plots need matplotlib: pip install 'logderiv[plots]'")
    report = summarise(CLASS, QUESTION)
    histogram = plots._bars(plots.score_bars(report), "score", "rows", "Scores")
    chart = plots._bars(plots.mistake_bars(report), "rows", "", "Mistakes", across=True)
    assert [patch.get_height() for patch in histogram.axes[0].patches] == [0, 1, 3, 0, 0, 2, 0, 0, 0, 4]
    # horizontal bars, the most made at the top
    widths = {round(patch.get_y() + patch.get_height() / 2): patch.get_width() for patch in chart.axes[0].patches}
    assert widths == {1: 4, 0: 3}


def test_the_images_are_pngs_of_the_fixed_size_and_the_same_bytes_every_time():
    pytest.importorskip("matplotlib", reason="the plots need matplotlib: pip install 'logderiv[plots]'")
    report = summarise(CLASS, QUESTION)
    drawn = plots.draw(report)
    assert set(drawn) == {"scores", "mistakes"}
    size = (int(plots.SIZE[0] * plots.DPI), int(plots.SIZE[1] * plots.DPI))
    assert all(_png_size(png) == size for png in drawn.values())
    assert b"Software" not in drawn["scores"] and b"matplotlib" not in drawn["scores"]
    assert plots.draw(report) == drawn


def test_a_class_with_no_mistake_has_no_mistakes_chart():
    pytest.importorskip("matplotlib", reason="the plots need matplotlib: pip install 'logderiv[plots]'")
    drawn = plots.draw(summarise(CLASS[:4], QUESTION))
    assert set(drawn) == {"scores"}
    markdown = report_markdown(summarise(CLASS[:4], QUESTION), Figures(scores="r-scores.png"))
    assert markdown.count("![") == 1 and "(<r-scores.png>)" in markdown


def test_without_figures_the_report_is_as_before():
    """The library's report_markdown(report) (no figures asked for) says nothing of plots."""
    report = summarise(CLASS, QUESTION)
    assert "![" not in report_markdown(report) and "<img" not in report_html(report)
    assert plots.PLOTS_HINT not in report_markdown(report)


def _grade_with_report(tmp_path, report_name):
    answers = tmp_path / "class.csv"
    answers.write_text("id,answer\ns1,1/m * sum((h - y) x_j)\ns2,1/m * sum((y - h) x_j)\ns3,sum((h - y) x_j)\n")
    question = tmp_path / "q.toml"
    question.write_text('cost = "logistic"\npoints = 4\n[credit]\nsign = 0.25\n')
    report = tmp_path / report_name
    result = CliRunner().invoke(main, ["grade", str(answers), "--question", str(question), "--out",
                                       str(tmp_path / "out.csv"), "--report", str(report), "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    return report.read_text(encoding="utf-8")


def test_a_markdown_report_links_its_two_images_written_beside_it(tmp_path):
    pytest.importorskip("matplotlib", reason="the plots need matplotlib: pip install 'logderiv[plots]'")
    text = _grade_with_report(tmp_path, "report.md")
    links = re.findall(r"!\[[^\]]*\]\(<([^>]*)>\)", text)
    assert links == ["report-scores.png", "report-mistakes.png"]
    assert all(_png_size((tmp_path / name).read_bytes()) == (800, 400) for name in links)
    # each image under its own section
    assert text.index("## Scores") < text.index("report-scores.png") < text.index("## Most common mistakes") \
        < text.index("report-mistakes.png") < text.index("## To follow up")


def test_an_html_report_holds_its_images(tmp_path):
    pytest.importorskip("matplotlib", reason="the plots need matplotlib: pip install 'logderiv[plots]'")
    text = _grade_with_report(tmp_path, "report.html")
    images = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)" alt="[^"]+">', text)
    assert len(images) == 2
    assert all(_png_size(base64.b64decode(image)) == (800, 400) for image in images)
    assert not list(tmp_path.glob("*.png"))


def test_without_matplotlib_the_report_says_how_to_get_the_plots(tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_matplotlib(name, *args, **kwargs):
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError("No module named 'matplotlib'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    text = _grade_with_report(tmp_path, "report.md")
    assert "![" not in text and not list(tmp_path.glob("*.png"))
    assert "pip install 'logderiv\\[plots\\]'" in text  # the one line, as Markdown text (its brackets escaped)
    assert "## Scores" in text and "| \\[3.6, 4\\] |" in text  # the tables are all there
