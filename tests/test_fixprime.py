"""fixprime (issue 10): primes as people write them — g'(z) of a sigmoid the page defines, and the refusals of the rest.

Ng's notes call the sigmoid g and write its derivative g'(z) in a chain-rule line; a page that defines
g(z) = 1/(1+e^{-z}) has that g'(u) is σ(u)(1 − σ(u)). Every other prime keeps its refusal, whose hint now names
the readings it has (a transpose, a derivative, the updated weights w' of an update rule). Near-variants that mean
something else — g a Poisson link or tanh, σ redefined, a prime after a bracket — are refused, never read. The
gradients the pages write are checked by central finite differences with NumPy, never by logderiv's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.notation import latex

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences

HERE = Path(__file__).parent


def _sigmoid(u):
    return 1 / (1 + numpy.exp(-u))


def test_the_pages_gradients_by_finite_differences():
    """The hand-worked facts the pages below rely on, each against central differences of NumPy code."""
    generator = numpy.random.default_rng(10)
    X, y, w = generator.normal(size=(6, 3)), generator.uniform(size=6), generator.normal(size=3)
    m = len(y)
    # g'(u) = g(u)(1 − g(u)) for the sigmoid g, at a few points
    for u in (-1.3, 0.2, 2.1):
        assert numpy.isclose(central_differences(lambda v: _sigmoid(v[0]), numpy.array([u]))[0],
                             _sigmoid(u) * (1 - _sigmoid(u)), atol=1e-8)

    def cross_entropy(v):
        p = _sigmoid(X @ v)
        return -(y * numpy.log(p) + (1 - y) * numpy.log(1 - p)).sum() / m

    p = _sigmoid(X @ w)
    differences = central_differences(cross_entropy, w)
    # the chain-rule line: −(1/m) Σ [y/g − (1−y)/(1−g)] g'(wᵀx) x_j, and its simplification (1/m) Σ (g − y) x_j
    chain = -((y / p - (1 - y) / (1 - p)) * p * (1 - p)) @ X / m
    assert numpy.allclose(differences, chain, atol=1e-6)
    assert numpy.allclose(differences, (p - y) @ X / m, atol=1e-6)
    # the planted slip: a sign lost at the simplification is not the gradient
    assert not numpy.allclose(differences, -(p - y) @ X / m, atol=1e-3)

    def squared(v):
        return ((_sigmoid(X @ v) - y) ** 2).sum() / (2 * m)

    # the plain answer: (1/m) Σ (g − y) g'(θᵀx) x_j of the squared error through the sigmoid
    assert numpy.allclose(central_differences(squared, w), ((p - y) * p * (1 - p)) @ X / m, atol=1e-6)


_NG = (
    "With $g(z) = \\frac{1}{1+e^{-z}}$, the cost is $J(w) = -\\frac{1}{m}\\sum_{i=1}^m \\left[ y_i \\log g(w^T x_i) "
    "+ (1-y_i)\\log(1-g(w^T x_i)) \\right]$.\n\n"
    "$$\n"
    "\\frac{\\partial J}{\\partial w_j} = -\\frac{1}{m}\\sum_{i=1}^m \\left[ \\frac{y_i}{g(w^T x_i)} - "
    "\\frac{1-y_i}{1-g(w^T x_i)} \\right] g'(w^T x_i) x_{ij}\n"
    "$$\n\n"
    "$$\n"
    "= \\frac{1}{m}\\sum_{i=1}^m (g(w^T x_i) - y_i) x_{ij}\n"
    "$$\n"
)
_NOTE = ("g'(w^T x_i) is the derivative of g(z) = \\frac{1}{1+e^{-z}}, the sigmoid: read as "
         "σ(w^T x_i)(1 − σ(w^T x_i))")


def test_g_prime_of_the_pages_sigmoid_is_its_derivative(tmp_path):
    """Ng's g'(wᵀx) in a chain-rule line, g the sigmoid the prose defines: every step holds, noted."""
    code, ending, wrong, review = _review(tmp_path, _NG)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert _NOTE in review["notes"]


@pytest.mark.parametrize("spelling", ["g^{\\prime}(w^T x_i)", "g^\\prime(w^T x_i)", "g^{'}(w^T x_i)"])
def test_g_prime_spelled_with_prime_or_a_raised_quote_reads_the_same(tmp_path, spelling):
    code, ending, wrong, _ = _review(tmp_path, _NG.replace("g'(w^T x_i)", spelling))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_sign_slip_after_g_prime_is_wrong_on_its_line(tmp_path):
    """The planted slip (the finite differences above show it is not the gradient) is caught at line 8."""
    page = _NG.replace("= \\frac{1}{m}\\sum_{i=1}^m (g(w^T x_i) - y_i)", "= -\\frac{1}{m}\\sum_{i=1}^m (g(w^T x_i) - y_i)")
    assert _review(tmp_path, page)[:3] == (1, "wrong", [8])


def test_a_wrong_factor_written_for_g_prime_is_wrong(tmp_path):
    """Writing g'(u) out as g(u)(1 + g(u)) is no derivative of the sigmoid: the step is wrong, not read as g'."""
    page = _NG.replace("g'(w^T x_i) x_{ij}", "g(w^T x_i)(1 + g(w^T x_i)) x_{ij}")
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, wrong) == (1, [4])


@pytest.mark.parametrize("body, shown", [("e^{z}", "e^{z}"), ("\\tanh(z)", "\\tanh(z)")])
def test_g_prime_of_another_function_is_refused_by_name(tmp_path, body, shown):
    """A Poisson link's g(z) = e^z, a tanh activation: their primes are not the sigmoid's, and are not read."""
    page = _NG.replace("g(z) = \\frac{1}{1+e^{-z}}", f"g(z) = {body}")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert (f"g'(w^T x_i) is the derivative of g(z) = {shown}: a prime is read only on a function defined as the "
            "sigmoid") in result.stderr


def test_sigma_redefined_as_another_function_is_refused(tmp_path):
    r"""σ'(z) on a page that says σ(z) = tanh(z): σ is not the sigmoid there, so neither σ nor σ' is read."""
    page = ("With $\\sigma(z) = \\tanh(z)$, the cost is $J(w) = \\frac{1}{2m}\\sum_{i=1}^m (\\sigma(w^T x_i) - y_i)^2$.\n\n"
            "$$\n\\frac{\\partial J}{\\partial w_j} = \\frac{1}{m}\\sum_{i=1}^m (\\sigma(w^T x_i) - y_i) "
            "\\sigma'(w^T x_i) x_{ij}\n$$\n")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "σ is the sigmoid 1/(1 + e^(−z)) here, and this definition is not it" in result.stderr


@pytest.mark.parametrize("text, column, readings", [
    # an update rule's w' is the new weights, not a transpose nor a derivative
    ("w' = w - \\alpha g", 2, "another quantity, such as the updated weights of w' = w - \\alpha\\nabla J"),
    # y' as the prediction, beside the target
    ("(y' - y) x_j", 3, "y' may be the transpose (write y^\\top), a derivative"),
    # a prime after a bracket
    ("(y - x)' y", 8, "(…)' may be a transpose (write (…)^\\top) or a derivative"),
    # a function's prime with no definition of it
    ("f'(g(x)) g'(x)", 2, "f'(…) is the derivative of a function f at its argument: read only where the text defines "
                          "f as the sigmoid"),
    ("h^{\\prime}(x)", 4, "h'(…) is the derivative of a function h at its argument"),
    ("\\tanh'(z)", 6, "write the derivative out: \\frac{d}{dz}\\tanh(z)"),
])
def test_an_unread_prime_names_its_readings(text, column, readings):
    with pytest.raises(InputError, match=rf"prime \((?:'|\\prime)\) is not read \(column {column}\)") as refused:
        latex.parse(text)
    assert readings in refused.value.hint


def test_g_prime_of_an_undefined_g_and_g_prime_without_brackets_stay_refused():
    with pytest.raises(InputError, match="prime"):
        latex.parse("g'(z) x_j")  # no g defined: Ng's sigmoid or a link?
    with pytest.raises(InputError, match="prime"):
        latex.parse("g' z", functions={"g"})  # the prime of what argument?
    with pytest.raises(InputError, match="prime"):
        latex.parse("(g(z))' x_j", functions={"g"})  # a bracket's prime: a transpose or a derivative


def _check(*arguments: str):
    return CliRunner().invoke(main, ["check", "--cost", "(1/(2*m)) * sum_i (g(theta^T x^(i)) - y^(i))^2", *arguments])


def test_plain_g_prime_of_a_defined_sigmoid_is_its_derivative():
    """Plain text's g'(…) of a --let sigmoid, not Octave's transpose of g: the answer is right (finite differences
    above), noted."""
    result = _check("--let", "g(z) = 1/(1+exp(-z))", "-f", "text",
                    "(1/m) * sum_i (g(theta^T x^(i)) - y^(i)) * g'(theta^T x^(i)) * x_j^(i)")
    assert result.exit_code == 0, result.output
    assert "g'(theta^T x^(i)) is the derivative of g(z) = 1/(1+exp(-z)), the sigmoid" in result.stdout
    wrong = _check("--let", "g(z) = 1/(1+exp(-z))", "-f", "text",
                   "(1/m) * sum_i (g(theta^T x^(i)) - y^(i)) * g(theta^T x^(i)) * x_j^(i)")
    assert wrong.exit_code == 1  # g for g' is another function: not the derivative


def test_plain_g_prime_of_an_exponential_link_is_refused():
    result = _check("--let", "g(z) = exp(z)", "(1/m) * sum_i (g(theta^T x^(i)) - y^(i)) * g'(theta^T x^(i)) * x_j^(i)")
    assert result.exit_code == 2
    assert "is the derivative of g(z) = exp(z): a prime is read only on a function defined as the sigmoid" in result.stderr


@pytest.mark.parametrize("form", ["text", "json", "markdown", "latex"])
def test_the_note_is_in_every_output_format(tmp_path, form):
    result = _steps(tmp_path, _NG, "-f", form, "--timeout", "60")
    assert result.exit_code == 0, result.output
    if form == "json":
        assert _NOTE in json.loads(result.stdout)["notes"]
    else:  # each format escapes the LaTeX of the definition its own way; the reading is said in words
        assert " is the derivative of g(z) = " in result.stdout
        assert ", the sigmoid: read as " in result.stdout


# -- the real files: what a prime still blocks ----------------------------------------------------------------------
# tests/derivations_cold11/techqa_lsq_common_factor_answer_inner_derivative.md, line 12 (the answer): f'(g(x))g'(x)
# of functions defined after the general rule, by the data x (expected.txt: wrong at line 12, g'(x) = β, not x);
# tests/derivations_cold9/cn_csc321_notes_half_square_composition_y_minus_2t.md, line 18: (L∘z)'(y) (expected.txt:
# wrong at line 19). Neither f = x² nor the composition's prime is read: a refusal at the prime, never a verdict.

def test_the_real_chain_rule_primes_stay_refused_at_the_prime(tmp_path):
    answer = (HERE / "derivations_cold11" / "techqa_lsq_common_factor_answer_inner_derivative.md").read_text(
        encoding="utf-8").splitlines()[11]
    result = _steps(tmp_path, answer + "\n")
    assert result.exit_code == 2
    assert "a prime (') is not read" in result.stderr and "f'(…) is the derivative of a function f" in result.stderr
    lines = (HERE / "derivations_cold9" / "cn_csc321_notes_half_square_composition_y_minus_2t.md").read_text(
        encoding="utf-8").splitlines()
    page = "\n".join([*lines[:3], "", "令：$z = y - t$", "", *lines[16:23]]) + "\n"
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "(…)' may be a transpose" in result.stderr


def test_a_left_sides_f_prime_of_the_parameters_still_names_the_gradient_where_f_is_defined():
    r"""``f'(\beta) = X^T(X\beta - Y) + \lambda\beta`` names ∇f (docs/latex.md), whether or not the text defines f: the
    defined function's prime is marked only after that reading."""
    for functions in ((), ("f",)):
        parsed = latex.parse(r"f'(\beta) = X^T(X\beta - Y) + \lambda\beta", functions=functions)
        assert parsed.name == "f"
        assert "f'(…) on the left side is the derivative of f: read as the gradient ∇f, entry by entry" in parsed.notes


# -- w' = w - α∇J: the updated weights, not a transpose ---------------------------------------------------------------

_UPDATE = (
    "The cost is $J(w) = \\frac{1}{2m}\\sum_{i=1}^m (w^T x_i - y_i)^2$.\n\n"
    "$$\n\\frac{\\partial J}{\\partial w_j} = \\frac{1}{m}\\sum_{i=1}^m (w^T x_i - y_i) x_{ij}\n$$\n\n"
    "The update is\n\n"
    "$$\nw_j' = w_j - \\alpha \\frac{\\partial J}{\\partial w_j}\n$$\n"
)


def test_the_hand_worked_least_squares_gradient_by_finite_differences():
    generator = numpy.random.default_rng(11)
    X, y, w = generator.normal(size=(5, 3)), generator.normal(size=5), generator.normal(size=3)
    assert numpy.allclose(central_differences(lambda v: ((X @ v - y) ** 2).sum() / (2 * len(y)), w),
                          (X @ w - y) @ X / len(y), atol=1e-6)


@pytest.mark.parametrize("primed", ["w_j'", "w_j^{\\prime}", "w_j^\\prime", "w_j^{'}"])
def test_a_primed_update_after_the_derivation_is_set_aside_as_the_next_weights(tmp_path, primed):
    code, ending, wrong, review = _review(tmp_path, _UPDATE.replace("w_j' =", f"{primed} ="))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("line 10 is an update rule (written with '=': the name again after it, then a learning "
                                   "rate), not a step (") and
               "is the next value of w_j, not a transpose nor a derivative)" in note for note in review["notes"])


@pytest.mark.parametrize("line", [
    "w_j' = v_j - \\alpha \\frac{\\partial J}{\\partial w_j}",  # another name on the right: no update of w_j
    "w_j' = w_j x_{ij}",  # no learning rate: a transpose, a derivative, or another quantity?
])
def test_a_primed_name_that_is_no_update_keeps_the_refusal(tmp_path, line):
    result = _steps(tmp_path, _UPDATE.replace("w_j' = w_j - \\alpha \\frac{\\partial J}{\\partial w_j}", line))
    assert result.exit_code == 2
    assert "a prime (') is not read" in result.stderr
    assert "w_j' may be the transpose, a derivative" in result.stderr
