"""Issue 10, fixcostname35: the cost's names (J, L, E, ℓ, \\ell, 𝓛, \\mathcal{L}, l, …) are one registry
(notation.vocabulary.COST_NAMES), and every reader's pattern of the cost's name is built from it by
``cost_name_pattern``.

Before, about 40 regular expressions across 13 modules wrote the names out again, each its own set, and they
disagreed (lowercase l was the cost's for services.steps, not for the rest; E for verify.lemmas, not for
services.steps). The readers keep their own sets here (the commit that unified them changed no outcome: every
pattern's matches on 6,000 random strings per pattern, and the whole corpus and every derivation folder, rated the same
as main's); this file holds each reader to the names it declares, and the guards (l as an index, E as an
expectation) to their refusals.
"""

from __future__ import annotations

import re

import pytest

from logderiv.notation import cost_label, example_loss, notes, page, solved_equations
from logderiv.notation.vocabulary import COST_NAMES, cost_name_pattern
from logderiv.services import steps
from logderiv.verify import lemmas, matrix_chain

#: the registry's names, each in the spellings pages write (by hand, from pages in tests/derivations_*)
SPELLINGS = {
    "J": ["J"], "L": ["L"], "E": ["E"], "C": ["C"], "R": ["R"],
    "\\ell": ["\\ell"], "ℓ": ["ℓ"], "𝓛": ["𝓛"],
    "\\mathcal{J}": ["\\mathcal{J}", "\\mathcal J", "\\mathcalJ", "\\mathcal { J }"],
    "\\mathcal{L}": ["\\mathcal{L}", "\\mathcal L", "\\mathcalL", "\\mathcal { L }"],
    "\\mathcal{E}": ["\\mathcal{E}", "\\mathcal E"],
    "l": ["l"],
}


def test_every_registered_name_has_spellings_here_and_its_meaning_written():
    assert set(SPELLINGS) == set(COST_NAMES)
    for name, (written, meaning, _guard) in COST_NAMES.items():
        assert name in written and meaning


@pytest.mark.parametrize("name", sorted(SPELLINGS))
def test_the_built_pattern_reads_every_spelling_of_its_name(name):
    pattern = re.compile(cost_name_pattern(name))
    for spelling in SPELLINGS[name]:
        # lowercase l only before its argument: l(w), l\left(w\right)
        text = spelling + "(w)" if name == "l" else spelling
        assert pattern.match(text), (name, spelling)


def test_the_built_pattern_reads_no_other_name():
    pattern = re.compile(cost_name_pattern("J", "L") + "$")
    for other in ("E", "\\ell", "ℓ", "𝓛", "\\mathcal{L}", "l(w)", "K"):
        assert not pattern.match(other), other


def test_an_unregistered_name_is_refused_by_the_builder():
    with pytest.raises(KeyError, match="not a registered cost name"):
        cost_name_pattern("J", "Q")


def test_lowercase_l_is_no_cost_as_an_index():
    # the guard: l is a feature or layer index (x_l, w^{[l]}, Σ_l) unless its argument follows it
    pattern = re.compile(cost_name_pattern("l") + r"(?![A-Za-z])")
    assert pattern.match("l(\\mathbf w)") and pattern.match("l \\left( w \\right)")
    for index in ("l", "l_1", "l}", "l =", "l^{[2]}"):
        assert not pattern.match(index), index


#: each reader, a line in which it must find the cost's name ({name}), the names it declares, and names it does not
READERS = [
    # a step that only names the cost (services.steps): J, L(β), \mathcal{L}(w, b), ℓ(θ), l(w)
    (steps._COST_NAME_ONLY, "{name}(w)", ["J", "L", "\\mathcal{J}", "\\mathcal{L}", "\\ell", "ℓ", "𝓛", "l"],
     ["E", "\\mathbb{E}"]),
    # the cost's derivative before a lemma's (verify.lemmas): ∂E/∂w, \frac{\partial \ell}{\partial w}
    (lemmas._OF_THE_COST, "\\frac{{\\partial {name}}}{{\\partial w}}",
     ["J", "L", "E", "ℓ", "\\ell", "\\mathcal{L}", "\\mathcal{J}", "\\mathcal{E}"], ["\\mathbb{E}", "Q", "l_1"]),
    # the gradient's name (notation.solved_equations, spaces dropped first): ∇J(θ)
    (solved_equations._GRADIENT_SPELLINGS[2], "\\nabla{name}(w)", ["J", "L", "E", "\\ell", "\\mathcal{L}"],
     ["ℓ", "\\mathbb{E}"]),
    # a notes page's derivative head (notation.notes, spaces dropped first)
    (notes._COST_DERIVATIVE_BY, "\\frac{{\\partial{name}}}{{\\partialw}}", ["J", "L", "\\ell", "\\mathcal{L}"],
     ["E", "ℓ"]),
    # the cost's name labelled (notation.cost_label): L_{\text{ridge}}
    (cost_label._LABELLED, "{name}_{{\\text{{ridge}}}}", ["J", "L", "E", "\\ell", "\\mathcal{L}"], ["ℓ"]),
    # the loss's head (notation.example_loss): L = …, \ell^{(i)} = …
    (example_loss._LOSS_HEAD, "{name} = ", ["L", "\\ell", "\\mathcal{L}"], ["J", "E"]),
    # the derivative of a matrix chain's cost (verify.matrix_chain)
    (matrix_chain._DERIVATIVE_NAME, "\\frac{{\\partial {name}}}{{\\partial w}}", ["J", "L", "\\mathcal{L}", "\\mathcal J"],
     ["E", "\\ell"]),
    # the cost alone in a chain-rule factor (notation.page)
    (page._COST_ALONE, "{name}", ["J", "L", "\\ell", "\\mathcal{L}"], ["E", "Jx"]),
]


#: readers that take \mathcal only braced, \mathcal{L} (kept from before the registry: mathcal="braced")
BRACED_ONLY = (cost_label._LABELLED, example_loss._LOSS_HEAD)


def test_a_braced_only_reader_still_refuses_the_unbraced_spelling():
    # kept as each reader was: cost_label and example_loss never read \mathcal L unbraced (the registry says so)
    assert not example_loss._LOSS_HEAD.match("\\mathcal L = ")
    assert steps._COST_NAME_ONLY.fullmatch("\\mathcal L(w)")


@pytest.mark.parametrize("pattern, template, names, others", READERS)
def test_each_reader_reads_the_names_it_declares_and_no_other(pattern, template, names, others):
    for name in names:
        spellings = SPELLINGS.get(name, [name])
        if pattern in BRACED_ONLY:
            spellings = [spelling for spelling in spellings if "{" in spelling or "mathcal" not in spelling]
        for spelling in spellings:
            line = template.format(name=spelling)
            if pattern in (notes._COST_DERIVATIVE_BY, solved_equations._GRADIENT_SPELLINGS[2]):
                line = line.replace(" ", "")
            assert pattern.search(line) if pattern is page._COST_ALONE else pattern.match(line), (name, line)
    for other in others:
        line = template.format(name=other)
        assert not (pattern.fullmatch(line) if pattern is page._COST_ALONE else pattern.match(line)), (other, line)
