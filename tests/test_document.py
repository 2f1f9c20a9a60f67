"""The document reader: a written derivation split into steps, with lines, columns and rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from logderiv.errors import InputError, InputTooLargeError
from logderiv.notation.document import MAX_LENGTH, read_document

WRITTEN = Path(__file__).parent / "derivations_written"


def _written(source: str) -> list[str]:
    return [step.written for step in read_document(source).steps]


# --- plain notation -----------------------------------------------------------------------------


def test_one_expression_per_line_optionally_starting_with_equals():
    """Each line is a step; a leading '=' is not part of the expression."""
    document = read_document("a + b\n= c\n  = d e\n")
    assert document.notation == "plain"
    assert [step.written for step in document.steps] == ["a + b", "c", "d e"]
    assert [(step.line, step.column) for step in document.steps] == [(1, 0), (2, 2), (3, 4)]


def test_a_chain_on_one_line():
    """A = B = C is three steps, each with its own column."""
    source = "x_j = 2 x_j / 2 = x_j"
    steps = read_document(source).steps
    assert [step.written for step in steps] == ["x_j", "2 x_j / 2", "x_j"]
    assert [step.column for step in steps] == [0, source.index("2 x_j"), source.rindex("x_j")]


def test_blank_lines_are_skipped_and_an_expression_may_continue_inside_brackets():
    """An empty line is no step; a line break inside ( ) does not end the expression."""
    assert _written("a\n\n= sum(y\n  + h)\n") == ["a", "sum(y + h)"]


def test_step_text_is_the_source_with_layout_blanked():
    """Every character of a step's text is the document's, or a blank: columns stay true."""
    for path in sorted(WRITTEN.glob("*.t*")):
        if path.name == "expected.txt":
            continue
        source = path.read_text(encoding="utf-8")
        for step in read_document(source).steps:
            original = source[step.offset : step.offset + len(step.text)]
            assert all(a == b or a == " " for a, b in zip(step.text, original)), (path.name, step.line)
            first = step.offset + len(step.text) - len(step.text.lstrip())
            assert source[first] == step.text.lstrip()[0]


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("a\n= b   # chain rule", "chain rule"),
        ("a\n= b (chain rule)", "chain rule"),
        ("a\n= b   (linearity)", "linearity"),
        ("a\n= b # σ′ = σ(1 − σ)", "σ′ = σ(1 − σ)"),
    ],
)
def test_plain_rule_annotations(source, rule):
    """A trailing '# rule' or '(rule)' names the rule of that line's step."""
    steps = read_document(source).steps
    assert [step.written for step in steps] == ["a", "b"]
    assert steps[1].rule == rule
    assert steps[0].rule is None


@pytest.mark.parametrize("line", ["= b (1 - y)", "= b (h - y)", "= y log (h)", "= b (sigmoid)"])
def test_a_trailing_bracket_of_mathematics_is_not_a_rule(line):
    """(1 - y), (h - y) and function words are mathematics, kept in the expression."""
    steps = read_document("a\n" + line).steps
    assert steps[1].rule is None
    assert steps[1].written == line[2:]


def test_leading_name_of_the_derivative_is_not_a_step():
    """dJ/dtheta_j = … names what is derived and gives the variable."""
    source = "dJ/dtheta_j = 1/m sum((h - y) x_j)"
    document = read_document(source)
    assert document.name == "dJ/dtheta_j"
    assert document.wrt == "theta_j"
    assert source[document.wrt_offset :].startswith("theta_j")
    assert [step.written for step in document.steps] == ["1/m sum((h - y) x_j)"]


@pytest.mark.parametrize("name", ["∂J/∂θⱼ", "dJ(θ)/dθ_j", "∂J / ∂theta_j"])
def test_leading_name_spellings(name):
    """Unicode and ASCII spellings of ∂J/∂θⱼ are all names, not steps."""
    document = read_document(f"{name} = a\n= b")
    assert document.name == name
    assert len(document.steps) == 2


def test_a_derivative_to_take_is_a_step():
    """∂/∂θ_j J (the derivative to take) is the first step, not a name."""
    document = read_document("∂/∂θ_j J\n= a")
    assert document.name is None
    assert [step.written for step in document.steps] == ["∂/∂θ_j J", "a"]


def test_the_cost_name_drops_its_argument():
    """J(θ) and J(theta) are the cost's name: the argument is layout."""
    assert _written("d/dtheta_j J(theta)\n= a") == ["d/dtheta_j J", "a"]
    assert _written("∂/∂θ_j J(θ) = a") == ["∂/∂θ_j J", "a"]


# --- LaTeX ---------------------------------------------------------------------------------------


def test_latex_align_block():
    """align*, &=, \\\\ and \\\\[2ex] are layout; each &= starts a step."""
    source = "\\begin{align*}\nA &= B \\\\[2ex]\n  &= C \\\\\n  &= D.\n\\end{align*}\n"
    document = read_document(source)
    assert document.notation == "latex"
    assert [step.written for step in document.steps] == ["A", "B", "C", "D"]
    assert [step.line for step in document.steps] == [2, 2, 3, 4]


def test_equals_inside_braces_or_brackets_is_not_a_boundary():
    """An '=' in \\sum_{i=1}, in \\underset{…}{=} or in brackets does not cut a step."""
    source = "\\sum_{i=1}^{m} a_i \\underset{\\text{x = y}}{=} b \\overset{(\\ast)}{=} f(k=1)"
    steps = read_document(source).steps
    assert [step.written for step in steps] == ["\\sum_{i=1}^{m} a_i", "b", "f(k=1)"]
    assert [step.rule for step in steps] == [None, "x = y", "\\ast"]


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("a \\underset{\\text{chain rule}}{=} b", "chain rule"),
        ("a \\overset{\\text{linearity}}{=} b", "linearity"),
        ("a \\stackrel{\\mathrm{cancel}}{=} b", "cancel"),
        ("$$ a = b \\tag{distribute} $$", "distribute"),
        ("\\begin{aligned} a &= b && \\text{factor the sign} \\end{aligned}", "factor the sign"),
        ("\\begin{align} a &= b % substitute h\n\\end{align}", "substitute h"),
        ("a \\underset{\\text{$\\sigma' = \\sigma(1-\\sigma)$}}{=} b", "σ' = σ(1-σ)"),
    ],
)
def test_latex_rule_annotations(source, rule):
    """Rules given over or under '=', as a tag, a third column or a comment."""
    steps = read_document(source).steps
    assert [step.written for step in steps] == ["a", "b"]
    assert steps[1].rule == rule


def test_latex_leading_name():
    """\\frac{\\partial J(\\theta)}{\\partial\\theta_j} = … names the derivative."""
    document = read_document("\\frac{\\partial J(\\theta)}{\\partial\\theta_j} &= a \\\\ &= b")
    assert document.name == "\\frac{\\partial J(\\theta)}{\\partial\\theta_j}"
    assert document.wrt == "\\theta_j"
    assert [step.written for step in document.steps] == ["a", "b"]


def test_the_long_logistic_align_derivation_splits():
    """The lecture-notes derivation: seven steps, the rules under each '=', the name apart."""
    document = read_document((WRITTEN / "logistic_align.tex").read_text(encoding="utf-8"))
    assert document.name is not None and "\\partial J" in document.name
    assert [step.rule for step in document.steps] == [
        None, "linearity", "chain rule", "σ'=σ(1-σ)", "cancel", "distribute", "factor the sign",
    ]
    assert [step.line for step in document.steps] == list(range(4, 11))
    assert document.steps[-1].written.endswith("x_j^{(i)}")  # the full stop is punctuation


def test_aligned_in_display_math_with_a_rule_column():
    """$$ \\begin{aligned} … && \\text{rule} … $$: three steps, two rules."""
    document = read_document((WRITTEN / "linear_aligned.tex").read_text(encoding="utf-8"))
    assert document.wrt == "\\theta_j"
    assert [step.rule for step in document.steps] == ["linearity", "chain rule", None]


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "column", "line"),
    [
        ("a = = b", 2, 1),  # the first of the two
        ("a\n= b =", 6, 2),
        ("a\n= b }", 6, 2),
        ("a\n= \\frac{1}{2", 12, 2),  # the '{' never closed
        ("a = \\underset b", 14, 1),  # where the '{' should be
    ],
)
def test_errors_point_at_line_and_column(source, column, line):
    """A bad document is an InputError whose column is an offset into the whole text."""
    with pytest.raises(InputError) as caught:
        read_document(source)
    assert caught.value.column == column
    assert caught.value.line == line
    assert caught.value.source == source


@pytest.mark.parametrize("source", ["", "   \n\n", "# only a comment\n"])
def test_nothing_to_check(source):
    """A document without an expression is refused."""
    with pytest.raises(InputError, match="no derivation"):
        read_document(source)


def test_too_long_is_refused_before_reading():
    """A document over MAX_LENGTH characters is refused."""
    with pytest.raises(InputTooLargeError):
        read_document("a\n" * (MAX_LENGTH // 2 + 1))


# --- property: splitting gives back what was joined ----------------------------------------------

_ATOMS = st.sampled_from(["x_j", "h", "(1 - y)", "sum((h - y) x_j)", "log(h)", "2", "theta_j^2", "[a + b]"])
_EXPRESSIONS = st.lists(_ATOMS, min_size=1, max_size=4).map(" * ".join)
_SEPARATORS = st.sampled_from([" = ", "\n= ", "\n  = ", "\n", "=\n", " =  \n\n"])
_RULES = st.sampled_from(["", "   # chain rule", " (linearity)", " # cancel"])


@given(st.lists(st.tuples(_EXPRESSIONS, _RULES), min_size=1, max_size=6), st.data())
def test_split_gives_back_the_expressions(lines, data):
    """Expressions joined by '=' or line ends, with rules at line ends, split back exactly."""
    pieces = []
    for index, (expression, rule) in enumerate(lines):
        if index:
            pieces.append(data.draw(_SEPARATORS))
        pieces.append(expression + rule)
        if rule and index + 1 < len(lines):
            pieces.append("\n")  # a rule ends its line
    source = "".join(pieces)
    steps = read_document(source).steps
    assert [(step.written, step.rule) for step in steps] == [
        (expression, rule.strip(" #()") or None) for expression, rule in lines
    ]
    for step in steps:
        assert source[step.offset + len(step.text) - len(step.text.lstrip())] == step.written[0]
