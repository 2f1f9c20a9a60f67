r"""fixpt35: a Portuguese-commented ex2 costFunctionReg.m (f76, public code index file 21178114664) read in order.

* ``theta(1) = 0;`` followed by several statements (``unreg_J = …; reg_J = …; J = unreg_J + reg_J;``): the lines are
  read in order first (those after the zeroing use [0; θ(2:end)], noted), then composed as any code's lines; the
  --let s (m, z = X * theta, h = sigmoid(z)) run before the lines and keep the whole θ.
* ``# Calcula função de custo J``: Octave's other comment mark, a whole line or after a ';', is a comment there
  (dropped, noted), as '%' is.
* a comment's words are no code: ``# Calcula gradiente para theta_0`` beside Octave's ``theta(1)`` no longer makes
  the numbering clash that refuses theta(1) beside theta_0; theta_0 written in code still does.
* an answer's ``J = unreg_J + reg_J;`` beside its last ``grad = …;`` is left out with the lines only it uses
  (unreg_J, reg_J), named in the note; a line the gradient uses too is kept.

Expected results are worked out by hand and held to central finite differences of NumPy costs written here
(tests/_numeric.py) and to the corpus judge (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, intercept_free_ridge_cross_entropy, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused, refused_by_logderiv

_RNG = np.random.default_rng(35)

# ------------------------------------------------------------------ the source, verbatim
#: public code index file 21178114664, ex2 costFunctionReg.m (f76-idx21178114664-costfunctionreg-*): the lines from
#: theta(1) = 0; to J = …; then the gradient's comment and line; m = length(y), z = X * theta, h = sigmoid(z) are the
#: file's lines before theta(1) = 0
PT_BLOCK = (
    "theta(1) = 0;\n\n# Calcula função de custo J\n"
    "unreg_J = (1 / m) * (-y' * log(h) - (1 - y)' * log(1 - h)); % Custo sem regularização\n"
    "reg_J = (lambda / (2 * m)) * (theta' * theta); % Custo da regularização\n\n"
    "J = unreg_J + reg_J; % Somando os termos"
)
PT_LETS = ("m = length(y)", "z = X * theta", "h = sigmoid(z)")
PT_GRAD = "grad = (X' * (h - y) + lambda * theta) / m; % Termo (lambda*theta/2) aplicado"
PT_ANSWER = PT_BLOCK + "\n\n# Calcula gradiente para theta_0\n" + PT_GRAD
#: the f76 variant: (h - y) written (y - h)
PT_FLIPPED = PT_BLOCK + "\n\n# Calcula gradiente para theta_0\n" \
    "grad = (X' * (y - h) + lambda * theta) / m; % Termo (lambda*theta/2) aplicado"

ZEROING_NOTE = "read as Octave, in order: theta(1) = 0 sets the first entry of theta, the intercept's, to 0"


def _reg_logistic_skip_first(d):
    # by hand: h = σ(Xθ) with the whole θ (computed before the zeroing), the penalty (λ/2m)·Σ_{j≥2}θ_j²
    p = sigmoid(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))) + d.lam / (2 * d.m) * float(
        d.theta[1:] @ d.theta[1:])


def test_the_hand_gradients_by_finite_differences():
    # by hand: ∇J = (Xᵀ(σ(Xθ) − y) + λ[0; θ(2:end)])/m, the source's grad line with θ zeroed after h; (y − h) flips
    # the data term only, so it differs wherever Xᵀ(h − y) ≠ 0
    X, y, lam = _RNG.normal(size=(8, 3)), (_RNG.random(8) > 0.5).astype(float), 0.7
    theta = _RNG.normal(size=3)
    zeroed = np.array([0.0, *theta[1:]])
    numeric = central_differences(lambda t: intercept_free_ridge_cross_entropy(X, y, t, lam), theta)
    h = sigmoid(X @ theta)
    assert np.allclose(numeric, (X.T @ (h - y) + lam * zeroed) / 8, atol=1e-6)
    assert not np.allclose(numeric, (X.T @ (y - h) + lam * zeroed) / 8, atol=1e-4)
    # the trap: h computed from the zeroed θ is another gradient where θ₁ ≠ 0
    assert not np.allclose(numeric, (X.T @ (sigmoid(X @ zeroed) - y) + lam * zeroed) / 8, atol=1e-4)
    # and the penalty of the whole θ puts λθ₁/m on entry 1
    assert not np.isclose(numeric[0], ((X.T @ (h - y) + lam * theta) / 8)[0], atol=1e-4)


def test_the_portuguese_cost_is_read_in_order():
    # f76-idx21178114664-costfunctionreg-J-portuguese: refused before ("unexpected character '#'")
    assert_gradient_read(PT_BLOCK, _reg_logistic_skip_first, lets=PT_LETS)
    notes = notes_of(logderiv.derive(PT_BLOCK, let=PT_LETS))
    assert "'# Calcula função de custo J' is an Octave comment: dropped" in notes, notes
    assert any(ZEROING_NOTE in note and "the lines after it use [0;theta(2:end)]" in note
               and "the derivative is by the whole theta" in note for note in notes), notes


def test_the_gradient_after_theta1_zeroed_is_equivalent():
    # f76-idx21178114664-costfunctionreg-grad-after-theta1-zeroed: refused before ("theta(1) is Octave's entry of
    # theta counting from 1, and theta_0 numbers theta from 0 …", the theta_0 of the comment)
    assert_verdict_read(PT_ANSWER, PT_BLOCK, "equivalent", lets=PT_LETS)
    notes = notes_of(logderiv.check(PT_ANSWER, cost=PT_BLOCK, let=PT_LETS))
    assert "'# Calcula gradiente para theta_0' is an Octave comment: dropped" in notes, notes
    assert any("the lines compute J and grad, the two outputs of a cost function" in note
               and "J = unreg_J + reg_J is left out, with the lines that set what only it uses: unreg_J = " in note
               for note in notes), notes
    assert any(ZEROING_NOTE in note for note in notes), notes


def test_the_flipped_gradient_is_different():
    # f76-idx21178114664-costfunctionreg-grad-y-minus-h (variant): Xᵀ(y − h)
    assert_verdict_read(PT_FLIPPED, PT_BLOCK, "different", lets=PT_LETS)


def test_the_gradient_line_alone_penalises_the_intercept():
    # the grad line without the block: its θ is the whole θ, so entry 1 carries λθ₁/m the cost leaves out
    assert_verdict_read(PT_GRAD, PT_BLOCK, "different", lets=PT_LETS)


def test_h_computed_after_the_zeroing_is_not_the_lets_h():
    # the trap: the answer sets h again after theta(1) = 0 (σ of the zeroed θ): never judged equivalent
    answer = PT_BLOCK + "\nh = sigmoid(X * theta);\n" + PT_GRAD
    try:
        verdict = logderiv.check(answer, cost=PT_BLOCK, let=PT_LETS)
    except logderiv.errors.LogderivError:
        return  # refused: only a miss
    assert verdict.verdict == "different", verdict.verdict


def _not_wrong_cost(text, intended, lets):
    from corpus.items import Cost
    from corpus.judge import judge_cost

    outcome = judge_cost(Cost(id=text, source="test", text=text, intended=intended, lets=lets))
    assert outcome.kind in ("right", "refused"), outcome.detail  # a refusal is only a miss, a misread is not
    return outcome.kind


def _not_wrong_answer(text, cost, verdict, lets):
    from corpus.items import Answer
    from corpus.judge import judge_answer

    outcome = judge_answer(Answer(id=text, source="test", text=text, cost=cost, verdict=verdict, lets=lets))
    assert outcome.kind in ("right", "refused"), outcome.detail
    return outcome.kind


def test_the_lines_computing_h_after_the_zeroing_use_the_zeroed_theta():
    # the same lines computing h themselves after the zeroing: J = CE(σ(X[0;θ₂…])) + (λ/2m)Σ_{j≥2}θ_j², whose
    # derivative by θ₁ is 0 (σ and the penalty both see the zeroed θ); the source's gradient (h from the whole θ,
    # a --let) is then different
    cost = "theta(1) = 0;\nh = sigmoid(X * theta);\n" + PT_BLOCK.split("\n", 1)[1]

    def after(d):
        zeroed = np.array([0.0, *d.theta[1:]])
        p = sigmoid(d.X @ zeroed)
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))) + d.lam / (2 * d.m) * float(
            zeroed @ zeroed)

    X, theta = _RNG.normal(size=(5, 3)), _RNG.normal(size=3)
    y = (_RNG.random(5) > 0.5).astype(float)
    from types import SimpleNamespace
    numeric = central_differences(lambda t: after(SimpleNamespace(X=X, y=y, theta=t, lam=0.5, m=5)), theta)
    assert abs(numeric[0]) < 1e-8  # by hand: θ₁ enters nowhere once zeroed
    _not_wrong_cost(cost, after, ("m = length(y)",))
    _not_wrong_answer(PT_GRAD, cost, "different", ("m = length(y)",))


# ------------------------------------------------------------------ the guards
def test_theta_0_in_code_beside_octaves_theta1_is_still_refused():
    # only a comment's words are set aside: a cost written in θ₀ beside an answer in Octave's theta(1) is the
    # numbering clash it was (which entry theta(1) is, is not said)
    answer = "theta(1) = 0;\n" + PT_GRAD
    cost = "J = (1/m) * sum(-y .* log(h) - (1 - y) .* log(1 - h)) + lambda/(2*m) * (sum(theta.^2) - theta_0^2)"
    error = refused(logderiv.check, answer, cost=cost, let=PT_LETS)
    assert "theta(1) is Octave's entry of theta counting from 1, and theta_0 numbers theta from 0" in str(error)
    assert error.source == cost and error.column == cost.index("theta_0")


def test_a_helper_the_gradient_uses_is_kept():
    # c = lambda / m is used by J's line and by grad's: it is no line of J alone, so it stays (read right or refused)
    cost = "J = (1/m) * sum(-y .* log(h) - (1 - y) .* log(1 - h)) + lambda/(2*m) * sum(theta(2:end).^2);"
    answer = ("c = lambda / m;\nunreg = (1/m) * sum(-y .* log(h) - (1 - y) .* log(1 - h));\n"
              "J = unreg + c/2 * sum(theta(2:end).^2);\ngrad = X' * (h - y) / m + c * [0; theta(2:end)];")
    # by hand: J's penalty c/2·Σ_{j≥2}θ_j² = λ/(2m)·Σ_{j≥2}θ_j², its gradient c·[0; θ(2:end)]: equivalent; 2c: different
    lets = ("h = sigmoid(X * theta)",)
    _not_wrong_answer(answer, cost, "equivalent", lets)
    _not_wrong_answer(answer.replace("+ c * [0;", "+ 2 * c * [0;"), cost, "different", lets)
    try:
        notes = notes_of(logderiv.check(answer, cost=cost, let=lets))
    except logderiv.errors.LogderivError:
        return  # refused: c is not left out with J's line (it would be an unknown in grad's)
    left = [note for note in notes if "is left out" in note]
    assert all("c = lambda / m" not in note for note in left), notes


def test_a_hash_line_in_python_is_not_read_the_octave_way():
    # NumPy's w[0] = 0 with a '#' comment: no Octave zeroing, not read by this reading
    refused_by_logderiv(lambda: logderiv.check(
        "w[0] = 0  # no intercept penalty\ngrad = X.T @ (h - y) / m + lam / m * w",
        cost="np.mean(-y*np.log(h) - (1-y)*np.log(1-h)) + lam/(2*m)*np.sum(w[1:]**2)", let=("h = sigmoid(X @ w)",)))


def test_an_entry_of_theta_after_the_zeroing_is_still_refused_with_its_place():
    answer = PT_BLOCK + "\n# Calcula gradiente\ngrad = (X' * (h - y) + lambda * theta(1)) / m;"
    error = refused(logderiv.check, answer, cost=PT_BLOCK, let=PT_LETS)
    assert "comes after theta(1) = 0: an entry of the zeroed theta ([0;theta(2:end)]) or of theta as it was " \
        "before, which is not said" in str(error)
    assert error.column == answer.index("theta(1))")


@pytest.mark.parametrize("item", ["f76-idx21178114664-costfunctionreg-J-portuguese",
                                  "f76-idx21178114664-costfunctionreg-grad-after-theta1-zeroed",
                                  "f76-idx21178114664-costfunctionreg-grad-y-minus-h"])
def test_the_corpus_items_are_right(item):
    from corpus import ANSWERS, COSTS
    from corpus.judge import outcome

    kinds = [("cost", k) for k, c in enumerate(COSTS) if c.id == item] + \
        [("answer", k) for k, a in enumerate(ANSWERS) if a.id == item]
    assert len(kinds) == 1
    result = outcome(*kinds[0])
    assert result.kind == "right", result.detail
