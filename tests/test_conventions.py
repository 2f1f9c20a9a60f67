"""Conventions of ML notes for near-ambiguous text: each read as meant, with a note, or refused.

Every gradient here is judged independently: against the oracle (``_oracle``:
``sympy.diff`` and finite differences) applied to the intended cost spelled out
explicitly (``1/(2m)``, brackets, ``--let h=...``), never against logderiv's
own output.
"""

from __future__ import annotations

import json
from functools import lru_cache

import pytest
from click.testing import CliRunner

import logderiv
from _oracle import assert_gradient
from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.notation import latex, parse_text, plain, read_problem, tree

LINEAR = "h=theta^T x"
LOGISTIC = "h=sigmoid(theta^T x)"


def shape(node):
    """A tree without spans, for comparing readings."""
    if isinstance(node, tree.Binary):
        return (node.op, shape(node.left), shape(node.right))
    if isinstance(node, tree.Negate):
        return ("neg", shape(node.operand))
    if isinstance(node, tree.Sum):
        return ("sum", node.over, node.index, shape(node.body))
    if isinstance(node, (tree.Apply,)):
        return (node.function, shape(node.argument))
    if isinstance(node, tree.Call):
        return ("call", node.name, shape(node.argument))
    if isinstance(node, tree.Derivative):
        return ("d", shape(node.body), shape(node.wrt))
    if isinstance(node, tree.Dot):
        return ("dot", shape(node.left), shape(node.right))
    if isinstance(node, tree.Variable):
        return ("var", node.name, node.feature, node.example)
    if isinstance(node, tree.Number):
        return ("number", node.text)
    if isinstance(node, tree.Constant):
        return ("constant", node.name)
    return type(node).__name__


def read(text: str):
    """The tree and notes of a text in either notation."""
    parsed = parse_text(text)
    return shape(parsed.tree), parsed.notes


def refuse(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_text(text)
    return caught.value


def refuse_problem(text: str, **kwargs) -> InputError:
    with pytest.raises(InputError) as caught:
        read_problem(text, **kwargs)
    return caught.value


@lru_cache(maxsize=None)
def derived(cost: str, lets: tuple[str, ...] = (), wrt: str = "theta_j"):
    return logderiv.derive(cost, let=lets, wrt=wrt)


def assert_derives(cost: str, intended: str, *, lets=(), intended_lets=(), wrt="theta_j"):
    """The gradient logderiv derives for ``cost`` is the gradient of the ``intended`` cost (by the oracle)."""
    d = derived(cost, tuple(lets), wrt)
    reference = read_problem(intended, lets=list(intended_lets), wrt=wrt)
    assert_gradient(reference.cost, reference.wrt, d.result, {**reference.definitions, **d.problem.definitions})
    return d


# --- 1/2m -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "meant", "note"),
    [
        ("1/2m sum(y)", "1/(2m) sum(y)", "read 1/2m as 1/(2m), as ML notes mean it"),
        ("-1/2m sum(y)", "-1/(2m) sum(y)", "read -1/2m as -1/(2m)"),
        ("lambda/2m sum_k theta_k^2", "lambda/(2m) sum_k theta_k^2", "read lambda/2m as lambda/(2m)"),
        ("λ/2m θ_j", "λ/(2m) θ_j", "read λ/2m as λ/(2m)"),
        ("1/2N z", "1/(2N) z", "read 1/2N as 1/(2N)"),
        (r"\frac{1}{m}\sum_i y + \lambda/2m \sum_k \theta_k^2", r"\frac{1}{m}\sum_i y + \frac{\lambda}{2m}\sum_k \theta_k^2", r"read \lambda/2m as \lambda/(2m)"),
        (r"1/2m \sum_{i=1}^{m} y^{(i)}", r"\frac{1}{2m}\sum_{i=1}^{m} y^{(i)}", "read 1/2m as 1/(2m)"),
        (r"1/2 m \sum_{i=1}^{m} y^{(i)}", r"\frac{1}{2m}\sum_{i=1}^{m} y^{(i)}", "read 1/2m as 1/(2m)"),
    ],
)
def test_number_over_number_and_count_is_over_the_product(text, meant, note):
    """1/2m, λ/2m, 1/2N are 1/(2m), λ/(2m), 1/(2N) as ML notes mean them, with a note."""
    tree_, notes = read(text)
    assert tree_ == read(meant)[0]
    assert any(note in n for n in notes), notes


def test_frac_one_half_times_m_stays_a_product():
    r"""\frac{1}{2}m and (1/2) m are (1/2)·m: the bracket says so, no convention is applied."""
    assert read(r"\frac{1}{2}m")[0] == read(r"\frac{1}{2}\cdot m")[0] == read("(1/2)*m")[0]
    assert read("(1/2) m") == (read("(1/2)*m")[0], ())
    assert read("1/2 * m")[0] == read("(1/2)*m")[0]


@pytest.mark.parametrize(
    ("text", "column", "readings"),
    [
        ("x/2m", 2, "x/(2m) or (x/2)·m"),
        ("1/2 m sum(y)", 2, "1/(2m) or (1/2)·m"),
        ("1/2m^2", 2, "1/(2m) or (1/2)·m"),
        (r"x/2m", 2, "x/(2m) or (x/2)·m"),
        (r"\frac{1}{m} y/2m", 14, r"\frac{1}{m} y/(2m) or (\frac{1}{m} y/2)·m"),
    ],
)
def test_other_counts_over_a_number_are_refused_with_both_readings(text, column, readings):
    """x/2m, 1/2 m (a space in plain notation), 1/2m^2: ambiguous, refused at the number with both readings."""
    error = refuse(text)
    assert "ambiguous" in error.message
    assert error.column == column
    assert readings in error.hint


def test_one_half_m_gradient_is_one_over_two_m():
    """derive '1/2m sum((theta^T x - y)^2)' is the gradient of (1/(2m)) Σ (θᵀx − y)², not of (m/2) Σ …."""
    d = assert_derives("1/2m sum((theta^T x - y)^2)", "1/(2m) sum((theta^T x - y)^2)")
    assert d.canonical.verdict == "canonical"


# --- a sum without brackets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("-1/m * sum y log h + (1-y) log(1-h)", "-1/m * sum(y log h + (1-y) log(1-h))"),
        ("-1/m Σ_i y log h + (1-y) log(1-h) + lambda/(2m) sum_k theta_k^2",
         "-1/m Σ_i (y log h + (1-y) log(1-h)) + lambda/(2m) sum_k theta_k^2"),
        ("sum y (1-h) x_j - (1-y) h x_j", "sum(y (1-h) x_j - (1-y) h x_j)"),
        (r"-\frac{1}{m}\sum_{i=1}^m y^{(i)}\log h + (1-y^{(i)})\log(1-h)",
         r"-\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log h + (1-y^{(i)})\log(1-h)\right]"),
        (r"-\frac{1}{m}\sum_{i=1}^m y\log h + (1-y)\log(1-h) + \frac{\lambda}{2m}\sum_{j=1}^n\theta_j^2",
         r"-\frac{1}{m}\sum_{i=1}^m \left[y\log h + (1-y)\log(1-h)\right] + \frac{\lambda}{2m}\sum_{j=1}^n\theta_j^2"),
    ],
)
def test_a_bracketless_sum_covers_the_summand_that_uses_its_index(text, meant):
    """Terms after a Σ without brackets that use x, y, h join the sum; a term without them ends it."""
    tree_, notes = read(text)
    assert tree_ == read(meant)[0]
    assert any("the sum without brackets is read over the whole summand" in n for n in notes), notes


def test_terms_without_the_index_stay_outside():
    """Σ_i y log h + 1 is (Σ y log h) + 1 and says nothing; a bracketed sum is never extended."""
    assert read("sum y log h + 1") == (read("(sum(y log h)) + 1")[0], ())
    assert read("sum(y log h) + y") == (read("(sum(y log h)) + y")[0], ())
    assert read("sum (h - y) x_j + lambda/m theta_j") == (read("sum((h - y) x_j) + lambda/m theta_j")[0], ())


def test_bracketless_logistic_cost_has_the_logistic_gradient():
    """The plain spelling without brackets derives the gradient of the whole cross-entropy."""
    d = assert_derives(
        "-1/m * sum y log h + (1-y) log(1-h)",
        "-1/m * sum(y log h + (1-y) log(1-h))",
        intended_lets=[LOGISTIC],
    )
    assert d.canonical.verdict == "canonical"


# --- a letter before a bracket ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("-1/m sum(y log g(theta^T x) + (1-y) log(1 - g(theta^T x)))",
         "-1/m sum(y log sigmoid(theta^T x) + (1-y) log(1 - sigmoid(theta^T x)))"),
        (r"-\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log g(\theta^T x^{(i)}) + (1-y^{(i)})\log(1-g(\theta^T x^{(i)}))\right]",
         "-1/m sum(y log sigmoid(theta^T x) + (1-y) log(1 - sigmoid(theta^T x)))"),
    ],
)
def test_g_is_the_sigmoid_of_ngs_course(text, meant):
    """g(z) with no g defined is σ(z), with a note; the gradient is logistic regression's."""
    problem = read_problem(text)
    assert problem.cost == read_problem(meant).cost
    assert any("g is read as the sigmoid g(z) = 1/(1 + e^(−z)), as in Ng's course" in n for n in problem.notes)
    d = assert_derives(text, meant)
    assert d.canonical.verdict == "canonical"


@pytest.mark.parametrize(("text", "column"), [("sum(f(z))", 4), (r"\sum_i f(z)", 7), ("q(1 + z) + y", 0)])
def test_an_unknown_letter_applied_to_a_bracket_is_refused(text, column):
    """f(z) with no f defined is never f·z: an error naming f, with the caret on it and 'define it with --let'."""
    error = refuse_problem(text)
    assert "'" + text[column] + "'" in error.message and "function" in error.message
    assert error.column == column
    assert "define it with --let" in error.hint


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("y(1-h)", "y*(1-h)"),
        ("h(1-h)", "h*(1-h)"),
        ("m(1+z)", "m*(1+z)"),
        ("lambda(1+z)", "lambda*(1+z)"),
        ("c(1-c)", "c*(1-c)"),  # c is a quantity elsewhere in the text
        (r"y(1-h)", r"y\cdot(1-h)"),
        (r"\lambda(\theta_j + 1)", r"\lambda\cdot(\theta_j + 1)"),
    ],
)
def test_quantities_before_a_bracket_stay_products(text, product):
    """A letter that is a quantity (y, h, m, λ, or used alone elsewhere) times a bracket is a product."""
    assert read(text)[0] == read(product)[0]


# --- the sigmoid written out ------------------------------------------------------------------


@pytest.mark.parametrize(
    "let",
    [
        "h = 1/(1+exp(-theta^T x))",
        "h = 1/(1 + e^(-theta^T x))",
        "h = e^(theta^T x)/(1+e^(theta^T x))",
        r"h = \frac{1}{1+e^{-\theta^T x}}",
        r"h_\theta(x) = \frac{e^{\theta^T x}}{1+e^{\theta^T x}}",
    ],
)
def test_a_sigmoid_written_out_is_sigma(let):
    """A prediction written out as the sigmoid is σ: the chain goes through σ′ and the verdict is canonical."""
    cost = "-1/m sum(y log h + (1-y) log(1-h))"
    d = assert_derives(cost, cost, lets=[let], intended_lets=[LOGISTIC])
    assert d.canonical.verdict == "canonical"
    assert any("is the sigmoid σ(z) = 1/(1 + e^(−z)): read as σ" in n for n in d.notes)
    assert "σ′ = σ(1 − σ)" in d.to_text()


def test_sigmoid_written_out_inline_in_a_latex_cost():
    r"""\frac{1}{1+\exp(-z)} inline in a cost is σ(z)."""
    problem = read_problem(r"\log\frac{1}{1+\exp(-z)}", wrt="z")
    assert problem.cost == read_problem("log(sigmoid(z))", wrt="z").cost


# --- an undefined prediction ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cost", "lets", "wrt", "note"),
    [
        (r"\frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^2", [LINEAR], "theta_j",
         "h is not defined: reading h = θᵀx, linear regression's prediction, since the cost is a squared error"),
        ("1/(2m) sum((y - h)^2)", [LINEAR], "theta_j", "reading h = θᵀx"),
        ("1/(2m) sum((h - y)^2) + lambda/(2m) sum_k w_k^2", ["h=w^T x"], "w_j", "reading h = wᵀx"),
        ("1/(2m) sum((h - y)^2)", ["h=theta^T x + b"], "b", "reading h = θᵀx + b"),
        ("1/(2m) sum((h - y)^2) + b^2", ["h=theta^T x + b"], "theta_j", "reading h = θᵀx + b"),
        (r"-\frac{1}{m}\sum_i \left[y\log\hat{y} + (1-y)\log(1-\hat{y})\right]", [LOGISTIC], "theta_j",
         "reading h = σ(θᵀx), logistic regression's prediction, since the cost is a cross-entropy"),
        ("1/m sum(h - y log h)", ["h=exp(theta^T x)"], "theta_j",
         "reading h = e^(θᵀx), Poisson regression's prediction, since the cost is a Poisson negative log-likelihood"),
    ],
)
def test_an_undefined_prediction_takes_the_model_of_its_cost(cost, lets, wrt, note):
    """h in a squared error is θᵀx (wᵀx + b), in a cross-entropy σ(θᵀx), in a Poisson cost e^(θᵀx): noted."""
    d = assert_derives(cost, cost.replace(r"\hat{y}", " h"), intended_lets=lets, wrt=wrt)
    assert any(note in n for n in d.notes), d.notes
    if wrt == "theta_j" and "lambda" not in cost and "b^2" not in cost:
        assert d.canonical.verdict == "canonical"


def test_let_overrides_the_model_of_the_cost():
    """--let h=sigmoid(...) in a squared error is the sigmoid model, and no reading is noted."""
    d = derived("1/(2m) sum((h - y)^2)", (LOGISTIC,))
    assert not any("h is not defined" in n for n in d.notes)
    assert d.canonical.verdict != "canonical"  # squared error on a sigmoid is not the natural pairing


@pytest.mark.parametrize(("text", "column"), [("sum(log(1 + h))", 12), ("sum(h)", 4), ("sum((h - y)^2 + log h)", 5)])
def test_a_prediction_whose_model_cannot_be_told_is_refused(text, column):
    """A cost that is not a squared error, cross-entropy or Poisson cost says nothing about h: refused."""
    error = refuse_problem(text)
    assert "'h' is not defined" in error.message
    assert error.column == column
    assert "--let h=" in error.hint


@pytest.mark.parametrize(
    ("cost", "answer", "note"),
    [
        ("linear", "1/m sum((h - y) x_j)", "reading h = θᵀx, linear regression's prediction"),
        ("linear", "1/m sum((theta^T x - y) x_j)", None),
        ("poisson", "1/m sum((h - y) x_j)", "reading h = e^(θᵀx), Poisson regression's prediction"),
        ("softplus-logistic", "1/m sum((h - y) x_j)", "reading h = σ(θᵀx)"),
        ("1/(2m) sum((w^T x + b - y)^2)", "1/m sum((h - y) x_j)", "reading h = wᵀx + b"),
    ],
)
def test_check_reads_an_undefined_h_as_the_model_of_the_cost(cost, answer, note):
    """check --cost linear with an answer in h: h is the cost's prediction θᵀx, and the answer is right."""
    wrt = "w_j" if "w^T" in cost else "theta_j"
    answer = answer.replace("x_j", "x_j") if wrt == "theta_j" else answer
    verdict = logderiv.check(answer, cost=cost, wrt=wrt)
    assert verdict.verdict == "equivalent", verdict.to_text()
    if note is not None:
        assert any(note in n for n in verdict.notes), verdict.notes


def test_check_refuses_h_when_the_cost_shows_no_model():
    """An answer in h against a cost whose prediction cannot be found is refused with a hint."""
    with pytest.raises(InputError) as caught:
        logderiv.check("1/m sum(h x_j)", cost="1/m sum(log(1 + (theta^T x)^2))")
    assert "--let h=" in caught.value.hint


# --- LaTeX: log without a backslash, derivative operators ---------------------------------------


def test_log_without_a_backslash_is_the_logarithm():
    r"""In LaTeX, 'log' as a word of its own is \log, with a note; 'ylog(' is y·log(, noted; so is 'ylogh', one letter
    on each side (backprop notes' y loga, issue 10); a longer glued word ('yloghx') is still refused."""
    tree_, notes = read(r"\frac{1}{m}\sum y log(h)")
    assert tree_ == read(r"\frac{1}{m}\sum y \log(h)")[0]
    assert any("'log' without a backslash is read as the function \\log" in n for n in notes)
    glued, notes = read(r"\frac{1}{m}\sum ylog(h)")
    assert glued == read(r"\frac{1}{m}\sum y \log(h)")[0]
    assert any("'ylog' is read as y·log" in n for n in notes)
    one, notes = read(r"\frac{1}{m}\sum ylogh")
    assert one == read(r"\frac{1}{m}\sum y \log h")[0]
    assert any("'ylogh' is read as y·log h" in n for n in notes)
    # yloghx: log h·x, log(hx) or a name 'hx' — which is not in the text
    error = refuse(r"\frac{1}{m}\sum yloghx")
    assert "backslash" in error.message and error.column == 17


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("d/dtheta_j (h - y)^2", "d/dtheta_j ((h - y)^2)"),
        ("d/dz (z) sigmoid(z)", "d/dz ((z) sigmoid(z))"),
        (r"\frac{\partial}{\partial\theta_j}(h-y)^2", r"\frac{\partial}{\partial\theta_j}\left[(h-y)^2\right]"),
        (r"\frac{d}{dp} p \log p", r"\frac{d}{dp}\left(p \log p\right)"),
    ],
)
def test_a_derivative_operator_applies_to_the_whole_product(text, meant):
    """∂/∂θⱼ (h − y)² is ∂/∂θⱼ [(h − y)²], never (∂(h − y)/∂θⱼ)²: with a note."""
    tree_, notes = read(text)
    assert tree_ == read(meant)[0]
    assert any("the derivative operator applies to the whole product after it" in n for n in notes), notes


def test_derivative_over_the_product_is_differentiated_as_one():
    """d/dz (z) z is the derivative of z², 2z: read through the whole product."""
    problem = read_problem("d/dz (z) z", wrt="z")
    assert problem.cost.doit() == read_problem("2 z", wrt="z").cost


# --- the notes reach every output -------------------------------------------------------------


@pytest.mark.parametrize(
    ("cost", "note"),
    [
        ("1/2m sum((theta^T x - y)^2)", "read 1/2m as 1/(2m), as ML notes mean it"),
        ("-1/m * sum y log h + (1-y) log(1-h)", "the sum without brackets is read over the whole summand"),
        ("-1/m sum(y log g(theta^T x) + (1-y) log(1 - g(theta^T x)))", "g is read as the sigmoid"),
        ("1/(2m) sum((h - y)^2)", "reading h = θᵀx, linear regression's prediction"),
    ],
)
def test_notes_reach_derive_text_and_json(cost, note):
    """Each convention's note is a `note:` line in text and in the JSON notes list."""
    runner = CliRunner()
    text = runner.invoke(main, ["derive", cost, "-f", "text"])
    assert text.exit_code == 0, text.output
    assert any(line.startswith("note: ") and note in line for line in text.stdout.splitlines())
    as_json = runner.invoke(main, ["derive", cost, "-f", "json"])
    assert as_json.exit_code == 0
    assert any(note in n for n in json.loads(as_json.stdout)["notes"])


@pytest.mark.parametrize(
    ("answer", "cost", "note"),
    [
        ("1/m sum((h - y) x_j)", "linear", "reading h = θᵀx"),
        ("1/m sum((1/(1 + e^(-theta^T x)) - y) x_j)", "logistic", "is the sigmoid σ(z)"),
        ("1/2m sum(2 (theta^T x - y) x_j)", "linear", "read 1/2m as 1/(2m)"),
        ("-1/m * sum y (1-h) x_j - (1-y) h x_j", "logistic", "the sum without brackets"),
    ],
)
def test_notes_reach_checks_verdict(answer, cost, note):
    """check's verdict carries the note, in text and JSON, and judges the answer as meant (right)."""
    runner = CliRunner()
    text = runner.invoke(main, ["check", answer, "--cost", cost, "-f", "text"])
    assert text.exit_code == 0, text.output
    assert text.stdout.startswith("✓ equivalent")
    assert any(line.startswith("note: ") and note in line for line in text.stdout.splitlines())
    as_json = runner.invoke(main, ["check", answer, "--cost", cost, "-f", "json"])
    assert any(note in n for n in json.loads(as_json.stdout)["notes"])


def test_conventions_need_no_sympy_to_parse():
    """The conventions live in the sympy-free front ends: plain and LaTeX parsing still import no sympy."""
    import subprocess
    import sys

    code = (
        "import sys, logderiv.notation.plain as p, logderiv.notation.latex as l\n"
        "p.read('1/2m sum y log h + (1-y) log(1-h) + g(z)')\n"
        "l.parse(r'1/2m \\sum y log h + (1-y)\\log(1-h)')\n"
        "print('sympy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
