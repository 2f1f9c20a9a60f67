"""mend36: four findings of an outside review of int36, mended.

1. A def of several lines that changes one of its own parameters in place (``t *= 2``), or a view of one, changes
   the caller's array (Python passes the array itself): refused with a caret, not read as if t were a number.
2. python_def's _PARAM and _SET patterns no longer backtrack over a run of spaces (cubic and quadratic before).
3. gradient_pieces._helper_between collects each value's names once instead of one search per written name.
4. redefined's NumPy line theta[0] + theta[1] * X[:, c] is not a line when the column is raised to a power.

Each expectation is worked by hand and checked by central differences of the NumPy code itself (tests/_numeric.py),
never taken from logderiv's output.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from _numeric import central_differences
from _reading import refused
from logderiv import check, derive
from logderiv.errors import InputError
from logderiv.notation import python_def
from work import calls_made


def _run(source: str, name: str):
    """The def as Python defines it (NumPy as np), nothing of logderiv."""
    space: dict = {"np": np}
    exec(source, space)  # noqa: S102 - the test's own text
    return space[name]


# ------------------------------------------------------------------ 1. a parameter changed in place

CHANGES_T = "def f(t, X, y):\n    s = np.sum((X@t - y)**2)/(2*len(y))\n    t *= 2\n    return s"


def test_a_def_that_doubles_its_parameter_in_place_changes_the_caller_s_array():
    rng = np.random.default_rng(36)
    X, y, theta = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    f = _run(CHANGES_T, "f")

    def cost(v):  # the cost as Python evaluates it: f doubles theta before the second term reads it
        v = v.copy()
        return f(v, X, y) + np.sum((X @ v - y) ** 2) / (2 * len(y))

    truth = central_differences(cost, theta)
    m = len(y)
    # by hand: the first term is (1/2m)|Xθ − y|², the second (1/2m)|2Xθ − y|²: Xᵀ(Xθ − y)/m + 2Xᵀ(2Xθ − y)/m
    assert np.allclose(truth, X.T @ (X @ theta - y) / m + 2 * X.T @ (2 * X @ theta - y) / m, atol=1e-5)
    # the answer once judged equivalent (t read as a number, the two terms alike) is another gradient
    assert not np.allclose(truth, 2 * X.T @ (X @ theta - y) / m, atol=1e-3)
    # f(θ) + f(θ): the second call sees 2θ, (1/2m)|Xθ − y|² + (1/2m)|2Xθ − y|², the same gradient
    twice = central_differences(lambda v: (lambda w: f(w, X, y) + f(w, X, y))(v.copy()), theta)
    assert np.allclose(twice, truth, atol=1e-5)


@pytest.mark.parametrize("cost", ["f(theta, X, y) + np.sum((X@theta - y)**2)/(2*len(y))",
                                  "f(theta, X, y) + f(theta, X, y)"])
def test_an_augmented_assignment_to_a_parameter_is_refused_at_its_line(cost):
    error = refused(check, "2*X.T@(X@theta - y)/m", cost=cost, let=(CHANGES_T,))
    assert "changes in place" in str(error) and "caller's t" in str(error), str(error)
    assert error.column == CHANGES_T.index("t *= 2")
    assert "copy" in (error.hint or ""), error.hint


@pytest.mark.parametrize(("body", "statement"), [
    ("    r = X[:, 1:]\n    r -= 1\n    return np.sum(t)", "r -= 1"),           # a slice: a view
    ("    r = X.T\n    r /= 2\n    return np.sum(t)", "r /= 2"),                  # .T: a view
    ("    r = t.reshape(-1, 1)\n    r += 1\n    return np.sum(r)", "r += 1"),     # reshape: a view
    ("    r = np.asarray(y)\n    r -= X @ t\n    return np.sum(r**2)", "r -= X @ t"),  # asarray: the array itself
    ("    y -= X @ t\n    return np.sum(y**2)", "y -= X @ t"),                    # the parameter itself
])
def test_a_view_of_a_parameter_changed_in_place_is_refused(body, statement):
    let = "def f(t, X, y):\n" + body
    # Python: the caller's array is changed by the call
    t0, X0, y0 = np.arange(1.0, 4.0), np.arange(1.0, 7.0).reshape(2, 3), np.array([1.0, 2.0])
    t, X, y = t0.copy(), X0.copy(), y0.copy()
    _run(let, "f")(t, X, y)
    assert not (np.array_equal(t, t0) and np.array_equal(X, X0) and np.array_equal(y, y0))
    with pytest.raises(InputError) as caught:
        python_def.collapse(let)
    assert "changes in place" in str(caught.value) and caught.value.column == let.index(statement)


def test_a_copy_or_a_new_value_is_still_read():
    # t = t * 2 is a new array (the caller's t as it was), and t *= 3 then changes only that new array
    text, _ = python_def.collapse("def f(t, X, y):\n    t = t * 2\n    t *= 3\n    return np.sum(t)")
    assert text == "def f(t, X, y): return np.sum(((t * 2) * 3))"
    text, _ = python_def.collapse("def f(t, X, y):\n    r = X.copy()\n    r -= 1\n    return np.sum(r)")
    assert text == "def f(t, X, y): return np.sum((X.copy() - 1))"


def test_the_note_on_a_parameter_set_again_says_which_value_the_return_uses():
    # s reads t before t = 2*t and the return reads s: the value returned uses t as passed
    let = "def f(t, X, y):\n    s = np.sum((X@t - y)**2)/(2*len(y))\n    t = 2*t\n    return s"
    text, note = python_def.collapse(let)
    assert text == "def f(t, X, y): return np.sum((X@t - y)**2)/(2*len(y))"
    assert "the value returned uses t as passed" in note and "read the new value" not in note, note
    rng = np.random.default_rng(4)
    X, y, theta = rng.normal(size=(5, 2)), rng.normal(size=5), rng.normal(size=2)
    f = _run(let, "f")
    truth = central_differences(lambda v: f(v.copy(), X, y), theta)
    assert np.allclose(truth, X.T @ (X @ theta - y) / 5, atol=1e-6)  # by hand: ∇(1/2m)|Xθ − y|²
    assert check("X.T@(X@theta - y)/m", cost="f(theta, X, y)", let=(let,)).verdict == "equivalent"
    # read after it: the note says the later lines read the new value
    _, note = python_def.collapse("def f(t, X, y):\n    t = 2*t\n    s = np.sum((X@t - y)**2)\n    return s")
    assert "the lines after it read the new value" in note and "as passed" not in note, note


# ------------------------------------------------------------------ 2. python_def's patterns over a run of spaces

# the patterns as they were before mend36 (cubic and quadratic over a run of spaces): the reference for the
# equivalence on short strings
_OLD_PARAM = re.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*(?::\s*(?P<annotation>[\w.\[\], |]+?))?\s*"
                        r"(?:=\s*(?P<default>'[^']*'|\"[^\"]*\"|[-\w.]+))?\s*$")
_OLD_SET = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*(?::\s*[\w.\[\], |]+?\s*)?(?P<op>[-+*/]?)=(?!=)\s*(?P<value>.+)$",
                      re.DOTALL)
#: a colon with nothing but spaces after it (def f(x: ), x: = 1): a Python syntax error the old class, which held a
#: space, took as an annotation of spaces; the new patterns leave it unread (collapse returns None, as for any other)
_BLANK_ANNOTATION = re.compile(r"^\s*[A-Za-z_]\w*\s*:\s*(?:[-+*/]?=|$)")


def _product(alphabet: str, longest: int):
    import itertools

    for size in range(1, longest + 1):
        for letters in itertools.product(alphabet, repeat=size):
            yield "".join(letters)


def test_the_parameter_and_assignment_patterns_match_as_before_on_short_strings():
    def parameter(found):
        return None if found is None else (found.group("name"), (found.group("annotation") or "").strip() or None,
                                           found.group("default"))

    for text in _product("x :=|1'-", 6):
        old, new = parameter(_OLD_PARAM.match(text)), parameter(python_def._PARAM.match(text.strip()))
        assert old == new or (_BLANK_ANNOTATION.match(text) and new is None), (text, old, new)
    for text in _product("x :=|-*\n", 6):
        old_set, new_set = _OLD_SET.match(text), python_def._SET.match(text)
        old = None if old_set is None else old_set.group("name", "op", "value")
        new = None if new_set is None else new_set.group("name", "op", "value")
        assert old == new or (_BLANK_ANNOTATION.match(text) and new is None), (text, old, new)
    # annotated parameters and assignments as course code writes them
    assert python_def._PARAM.match("y_true: np.ndarray | None = None").group("name", "annotation", "default") \
        == ("y_true", "np.ndarray | None", "None")
    assert python_def._SET.match("cost: float += reg").group("name", "op", "value") == ("cost", "+", "reg")


def test_a_long_run_of_spaces_in_a_parameter_or_an_assignment_is_read_in_bounded_work():
    # before mend36, "x: int" + 1,500 spaces + "!" took about 10 s in _PARAM (cubic backtracking inside one C call,
    # which a count of calls cannot see: benchmarks/scaling.py times it); here what the input gives, and the calls
    spaces = " " * 20_000
    unread = f"def f(x: int{spaces}!):\n    z = x * 2\n    return z"
    read = f"def f(x: int{spaces}= 3):\n    z = x * 2\n    return z"
    body = f"def f(x):\n    z: int{spaces}!= x\n    return z"
    (results, calls) = calls_made(lambda: [python_def.collapse(text) for text in (unread, read, body)])
    assert results[0] is None and results[2] is None
    assert results[1][0] == "def f(x=3): return x * 2"
    assert calls < 5_000, calls


# ------------------------------------------------------------------ 3. the helper line between the gradient's lines


def _old_helper_between(statements):
    """gradient_pieces._helper_between as it was before mend36 (one search per written name per line): the
    reference the new one must agree with."""
    from logderiv.notation.gradient_pieces import _HELPER_SET, _WRITE

    writes = [_WRITE.match(statement) for statement, _ in statements]
    written = {write.group("name") for write in writes if write is not None}
    if len(statements) < 3 or writes[-1] is None:
        return statements, None
    for k in range(1, len(statements) - 1):
        found = _HELPER_SET.fullmatch(statements[k][0])
        if found is None or found.group("name") == writes[-1].group("name"):
            continue
        name, value = found.group("name"), found.group("value").strip()
        if not value:
            continue
        word = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w(\[])")
        others = [statement for at, (statement, _) in enumerate(statements) if at != k]
        if any(re.search(rf"(?<![\w.]){re.escape(other)}(?!\w)", value) for other in written) \
                or sum(1 for write in writes if write is not None and write.group("name") == name) != 1 \
                or any(word.search(statement) for statement, _ in statements[:k]) \
                or not any(word.search(statement) for statement in others) \
                or re.search(rf"(?<![\w.]){re.escape(name)}\s*[(\[]", " ".join(others)):
            continue
        later = [(word.sub(lambda _: f"({value})", statement), at) for statement, at in statements[k + 1:]]
        return [*statements[:k], *later], (f"read as Octave: {name} = {value} reads nothing the lines write, so its "
                                           "value is put where the later lines use it")
    return statements, None


def _random_statement(rng) -> str:
    names = ["grad", "xm", "a", "b", "X", "F", "m"]

    def atom() -> str:
        name = str(rng.choice(names))
        return str(rng.choice([name, f"{name}(1)", f"{name} (2)", f"{name}[0]", f"s.{name}", f"({name})", "2",
                               f"{name}'"]))

    value = " ".join(atom() + str(rng.choice([" +", " *", "/", ""])) for _ in range(rng.integers(1, 4))).rstrip("+*/ ")
    target = str(rng.choice(["grad", "grad(1)", "grad(2:end)", "xm", "a", "b"]))
    return str(rng.choice([f"{target} = {value};", f"{target} = {value}", f" {value}", f"({value})", "  ",
                           f"{target} += {value};"]))


def test_the_helper_line_is_found_as_before():
    rng = np.random.default_rng(36)
    moved = 0
    for _ in range(4_000):
        statements = [(_random_statement(rng), at) for at in range(int(rng.integers(3, 7)))]
        if rng.random() < 0.7:  # most end on a write of grad, as a gradient's lines do
            statements[-1] = (str(rng.choice(["grad(1) = ", "grad = "])) + _random_statement(rng).split("= ")[-1],
                              len(statements))
        from logderiv.notation.gradient_pieces import _helper_between

        new = _helper_between(statements)
        assert new == _old_helper_between(statements), statements
        moved += new[1] is not None
    assert moved > 30, moved  # the random lines move a helper often enough to compare the readings


def test_a_helper_put_into_the_later_line_reads_the_gradient_numerically():
    # grad = X'F/m + λ/m θ; xm = X(:,1); grad(1) = (xm'F)/m: ex5's gradient, the intercept unpenalised
    from logderiv.notation import gradient_pieces

    lines = ["grad = (X' * F) / m + lambda/m * theta;", "xm = X( :,1 );", "grad(1) = (xm' * F) / m;"]
    before = gradient_pieces._statements(lines)
    statements, note = gradient_pieces._helper_between(before)
    assert note is not None and "xm = X( :,1 ) reads nothing the lines write" in note
    # the helper's line dropped, its value put (bracketed) where the last line used xm; the first line as it was
    assert len(statements) == 2 and statements[0] == before[0]
    assert "(X( :,1 ))'" in statements[1][0] and "xm" not in statements[1][0]
    # what the lines compute, run as NumPy: column 1 of X is X[:, 0], grad(1) overwritten without the penalty
    rng = np.random.default_rng(76)
    X, y, theta, lam = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3), 0.7
    X[:, 0] = 1.0
    m = len(y)
    cost = lambda v: float((X @ v - y) @ (X @ v - y) / (2 * m) + lam / (2 * m) * v[1:] @ v[1:])  # noqa: E731
    F = X @ theta - y
    grad = X.T @ F / m + lam / m * theta
    grad[0] = X[:, 0] @ F / m
    assert np.allclose(grad, central_differences(cost, theta), atol=1e-6)


def test_many_helper_lines_are_scanned_in_linear_work():
    from logderiv.notation import gradient_pieces
    from work import assert_linear

    def build(size):
        # helper lines that read what the lines write (h_i = grad(1) + i), and helpers no line uses (c_i = X(:,1))
        lines = ["grad = (X' * F) / m;",
                 *(f"h{i} = grad(1) + {i};" if i % 2 else f"c{i} = X(:,1);" for i in range(size)),
                 "grad(1) = (X(:,1)' * F) / m;"]
        statements = gradient_pieces._statements(lines)
        return lambda: gradient_pieces._helper_between(statements)

    assert build(50)()[1] is None  # nothing moved: each helper reads grad or is used nowhere
    assert_linear(build, 300)


# ------------------------------------------------------------------ 4. NumPy's line: not with its column squared

SQUARED_COST = "J = 1 / (2 * m) * sum((h - y)**2)"


@pytest.mark.parametrize("model", ["h = theta[0] + theta[1] * X[:, 1]**2", "h = theta[0] + theta[1] * X[:, 1] ** 2",
                                   "h = theta[1] * X[:, 1] + theta[0] ** 2", "h = theta[0] + theta[1] * X[:, 1] / 2"])
def test_a_squared_column_is_not_noted_as_a_line(model):
    from logderiv.notation.redefined import _NUMPY_LINE

    assert _NUMPY_LINE.search(model) is None
    # by hand, for h = θ₀ + θ₁x²: ∂J/∂θ₁ = (1/m) Σ (h − y) x², not (1/m) Σ (h − y) x
    rng = np.random.default_rng(88)
    X, y, theta = rng.normal(size=(7, 2)), rng.normal(size=7), rng.normal(size=2)
    x, m = X[:, 1], len(y)
    by = central_differences(lambda v: float(np.sum((v[0] + v[1] * x**2 - y) ** 2) / (2 * m)), theta)
    h = theta[0] + theta[1] * x**2
    assert np.isclose(np.sum((h - y) * x**2) / m, by[1], atol=1e-6)
    assert not np.isclose(np.sum((h - y) * x) / m, by[1], atol=1e-3)
    for answer in ("(1 / m * sum((h - y) * X[:, 1]**2))", "(1 / m * sum((h - y) * X[:, 1]))"):
        try:
            result = check(answer, cost=SQUARED_COST, wrt="theta_1", let=("m = len(y)", model))
        except InputError as error:
            assert "is a line" not in str(error)  # refused (X[:, 1] numbered from 0): a miss, never a line
            continue
        assert not any("is a line" in note for note in result.notes), result.notes
        if "**" in model.replace("theta[0] ** 2", ""):
            assert result.verdict == ("equivalent" if "**2))" in answer else "different")


@pytest.mark.parametrize("text", ["h = theta[0] + theta[1] * X[:, 1]", "h = theta[1]*X[:, 1] + theta[0]",
                                  "J = sum((theta[0] + theta[1] * X[:, 1] - y)**2)",
                                  "J = sum((theta[1] * X[:, 1] + theta[0])**2)"])
def test_the_line_itself_is_still_a_line(text):
    from logderiv.notation.redefined import _NUMPY_LINE

    assert _NUMPY_LINE.search(text) is not None
