"""Code's index after a bracket or a call, ``(dot(w, x) - y)[0]``: read only where NumPy's shapes say what it takes.

Found in Cornell's ridge code (corpus item f24-cornell-np-ridge-dot-p): ``loss = dot(p, p) + lambdaa*dot(w, w)``
with ``p = (dot(w, x_tr) - y_tr)[0]``. The ``[0]`` was once read as a bracketed factor 0, so p was 0 for every w and
the data term's gradient was dropped with every step "verified" (∂J/∂wⱼ = 2λwⱼ); ``[1]`` read as 1 and ``[-1]`` as
a sign change, just as silently. An audit then refused every index after a bracket or a call, since what it takes
depends on the arrays' shapes.

The coordinator's decision after fixcols (the merge of one-example-per-column NumPy, notation/column_broadcast.py):
Cornell's own text is read, noted, because its meaning is clear: ``dot(w, x_tr)`` of the parameters on the left of
the data fixes x_tr as d×m; ``w = w[:, 0]`` makes w 1-D, so ``dot(w, x_tr)`` is the 1-D n-vector of wᵀxᵢ; minus
the 1×n label row ``y_tr`` it broadcasts to a 1×n row, and ``[0]`` of that is row 0, every example's residual (and
``loss = dot(p, p) + …`` needs p to be all of them). So ``(dot(w, x) - y)[0]`` is read as the residuals, also
scaled (``2*(…)[0]``: the index binds first), squared entry by entry (``(…)[0]**2``) or with a comment after it.

Every other index stays refused, its caret on the index in the text AS WRITTEN, because NumPy takes something else
or the text does not say what: ``dot(w, x)[0]`` and ``sigmoid(dot(w, x))[0]`` index the 1-D product itself (entry
0, one example), in or out of a call alike; ``np.squeeze(…)[0]``, ``(…).flatten()[0]``, ``(…)[0][0]`` and
``(…).T[0]`` index a 1-D array or a column (one entry); ``(…)[1]`` is no row of a 1×n array; ``(…)[-1]``,
``(…)[[0]]``, ``(…) [0]``, ``(…)[0.0]``, ``(…)(1)`` and ``[…][0]`` are not the plain row index; and ``np.dot``,
``x.dot(w)`` do not fix the layout (only NumPy's bare dot imported by name does). Behind it, a guard: a --let whose
text uses the vector differentiated by but whose built value does not depend on it is refused, whatever pass
lost it.

The gradients that are read are held to central finite differences of the cost written in NumPy.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy
from click.testing import CliRunner

from logderiv import check, derive
from logderiv.cli import main
from logderiv.errors import InputError

from _numeric import central_differences

RIDGE = "dot(p, p) + lambdaa*dot(w, w)"
#: Cornell's text as stored in the corpus (tests/corpus/fresh_twentyfourth.py, _CN_RIDGE_LETS)
CORNELL_LETS = ("w = w[:, 0]", "p = (dot(w, x_tr) - y_tr)[0]")


def _ridge(w, x, y, lam):
    """Σᵢ (wᵀxᵢ − yᵢ)² + λ wᵀw, examples as the rows of x: what dot(p, p) + λ dot(w, w) is with p the residuals."""
    residual = x @ w - y
    return residual @ residual + lam * w @ w


def _gradient_at(derivation, w, x, y, lam):
    """The derived ∂J/∂wⱼ for each j at one point: definitions expanded, sums done over m = len(y), n = len(w)."""
    problem = derivation.problem
    expr = problem.expand_definitions(derivation.result)
    names = {str(s): s for s in expr.free_symbols}
    m, n = len(y), len(w)
    expr = expr.subs({names[k]: v for k, v in (("m", m), ("n", n)) if k in names}).doit()
    values = {}
    for entry in expr.atoms(sympy.Indexed):
        base, index = str(entry.base.label), [int(i) for i in entry.indices if i.is_Integer]
        if base == "w" and len(index) == 1:
            values[entry] = w[index[0] - 1]
        elif base == "x" and len(index) == 2:
            values[entry] = x[index[0] - 1, index[1] - 1]
        elif base == "y" and len(index) == 1:
            values[entry] = y[index[0] - 1]
    lam_symbol = next(s for s in expr.free_symbols if str(s) == "lambda")
    j = next(s for s in expr.free_symbols if str(s) == "j")
    out = []
    for k in range(1, n + 1):
        at = expr.subs(j, k).doit()
        at = at.subs({e: values.get(e, e) for e in at.atoms(sympy.Indexed)}).subs(lam_symbol, lam)
        at = at.subs({e: w[int(e.indices[0]) - 1] for e in at.atoms(sympy.Indexed) if str(e.base.label) == "w"})
        out.append(float(at))
    return np.array(out)


_RNG = np.random.default_rng(24)
_W, _X, _Y, _LAM = _RNG.normal(size=2), _RNG.normal(size=(3, 2)), _RNG.normal(size=3), 0.7


def _finite_differences():
    return central_differences(lambda v: _ridge(v, _X, _Y, _LAM), _W)


def test_cornells_text_is_read_as_every_residual():
    """The real corpus text: (1-D dot(w, x_tr) − the 1×n y_tr)[0] is row 0, the residuals; held to finite differences."""
    derivation = derive(RIDGE, wrt="w_j", let=list(CORNELL_LETS))
    np.testing.assert_allclose(_gradient_at(derivation, _W, _X, _Y, _LAM), _finite_differences(), rtol=1e-6)
    assert any("(…)[0] of that 1×m row is the row itself" in note for note in derivation.notes)


def _numpy_ridge_of_cornells_text(v, x_columns, y_row, lam):
    """Cornell's lines run by NumPy itself: w 1-D, x_tr d×n, y_tr 1×n, p = (dot(w, x_tr) - y_tr)[0]."""
    p = (np.dot(v, x_columns) - y_row)[0]
    return float(np.dot(p, p) + lam * np.dot(v, v))


def test_numpy_takes_cornells_index_as_the_row():
    """Independent of logderiv: NumPy's own value of Cornell's lines is Σᵢ(wᵀxᵢ − yᵢ)² + λ‖w‖², and the variants
    refused below take one entry instead (so their value is another cost)."""
    x_columns, y_row = _X.T, _Y[None, :]
    assert np.isclose(_numpy_ridge_of_cornells_text(_W, x_columns, y_row, _LAM), _ridge(_W, _X, _Y, _LAM))
    assert np.isclose(np.dot(_W, x_columns)[0], _X[0] @ _W)  # dot(w, x)[0]: one example's score
    assert np.isclose(np.squeeze(np.dot(_W, x_columns) - y_row)[0], _X[0] @ _W - _Y[0])  # one residual
    assert np.isclose((np.dot(_W, x_columns) - y_row).flatten()[0], _X[0] @ _W - _Y[0])
    assert (np.dot(_W, x_columns) - y_row).T[0].shape == (1,)  # one residual, as a 1-array


def test_the_reading_that_was_silent_drops_the_data_term():
    """Why this is release-blocking: the old reading's 2λwⱼ is not the cost's gradient, by finite differences."""
    assert not np.allclose(_finite_differences(), 2 * _LAM * _W, rtol=1e-3)


def test_the_residual_written_without_the_index_is_read_right():
    """What the hint asks for, p = dot(w, x) - y, gives 2 Σᵢ pᵢ xᵢⱼ + 2λwⱼ: held to finite differences."""
    derivation = derive(RIDGE, wrt="w_j", let=["p = dot(w, x) - y"])
    np.testing.assert_allclose(_gradient_at(derivation, _W, _X, _Y, _LAM), _finite_differences(), rtol=1e-6)
    # worked by hand: 2 Xᵀ(Xw − y) + 2λw
    np.testing.assert_allclose(_finite_differences(), 2 * _X.T @ (_X @ _W - _Y) + 2 * _LAM * _W, rtol=1e-6)


@pytest.mark.parametrize("let, index", [("p = sigmoid(dot(w, x))[0] - y", ")[0]"), ("p = (dot(w, x) - y)[1]", ")[1]"),
                                        ("p = (dot(w, x) - y).flatten()[0]", ")[0]")])
def test_the_cli_refuses_with_a_caret_and_exit_2(let, index):
    """A refused index: exit 2, the caret under '[' of the let AS WRITTEN (never a respelling), no traceback."""
    result = CliRunner().invoke(main, ["derive", RIDGE, "--wrt", "w_j", "--let", let])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    shown = next(k for k, line in enumerate(lines) if line.strip() == let)
    assert lines[shown + 1].index("^") == lines[shown].index(let) + let.index(index) + 1


def test_check_judges_cornells_text_and_refuses_an_entry():
    """check --cost … reads the cost the same way: 2λwⱼ (the old silent reading) is now 'different', by the
    finite differences above; an index NumPy takes as one entry is refused, not judged."""
    assert check("2*lambdaa*w_j", cost=RIDGE, wrt="w_j", let=list(CORNELL_LETS)).verdict == "different"
    with pytest.raises(InputError):
        check("2*lambdaa*w_j", cost=RIDGE, wrt="w_j", let=["w = w[:, 0]", "p = dot(w, x_tr)[0] - y_tr"])


#: each was read silently before (as p·0, p·1, −p, or the call times 0), or is its near variant; NumPy takes one entry
#: (or no row) here, or the text does not fix the layout: refused (see the module's docstring for each)
INDEXED = [
    "p = (dot(w, x) - y)[1]",
    "p = (dot(w, x) - y)[-1]",
    "p = (dot(w, x) - y)[0][0]",
    "p = (dot(w, x) - y)[[0]]",
    "p = (dot(w, x) - y) [0]",
    "p = (dot(w, x) - y)[0.0]",
    "p = (dot(w, x) - y).T[0]",
    "p = (dot(w, x) - y)(1)",
    "p = dot(w, x)[0] - y",
    "p = np.dot(w.T, x)[0] - y",
    "p = x.dot(w)[0] - y",
    "p = (np.dot(w, x) - y)[0]",
    "p = np.squeeze(dot(w, x) - y)[0]",
    "p = (dot(w, x) - y).flatten()[0]",
    "p = [w^T x - y][0]",
    "p = sigmoid(dot(w, x))[0] - y",
    "p = (sigmoid(dot(w, x)))[0] - y",
    "p = (dot(w, x_tr) - y_tr[0])[0]",
    "p = (dot(x, dot(w, x) - y))[0]",
]


@pytest.mark.parametrize("let", INDEXED)
def test_an_index_after_a_bracket_or_a_call_is_refused_at_the_index(let):
    with pytest.raises(InputError) as caught:
        derive(RIDGE, wrt="w_j", let=[let])
    assert caught.value.label == "--let"
    assert caught.value.source == let  # the caret is in the text as written
    assert let[caught.value.column] in "[(", let[caught.value.column:]


#: the 1×n residual row's [0], as Cornell writes it, in the spellings that are the same row: read, with p as NumPy has
#: it (the index binds before * and **), each held to finite differences of that cost
READ = [
    ("p = (dot(w, x) - y)[0]", lambda r: r),
    ("p = (dot(w, x) - y)[ 0 ]", lambda r: r),
    ("p = (dot(w, x) - y)[0] # residual", lambda r: r),
    ("p = 2*(dot(w, x) - y)[0]", lambda r: 2 * r),
    ("p = (dot(w, x) - y)[0]**2", lambda r: r ** 2),
    ("p = (y - dot(w, x))[0]", lambda r: -r),
]


@pytest.mark.parametrize("let, of_residual", READ)
def test_the_residual_rows_index_is_read(let, of_residual):
    def cost(v):
        p = of_residual(_X @ v - _Y)
        return p @ p + _LAM * v @ v

    derivation = derive(RIDGE, wrt="w_j", let=[let])
    expected = central_differences(cost, _W)
    np.testing.assert_allclose(_gradient_at(derivation, _W, _X, _Y, _LAM), expected, rtol=1e-6)


def test_the_lets_order_does_not_matter():
    """Cornell's two lines given the other way round read the same (a let may use a name a later let defines)."""
    derivation = derive(RIDGE, wrt="w_j", let=list(reversed(CORNELL_LETS)))
    np.testing.assert_allclose(_gradient_at(derivation, _W, _X, _Y, _LAM), _finite_differences(), rtol=1e-6)


@pytest.mark.parametrize("lets", [("p = q - y", "q = dot(w, x)[0]"), ("q = sigmoid(dot(w, x))[0]", "p = q - y")])
def test_the_index_is_refused_whichever_let_holds_it(lets):
    with pytest.raises(InputError):
        derive(RIDGE, wrt="w_j", let=list(lets))


@pytest.mark.parametrize(
    "cost, lets",
    [
        ("(sum((dot(x, w) - y)**2))[0]", ()),
        ("sum((h - y)**2)", ("h = (x @ w)[0]",)),
        ("sum((h - y)^2)", ("h = sigmoid(X*w)(1)",)),
    ],
)
def test_the_same_index_in_a_cost_or_another_let_is_refused(cost, lets):
    with pytest.raises(InputError):
        derive(cost, wrt="w_j", let=list(lets))


@pytest.mark.parametrize(
    "lets",
    [
        ("p = (dot(w, x) - y).flatten()",),
        ("p = (dot(w, x) - y).ravel()",),
        ("p = (dot(w, x) - y).squeeze()",),
        ("p = (dot(w, x) - y).reshape(-1)",),
        ("p = np.squeeze(dot(w, x) - y)",),
        ("p = q - y", "q = dot(w, x)"),  # a let that uses a name defined by a later let
        ("p = q", "q = dot(w, x) - y"),
    ],
)
def test_reshaping_and_later_lets_keep_the_residual(lets):
    """Reshaping keeps the entries, and a later let is substituted: the gradient, held to finite differences."""
    derivation = derive(RIDGE, wrt="w_j", let=list(lets))
    np.testing.assert_allclose(_gradient_at(derivation, _W, _X, _Y, _LAM), _finite_differences(), rtol=1e-6)


def test_a_bracketed_expression_as_a_factor_still_reads():
    """Only a lone number in the bracket is an index: (a - b) [a - b] stays a product, here Σᵢ(wᵀxᵢ − yᵢ)²."""
    derivation = derive("sum((dot(w, x) - y) [dot(w, x) - y]) + lambdaa*dot(w, w)", wrt="w_j")
    np.testing.assert_allclose(_gradient_at(derivation, _W, _X, _Y, _LAM), _finite_differences(), rtol=1e-6)


@pytest.mark.parametrize("let", ["p = 0*(dot(w, x) - y)", "p = dot(w, x) - dot(w, x) - y", "p = 0*(dot(x, w) - y)",
                                 "p = dot(x, w) - dot(x, w) - y"])
def test_a_let_that_uses_w_but_is_read_without_it_is_refused(let):
    """The guard behind the parser: the let writes w, its value does not depend on w; the caret on its w AS WRITTEN
    (dot(w, x) is respelled np.dot(w.T, X) by the column layout's reading: the caret must not point into that)."""
    with pytest.raises(InputError) as caught:
        derive(RIDGE, wrt="w_j", let=[let])
    assert caught.value.label == "--let"
    assert caught.value.source == let
    assert let[caught.value.column] == "w"
    assert "does not depend" in str(caught.value)


def test_a_let_without_w_is_not_the_guards_business():
    """p = 7 writes no w: a constant per example, as written, and the gradient is 2λwⱼ (finite differences agree)."""
    derivation = derive(RIDGE, wrt="w_j", let=["p = 7"])
    expected = central_differences(lambda v: 3 * 49 + _LAM * v @ v, _W)
    np.testing.assert_allclose(_gradient_at(derivation, _W, _X, _Y, _LAM), expected, rtol=1e-6)


def test_the_documented_messages_are_the_messages():
    """docs/notation.md quotes both refusals: the quotes are what the errors say."""
    from pathlib import Path

    docs = (Path(__file__).parents[1] / "docs" / "notation.md").read_text(encoding="utf-8")
    for let in ("p = dot(w, x)[0] - y", "p = 0*(dot(w, x) - y)"):
        with pytest.raises(InputError) as caught:
            derive(RIDGE, wrt="w_j", let=[let])
        assert f'"{caught.value.message}"' in docs
        if caught.value.hint and "index" in caught.value.message:
            assert f'"{caught.value.hint}"' in docs
