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

import json
import re

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv.cli import main

from logderiv.notation import cost_label, example_loss, notes, page, solved_equations
from logderiv.notation.vocabulary import COST_NAMES, cost_name_pattern
from logderiv.services import steps
from logderiv.verify import lemmas, matrix_chain
from _numeric import central_differences

#: the registry's names, each in the spellings pages write (by hand, from pages in tests/derivations_*)
SPELLINGS = {
    "J": ["J"], "L": ["L"], "E": ["E"], "C": ["C"], "R": ["R"], "Q": ["Q"],
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
        # Q was the unregistered example here until fixderiv39 registered it (a Russian notebook's Q(w), cold41)
        cost_name_pattern("J", "K")


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


# ------------------------------------------------------------------ widened: lowercase l, defined as the cost
# source: tests/derivations_cold36/ja_blog_logistic_nll_summed_mu_n_sigmoid_lemma_w_j.md (a Japanese blog on
# logistic regression's likelihood and its derivative), lines 1–27 and 76–85 verbatim: the likelihood L(w), the
# negative log-likelihood l(w) = −Σ{y log μ + (1 − y) log(1 − μ)} (no 1/N) and the derivation ∂l/∂w_j = … (its
# lemmas, lines 29–75, are left off: their σ(x) by x and μ_n by w_j are other blockers, not the cost's name)
JA_PAGE = r"""## 確率モデルの尤度関数とその微分

便宜上、$\mu_n = \sigma(\bm{w}^T\bm{x}_n)$ とおく。扱う確率モデルを再掲すると、以下の通り。

$$
p(y | \bm{x}, \bm{w}) = \mu^y (1 - \mu)^{1 - y}
$$

尤度関数は $N$ 個のデータ $(\bm{x}_n, y_n),\ n = 1, 2, \ldots, N$ が実現される確率である: 

$$
L(\bm{w}) = \prod_{n = 1}^{N} p(y_n | \bm{x}_n, \bm{w}) = \prod\_{n = 1}^{N} \mu_n^{y_n} (1 - \mu_n)^{1 - y_n}
$$


$N$ 個のデータが実現したということは、それらが実現される確率は高いと考えるのが適当である。
よって、尤度関数を最大化するような $\bm{w}$ を求めれば良い。

最大化問題を解くために、勾配降下法が利用できる。そのためには勾配を計算する必要がある。
そこで、微分をし易くするために対数をとっておく。また、勾配降下法は最小化問題を解く手法だから、
負号をつけて最大化問題を最小化問題に読み替える。そうして出来上がる関数 $l$ を負の対数尤度関数という。

$$
l(\bm{w}) = -\sum_{n = 1}^{N} \left\\{ y_n \log \mu_n + (1 - y_n) \log (1 - \mu_n) \right\\}
$$

これを微分すれば勾配が出せる。以下、勾配の計算について段階的に説明する。
これらを合わせると、対数尤度関数の勾配が得られる。

$$
\begin{aligned}
  \frac{\partial l}{\partial w_j}
  &= -\sum_{n = 1}^{N} \left\\{ y_nx_{nj}(1 - \mu_n) - (1 - y_n)x_{nj}\mu_n \right\\}\\\\ 
  &= -\sum_{n = 1}^{N} \left\\{ y_nx_{nj} - x_{nj}\mu_n \right\\}\\\\ 
  &= \sum_{n = 1}^{N} ( \mu_n - y_n )x_{nj}
\end{aligned}
$$
"""


def _nll(X, y, w):
    mu = 1 / (1 + np.exp(-(X @ w)))
    return float(-np.sum(y * np.log(mu) + (1 - y) * np.log(1 - mu)))


def test_the_hand_gradient_of_l_is_sum_of_mu_minus_y_times_x_by_finite_differences():
    # by hand: ∂l/∂w_j = Σ_n (μ_n − y_n) x_nj (no 1/N, l summed); the planted sign below is its negative
    rng = np.random.default_rng(35)
    X, y, w = rng.normal(size=(7, 3)), (rng.random(7) > 0.5).astype(float), rng.normal(size=3)
    mu = 1 / (1 + np.exp(-(X @ w)))
    numeric = central_differences(lambda t: _nll(X, y, t), w)
    assert np.allclose(numeric, X.T @ (mu - y), atol=1e-6)
    assert not np.allclose(numeric, X.T @ (y - mu), atol=1e-3)


def _steps(tmp_path, text, name="page.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--timeout", "60"])


def test_lowercase_l_defined_as_the_cost_is_read_as_j_with_a_note(tmp_path):
    result = _steps(tmp_path, JA_PAGE)
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient" and all(step["valid"] for step in review["steps"])
    assert [step["line"] for step in review["steps"]][-1] == 35
    assert any(note.startswith("l names the cost: line 24 defines l of the parameters and line 32 differentiates")
               for note in review["notes"])
    assert any("Markdown's escaped brace" in note for note in review["notes"])


def test_the_page_with_its_last_step_planted_wrong_ends_wrong_at_that_line(tmp_path):
    # planted: the last step written Σ(y_n − μ_n)x_nj, −∂l/∂w_j (shown above against finite differences)
    planted = JA_PAGE.replace("( \\mu_n - y_n )x_{nj}", "( y_n - \\mu_n )x_{nj}")
    assert planted != JA_PAGE
    review = json.loads(_steps(tmp_path, planted).stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    assert review["ending"] == "wrong" and wrong[0] == 35


def test_lowercase_l_as_an_index_on_the_page_is_not_the_cost(tmp_path):
    # near-miss: the same page also writing l as an index (a feature's, x_{l}): l is not renamed, refused as before
    page = JA_PAGE.replace("尤度関数は $N$", "特徴 $x_{l}$ について、尤度関数は $N$")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "l names the cost" not in result.output + result.stderr
    assert "line 32" in result.stderr and "'l' is a feature index" in result.stderr  # refused at ∂l, not read


def test_lowercase_l_never_defined_of_the_parameters_is_not_the_cost(tmp_path):
    # near-miss: l defined with no parameter as its argument (l(n) = …): not the cost's definition
    page = JA_PAGE.replace("l(\\bm{w}) = -\\sum", "l(n) = -\\sum")
    result = _steps(tmp_path, page)
    assert "l names the cost" not in result.output + result.stderr


def test_escaped_braces_after_left_and_right_only():
    from logderiv.notation.escaped_brackets import escaped_braces_read

    text = "$$\nl = \\left\\\\{ y \\right\\\\}\\\\\\\\\n$$\n```\n\\left\\\\{ code \\right\\\\}\n```\n$$a \\\\{b$$\n"
    read, notes_said = escaped_braces_read(text)
    assert read == text.replace("\\left\\\\{ y \\right\\\\}", "\\left \\{ y \\right \\}", 1)
    assert len(read) == len(text) and len(notes_said) == 1 and notes_said[0].startswith("line 2: ")


# ------------------------------------------------------------------ kept refused: E_n, one example's E
# source: tests/derivations_cold36/ko_notes_prml_logistic_cross_entropy_chain_y_n_a_n.md (Korean study notes on PRML
# ch. 4, public code index file 30786419303), lines 5, 71, 75, 78 and 82 verbatim (prose between them left off):
# E(w) defined and rewritten through −ln p(T|w), one example's E_n, and the chain rule of ∇E_n (\triangledown, TeX's ∇)
KO_PAGE = "\n\n".join([
    r"$$E(\boldsymbol{w})= - \ln{p(\boldsymbol {T}\vert \boldsymbol{w})} = - \sum_{n=1}^{N}\left\{t_n\ln{y_n}+(1-t_n)\ln(1-y_n)\right\}$$  ",
    r"$$E_n(\boldsymbol{w}) = - \left\{t_n\ln{y_n}+(1-t_n)\ln(1-y_n)\right\}$$  ",
    r"$$\triangledown E(\boldsymbol{w}) = \sum_{n=1}^N \triangledown E_n(\boldsymbol{w})$$  ",
    r"$$\begin{align} \triangledown E_n(\boldsymbol{w}) &\ = \frac{\partial E_n(\boldsymbol{w})}{\partial y_n}\frac{\partial y_n}{\partial a_n}\triangledown a_n\\ &\ = \left\{ \frac{1-t_n}{1-y_n} - \frac{t_n}{y_n}\right\} y_n(1-y_n)\phi_n\\ &\ = (y_n - t_n)\phi_n \end{align}$$  ",
    r"$$\triangledown E(\boldsymbol{w}) = \sum_{n=1}^N (y_n - t_n)\phi_n$$  ",
]) + "\n"


def test_one_examples_e_n_differentiated_beside_the_cost_e_is_refused_saying_so(tmp_path):
    # lines: 1 E(w) = …, 3 E_n, 5 ∇E = Σ∇E_n, 7 ∇E_n's chain, 9 ∇E = Σ(y − t)φ
    result = _steps(tmp_path, KO_PAGE)
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith("logderiv: error (in FILE, line 1, column 3): line 1 defines E and rewrites it, and line "
                            "7 differentiates E_n, one example's term of it, not E itself")
    assert "hint: derive the whole cost's gradient" in result.stderr


def test_the_whole_cost_e_differentiated_keeps_the_message_it_had(tmp_path):
    # near-miss: the same page with line 7's chain of ∇E itself (no example's index): the message main gives a cost E
    # defined and rewritten beside a chain differentiating E (main gave it to the ko page written with \nabla too,
    # where line 78 differentiates E_n, not E)
    page = KO_PAGE.replace(r"\begin{align} \triangledown E_n(\boldsymbol{w}) &\ =", r"\begin{align} \triangledown E(\boldsymbol{w}) &\ =")
    assert page != KO_PAGE
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    # with fixderiv35's \triangledown read as ∇ by the page reader too (merged beside this fix), the chain of ∇E is
    # a derivation, and the page is refused further on, at its per-example h (still a refusal, never judged)
    assert result.stderr.splitlines()[0] == (
        "logderiv: error (in FILE, line 3, column 6): a defined name is a function of the example only: h(x) or "
        "h(x^{(i)}) (column 4)")


def test_script_ell_defined_then_upright_l_differentiated_keeps_mains_question(tmp_path):
    # kept refused as main decides: \ell is the log-likelihood (maximised), so ∂l/∂w_j beside \ell(\bm{w}) = … may be
    # of ℓ or of the cost −ℓ; the registry says ℓ's meaning is each reader's, and this reader asks
    page = JA_PAGE.replace("\nl(\\bm{w}) = -\\sum", "\n\\ell(\\bm{w}) = -\\sum")
    assert page != JA_PAGE
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "logderiv: error (in FILE, line 32, column 16): the derivation differentiates l, which the notes do not "
        "define; they define the log-likelihood \\ell (line 24), which is maximised")
    assert "l names the cost" not in result.stderr
