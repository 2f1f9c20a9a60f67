"""fixmulti2 of stop 25: a definition rewritten under a name no derivation writes, checked as a rewrite, and the log's
bracket to a negative power refused.

``NLL(w) = A = B`` beside ``∂J/∂wⱼ = …`` (cold18's en_md_logreg_pm1): the page reader could not sort the two chains
and asked "which one is checked?". The chain is no step of the derivation, but its rewrites may hold the page's
slip, so it is no longer left to that refusal: it is set aside and its sides after the name are checked as a chain
of their own (the route of ``ŷ = σ(z) = 1/(1 + e^{−z})``, ``LemmaSpan(rewrite=…)``), a wrong rewrite wrong at its
line; where a side is not read, the page stays refused. The real page's rewrite writes
``\\log\\left(1 + e^{-u}\\right)^{-1}``, the log of the power (−log(1 + e^{−u})) or the power of the log
(1/log(1 + e^{−u})): the two differ and the reader took the second silently, so the page's true rewrite was
called wrong. Such a power is now refused, both readings named.

The mathematics is checked here in NumPy (central finite differences, tests/_numeric.py), never by logderiv.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences
from logderiv.cli import main

HERE = Path(__file__).parent

#: NLL rewritten (a name the derivation never writes), then J and ∂J/∂wⱼ; labels yᵢ ∈ {−1, 1}
_PAGE = r"""The negative log-likelihood, rewritten:

$$
\begin{align*}
NLL(w) &= -\sum_{i=1}^{m} \log \left(\frac{1}{1 + e^{-y_i w^T x_i}}\right)\\
       &= \sum_{i=1}^{m} \log \left(1 + e^{-y_i w^T x_i}\right)
\end{align*}
$$

The cost is

$$J(w) = \sum_{i=1}^{m} \log \left(1 + e^{-y_i w^T x_i}\right)$$

$$\frac{\partial J}{\partial w_j} = \sum_{i=1}^{m} \frac{-e^{-y_i w^T x_i}}{1 + e^{-y_i w^T x_i}} y_i x_{ij} = -\sum_{i=1}^{m} \left(1 - \sigma(y_i w^T x_i)\right) y_i x_{ij}$$
"""

#: the rewrite's sign of the exponent dropped on line 6: Σ log(1 + e^{+u}) for Σ log(1 + e^{−u})
_SLIP = _PAGE.replace(r"&= \sum_{i=1}^{m} \log \left(1 + e^{-y_i w^T x_i}\right)",
                      r"&= \sum_{i=1}^{m} \log \left(1 + e^{y_i w^T x_i}\right)")

_RNG = np.random.default_rng(7)
_X = _RNG.normal(size=(5, 3))
_Y = np.array([1.0, -1.0, -1.0, 1.0, 1.0])


def _margins(w: np.ndarray) -> np.ndarray:
    return _Y * (_X @ w)


def _cost(w: np.ndarray) -> float:
    return float(np.sum(np.log1p(np.exp(-_margins(w)))))


def _steps(tmp_path: Path, text: str, *options: str):
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["steps", str(path), "--timeout", "60", *options])


def test_the_pages_mathematics_by_hand() -> None:
    # NLL's sides (lines 5, 6) agree, the slipped line 6 does not; both sides of the derivation are J's gradient
    w = np.array([0.3, -0.8, 0.5])
    u = _margins(w)
    assert np.isclose(-np.sum(np.log(1 / (1 + np.exp(-u)))), np.sum(np.log1p(np.exp(-u))))
    assert not np.isclose(np.sum(np.log1p(np.exp(-u))), np.sum(np.log1p(np.exp(u))))
    by_finite_differences = central_differences(_cost, w)
    first = np.sum((-np.exp(-u) / (1 + np.exp(-u)) * _Y)[:, None] * _X, axis=0)
    last = -np.sum(((1 - 1 / (1 + np.exp(-u))) * _Y)[:, None] * _X, axis=0)
    assert np.allclose(first, by_finite_differences, atol=1e-6)
    assert np.allclose(last, by_finite_differences, atol=1e-6)


def test_a_true_rewrite_of_an_unused_name_is_checked_and_the_page_read(tmp_path) -> None:
    result = _steps(tmp_path, _PAGE, "-f", "json")
    assert result.exit_code == 0, (result.output, result.stderr)
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    [rewrite] = [lemma for lemma in review["lemmas"] if lemma["title"] == "a definition, rewritten"]
    assert [(step["line"], step["valid"]) for step in rewrite["steps"]] == [(6, True)]
    assert any(note.startswith("line 5 defines NLL and rewrites it, a name no derivation on the page writes")
               for note in review["notes"])
    # no note says the chain is "not read" while its rewrite is checked
    assert not any(note.startswith("line 4 is a chain of its own") for note in review["notes"])


def test_a_slip_in_the_rewrite_is_wrong_at_its_line(tmp_path) -> None:
    result = _steps(tmp_path, _SLIP, "-f", "json")
    assert result.exit_code == 1, (result.output, result.stderr)
    review = json.loads(result.stdout)
    [rewrite] = [lemma for lemma in review["lemmas"] if lemma["title"] == "a definition, rewritten"]
    assert [(step["line"], step["valid"]) for step in rewrite["steps"]] == [(6, False)]
    assert all(step["valid"] for step in review["steps"])  # the derivation itself is right (finite differences)


@pytest.mark.parametrize("format", ["text", "rich", "json", "latex", "markdown"])
def test_the_rewrites_note_is_in_every_format(tmp_path, format) -> None:
    result = _steps(tmp_path, _PAGE, "-f", format)
    assert result.exit_code == 0, (result.output, result.stderr)
    shown = " ".join(result.stdout.replace("\\\\", "\\").split())  # rich wraps its lines
    assert "defines NLL and rewrites it, a name no derivation on the page writes" in shown, shown[-2000:]


def test_with_rewrites_unread_the_refusal_stands(tmp_path) -> None:
    # the rewrite's side that writes \log(…)^{-1} is refused (below), so the rewrite is not read: the page is
    # refused as before, never judged with the rewrite unchecked
    page = _PAGE.replace(r"\log \left(\frac{1}{1 + e^{-y_i w^T x_i}}\right)",
                         r"\log \left(1 + e^{-y_i w^T x_i}\right)^{-1}")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "which one is checked?" in result.stderr


def test_the_real_page_stays_refused_not_judged_wrong(tmp_path) -> None:
    # cold18's en_md_logreg_pm1 (its row: every step right, ending gradient): its rewrite writes \log(…)^{-1}
    text = (HERE / "derivations_cold18" / "en_md_logreg_pm1_labels_softplus_gradient.md").read_text(encoding="utf-8")
    result = _steps(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "wrong at line" not in result.output


def test_the_two_readings_of_a_log_to_a_negative_power_differ() -> None:
    u = np.array([0.4, -1.3, 2.2])
    log_of_the_power = np.sum(np.log((1 + np.exp(-u)) ** -1))
    power_of_the_log = np.sum(np.log(1 + np.exp(-u)) ** -1)
    assert not np.isclose(log_of_the_power, power_of_the_log)


def test_a_log_to_a_negative_power_is_refused_naming_both_readings() -> None:
    cost = r"-\sum_{i=1}^{m} \log \left(1 + e^{-y_i \theta^T x_i}\right)^{-1}"
    result = CliRunner().invoke(main, ["derive", cost, "--wrt", "theta_j"])
    assert result.exit_code == 2, result.output
    assert "a negative power after the log's bracket" in result.stderr
    assert "−log u" in result.stderr and "1/log u" in result.stderr
    assert "^" in result.stderr.splitlines()[2]  # the caret under the power
    assert r"\log\left((…)^{-1}\right)" in result.stderr  # the hint names how to write each reading


def test_the_log_of_the_power_written_inside_is_read() -> None:
    # the hint's first spelling is read: the log of the bracket's inverse, −Σ log(1 + e^{−u}) whose gradient, by
    # finite differences, is Σ σ(−u)·(−y x) … compared here against the written answer
    cost = r"\sum_{i=1}^{m} \log \left(\left(1 + e^{-y_i \theta^T x_i}\right)^{-1}\right)"
    answer = r"\sum_{i=1}^{m} \left(1 - \sigma(y_i \theta^T x_i)\right) y_i x_{ij}"
    w = np.array([0.2, 0.7, -0.4])
    u = _margins(w)
    by_finite_differences = central_differences(lambda v: float(np.sum(np.log(1 / (1 + np.exp(-_margins(v)))))), w)
    assert np.allclose(np.sum(((1 - 1 / (1 + np.exp(-u))) * _Y)[:, None] * _X, axis=0), by_finite_differences,
                       atol=1e-6)
    result = CliRunner().invoke(main, ["check", "--cost", cost, "--wrt", "theta_j", answer])
    assert result.exit_code == 0, (result.output, result.stderr)
