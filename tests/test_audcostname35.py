"""Audit of fixcostname35 (lowercase l read as the cost where the page defines l of its parameters): near-miss
pages on which that reading could be wrong, each with the writer's meaning worked out by hand and checked by finite
differences (never by logderiv's own output). None misread at the audit; these hold the reading to them."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv.cli import main
from _numeric import central_differences
from test_fixcostname35 import JA_PAGE

#: the Japanese page's l(w) definition, as written (a negative log-likelihood, summed, no 1/N)
NLL = r"l(\bm{w}) = -\sum_{n = 1}^{N} \left\\{ y_n \log \mu_n + (1 - y_n) \log (1 - \mu_n) \right\\}"
#: the same l defined with the other sign: the log-likelihood itself, to maximise
LL = NLL.replace(r"l(\bm{w}) = -\sum", r"l(\bm{w}) = \sum")
#: the page rewritten for l the log-likelihood: each step's sign flipped, ending Σ(y_n − μ_n)x_nj
POSITIVE = JA_PAGE.replace(NLL, LL).replace(
    r"&= -\sum_{n = 1}^{N} \left\\{ y_nx_{nj}(1", r"&= \sum_{n = 1}^{N} \left\\{ y_nx_{nj}(1").replace(
    r"&= -\sum_{n = 1}^{N} \left\\{ y_nx_{nj} - x", r"&= \sum_{n = 1}^{N} \left\\{ y_nx_{nj} - x").replace(
    r"( \mu_n - y_n )x_{nj}", r"( y_n - \mu_n )x_{nj}")


def _review(tmp_path, text):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--timeout", "60"])
    return result, (json.loads(result.stdout) if result.stdout.strip().startswith("{") else None)


def _data():
    rng = np.random.default_rng(3535)
    X, y, w = rng.normal(size=(6, 3)), (rng.random(6) > 0.5).astype(float), rng.normal(size=3)
    return X, y, w, 1 / (1 + np.exp(-(X @ w)))


def test_by_hand_the_log_likelihoods_gradient_is_sum_of_y_minus_mu_times_x():
    X, y, w, mu = _data()
    ll = lambda t: float(np.sum(y * np.log(1 / (1 + np.exp(-(X @ t)))) + (1 - y) * np.log(1 - 1 / (1 + np.exp(-(X @ t))))))
    numeric = central_differences(ll, w)
    assert np.allclose(numeric, X.T @ (y - mu), atol=1e-6)
    assert not np.allclose(numeric, X.T @ (mu - y), atol=1e-3)
    # and the sum's gradient is not the mean's: (1/N)Σ(μ − y)x is another quantity (N = 6)
    assert not np.allclose(-numeric, X.T @ (mu - y) / len(y), atol=1e-3)


def test_l_defined_as_the_log_likelihood_and_its_right_gradient_ends_right(tmp_path):
    assert POSITIVE.count(r"( y_n - \mu_n )x_{nj}") == 1 and LL in POSITIVE
    result, review = _review(tmp_path, POSITIVE)
    assert review is not None and review["ending"] == "gradient", result.output
    assert all(step["valid"] for step in review["steps"])


def test_l_the_log_likelihood_with_the_costs_sign_in_its_last_line_ends_wrong_there(tmp_path):
    # the writer's slip: Σ(μ_n − y_n)x_nj is −∂l/∂w_j for l the log-likelihood (above, by finite differences)
    planted = POSITIVE.replace(r"( y_n - \mu_n )x_{nj}", r"( \mu_n - y_n )x_{nj}")
    _, review = _review(tmp_path, planted)
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False][0] == 35


def test_l_defined_as_the_log_likelihood_but_derived_as_its_negative_is_wrong_at_the_first_step(tmp_path):
    # l as written is +Σ{…}; the derivation's −Σ{…} steps are of −l: wrong from its first written step (line 33)
    _, review = _review(tmp_path, JA_PAGE.replace(NLL, LL))
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False][0] == 33


def test_l_defined_with_a_mean_but_derived_as_the_sum_is_wrong(tmp_path):
    # l = −(1/N)Σ{…}: its gradient is (1/N)Σ(μ − y)x, not the page's Σ(μ − y)x (by hand above)
    _, review = _review(tmp_path, JA_PAGE.replace(r"l(\bm{w}) = -\sum", r"l(\bm{w}) = -\frac{1}{N}\sum"))
    assert review["ending"] == "wrong"


def test_a_mean_slipped_into_the_last_line_of_the_sums_derivation_is_wrong_there(tmp_path):
    page = JA_PAGE.replace(r"&= \sum_{n = 1}^{N} ( \mu_n - y_n )x_{nj}", r"&= \frac{1}{N}\sum_{n = 1}^{N} ( \mu_n - y_n )x_{nj}")
    assert page != JA_PAGE
    _, review = _review(tmp_path, page)
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False][0] == 35


def test_l_defined_twice_with_two_signs_is_not_read_as_either(tmp_path):
    # l(w) = Σ{…} (the log-likelihood), then l(w) = −Σ{…} (its negative): which l the derivation derives is not said
    page = JA_PAGE.replace("$$\n" + NLL + "\n$$", "$$\n" + LL + "\n$$\n\n負号をつける:\n\n$$\n" + NLL + "\n$$")
    assert page != JA_PAGE
    result, review = _review(tmp_path, page)
    assert result.exit_code == 2 and "rewrites the cost J" in result.stderr, result.output


# --- the index guard's gaps the audit named: l written as an index elsewhere on the page -------------------------
# (a page that also writes w_{jl}, a^{l}, a^l or l \in … uses l as an index: renaming every bare l to J, as the
# reading does, would turn a^{l} into a^{J}; so l is not read as the cost there, and the page is refused or read
# without the rename, never with it)

@pytest.mark.parametrize("index", [r"$w_{jl}$", r"$a^{l}$", r"$a^l$", r"$l \in \{1, \dots, L\}$", r"$x_{nl}$"])
def test_l_written_as_an_index_elsewhere_keeps_the_page_from_reading_l_as_the_cost(tmp_path, index):
    page = JA_PAGE + f"\n\nWhere {index} is an index.\n"
    result, review = _review(tmp_path, page)
    notes = " ".join((review or {}).get("notes", [])) + result.stdout + result.stderr
    assert "l names the cost" not in notes


@pytest.mark.parametrize("text, index", [
    (r"w_{jl}", True), (r"x_{nl}", True), (r"a^{l}", True), (r"a^l", True), (r"l \in \{1\}", True),
    (r"x_l", True), (r"\sum_{l=1}", True), (r"a^{[l]}", True),
    (r"\|w\|_{\ell_2}", False), (r"l(w) = -\sum", False), (r"\frac{\partial l}{\partial w_j}", False),
])
def test_the_index_guard(text, index):
    from logderiv.notation.cost_names import _LOWER_L_AS_INDEX
    assert (_LOWER_L_AS_INDEX.search(text) is not None) == index
