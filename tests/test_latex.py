r"""The LaTeX front end: course-notes formulas read as their plain spellings, clear errors, round trips.

Layers: the corpus (tests/latex_corpus.py) built and derived against its plain
spellings; malformed and unsupported LaTeX through the CLI (exit 2, column and
command named); input plumbing (``-``, ``--from``, ``--input``); the round trip
of everything logderiv prints as LaTeX back through this front end, compared
with the printed expression exactly or at random points.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import sympy
from _effort import examples
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from latex_corpus import CORPUS

from logderiv import derive
from logderiv.cli import main
from logderiv.errors import InputError, InputTooLargeError
from logderiv.notation import latex, parse_text, read_problem, tree
from logderiv.notation.builder import build_expression
from logderiv.presets import PRESETS
from logderiv.notation.problem import Problem
from logderiv.printing.expressions import show_latex
from logderiv.equality.compare import compare

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}


@pytest.fixture
def run():
    """Invoke the CLI in-process, stdout and stderr apart."""
    runner = CliRunner(env=_CLEAN_ENV)

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=True)

    return invoke


def _options(case_lets, wrt):
    args = ["--wrt", wrt]
    for let in case_lets:
        args += ["--let", let]
    return args


# --- acceptance 1: the corpus ----------------------------------------------------------------


def test_corpus_is_large_enough():
    """At least 40 formulas, each with a distinct id."""
    assert len(CORPUS) >= 40
    assert len({case.id for case in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("case", CORPUS, ids=[case.id for case in CORPUS])
def test_corpus_builds_as_its_plain_spelling(case):
    """Each LaTeX cost builds to the same sympy expression (and definitions, and wrt) as its plain spelling."""
    from_latex = read_problem(case.latex, wrt=case.latex_wrt or case.wrt, lets=case.latex_lets)
    from_plain = read_problem(case.plain, wrt=case.wrt, lets=case.plain_lets, input="plain")
    assert from_latex.wrt == from_plain.wrt
    assert from_latex.definitions == from_plain.definitions
    assert from_latex.cost == from_plain.cost, (sympy.sstr(from_latex.cost), sympy.sstr(from_plain.cost))
    assert from_latex.name == case.name


@pytest.mark.parametrize("case", CORPUS, ids=[case.id for case in CORPUS])
def test_corpus_derives_the_gradient_of_its_plain_spelling(run, case):
    """`logderiv derive` on the LaTeX cost gives the plain spelling's gradient and verdict."""
    latex_run = run("derive", *_options(case.latex_lets, case.latex_wrt or case.wrt), "-f", "json", "--", case.latex)
    plain_run = run("derive", *_options(case.plain_lets, case.wrt), "-f", "json", "--", case.plain)
    assert latex_run.exit_code == 0, latex_run.stderr
    assert plain_run.exit_code == 0, plain_run.stderr
    from_latex, from_plain = json.loads(latex_run.stdout), json.loads(plain_run.stdout)
    assert from_latex["result"]["sympy"] == from_plain["result"]["sympy"]
    assert from_latex["canonical"]["verdict"] == from_plain["canonical"]["verdict"]
    assert from_latex["name"] == case.name


def test_corpus_gradient_is_the_known_one():
    """Independent of the plain spelling: the Coursera cost's gradient is (1/m) Σ (σ(θᵀx) − y) xⱼ at random points."""
    from _vocabulary import i, j, k, m, sigma, theta, x, y

    from logderiv.notation import symbols

    derivation = derive(CORPUS[0].latex)
    expected = symbols.example_sum((sigma(symbols.dot(theta, x[i, k], k)) - y[i]) * x[i, j]) / m
    assert compare(derivation.result, expected, derivation.problem).equal


# --- what the left side and the notes say -------------------------------------------------------


def test_left_side_names_the_cost(run):
    """J(\\theta) =, \\mathcal{L} = and \\ell(\\theta) := name the cost in the output."""
    for text, shown in [
        (r"J(\theta) = \frac{1}{2}\sum_i (\theta^T x - y)^2", "∂J/∂θⱼ"),
        (r"\mathcal{L} = \frac{1}{2}\sum_i (\theta^T x - y)^2", "∂L/∂θⱼ"),
        (r"\ell(\theta) := \frac{1}{2}\sum_i (\theta^T x - y)^2", "∂ℓ/∂θⱼ"),
    ]:
        result = run("derive", "-f", "text", text)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.startswith(shown), result.stdout[:40]
    result = run("derive", "-f", "latex", r"\ell(\theta) = \sum_i (\theta^T x - y)^2")
    assert r"\frac{\partial \ell}{\partial \theta_j}" in result.stdout


def test_superscript_i_is_read_as_the_example_with_a_note(run):
    """^{i} on x, y inside a sum over i is the example index, and the output says so."""
    result = run("derive", "-f", "text", r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{i} - y^i)^2")
    assert result.exit_code == 0, result.stderr
    assert "note: y^i is read as y^{(i)}, the i-th example (not a power)" in result.stdout
    assert "note: x^{i} is read as x^{(i)}" in result.stdout


def test_hat_y_is_the_prediction_with_a_note():
    """\\hat{y} is the prediction h, and a note says so."""
    problem = read_problem(r"-\sum_i y \log\hat{y}", lets=["h=sigmoid(theta^T x)"])
    assert any("\\hat{y} is read as the prediction h" in note for note in problem.notes)
    assert problem.cost == read_problem("-sum(y log h)", lets=["h=sigmoid(theta^T x)"]).cost


@pytest.mark.parametrize(
    ("text", "order"),
    [
        (r"\frac{\partial}{\partial\theta_j} \frac{1}{m}\sum_{i=1}^{m} y \log h", 1),
        (r"\frac{\partial J}{\partial \theta_j}", 1),
        (r"\frac{d}{dz}\left(\frac{1}{1+e^{-z}}\right)", 1),
        (r"\frac{\mathrm{d}}{\mathrm{d}z} \sigma(z)", 1),
        (r"\frac{\partial^2}{\partial z^2} \tanh z", 2),
    ],
)
def test_derivatives_are_read_unevaluated(text, order):
    """\\frac{\\partial}{\\partial\\theta_j}, \\frac{\\partial J}{\\partial\\theta_j}, \\frac{d}{dz} are tree.Derivative."""
    node = latex.parse(text).tree
    depth = 0
    while isinstance(node, tree.Derivative):
        depth += 1
        node = node.body
    assert depth == order


def test_derivative_of_the_cost_on_the_left():
    """\\frac{\\partial J}{\\partial\\theta_j} = ... names J and the variable."""
    parsed = latex.parse(r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_i (h - y) x_j")
    assert parsed.name == "J"
    assert parsed.wrt == tree.Variable("theta", parsed.wrt.span, feature="j")


def test_auto_detection_and_forcing():
    """auto reads LaTeX when there is a backslash, brace or $; input= forces either front end."""
    assert parse_text("theta_j").notation == "plain"
    assert parse_text(r"\theta_j").notation == "latex"
    assert parse_text("x^{2}").notation == "latex"
    assert parse_text("x y", input="latex").notation == "latex"
    with pytest.raises(InputError):
        parse_text(r"\theta_j", input="plain")
    with pytest.raises(InputError):
        parse_text("x", input="tex")


# --- acceptance 2: malformed and unsupported LaTeX ---------------------------------------------

#: (LaTeX, what the message must name)
MALFORMED = [
    (r"\int_0^1 x\,dx", r"\int"),
    (r"\frac{1}{m}\sum_{i=1}^{m} \foo(x)", r"\foo"),
    (r"\left( x + y", r"\left("),
    (r"x + y \right)", r"\right)"),
    (r"\left( x \right]", r"\right]"),
    (r"\left( x )", r"\left("),
    (r"\begin{pmatrix} 1 & 2 \end{pmatrix}", "pmatrix"),
    (r"\begin{bmatrix} x \\ y \end{bmatrix}", "bmatrix"),
    (r"\begin{cases} x \end{cases}", "cases"),
    # a ')' that closes no '(' where a left-out '(' would change the formula (x(y − z) or xy − z): refused
    # (one whose every '(' reads the same, ½x ), is read without it: tests/test_fixlines.py)
    (r"\frac{1}{2} x y - z )", ")"),
    (r"\frac{1}{m}\sum_i y \log h \}", r"\}"),
    (r"\prod_{i=1}^m h", r"\prod"),
    (r"\sin(z)", r"\sin"),
    (r"\sqrt[3]{x}", r"\sqrt"),
    (r"\frac{1}{m", "{"),
    (r"\sum_{n=1}^{N} x", "'n'"),
    (r"\sum_{j=0}^{n}\theta_j^2", "0"),
    (r"\mathbb{E}[x]", r"\mathbb"),
    (r"\log_2 x", r"\log"),
    (r"\theta^23", "^23"),
    (r"$x + \theta_j", "$"),
    (r"J(\theta) = x = y", "="),
    (r"\hat{x}", r"\hat{x}"),
    # \nabla_\theta J is read as ∂J/∂θⱼ now (derive refuses a cost holding a derivative): tests/test_derivs3.py
    (r"\frac{1}{2}\left. x \right|", r"\left."),
    (r"\sum_i y^(i)", "^(i)"),
    (r"x \in \mathbb{R}", r"\in"),
    (r"\|x - y\|^2", r"\|"),
    (r"\theta_j logh", "log"),
    (r"\end{equation}", r"\end{equation}"),
    (r"\sum", r"\sum"),
    (r"\frac12 3", "3"),
    (r"\frac123", r"\frac123"),
    (r"\sigma", r"\sigma"),
    (r"\theta^T x^T", "transposed"),
    (r"x + y^{i}", "y^{i}"),
    (r"\frac{d}{dz}", "derivative"),
    (r"\frac{1}{m}\sum_{i=1}^{m} (h - y) \log h \quad \text{for all examples} \; \mathrm{foo}", r"\mathrm{foo}"),
]


@pytest.mark.parametrize(("text", "named"), MALFORMED, ids=[text for text, _ in MALFORMED])
def test_malformed_latex_exits_2_naming_column_and_command(run, text, named):
    """Exit 2, nothing on stdout; stderr's message names the column and the command; no traceback."""
    result = run("derive", "--input", "latex", "--", text)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    message = result.stderr.splitlines()[0]
    assert "(column " in message, message
    assert named in message, message
    assert "Traceback" not in result.stderr
    assert isinstance(result.exception, SystemExit)


def test_malformed_corpus_is_large_enough():
    """At least 25 malformed or unsupported inputs."""
    assert len(MALFORMED) >= 25


@pytest.mark.parametrize(
    ("text", "column"),
    [(r"\frac{1}{m}\sum_i \foo", 18), (r"x + \left( y", 4), (r"\theta_j + \sin z", 11)],
)
def test_caret_stands_under_the_command(text, column):
    """The error's column is the offending command's offset."""
    with pytest.raises(InputError) as caught:
        latex.parse(text)
    assert caught.value.column == column


@pytest.mark.parametrize("tail", [" )", r" \right]", " = 2 = 3", r" \foo", " x^", " ,,"])
def test_no_tail_is_dropped(tail):
    """Trailing garbage after a valid formula is an error, never ignored."""
    with pytest.raises(InputError):
        latex.parse(r"\frac{1}{m}\sum_{i=1}^{m} (\theta^T x - y)^2" + tail)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            list("xyhz0123+-*/^_(){}[]=,.&$ ")
            + [r"\frac", r"\sum", r"\left(", r"\right)", r"\log", r"\theta", r"\sigma", r"\|", r"^{(i)}", "_{j}",
               r"\partial", r"\begin{pmatrix}", r"\end{pmatrix}", r"\cdot", r"\top", r"\hat{y}", r"\text{a}", r"\\"]
        ),
        max_size=25,
    ).map("".join)
)
def test_random_latex_raises_only_input_errors(text):
    """Random LaTeX-ish text parses or raises InputError (column inside the text), nothing else."""
    try:
        parsed = latex.parse(text)
    except InputError as error:
        assert error.message
        assert error.column is None or 0 <= error.column <= len(text)
    else:
        assert parsed.tree.span.end <= len(text)


# --- acceptance 4: size bounds ------------------------------------------------------------------


def test_fifty_thousand_characters_are_refused_by_the_size_bound(run):
    """A 50,000-character LaTeX input is refused with the size message, before any parsing."""
    text = (r"\theta_j^{2} + " * 4000)[:50_000]
    assert len(text) == 50_000
    with pytest.raises(InputTooLargeError, match="50,000 characters long; the limit is 20,000"):
        latex.parse(text)
    result = run("derive", "--", text)
    assert result.exit_code == 2
    assert "the limit is 20,000" in result.stderr


def test_nesting_bound():
    """Braces nested past the bound are refused as too large."""
    with pytest.raises(InputTooLargeError):
        latex.parse("{" * 150 + "x" + "}" * 150)


def test_two_thousand_characters_parse():
    """A 2,000-character formula parses (its time is measured in benchmarks/bench.py)."""
    text = _long_formula(2_000)
    assert 1_980 <= len(text) <= 2_000
    parsed = latex.parse(text)
    assert isinstance(parsed.tree, tree.Binary)


def _long_formula(length: int) -> str:
    term = r"\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log\sigma\left(\theta^\top x^{(i)}\right) + \left(1-y^{(i)}\right)\log\left(1-\sigma\left(\theta^\top x^{(i)}\right)\right)\right]"
    pieces = []
    while len(" + ".join(pieces + [term])) <= length:
        pieces.append(term)
    while len(" + ".join(pieces + [r"\lambda\theta_j^{2}"])) <= length:
        pieces.append(r"\lambda\theta_j^{2}")
    return " + ".join(pieces)


def test_parsing_latex_does_not_import_sympy():
    """Importing the LaTeX front end, parsing and failing never import sympy."""
    code = (
        "import sys\n"
        "from logderiv.notation import parse_text\n"
        "parse_text(r'J(\\theta) = -\\frac{1}{m}\\sum_{i=1}^{m} y^{(i)} \\log h_\\theta(x^{(i)})')\n"
        "try:\n    parse_text(r'\\int x')\nexcept Exception:\n    pass\n"
        "print('sympy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# --- where input comes from ----------------------------------------------------------------------

LINEAR_TEX = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left(\theta^\top x^{(i)} - y^{(i)}\right)^2"


def _result(result) -> str:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["result"]["sympy"]


def test_cost_from_stdin(run):
    """COST '-' reads the formula from standard input."""
    assert _result(run("derive", "-", "-f", "json", input=LINEAR_TEX + "\n")) == _result(
        run("derive", "linear", "-f", "json")
    )


def test_empty_stdin_exits_2(run):
    """Nothing on standard input: exit 2 with a message."""
    result = run("derive", "-", input="  \n")
    assert result.exit_code == 2
    assert "standard input is empty" in result.stderr


def test_cost_from_tex_and_markdown_files(run, tmp_path):
    """--from reads a .tex file whole, and the one $$ block of a Markdown file."""
    tex = tmp_path / "cost.tex"
    tex.write_text("% linear regression\n\\[\n" + LINEAR_TEX + "\n\\]\n", encoding="utf-8")
    markdown = tmp_path / "notes.md"
    markdown.write_text(f"# Linear regression\n\nThe cost is\n\n$$\n{LINEAR_TEX}\n$$\n\nwhere $m$ is ...", encoding="utf-8")
    expected = _result(run("derive", "linear", "-f", "json"))
    assert _result(run("derive", "--from", str(tex), "-f", "json")) == expected
    assert _result(run("derive", "--from", str(markdown), "-f", "json")) == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [("no formula here", "no display maths"), ("$$ x $$ and $$ y $$", "2 different display blocks"),
     ("$$ x", "never closed")],
)
def test_markdown_without_exactly_one_block_exits_2(run, tmp_path, content, message):
    """A Markdown file must hold one display block (or one repeated): none, two that differ, or one unclosed is exit 2."""
    path = tmp_path / "notes.md"
    path.write_text(content, encoding="utf-8")
    result = run("derive", "--from", str(path))
    assert result.exit_code == 2
    assert message in result.stderr
    assert "--from" in result.stderr


def test_from_a_missing_file_or_with_cost_exits_2(run, tmp_path):
    """A missing file, or --from together with COST, is bad input (exit 2)."""
    missing = run("derive", "--from", str(tmp_path / "nope.tex"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    both = run("derive", "linear", "--from", str(tmp_path / "nope.tex"))
    assert both.exit_code == 2 and "not both" in both.stderr


def test_input_option_forces_the_front_end(run):
    """--input plain refuses LaTeX; --input latex reads markup-free text as LaTeX."""
    assert run("derive", "--input", "plain", r"\frac{1}{2}z^2", "--wrt", "z").exit_code == 2
    assert run("derive", "--input", "latex", "z^2 y", "--wrt", "z").exit_code == 0


def test_latex_let_and_wrt(run):
    """--let and --wrt are read as LaTeX too."""
    result = run(
        "derive", "-f", "json", "--wrt", r"\theta_j", "--let", r"h_\theta(x) = \sigma(\theta^\top x)",
        "--", r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]",
    )
    assert json.loads(result.stdout)["canonical"]["verdict"] == "canonical"


def test_python_api_reads_latex():
    """logderiv.derive accepts LaTeX, and input= forces a front end."""
    assert derive(LINEAR_TEX).result == derive("linear").result
    with pytest.raises(InputError):
        derive(LINEAR_TEX, input="plain")


# --- acceptance 3: the round trip ---------------------------------------------------------------


def _reads_back(expr: sympy.Expr, problem: Problem) -> None:
    """show_latex(expr), read with the LaTeX front end and built, equals expr (exactly or at random points)."""
    text = show_latex(expr)
    try:
        parsed = latex.parse(text)
    except InputError as error:
        # Σᵢ θⱼ (the grammar sums any term over the examples) is refused on purpose, m copies or Σⱼ θⱼ?
        # (test_misreads_hunt4.py); only where a sum's summand really is free of its own index
        assert "marks nothing in them" in error.message, error.message
        assert any(isinstance(node, sympy.Sum) and not node.function.has(node.variables[0])
                   for node in sympy.preorder_traversal(expr)), text
        return
    built = build_expression(parsed.tree, source=text, definitions_of=problem).expr
    if built != expr:
        assert compare(built, expr, problem, symbolic=False).equal, text


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_every_printed_step_of_every_preset_reads_back(name):
    """The chain, every step, the result, the canonical form and the lemma of each preset read back."""
    derivation = derive(name)
    problem = derivation.problem
    expressions = [problem.cost, derivation.start, *(step.expression for step in derivation.steps), derivation.result]
    if derivation.canonical.form is not None:
        expressions.append(derivation.canonical.form)
    for expr in expressions:
        _reads_back(expr, problem)
    for lemma in derivation.lemmas:
        scalar = Problem(cost=lemma.start, wrt=problem.wrt)
        for expr in [lemma.start, *(step.expression for step in lemma.steps)]:
            _reads_back(expr, scalar)


def _random_costs():
    from _vocabulary import j, theta, z
    from test_properties import DEFINITIONS, costs, scalar_costs

    vector = costs.map(lambda c: (c, Problem(cost=c, wrt=theta[j], definitions=DEFINITIONS)))
    derivative = costs.map(
        lambda c: (sympy.Derivative(c, theta[j], evaluate=False), Problem(cost=c, wrt=theta[j], definitions=DEFINITIONS))
    )
    scalar = scalar_costs.map(lambda c: (c, Problem(cost=c, wrt=z)))
    return st.one_of(vector, derivative, scalar)


@settings(max_examples=examples(250), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=_random_costs())
def test_random_expressions_read_back(case):
    """Any expression of the property grammar (and its unevaluated ∂/∂θⱼ), printed as LaTeX, reads back equal."""
    expr, problem = case
    _reads_back(expr, problem)


def test_eulers_number_reads_back():
    """Euler's number alone, as a random cost drew it (1/(1 + e)), reads back in LaTeX and plain notation.

    A bare e is refused on input since session 29 (Euler's number, or a quantity named e?), so the printers spell
    it as each reader takes it; CI's property run found the LaTeX one printed a bare e.
    """
    from _vocabulary import z

    from logderiv.notation.plain import parse as parse_plain
    from logderiv.printing.expressions import show_plain

    expr = 1 / (1 + sympy.E) + sympy.E * z
    text = show_latex(expr)
    assert build_expression(latex.parse(text).tree, source=text).expr == expr, text
    text = show_plain(expr)
    assert build_expression(parse_plain(text), source=text).expr == expr, text


def test_nested_calls_and_products_parse():
    """h(x h(x …)) nested 40 deep parses: telling a call from a product never backtracks."""
    nested = "h(x " * 40 + "x" + ")" * 40
    assert isinstance(latex.parse(r"\sum_i " + nested).tree, tree.Sum)
    call = latex.parse(r"\sum_i h\left(x^{(i)}\right)").tree.body
    assert isinstance(call, tree.Call)
    product = latex.parse(r"\sum_i y(1 - h)").tree.body
    assert isinstance(product, tree.Binary) and product.op == "*"


def test_let_of_another_variable_defines_a_function():
    """A --let of anything but the example (g(z) = ...) defines a function, expanded where it is called."""
    problem = read_problem(r"\sum_i g(\theta^T x)", lets=[r"g(z) = \frac{1}{1+e^{-z}}"])
    assert problem.cost == read_problem("sum_i sigmoid(theta^T x)").cost
    assert any("g read as σ" in note for note in problem.notes)
    problem = read_problem(r"\sum_i \log h_\theta(x)", lets=[r"{{h}_{\theta }}\left( x \right)={{\theta }^{T}}x"])
    assert problem.cost == read_problem("sum(log(h))", lets=["h = theta^T x"]).cost


def test_prime_is_refused():
    """A prime of anything but σ(…) is not guessed at: an error naming its column (σ'(z) is σ's derivative: fixcold6)."""
    with pytest.raises(InputError, match=r"prime \(\'\) is not read \(column 6\)"):
        latex.parse(r"\tanh'(z)")
    with pytest.raises(InputError, match=r"prime \(\'\) is not read \(column 7\)"):
        latex.parse(r"\sigma'z")


def test_docs_error_example_is_the_real_output(run):
    """The refused-input example in docs/latex.md is what logderiv prints now."""
    import re
    import shlex
    from pathlib import Path

    docs = (Path(__file__).parent.parent / "docs" / "latex.md").read_text(encoding="utf-8")
    block = re.search(r"```console\n\$ (logderiv .*?)\n(.*?)```", docs, re.DOTALL)
    assert block, "docs/latex.md has no console example"
    result = run(*shlex.split(block.group(1))[1:])
    assert result.exit_code == 2
    assert result.stderr == block.group(2)


@pytest.mark.parametrize(
    "noisy",
    [
        r"\displaystyle \frac{1}{2}\,\sum_{i=1}^{m}\!\left(\theta^\top x^{(i)} - y^{(i)}\right)^2 \;.",
        r"\Tiny \frac{1}{2} \quad \sum_{i=1}^{m} \left(\theta^\top x^{(i)} \\[2ex] - y^{(i)}\right)^2 \qquad",
        r"\large \tfrac{1}{2} & \sum_{i=1}^{m} \left(\theta^\top x^{(i)} - y^{(i)}\right)^2 \text{(half the SSE)},",
        "$$\\frac{1}{2} \\sum_{i=1}^{m} % the squared error\n \\left(\\theta^\\top x^{(i)} - y^{(i)}\\right)^2 $$",
        r"\( \frac{1}{2} \sum\limits_{i=1}^{m} \bigl(\theta^\top x^{(i)} - y^{(i)}\bigr)^{2} \)",
        r"\begin{equation*} \frac{1}{2} \sum_{i=1}^{m} \Bigl(\theta^\top x^{(i)} - y^{(i)}\Bigr)^2 \nonumber \end{equation*}",
    ],
)
def test_noise_carries_no_mathematics(noisy):
    """Spacing, sizes, line breaks, alignment, annotations, comments and delimiters change nothing."""
    assert read_problem(noisy).cost == read_problem("1/2 sum((theta^T x - y)^2)").cost


def test_unit_vector_e_with_a_number():
    r"""``e_{1}`` (how the matrix form prints e₁) reads as e with feature 1; ``e_{j}`` and ``e^{x}`` are as before."""
    assert latex.parse(r"e_{1}").tree == tree.Variable("e", tree.Span(0, 5), feature="1")
    with pytest.raises(InputError, match="'e' is a constant and has no index"):
        latex.parse(r"e_{j}")
    assert isinstance(latex.parse(r"e^{x}").tree, tree.Binary)

