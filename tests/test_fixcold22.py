"""fixcold22 (issue 10): the blockers of the blind sets cold21 and cold22, each read by a general rule.

What each real page means was worked by hand (tests/derivations_cold*/expected.txt, never logderiv's output); the
facts the synthetic pages rest on are checked here by central finite differences with NumPy:

* (1/2m)(Xω − y)ᵀ(Xω − y) has the gradient (1/m)Xᵀ(Xω − y), never (2/m)Xᵀ(Xω − y) — the preset linear,
  (1/2m)Σ(θᵀx − y)², with its θ written ω (or w).

The rules: a preset is written in θ; a page whose lines write the one parameter vector ω (read as w) or w, and no θ,
is read with the preset's θ under the page's letter (noted); a page that writes both letters is refused.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_TESTS = Path(__file__).parent

#: real pages a rule of this stop reads, each with its hand-worked row in its set's expected.txt
_READ = [("derivations_cold22", "zh_blog_linear_matrix_rules_half_mean.md"),
         ("derivations_cold22", "zh_blog_linear_matrix_rules_half_mean_planted_constant.md")]

#: J(w) = (1/2m)(Xw − y)ᵀ(Xw − y), the preset linear in matrix form with θ written {p}, and its gradient {last}
_LINEAR_IN = ("$$J({p}) = \\frac{{1}}{{2m}}(X{p} - y)^T(X{p} - y)$$\n\n"
              "$$\\nabla_{p} J = {last}$$\n")


def _review(tmp_path, page, *options):
    """The exit code, ending, first wrong line (a list of at most one) and JSON review of ``page`` with ``options``."""
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60", *options)
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return result.exit_code, review["ending"], wrong[:1], review


def _data(seed: int = 22):
    generator = numpy.random.default_rng(seed)
    return generator.normal(size=(7, 3)), generator.normal(size=7), generator.normal(size=3)


def test_the_facts_by_finite_differences():
    """The gradients the synthetic pages rest on, against central differences; the planted ones are not them."""
    X, y, w = _data()
    m = 7
    mean = central_differences(lambda t: (X @ t - y) @ (X @ t - y) / (2 * m), w)
    assert numpy.allclose(mean, X.T @ (X @ w - y) / m, atol=1e-6)
    assert not numpy.allclose(mean, 2 * X.T @ (X @ w - y) / m, atol=1e-3)
    # the preset linear, summed example by example, is that matrix cost
    preset = sum((X[i] @ w - y[i]) ** 2 for i in range(m)) / (2 * m)
    assert numpy.isclose(preset, (X @ w - y) @ (X @ w - y) / (2 * m))


@pytest.mark.parametrize("folder, file", _READ, ids=[file for _, file in _READ])
def test_a_real_page_is_read_as_by_hand(folder, file):
    """Each page a rule of this stop reads ends as its hand-worked row says (ending and first wrong line)."""
    row = next(row for row in read_table(_TESTS / folder) if row.file == file)
    kind, detail = outcome(_TESTS / folder, row)
    assert kind == "right", detail


def test_a_preset_in_theta_is_read_in_the_letter_of_a_matrix_page(tmp_path):
    """--cost linear beside lines in w: the preset's θ is the lines' vector, noted; a right page is right."""
    code, ending, wrong, review = _review(tmp_path, _LINEAR_IN.format(p="w", last="\\frac{1}{m}X^T(Xw - y)"),
                                          "--cost", "linear")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("the preset's θ is read as the lines' parameter vector w" in note for note in review["notes"])


def test_a_preset_in_theta_beside_a_wrong_matrix_gradient_is_wrong(tmp_path):
    """The renaming does not make a wrong line right: (2/m)Xᵀ(Xw − y) is twice the gradient."""
    code, ending, wrong, _ = _review(tmp_path, _LINEAR_IN.format(p="w", last="\\frac{2}{m}X^T(Xw - y)"),
                                     "--cost", "linear")
    assert (code, ending, wrong) == (1, "wrong", [3])


def test_w_and_theta_both_written_are_refused(tmp_path):
    """A page whose cost is in θ and whose gradient is in w writes two vectors: refused, never renamed."""
    page = ("$$J(\\theta) = \\frac{1}{2m}(X\\theta - y)^T(X\\theta - y)$$\n\n"
            "$$\\nabla_w J = \\frac{1}{m}X^T(Xw - y)$$\n")
    result = _steps(tmp_path, page, "--cost", "linear")
    assert result.exit_code == 2
    assert "one parameter vector" in result.stderr and "Traceback" not in result.output
