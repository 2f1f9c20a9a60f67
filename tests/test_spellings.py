r"""Spellings of real notes, read as the plain spelling that means the same (issue 10, items 1, 2, 4, 5, 6).

Each case is a spelling as course notes, textbooks and labs write it, the plain
spelling logderiv already read before (the independent reference: the two must
build to the same cost, definitions and variable), and the note the non-literal
reading must carry. Invalid spellings are refused with exit 2 and a caret at a
known column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
import sympy
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.notation import read_problem

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}

LINEAR = "1/(2m) * sum((theta^T x - y)^2)"
LINEAR_WB = "1/(2m) * sum((w^T x + b - y)^2)"
LOGISTIC = "-1/m * sum(y log(h) + (1-y) log(1-h))"
SQUARED_H = "1/(2m) * sum((h - y)^2)"


@dataclass(frozen=True)
class Spelling:
    """A spelling, its plain equivalent, and the note its reading must carry (None: a literal reading)."""

    id: str
    text: str
    plain: str
    note: str | None = None
    wrt: str = "theta_j"
    plain_wrt: str | None = None
    lets: tuple[str, ...] = ()
    plain_lets: tuple[str, ...] = ()


SPELLINGS = [
    # 1. counts and sum indices
    Spelling("zero-based-examples", r"\frac{1}{2m}\sum_{i=0}^{m-1}(\theta^T x^{(i)} - y^{(i)})^2", LINEAR,
             "Σ_{i=0}^{m−1} is read as the sum over the m examples"),
    Spelling("bishop-N-n", r"-\frac{1}{N}\sum_{n=1}^{N}[y_n\log\hat y_n + (1-y_n)\log(1-\hat y_n)]", LOGISTIC,
             "N counts the examples here: read as m"),
    Spelling("index-n-noted", r"-\frac{1}{N}\sum_{n=1}^{N}[y_n\log\hat y_n + (1-y_n)\log(1-\hat y_n)]", LOGISTIC,
             "the sum over n runs over the examples (its index marks the example): n is read as i"),
    Spelling("n-counts-examples", r"\frac{1}{2n}\sum_{i=1}^{n}(\theta^T x_i - y_i)^2", LINEAR,
             "n counts the examples here: read as m; the features are counted by n in the output"),
    Spelling("n-examples-d-features",
             r"\frac{1}{2n}\sum_{i=1}^{n}(\theta^T x_i - y_i)^2 + \frac{\lambda}{2n}\sum_{j=1}^{d}\theta_j^2",
             LINEAR + " + lambda/(2m) sum_k(theta_k^2)", "d counts the features here: read as n"),
    Spelling("index-t-M", r"\frac{1}{2M}\sum_{t=1}^{M}(\theta^T x_t - y_t)^2", LINEAR, "M counts the examples here: read as m"),
    Spelling("index-k-examples", r"\frac{1}{2m}\sum_{k=1}^{m}(\theta^T x^{(k)} - y^{(k)})^2", LINEAR,
             "the sum over k runs over the examples"),
    Spelling("sum-limits", r"\frac{1}{2m}\sum\limits_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2", LINEAR),
    Spelling("textstyle-sum", r"\frac{1}{2m}\textstyle\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2", LINEAR),
    Spelling("l2-over-i", r"\frac{\lambda}{2}\sum_i w_i^2", "lambda/2 sum_k(w_k^2)",
             "the sum over i runs over the features", wrt="w_j"),
    Spelling("l2-over-d", r"\frac{\lambda}{2}\sum_{d=1}^{D} w_d^2", "lambda/2 sum_k(w_k^2)",
             "D counts the features here: read as n", wrt="w_j"),
    Spelling("dlai-zero-based-both",
             r"J(\mathbf{w},b) = \frac{1}{2m}\sum_{i=0}^{m-1}\left(\sum_{j=0}^{n-1} w_j x_j^{(i)} + b - y^{(i)}\right)^2",
             LINEAR_WB, "Σ_{j=0}^{n−1} is read as the sum over the n features, numbered from 1", wrt="w_j"),
    # 2. the prediction
    # f_{w,b} names the model's parameters: its undefined prediction is wᵀx + b, not θᵀx
    # fixmisc36: written plain, as the ML Specialization writes its one-feature cost (lab 4's J(w,b), whose
    # f_{w,b}(x^{(i)}) = wx^{(i)} + b), it is that line, w one number (its many-feature model is bold, below)
    Spelling("f-wb", r"J(w,b) = \frac{1}{2m}\sum_{i=0}^{m-1}(f_{w,b}(x^{(i)})-y^{(i)})^2", SQUARED_H,
             "f_{w,b}(x^{(i)}) is read as the prediction h", wrt="b", plain_lets=("h = w x + b",)),
    Spelling("f-wb-line-note", r"J(w,b) = \frac{1}{2m}\sum_{i=0}^{m-1}(f_{w,b}(x^{(i)})-y^{(i)})^2", SQUARED_H,
             "reading h = w x⁽ⁱ⁾ + b, linear regression's prediction on the one-feature line", wrt="b",
             plain_lets=("h = w x + b",)),
    Spelling("f-mathbf-wb", r"\frac{1}{2m}\sum_{i=1}^{m}(f_{\mathbf{w},b}(\mathbf{x}^{(i)})-y^{(i)})^2", SQUARED_H,
             r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) is read as the prediction h", plain_lets=("h = w^T x + b",)),
    Spelling("f-wb-note", r"\frac{1}{2m}\sum_{i=1}^{m}(f_{\mathbf{w},b}(\mathbf{x}^{(i)})-y^{(i)})^2", SQUARED_H,
             "reading h = wᵀx + b", plain_lets=("h = w^T x + b",)),
    # a cost with no parameter in it takes the one differentiated by
    Spelling("wrt-beta-model", r"-\frac{1}{m}\sum_{i=1}^{m}[y_i\log\hat{y}_i + (1-y_i)\log(1-\hat{y}_i)]", LOGISTIC,
             "reading h = σ(βᵀx)", wrt="beta_j", plain_lets=("h = sigmoid(beta^T x)",)),
    Spelling("J-wb-left-side", r"J(\mathbf{w},b) = \frac{1}{2m}\sum_{i=1}^{m}(\hat y^{(i)}-y^{(i)})^2", SQUARED_H,
             "reading h = wᵀx + b", plain_lets=("h = w^T x + b",)),
    Spelling("h-mathbf-w", r"\frac{1}{2m}\sum_{i=1}^{m}(h_{\mathbf w}(\mathbf x^{(i)})-y^{(i)})^2", SQUARED_H,
             "reading h = wᵀx", plain_lets=("h = w^T x",)),
    Spelling("H-theta-X", r"\frac{1}{2m}\sum_{i=1}^{m}(H_\theta(X^{(i)})-y^{(i)})^2", SQUARED_H,
             r"X^{(i)} is read as x^{(i)}, the i-th example"),
    Spelling("hat-y-braced-index", r"-\frac{1}{m}\sum_{i=1}^{m}[y_i\log\hat{y_i} + (1-y_i)\log(1-\hat{y_i})]", LOGISTIC,
             r"\hat{y_i} is read as the prediction h"),
    Spelling("hat-y-example", r"-\frac{1}{m}\sum_{i=1}^{m}[y^{(i)}\log\hat{y}^{(i)} + (1-y^{(i)})\log(1-\hat{y}^{(i)})]",
             LOGISTIC, r"\hat{y} is read as the prediction h"),
    Spelling("hat-p", r"-\frac{1}{m}\sum_{i=1}^{m}[y_i\log\hat p_i + (1-y_i)\log(1-\hat p_i)]", LOGISTIC,
             r"\hat p is read as the prediction h"),
    Spelling("p-i", r"-\frac{1}{m}\sum_{i=1}^{m}[y_i\log p_i + (1-y_i)\log(1-p_i)]", LOGISTIC,
             "p_i is read as the prediction h (the model's output for example i)"),
    Spelling("a-i", r"-\frac{1}{m}\sum_{i=1}^{m}[y^{(i)}\log a^{(i)} + (1-y^{(i)})\log(1-a^{(i)})]", LOGISTIC,
             "a^{(i)} is read as the prediction h"),
    # 4. parameters
    Spelling("vec-theta", r"\frac{1}{2m}\sum_{i=1}^{m}(\vec\theta^T x^{(i)}-y^{(i)})^2", LINEAR),
    Spelling("boldsymbol-theta", r"\frac{1}{2m}\sum_{i=1}^{m}(\boldsymbol\theta^T \mathbf x^{(i)}-y^{(i)})^2", LINEAR),
    Spelling("vec-w-cdot", r"\frac{1}{2m}\sum_{i=1}^{m}(\vec w\cdot \vec x^{(i)}+b-y^{(i)})^2", LINEAR_WB, wrt="w_j"),
    Spelling("beta-intercept", r"\frac{1}{2m}\sum_{i=1}^{m}(\beta_0 + \boldsymbol\beta^T x^{(i)}-y^{(i)})^2",
             "1/(2m) * sum((beta_0 + beta^T x - y)^2)", wrt="beta_j"),
    Spelling("beta-wrt-latex", r"\frac{1}{2m}\sum_{i=1}^{m}(\beta_0 + \beta^\top x^{(i)}-y^{(i)})^2",
             "1/(2m) * sum((beta_0 + beta^T x - y)^2)", wrt=r"\beta_1", plain_wrt="beta_1"),
    Spelling("theta0-theta1", r"J(\theta_0,\theta_1) = \frac{1}{2m}\sum_{i=1}^m(\theta_0+\theta_1x^{(i)}-y^{(i)})^2",
             "1/(2m) * sum((theta_0 + theta_1 x - y)^2)", wrt="theta_0"),
    # 5. left sides and decorations
    Spelling("text-cost", r"\text{Cost} = \frac{1}{2m}\sum_i(\theta^\top x-y)^2", LINEAR),
    Spelling("mathrm-mse", r"\mathrm{MSE} = \frac{1}{2m}\sum_i(\theta^\top x-y)^2", LINEAR),
    Spelling("boxed-tag", r"J(\theta) = \boxed{\frac{1}{2m}\sum_i(\theta^\top x-y)^2} \tag{3}", LINEAR),
    Spelling("textbf-label", r"J(\theta) = \textbf{cost:}\ \frac{1}{2m}\sum_i(\theta^\top x-y)^2", LINEAR),
    Spelling("display-noise", r"\displaystyle J(\theta) = \frac{1}{2m}\,\sum_i\!(\theta^\top x-y)^2.", LINEAR),
    Spelling("equation-env", r"\begin{equation}J(\theta) = \frac{1}{2m}\sum_i(\theta^\top x-y)^2\label{eq:J}\end{equation}", LINEAR),
    Spelling("paren-math", r"\(J(\theta) = \frac{1}{2m}\sum_i(\theta^\top x-y)^2\)", LINEAR),
    Spelling("plain-J-theta", "J(θ) = 1/(2m) sum((theta^T x - y)^2)", LINEAR),
    Spelling("plain-J", "J = 1/(2m) sum((theta^T x - y)^2)", LINEAR),
    Spelling("plain-J-wb", "J(w,b) = 1/(2m) sum((w^T x + b - y)^2)", LINEAR_WB, wrt="b"),
    # 6. norms, transposes, products
    Spelling("lvert-norm", r"\frac{\lambda}{2m}\lvert\lvert w\rvert\rvert^2", "lambda/(2m) sum_k(w_k^2)", wrt="w_j"),
    Spelling("bars-norm-latex", r"\frac{\lambda}{2m}||w||^2", "lambda/(2m) sum_k(w_k^2)", wrt="w_j"),
    Spelling("norm-2-2", r"\frac{\lambda}{2m}\|\theta\|_2^2", "lambda/(2m) sum_k(theta_k^2)"),
    Spelling("plain-bars-norm", "lambda/(2m) ||theta||^2", "lambda/(2m) sum_k(theta_k^2)"),
    Spelling("plain-bars-norm-2", "lambda/(2m) ||theta||_2^2", "lambda/(2m) sum_k(theta_k^2)"),
    Spelling("plain-unicode-norm", "lambda/(2m) ‖w‖²", "lambda/(2m) sum_k(w_k^2)", wrt="w_j"),
    Spelling("plain-norm-unsquared", "||w||", "sqrt(sum_k(w_k^2))", wrt="w_j"),
    Spelling("w-top-w", r"\frac{\lambda}{2}w^\top w", "lambda/2 sum_k(w_k^2)", wrt="w_j"),
    Spelling("intercal", r"\frac{1}{2m}\sum_i(\theta^\intercal x-y)^2", LINEAR),
    Spelling("unicode-top-latex", r"\frac{1}{2m}\sum_i(\theta^⊤ x-y)^2", LINEAR),
    Spelling("unicode-T-latex", r"\frac{1}{2m}\sum_i(\thetaᵀ x-y)^2", LINEAR),
    Spelling("theta-T-glued", r"\frac{1}{2m}\sum_i(\theta^Tx^{(i)}-y^{(i)})^2", LINEAR),
    Spelling("octave-prime", "1/(2m) sum((theta'*x - y)^2)", LINEAR),
    Spelling("octave-prime-space", "1/(2m) sum((theta' x - y)^2)", LINEAR),
    Spelling("plain-unicode-top", "1/(2m) sum((θ⊤x - y)^2)", LINEAR),
    Spelling("np-dot", "1/(2m) sum((np.dot(theta, x) - y)^2)", LINEAR),
    Spelling("plain-y-hat", "-1/m sum(y log ŷ + (1-y) log(1-ŷ))", LOGISTIC, "ŷ is read as the prediction h"),
    Spelling("p-defined-stays-p", r"-\frac{1}{m}\sum_{i=1}^{m}[y_i\log p_i + (1-y_i)\log(1-p_i)]",
             "-1/m * sum(y log(p) + (1-y) log(1-p))", lets=(r"p = \sigma(\theta^\top x)",),
             plain_lets=("p = sigmoid(theta^T x)",)),
]


def _build(text, wrt, lets, input="auto"):
    return read_problem(text, wrt=wrt, lets=lets, input=input)


@pytest.mark.parametrize("case", SPELLINGS, ids=[case.id for case in SPELLINGS])
def test_spelling_builds_as_its_plain_equivalent(case):
    """The spelling builds to the cost, definitions and variable of its plain equivalent, with its note."""
    spelled = _build(case.text, case.wrt, case.lets)
    plain = _build(case.plain, case.plain_wrt or case.wrt, case.plain_lets, input="plain")
    assert spelled.wrt == plain.wrt
    assert spelled.cost == plain.cost, (sympy.sstr(spelled.cost), sympy.sstr(plain.cost))
    assert spelled.definitions == plain.definitions
    if case.note is not None:
        assert any(case.note in note for note in spelled.notes), spelled.notes


def test_spelling_ids_are_distinct():
    """Every case has its own id."""
    assert len({case.id for case in SPELLINGS}) == len(SPELLINGS)


_REFUSED = [
    # (text, column of the caret, words of the message)
    (r"\frac{1}{2m}\sum_{t=1}^{m}(y_t - \theta_t)^2", 18, "subscripts both data and parameters"),
    (r"\sum_{n=1}^{N} x", 6, "cannot tell whether the sum over 'n'"),
    (r"\frac{1}{2m}\sum_{t=1}^{m} t", 18, "cannot tell whether the sum over 't'"),
    (r"\frac{1}{2n}\sum_{i=1}^{n}(\theta^T x_i-y_i)^2 + \frac{\lambda}{2n}\sum_{j=1}^{n}\theta_j^2", 79,
     "'n' bounds both a sum over examples and a sum over features"),
    (r"\sum_{i=0}^{m}(\theta^T x - y)^2", 8, "from 0 to m is not read"),
    (r"\sum_{i=1}^{m-1}(\theta^T x - y)^2", 8, "from 1 to m-1 is not read"),
    (r"\sum_{i=1}^{x}(\theta^T x - y)^2", 12, "'x' cannot be the number of examples"),
    (r"\sum_{n=1}^{N} y_n n", 19, "'n' is the index of the sum around it"),
    (r"\frac{1}{2m}\lvert w\rvert", 12, "'\\lvert' (an absolute value) is not supported"),
    (r"\frac{1}{2m} \nabla x", 13, "'\\nabla' is not supported"),
    (r"\frac{\partial J(\mathbf w, b)}{\partial b} = \frac{1}{2m}\sum_i(w^\top x+b-y)^2", 41,
     "the left side is a derivative"),
    ("dJ/dθ_j = 1/(2m) sum((theta^T x - y)^2)", 0, "the left side is a derivative"),
    ("a = b", 0, "the left side of '=' names the cost"),
    ("h = 1/m sum((theta^T x - y)^2)", 0, "the left side of '=' names the cost"),
    ("1/(2m) ||x||^2", 7, "a norm is read only of a parameter vector"),
    ("1/(2m) ||theta||_3", 16, "only the Euclidean norm"),
    (r"-\sum_i y \log\hat q", 14, "only \\hat{y} and \\hat{p}"),
]


@pytest.mark.parametrize(("text", "column", "words"), _REFUSED, ids=[t for t, _, _ in _REFUSED])
def test_refused_with_a_caret(text, column, words):
    """A spelling that is ambiguous or not read is an InputError at a known column, never a guess."""
    with pytest.raises(InputError) as caught:
        read_problem(text)
    assert words in caught.value.message, caught.value.message
    assert caught.value.column == column, (caught.value.column, caught.value.message)


@pytest.fixture
def run():
    """Invoke the CLI in-process, stdout and stderr apart."""
    runner = CliRunner(env=_CLEAN_ENV)
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=True)


_NOTED = [
    (r"-\frac{1}{N}\sum_{n=1}^{N}[y_n\log\hat y_n + (1-y_n)\log(1-\hat y_n)]", "N counts the examples here: read as m",
     "N counts the examples here: read as m"),
    (r"\frac{1}{2m}\sum_{i=0}^{m-1}(\theta^T x^{(i)} - y^{(i)})^2", "Σ_{i=0}^{m−1} is read as the sum over the m examples",
     "is read as the sum over the m examples"),
    ("-1/m sum(y log ŷ + (1-y) log(1-ŷ))", "ŷ is read as the prediction h", "is read as the prediction h"),
]


@pytest.mark.parametrize(("text", "note", "latex_spelling"), _NOTED)
def test_derive_notes_reach_every_format(run, text, note, latex_spelling):
    """The reading's note is a note: line in text, in the JSON notes list, and in the LaTeX and Markdown output."""
    as_text = run("derive", "-f", "text", "--", text)
    assert as_text.exit_code == 0, as_text.stderr
    assert f"note: {note}" in as_text.stdout
    as_json = run("derive", "-f", "json", "--", text)
    assert note in json.loads(as_json.stdout)["notes"]
    for fmt in ("latex", "markdown"):
        shown = run("derive", "-f", fmt, "--", text)
        assert shown.exit_code == 0, shown.stderr
        assert latex_spelling in shown.stdout, shown.stdout[-400:]
        assert "? is read" not in shown.stdout  # every character of the note has a spelling


def test_check_carries_the_answers_reading_note(run):
    """check: an answer written with p_i is judged as one in h, and its note reaches the verdict (text and JSON)."""
    answer = r"\frac{1}{m}\sum_{i=1}^{m}(p_i - y_i)x_j^{(i)}"
    as_text = run("check", "--cost", "logistic", "--", answer)
    assert as_text.exit_code == 0, as_text.stderr
    assert "note: p_i is read as the prediction h" in as_text.stdout
    as_json = json.loads(run("check", "--cost", "logistic", "-f", "json", "--", answer).stdout)
    assert any("p_i is read as the prediction h" in note for note in as_json["notes"])
    assert as_json["verdict"] == "equivalent"


def test_gradient_answers_on_the_left(run):
    """\\nabla_\\theta J = and \\frac{\\partial}{\\partial\\theta_j}J(\\theta) = name an answer's derivative; a wrong variable is refused."""
    for answer in (
        r"\nabla_\theta J(\theta) = \frac{1}{m}\sum_i (h-y)x_j",
        r"\frac{\partial}{\partial\theta_j}J(\theta) = \frac{1}{m}\sum_i (h-y)x_j",
    ):
        result = run("check", "--cost", "logistic", "--", answer)
        assert result.exit_code == 0, result.stderr
        assert "equivalent" in result.stdout
    wrong = run("check", "--cost", "logistic", "--", r"\nabla_w J = \frac{1}{m}\sum_i (h-y)x_j")
    assert wrong.exit_code == 2
    assert "with respect to wⱼ" in wrong.stderr


def test_zero_based_gradient_is_the_known_one():
    """Independent of logderiv's output: the DeepLearning.AI lab cost's ∂J/∂b is (1/m) Σ (wᵀx + b − y), at random points."""
    from logderiv import derive
    from logderiv.equality.compare import compare

    text = r"J(\mathbf{w},b) = \frac{1}{2m}\sum_{i=0}^{m-1}\left(\sum_{j=0}^{n-1} w_j x_j^{(i)} + b - y^{(i)}\right)^2"
    derivation = derive(text, wrt="b")
    i, k = sympy.symbols("i k", integer=True)
    m, n = sympy.symbols("m n", integer=True, positive=True)
    w, x, y = sympy.IndexedBase("w"), sympy.IndexedBase("x"), sympy.IndexedBase("y")
    b = sympy.Symbol("b")
    from logderiv.notation import symbols

    expected = symbols.example_sum(symbols.feature_sum(w[symbols.feature_indices[0]] * x[symbols.example_index, symbols.feature_indices[0]], symbols.feature_indices[0]) + symbols.scalar("b") - symbols.vector("y")[symbols.example_index]) / symbols.m
    assert compare(derivation.result, expected, derivation.problem).equal


@pytest.mark.parametrize(
    ("cost", "vector"),
    [
        ("1/(2m) * sum((w^T x - y)^2)", "w"),
        (r"\mathcal{L}(w) = -\frac{1}{m}\sum_{i=1}^{m}\left[ y_i \log \hat{y}_i + (1-y_i)\log(1-\hat{y}_i) \right]", "w"),
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\beta^T x^{(i)} - y^{(i)})^2", "beta"),
    ],
)
def test_a_cost_without_theta_is_differentiated_by_its_own_parameter(cost, vector):
    """With no --wrt, a cost in w (or β) is differentiated by wⱼ, with a note: ∂/∂θⱼ would be a silent 0."""
    problem = read_problem(cost)
    assert problem.wrt == read_problem(cost, wrt=f"{vector}_j").wrt
    shown = {"w": "w", "beta": "β"}[vector]
    assert any(f"differentiating by {shown}ⱼ" in note for note in problem.notes), problem.notes
