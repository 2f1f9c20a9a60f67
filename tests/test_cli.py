"""The command line: output, formats, and the error → exit-code contract (docs/exit-codes.md)."""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import logderiv._api
from logderiv.cli import main
from logderiv.engine.rules import RULES
from logderiv.errors import InputError
from logderiv.presets import PRESETS

ROOT = Path(__file__).resolve().parent.parent

#: a line of spaces ending in a caret: the pointer under the offending column
CARET = re.compile(r"^ *\^$", re.MULTILINE)

# Environment that would make rich treat the test's stdout as a terminal: unset
# for every invocation, so output is the piped default (text) whatever the shell.
_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}


@pytest.fixture
def run():
    """Invoke the CLI in-process; stdout and stderr are kept apart (click ≥ 8.2)."""
    runner = CliRunner(env=_CLEAN_ENV)

    def invoke(*args: str, env: dict | None = None):
        return runner.invoke(main, list(args), env=env, catch_exceptions=True)

    return invoke


@pytest.fixture(scope="module")
def default_output() -> str:
    """stdout of ``logderiv derive`` (computed once: a derivation takes a while)."""
    result = CliRunner(env=_CLEAN_ENV).invoke(main, ["derive"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


# --- the default derivation -------------------------------------------------------------


def test_default_exits_zero_and_writes_nothing_to_stderr(run):
    """`logderiv derive` with no argument succeeds, with results on stdout only."""
    result = run("derive")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    assert result.stderr == ""


@pytest.mark.parametrize(
    "label",
    [
        "linearity",
        "chain rule",
        "σ′ = σ(1 − σ)",
        "σ(θᵀx⁽ⁱ⁾) = h(x⁽ⁱ⁾)",
        "∂(θᵀx)/∂θⱼ = xⱼ",
        "distribute",
        "cancel",
        "factor the sign",
    ],
)
def test_default_names_each_rule(default_output, label):
    """The default (logistic) derivation labels its steps with the rules it uses."""
    assert label in default_output


def test_default_is_text_when_piped(default_output):
    """Not a terminal: the default format is plain text, without escape codes."""
    assert "\x1b" not in default_output
    assert default_output.startswith("∂J/∂θⱼ = ")


def test_default_verdict_is_canonical(default_output):
    """The logistic gradient is judged canonical."""
    assert "canonical" in default_output
    assert "not canonical" not in default_output.lower()


def test_default_ends_at_the_canonical_form(default_output):
    """The last step of the chain is (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾."""
    chain = default_output.split("\n\n")[0].splitlines()
    last = chain[-1].split("= ", 1)[1]
    compact = last.replace(" ", "")
    assert re.fullmatch(r"\(?1/m\)?·?Σᵢ\(h\(x⁽ⁱ⁾\)−y⁽ⁱ⁾\)·?xⱼ⁽ⁱ⁾", compact), last


def test_default_matches_logistic_preset(run, default_output):
    """No argument means the logistic preset."""
    assert run("derive", "logistic").stdout == default_output


# --- presets and formats ---------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_every_preset_derives(run, name):
    """Each built-in cost derives with exit 0 and states the derivative asked for."""
    result = run("derive", name, "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("∂J/∂θⱼ = ")


def test_json_parses(run):
    """`-f json` prints one JSON document."""
    result = run("derive", "-f", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert isinstance(document, dict)
    assert "canonical" in json.dumps(document)


def test_latex_standalone_is_a_document(run):
    """`-f latex --standalone` prints a complete LaTeX document."""
    result = run("derive", "-f", "latex", "--standalone")
    assert result.exit_code == 0, result.stderr
    assert "\\documentclass" in result.stdout
    assert "\\end{document}" in result.stdout


def test_latex_fragment_is_not_a_document(run):
    """`-f latex` alone prints a fragment to paste into a document."""
    result = run("derive", "-f", "latex")
    assert result.exit_code == 0, result.stderr
    assert "\\documentclass" not in result.stdout
    assert "\\begin{align" in result.stdout


def test_markdown_has_display_math(run):
    """`-f markdown` puts the mathematics in `$$` blocks."""
    result = run("derive", "-f", "markdown")
    assert result.exit_code == 0, result.stderr
    assert "$$" in result.stdout


def test_rich_format_without_terminal_has_no_escapes(run):
    """`-f rich` into a pipe writes no escape codes."""
    result = run("derive", "-f", "rich")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    assert "\x1b" not in result.stdout


def test_no_color_rich_has_no_escapes(run):
    """`NO_COLOR=1` with `-f rich` produces no ESC characters."""
    result = run("derive", "-f", "rich", env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert "\x1b" not in result.stderr


def test_view_factors(run):
    """`--view factors` shows one example's loss through its computational graph."""
    result = run("derive", "--view", "factors", "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert "computational graph" in result.stdout
    assert "∂" in result.stdout
    assert result.stdout != run("derive", "-f", "text").stdout


@pytest.mark.parametrize("output_format", ["rich", "latex", "markdown", "json"])
def test_view_factors_every_format(run, output_format):
    """`--view factors` is accepted with every format."""
    result = run("derive", "--view", "factors", "-f", output_format)
    assert result.exit_code == 0, result.stderr


def test_explain_states_each_rule(run, default_output):
    """`--explain` adds the general statement of each rule used."""
    result = run("derive", "--explain", "-f", "text")
    assert result.exit_code == 0, result.stderr
    used = {rule.name: rule for rule in RULES if rule.name in {"linearity", "chain-log", "sigmoid", "dot-product"}}
    assert len(used) == 4
    for rule in used.values():
        assert rule.statement in result.stdout, rule.name
        assert rule.statement not in default_output, rule.name


#: the dot-product step's label for a cost in w, as each format spells it
_W_LABELS = {
    "text": "∂(wᵀx)/∂wⱼ = xⱼ",
    "rich": "∂(wᵀx)/∂wⱼ = xⱼ",
    "json": "∂(wᵀx)/∂wⱼ = xⱼ",
    "markdown": "∂(wᵀx)/∂wⱼ = xⱼ",
    "latex": r"\tag*{\small $\partial(w^{\top}x)/\partial w_{j} = x_{j}$}",
}


@pytest.mark.parametrize("output_format", sorted(_W_LABELS))
def test_dot_product_label_names_the_actual_parameter(run, output_format):
    """With --wrt w_j on a cost in w, the dot-product step reads ∂(wᵀx)/∂wⱼ = xⱼ, not θ, in every format."""
    result = run("derive", "1/(2m) * sum((w^T x - y)^2)", "--wrt", "w_j", "-f", output_format)
    assert result.exit_code == 0, result.stderr
    assert _W_LABELS[output_format] in result.stdout
    assert "θᵀx" not in result.stdout
    assert r"\theta^{\top}x)/" not in result.stdout


def test_formula_argument(run):
    """A cost written out in full derives like its preset."""
    result = run("derive", "1/(2m) * sum((theta^T x - y)^2)", "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == run("derive", "linear", "-f", "text").stdout


def test_let_defines_a_name(run):
    """`--let` defines a name used in the cost."""
    result = run("derive", "-1/m * sum(y log(h) + (1 - y) log(1 - h))", "--let", "h = sigmoid(theta^T x)", "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert "canonical" in result.stdout


def test_cost_starting_with_minus_is_the_cost(run):
    """`logderiv derive "-1/m * sum(...)"` reads the cost, not an option '-1'."""
    cost = "-1/m * sum(y log(h) + (1 - y) log(1 - h))"
    result = run("derive", cost, "--let", "h = sigmoid(theta^T x)", "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert "canonical" in result.stdout
    explicit = run("derive", "--let", "h = sigmoid(theta^T x)", "-f", "text", "--", cost)
    assert explicit.exit_code == 0, explicit.stderr
    assert explicit.stdout == result.stdout


@pytest.mark.parametrize("cost", ["-2 theta_j", "-θ_j^2", "-(theta_j)", "-0.5 theta_j^2", "-[theta_j + 1]"])
def test_other_costs_starting_with_minus(run, cost):
    """Numbers, brackets and Greek letters after a leading '-' make a cost, not an option."""
    result = run("derive", "-f", "text", cost)
    assert result.exit_code == 0, result.stderr


def test_presets_command(run):
    """`logderiv presets` lists every preset."""
    result = run("presets")
    assert result.exit_code == 0, result.stderr
    for name in PRESETS:
        assert re.search(rf"^{re.escape(name)} ", result.stdout, re.MULTILINE), name


def test_rules_command(run):
    """`logderiv rules` lists every rule by name."""
    result = run("rules")
    assert result.exit_code == 0, result.stderr
    for rule in RULES:
        assert re.search(rf"^{re.escape(rule.name)} ", result.stdout, re.MULTILINE), rule.name


def test_version(run):
    """`--version` prints the version."""
    result = run("--version")
    assert result.exit_code == 0
    assert "0.1.0" in result.stdout


# --- bad input: exit 2 with a caret --------------------------------------------------------

MALFORMED = [
    "lgo(x)",
    "(1+x",
    "1+",
    "x @ y",
    "2 3",
    "__import__('os')",
    "   ",
    ")",
    "1 +* 2",
    "theta_j^",
    "log()",
    "sum(",
    "x)",
    "1/",
    "sigmoid(theta^T x",
    "foo(x)",
    "a = b",
    "x; y",
    "3!",
    "50%",
    "x $ y",
    "log(,)",
    "theta_q",
    "sum_z(x)",
    "eval('1')",
    "1..2",
    "x^^2",
    "((((x)))",
    "[x)",
    "os.system('ls')",
    "lambda: 1",
    "import os",
    "x # y",
    "log log",
    "sqrt",
    "theta^T",
    "1" * 40,
    "(" * 150 + "x" + ")" * 150,
]


def _assert_input_error(result) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    assert "error" in result.stderr
    assert CARET.search(result.stderr), result.stderr
    assert "Traceback" not in result.stderr
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an escaped exception


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_cost_exits_2_with_caret(run, text):
    """Unreadable text: exit 2, message and caret on stderr, nothing on stdout."""
    _assert_input_error(run("derive", text))


@pytest.mark.parametrize("text", ["{x}", "\\frac{1}{2}", "x^{(i)}"])
def test_latex_markup_is_malformed_as_plain_notation(run, text):
    """With --input plain, LaTeX markup (read as LaTeX under auto) is refused with a hint."""
    result = run("derive", "--input", "plain", text)
    _assert_input_error(result)
    assert "hint:" in result.stderr


@pytest.mark.parametrize(("text", "column"), [("x @ y", 2), ("lgo(x)", 0), ("1 +* 2", 3), ("theta_q", 6)])
def test_caret_points_at_the_column(run, text, column):
    """The caret stands under the offending character of the echoed input."""
    result = run("derive", text)
    lines = result.stderr.splitlines()
    caret = next(i for i, line in enumerate(lines) if CARET.fullmatch(line))
    assert lines[caret - 1] == f"  {text}"
    assert lines[caret].index("^") == 2 + column


@pytest.mark.parametrize("text", ["", "x+" * 20_000 + "x"])
def test_empty_or_huge_input_exits_2(run, text):
    """Empty input, and input past the length bound: exit 2, a short message, nothing on stdout."""
    result = run("derive", text)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == ""
    assert "error" in result.stderr
    assert len(result.stderr) < 500  # the message does not echo 40,000 characters
    assert isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("args", [
    ("derive", "1/(2m) sum((theta^T x - y)^2)" + "+0" * 1300),
    ("check", "X.T @ (sigmoid(X @ theta) - y) / m" + " * 1" * 1300, "--cost", "logistic"),
])
def test_a_chain_of_thousands_of_terms_exits_2_not_as_a_bug(run, args):
    """A chain of 1,300 terms is within the length bound but deeper than a recursive walk can go: bad input
    (exit 2, what and a hint), not "internal error … a bug in logderiv" (exit 4), which it was."""
    result = run(*args)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert "too many terms in one chain" in result.stderr and "hint: shorten the expression" in result.stderr
    assert "internal error" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize("let", ["h = sigmoid(theta^T x", "h sigmoid(theta^T x)", "x = theta_j", "h = lgo(z)"])
def test_malformed_let_exits_2(run, let):
    """A bad --let is bad input too, pointed at with a caret."""
    _assert_input_error(run("derive", "sum(y log(h))", "--let", let))


def test_let_with_preset_exits_2(run):
    """`--let` cannot change a preset's definitions."""
    result = run("derive", "logistic", "--let", "h = tanh(theta^T x)")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "error" in result.stderr


@pytest.mark.parametrize("wrt", ["lambda", "m", "theta_q", "1+"])
def test_bad_wrt_exits_2(run, wrt):
    """`--wrt` must name a variable: constants such as λ and m are refused."""
    result = run("derive", "--wrt", wrt)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == ""
    assert "error" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["derive", "--frobnicate"],
        ["derive", "-x"],
        ["derive", "-f", "pdf"],
        ["derive", "--view", "graph"],
        ["derive", "a", "b"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(run, args):
    """Unknown options, commands and choices are usage errors: exit 2, stderr only."""
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Error" in result.stderr or "error" in result.stderr


# --- outside what logderiv handles: exit 3 ------------------------------------------------


@pytest.mark.parametrize("text", ["theta_j^theta_j", "2^theta_j"])
def test_unsupported_exits_3(run, text):
    """Well-formed but outside the engine (a variable exponent): exit 3, no traceback."""
    result = run("derive", text)
    assert result.exit_code == 3, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    assert "error" in result.stderr
    assert "Traceback" not in result.stderr


# --- --debug and internal errors ------------------------------------------------------------


def test_debug_lets_the_exception_propagate(run):
    """`--debug` on bad input raises the library's error instead of exiting 2."""
    result = run("derive", "lgo(x)", "--debug")
    assert isinstance(result.exception, InputError)
    assert result.exit_code != 2


def test_debug_with_good_input_is_harmless(run, default_output):
    """`--debug` changes nothing when nothing goes wrong."""
    result = run("derive", "--debug")
    assert result.exit_code == 0
    assert result.stdout == default_output


def _boom(*args, **kwargs):
    raise RuntimeError("boom")


def test_internal_error_exits_4(run, monkeypatch):
    """A bug inside logderiv: exit 4, 'internal error' on stderr, no traceback."""
    monkeypatch.setattr(logderiv._api, "derive", _boom)
    result = run("derive")
    assert result.exit_code == 4
    assert result.stdout == ""
    assert "internal error" in result.stderr
    assert "RuntimeError: boom" in result.stderr
    assert "Traceback" not in result.stderr
    assert "--debug" in result.stderr


def test_internal_error_with_debug_propagates(run, monkeypatch):
    """With `--debug` the internal error's exception propagates for the bug report."""
    monkeypatch.setattr(logderiv._api, "derive", _boom)
    result = run("derive", "--debug")
    assert isinstance(result.exception, RuntimeError)


def test_closed_pipe_is_not_an_internal_error(run, monkeypatch):
    """`logderiv rules | head -1`: a closed stdout ends quietly, not as an internal error."""
    import click

    def closed(*args, **kwargs):
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr(click, "echo", closed)
    result = run("rules")
    assert result.exit_code == 1  # click's convention for EPIPE
    assert "internal error" not in result.stderr


# --- matrix form and NumPy code -------------------------------------------------------------


def test_form_matrix_text(run):
    """--form matrix prints the matrix chain to ∇J, not the index chain's calculus steps."""
    result = run("derive", "--form", "matrix", "-f", "text")
    assert result.exit_code == 0 and result.stderr == ""
    assert "∇J = (1/m) Xᵀ(σ(Xθ) − y)" in result.stdout
    assert "collect into a vector" in result.stdout and "Σᵢ vᵢXᵢⱼ = (Xᵀv)ⱼ" in result.stdout
    assert "chain rule" not in result.stdout


def test_form_both_text(run, default_output):
    """--form both prints the index chain, then the matrix chain; the text default stays index only."""
    result = run("derive", "--form", "both", "-f", "text")
    assert result.exit_code == 0
    assert result.stdout.startswith(default_output.split("\n\n")[0])
    assert "Matrix form: X is m×n" in result.stdout
    assert "Matrix form" not in default_output


def test_rich_shows_both_forms_by_default(run):
    """-f rich defaults to --form both."""
    result = run("derive", "linear-l2", "-f", "rich")
    assert result.exit_code == 0
    assert "chain rule" in result.stdout or "power rule" in result.stdout
    assert "∇J = (1/m) Xᵀ(Xθ − y) + (λ/m) θ" in result.stdout


def test_form_matrix_without_one_says_so(run):
    """A derivative with respect to a scalar has no matrix form: one plain line, exit 0."""
    result = run("derive", "1/(1+exp(-z))", "--wrt", "z", "--form", "matrix", "-f", "text")
    assert result.exit_code == 0
    assert "Matrix form: none — the derivative is with respect to z" in result.stdout


@pytest.mark.parametrize("output_format", ["latex", "markdown", "json"])
def test_form_both_every_format(run, output_format):
    """Every format carries the matrix form when asked, with ⊙ written in its own notation."""
    result = run("derive", "mse-sigmoid", "--form", "both", "-f", output_format)
    assert result.exit_code == 0, result.stderr
    if output_format == "json":
        matrix = json.loads(result.stdout)["matrix"]
        assert matrix["available"] and "⊙" in matrix["gradient"]["unicode"] and ".*" in matrix["gradient"]["text"]
    else:
        assert r"\odot" in result.stdout and r"\nabla J" in result.stdout


def test_numpy_format(run):
    """-f numpy writes a Python module defining cost and gradient."""
    result = run("derive", "logistic-l2", "-f", "numpy")
    assert result.exit_code == 0 and result.stderr == ""
    compile(result.stdout, "generated.py", "exec")
    assert "def cost(theta, X, y, lam):" in result.stdout
    assert "def gradient(theta, X, y, lam):" in result.stdout


def test_numpy_without_matrix_form_exits_3(run):
    """No matrix form, no code: exit 3, the reason on stderr, nothing on stdout."""
    result = run("derive", "1/(1+exp(-z))", "--wrt", "z", "-f", "numpy")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "no NumPy code" in result.stderr and "Traceback" not in result.stderr


def test_bad_form_is_a_usage_error(run):
    """--form takes index, matrix or both."""
    result = run("derive", "--form", "vector")
    assert result.exit_code == 2 and "--form" in result.stderr


def test_no_reg_intercept(run):
    """--no-reg-intercept leaves θ₁ out of the penalty; on a cost without one it is a usage error (exit 2)."""
    result = run("derive", "linear-l2", "--no-reg-intercept", "--form", "matrix", "-f", "text")
    assert result.exit_code == 0, result.stderr
    assert "∇J = (1/m) Xᵀ(Xθ − y) + (λ/m) θ − (λ/m) θ₁ e₁" in result.stdout
    bad = run("derive", "logistic", "--no-reg-intercept")
    assert bad.exit_code == 2 and "no L2 penalty" in bad.stderr
# --- the Python API and what the output tells the reader ---------------------------------


def test_python_api_derivation_object():
    """`from logderiv import derive` gives .steps, .result, .canonical and the LaTeX/Markdown/JSON views."""
    from logderiv import derive

    derivation = derive("linear")
    assert derivation.steps and all(step.check is not None for step in derivation.steps)
    assert derivation.result == derivation.steps[-1].expression
    assert derivation.canonical.verdict == "canonical"
    assert json.loads(derivation.to_json())["canonical"]["verdict"] == "canonical"
    assert "$$" in derivation.to_markdown()
    assert r"\begin{align*}" in derivation.to_latex()


def test_jupyter_displays_a_derivation_as_latex():
    """A Derivation displays as LaTeX in Jupyter: `_repr_latex_` is the align* block of `.to_latex()`."""
    from logderiv import derive

    derivation = derive("linear")
    latex = derivation._repr_latex_()
    assert latex == derivation.to_latex()
    assert latex.lstrip().startswith(r"\begin{align*}") or r"\begin{align*}" in latex


@pytest.mark.parametrize("output_format", ["text", "json", "markdown", "latex"])
def test_assumed_definition_of_h_is_said(run, output_format):
    """A cross-entropy cost that uses h without --let says, in its output, that it read h = σ(θᵀx)."""
    result = run("derive", "-1/m * sum(y log(h) + (1-y) log(1-h))", "-f", output_format)
    assert result.exit_code == 0, result.stderr
    assert "h is not defined: reading h = " in result.stdout
    assert "logistic regression's prediction, since the cost is a cross-entropy" in result.stdout
    with_let = run("derive", "-1/m * sum(y log(h) + (1-y) log(1-h))", "--let", "h = sigmoid(theta^T x)",
                   "-f", output_format)
    assert "h is not defined" not in with_let.stdout


# --- input that used to end in an internal error ----------------------------------------


def test_wrt_theta_0_is_an_input_error_with_the_intercept_hint(run):
    """`derive --wrt theta_0`: exit 2, a caret under the 0, and the hint that the intercept is θ₁ (was exit 4)."""
    result = run("derive", "--wrt", "theta_0")
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    shown = lines.index("  theta_0")
    assert lines[shown + 1] == " " * len("  theta_") + "^"
    assert "features 1..n" in result.stderr and "intercept is theta_1" in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("command", [("derive", "9^9999 + sum(y log h)"), ("check", "9^9999")])
def test_a_power_too_large_for_a_float_is_an_input_error(run, command):
    """9^9999 in a cost or an answer: exit 2 with a caret (was an internal error from an int too large to print)."""
    result = run(*command)
    assert result.exit_code == 2, result.stderr
    assert "too large" in result.stderr and CARET.search(result.stderr)
    assert "internal error" not in result.stderr


def test_the_installed_command_and_python_m_run_the_same_entry_point():
    """pyproject's console script is cli.run, as __main__ is: both get the paused collector, not just one."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'logderiv = "logderiv.cli:run"' in pyproject
    assert "from .cli import run" in (ROOT / "logderiv" / "__main__.py").read_text(encoding="utf-8")


def test_main_called_by_a_program_leaves_its_garbage_collector_alone(run):
    import gc

    import logderiv.cli

    assert gc.isenabled() and not logderiv.cli._gc_paused
    frozen = gc.get_freeze_count()
    assert run("derive", "linear", "-f", "text").exit_code == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen
