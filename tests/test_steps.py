"""`logderiv steps`: written derivations checked line by line (issue 4, acceptance item 3).

The derivations are data files in ``tests/derivations_written/``; what each must
yield (how it ends, the line of the first error, the kind of mistake) is in
``expected.txt``, written by hand from the mistake planted in each. Every ✓ and ✗
the checker gives is also re-checked by the independent oracle (``_oracle``).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import _oracle
import jsonschema
import pytest
from _snapshots import assert_snapshot, rich_text
from click.testing import CliRunner

import logderiv
import logderiv.notation
from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.render.review import (
    REVIEW_SCHEMA_ID,
    render_review_json,
    render_review_rich,
    render_review_text,
)
from logderiv.services import steps as chain

WRITTEN = Path(__file__).parent / "derivations_written"
SCHEMA = Path(__file__).parent.parent / "logderiv" / "schema" / "review.schema.json"
_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}



@dataclass(frozen=True)
class Expected:
    """One row of expected.txt."""

    file: str
    cost: str | None
    ending: str
    line: int | None
    kind: str | None

    @property
    def text(self) -> str:
        return (WRITTEN / self.file).read_text(encoding="utf-8")


def _table() -> list[Expected]:
    rows = []
    for line in (WRITTEN / "expected.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        file, cost, ending, error_line, kind = line.split()
        rows.append(Expected(
            file,
            None if cost == "-" else cost,
            ending,
            None if error_line == "-" else int(error_line),
            None if kind == "-" else kind,
        ))
    return rows


TABLE = _table()


def _param(row: Expected):
    return pytest.param(row, id=row.file)


@pytest.fixture(scope="module")
def reviews() -> dict:
    """Each readable derivation reviewed once (a review derives the gradient: it takes a while)."""
    return {
        row.file: logderiv.steps(row.text, cost=row.cost)
        for row in TABLE
    }


# --- acceptance item 3 ----------------------------------------------------------------------------


def test_the_table_covers_the_acceptance_item():
    """15+ planted errors across rules, correct ones, an unfinished one, the long LaTeX align*."""
    planted = [row for row in TABLE if row.line is not None or row.ending == "unfinished"]
    correct = [row for row in TABLE if row.ending == "gradient" and row.line is None]
    assert len(planted) >= 15
    assert len(correct) >= 5
    kinds = {row.kind for row in planted}
    assert {"sign", "factor", "missing-term", "extra-term", "wrong-index"} <= kinds
    assert any(row.ending == "unfinished" and row.line is None for row in TABLE)
    align = (WRITTEN / "logistic_align.tex").read_text(encoding="utf-8")
    assert "\\begin{align*}" in align and "\\underset{\\text{" in align and "\\\\[2ex]" in align
    # the sign slip in the LaTeX version is planted on the line the table names
    slipped = (WRITTEN / "logistic_align_sign.tex").read_text(encoding="utf-8").splitlines()
    row = next(row for row in TABLE if row.file == "logistic_align_sign.tex")
    assert slipped[row.line - 1] != align.splitlines()[row.line - 1]


@pytest.mark.parametrize("row", [_param(row) for row in TABLE])
def test_finds_the_planted_error(row, reviews):
    """The first error is on the planted line, of the planted kind; correct ones pass."""
    review = reviews[row.file]
    assert review.ending == row.ending
    first = review.first_error
    if row.line is None:
        assert first is None, (first.written.line, first.diagnosis)
    else:
        assert first is not None
        assert first.written.line == row.line
        assert row.kind in [finding.kind for finding in first.diagnosis], first.diagnosis
        assert first.counterexample is not None
    assert review.ok == (row.ending == "gradient" and row.line is None)


@pytest.mark.parametrize("row", [_param(row) for row in TABLE])
def test_every_verdict_agrees_with_the_oracle(row, reviews):
    """Each ✓ is an equality and each ✗ an inequality by the independent oracle."""
    review = reviews[row.file]
    definitions = review.problem.definitions
    previous = review.start
    memo: dict = {}
    for step in review.steps:
        prepared = [_oracle.prepare(e, definitions, memo) for e in (previous, step.expression)]
        rng = random.Random(step.number)
        failures = [f for size in _oracle.SIZES for f in _oracle.agree(prepared, size, rng)]
        assert (not failures) == step.valid, (row.file, step.number)
        previous = step.expression
    if review.ending == "gradient":
        _oracle.assert_gradient(review.problem.cost, review.problem.wrt, review.steps[-1].expression, definitions)


def test_a_counterexample_is_one():
    """The counterexample's two values are the two lines' values there (recomputed by the oracle)."""
    row = next(row for row in TABLE if row.file == "logistic_dropped_1_over_m.txt")
    review = logderiv.steps(row.text)
    first = review.first_error
    example = first.counterexample
    point = _oracle.Point(random.Random(0))
    point.values.update({(value.name, value.indices): value.value for value in example.values})
    size = _oracle.Size(example.m, example.n, example.j)
    before = review.steps[first.number - 2].expression
    definitions = review.problem.definitions
    left = _oracle.evaluate(_oracle.prepare(before, definitions), point, size)
    right = _oracle.evaluate(_oracle.prepare(first.expression, definitions), point, size)
    assert example.digits == 50
    stated = complex(example.expected.replace(" ", "")), complex(example.answer.replace(" ", ""))
    assert _oracle.close(left, stated[0], 1e-9) and _oracle.close(right, stated[1], 1e-9)
    assert not _oracle.close(left, right)


# --- what the first line and the options decide --------------------------------------------------


def test_first_line_fixes_the_cost_and_the_variable():
    """d/dz (1/(1 + exp(-z))) makes the cost that expression and the variable z."""
    review = logderiv.steps("d/dz (1/(1 + exp(-z)))\n= sigmoid(z) (1 - sigmoid(z))")
    assert str(review.problem.wrt) == "z"
    assert review.ok


def test_the_cost_option_overrides_the_first_line():
    """With --cost logistic, a first line deriving another cost is the first error."""
    text = "d/dtheta_j (1/(2m) * sum((theta^T x - y)^2))\n= 1/m * sum((theta^T x - y) x_j)"
    assert logderiv.steps(text).ok
    review = logderiv.steps(text, cost="logistic")
    assert review.first_error is not None and review.first_error.number == 1


def test_the_leading_name_gives_the_variable():
    """dz-style names: dJ/dw_j = … differentiates by w_j."""
    review = logderiv.steps("dJ/dw_j = 1/m * sum((w^T x - y) x_j)", cost="1/(2m) * sum((w^T x - y)^2)")
    assert str(review.problem.wrt) == "w[j]"
    assert review.ok


def test_unfinished_is_not_wrong():
    """Every step right but a derivative left: unfinished, no first error, not ok."""
    row = next(row for row in TABLE if row.ending == "unfinished")
    review = logderiv.steps(row.text)
    assert review.first_error is None
    assert all(step.valid for step in review.steps)
    assert not review.ok


def test_claimed_rules_are_kept():
    """The rule written beside a step is reported with it."""
    review = logderiv.steps((WRITTEN / "logistic_correct.txt").read_text(encoding="utf-8"))
    assert [step.claimed_rule for step in review.steps][:3] == [None, "linearity", "chain rule"]


def test_a_parse_error_points_into_the_document():
    """An unreadable line is an InputError at its line and column in the whole file."""
    text = "d/dtheta_j J\n= -1/m * sum(y lgo(h))\n"
    with pytest.raises(InputError) as caught:
        logderiv.steps(text)
    error = caught.value
    assert error.source == text
    assert error.column == text.index("lgo")
    assert error.line == 2


def test_a_build_error_points_into_the_document():
    """A free index (found by the builder, after parsing) also points at its line."""
    text = "1/m * sum((h - y) x_j)\n= 1/m * sum((h - y) x_k)"
    with pytest.raises(InputError) as caught:
        logderiv.steps(text)
    assert caught.value.line == 2
    assert text[caught.value.column] == "x"


# --- the diagnosis hook ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        ("1/m * sum((h - y) x_j)", "1/m * sum((y - h) x_j)", "sign"),
        ("1/m * sum((h - y) x_j)", "2/m * sum((h - y) x_j)", "factor"),
        ("1/m * sum((h - y) x_j)", "sum((h - y) x_j)", "factor"),
        ("1/m * sum((h - y) x_j) + lambda/m theta_j", "1/m * sum((h - y) x_j)", "missing-term"),
        ("1/m * sum((h - y) x_j)", "1/m * sum((h - y) x_j) + lambda/m theta_j", "extra-term"),
        ("1/m * sum(y x_j - (1 - y) h x_j)", "1/m * sum(y x_j + (1 - y) h x_j)", "sign"),
        ("1/m * sum((h - y) x_j)", "1/m * sum((h - y) x_2)", "wrong-index"),
        ("1/m * sum((h - y) x_j)", "1/m * sum((h - y)^2 x_j)", "extra-factor"),  # one (h − y) too many
    ],
)
def test_diagnosis_kinds(before, after, kind):
    """The shared diagnosis, worded for steps, names how the second line differs from the first."""
    from logderiv.notation import parse, read_problem
    from logderiv.notation.builder import build_expression
    from logderiv.presets import PRESETS
    from logderiv.verify.diagnosis import Context, diagnose

    preset = PRESETS["logistic-l2"]
    problem = read_problem(preset.cost, lets=preset.lets)
    a, b = (build_expression(parse(text), source=text, definitions_of=problem).expr for text in (before, after))
    context = Context(problem, answer="this line", expected="the previous line", final=False)
    found = diagnose(a, b, context)
    assert [finding.kind for finding in found] == [kind]
    assert not any("answer" in finding.message or "gradient" in finding.message for finding in found
                   if finding.kind != "other-cost")


def test_diagnosis_of_equal_lines_is_not_asked():
    """Only a wrong step gets a diagnosis."""
    review = logderiv.steps("1/m * sum((h - y) x_j)\n= 1/m * sum(h x_j - y x_j)")
    assert all(not step.diagnosis for step in review.steps)


def test_parse_step_reads_both_notations():
    """A step is read by the front end its document is written in."""
    plain = chain._parse_step("1/m * sum((h - y) x_j)", "plain")
    latex = chain._parse_step(r"\frac{1}{m}\sum_{i=1}^{m}\left(h - y\right)x_j", "latex")
    assert plain == logderiv.notation.parse("1/m * sum((h - y) x_j)")
    assert type(latex) is type(plain)


# --- renderers ------------------------------------------------------------------------------------


def test_text_snapshot(reviews):
    """The text report of a derivation with a sign slip, at fixed content."""
    assert_snapshot("steps_sign_chain_rule.txt", render_review_text(reviews["logistic_sign_chain_rule.txt"]))


def test_text_snapshot_correct(reviews):
    """The text report of a correct derivation."""
    assert_snapshot("steps_logistic_correct.txt", render_review_text(reviews["logistic_correct.txt"]))


def test_rich_matches_text(reviews):
    """The terminal view says what the text says (no escape codes without colour)."""
    review = reviews["logistic_dropped_1_over_m.txt"]
    shown = rich_text(render_review_rich(review), width=200)
    assert "\x1b" not in shown
    assert [line.rstrip() for line in shown.splitlines()] == render_review_text(review).splitlines()


@pytest.mark.parametrize("name", ["logistic_correct.txt", "logistic_sign_chain_rule.txt", "logistic_unfinished.txt"])
def test_json_validates_against_schema(name, reviews):
    """JSON output validates against the shipped schema and says what the record says."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    review = reviews[name]
    data = json.loads(render_review_json(review))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["schema"] == REVIEW_SCHEMA_ID
    assert data["ok"] == review.ok
    assert [step["valid"] for step in data["steps"]] == [step.valid for step in review.steps]
    assert data["last_is_gradient"] == (review.ending == "gradient")
    assert (data["first_error"] is None) == (review.first_error is None)


def test_json_first_error(reviews):
    """first_error names the step, the line and the diagnosis."""
    data = json.loads(reviews["logistic_lost_term_distributing.txt"].to_json())
    assert data["first_error"]["line"] == 2
    assert data["first_error"]["diagnosis"][0]["kind"] == "missing-term"
    assert data["steps"][1]["claimed_rule"] == "distribute"
    assert data["steps"][1]["counterexample"]["values"]


# --- the command ----------------------------------------------------------------------------------


@pytest.fixture
def run():
    """Invoke the CLI in-process; stdout and stderr apart."""
    runner = CliRunner(env=_ENV)

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(main, list(args), input=input)

    return invoke


def test_cli_correct_exits_zero(run):
    """A correct derivation: exit 0, report on stdout, nothing on stderr."""
    result = run("steps", str(WRITTEN / "linear_correct.txt"))
    assert result.exit_code == 0, result.stderr
    assert "✓ every step holds" in result.stdout
    assert result.stderr == ""


def test_cli_wrong_exits_one(run):
    """A wrong step: exit 1, the report still on stdout."""
    result = run("steps", str(WRITTEN / "linear_sign_flipped.txt"))
    assert result.exit_code == 1
    assert "[sign]" in result.stdout
    assert result.stderr == ""


def test_cli_unfinished_exits_one(run):
    """Unfinished: exit 1, and says so."""
    result = run("steps", str(WRITTEN / "logistic_unfinished.txt"))
    assert result.exit_code == 1
    assert "unfinished" in result.stdout


def test_cli_reads_stdin(run):
    """'-' reads the derivation from standard input; -f json."""
    result = run("steps", "-", "-f", "json", input="1/m * sum((h - y) x_j) = 1/m * sum(h x_j - y x_j)")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["ok"] is True


def test_cli_bad_line_exits_two_with_line_and_caret(run):
    """A bad line: exit 2, 'line N, column C', the line and a caret under the column."""
    text = "d/dtheta_j J\n= -1/m * sum(y lgo(h))\n"
    result = run("steps", "-", input=text)
    assert result.exit_code == 2
    assert result.stdout == ""
    column = text.splitlines()[1].index("lgo")
    assert f"line 2, column {column + 1}" in result.stderr
    lines = result.stderr.splitlines()
    shown = next(index for index, line in enumerate(lines) if "lgo(h)" in line)
    assert lines[shown + 1].index("^") == lines[shown].index("lgo")
    assert "Traceback" not in result.stderr


def test_cli_not_utf8_exits_two(run):
    """Bytes that are not UTF-8 are bad input, not a crash."""
    result = run("steps", "-", input=b"\xff\xfe a = b")
    assert result.exit_code == 2
    assert "UTF-8" in result.stderr


def test_cli_missing_file_exits_two(run, tmp_path):
    """A file that does not exist is click's usage error, exit 2."""
    result = run("steps", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2


def test_cli_bad_cost_is_labelled(run):
    """An unreadable --cost says it was --cost."""
    result = run("steps", "-", "--cost", "lgo(h)", input="1/m * sum((h - y) x_j)")
    assert result.exit_code == 2
    assert "--cost" in result.stderr


def test_api_is_public():
    """logderiv.steps and logderiv.Review are in the public API."""
    assert "steps" in logderiv.__all__ and "Review" in logderiv.__all__
    assert isinstance(logderiv.steps("1/m * sum((h - y) x_j)"), logderiv.Review)


def test_cli_second_derivative_exits_three(run):
    """A derivative of a derivative is outside what logderiv checks: exit 3, said plainly."""
    result = run("steps", "-", input="d/dtheta_j J\n= d/dtheta_j (d/dtheta_j J)\n")
    assert result.exit_code == 3
    assert "line 2" in result.stderr and "derivative of a derivative" in result.stderr


def test_cli_reads_windows_files(run):
    """A byte-order mark and CRLF line ends, as Windows editors write them, are read."""
    text = "1/m * sum((h - y) x_j)\r\n= 1/m * sum(h x_j - y x_j)   (distribute)\r\n"
    result = run("steps", "-", "-f", "json", input=b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [step["claimed_rule"] for step in data["steps"]] == [None, "distribute"]


def test_latex_documents_are_read_as_latex():
    """An align block: rules under '=' captured, every step read as LaTeX, errors relocated into the file."""
    text = (
        "\\begin{align*}\n"
        "  -\\frac{1}{m}\\sum_{i=1}^{m}\\left(y(1 - h)x_j - (1 - y)h x_j\\right) \\\\\n"
        "  &\\underset{\\text{distribute}}{=} -\\frac{1}{m}\\sum_{i=1}^{m}(y - h)x_j \\\\[2ex]\n"
        "  &= \\frac{1}{m}\\sum_{i=1}^{m}(h - y)x_j\n"
        "\\end{align*}\n"
    )
    review = logderiv.steps(text)
    assert review.notation == "latex" and review.ok
    assert [step.claimed_rule for step in review.steps] == [None, "distribute", None]
    bad = text.replace("(h - y)x_j\n", "(h - y))x_j\n")
    with pytest.raises(InputError) as caught:
        logderiv.steps(bad)
    assert caught.value.line == 4
    assert bad[caught.value.column] == ")"


#: a true step that double precision gets wrong: 10¹² times the rounding error of two spellings of tanh
NOISY_STEP = ("1/m * sum((h - y) x_j)\n"
              "= 1/m * sum((h - y) x_j) + 10^12 * (tanh(theta_j) - (exp(2 theta_j) - 1)/(exp(2 theta_j) + 1))\n")


def test_float_noise_never_marks_a_true_step_wrong():
    """A step equal in exact arithmetic but not in floats holds: a counterexample is confirmed at 50 digits first."""
    from logderiv.equality.compare import compare

    review = logderiv.steps(NOISY_STEP)
    first, second = review.steps
    assert compare(first.expression, second.expression, review.problem).equal is False  # floats alone disagree
    assert second.valid and second.counterexample is None
    assert review.ok


def test_cli_markdown(run):
    """-f markdown: each line with its mark and its maths in $…$, the diagnosis of the first wrong step."""
    result = run("steps", str(WRITTEN / "logistic_sign_chain_rule.txt"), "-f", "markdown")
    assert result.exit_code == 1, result.stderr
    assert "- line 3 ✗ $" in result.stdout
    assert "\\[sign\\]" in result.stdout
    assert "**✗ wrong at line 3" in result.stdout


def test_cli_input_forces_the_notation(run):
    """--input plain on a LaTeX derivation reads it as plain text: exit 2; --input latex reads it as the default does."""
    path = str(WRITTEN / "logistic_align.tex")
    assert run("steps", path, "--input", "plain").exit_code == 2
    assert run("steps", path, "--input", "latex").exit_code == 0


def test_cli_cost_in_latex(run):
    """--cost in LaTeX is read with the same rules as everywhere (auto-detected)."""
    text = "1/m * sum((theta^T x - y) x_j)\n= 1/m * sum(theta^T x x_j - y x_j)\n"
    cost = r"\frac{1}{2m}\sum_{i=1}^{m}\left(\theta^\top x^{(i)} - y^{(i)}\right)^2"
    result = run("steps", "-", "--cost", cost, input=text)
    assert result.exit_code == 0, result.stderr


def test_cli_no_reg_intercept_changes_the_gradient_the_last_line_must_be(run):
    """--no-reg-intercept: a derivation ending in (λ/m) θⱼ − (λ/m) θ₁ δ₁ⱼ is finished; with the full penalty it is wrong."""
    text = ("dJ/dtheta_j = 1/m * sum((h - y) x_j) + lambda/m theta_j - lambda/m theta_1 delta_1j\n"
            "= 1/m * sum(h x_j - y x_j) + lambda/m (theta_j - theta_1 δ₁ⱼ)\n")
    without = run("steps", "-", "--cost", "logistic-l2", "--no-reg-intercept", "-f", "json", input=text)
    assert without.exit_code == 0, without.stdout + without.stderr
    assert json.loads(without.stdout)["ending"] == "gradient"
    penalised = run("steps", "-", "--cost", "logistic-l2", "-f", "json", input=text)
    assert penalised.exit_code == 1
    assert json.loads(penalised.stdout)["ending"] == "wrong"


def test_cli_no_reg_intercept_needs_an_l2_preset(run):
    """With the first line's cost, or a preset without a penalty, --no-reg-intercept is bad input (exit 2)."""
    first_line = run("steps", "-", "--no-reg-intercept", input="d/dz (z^2)\n= 2z\n")
    logistic = run("steps", "-", "--cost", "logistic", "--no-reg-intercept", input="1/m * sum((h - y) x_j)\n")
    for result in (first_line, logistic):
        assert result.exit_code == 2 and result.stdout == ""
        assert "--no-reg-intercept" in result.stderr
