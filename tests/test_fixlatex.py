r"""Issue 10, the fixlatex branch: DeepLearning.AI's ``Z = WX + b`` (a capital W before the n×m data X).

The course's notes write one example per column (X n×m, Y and A 1×m rows) and the weights as the row W:
``Z = \mathbf{W} \cdot X + b``, ``Z = np.dot(W, X) + b``, then ``dW = \frac{1}{M} dZ X^T``, ``db = \frac{1}{M}\sum dZ``.
W X conforms only so, and is read as wᵀX (as ``np.dot(w.T, X)`` already is), noted, where something says W is one
row (``--wrt W_j``, or a cost in index form); a W that may be a layer's matrix is refused with a caret. Expected
verdicts are worked by hand in the comments; the gradient they lean on is checked by central finite differences.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.cli import main
from logderiv.errors import InputError

RNG = np.random.default_rng(10)
ROW_NOTE = "W X is read as wᵀX: W is the weights w as a 1×n row and X is n×m"
WRT_NOTE = "--wrt W_j is read as w_j"

#: the mean cross-entropy in index form, as chilee's notebook writes it (A⁽ⁱ⁾ example i's activation)
COST = (r"\text{cost} = -\frac{1}{M} \sum_{i=1}^M \Bigl[y^{(i)}\log A^{(i)} + \bigl(1-y^{(i)}\bigr)\log(1-A^{(i)})"
        r"\Bigr]")
LATEX_LETS = (r"Z = \mathbf{W} \cdot X + b", r"A = \sigma(Z)", r"dZ = A - Y")
CODE_LETS = ("Z = np.dot(W, X) + b", "A = sigmoid(Z)", "dZ = A - Y")
CODE_COST = "-(1/m) * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _notes(result) -> str:
    return " | ".join((*result.notes, *result.problem.notes))


def test_the_row_layout_gradient_by_finite_differences():
    """With X n×m and W 1×n, ∂/∂W of −(1/m)Σ[y log σ(WX + b) + (1 − y) log(1 − σ)] is (1/m)(A − Y)Xᵀ, and ∂/∂b is
    (1/m)Σ(A − Y): the verdicts below lean on both."""
    n, m = 3, 7
    X, Y, W, b = RNG.normal(size=(n, m)), RNG.integers(0, 2, size=(1, m)), RNG.normal(size=(1, n)), 0.3

    def cost(flat):
        A = _sigmoid(flat[:n].reshape(1, n) @ X + flat[n])
        return -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))

    A = _sigmoid(W @ X + b)
    found = _fd(cost, np.append(W.ravel(), b))
    assert np.allclose(found[:n], ((A - Y) @ X.T / m).ravel(), atol=1e-6)
    assert np.isclose(found[n], np.sum(A - Y) / m, atol=1e-6)


@pytest.mark.parametrize("lets", [LATEX_LETS, CODE_LETS], ids=["latex", "code"])
def test_dZ_times_X_transposed_is_the_gradient(lets):
    # (1/M) dZ Xᵀ = (1/m)(A − Y)Xᵀ (above): equivalent; its sign flipped, or without the 1/M: different
    right = check(r"dW = \frac{1}{M} \, dZ \, X^T", cost=COST, wrt="W_j", let=lets)
    assert right.verdict == "equivalent"
    assert ROW_NOTE in _notes(right)
    assert WRT_NOTE in _notes(right)
    assert check(r"\frac{1}{M} (Y - A) X^T", cost=COST, wrt="W_j", let=lets).verdict == "different"
    assert check(r"dZ \, X^T", cost=COST, wrt="W_j", let=lets).verdict == "different"


def test_the_sum_of_dZ_is_the_intercepts_derivative():
    # (1/M) Σ dZ = (1/m) Σᵢ (A⁽ⁱ⁾ − y⁽ⁱ⁾) (above): equivalent; with 2/M: different
    assert check(r"db = \frac{1}{M} \sum dZ", cost=COST, wrt="b", let=LATEX_LETS).verdict == "equivalent"
    assert check(r"db = \frac{2}{M} \sum dZ", cost=COST, wrt="b", let=LATEX_LETS).verdict == "different"


def test_a_code_cost_with_wrt_W_j_is_derived_right():
    # the code cost is the same mean cross-entropy: its gradient is (1/m)Σᵢ(σ(wᵀx⁽ⁱ⁾ + b) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾
    derivation = derive(CODE_COST, wrt="W_j", let=CODE_LETS[:2])
    assert ROW_NOTE in " | ".join(derivation.notes)
    answer = "(1/m) * np.dot(A - Y, X.T)"
    assert check(answer, cost=CODE_COST, wrt="W_j", let=CODE_LETS[:2]).verdict == "equivalent"
    assert check("np.dot(A - Y, X.T)", cost=CODE_COST, wrt="W_j", let=CODE_LETS[:2]).verdict == "different"


def test_shapes_that_do_not_conform_stay_refused():
    # with X n×m: Xᵀ dZ is m×n times 1×m, dZ X is 1×m times n×m; neither conforms, so neither is read
    for answer in (r"\frac{1}{M} X^T dZ", r"\frac{1}{M} dZ X"):
        with pytest.raises(InputError, match="a product needs"):
            check(answer, cost=COST, wrt="W_j", let=LATEX_LETS)


@pytest.mark.parametrize("wrt", ["b", "theta_j"])
def test_a_W_that_may_be_a_layer_is_refused_at_the_W(wrt):
    # a code cost np.sum(Y * np.log(A)) with no --wrt W_j: W may be k×n (k outputs, a summed multi-label loss)
    with pytest.raises(InputError, match="'W X': W may be the weights as a 1×n row") as refused:
        derive(CODE_COST, wrt=wrt, let=CODE_LETS[:2])
    assert refused.value.column == CODE_LETS[0].index("W")
    assert refused.value.source == CODE_LETS[0]


@pytest.mark.parametrize(("lets", "cost"), [
    # a --let defines W: it is that quantity, not the weights
    (("W = 2", *CODE_LETS[:2]), CODE_COST),
    # a lowercase w is written too: W and w may be two quantities
    (CODE_LETS[:2], CODE_COST + " + lambda * np.sum(w ** 2)"),
    # W stands elsewhere than before X (W Wᵀ): not every W is the row before the data
    (CODE_LETS[:2], CODE_COST + " + lambda * np.dot(W, W.T)"),
    # X θ beside W X: X is m×n there and n×m here, the text names both layouts
    (("Z = np.dot(W, X) + b", "A = sigmoid(Z)", "h = sigmoid(np.dot(X, theta))"), CODE_COST),
])
def test_neighbours_are_not_read_as_the_row_of_weights(lets, cost):
    with pytest.raises(InputError) as refused:
        derive(cost, wrt="W_j", let=lets)
    assert ROW_NOTE not in str(refused.value)


def test_wrt_w_j_beside_a_capital_W_is_not_renamed():
    # --wrt w_j names a lowercase w the text does not write beside its W: two names, not read as one
    with pytest.raises(InputError):
        derive(CODE_COST, wrt="w_j", let=CODE_LETS[:2])


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json"])
def test_the_note_reaches_every_format(fmt):
    """check's note that W X is wᵀX reaches text, rich, Markdown and JSON."""
    args = ["check", r"\frac{1}{M} dZ X^T", "--cost", COST, "--wrt", "W_j"]
    for let in LATEX_LETS:
        args += ["--let", let]
    result = CliRunner().invoke(main, [*args, "-f", fmt], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    fragment = "WXisreadaswᵀX"
    if fmt == "json":
        assert any(fragment in note.replace(" ", "") for note in json.loads(result.stdout)["notes"])
    else:
        assert fragment in "".join(result.stdout.split())


def test_derive_note_reaches_latex():
    """derive's note reaches the LaTeX output too (a remark)."""
    args = ["derive", CODE_COST, "--wrt", "W_j", "--let", CODE_LETS[0], "--let", CODE_LETS[1], "-f", "latex"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "WXisreadasw" in "".join(result.stdout.split()).replace("\\", "")


# --- align's typesetting groups: {\ell(\beta)} & {} = … ------------------------------------------------------------

#: statwiki's logistic log-likelihood, as its page typesets it (a thin space inside \mathbf{\beta\,})
ALIGNED = (r"\begin{align} {\ell(\mathbf{\beta\,})} & {} = \sum_{i=1}^n \left(y_i {\mathbf{\beta\,}^T \mathbf{x_i}} - "
           r"\ln({1+e^{\mathbf{\beta\,}^T \mathbf{x_i}}})\right) \end{align}")
SCORE = r"\sum_{i=1}^n (y_i - \sigma(\beta^T x_i)) x_{ij}"


def test_the_score_by_finite_differences():
    """∂/∂β of ℓ(β) = Σ(y_i βᵀx_i − ln(1 + e^{βᵀx_i})) is Σ(y_i − σ(βᵀx_i))x_i: the verdicts below lean on it."""
    X, y, beta = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6), RNG.normal(size=3)
    loglik = lambda b: np.sum(y * (X @ b) - np.log1p(np.exp(X @ b)))
    assert np.allclose(_fd(loglik, beta), X.T @ (y - _sigmoid(X @ beta)), atol=1e-6)


@pytest.mark.parametrize("cost", [
    ALIGNED,
    r"\begin{align} \ell(\beta) & {} = \sum_{i=1}^n \left(y_i \beta^T x_i - \ln(1+e^{\beta^T x_i})\right) \end{align}",
    r"{\ell(\beta)} = {} \sum_{i=1}^n \left(y_i \beta^T x_i - \ln(1+e^{\beta^T x_i})\right)",
    r"{\ell(\beta)}{} = \sum_{i=1}^n \left(y_i \beta^T x_i - \ln(1+e^{\beta^T x_i})\right)",
])
def test_align_groups_around_the_relation_are_dropped(cost):
    # the score (above) is the gradient of ℓ as written (a log-likelihood, not negated): equivalent; its sign flipped,
    # the cost's gradient: different
    assert check(SCORE, cost=cost, wrt="beta_j").verdict == "equivalent"
    assert check(r"\sum_{i=1}^n (\sigma(\beta^T x_i) - y_i) x_{ij}", cost=cost, wrt="beta_j").verdict == "different"


def test_an_aligned_answer_with_a_braced_left_side():
    answer = r"\begin{align} {\frac{\partial \ell}{\partial \beta_j}} & {} = " + SCORE + r" \end{align}"
    assert check(answer, cost=ALIGNED, wrt="beta_j").verdict == "equivalent"


@pytest.mark.parametrize(("text", "where"), [
    # an empty group away from '=' is a script or a factor of nothing: still refused where it stands
    (r"\ell(\beta) = \sum_{i=1}^n \left(y_i \beta^T x_i - \ln(1+e^{\beta^T x_i})\right) + {}^2", "{}^2"),
    (r"\ell(\beta) = {} + \sum_{i=1}^n \left(y_i \beta^T x_i - \ln(1+e^{\beta^T x_i})\right) {}", "{}", ),
])
def test_an_empty_group_elsewhere_stays_refused(text, where):
    with pytest.raises(InputError, match="empty") as refused:
        derive(text, wrt="beta_j")
    assert refused.value.column == text.rindex(where)


def test_a_script_whose_text_is_dropped_is_no_empty_group():
    # \mathcal{L}_{\text{L2}} = …: the subscript's \text{L2} leaves no token, but its braces are not align's {}
    cost = r"\mathcal{L}_{\text{L2}} = \frac{1}{2n}\sum_i (w^T x_i - y_i)^2"
    # ∂/∂w_j of (1/2n)Σ(wᵀx_i − y_i)² is (1/n)Σ(wᵀx_i − y_i)x_ij; with 2/n: different
    assert check(r"\frac{1}{n}\sum_i (w^T x_i - y_i) x_{ij}", cost=cost, wrt="w_j").verdict == "equivalent"
    assert check(r"\frac{2}{n}\sum_i (w^T x_i - y_i) x_{ij}", cost=cost, wrt="w_j").verdict == "different"


# --- \vec{W}\vec{x}: a capital marked a vector, dotted with x by juxtaposition ------------------------------------

#: the Chinese note's chain: ŷ and h_θ are nowhere defined but by its last side and the page's f
CHAIN = ("\\mathcal{L}&=\\frac{1}{2n}\\sum_{i=1}^n(y_i-\\hat{y}_i)^2\\\\\n"
         "&=\\frac{1}{2n}\\sum_{i=1}^n(y_i-h_\\theta(\\vec{x_i}))^2\\\\\n"
         "&=\\frac{1}{2n}\\sum_{i=1}^n(\\vec{w}\\vec{x_i}+b-y_i)^2")
VEC_LET = r"f(\bold{x}) = \vec{W}\vec{x}+b"
VEC_NOTE = "W is read as w, the weight vector: \\vec marks it a vector"


def test_the_half_mean_squared_error_by_finite_differences():
    """∂/∂w and ∂/∂b of (1/2n)Σ(wᵀx_i + b − y_i)² are (1/n)Σ(wᵀx_i + b − y_i)x_i and (1/n)Σ(wᵀx_i + b − y_i)."""
    X, y, w, b = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3), -0.4
    cost = lambda v: np.mean((X @ v[:3] + v[3] - y) ** 2) / 2
    residual = X @ w + b - y
    assert np.allclose(_fd(cost, np.append(w, b)), np.append(X.T @ residual / 5, residual.mean()), atol=1e-6)


@pytest.mark.parametrize("wrt", ["w_j", "b"])
def test_a_chain_in_an_undefined_prediction_reads_with_the_pages_f(wrt):
    # f = w·x + b (W read as w) defines ŷ and h_θ, so the chain's sides agree; the gradients are above
    right = {"w_j": r"\frac{1}{n}\sum_{i=1}^n(h_\theta(\vec{x}_i)-y_i)\cdot \vec{x}_i",
             "b": r"\frac{1}{n}\sum_{i=1}^n(h_\theta(\vec{x}_i)-y_i)"}[wrt]
    verdict = check(right, cost=CHAIN, wrt=wrt, let=(VEC_LET,))
    assert verdict.verdict == "equivalent"
    assert VEC_NOTE in _notes(verdict)
    # without the 1/n it is n times the gradient: different
    assert check(right.replace(r"\frac{1}{n}", ""), cost=CHAIN, wrt=wrt, let=(VEC_LET,)).verdict == "different"


@pytest.mark.parametrize("let", [
    r"f(\bold{x}) = W\vec{x}+b",  # an unmarked W before x: a matrix times a vector (a layer), not renamed
    r"f(\bold{x}) = \mathbf{W}\mathbf{x}+b",  # a bold capital: a matrix by the bold convention
    r"f(\bold{x}) = \vec{v} \cdot \sigma(\vec{W}\vec{x})+b",  # W inside a layer's σ: a network's weights
])
def test_a_W_that_may_be_a_matrix_is_not_renamed(let):
    # without the rename the let does not define ŷ in the cost's weights: refused, never read with another model
    with pytest.raises(InputError):
        derive(CHAIN, wrt="w_j", let=(let,))


def test_wrt_W_j_is_not_read_for_a_vec_W():
    # the cost writes w: the capital is the definition's spelling, and --wrt W_j asks for a letter the cost lacks
    with pytest.raises(InputError, match="'W' has no feature index"):
        derive(CHAIN, wrt="W_j", let=(VEC_LET,))


# --- plain comments: θ0 and Sum[…] ----------------------------------------------------------------------------

#: the half mean squared error of the line θ₀ + θ₁x, in logderiv's own plain notation
LINE = "1/(2m) * sum((theta_0 + theta_1 * x - y)^2)"
CAPITAL_SUM_NOTE = "is read as sum, the summation"


def test_the_lines_gradient_by_finite_differences():
    """∂/∂θ₀ and ∂/∂θ₁ of (1/2m)Σ(θ₀ + θ₁x − y)² are (1/m)Σ(θ₀ + θ₁x − y) and (1/m)Σ(θ₀ + θ₁x − y)x."""
    x, y, t = RNG.normal(size=6), RNG.normal(size=6), RNG.normal(size=2)
    cost = lambda v: np.mean((v[0] + v[1] * x - y) ** 2) / 2
    r = t[0] + t[1] * x - y
    assert np.allclose(_fd(cost, t), [r.mean(), (r * x).mean()], atol=1e-6)


@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    ("(1/m) * sum(θ0 + θ1 * x - y)", "theta_0", "equivalent"),
    ("(1/m) * sum((θ0 + θ1 * x - y) * x)", "theta_1", "equivalent"),
    ("(1/m) * sum((θ0 + θ1 * x - y) * x)", "theta_0", "different"),  # the slope's derivative given for θ₀
    ("(1/m) * Sum[(theta_0 + theta_1 * x - y) * x]", "theta_1", "equivalent"),
    ("(1/m) * [Sum(theta_0 + theta_1 * x - y)]", "theta_0", "equivalent"),
    ("1/m * SUM(theta_0 + theta_1 * x - y)", "theta_0", "equivalent"),
    ("(2/m) * Sum[theta_0 + theta_1 * x - y]", "theta_0", "different"),
    # the numbered name after a derivative's d, right after its '/'
    ("dJ/dtheta0 = (1/m) * sum(theta0 + theta1 * x - y)", "theta_0", "equivalent"),
    ("∂J/∂θ1 = (1/m) * sum((θ0 + θ1 * x - y) * x)", "theta_1", "equivalent"),
])
def test_theta_glued_to_its_number_and_a_capitalised_sum(answer, wrt, verdict):
    result = check(answer, cost=LINE, wrt=wrt)
    assert result.verdict == verdict
    if "θ0" in answer:
        assert "θ0 as θ₀" in _notes(result)
    if "um" in answer and "sum(" not in answer:
        assert CAPITAL_SUM_NOTE in _notes(result)


def test_a_sum_not_applied_to_a_bracket_or_defined_by_a_let_is_not_the_sum():
    with pytest.raises(InputError, match="unknown name 'Sum'") as refused:
        check("(1/m) * Sum * (theta_0 + theta_1 * x - y)", cost=LINE, wrt="theta_0")
    assert refused.value.column == len("(1/m) * ")
    # a --let that names Sum keeps it its own quantity: Sum[…] is then indexing, refused
    with pytest.raises(InputError):
        check("(1/m) * Sum[theta_0 + theta_1 * x - y]", cost=LINE, wrt="theta_0", let=("Sum = 2",))


def test_a_let_of_theta0_is_refused_not_renamed():
    # θ0 on a --let's left side is refused at the let (no name is read there), so it never silently becomes θ₀
    with pytest.raises(InputError, match="the left side of a --let is a name"):
        check("(1/m) * sum(θ0 + theta_1 * x - y)", cost=LINE, wrt="theta_0", let=("θ0 = 0",))


# --- y'(i): a primed per-example name that a --let defines -----------------------------------------------------

PRIME_LET = ("y'(i) = θ0 + θ1 * x(i)",)
PRIME_NOTE = "y'(i) is read as one name, y′ (y prime) at example i"


@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    # y′⁽ⁱ⁾ = θ₀ + θ₁x⁽ⁱ⁾, so these are the line's gradients (above) or not
    ("dJ(θ0, θ1) / dθ0 = (1/m) * [Sum(y'(i) - y_i)]", "theta_0", "equivalent"),
    ("dJ(θ0, θ1) / dθ1 = (1/m) * Sum[(y'(i) - y_i) * x_i]", "theta_1", "equivalent"),
    ("(1/m) * Sum[(y'(i) - y_i) * x_i]", "theta_0", "different"),  # θ₁'s formula given for θ₀
    ("(1/m) * Sum[(y_i - y'(i)) * x_i]", "theta_1", "different"),  # the sign flipped
])
def test_a_primed_name_defined_per_example(answer, wrt, verdict):
    result = check(answer, cost=LINE, wrt=wrt, let=PRIME_LET)
    assert result.verdict == verdict
    assert PRIME_NOTE in _notes(result)


@pytest.mark.parametrize(("answer", "lets"), [
    # y' also written without (i): perhaps Octave's transpose there, so no y' is renamed
    ("(1/m) * Sum[(y'(i) - y_i) * x_i] + y' * y", PRIME_LET),
    ("(1/m) * Sum[(y' - y_i) * x_i]", PRIME_LET),
    # the respelling's name yp is written: it would collide
    ("(1/m) * Sum[(y'(i) - yp_i) * x_i]", PRIME_LET),
    # a LaTeX answer: ' is not read there
    (r"\frac{1}{m} \sum_i (y'(i) - y_i) x_i", PRIME_LET),
    # two primed lets: which y' is which is not for a respelling to decide
    ("(1/m) * Sum[(y'(i) - y_i) * x_i]", (*PRIME_LET, "z'(i) = 2")),
])
def test_a_primed_name_otherwise_is_not_renamed(answer, lets):
    with pytest.raises(InputError):
        check(answer, cost=LINE, wrt="theta_1", let=lets)


def test_the_prime_without_a_let_is_still_octaves_transpose():
    # no --let defines y'(i): it stays refused as before (as Octave's y'(i), entry i of yᵀ, it would be the label)
    with pytest.raises(InputError):
        check("(1/m) * Sum[(y'(i) - y_i) * x_i]", cost=LINE, wrt="theta_1")


# --- every new note reaches every format ------------------------------------------------------------------------

_NOTE_CASES = [
    (["check", r"\frac{1}{n}\sum_{i=1}^n(h_\theta(\vec{x}_i)-y_i)", "--cost", CHAIN, "--wrt", "b", "--let", VEC_LET],
     "Wisreadasw,theweightvector:vecmarksitavector"),
    (["check", "(1/m) * sum(θ0 + θ1 * x - y)", "--cost", LINE, "--wrt", "theta_0"], "θ0asθ₀"),
    (["check", "(1/m) * Sum[theta_0 + theta_1 * x - y]", "--cost", LINE, "--wrt", "theta_0"], "Sumisreadassum"),
    (["check", "(1/m) * Sum[(y'(i) - y_i) * x_i]", "--cost", LINE, "--wrt", "theta_1", "--let", PRIME_LET[0]],
     "y'(i)isreadasonename"),
]


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json"])
@pytest.mark.parametrize(("args", "fragment"), _NOTE_CASES, ids=[case[1] for case in _NOTE_CASES])
def test_each_new_note_reaches_every_format(args, fragment, fmt):
    """check's notes for \\vec{W}, θ0, Sum and y'(i) reach text, rich, Markdown and JSON."""
    result = CliRunner().invoke(main, [*args, "-f", fmt], catch_exceptions=False)
    assert result.exit_code == 0, result.output

    def squash(text: str) -> str:  # spaces, backslashes and Markdown escapes are the renderers' own
        return "".join(text.split()).replace("\\", "").replace("′", "'")

    if fmt == "json":
        assert any(fragment in squash(note) for note in json.loads(result.stdout)["notes"])
    else:
        assert fragment in squash(result.stdout), result.stdout
