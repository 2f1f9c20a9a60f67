"""Python loops over the examples and NumPy's numbered line, read by Python's meaning (branch fixpyloop36, issue 10).

* The Machine Learning Specialization's compute_gradient (ariel5253/IA-ESP's Spanish lab, tests/corpus/
  fresh_seventyninth.py): ``dj_dw = np.zeros(w.shape)``, ``dj_db = 0.``, then ``for i in range(m):`` adding
  ``error * X[i]`` and ``error`` in place, then ``dj_dw /= m``. w's shape is not said ((n,) or (n, 1)), but ``+=``
  keeps the array's shape and NumPy refuses to add the 1-D row X[i] to an (n, 1) column in place: the code runs only
  where dj_dw is 1-D like the row, a column of n zeros — read so, noted. ``dj_dw += error`` (the row lost) adds one
  number to every entry: each entry is that sum, noted.
* github.com/jua16073/derivada's sibling, public code index file 3264421547 (tests/corpus/fresh_seventyeighth.py):
  ``h = theta[0] + theta[1] * X[:, 1]`` with --wrt theta_0 / theta_1: a line whose two entries count from 0 as θ₀, θ₁
  do, its one feature column X[:, 1] — read as θ₀ + θ₁x, noted; θ whole, another entry or column, or an x beside
  it is refused with a caret.

Every verdict was worked out by hand (in the comment beside it) and is held here, independently of logderiv, to
central finite differences of a NumPy cost written by hand: the answer's own lines are run as Python on random data
(test code running the snippet, never logderiv) and compared with the differences.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences
from _reading import assert_verdict_read, refused
from logderiv import check
from logderiv.cli import main
from work import assert_linear

# ------------------------------------------------------------------ the MLS lab's loops (ariel5253/IA-ESP, verbatim)
# source: github.com/ariel5253/IA-ESP, 03-machine-learning/03-unidad/evidencia/Actividad03_Regresion_Logistica.ipynb,
# def compute_cost (from loss_sum on, dedented) and def compute_gradient (the loop and dj_dw /= m, dj_db /= m)
ARI_COST = (
    'loss_sum = 0  # Inicializa la suma de las pérdidas en cero\n'
    'for i in range(m):\n'
    '  z_wb = np.dot(w, X[i]) + b  # Calcula z = w·x + b para el ejemplo i\n'
    '  f_wb = sigmoid(z_wb)        # Calcula la predicción usando la función sigmoide\n'
    '  loss = -y[i] * np.log(f_wb) - (1 - y[i]) * np.log(1 - f_wb)  # Calcula la pérdida para el ejemplo i\n'
    '  loss_sum += loss            # Acumula la pérdida total\n'
    '\n'
    'total_cost = loss_sum / m       # Calcula el costo promedio sobre todos los ejemplos'
)
ARI_LOOP = (
    'dj_dw = np.zeros(w.shape)  # Inicializa el gradiente respecto a w como un vector de ceros\n'
    'dj_db = 0.  # Inicializa el gradiente respecto a b como cero\n'
    '\n'
    '### INICIA TU CÓDIGO AQUÍ ###\n'
    '\n'
    '# Recorre cada ejemplo de entrenamiento\n'
    'for i in range(m):\n'
    '  # Calcula la predicción con la función sigmoide\n'
    '  z_wb = np.dot(X[i], w) + b  # Producto punto entre las características y los pesos, más el sesgo\n'
    '  f_wb = sigmoid(z_wb)        # Aplica la función sigmoide para obtener la probabilidad\n'
    '  \n'
    '  # Error de predicción\n'
    '  error = f_wb - y[i]         # Calcula la diferencia entre la predicción y el valor real\n'
    '\n'
    '  # Acumula el gradiente con respecto a b (sesgo)\n'
    '  dj_db += error              # Suma el error al gradiente de b\n'
    '\n'
    '  # Acumula el gradiente con respecto a cada peso w[j]\n'
)
DW_LINE = "  dj_dw += error * X[i]       # Suma el error ponderado por cada característica al gradiente de w\n"
DW_END = "\n# Promedia los gradientes\ndj_dw /= m     # Divide el gradiente acumulado de w entre el número de ejemplos"
DB_END = "\ndj_db /= m     # Divide el gradiente acumulado de b entre el número de ejemplos"

DJ_DW = ARI_LOOP + DW_LINE + DW_END
DJ_DB = ARI_LOOP + DW_LINE + DW_END + DB_END
# variant (the corpus's f79-ari-spanish-dj-dw-lost-x): the row X[i] dropped from dj_dw's line
DJ_DW_LOST_X = ARI_LOOP + "  dj_dw += error\n" + DW_END

IN_PLACE_NOTE = "every update in the loop is NumPy's in place (dj_dw += …), which keeps that shape"
SAME_SUM_NOTE = "adds to dj_dw one number per example and no row of X: every entry, the j-th too, is the same sum"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _cross_entropy(X, y, w, b):
    """The lab's cost by hand: −(1/m) Σᵢ [yᵢ log σ(w·xᵢ + b) + (1 − yᵢ) log(1 − σ(w·xᵢ + b))]."""
    p = _sigmoid(X @ w + b)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _run(snippet, X, y, w, b, name):
    """The value of ``name`` after the snippet's lines run as Python (test code; logderiv never runs text)."""
    space = {"np": np, "X": X, "y": y, "w": w.copy(), "b": b, "m": X.shape[0], "n": X.shape[1], "sigmoid": _sigmoid}
    exec(compile(snippet, "<snippet>", "exec"), space)  # noqa: S102 — the test's own fixed strings
    return np.asarray(space[name], dtype=float)


def _data(seed=3, m=7, n=4):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), (rng.random(m) > 0.5).astype(float), rng.normal(size=n), float(rng.normal())


def test_the_hand_verdicts_hold_against_finite_differences():
    """dj_dw and dj_db are ∂J/∂w and ∂J/∂b (equivalent); the lost-x variant's dj_dw is not ∂J/∂w (different)."""
    X, y, w, b = _data()
    by_w = central_differences(lambda v: _cross_entropy(X, y, v, b), w)
    by_b = central_differences(lambda v: _cross_entropy(X, y, w, float(v[0])), np.array([b]))[0]
    assert np.allclose(_run(DJ_DW, X, y, w, b, "dj_dw"), by_w, atol=1e-6)
    assert np.isclose(float(_run(DJ_DB, X, y, w, b, "dj_db")), by_b, atol=1e-6)
    lost = _run(DJ_DW_LOST_X, X, y, w, b, "dj_dw")
    assert not np.allclose(lost, by_w, atol=1e-3)
    assert np.allclose(lost, by_b, atol=1e-6)  # every entry is ∂J/∂b, as the variant's note in the corpus says


@pytest.mark.parametrize("answer, wrt, verdict", [
    (DJ_DW, "w_j", "equivalent"),  # Σᵢ(σ(w·xᵢ + b) − yᵢ)x_ij / m
    (DJ_DB, "b", "equivalent"),  # Σᵢ(σ(w·xᵢ + b) − yᵢ) / m
    (DJ_DW_LOST_X, "w_j", "different"),  # Σᵢ(σ − yᵢ) / m in every entry: ∂J/∂b, not ∂J/∂w_j
    # np.zeros_like(w) is np.zeros(w.shape): the same reading, the same verdict
    (DJ_DW.replace("np.zeros(w.shape)", "np.zeros_like(w)"), "w_j", "equivalent"),
])
def test_the_labs_gradient_loops_are_read(answer, wrt, verdict):
    assert_verdict_read(answer, ARI_COST, verdict, wrt=wrt)


def test_the_in_place_reading_is_said():
    notes = check(DJ_DW, cost=ARI_COST, wrt="w_j").notes
    assert any(IN_PLACE_NOTE in note and "np.zeros(w.shape)" in note for note in notes)
    assert any(SAME_SUM_NOTE in note for note in check(DJ_DW_LOST_X, cost=ARI_COST, wrt="w_j").notes)


def test_the_note_is_shown_in_every_format():
    for fmt in ("text", "markdown", "latex", "json"):
        shown = CliRunner().invoke(main, ["check", "--cost", ARI_COST, "--wrt", "w_j", "-f", fmt, "--", DJ_DW])
        assert shown.exit_code == 0, shown.output
        assert "NumPy's in place" in shown.output and "which keeps that shape" in shown.output, fmt


def test_an_update_not_in_place_of_a_start_whose_shape_is_not_said_is_refused():
    """dj_dw = dj_dw + error * X[i] of np.zeros(w.shape): an (n, 1) w broadcasts the sum to n×n (NumPy runs it)."""
    answer = ARI_LOOP.replace("dj_db += error", "dj_db = dj_db + error") + "  dj_dw = dj_dw + error * X[i]\n" + DW_END
    error = refused(check, answer, cost=ARI_COST, wrt="w_j")
    assert "has w's shape, which the text does not say" in str(error) and "n×n" in str(error)
    assert error.column == answer.index("np.zeros(w.shape)")


@pytest.mark.parametrize("bound, message", [
    ("range(m-1)", "the loop runs to m-1, which does not say it is the number of examples"),
    ("range(1, m)", "the loop runs to 1, m, which does not say it is the number of examples"),
    ("range(n)", "the loop runs to n, which does not say it is the number of examples"),
])
def test_a_range_that_is_not_the_examples_is_no_sum_over_them(bound, message):
    error = refused(check, DJ_DW.replace("range(m)", bound), cost=ARI_COST, wrt="w_j")
    assert message in str(error)


@pytest.mark.parametrize("answer", [
    # the error of every example at once (a vector) times row i: not one number per pass (audit27c's guard)
    DJ_DW.replace("error = f_wb - y[i]", "error = sigmoid(X @ w + b) - y"),
    # an intercept indexed by the example: b is one number only where it stands alone
    DJ_DW.replace("+ b  #", "+ b[i]  #"),
    # another start that is not 0 between the zeros and the loop: not a sum's start
    DJ_DW.replace("dj_db = 0.", "dj_db = 1."),
    # a vector added after the loop: the entry and the vector would mix
    DJ_DW + "\ndj_dw += lambda_ / m * w",
])
def test_near_misses_stay_refused(answer):
    refused(check, answer, cost=ARI_COST, wrt="w_j")


def test_a_paste_that_lost_its_indentation_stays_refused():
    flat = "\n".join(line.strip() for line in DJ_DW.split("\n"))
    error = refused(check, flat, cost=ARI_COST, wrt="w_j")
    assert "the paste lost the indentation" in str(error)
    assert flat[error.column:].startswith("for i in range(m):")


def test_the_reading_is_linear_in_the_lines():
    """Four times the comment lines inside the loop cost the reader at most about four times the calls."""
    def build(size):
        padded = DJ_DW.replace("  # Error de predicción\n", "  # Error de predicción\n" * size)
        return lambda: check(padded, cost=ARI_COST, wrt="w_j")
    assert_linear(build, 8)


# ------------------------------------------------------------------ NumPy's line theta[0] + theta[1] * X[:, 1]
# source: public code index file 3264421547 (Python, gradientDescent's temp0/temp1 lines), as in
# tests/corpus/fresh_seventyeighth.py: the model h and the cost computeCost
LINE_COST = "J = 1 / (2 * m) * sum((h - y)**2)"
LINE_LETS = ("m = len(y)", "h = theta[0] + theta[1] * X[:, 1]")
LINE_NOTE = "is a line, its intercept and slope numbered from 0"


def _line_cost(x, y, t0, t1):
    """The cost by hand: (1/2m) Σᵢ (θ₀ + θ₁xᵢ − yᵢ)², x column 1 of X."""
    return float(np.sum((t0 + t1 * x - y) ** 2) / (2 * len(y)))


def test_the_line_verdicts_hold_against_finite_differences():
    rng = np.random.default_rng(11)
    X, y, (t0, t1) = rng.normal(size=(9, 2)), rng.normal(size=9), rng.normal(size=2)
    x, m = X[:, 1], len(y)
    by = central_differences(lambda v: _line_cost(x, y, v[0], v[1]), np.array([t0, t1]))
    h = t0 + t1 * x
    assert np.isclose(1 / m * np.sum(h - y), by[0], atol=1e-6)  # the θ₀ step: equivalent
    assert not np.isclose(1 / m * np.sum(h - y), by[1], atol=1e-3)  # the same as the θ₁ step: different
    assert np.isclose(1 / m * np.sum((h - y) * X[:, 1]), by[1], atol=1e-6)  # the θ₁ step with its x: equivalent


@pytest.mark.parametrize("answer, wrt, verdict, lets", [
    ("(1 / m * sum(h - y))", "theta_0", "equivalent", LINE_LETS),  # the file's temp0 step
    ("(1 / m * sum(h - y))", "theta_1", "different", LINE_LETS),  # temp1 without its X[:, 1] (the corpus variant)
    ("(1 / m * sum((h - y) * X[:, 1]))", "theta_1", "equivalent", LINE_LETS),  # temp1 with it
    # the line written slope first: the same model
    ("(1 / m * sum((h - y) * X[:, 1]))", "theta_1", "equivalent", ("m = len(y)", "h = theta[1] * X[:, 1] + theta[0]")),
])
def test_numpys_line_is_read_numbered_from_0(answer, wrt, verdict, lets):
    assert_verdict_read(answer, LINE_COST, verdict, wrt=wrt, lets=lets)


def test_the_line_reading_is_said():
    notes = check("(1 / m * sum(h - y))", cost=LINE_COST, wrt="theta_0", let=LINE_LETS).notes
    assert any(LINE_NOTE in note and "--wrt theta_0 as theta[0]" in note for note in notes)


@pytest.mark.parametrize("answer, lets, wrt, beside", [
    ("(1 / m * sum((h - y) * X[:, 2]))", LINE_LETS, "theta_1", "X[:, 2]"),  # another column beside the line
    ("(1 / m * sum((h - y) * x))", LINE_LETS, "theta_1", "x"),  # an x of the answer's own
    ("(1 / m * sum(h - y)) + theta", LINE_LETS, "theta_0", "theta"),  # θ whole
    ("(1 / m * sum(h - y))", ("m = len(y)", "h = theta[0] + theta[1] * X[:, 1] + theta[2] * X[:, 2]"), "theta_0",
     "theta[2]"),  # a third entry: no line of two
])
def test_the_line_beside_other_names_is_refused_with_a_caret(answer, lets, wrt, beside):
    error = refused(check, answer, cost=LINE_COST, wrt=wrt, let=lets)
    assert f"'{beside}' stands beside it" in str(error)
    assert error.source[error.column:].startswith(beside)


@pytest.mark.parametrize("wrt", ["theta_j", "theta_2"])
def test_the_line_is_not_read_for_another_wrt(wrt):
    """--wrt theta_j numbers from 1 (NumPy's theta[0] as θ₁): the column numbered from 0 stays refused."""
    error = refused(check, "(1 / m * sum(h - y))", cost=LINE_COST, wrt=wrt, let=LINE_LETS)
    assert "numbers X's columns from 0" in str(error)


# ------------------------------------------------------------------ a remark after '>>' (no Python)
# source: tests/corpus/fresh_fiftyseventh.py, f57-transfer-compute-gradient-dj-dw (a transfer course's compute_gradient,
# its remark written after '>>')
TRANSFER = (
    "for i in range(m):\n"
    "        f_wb_i = w * x[i] + b\n"
    "        error = f_wb_i - y[i]\n"
    "        dj_dw += error * x[i] >> Tweaks the direction of the slope based on x-value\n"
    "        dj_db += error\n"
    "    dj_dw /= m"
)
TRANSFER_COST = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2"


def test_a_remark_after_a_shift_is_refused_with_its_reason():
    """'>> Tweaks the …' is Python's shift of a sentence: no code, and reading it as a comment would be a guess."""
    error = refused(check, TRANSFER, cost=TRANSFER_COST, wrt="w", let=("m = x.shape[0]",))
    assert "'>>' shifts bits" in str(error) and "a comment starts with '#'" in str(error)
    assert TRANSFER[error.column:].startswith(">> Tweaks")


def test_a_shift_of_code_is_not_taken_for_a_remark():
    """x >> 1 is code (a shift, which logderiv does not read): refused for its own reason, not as a remark."""
    error = refused(check, TRANSFER.replace(">> Tweaks the direction of the slope based on x-value", ">> 1"),
                    cost=TRANSFER_COST, wrt="w", let=("m = x.shape[0]",))
    assert "shifts bits" not in str(error)
