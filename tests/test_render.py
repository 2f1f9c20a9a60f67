"""The printers and the five renderers, on derivations built by hand (no engine needed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import derivations as d
import jsonschema
import pytest
import sympy
from _snapshots import assert_snapshot, rich_text
from sympy import (
    Add,
    Derivative,
    KroneckerDelta,
    Mul,
    Rational,
    Symbol,
    exp,
    log,
    sqrt,
    tanh,
)

from logderiv.engine import rules
from logderiv.notation import symbols
from logderiv.render.json import SCHEMA_ID, expression_object, render_json
from logderiv.render.latex import render_latex
from logderiv.render.markdown import render_markdown
from logderiv.printing.expressions import show_latex, show_plain, show_unicode
from logderiv.render.terminal import render_rich
from logderiv.render.tex import prose, rule_label
from logderiv.render.text import render_factors_text, render_text

SCHEMA = Path(__file__).parent.parent / "logderiv" / "schema" / "derivation.schema.json"

i, j, k, m, n = d.i, d.j, d.k, d.m, symbols.n
theta, x, y, h, z, lam = d.theta, d.x, d.y, d.h, d.z, d.lam
sigma = symbols.sigmoid

# (expression, plain, unicode, latex): the printers' specification by example.
PRINTED = [
    (symbols.dot(theta, x[i, k], k), "theta^T x^(i)", "θᵀx⁽ⁱ⁾", r"\theta^{\top} x^{(i)}"),
    (symbols.dot(theta, x[k], k), "theta^T x", "θᵀx", r"\theta^{\top} x"),
    (x[i, j], "x_j^(i)", "xⱼ⁽ⁱ⁾", "x_j^{(i)}"),
    (y[i], "y^(i)", "y⁽ⁱ⁾", "y^{(i)}"),
    (theta[j], "theta_j", "θⱼ", r"\theta_j"),
    (theta[0], "theta_0", "θ₀", r"\theta_0"),
    # Euler's number alone: a bare e is refused on input (Euler's, or a name?), so what is pasted back spells it
    # as the readers take it (test_latex.py::test_eulers_number_reads_back)
    (1 / (1 + sympy.E), "1/(1 + exp(1))", "1/(1 + e)", r"\frac{1}{1 + \mathrm{e}}"),
    (x[k], "x_k", "xₖ", "x_k"),
    (h, "h(x^(i))", "h(x⁽ⁱ⁾)", r"h\left(x^{(i)}\right)"),
    (Symbol("lambda"), "lambda", "λ", r"\lambda"),
    (sigma(z), "sigmoid(z)", "σ(z)", r"\sigma\left(z\right)"),
    (KroneckerDelta(j, k), "delta_jk", "δⱼₖ", r"\delta_{jk}"),
    (symbols.example_sum(h), "sum_i(h(x^(i)))", "Σᵢ h(x⁽ⁱ⁾)", r"\sum_{i=1}^{m} h\left(x^{(i)}\right)"),
    (symbols.feature_sum(theta[k] ** 2, k), "sum_k(theta_k^2)", "Σₖ θₖ²", r"\sum_{k=1}^{n} \theta_k^{2}"),
    (
        Derivative(log(h), theta[j]),
        "d/dtheta_j (log(h(x^(i))))",
        "∂/∂θⱼ [log h(x⁽ⁱ⁾)]",
        r"\frac{\partial}{\partial \theta_j}\left[ \log h\left(x^{(i)}\right) \right]",
    ),
    (
        d.log_loss(),
        "-(1/m)*sum_i(y^(i)*log(h(x^(i))) + (1 - y^(i))*log(1 - h(x^(i))))",
        "−(1/m) Σᵢ [y⁽ⁱ⁾ log h(x⁽ⁱ⁾) + (1 − y⁽ⁱ⁾) log(1 − h(x⁽ⁱ⁾))]",
        r"-\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log h\left(x^{(i)}\right)"
        r" + \left(1 - y^{(i)}\right) \log\left(1 - h\left(x^{(i)}\right)\right) \right]",
    ),
    (
        d.canonical_form(),
        "(1/m)*sum_i((h(x^(i)) - y^(i))*x_j^(i))",
        "(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾",
        r"\frac{1}{m} \sum_{i=1}^{m} \left(h\left(x^{(i)}\right) - y^{(i)}\right) x_j^{(i)}",
    ),
    (
        d.canonical_form() + lam / m * theta[j],
        "(1/m)*sum_i((h(x^(i)) - y^(i))*x_j^(i)) + (lambda/m)*theta_j",
        "(1/m) Σᵢ [(h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾] + (λ/m) θⱼ",
        r"\frac{1}{m} \sum_{i=1}^{m} \left[ \left(h\left(x^{(i)}\right) - y^{(i)}\right) x_j^{(i)} \right]"
        r" + \frac{\lambda}{m} \theta_j",
    ),
    (h - y[i], "h(x^(i)) - y^(i)", "h(x⁽ⁱ⁾) − y⁽ⁱ⁾", r"h\left(x^{(i)}\right) - y^{(i)}"),
    (-y[i] + h, "h(x^(i)) - y^(i)", "h(x⁽ⁱ⁾) − y⁽ⁱ⁾", r"h\left(x^{(i)}\right) - y^{(i)}"),
    (sigma(z) * (1 - sigma(z)), "sigmoid(z)*(1 - sigmoid(z))", "σ(z) (1 − σ(z))", r"\sigma\left(z\right) \left(1 - \sigma\left(z\right)\right)"),
    (exp(-z), "exp(-z)", "e^(−z)", "e^{-z}"),
    (
        exp(-z) / (1 + exp(-z)) ** 2,
        "exp(-z)/(1 + exp(-z))^2",
        "e^(−z)/(1 + e^(−z))²",
        r"\frac{e^{-z}}{\left(1 + e^{-z}\right)^{2}}",
    ),
    (
        1 / (1 + exp(-symbols.dot(theta, x[i, k], k))),
        "1/(1 + exp(-theta^T x^(i)))",
        "1/(1 + e^(−θᵀx⁽ⁱ⁾))",
        r"\frac{1}{1 + e^{-\theta^{\top} x^{(i)}}}",
    ),
    (
        Mul(1 / (1 + exp(-z)), exp(-z) / (1 + exp(-z)), evaluate=False),
        "1/(1 + exp(-z))*exp(-z)/(1 + exp(-z))",
        "1/(1 + e^(−z)) · e^(−z)/(1 + e^(−z))",
        r"\frac{1}{1 + e^{-z}} \cdot \frac{e^{-z}}{1 + e^{-z}}",
    ),
    (
        y[i] / h * Derivative(h, theta[j]),
        "(y^(i)/h(x^(i)))*d/dtheta_j (h(x^(i)))",
        "(y⁽ⁱ⁾/h(x⁽ⁱ⁾)) ∂/∂θⱼ [h(x⁽ⁱ⁾)]",
        r"\frac{y^{(i)}}{h\left(x^{(i)}\right)} \frac{\partial}{\partial \theta_j}\left[ h\left(x^{(i)}\right) \right]",
    ),
    (-lam / (2 * m), "-lambda/(2*m)", "−λ/(2m)", r"-\frac{\lambda}{2 m}"),
    (Rational(1, 2), "1/2", "1/2", r"\frac{1}{2}"),
    (-2 * z, "-2*z", "−2 z", "-2 z"),
    ((y[i] - h) ** 2, "(y^(i) - h(x^(i)))^2", "(y⁽ⁱ⁾ − h(x⁽ⁱ⁾))²", r"\left(y^{(i)} - h\left(x^{(i)}\right)\right)^{2}"),
    (y[i] ** 2, "(y^(i))^2", "(y⁽ⁱ⁾)²", r"\left(y^{(i)}\right)^{2}"),
    (log(h) ** 2, "(log(h(x^(i))))^2", "(log h(x⁽ⁱ⁾))²", r"\left(\log h\left(x^{(i)}\right)\right)^{2}"),
    (log(h) / h, "log(h(x^(i)))/h(x^(i))", "log(h(x⁽ⁱ⁾))/h(x⁽ⁱ⁾)", r"\frac{\log h\left(x^{(i)}\right)}{h\left(x^{(i)}\right)}"),
    (sqrt(1 + z), "sqrt(z + 1)", "√(z + 1)", r"\sqrt{z + 1}"),
    (tanh(z) ** 2, "tanh(z)^2", "tanh(z)²", r"\tanh\left(z\right)^{2}"),
    (
        symbols.softplus(symbols.dot(theta, x[i, k], k)),
        "softplus(theta^T x^(i))",
        "softplus(θᵀx⁽ⁱ⁾)",
        r"\operatorname{softplus}\left(\theta^{\top} x^{(i)}\right)",
    ),
]


@pytest.mark.parametrize(("expr", "plain", "unicode", "latex"), PRINTED, ids=[sympy.sstr(row[0]) for row in PRINTED])
def test_printers_on_table(expr, plain, unicode, latex):
    """Each printer spells the table's expressions exactly as specified."""
    assert (show_plain(expr), show_unicode(expr), show_latex(expr)) == (plain, unicode, latex)


def _round_trip_cases():
    for name, build in sorted(d.ALL.items()):
        derivation = build()
        yield f"{name}-start", derivation.start
        for number, step in enumerate(derivation.steps, start=1):
            # distribute shows an unevaluated sum, which parsing evaluates
            if not isinstance(step.rule, rules.Distribute):
                yield f"{name}-{number}-{step.rule.name}", step.expression
        yield f"{name}-form", derivation.canonical.form or derivation.result


@pytest.mark.parametrize(("expr"), [case for _, case in _round_trip_cases()], ids=[n for n, _ in _round_trip_cases()])
def test_plain_parses_back(expr):
    """Plain output of every whole step parses and builds back to the same expression."""
    from logderiv.notation.builder import build_expression
    from logderiv.notation.plain import parse

    text = show_plain(expr)
    assert build_expression(parse(text), source=text).expr == expr, text


def test_unevaluated_sum_keeps_every_term_in_order():
    """An unevaluated Add with like terms prints all of them, in the order built."""
    expr = Add(y[i] * x[i, j], -y[i] * h * x[i, j], -h * x[i, j], y[i] * h * x[i, j], evaluate=False)
    assert show_unicode(expr) == "y⁽ⁱ⁾ xⱼ⁽ⁱ⁾ − y⁽ⁱ⁾ h(x⁽ⁱ⁾) xⱼ⁽ⁱ⁾ − h(x⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + y⁽ⁱ⁾ h(x⁽ⁱ⁾) xⱼ⁽ⁱ⁾"
    assert show_plain(expr).count("h(x^(i))*x_j^(i)") == 3
    assert show_latex(Add(z, z, -z, evaluate=False)) == "z + z - z"


def test_unit_product_of_a_sum_keeps_the_sum_bracketed():
    """An unevaluated 1 · (a + b) prints as the sum itself, so as a Σ body or a factor it is bracketed:
    printed bare, Σᵢ −y h + y would read as a sum of the first term only."""
    body = Mul(1, Add(-h, y[i], evaluate=False), evaluate=False)
    assert show_unicode(-sympy.Sum(body, (i, 1, m)) / m) == "−(1/m) Σᵢ [y⁽ⁱ⁾ − h(x⁽ⁱ⁾)]"
    assert show_plain(Mul(z, Mul(1, Add(z, 1), evaluate=False), evaluate=False)) in ("z*(z + 1)", "z*(1 + z)")


def test_unicode_uses_real_minus_sign():
    """Unicode output never uses the ASCII hyphen as a minus sign."""
    for expr, *_ in PRINTED:
        assert "-" not in show_unicode(expr), show_unicode(expr)


def test_latex_printer_output_is_balanced_ascii():
    """Every LaTeX string in the table is ASCII and balanced."""
    for expr, _, _, latex in PRINTED:
        assert latex.isascii()
        assert_balanced(show_latex(expr))


def test_rule_labels_are_latex_safe():
    """Every rule's LaTeX label is ASCII and balanced, expressions printed as LaTeX."""
    for rule_class in rules.RULES:
        if rule_class in (rules.Unfold, rules.SubstituteBack):
            rule = rule_class(defined=h, value=sigma(symbols.dot(theta, x[i, k], k)))
        else:
            rule = rule_class()
        label = rule_label(rule)
        assert label.isascii(), (rule.name, label)
        assert_balanced(label)
    unfold = rules.Unfold(defined=h, value=sigma(symbols.dot(theta, x[i, k], k)))
    assert rule_label(unfold) == r"h\left(x^{(i)}\right) = \sigma\left(\theta^{\top} x^{(i)}\right)"
    assert rule_label(rules.Linearity()) == r"\text{linearity}"
    assert rule_label(rules.SigmoidDerivative()) == r"\sigma' = \sigma(1 - \sigma)"


def test_prose_escapes_text_and_spells_math():
    """Prose keeps ASCII words escaped and puts Unicode mathematics in \\(...\\)."""
    assert prose("100% of {x}_1 & θⱼ") == r"100\% of \{x\}\_1 \& \(\theta_{j}\)"


# --- snapshots ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(d.ALL))
def test_text_snapshot(name):
    """Plain text output matches its snapshot."""
    assert_snapshot(f"text_{name}.txt", render_text(d.ALL[name]()))


def test_text_explain_snapshot():
    """``explain`` adds each rule's statement under its step."""
    derivation = d.logistic()
    text = render_text(derivation, explain=True)
    for step in derivation.steps:
        assert step.rule.statement in text
    assert_snapshot("text_logistic_explain.txt", text)


def test_factors_text_snapshot():
    """The factors view names L, h, z and θⱼ and shows the product."""
    text = render_factors_text(d.logistic())
    assert "∂L/∂h" in text and "∂h/∂z" in text and "∂z/∂θⱼ = xⱼ⁽ⁱ⁾" in text
    assert_snapshot("text_logistic_factors.txt", text)


@pytest.mark.parametrize("name", sorted(d.ALL))
def test_rich_snapshot(name):
    """The terminal rendering matches its snapshot at 100 columns."""
    assert_snapshot(f"rich_{name}.txt", rich_text(render_rich(d.ALL[name]())))


def test_rich_explain_and_factors_snapshots():
    """The terminal's explain and factors views match their snapshots."""
    assert_snapshot("rich_logistic_explain.txt", rich_text(render_rich(d.logistic(), explain=True)))
    assert_snapshot("rich_logistic_factors.txt", rich_text(render_rich(d.logistic(), view="factors")))


def test_rich_never_reads_markup():
    """Text with square brackets (a note, an expression) is printed literally, not as markup."""
    output = rich_text(render_rich(d.not_applicable()))
    assert "[bold]not markup[/bold]" in output
    output = rich_text(render_rich(d.logistic()))
    assert "[the default]" in output and "Σᵢ [y⁽ⁱ⁾" in output


def test_text_has_no_escape_codes():
    """Plain text output carries no terminal escape sequences."""
    for build in d.ALL.values():
        assert "\x1b" not in render_text(build(), explain=True)


@pytest.mark.parametrize("name", ["logistic", "squared_error"])
def test_latex_and_markdown_snapshots(name):
    """LaTeX and Markdown output match their snapshots."""
    derivation = d.ALL[name]()
    assert_snapshot(f"latex_{name}.tex", render_latex(derivation))
    assert_snapshot(f"markdown_{name}.md", render_markdown(derivation))


# --- verdicts -----------------------------------------------------------------------


def test_verdict_lines():
    """Each verdict reads as intended in text: canonical, plus extras, the factor, not applicable."""
    assert "✓ canonical form (h − y)x — matches" in render_text(d.logistic())
    regularised = render_text(d.regularised())
    assert "plus L2 regularisation" in regularised and "+ L2 regularisation: (λ/m) θⱼ" in regularised
    assert "✗ not the canonical form (h − y)x: differs by the factor h(x⁽ⁱ⁾) (1 − h(x⁽ⁱ⁾))" in render_text(
        d.squared_error()
    )
    assert "does not apply" in render_text(d.not_applicable())


def test_verification_line_names_every_check():
    """The verification line states the step checks and both final checks."""
    text = render_text(d.logistic())
    assert "12 steps symbolic; 2 steps numeric: 5 random points (m=2 n=3, m=3 n=2), rel. tol. 1e-09" in text
    assert "result vs sympy.diff: symbolic; vs finite differences: numeric: 8 random points" in text


# --- JSON ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(d.ALL))
def test_json_validates_against_schema(name):
    """JSON output validates against the shipped draft 2020-12 schema."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(render_json(d.ALL[name]()))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["schema"] == SCHEMA_ID


def test_json_content():
    """Steps carry rule, label, statement, the expression three ways and their check."""
    derivation = d.logistic()
    text = render_json(derivation)
    assert "θⱼ" in text  # ensure_ascii=False
    data = json.loads(text)
    step = data["steps"][3]
    assert step["rule"] == "definition"
    assert step["label"] == "h(x⁽ⁱ⁾) = σ(θᵀx⁽ⁱ⁾)"
    assert step["sympy"] == sympy.sstr(derivation.steps[3].expression)
    assert data["steps"][4]["verified"]["sizes"] == [[2, 3], [3, 2]]
    assert data["result"]["text"] == "(1/m)*sum_i((h(x^(i)) - y^(i))*x_j^(i))"
    assert data["definitions"][0]["name"] == "h"
    assert data["canonical"]["factor"] is None
    assert len(data["lemmas"]) == 1 and len(data["factors"]) == 3


def test_expression_object():
    """An expression object holds plain text, LaTeX and sympy's own string."""
    assert expression_object(theta[j]) == {"text": "theta_j", "latex": r"\theta_j", "sympy": "theta[j]"}


# --- LaTeX and Markdown -------------------------------------------------------------

_TOKENS = re.compile(r"\\begin\{(\w+\*?)\}|\\end\{(\w+\*?)\}|\\left(?![a-zA-Z])|\\right(?![a-zA-Z])|\\[{}]|\\\\|[{}]")


def assert_balanced(tex: str) -> None:
    """Braces, ``\\left``/``\\right`` and ``\\begin``/``\\end`` pair up (comments ignored)."""
    source = _without_comments(tex)
    stack: list[str] = []
    for match in _TOKENS.finditer(source):
        token = match.group(0)
        if match.group(1):
            stack.append("begin:" + match.group(1))
        elif match.group(2):
            assert stack and stack.pop() == "begin:" + match.group(2), f"unmatched {token}"
        elif token == r"\left":
            stack.append("left")
        elif token == r"\right":
            assert stack and stack.pop() == "left", "unmatched \\right"
        elif token == "{":
            stack.append("{")
        elif token == "}":
            assert stack and stack.pop() == "{", "unmatched }"
    assert not stack, f"unclosed {stack}"


def _without_comments(tex: str) -> str:
    # An escaped \% is text, not the start of a comment.
    return "\n".join(line.split("%", 1)[0] for line in tex.replace(r"\%", "").splitlines())


@pytest.mark.parametrize("name", sorted(d.ALL))
def test_latex_is_balanced(name):
    """The align* fragment, the standalone document and every step's LaTeX are balanced."""
    derivation = d.ALL[name]()
    fragment = render_latex(derivation)
    assert fragment.startswith("\\begin{align*}\n\\frac{\\partial J}{\\partial ")
    assert "\\tag*{\\small $" in fragment  # the rules at the right margin (tests/test_texlayout.py)
    assert_balanced(fragment)
    document = render_latex(derivation, standalone=True)
    assert document.isascii()
    assert document.startswith("\\documentclass{article}\n\\usepackage{amsmath,amssymb}")
    assert document.rstrip().endswith("\\end{document}")
    assert_balanced(document)
    for step in derivation.steps:
        assert_balanced(show_latex(step.expression))


def test_to_methods_delegate():
    """Derivation.to_* hand the derivation to the renderers."""
    derivation = d.regularised()
    assert derivation.to_text() == render_text(derivation)
    assert derivation.to_latex() == render_latex(derivation)
    assert derivation.to_markdown() == render_markdown(derivation)
    assert derivation.to_json() == render_json(derivation)


@pytest.mark.parametrize("name", sorted(d.ALL))
def test_markdown_has_math_block(name):
    """Markdown holds the chain in a $$ aligned block, numbered rules with $ statements, a verdict."""
    derivation = d.ALL[name]()
    text = render_markdown(derivation)
    block = re.search(r"\$\$\n\\begin\{aligned\}\n(.*?)\n\\end\{aligned\}\n\$\$", text, re.DOTALL)
    assert block is not None
    assert_balanced("\\begin{aligned}" + block.group(1) + "\\end{aligned}")
    assert "1. **" in text and "**Verdict:**" in text and "**Verified:**" in text
    for step in derivation.steps:
        assert f"${step.rule.statement_latex}$" in text


# --- purity -------------------------------------------------------------------------


def test_renderers_neither_simplify_nor_print(monkeypatch, capsys):
    """Rendering calls no simplify/expand/doit and writes nothing to stdout or stderr."""
    built = [build() for build in d.ALL.values()]

    def forbidden(*args, **kwargs):
        raise AssertionError("a renderer asked sympy to simplify")

    for target, name in [
        (sympy, "simplify"),
        (sympy, "expand"),
        (sympy.Basic, "simplify"),
        (sympy.Expr, "expand"),
        (sympy.Basic, "doit"),
    ]:
        monkeypatch.setattr(target, name, forbidden)
    for derivation in built:
        render_text(derivation, explain=True)
        render_factors_text(derivation)
        render_rich(derivation, explain=True)
        render_rich(derivation, view="factors")
        render_latex(derivation, standalone=True)
        render_markdown(derivation)
        render_json(derivation)
    assert capsys.readouterr() == ("", "")


# --- compiling ----------------------------------------------------------------------


@pytest.mark.latex
@pytest.mark.parametrize("name", sorted(d.ALL))
def test_standalone_document_compiles(name, tmp_path):
    """The standalone document compiles with pdflatex (skipped where pdflatex is missing)."""
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not on PATH (Debian: apt-get install --no-install-recommends texlive-latex-base)")
    (tmp_path / "derivation.tex").write_text(render_latex(d.ALL[name](), standalone=True), encoding="ascii")
    run = subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "derivation.tex"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert (tmp_path / "derivation.pdf").exists()


# --- matrix form --------------------------------------------------------------------


def test_matrix_only_text_snapshot():
    """``form="matrix"`` shows the matrix chain from the index result to ∇J, without the index chain."""
    text = render_text(d.regularised_matrix(), form="matrix")
    assert "linearity" not in text
    assert "∇J = (1/m) Xᵀ(σ(Xθ) − y) + (λ/m) θ" in text
    assert "X is m×n" in text and "θ is n×1" in text and "y is m×1" in text and "∇J is n×1" in text
    assert_snapshot("text_regularised_matrix_only.txt", text)


def test_index_form_hides_the_matrix_chain():
    """``form="index"`` prints the index chain alone, even when the derivation holds a matrix form."""
    assert render_text(d.regularised_matrix(), form="index") == render_text(d.regularised())


def test_matrix_latex_and_markdown_snapshots():
    """LaTeX and Markdown write ⊙ and Xᵀ as \\odot and X^{\\top}, and state the shapes."""
    derivation = d.squared_error_matrix()
    latex, markdown = render_latex(derivation), render_markdown(derivation)
    assert r"\odot" in latex and r"X^{\top}" in latex and r"\nabla J" in latex
    assert "## Matrix form" in markdown and r"\odot" in markdown and "m×n" in markdown
    assert_snapshot("latex_squared_error_matrix.tex", latex)
    assert_snapshot("markdown_squared_error_matrix.md", markdown)


def test_matrix_json():
    """JSON carries the matrix form's steps, its gradient four ways, and the shapes by name."""
    data = json.loads(render_json(d.regularised_matrix()))
    matrix = data["matrix"]
    assert matrix["available"] is True
    assert matrix["shapes"] == {"X": ["m", "n"], "theta": ["n", "1"], "y": ["m", "1"]}
    assert [step["rule"] for step in matrix["steps"]] == ["vectorise", "transpose-product", "stack"]
    assert matrix["gradient"]["text"] == "1/m * X^T (sigmoid(X theta) - y) + lambda/m * theta"
    assert matrix["gradient"]["unicode"] == "(1/m) Xᵀ(σ(Xθ) − y) + (λ/m) θ"
    none = json.loads(render_json(d.no_matrix()))["matrix"]
    assert none == {"available": False, "reason": "the derivative is with respect to z, not a component θⱼ"}
    assert "matrix" not in json.loads(render_json(d.regularised()))


def test_plain_matrix_spelling_of_elementwise_operations():
    """The ASCII spelling writes ⊙ as .* and the elementwise power as .^."""
    from logderiv.render.matrix import show_matrix_plain

    residual = d.squared_error_matrix().matrix.gradient
    assert show_matrix_plain(residual) == (
        "1/m * X^T ((sigmoid(X theta) - y) .* sigmoid(X theta) .* (1 - sigmoid(X theta)))"
    )
    assert show_matrix_plain(sympy.HadamardPower(d.X * d.THETA - d.Y, 2)) == "(X theta - y).^2"


def test_unicode_printer_memo_prints_what_a_fresh_printer_prints():
    # show_unicode remembers the text of each printed object (by identity, and by whether
    # more follows it): a chain printed step after step, sharing parts, must read exactly
    # as each step printed on its own with nothing remembered
    import logderiv
    from logderiv.printing import expressions as printing

    texts = {}
    for name in ("logistic-l2", "mse-sigmoid", "softplus-logistic"):
        derivation = logderiv.derive(name)
        expressions = [derivation.start, *(step.expression for step in derivation.steps)]
        for expr in expressions:
            texts[id(expr)] = (expr, printing.show_unicode(expr))
    for expr, remembered in texts.values():
        printing._PRINTED.clear()
        assert printing.show_unicode(expr) == remembered
