"""A class's method called through the object, its def pasted beside (issue 10, fixself38).

Real students paste the methods of their model classes. ``self.weights``, ``self.bias`` were read already as the
quantities themselves; a call of another method, ``self.activation(linear_output)``, was refused even where the
method's def was given by --let (``def activation(self, x): return x``, an ADALINE's identity activation). It is now
read as that function, the object set aside (noted). A method without a def, a method also called bare, defined
twice, or an attribute whose role the texts do not settle (``self.p``) stays refused, now at that attribute.

Each expectation is worked by hand: the gradients below are checked against central differences at random points,
and logderiv's derived gradient against finite differences of the hand-written NumPy cost (the corpus judge).
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from corpus.items import Cost
from corpus.judge import judge_cost
from logderiv.errors import InputError

from _numeric import central_differences

# public code index file 25075683533 (Python, Spanish comments, class ADALINE, def fit / def compute_loss), verbatim
# as in tests/corpus/fresh_eightythird.py (f83-idx25075683533-es-adaline-*)
AD_LETS = (
    "def activation(self, x):\n    return x",
    "n_samples, n_features = X.shape",
    "linear_output = np.dot(X, self.weights) + self.bias",
    "y_pred = self.activation(linear_output)",
)
AD_COST = "return 0.5 * np.mean((y_true - y_pred)**2)"
METHOD_NOTE = "self.activation(…) calls the class's method activation, its def given by --let"


def _half_mse(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _point(seed, m=5, n=3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n), float(rng.normal())


def test_the_hand_gradients_are_the_finite_differences():
    """½·mean((y − (Xw + b))²): ∂/∂w = −Xᵀ(y − ŷ)/m and ∂/∂b = −mean(y − ŷ); the sign-dropped db is not."""
    for seed in (1, 2, 3):
        X, y, w, b = _point(seed)
        m = len(y)

        def cost(w_, b_):
            return 0.5 * np.mean((y - (X @ w_ + b_)) ** 2)

        by_w = -np.dot(X.T, (y - (X @ w + b))) / m
        by_b = -np.mean(y - (X @ w + b))
        assert np.allclose(by_w, central_differences(lambda v: cost(v, b), w), atol=1e-6)
        assert np.allclose([by_b], central_differences(lambda v: cost(w, v[0]), np.array([b])), atol=1e-6)
        assert not np.isclose(-by_b, by_b)  # db = np.mean(y - y_pred) is minus the partial


def test_the_adaline_cost_is_read_with_its_method():
    outcome = judge_cost(Cost(id="adaline", source="test", text=AD_COST, intended=_half_mse,
                              wrt=("weights_j", "bias"), lets=AD_LETS))
    assert outcome.kind == "right", outcome.detail
    notes = logderiv.derive(AD_COST, wrt="bias", let=AD_LETS).problem.notes
    assert any(note.startswith(METHOD_NOTE) for note in notes), notes
    # the method is not listed among the attributes read as quantities
    assert any(note.startswith("self.bias, self.weights: the object's attribute is the quantity itself")
               for note in notes), notes


@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    ("dw = -np.dot(X.T, (y - y_pred)) / n_samples", "weights_j", "equivalent"),
    ("db = -np.mean(y - y_pred)", "bias", "equivalent"),
    ("db = np.mean(y - y_pred)", "bias", "different"),  # the sign dropped (f83's variant)
])
def test_the_adaline_answers(answer, wrt, verdict):
    checked = logderiv.check(answer, cost=AD_COST, wrt=wrt, let=AD_LETS)
    assert checked.verdict == verdict
    assert any(note.startswith(METHOD_NOTE) for note in checked.notes), checked.notes


def _doubled(d):
    r = 2 * (d.X @ d.w + d.b) - d.y
    return float(r @ r) / (2 * d.m)


def test_a_method_that_is_not_the_identity_is_read_as_its_body():
    """def activation(self, x): return 2*x: ½·mean((y − 2(Xw + b))²), ∂/∂b = −2·mean(y − 2(Xw + b)) by hand."""
    lets = ("def activation(self, x):\n    return 2*x", *AD_LETS[1:])
    outcome = judge_cost(Cost(id="doubled", source="test", text=AD_COST, intended=_doubled,
                              wrt=("weights_j", "bias"), lets=lets))
    assert outcome.kind == "right", outcome.detail
    X, y, w, b = _point(7)
    by_b = -2 * np.mean(y - 2 * (X @ w + b))
    assert np.allclose([by_b], central_differences(
        lambda v: 0.5 * np.mean((y - 2 * (X @ w + v[0])) ** 2), np.array([b])), atol=1e-6)
    assert logderiv.check("db = -2*np.mean(y - y_pred)", cost=AD_COST, wrt="bias", let=lets).verdict == "equivalent"
    # the method's factor 2 lost: the identity's gradient, not this one's
    assert logderiv.check("db = -np.mean(y - y_pred)", cost=AD_COST, wrt="bias", let=lets).verdict == "different"


def test_the_one_line_form_and_this():
    """The method's def as a one-line --let, called through JavaScript's this: the same reading."""
    cost = "0.5 * np.mean((y - this.act(X @ this.w))**2)"
    derived = logderiv.derive(cost, wrt="w_j", let=("act(z) = z",))
    assert any(note.startswith("this.act(…) calls the class's method act") for note in derived.problem.notes)
    assert logderiv.check("X.T @ (X @ w - y) / m", cost=cost, wrt="w_j", let=("act(z) = z",)).verdict == "equivalent"


def _refusal(call):
    with pytest.raises(InputError) as caught:
        call()
    return caught.value


def test_a_method_without_its_def_is_refused_at_the_call():
    error = _refusal(lambda: logderiv.derive(AD_COST, wrt="bias", let=AD_LETS[1:]))
    assert "self.activation(…) calls a method of the class whose body no --let gives" in str(error)
    assert error.label == "--let" and error.source == AD_LETS[3]
    assert error.column == AD_LETS[3].index("self.activation")
    # the answer path says the same
    error = _refusal(lambda: logderiv.check("db = -np.mean(y - y_pred)", cost=AD_COST, wrt="bias", let=AD_LETS[1:]))
    assert "self.activation(…) calls a method of the class" in str(error)


def test_an_attribute_whose_role_is_not_settled_is_refused_at_it():
    text = "np.sum((X @ self.w - y)**2) / self.data"
    error = _refusal(lambda: logderiv.derive(text, wrt="w_j"))
    assert "self.data is not a quantity whose role the texts settle" in str(error)
    assert error.label == "COST" and error.column == text.index("self.data")


def test_a_method_also_called_bare_is_not_read_as_the_method():
    # activation(…) bare beside self.activation(…): a module's function and the method may be two things
    lets = (*AD_LETS, "z = activation(y_true)")
    error = _refusal(lambda: logderiv.derive(AD_COST, wrt="bias", let=lets))
    assert "'self.' is Python code inside a class" in str(error)
    assert "self.activation(…) calls a method" in str(error)


def test_a_method_defined_twice_is_refused():
    lets = (AD_LETS[0], "def activation(self, x):\n    return 2*x", *AD_LETS[1:])
    error = _refusal(lambda: logderiv.derive(AD_COST, wrt="bias", let=lets))
    assert "activation" in str(error)


def test_two_receivers_are_not_read_as_one_object():
    # self.act beside obj.w: another object's w need not be this one's
    text = "0.5 * np.mean((y - self.act(X @ obj.w))**2)"
    error = _refusal(lambda: logderiv.derive(text, wrt="w_j", let=("act(z) = z",)))
    assert "code inside a class" in str(error)
