"""Diagnoses are data (issue 14, item 3): a template and the sub-expressions it names, typeset by each renderer.

The verifier that names a mistake imports no printer; the text views print the parts with the Unicode printer
(the sentence they always printed), LaTeX with the LaTeX printer. Expected spellings are written out here by hand.
"""

from __future__ import annotations

import sympy
from test_cycles import ROOT, graph

from logderiv.records.verdict import Diagnosis
from logderiv.render.diagnosis import diagnosis_latex, diagnosis_text, typeset


def test_the_diagnoser_imports_no_renderer():
    """verify.diagnosis names mistakes; how their expressions look is the renderers' business."""
    edges = graph(ROOT / "logderiv")
    assert not [target for target in edges["logderiv.verify.diagnosis"] if target.startswith("logderiv.render")]


def test_a_flipped_sign_names_both_differences_as_expressions():
    """(y − h) where (h − y) is meant: the two parts are expressions, one the other negated (checked by sympy)."""
    from logderiv import check

    verdict = check("1/m * sum((y - h) x_j)", cost="logistic")
    found = verdict.diagnosis[0]
    assert found.kind == "sign"
    assert found.template == "the sign is flipped: ({0}) where ({1}) is meant"
    wrong, meant = found.parts
    assert isinstance(wrong, sympy.Basic) and sympy.expand(wrong + meant) == 0
    assert found.message == "the sign is flipped: (y⁽ⁱ⁾ − h(x⁽ⁱ⁾)) where (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) is meant"


def test_each_renderer_typesets_the_parts_in_its_own_notation():
    """A stray factor 1/2, by hand: ½ in Unicode as the printer writes a fraction, \\frac{1}{2} in LaTeX."""
    half = Diagnosis("factor", "off by the constant factor {0}: {answer} is that times it", sympy.Rational(1, 2),
                     (sympy.Rational(1, 2),))
    assert diagnosis_text(half) == "off by the constant factor 1/2: {answer} is that times it"
    assert half.message == diagnosis_text(half)
    latex = diagnosis_latex(half)
    assert latex.startswith("Off by the constant factor \\(\\frac{1}{2}\\):") and latex.endswith(".")


def test_a_sum_in_brackets_is_bracketed_inside_the_maths():
    x, y = sympy.symbols("x y")
    bracketed = Diagnosis("missing-factor", "the factor ({0}) is missing", x + y, (x + y,))
    assert diagnosis_latex(bracketed) == "The factor \\(\\left(x + y\\right)\\) is missing."


def test_words_without_parts_are_the_sentence_and_other_braces_stay():
    """A template with no part is its own sentence; braces that are not a part's place ({−1, 1}) are words."""
    plain = Diagnosis("labels", "the labels are y ∈ {−1, 1}")
    assert plain.message == "the labels are y ∈ {−1, 1}"
    assert typeset("{0} and {1} in {−1, 1}", (sympy.Integer(2), sympy.Integer(3)), str) == "2 and 3 in {−1, 1}"


def test_the_matrix_form_and_gradcheck_reference_import_no_printer():
    """Why there is no matrix form, and gradcheck's reference gradient, are data: engine and codecheck print nothing."""
    edges = graph(ROOT / "logderiv")
    for module in ("logderiv.engine.matrix", "logderiv.codecheck.reference", "logderiv.codecheck"):
        assert not [target for target in edges[module] if target.startswith("logderiv.render")], module


def test_no_matrix_form_names_its_term_and_entry_as_expressions():
    """e^(θⱼ) xⱼ holds xⱼ, an entry of no vector over i: both parts built here by hand, each view typesets them."""
    from logderiv import derive
    from logderiv.notation import symbols
    from logderiv.render.diagnosis import said_latex

    form = derive("sum(exp(theta_j) x_j)", matrix=True).matrix
    theta_j, x_j = sympy.IndexedBase("theta")[symbols.wrt_index], sympy.IndexedBase("x")[symbols.wrt_index]
    assert form.template == "in the term {0}, it holds {1}"
    term, entry = form.parts
    assert term == sympy.exp(theta_j) * x_j and entry == x_j
    assert form.reason == "in the term e^(θⱼ) xⱼ, it holds xⱼ"
    assert said_latex(form.template, form.parts) == "in the term \\(e^{\\theta_j} x_j\\), it holds \\(x_j\\)"
