"""`logderiv check` on the command line: exit codes 0/1/2/3, stdout vs stderr, formats, the time limit."""

from __future__ import annotations

import json
import re
import time

import pytest
from _snapshots import assert_snapshot, rich_text
from click.testing import CliRunner

from logderiv import check
from logderiv.cli import main
from logderiv.render.verdict import render_verdict_rich

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}
CARET = re.compile(r"^ *\^$", re.MULTILINE)

#: an answer whose numeric evaluation takes minutes: 299 distinct powers near 10⁴, each looped over
# long enough that reading it and finding its counterexample at 50 digits take some seconds
SLOW = " + ".join(f"tanh(theta_j/{k})^{9999 - k}" for k in range(1, 780))


@pytest.fixture
def run():
    """Invoke the CLI in-process; stdout and stderr are kept apart."""
    runner = CliRunner(env=_CLEAN_ENV)

    def invoke(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=True)

    return invoke


def test_equivalent_exits_0(run):
    """A right answer: exit 0, the verdict and its method on stdout, nothing on stderr."""
    result = run("check", "1/m * sum((h - y) x_j)")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("✓ equivalent (symbolic)")
    assert result.stderr == ""


def test_numeric_equivalent_says_it_is_evidence(run):
    """A numeric verdict gives points, sizes and tolerance, and says it is not a proof."""
    result = run("check", "1/m * sum(((1 + tanh(theta^T x / 2))/2 - y) x_j)")
    assert result.exit_code == 0, result.stderr
    assert re.search(r"equivalent \(numeric\): equal at \d+ random points \(m=2 n=3, m=3 n=2\), rel\. tol\. 1e-08",
                     result.stdout)
    assert "strong evidence, not a proof" in result.stdout


def test_different_exits_1_with_counterexample_and_diagnosis(run):
    """A wrong answer: exit 1, diagnosis and a 50-digit counterexample on stdout, stderr empty."""
    result = run("check", "1/m * sum((y - h) x_j)")
    assert result.exit_code == 1, result.stderr
    assert "[sign] the sign is flipped" in result.stdout
    assert "counterexample: m = 2, n = 3, j = 2" in result.stdout
    assert "50 significant digits" in result.stdout
    assert result.stderr == ""


def test_bad_answer_exits_2_with_a_caret(run):
    """An unreadable answer: exit 2, a caret message on stderr naming ANSWER, nothing on stdout."""
    result = run("check", "1/m * sum((h - y) lgo(x_j))")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "(in ANSWER)" in result.stderr
    assert CARET.search(result.stderr)
    assert "Traceback" not in result.stderr


def test_bad_cost_exits_2(run):
    """An unreadable --cost is bad input too."""
    result = run("check", "theta_j", "--cost", "1/m * sum((")
    assert result.exit_code == 2
    assert result.stdout == ""


def test_unfinished_exits_3(run):
    """An answer equal to the gradient but with a derivative still to take (∂h/∂θⱼ, σ') is undecided, `unfinished`."""
    result = run("check", "1/m * sum((h - y) / (h (1 - h)) * d/dtheta_j(h))")
    assert result.exit_code == 3, result.stderr
    assert "[unfinished]" in result.stdout


#: the time limit's alarm can land while hypothesis's garbage-collection callback runs (installed once
#: a property test has run in this process): Python then reports the TimeLimit as "ignored" and the
#: repeating alarm ends the check 50 ms later, as designed. pytest would turn that report into a
#: failure; it is not one
_ALARM_IN_GC_CALLBACK = pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <function gc_cumulative_time:pytest.PytestUnraisableExceptionWarning"
)


@_ALARM_IN_GC_CALLBACK
def test_time_limit_ends_a_pathological_check_with_exit_3(run):
    """Acceptance 4: a pathological answer ends undecided, exit 3, well before it would have been judged.

    The limit is far below what SLOW needs (about 2 s here), so that a faster
    machine still reaches it. How soon after the limit it ends (the promise: within
    1 s) is a time, measured by benchmarks/time_limit.py: a test asserts no time a
    loaded machine (the suite in parallel, beside other work) could overrun.
    """
    check("1/m * sum((h - y) x_j)")  # derive the gradient first: the limit covers one check
    start = time.monotonic()
    result = run("check", SLOW, "--timeout", "0.3")
    elapsed = time.monotonic() - start
    assert result.exit_code == 3, result.stderr
    # the verdict 'undecided' on stdout when the limit falls while judging; on a loaded machine it may fall
    # while the 780-term answer is still being read, and that is said on stderr (exit 3 all the same)
    assert "time limit of 0.3 s" in result.stdout + result.stderr, result.stderr
    assert elapsed < 30  # no hang, by a bound far from noise; that the limit ended it is exit 3 and its message


@_ALARM_IN_GC_CALLBACK
def test_time_limit_restores_the_alarm():
    """After a timed-out check no alarm is left armed and the SIGALRM handler is restored."""
    import signal

    from logderiv.errors import TimeLimitError

    before = signal.getsignal(signal.SIGALRM)
    try:
        # undecided when the limit falls while judging; on a loaded machine it may fall while reading the cost
        assert check(SLOW, timeout=0.3).verdict == "undecided"
    except TimeLimitError:
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == before


def test_answer_starting_with_minus_needs_no_double_dash(run):
    """`logderiv check -1/m*...` reads the answer, not an option."""
    result = run("check", "-1/m * sum((y - h) x_j)", "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert "equivalent" in result.stdout


def test_preset_cost_and_let_for_the_answer(run):
    """With a preset --cost, --let defines a name the answer uses."""
    result = run("check", "1/m * sum((z - y) x_j)", "--cost", "linear", "--let", "z = theta^T x")
    assert result.exit_code == 0, result.stderr


def test_formula_cost(run):
    """--cost may be a formula; --let then defines its names."""
    result = run("check", "1/m * sum((g - y) x_j)", "--cost", "-1/m * sum(y log(g) + (1 - y) log(1 - g))",
                 "--let", "g = sigmoid(theta^T x)")
    assert result.exit_code == 0, result.stderr


def test_json_on_stdout(run):
    """-f json prints one JSON object with the verdict and the diagnosis kinds."""
    result = run("check", "sum((h - y) x_j)", "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["verdict"] == "different"
    assert [d["kind"] for d in data["diagnosis"]] == ["factor"]
    assert data["counterexample"]["digits"] == 50


def test_markdown(run):
    """-f markdown gives the verdict in bold and the expressions as $…$ math."""
    result = run("check", "1/m * sum(h - y)", "-f", "markdown")
    assert result.exit_code == 1
    assert result.stdout.startswith("**✗ different")
    assert "- `missing-factor`:" in result.stdout
    assert "$\\frac{1}{m}" in result.stdout


# --- snapshots ----------------------------------------------------------------------------------


SNAPSHOT_ANSWERS = {
    "sign": ("logistic", "1/m * sum((y - h) x_j)"),
    "numeric": ("logistic", "1/m * sum(((1 + tanh(theta^T x / 2))/2 - y) x_j)"),
    "regularisation": ("logistic-l2", "1/m * sum((h - y) x_j)"),
}


@pytest.mark.parametrize("name", sorted(SNAPSHOT_ANSWERS))
def test_text_snapshot(name):
    """`check -f text` output matches its snapshot."""
    cost, answer = SNAPSHOT_ANSWERS[name]
    assert_snapshot(f"check_text_{name}.txt", check(answer, cost=cost).to_text())


@pytest.mark.parametrize("name", sorted(SNAPSHOT_ANSWERS))
def test_rich_snapshot(name):
    """The rich view, at 100 columns without colour, matches its snapshot."""
    cost, answer = SNAPSHOT_ANSWERS[name]
    assert_snapshot(f"check_rich_{name}.txt", rich_text(render_verdict_rich(check(answer, cost=cost))))


LATEX_ANSWER = r"\frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)})-y^{(i)}\right)x_j^{(i)}"


def test_answer_from_stdin():
    """ANSWER - reads the answer from standard input."""
    runner = CliRunner(env=_CLEAN_ENV)
    result = runner.invoke(main, ["check", "-", "-f", "json"], input=LATEX_ANSWER + "\n")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["verdict"] == "equivalent"


def test_answer_from_file(run, tmp_path):
    """--from FILE reads the answer from a .tex file or a Markdown file's $$ block; a wrong one exits 1."""
    tex = tmp_path / "answer.tex"
    tex.write_text(LATEX_ANSWER.replace("h_\\theta(x^{(i)})-y^{(i)}", "y^{(i)}-h_\\theta(x^{(i)})"), encoding="utf-8")
    result = run("check", "--from", str(tex), "-f", "json")
    assert result.exit_code == 1, result.stderr
    assert json.loads(result.stdout)["diagnosis"][0]["kind"] == "sign"
    markdown = tmp_path / "answer.md"
    markdown.write_text(f"My answer:\n\n$$\n{LATEX_ANSWER}\n$$\n", encoding="utf-8")
    assert run("check", "--from", str(markdown)).exit_code == 0


def test_answer_and_from_together_or_neither_exit_2(run, tmp_path):
    """Both ANSWER and --from, or neither: a usage problem, exit 2 with a message on stderr."""
    tex = tmp_path / "answer.tex"
    tex.write_text(LATEX_ANSWER, encoding="utf-8")
    both = run("check", "1/m * sum((h - y) x_j)", "--from", str(tex))
    neither = run("check")
    for result in (both, neither):
        assert result.exit_code == 2
        assert result.stdout == "" and "ANSWER" in result.stderr


def test_input_option_forces_the_notation(run):
    """--input plain refuses a LaTeX answer with a caret; --input latex reads it (and a LaTeX --cost)."""
    refused = run("check", LATEX_ANSWER, "--input", "plain")
    assert refused.exit_code == 2 and CARET.search(refused.stderr)
    accepted = run("check", LATEX_ANSWER, "--input", "latex",
                   "--cost", r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]",
                   "--let", r"h_\theta(x) = \sigma(\theta^\top x)")
    assert accepted.exit_code == 0, accepted.stderr


def test_wrong_variable_on_the_left_exits_2(run):
    """An answer that says it is ∂J/∂b, checked as ∂J/∂θⱼ: exit 2, the message names both variables."""
    result = run("check", "dJ/db = 1/m * sum(h - y)")
    assert result.exit_code == 2
    assert "with respect to b" in result.stderr and CARET.search(result.stderr)


def test_no_reg_intercept_reads_back_what_derive_prints(run):
    """check --no-reg-intercept accepts the gradient derive prints for it (δ₁ⱼ and all), and only that."""
    derived = json.loads(run("derive", "logistic-l2", "--no-reg-intercept", "-f", "json").stdout)
    printed = derived["result"]["text"]
    assert "delta_1j" in printed
    for spelling in (printed, derived["result"]["latex"], printed.replace("delta_1j", "δ₁ⱼ")):
        assert run("check", spelling, "--cost", "logistic-l2", "--no-reg-intercept").exit_code == 0, spelling
    # the same text against the penalty on every θₖ: the δ₁ⱼ term is the one that should not be there
    extra = json.loads(run("check", printed, "--cost", "logistic-l2", "-f", "json").stdout)
    assert extra["verdict"] == "different"
    assert [(d["kind"], "intercept θ₁" in d["message"]) for d in extra["diagnosis"]] == [("extra-term", True)]


def test_no_reg_intercept_names_the_regularised_intercept(run):
    """An answer regularising every θₖ, checked without the intercept's penalty: the term it lacks, explained."""
    result = run("check", "1/m * sum((h - y) x_j) + lambda/m theta_j", "--cost", "logistic-l2",
                 "--no-reg-intercept", "-f", "json")
    assert result.exit_code == 1, result.stderr
    [diagnosis] = json.loads(result.stdout)["diagnosis"]
    assert diagnosis["kind"] == "missing-term"
    assert "keeps the intercept θ₁ out of the L2 penalty" in diagnosis["message"]


def test_no_reg_intercept_without_a_penalty_exits_2(run):
    """--no-reg-intercept with a cost that has no L2 penalty is bad input, said on stderr."""
    result = run("check", "1/m * sum((h - y) x_j)", "--no-reg-intercept")
    assert result.exit_code == 2
    assert result.stdout == "" and "no L2 penalty" in result.stderr
