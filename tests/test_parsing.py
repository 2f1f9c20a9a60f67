"""The plain-notation front end: text to tree, and every way of refusing text."""

from __future__ import annotations

import subprocess
import sys

import pytest
from _effort import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from logderiv.errors import InputError, InputTooLargeError
from logderiv.notation import parse, parse_let, read_problem, tree
from logderiv.notation.tree import Span


def caret(error: InputError) -> str:
    """The source with a caret line under the offending column, as the CLI shows it."""
    return f"{error.source}\n{' ' * error.column}^"


def refuse(text: str, **kwargs) -> InputError:
    """Parse ``text`` expecting an InputError, and return it."""
    with pytest.raises(InputError) as caught:
        parse(text, **kwargs)
    return caught.value


def shape(node):
    """A tree without spans, for comparing what two spellings mean."""
    if isinstance(node, tree.Number):
        return ("number", node.text)
    if isinstance(node, tree.Constant):
        return ("constant", node.name)
    if isinstance(node, tree.Variable):
        return ("var", node.name, node.feature, node.example)
    if isinstance(node, tree.Apply):
        return ("apply", node.function, shape(node.argument))
    if isinstance(node, tree.Call):
        return ("call", node.name, shape(node.argument))
    if isinstance(node, tree.Binary):
        return (node.op, shape(node.left), shape(node.right))
    if isinstance(node, tree.Negate):
        return ("neg", shape(node.operand))
    if isinstance(node, tree.Sum):
        return ("sum", node.over, node.index, shape(node.body))
    if isinstance(node, tree.Dot):
        return ("dot", shape(node.left), shape(node.right))
    if isinstance(node, tree.Derivative):
        return ("d", shape(node.body), shape(node.wrt))
    raise AssertionError(node)


# --- trees ------------------------------------------------------------------------


def test_a_walk_visits_every_node_depth_first_and_the_same_again():
    """tree.walk: the node, then its children's sub-trees from the last child to the first; a second walk of the
    same tree (remembered) and a walk of a sub-tree visit what a walk written out here visits."""

    def children(node):
        # the fields of each node type that hold nodes, in order (written out here, not read from tree.py)
        if isinstance(node, (tree.Binary, tree.Dot)):
            return [node.left, node.right]
        if isinstance(node, (tree.Apply, tree.Call)):
            return [node.argument]
        if isinstance(node, tree.Negate):
            return [node.operand]
        if isinstance(node, tree.Sum):
            return [node.body]
        return []

    def preorder(node):
        return [node, *(inside for child in reversed(children(node)) for inside in preorder(child))]

    node = parse("-1/m * sum((sigmoid(theta^T x) - y) x_j) + exp(2 theta_j)")
    expected = preorder(node)
    assert len(expected) > 10
    for _ in range(2):
        assert [id(inside) for inside in tree.walk(node)] == [id(inside) for inside in expected]
    body = next(inside for inside in expected if isinstance(inside, tree.Sum)).body
    assert [id(inside) for inside in tree.walk(body)] == [id(inside) for inside in preorder(body)]
    walked = tree.walk(node)
    assert next(walked) is node and next(walked) is expected[1]  # an iterator, as the generator was


def test_dot_product_spellings_make_a_dot_node():
    """θᵀx in all its spellings is a Dot of theta and x."""
    for text in ("theta^T x", "θᵀx", "theta . x", "dot(theta, x)", "θ·x", "theta^T * x", "θᵀ x"):
        node = parse(text)
        assert isinstance(node, tree.Dot), text
        assert (node.left.name, node.right.name) == ("theta", "x"), text


def test_indices_in_any_order():
    """x_j^(i), x^(i)_j, xⱼ⁽ⁱ⁾ and x_j_i are one variable with both indices."""
    for text in ("x_j^(i)", "x^(i)_j", "xⱼ⁽ⁱ⁾", "x⁽ⁱ⁾ⱼ", "x_j_i"):
        node = parse(text)
        assert node == tree.Variable("x", Span(0, len(text)), feature="j", example="i"), text


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [("delta_jk", "j", "k"), ("δⱼₖ", "j", "k"), ("δ₁ⱼ", "1", "j"), ("delta_j_k", "j", "k"), ("delta_1j", "1", "j")],
)
def test_kronecker_delta_spellings(text, first, second):
    """Two feature indices on delta make the Kronecker delta, as logderiv prints ∂θₖ/∂θⱼ."""
    assert parse(text) == tree.Kronecker(first, second, Span(0, len(text)))


def test_delta_with_one_feature_index_is_not_a_kronecker_delta():
    """One index leaves delta an ordinary indexed name; a second index written apart is a bare index."""
    assert parse("delta_j^(i)") == tree.Variable("delta", Span(0, 11), feature="j", example="i")
    with pytest.raises(InputError, match="'k' is a feature index") as caught:
        parse("delta_j k")
    assert caught.value.column == 8


@pytest.mark.parametrize("text", ["e_1", "e₁"])
def test_e_with_a_number_is_read_for_the_unit_vector(text):
    """e₁ parses (the matrix-answer builder reads it as a unit vector); e_j and eⱼ stay errors."""
    assert parse(text) == tree.Variable("e", Span(0, len(text)), feature="1")
    for wrong in ("e_j", "eⱼ"):
        with pytest.raises(InputError, match="'e' is a constant and has no index"):
            parse(wrong)


def test_unicode_and_ascii_names_are_canonical():
    """θ, λ and the Greek names become their ASCII canonical names."""
    assert shape(parse("θ_j")) == shape(parse("theta_j")) == ("var", "theta", "j", None)
    assert shape(parse("λ")) == ("var", "lambda", None, None)
    assert shape(parse("η")) == ("var", "eta", None, None)
    assert shape(parse("θ₀")) == ("var", "theta", "0", None)


def test_prediction_called_or_bare():
    """h is a Variable when bare and a Call when applied to x."""
    assert isinstance(parse("h"), tree.Variable)
    for text in ("h(x)", "h_theta(x)", "h_θ(x^(i))", "h(x⁽ⁱ⁾)", "h (x)"):
        node = parse(text)
        assert isinstance(node, tree.Call) and node.name == "h", text


def test_single_letter_before_parenthesis_is_a_product():
    """y(1-h) multiplies; only a call on x is a call."""
    node = parse("y(1-h)")
    assert isinstance(node, tree.Binary) and node.op == "*"


def test_sums_over_examples_and_features():
    """sum, sum_i, Σ, Σᵢ, ∑ sum over examples; sum_k, Σ_j over features."""
    for text in ("sum(y)", "sum_i(y)", "Σ(y)", "Σᵢ y", "Σ_i y", "∑ y"):
        node = parse(text)
        assert isinstance(node, tree.Sum) and node.over == "examples" and node.index == "i", text
    for text, index in (("sum_k(theta_k)", "k"), ("Σ_j θ_j", "j"), ("Σₖ θₖ", "k"), ("sum_l(x_l)", "l")):
        node = parse(text)
        assert isinstance(node, tree.Sum) and node.over == "features" and node.index == index, text


def test_sum_without_parentheses_extends_over_the_term():
    """Σ_i y log h + 1 sums y log h only; the + ends the sum."""
    node = parse("Σ_i y log h + 1")
    assert isinstance(node, tree.Binary) and node.op == "+"
    assert isinstance(node.left, tree.Sum)
    assert shape(node.left.body) == ("*", ("var", "y", None, None), ("apply", "log", ("var", "h", None, None)))


def test_sum_extends_over_a_product_after_parentheses():
    """Σᵢ (h − y) xⱼ sums the whole product, as logderiv's own output means it."""
    node = parse("Σᵢ (h − y) xⱼ")
    assert isinstance(node, tree.Sum)
    assert node.body.op == "*"


def test_juxtaposition_has_the_precedence_of_times():
    """1/m sum(...) is (1/m)·sum(...); lambda/2m is the convention λ/(2m), not (λ/2)·m."""
    assert shape(parse("1/m sum(y)")) == shape(parse("(1/m)*sum(y)"))
    assert shape(parse("lambda/2m")) == shape(parse("lambda/(2*m)"))
    assert shape(parse("lambda/2 * m")) == shape(parse("(lambda/2)*m"))
    assert shape(parse("lambda/(2m)")) == shape(parse("lambda/(2*m)"))


def test_power_is_right_associative_and_binds_tighter_than_minus():
    """-x^2 is -(x^2) and a^b^c is a^(b^c)."""
    assert shape(parse("-x^2")) == ("neg", ("^", ("var", "x", None, None), ("number", "2")))
    assert shape(parse("a^b^c")) == shape(parse("a^(b^c)"))
    assert shape(parse("x**2")) == shape(parse("x^2")) == shape(parse("x²"))


def test_function_without_parentheses_takes_the_next_power():
    """log h(x) is log(h(x)), log x_j^(i) is log(x_j^(i)), log h^2 is log(h^2)."""
    assert shape(parse("y log h(x)")) == shape(parse("y*log(h(x))"))
    assert shape(parse("log x_j^(i)")) == shape(parse("log(x_j^(i))"))
    assert shape(parse("log h^2")) == shape(parse("log(h^2)"))
    assert shape(parse("log(h)^2")) == ("^", ("apply", "log", ("var", "h", None, None)), ("number", "2"))


def test_derivative_spellings():
    """d/dz, d/dtheta_j, ∂/∂θ_j and d/dθ_j make Derivative nodes."""
    for text, wrt in (
        ("d/dz (z^2)", ("var", "z", None, None)),
        ("d/dtheta_j (theta_j)", ("var", "theta", "j", None)),
        ("∂/∂θ_j J", ("var", "theta", "j", None)),
        ("∂/∂theta_j J", ("var", "theta", "j", None)),
        ("d/dθⱼ J", ("var", "theta", "j", None)),
        ("d/dw_0 w_0", ("var", "w", "0", None)),
    ):
        node = parse(text)
        assert isinstance(node, tree.Derivative), text
        assert shape(node.wrt) == wrt, text


def test_d_alone_is_a_variable():
    """Without the d/dz pattern, d is an ordinary letter."""
    assert shape(parse("d/2")) == ("/", ("var", "d", None, None), ("number", "2"))


def test_e_is_eulers_number():
    """e is the Constant e; pi and π are the Constant pi."""
    assert shape(parse("e^z")) == ("^", ("constant", "e"), ("var", "z", None, None))
    assert shape(parse("pi")) == shape(parse("π")) == ("constant", "pi")


def test_defined_multi_letter_names_are_words():
    """A --let name such as loss is a word of its own once given in names."""
    assert shape(parse("loss + 1", names={"loss"})) == ("+", ("var", "loss", None, None), ("number", "1"))
    error = refuse("loss + 1")
    assert error.column == 0


def test_spans_point_into_the_source():
    """Every node's span covers the text it came from."""
    text = "-1/m Σ_i y^(i) log(h(x^(i)))"
    node = parse(text)
    for sub in tree.walk(node):
        assert 0 <= sub.span.start < sub.span.end <= len(text)
    assert node.span == Span(0, len(text))


def test_superscript_powers_and_unicode_minus():
    """x⁻¹ is x^(-1) and − is minus."""
    assert shape(parse("x⁻¹")) == ("^", ("var", "x", None, None), ("neg", ("number", "1")))
    assert shape(parse("a − b")) == shape(parse("a - b"))


def test_parse_let_forms():
    """--let accepts h=…, h = …, h(x)=… and h_θ(x)=…, with columns into the whole text."""
    for text in ("h=sigmoid(theta^T x)", "h = σ(θᵀx)", "h(x) = sigmoid(theta^T x)", "h_θ(x)=σ(θᵀx)"):
        name, value = parse_let(text)
        assert name == "h", text
        assert isinstance(value, tree.Apply) and value.function == "sigmoid", text
        assert text[value.span.start : value.span.end].startswith(("sigmoid", "σ"))


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("h sigmoid(z)", 12),  # no '='
        ("=z", 0),
        ("x=theta_j", 0),
        ("log=z", 0),
        ("j=1", 0),
        ("h=", 2),
        ("h = lgo(z)", 4),
        ("h+1=z", 1),
    ],
)
def test_parse_let_errors(text, column):
    """A malformed --let points at the offending column of the whole let."""
    with pytest.raises(InputError) as caught:
        parse_let(text)
    assert caught.value.column == column
    assert caught.value.source == text


# --- malformed input --------------------------------------------------------------

MALFORMED = [
    ("(x + 1", 0, "never closed"),
    ("((x) + 1", 0, "never closed"),
    ("x + 1)", 5, "unmatched"),
    ("(x]", 2, "does not close"),
    ("[x + (y])", 7, "does not close"),
    ("x @ y", 2, "unexpected character"),
    ("x $ y", 2, "unexpected character"),
    ("`x`", 0, "unexpected character"),
    ("'x'", 0, "unexpected character"),
    ('"x"', 0, "unexpected character"),
    ("x; y", 1, "unexpected character"),
    ("x +", 2, "needs something after"),
    ("x *", 2, "needs something after"),
    ("-", 0, "needs something after"),
    ("", 0, "nothing"),
    ("   ", 0, "nothing"),
    ("lgo(x)", 0, "did you mean 'log'"),
    ("sigmod(z)", 0, "did you mean 'sigmoid'"),
    ("x..y", 2, "dot product"),
    ("2 3", 2, "two numbers"),
    ("x 2", 2, "number cannot follow"),
    ("x^^2", 2, "cannot follow"),
    ("sum_q(y)", 4, "unknown index 'q'"),
    ("x_", 1, "must be followed by an index"),
    ("x_q", 2, "unknown index 'q'"),
    ("theta + 1", 0, "is a vector"),  # a bare "theta" alone may be a --wrt: the builder refuses it as a cost
    ("2 theta + 1", 2, "is a vector"),
    ("j", 0, "index"),
    ("y i", 2, "example index"),
    ("xy", 0, "unknown name 'xy'"),
    ("log", 0, "needs an argument"),
    ("log + 1", 4, "needs an argument"),
    ("*x", 0, "needs something before"),
    ("()", 0, "empty"),
    ("x, y", 1, "','"),
    ("2.", 1, "cannot end with '.'"),
    ("(1-h)^(i)", 5, "example index"),
    ("θᵀ", 1, "needs a vector"),
    ("θᵀ y", 3, "needs a vector"),
    ("theta^T x_j", 8, "whole vectors"),
    ("dot(theta x)", 10, "','"),
    ("x[0]", 1, "indexing"),
    ("(x)_j", 3, "subscript"),
    ("d/dlog x", 3, "cannot differentiate by"),
    ("x ⁽", 2, "⁽ⁱ⁾"),
    ("a = b", 2, "unexpected character"),
    ("x\x00", 1, "U+0000"),
    # Sum(…) applied to a bracket is the sum (noted, issue 10); a capitalised Sum applied to nothing is no name
    ("Sum y", 0, "did you mean 'sum'"),
]


@pytest.mark.parametrize(("text", "column", "fragment"), MALFORMED)
def test_malformed_input_points_at_the_right_column(text, column, fragment):
    """Malformed input raises InputError with the column of the offending character."""
    error = refuse(text)
    assert type(error) is InputError
    assert error.column == column, (error.message, error.column)
    assert error.message
    assert fragment in error.message
    assert error.source == text


def test_caret_sits_under_the_offending_character():
    """The caret line built from source and column points at the bad character."""
    for text, char in (("y log(h) + (1-y) lgo(1-h)", "l"), ("-1/m sum(y @ h)", "@"), ("(x + 1", "(")):
        error = refuse(text)
        source_line, caret_line = caret(error).split("\n")
        assert source_line == text
        assert source_line[caret_line.index("^")] == char
    error = refuse("y log(h) + (1-y) lgo(1-h)")
    assert caret(error).split("\n")[1] == " " * 17 + "^"


def test_unknown_function_has_a_did_you_mean():
    """lgo(x) says 'unknown function' with a suggestion, and lists the functions."""
    error = refuse("lgo(x)")
    assert error.message == "unknown function 'lgo' — did you mean 'log'?"
    assert "log" in error.hint and "multiply" not in error.hint


def test_unknown_word_without_suggestion_hints_at_products():
    """An unknown run of letters with no close function hints at writing products."""
    error = refuse("qzv")
    assert "x y" in error.hint and "x*y" in error.hint


def test_bare_vector_message():
    """A bare theta says how to write a component or a dot product (a lone "theta" may be a --wrt: see test_scalars)."""
    # fixf69b: a number's multiple of the whole vector (2 theta) is left by the parser to the builder, which reads it
    # in an answer as the gradient vector (check "2 * lam * w", as LaTeX's 2\lambda w) and refuses it in a cost with
    # this same message: the refusal is asked of derive, where it is made
    from logderiv import derive

    with pytest.raises(InputError) as caught:
        derive("2 theta")
    error = caught.value
    assert "theta_j" in error.message and "theta^T x" in error.message


# --- code injection ---------------------------------------------------------------

INJECTIONS = [
    "__import__('os').system('id')",
    "().__class__.__mro__",
    "().__class__.__mro__[1].__subclasses__()",
    "x.diff.__globals__",
    "lambda: 0",
    'exec("1")',
    "eval('1')",
    "open('/etc/passwd')",
    "getattr(x, 'y')",
    "[c for c in ()]",
    "x if y else z",
    "sympy.sympify('1')",
    'os.system("ls")',
    "import os",
    "{}.keys()",
    "1;2",
    'f"{1}"',
    "x[0]",
    "\x00",
    "theta.__class__",
    "Symbol('x')",
    "globals()",
    "x.__dict__",
    "compile('1', 'f', 'eval')",
    "__builtins__",
    "y; import os",
    "print(1)",
    "type(x)",
    "x and y",
    "not x",
    "lambda x: x",
    "x == y",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_code_injection_is_refused_by_the_grammar(text):
    """Python-looking input is an InputError; nothing is evaluated."""
    error = refuse(text)
    assert error.message
    assert error.column is not None and 0 <= error.column <= len(text)


def test_injection_that_would_create_a_file_creates_nothing(tmp_path):
    """A string that would create a file if executed is refused and creates no file."""
    target = tmp_path / "pwned"
    payloads = [
        f"__import__('pathlib').Path('{target}').touch()",
        f"open('{target}', 'w').write('x')",
        f"exec(\"open('{target}','w')\")",
    ]
    for payload in payloads:
        with pytest.raises(InputError):
            parse(payload)
        with pytest.raises(InputError):
            read_problem(payload)
        with pytest.raises(InputError):
            read_problem("sum(y log h)", lets=[f"h={payload}"])
        with pytest.raises(InputError):
            read_problem("sum(y log h)", wrt=payload)
    assert not target.exists()


# --- size bounds ------------------------------------------------------------------


def test_long_input_is_refused_before_any_parsing(monkeypatch):
    """50,000 characters are refused with InputTooLargeError before the tokenizer sees them.

    Checked by the work done, not by a clock (issue 14: no wall-clock asserts): the tokenizer is
    replaced by one that fails the test if it is ever called.
    """
    from logderiv.notation import plain

    def tokenize(*args, **kwargs):
        raise AssertionError("a 50,000-character input reached the tokenizer")

    monkeypatch.setattr(plain, "_tokenize", tokenize)
    with pytest.raises(InputTooLargeError):
        parse("x+" * 25_000)


def test_deep_nesting_is_refused():
    """Brackets nested 1000 deep are refused, pointing at the 101st."""
    text = "(" * 1000 + "x" + ")" * 1000
    with pytest.raises(InputTooLargeError) as caught:
        parse(text)
    assert caught.value.column == 100


def test_nesting_at_the_bound_is_accepted():
    """Nesting 100 deep is still read."""
    assert parse("(" * 100 + "x" + ")" * 100) == tree.Variable("x", Span(100, 101))


def test_nesting_without_brackets_is_bounded():
    """Towers of powers and chains of functions are bounded too."""
    with pytest.raises(InputTooLargeError):
        parse("^".join(["x"] * 500))
    with pytest.raises(InputTooLargeError):
        parse("log " * 500 + "x")


def test_long_literal_is_refused():
    """A 31-digit literal is refused, a 30-digit one read."""
    with pytest.raises(InputTooLargeError) as caught:
        parse("2 + " + "1" * 31)
    assert caught.value.column == 4
    assert parse("1" * 30) == tree.Number("1" * 30, Span(0, 30))
    with pytest.raises(InputTooLargeError):
        parse("0." + "0" * 30)


def test_long_run_of_signs_is_folded():
    """Thousands of minus signs are read without deep recursion."""
    node = parse("-" * 3001 + "x")
    assert isinstance(node, tree.Negate)
    assert isinstance(node.operand, tree.Variable)


def test_too_large_error_is_an_input_error():
    """InputTooLargeError is an InputError, so callers need catch only one type."""
    assert issubclass(InputTooLargeError, InputError)


# --- properties -------------------------------------------------------------------

_ALPHABET = list("xyhzbmnθλσΣᵀⱼᵢₖ⁽ⁱ⁾²⁻ijkle0123456789.+-*/^()[]_ ,∂√·−@'\"{};:") + [
    "theta",
    "sum",
    "log",
    "exp",
    "d/dz",
    "^(i)",
    "_j",
    "^T",
    "sigmoid",
    "Σ_i",
    "sum_k",
    "h(x)",
    "dot(",
    "**",
    "lambda",
    "__",
]


@settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_ALPHABET), max_size=25).map("".join))
def test_random_text_raises_only_input_errors(text):
    """Random text from the notation's alphabet parses or raises InputError, nothing else."""
    try:
        node = parse(text)
    except InputError as error:
        assert error.message
        assert error.column is None or 0 <= error.column <= len(text)
    else:
        assert node.span.end <= len(text)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_ALPHABET), max_size=16).map("".join))
def test_random_text_never_escapes_the_builder(text):
    """Random text read as a whole problem is a Problem or an InputError."""
    try:
        read_problem(text)
    except InputError as error:
        assert error.message


_LEAVES = st.sampled_from(
    # Euler's e raised to a power: a bare e is refused since session 29 (a name the text does not define, or
    # Euler's number? conventions.bare_e_message), so the grammar's constant is generated as it is read
    ["x", "y", "h", "z", "m", "lambda", "theta_j", "θ_0", "x_j", "2", "0.5", "e^z", "h(x)", "theta^T x", "θᵀx"]
)


def _compose(children):
    pair = st.tuples(children, children)
    return st.one_of(
        pair.map(lambda p: f"{p[0]} + {p[1]}"),
        pair.map(lambda p: f"{p[0]} - ({p[1]})"),
        pair.map(lambda p: f"({p[0]}) ({p[1]})"),
        pair.map(lambda p: f"({p[0]})*({p[1]})"),
        pair.map(lambda p: f"({p[0]})/(1 + ({p[1]})^2)"),
        children.map(lambda c: f"log(1 + ({c})^2)"),
        children.map(lambda c: f"σ({c})"),
        children.map(lambda c: f"exp({c})"),
        children.map(lambda c: f"-({c})"),
        children.map(lambda c: f"[{c}]^2"),
        children.map(lambda c: f"sum_k(theta_k ({c}))"),
    )


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.recursive(_LEAVES, _compose, max_leaves=8))
def test_random_valid_expressions_parse_and_build(text):
    """Expressions generated from the grammar always parse, also inside a sum over examples.

    They build too, except where a bare x stands as a number beside the feature vector
    x (θᵀx, x_j, h = σ(θᵀx)), or the count m multiplies x like a slope, or the sum over the
    examples sums only parameters with a free j (Σᵢ θⱼ: m copies, or Σⱼ θⱼ meant?): all are refused
    on purpose, with a caret (test_x_as_number.py, test_slope_m.py, test_misreads_hunt4.py).
    """
    node = parse(text)
    assert node.span.end <= len(text)
    try:
        # z is given its usual meaning, the score: an undefined letter beside the labels is refused on purpose
        # (the labels, an offset per example, or one number? test_review_eighth_a.py), which is not this test's subject
        problem = read_problem(f"-1/m sum_i({text})", lets=["h=sigmoid(theta^T x)", "z=theta^T x"])
    except InputError as error:
        assert ("x is a feature vector here" in error.message or "like a slope (m x)" in error.message
                or "marks nothing in them" in error.message), error.message
        return
    assert problem.cost is not None


# --- import cost ------------------------------------------------------------------


def test_parsing_does_not_import_sympy():
    """Importing the plain parser (and parsing, and failing) never imports sympy."""
    code = (
        "import sys, logderiv.notation.plain as p\n"
        "p.parse('-1/m sum(y log h + (1-y) log(1-h))')\n"
        "try:\n    p.parse('lgo(x)')\nexcept Exception:\n    pass\n"
        "print('sympy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_notation_package_import_does_not_import_sympy():
    """The front door package imports the builder (and sympy) only when building."""
    code = "import sys, logderiv.notation as n\nn.parse('theta^T x')\nprint('sympy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("text, column", [("1e-3 theta_j", 1), ("3e2", 1), ("x + 2.5E+4", 7)])
def test_scientific_notation_is_refused_not_misread(text, column):
    """`1e-3` is refused with a caret at the `e`, never read as 1·e − 3."""
    with pytest.raises(InputError) as caught:
        parse(text)
    assert caught.value.column == column
    assert "scientific notation" in caught.value.message

