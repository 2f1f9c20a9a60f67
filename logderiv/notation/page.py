"""A page of notes around a derivation: which display blocks are the derivation, which define a name it uses.

Derivations are pasted with their page: prose with inline ``$…$``, a block that
defines the model (``$$p(x;\\beta)=\\frac{e^{\\beta^Tx}}{1+e^{\\beta^Tx}}.$$``,
``Consider that: $h_\\theta(x)=\\theta_0+\\theta_1x$``), lemmas stated on their
own (``$$\\frac{\\partial}{\\partial x}\\sigma(x)=\\sigma(x)(1-\\sigma(x))$$``),
and one chain of equalities that is the derivation. :func:`read_page` sorts
the blocks of :mod:`logderiv.notation.notes`:

* the derivation is the one *run* of blocks holding two or more ``=``: a run is a
  block and the blocks after it that go on with ``=`` (``$\\ \\ \\ =…$`` lines);
* a block or inline ``$…$`` of one ``=`` that only defines a name
  (``NAME = …``, ``NAME(args) = …``, no derivative) which the derivation uses is a
  definition: it becomes a ``--let``, with a note;
* any other equation beside the derivation (a lemma, a definition of a name the
  derivation never uses, a figure's formula) is not read, with a note naming
  it: an unreadable lemma no longer stops the reading of the derivation. A lone
  expression (no ``=``) is a step of the derivation, as it always was.

Nothing is picked silently: two runs of several ``=`` (two derivations) are
refused, naming both (:class:`SeveralDerivations` when each derives the cost,
so that the caller checks each in turn instead), and so are two different
definitions of one name. Notes
with no such run, or with nothing beside it, are read as before, every block a
piece of the derivation. Nothing here parses an expression or imports sympy.
"""

from __future__ import annotations

import contextvars
import dataclasses
import re
from typing import Any, Callable, Collection, Sequence

from ..errors import InputError
from ..record import record
from . import solved_equations, vocabulary as vocab
from .brackets import closing as closing_bracket, top_level
from .named_bias import bias_named, with_the_bias
from .document import PARAMETER_ARGUMENT
from .sigmoid_prime import statement_of_a_derivative, states_the_sigmoids_derivative
from .subscript_names import subscript_word
from .roles import CostChain, CostDerivative, Definition as DefinitionRole, Lemma, Role, Unknown
from .notes import CONNECTIVE, STRAY_TEXT, TEX_SIZES, Block, cost_derivative_by, display_blocks, python_maths_fences, without_code
from .. import patterns

#: what names a page's line in its notes and refusals: ``line 5``, ``cell 1, line 5``
_Where = Callable[[int], str]

__all__ = ["Page", "Definition", "CostDefinedTwice", "refuse_defined_twice", "SeveralChains", "SeveralDerivations", "UNDECIDED_AS", "UndecidedContinuation", "RESCALED_AS", "RESCALED_READING", "read_page", "derives_the_cost", "side_derivations",
           "lemma_boxes_opened", "result_boxes_opened",
           "example_term_lets",
           "of_the_cost_by_a_parameter", "chain_role",
           "chain_roles", "bare_operators_named"]

#: a derivative written in a block: ∂, \partial, \nabla, d/dθ, \frac{d …}{d …}
_DERIVATIVE = patterns.compile(r"∂|\\partial|\\nabla|∇|\\(?:big)?triangledown(?![A-Za-z])|\bd\s*/\s*d|\\d?frac\s*\{\s*d\b"
                               # Leibniz's quotient of differentials written whole: dL/dw, dyHat/db (plain, a
                               # README's backticks), \frac{dL}{dw}: a derivative as much as ∂L/∂w is
                               r"|(?<![A-Za-z\\])d[A-Za-z]\w*\s*/\s*d[A-Za-z]|\\d?frac\s*\{\s*d\s*[A-Za-z]\w*\s*\}\s*\{\s*d\s*[A-Za-z\\]")
#: the left side of a definition: a letter or a Greek/hatted command, a subscript, a call's arguments (x^{(i)} too)
#: (an accent takes its letter braced or after a space, \hat{y} or \hat y: TeX reads both as ŷ)
_HEAD = patterns.compile(
    r"\s*(?P<head>(?P<name>[A-Za-z]|ŷ|y\u0302|\\(?:hat|bar|tilde|widehat)\s+[A-Za-z](?![A-Za-z])"
    r"|\\(?:[A-Za-z]+)(?:\s*\{\s*[A-Za-z]\s*\})?)"
    # (a subscript of the model's parameters holds one level of braces: f_{\vec{w},b})
    r"(?:\s*_\s*(?:\{(?:[^{}=]|\{[^{}=]*\})*\}|\\[A-Za-z]+|[A-Za-z0-9θβ])|ᵢ|(?<=[ŷ\u0302])i(?![A-Za-z])"
    # plain Unicode's h_θ(x), and hθ(x) with the parameter letter on the line (as the --let reader reads it)
    r"|(?<=[hf])[ \t]?[θβ](?=\())?)"
    r"\s*(?:\((?P<arguments>(?:[^()=]|\(\s*i\s*\))*)\)|\\left\s*\((?P<sized>[^=]*?)\\right\s*\))?\s*"
)
#: names whose definition is the cost, read by the derivation's own first lines (never a --let)
_COST_NAMES = frozenset({"J", "L", "l", "\\ell", "\\mathcal{L}", "\\mathcal{J}", "\\mathcalL", "\\mathcalJ"})
#: an = with a label set over or under it: \overset{label}{=}, \stackrel{label}{=}, \underset{label}{=} (one level of
#: braces inside the label, as h\left(x^{(i)}\right) = … has)
_ANNOTATED_EQUALS = patterns.compile(r"\\(?:overset|stackrel|underset)\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*=\s*\}")
#: an implication or a mapping: a rule stated in words of logic, never a definition of a name
#: an implication ending a block's maths: what followed it was set aside as a lemma (side_derivations)
_IMPLIES_A_LEMMA = patterns.compile(r"\s*(?:\\(?:Rightarrow|Longrightarrow|implies)(?![A-Za-z])|⇒)\s*$")
_IMPLICATION = patterns.compile(r"\\(?:Rightarrow|Longrightarrow|implies|iff|Leftrightarrow|mapsto|to)(?![A-Za-z])|⇒|↦|→")
#: an inline $…$ of prose: one line, not $$
_INLINE = patterns.compile(r"(?<![$\\])\$(?!\$)(?P<maths>[^$\n]+)\$")
#: what opens a block that goes on with the chain before it: spaces, TeX's spacing, & and then =
_CONTINUES = patterns.compile(r"(?:\s|\\[ ,;:!]|\\q?quad\b|&)*=")


#: a word set in maths (\text{Let X represent …}, \textrm{…}, \mbox{…}), one level of braces inside it
_WORDS = patterns.compile(r"\\(?:text|textrm|textit|textbf|mbox)\s*\{(?:[^{}]|\{[^{}]*\})*\}")
#: two words in a row: a sentence, never one name set upright (\text{MSE} may be a chain's left side)
_SENTENCE = patterns.compile(r"[^\W\d_]{2,}\s+[^\W\d_]+")


#: words of a script that writes no maths (Chinese, Japanese, Korean) set in a display by themselves, with the
#: script's own punctuation: ``$$和$$`` ("and") between two identities of a Chinese notebook
_CJK_WORDS = patterns.compile(r"[\s\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff0c\uff1a\uff1b]*"
                              r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
                              r"[\s\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff0c\uff1a\uff1b]*")


def _only_words(maths: str) -> bool:
    r"""Whether a display holds a sentence only (``$$\textrm{Y is the vector of the outputs}$$``): words, no maths.

    Words of a CJK script set in a display with nothing else (``$$和$$``, "and", between two formulas) are a
    sentence too, even one word: no letter of them is a symbol of maths."""
    if _CJK_WORDS.fullmatch(maths):
        return True
    rest = _WORDS.sub(" ", maths)
    return rest != maths and _SENTENCE.search(maths) is not None \
        and not re.sub(r"\\[ ,;:!]|\\q?quad\b|[\s.,:;]", "", rest)


#: one name as prose sets it in a display: a letter or a command (\\theta, \\mathbf{w}), with a subscript
_NAME = r"(?:\\[A-Za-z]+\s*(?:\{\s*[A-Za-z]\s*\})?|[A-Za-z])(?:\s*_\s*(?:\{\s*\w+\s*\}|\w))?"
#: names listed with commas and nothing else: ``$$w, b$$`` in a sentence ("the values we look for are $$w, b$$")
_LISTED_NAMES = patterns.compile(rf"\s*{_NAME}(?:\s*,\s*{_NAME})+\s*")


def _only_names(maths: str) -> bool:
    r"""Whether a display lists names only (``$$w, b$$``, ``$$\theta_0, \theta_1$$``): the prose's, no equation."""
    return _LISTED_NAMES.fullmatch(maths) is not None


#: an arrow between two nodes of a computational graph: \rightarrow, \to, \longrightarrow, →
_GRAPH_ARROW = patterns.compile(r"\\(?:long)?rightarrow(?![A-Za-z])|\\to(?![A-Za-z])|→")


def _draws_a_graph(maths: str) -> bool:
    r"""Whether a display draws a computational graph (``w_1, \ldots, w_n, b \rightarrow z \rightarrow a \rightarrow
    \mathcal{L}``): two arrows or more, and no ``=`` — no equation, so no step; a lone arrow (a limit, a \to 0)
    is left to the reader."""
    return "=" not in maths and len(_GRAPH_ARROW.findall(maths)) >= 2


#: a relation that is no '=': a comparison (≫, ≪, <, >, ≤, ≥, ≠) or a limit's arrow (λ \to 0, λ \to \infty)
_NOT_EQUALS = patterns.compile(
    r"\\(?:gg|ll|lt|gt|le|leq|ge|geq|leqslant|geqslant|ne|neq|to|rightarrow|longrightarrow)(?![A-Za-z])|[<>≪≫≤≥≠→]")
#: what makes a display part of a derivation whatever its relation: a derivative, a gradient, the cost's name
_DERIVATIVE_MARK = patterns.compile(r"\\(?:partial|nabla|min|max|arg|lim|sum|prod)(?![A-Za-z])|\\[dt]?frac\s*\{\s*d|[∂∇Σ∏]")


def _states_a_comparison(maths: str) -> bool:
    r"""Whether a display only states a comparison or a limit's arrow, no equation: ``100^2+(-94)^2 \gg 3^2+3^2.``,
    ``\lambda\to0,`` (cold43's ridge notes, in prose: "ridge strongly prefers (3,3) because …", "As … ridge
    approaches OLS"). No '=' at all, one such relation, and no derivative, gradient, sum, \min or limit in it: a
    statement about numbers or a parameter, not a step (a display with ∂ or ∇ and an arrow is left to the reader)."""
    inside = _without_environment(maths, closing=True)
    relations = _NOT_EQUALS.findall(inside)
    if "=" in inside or len(relations) != 1 or _DERIVATIVE_MARK.search(inside) is not None:
        return False
    if _GRAPH_ARROW.search(inside) is None:
        return True  # a comparison: ≫, ≪, <, >, ≤, ≥, ≠
    # an arrow only as a limit of a hyperparameter or a count (λ → 0, λ → ∞, m → ∞): ``a \to 1`` of another
    # letter is left refused, saying what an arrow is (fixcold17)
    return _LIMIT.fullmatch(inside) is not None


#: a hyperparameter or a count tending to a number or to ±∞: ``\lambda\to0,``, ``\lambda \rightarrow \infty.``
_LIMIT = patterns.compile(
    r"\s*(?:\\(?:lambda|alpha|eta|epsilon|varepsilon|gamma|mu)|[mnNkt])\s*(?:\\to|\\rightarrow|→)\s*"
    r"(?:[+-]?\s*(?:\d+(?:\.\d+)?|\\infty|∞))\s*(?:[.,;]\s*)?")


#: the problem stated, the cost's name alone under \min or \arg\min: ``\min_{\theta_0, \theta_1} {J(\theta_0, \theta_1)}``
_GOAL = patterns.compile(
    r"\s*(?:\\min|\\arg\s*\\min|\\argmin|\\operatorname\*?\s*\{\s*arg\s*min\s*\})(?:\s*\\limits)?"
    r"\s*_\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|[A-Za-z])"
    r"\s*(?P<braced>\{)?\s*" + vocab.cost_name_pattern("J", "L", "\\mathcal{J}", "\\mathcal{L}") + r"(?:\s*_\s*\\?[A-Za-z]+)?\s*(?:\([^()=]*\))?\s*(?(braced)\})"
    r"\s*[.,]?\s*")


#: the objective stated with an arrow, ``\sum_{i=1}^N \lVert y_i - \hat{y}_i \rVert^2 \to \min.`` (cold42's Vietnamese notes;
#: "→ min", the expression made least, as Russian and Vietnamese notes write it): one arrow, to \min or \max alone at
#: the end, and no '=' — no equation, so no step
#: (found from the end, no lazy run: ``.*?\\sum.*?\s*\\to`` was K·N² steps on K sums beside a run of N spaces, rev40)
_ARROW_END = patterns.compile(r"(?:\\to|\\rightarrow|\\longrightarrow|→)\s*\\(?:min|max)\Z")
#: what the objective before the arrow holds: a sum, a fraction or a norm
_OBJECTIVE_MARK = patterns.compile(r"\\(?:sum|frac|lVert|Vert|\|)")


def _ends_with_an_arrow_goal(maths: str) -> bool:
    """Whether ``maths`` is an objective (a sum, fraction or norm in it) then one of the arrows and \\min or \\max at
    its very end (a full stop or comma after it, spaces around)."""
    stripped = maths.rstrip()
    if stripped.endswith((".", ",")):
        stripped = stripped[:-1].rstrip()
    end = _ARROW_END.search(stripped)
    return end is not None and _OBJECTIVE_MARK.search(stripped, 0, end.start()) is not None


#: a relation other than '=' before the arrow: ``J \equiv …``, ``J \coloneqq …``, ``J \triangleq …``, ``J: …`` define the cost
#: (audderiv40: set aside as the problem alone, the derivation was judged against another cost), ``\le``, ``\approx``
#: compare two things: no objective alone
_RELATION = patterns.compile(
    r"\\(?:equiv|coloneqq?|eqqcolon|eqcolon|triangleq|doteq|defeq|stackrel|overset|approx|simeq|sim|cong|propto|le|leq|"
    r"ge|geq|leqslant|geqslant|ne|neq|lt|gt|coloneq)(?![A-Za-z])|[:<>≡≔≜≈≤≥≠]")


def _states_an_arrow_goal(maths: str) -> bool:
    r"""Whether a display only states the objective with an arrow, ``Σ ‖yᵢ − ŷᵢ‖² \to \min``: the expression to
    minimise (or maximise), no equation — not a step, as :func:`_states_the_goal`'s ``\min_θ J(θ)``. One arrow
    only: ``a \to b \to \min`` (a graph, a chain of maps) is left to the reader."""
    inside = _without_environment(maths, closing=True)
    # a sum's bounds hold '=' (\sum_{i=1}^N): no equation; any other '=' is one
    unbounded = re.sub(r"[_^]\s*\{[^{}]*\}", " ", inside)
    return "=" not in unbounded and _ends_with_an_arrow_goal(inside) \
        and len(_GRAPH_ARROW.findall(inside)) == 1 and _RELATION.search(unbounded) is None


def _arrow_goal_word(maths: str, *, short: bool = False) -> str:
    """What an objective stated with an arrow asks (:func:`_states_an_arrow_goal`): least ('min') or greatest ('max')."""
    smallest = re.search(r"\\min(?![A-Za-z])", maths) is not None
    if short:
        return "min" if smallest else "max"
    return "least" if smallest else "greatest"


#: a derivative of a name by a parameter, alone: ``\frac{\partial \text{Loss}}{\partial w}``,
#: ``\frac{\partial J}{\partial \theta_j}`` (the name a letter, \mathcal{L} or \text{…}, with its arguments maybe), a
#: full stop or colon after it
_BARE_DERIVATIVE = patterns.compile(
    r"\s*\\frac\s*\{\s*\\partial\s*"
    r"(?:\\(?:text|mathrm|operatorname)\s*\{\s*[A-Za-z]+\s*\}|\\mathcal\s*\{?\s*[A-Za-z]\s*\}?|\\ell|[A-Za-z])"
    r"\s*(?:\([^()=]*\))?\s*\}\s*\{\s*\\partial\s*(?:\\[A-Za-z]+|[A-Za-z])(?:\s*_\s*\{?\s*[A-Za-z0-9]\s*\}?)?"
    r"\s*\}\s*[.,:]?\s*")


def _asks_for_a_derivative(text: str, blocks: Sequence[Block], index: int, heads: dict[str, int]) -> bool:
    r"""Whether ``blocks[index]`` only names the derivative the page goes on to derive: "We want to compute the
    partial derivative of the loss with respect to w: $$\frac{\partial \text{Loss}}{\partial w}$$", the same
    derivative written later as a chain's left side (``\frac{\partial \text{Loss}}{\partial w} = …``), and the next
    display no ``= …`` that goes on from it (``heads``: each left side of a block's first '=', spaces dropped, and
    the last block's index that writes it).
    Read as a step, the derivation opened there and the cost's rewrite
    written between (Loss = (1/n)Σe_i², after the error's definition) was a step of it (cold34's README)."""
    maths = _without_environment(text[blocks[index].maths[0]:blocks[index].maths[1]], closing=True)
    if _BARE_DERIVATIVE.fullmatch(maths) is None:
        return False
    if index + 1 < len(blocks) and _CONTINUES.match(text, blocks[index + 1].maths[0]) is not None:
        return False
    return heads.get("".join(maths.split()).rstrip(".,:"), -1) > index


def _states_the_goal(maths: str) -> bool:
    r"""Whether a display only states the problem, the cost's name minimised (``\min_{\theta_0, \theta_1} J(\theta_0,
    \theta_1)``, a recap's "Goal:"): no equation, so no step — read as one beside a derivation, the cost was a line
    of ∂J/∂θⱼ and a right page was wrong there (cold30)."""
    return _GOAL.fullmatch(_without_environment(maths, closing=True)) is not None


@record
class Definition:
    """``NAME = value`` written beside the derivation, and where: read as ``--let`` text."""

    #: the name as written (``p``, ``h_\\theta``), spaces and braces dropped
    head: str
    #: the definition as a --let text (``p(x;\\beta)=\\frac{…}{…}``)
    text: str
    #: 0-based offset of ``text`` in the file's (joined) text, and its 1-based line
    offset: int
    line: int


class SeveralChains(InputError):
    """The refusal of several chains of '=' on one page, whatever each derives (the cost, one example's loss, σ′).

    ``spans`` holds each chain's (start, end) in the text, in order: the caller may judge each chain alone, the
    others blanked, where it can tell what each differentiates (:func:`logderiv.services.steps.review_steps`).
    """

    def __init__(self, message: str, *, spans: list[tuple[int, int]], rows: bool = False,
                 roles: Sequence[Role] = (), components: bool = False, **where: Any) -> None:
        # ``where``: InputError's own keywords (source, column, line, label, hint), handed on as they are
        super().__init__(message, **where)
        self.spans = spans
        #: each chain's role, as the refusal's "As read" says it (empty where not worked out)
        self.roles = tuple(roles)
        #: whether the chains are the rows of one display (∂J/∂β₀ &= … \\ ∂J/∂βⱼ &= …): its last row ends it
        self.rows = rows
        #: whether the last chains are ∂J/∂θ₀ = …, ∂J/∂θ₁ = … read after a general ∂J/∂θⱼ chain (_components_after)
        self.components = components


class CostDefinedTwice(InputError):
    """The refusal of a page whose prose defines the cost twice, differently (``$J(θ) = (1/2m)Σ…$``, then
    ``$J(θ) = ½(Xθ − y)²$``). ``spans`` holds each definition's inline maths (start, end), in order: beside --cost,
    which names the cost, the caller may read the page once per definition, the others blanked
    (:func:`logderiv.services.steps.review_steps`)."""

    def __init__(self, message: str, *, spans: list[tuple[int, int]], **where: Any) -> None:
        super().__init__(message, **where)
        self.spans = spans


class SeveralDerivations(SeveralChains):
    """The refusal of several chains when each derives the cost by a parameter of its own (∂J/∂w, then ∂J/∂b).

    A TA checks each of them: the caller may read the page once per chain, the others blanked, instead of
    refusing. ``spans`` holds each chain's (start, end) in the text, in order.
    """


@record
class Page:
    """What :func:`read_page` found: the blocks to read as the derivation, the definitions it uses, the notes."""

    blocks: tuple[Block, ...]
    definitions: tuple[Definition, ...] = ()
    notes: tuple[str, ...] = ()
    #: (the cost's letter, its example subscript, the letter it is read as): one example's term J_i read as Q_i
    renames: tuple[tuple[str, str, str], ...] = ()
    #: the span of the cost's one definition when it stands after the derivation ("where J(w) = …"): read first
    cost_after: tuple[int, int] | None = None
    #: each definition rewritten beside the derivation (ŷ = σ(z) = 1/(1 + e^{−z})): the span of its sides after the
    #: name (σ(z) = 1/(1 + e^{−z})), checked as a chain of its own, and the name (its first value is the --let)
    rewrites: tuple[tuple[int, int, str], ...] = ()
    #: the start of each of ``rewrites`` whose name no derivation writes (NLL(w) = A = B beside d𝓛/dw): the page's
    #: own note says how it is read (no --let, its rewrites checked), the one note on its line
    unwritten: tuple[int, ...] = ()
    #: each name defined again beside the derivation, written otherwise (h_θ(x) = g(θᵀx), then h_θ(x⁽ⁱ⁾) = 1/(1 +
    #: e^{−θᵀx⁽ⁱ⁾})): its definition read (in ``definitions``) and the other, read only if the two are one value
    restated: tuple[tuple[Definition, Definition], ...] = ()
    #: each update rule beside the derivation written on with '=' (``wⱼ := A = B``, ``Δwⱼ = −η ∂J/∂wⱼ = B``): the span
    #: of its sides after the rule's own (A = B), checked against each other as the update rule's sides, and the name
    #: it updates (:func:`update_sides`)
    update_sides: tuple[tuple[int, int, str], ...] = ()

    def renamed(self, text: str) -> str:
        """``text`` with each renamed term's letter swapped (``J_i`` → ``Q_i``): same length, same lines."""
        for letter, index, replacement in self.renames:
            text = _TERM_OF.get(letter, index).sub(replacement, text)
        return text


def read_page(text: str, where: _Where | None = None, *, beside: str = "", rewrites: bool = True,
              whole: str = "", updates_checked: bool = True) -> Page:
    """Sort the display blocks of Markdown ``text`` (see the module's docstring).

    ``where(line)`` names a line for the notes (``line 5``, ``cell 1, line 5``). ``beside``: the maths of the
    lemmas checked beside the derivation (set aside in ``text``), whose names the page's definitions serve too
    (``Let $z = \\theta^T x$`` for ``\\frac{\\partial z}{\\partial \\theta_j}`` in a lemma). ``rewrites``: a definition
    rewritten (``NAME = A = B``) is read as ``NAME = A`` with ``A = B`` a chain to check (:attr:`Page.rewrites`); with
    False, as one --let whose reading compares its sides. ``whole``: the page with its lemmas, where ``text`` has them
    set aside (what the page writes anywhere decides whether its prose's bias is read into the model).
    ``updates_checked``: an update rule written on with '=' beside the derivation has its later sides checked against
    each other (:attr:`Page.update_sides`); with False, it is set aside unchecked, noted, as before.
    """
    where = where or (lambda line: f"line {line}")
    blocks = display_blocks(text)
    words = [block for block in blocks if _only_words(text[block.maths[0]:block.maths[1]])]
    blocks = [block for block in blocks if block not in words]
    names = [block for block in blocks if _only_names(text[block.maths[0]:block.maths[1]])]
    blocks = [block for block in blocks if block not in names]
    graphs = [block for block in blocks if _draws_a_graph(text[block.maths[0]:block.maths[1]])]
    blocks = [block for block in blocks if block not in graphs]
    comparisons = [block for block in blocks if _states_a_comparison(text[block.maths[0]:block.maths[1]])]
    if len(comparisons) < len(blocks):
        blocks = [block for block in blocks if block not in comparisons]  # beside a derivation; alone, left as it was
    else:
        comparisons = []
    goals = [block for block in blocks if _states_the_goal(text[block.maths[0]:block.maths[1]])]
    arrow_goals = {id(block) for block in blocks if _states_an_arrow_goal(text[block.maths[0]:block.maths[1]])}
    goals += [block for block in blocks if id(block) in arrow_goals]
    # each left side of a first '=', spaces dropped, and the last block that writes it
    heads = {"".join(left.split()): index for index, block in enumerate(blocks)
             for left, equals, _ in [text[block.maths[0]:block.maths[1]].partition("=")] if equals}
    asked = [block for index, block in enumerate(blocks) if _asks_for_a_derivative(text, blocks, index, heads)]
    if len(goals) < len(blocks):
        blocks = [block for block in blocks if block not in goals]  # beside the derivation; alone it is left as it was
    else:
        goals = []
    blocks = [block for block in blocks if block not in asked]
    laws = [block for block in blocks if _states_a_distribution(text, block)]
    updates = [block for block in blocks if block not in laws and _states_an_update(text, block)]
    if len(updates) + len(laws) == len(blocks):
        updates = []  # an update rule alone is no derivation: its arrow is refused where it is read, saying why
    blocks = [block for block in blocks if block not in laws and block not in updates]
    ones = [block for block in blocks if _lays_out_ones(text, block)]
    blocks = [block for block in blocks if block not in ones]
    data = [(block, _past_the_data(text, block)) for block in blocks]
    blocks = [rest for block, rest in data if rest is not None]
    modelled = [(block, _past_the_label(text, block)) for block in blocks]
    blocks = [rest for _, rest in modelled]
    columns = [block for block in blocks if _defines_the_gradient(text, block)]
    blocks = [block for block in blocks if block not in columns]
    _refuse_a_capital_theta_derivative_beside_theta(text, blocks, where)
    blocks, likelihood_notes = _likelihood_set_aside(text, blocks, where)
    blocks, negated_notes = _negated_log_likelihood_set_aside(text, blocks, where, beside)
    likelihood_notes += negated_notes
    blocks, update_notes, update_spans = _update_chains_set_aside(text, blocks, where, checked=updates_checked)
    likelihood_notes += update_notes
    blocks, rescaled_notes = _rescaled_cost_set_aside(text, blocks, where)
    likelihood_notes += rescaled_notes
    blocks, probability_notes = _probability_chains_set_aside(text, blocks, where)
    likelihood_notes += probability_notes
    law_notes = [f"{where(_line(text, _first_character(text, block.maths)))} states a distribution, not an "
                 + ("equation of the model's parameters: the log-probability of one label in the law's own parameter"
                    if _LAW_LOG_PROBABILITY.match(_without_environment(text[block.maths[0]:block.maths[1]], closing=True))
                    else "equation")
                 + f": not read ({_shortened(' '.join(text[block.maths[0]:block.maths[1]].split()))})"
                 for block in laws]
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} is words set in a display "
                  f"(\\text{{…}}, or a CJK script's words), no maths: not read ({_shortened(' '.join(text[block.maths[0]:block.maths[1]].split()))})"
                  for block in words]
    law_notes += [f"{where(_line(text, start))} opens a ```python fence that holds ∂ or ∇, which no Python program "
                  "holds outside a string or a comment: maths set in a code fence for its colours, read as a fence "
                  "of plain text"
                  for start, end in python_maths_fences(text)
                  if any(start <= block.maths[0] < end for block in blocks)]
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} lists names in a display, a sentence's "
                  f"words set as maths, no equation: not read ({' '.join(text[block.maths[0]:block.maths[1]].split())})"
                  for block in names]
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} draws a computational graph (arrows "
                  f"between the quantities, no '='), no equation: not read "
                  f"({_shortened(' '.join(text[block.maths[0]:block.maths[1]].split()))})" for block in graphs]
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} states "
                  + ("a limit (an arrow, 'tends to')" if re.search(r"\\(?:to|rightarrow|longrightarrow)(?![A-Za-z])|→",
                                                                   text[block.maths[0]:block.maths[1]])
                     else "a comparison (≫, ≪, <, >, ≤, ≥ or ≠)")
                  + ", no '=', no derivative: a remark, not a step, not read "
                  f"({_shortened(' '.join(text[block.maths[0]:block.maths[1]].split()))})" for block in comparisons]
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} states the problem, "
                  + (f"the expression made {_arrow_goal_word(text[block.maths[0]:block.maths[1]])} ('→ "
                     f"{_arrow_goal_word(text[block.maths[0]:block.maths[1]], short=True)}' written after it), "
                     if id(block) in arrow_goals else "the cost minimised over its parameters, ")
                  + "no equation: not a step, not read "
                  f"({_shortened(' '.join(text[block.maths[0]:block.maths[1]].split()))})" for block in goals]
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} names the derivative the page goes on to "
                  "derive, alone (no '=', and a later display writes it again as its chain's left side): the goal "
                  f"stated, not a step, not read ({' '.join(text[block.maths[0]:block.maths[1]].split())})"
                  for block in asked]
    # the sign as written: θ := θ − α∇J is no arrow; w ← …, and w' = w − α∇J (the next value), are read as one
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} is an update rule "
                  + ("(:=)" if ":=" in text[block.maths[0]:block.maths[1]] else
                     "(:=, written \\colon=)" if _COLON_EQUALS.search(text[block.maths[0]:block.maths[1]]) else
                     "(Δ, the increment an update adds)" if _INCREMENT.fullmatch(_bounds_blanked(_without_environment(
                         text[block.maths[0]:block.maths[1]], closing=True))) else
                     # θⱼ = θⱼ − α…: no arrow written; said as written (hunt33)
                     "(written with '=': the name again after it, then a learning rate)" if _rate_step(
                         _without_environment(text[block.maths[0]:block.maths[1]], closing=True)) else "(←)")
                  + ", not a step"
                  + _primed_update(text[block.maths[0]:block.maths[1]])
                  + f": not read ({_shortened(' '.join(text[block.maths[0]:block.maths[1]].split()))})"
                  for block in updates]
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} lays out the data, X and Y as the "
                  "columns of the examples' rows, the layout matrix notation reads X, y by: not read"
                  + ("" if rest is None else
                     f" (the rest of the display, {where(_line(text, _first_character(text, rest.maths)))} on, is)")
                  for block, rest in data if rest is not block]
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} writes y = {_shortened(text[rest.maths[0]:rest.maths[1]].strip())}: "
                  "the label y modelled by the model's name, which the rest defines; read as that definition, y "
                  "left the label" for block, rest in modelled if rest is not block]
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} lays out X with a column of ones beside "
                  "the feature (the intercept the weight of the ones, one more parameter), the layout matrix notation "
                  "reads X and the parameter vector by: not read" for block in ones]
    law_notes += [f"{where(_line(text, _first_character(text, block.maths)))} defines the gradient as the column of "
                  "the cost's partial derivatives, what ∇J means, not a step: not read "
                  f"({_shortened(' '.join(text[block.maths[0]:block.maths[1]].split()))})" for block in columns]
    law_notes += likelihood_notes
    _refuse_an_undecided_continuation(text, blocks, where)
    runs = _runs(text, blocks)
    law_notes += _resumed_notes(text, blocks, runs, where)
    chains = [run for run in runs if sum(_equals(text, block) for block in run) >= 2]
    if blocks and all(block.inline for block in blocks) and any(_takes_a_derivative(text, run) for run in runs):
        # inline equations: `z = wᵀx + b = Σ(w_k * x_k) + b` rewrites a definition, no derivation beside the
        # derivatives the page takes: it is sorted with the definitions
        chains = [run for run in chains if _takes_a_derivative(text, run) or _opens_with_the_cost(text, run)]
    opening, chains = _cost_chain_before(text, chains)
    chains = _cost_chain_beside_answers(text, runs, opening, chains)
    chains, restated = _restated_chains_joined(text, chains)
    if not opening and restated:
        # J(θ) = A = B, then ∂J/∂θ₀ = … and, a display later, ∂J/∂θ₀ = … restated and gone on with: the restated
        # derivation is one chain, so the cost's chain is the one just before it, as with one display
        opening, chains = _cost_chain_before(text, chains)
    chains, asides = _the_gradient_chain(text, chains, where)
    displays = _restated_derivative(text, runs)
    if displays and all(_listed_definitions(text, run) is not None for run in chains):
        # ∂J/∂θⱼ = A, then ∂J/∂θⱼ = B, …, each display restating the derivative: one derivation, read as
        # one chain; the model's chain of definitions and the lemmas between (∂h/∂θⱼ = xⱼ) are beside it
        asides = [*asides, *chains, *(run for run in runs if run not in displays and _a_lemma_beside(text, run))]
        chains = [[block for run in displays for block in run]]
    # h_θ(x) = θᵀx, then '= Σₖ θₖxₖ' on a display of its own, beside ∂J/∂θⱼ = … in one display: the model's chain
    # is the only chain of several '=', and was read as the derivation (a right page wrong at h); a chain that
    # defines a name and takes no derivative is a definition and its rewrites, the derivation the display that
    # differentiates (none: refused as before)
    split = [run for run in chains if _defines_a_name(text, run)]
    answers = _answer_displays(text, runs) if split and len(split) == len(chains) else []
    if answers:
        # one display: set aside as a model's chain is beside several derivations (its rewrite checked, or one --let)
        chains, asides = answers, [*asides, *(run for run in split if len(run) == 1)]
        split = [run for run in split if len(run) > 1]
    else:
        split = []
    chains = chains or _answer_displays(text, runs)
    chains = _with_rows_by_another_variable(text, runs, chains)
    if not chains and blocks and all(block.inline for block in blocks):
        chains = _inline_derivation(text, blocks, where)
    unused: list[tuple[int, int, str]] = []  # rewrites of names no derivation writes, each checked as a chain
    if len(chains) > 1:
        # the cost's own displays (J = (1/n)Σ e_i², a rewrite of it) beside the chains: what they write, the
        # derivation derives
        rewritten_costs = " ".join(text[block.maths[0]:block.maths[1]] for block in blocks
                                   if not any(block in run for run in chains) and _opens_with_the_cost(text, [block]))
        chains, models, unused = _without_the_model_chains(text, chains, rewrites, rewritten_costs)
        asides = [*asides, *models]  # each a definition the derivation's lines use, read as --let (or its rewrite checked)
    components = _components_after(text, runs, chains)
    if components:
        # ∂J/∂θⱼ = … for a general j, then "the gradient is": ∂J/∂θ₀ = …, ∂J/∂θ₁ = … on rows of their own: each
        # component's derivative stated, as a TA reads each (the general one continued by them); read as steps of
        # the θⱼ chain, ∂J/∂θ₀ was judged equal to ∂J/∂θⱼ's last side, a right page wrong
        law_notes.append(
            f"{', '.join(where(_line(text, _first_character(text, run[0].maths))) for run in components)} each state "
            f"the cost's derivative by one component ({', '.join(_shortened(_first_side(text, run).strip()) for run in components)}) "
            f"after the derivation by a general index ({where(_line(text, chains[0][0].maths[0]))}): "
            "read as derivations of their own, each checked against the cost, not as steps of it")
        chains = [*chains, *components]
    if len(chains) > 1:
        _refuse_a_cost_chain_of_another_name(text, chains, where)
        lines = [where(_line(text, run[0].maths[0])) for run in chains]
        second = _first_character(text, chains[1][0].maths)
        each = _each_by_its_own_parameter(text, chains)
        if not each and len(chains) > 2 and _opens_with_the_cost(text, chains[0]) \
                and _each_by_its_own_parameter(text, chains[1:]):
            # J(w, b) = … = …, then ∂J/∂w = …, then ∂J/∂b = …: the cost's chain opens each derivation, read with
            # each in turn (the others blanked, it is the chain before the one derivation), never one of them
            each, chains = True, chains[1:]
        # SeveralDerivations' own: where each chain stands, and whether they are the rows of one display
        several: dict[str, Any] = {"spans": [(run[0].span[0], run[-1].span[1]) for run in chains],
                                   "rows": len({block.display for run in chains for block in run}) == 1
                                   and chains[0][0].display is not None, "components": bool(components)}
        if not each:
            several["roles"] = [chain_role(text, run) for run in chains]
        raise (SeveralDerivations if each else SeveralChains)(
            f"the notes hold {len(chains)} derivations, each a chain of '=' ({', '.join(lines)}); "
            "which one is checked?" + ("" if each else f" As read: {_readings(text, chains, where)}"),
            source=text, column=second, line=_line(text, second), label="FILE",
            hint="leave one derivation in the file (prose and definitions may stay), or check each on its own",
            **several,
        )
    if not chains:
        return Page(tuple(blocks), notes=tuple(law_notes), update_sides=tuple(update_spans))
    derivation = chains[0]
    costs, cost_after, later_costs = _cost_definitions(text, runs, derivation, where, opening)
    costs, restated_costs = _restatements(text, costs)
    # ∂J/∂θⱼ = ∂/∂θⱼ (1/m)Σ[…] on a display of its own, before the chain of several '=': the derivation's first step
    steps_before = [run for run in runs if len(run) == 1 and run[0].span[0] < derivation[0].span[0]
                    and _equals(text, run[0]) == 1 and _derives_the_cost(text, run)]
    costs, other_costs, writer = _the_cost_derived(text, opening, costs, derivation, steps_before)
    costs, named_apart = _the_cost_named(text, costs, derivation)
    other_costs = [*other_costs, *named_apart, *later_costs]
    if opening:
        # after the costs listed side by side are told apart: a second cost the derivation does not write out
        # beside the cost's chain (ℓ(θ) = log L(θ) = …, then J(θ) = …) leaves which one it derives unsaid
        _refuse_a_second_cost(text, opening, costs, where)
    else:
        _refuse_costs_of_two_names(text, costs, where)
        _refuse_a_prose_cost_of_another_name(text, blocks, costs, derivation, where)
    extended = None if opening else _a_cost_extended(text, costs)
    penalised_apart: list[Block] = []  # the plain cost beside its penalised restatement, where the lines hold the penalty
    penalised_notes: list[str] = []
    penalty = None if extended is None else _the_penalty_derived(text, *extended, derivation)
    if extended is not None and penalty is not None:
        # J = A, then "with L2 regularization" J = A + (λ/2m)‖w‖², and ∂J/∂w = … + (λ/m)w: the derivation's lines
        # write the penalty's strength, which the plain cost never writes, so they derive the penalised cost
        first, added = extended
        costs = [block for block in costs if block is not first]
        penalised_apart.append(first)
        penalised_notes.append(
            f"{where(_line(text, _first_character(text, added.maths)))} restates the cost "
            f"{where(_line(text, _first_character(text, first.maths)))} defines with a penalty added, and "
            f"{penalty} ({where(_line(text, derivation[0].maths[0]))}): read as the cost derived, the penalised one; "
            f"{where(_line(text, _first_character(text, first.maths)))}'s, without the penalty, is not read")
        extended = None
    if extended is not None:
        # J = A, then J = A + a penalty (least squares, then ridge, listed side by side), and a derivation
        # writing neither out: the second was checked as a rewrite of the first and a right derivation of
        # either was judged wrong at a line that is no step (audit29b); which cost is derived is not said
        first, added = extended
        offset = _first_character(text, added.maths)
        raise InputError(
            f"the notes define the cost twice: {where(_line(text, _first_character(text, first.maths)))}, and "
            f"{where(_line(text, offset))}, which adds a term to it (costs listed side by side?); the derivation "
            f"({where(_line(text, derivation[0].maths[0]))}) writes neither out"
            + "".join(f", nor the penalty's strength {_shown_strength(each)}"
                      for each in _penalty_strengths(text, first, added)[:1])
            + ": which one does it derive?",
            source=text, column=offset, line=_line(text, offset), label="FILE",
            hint="write the cost out under the derivative (\\nabla_\\theta[…], \\frac{\\partial}{\\partial\\theta_j}[…]), "
                 "or leave one definition of it in the notes",
        )
    prose_costs, prose_notes = ([], []) if costs or _opens_with_the_cost(text, derivation) else \
        _prose_cost(text, blocks, derivation, where)
    maths = " ".join(_normalised(text[block.maths[0]:block.maths[1]]) for block in derivation)
    definitions: dict[str, Definition] = {}
    redefined: list[tuple[Definition, Definition]] = []  # a name's first definition, and another of it
    notes: list[str] = [*law_notes, *prose_notes, *penalised_notes]
    # a display that only lists definitions (z_i = …, then p_i = …) is read as them, each a candidate below
    listed = {span for run in asides for span in _listed_definitions(text, run) or ()}
    notes += [f"{where(_line(text, _first_character(text, run[0].maths)))} is a chain of its own beside the "
              f"derivation of the gradient ({where(_line(text, derivation[0].maths[0]))}), not a derivation of it "
              f"(a lemma, a definition): not read ({_shortened(' '.join(_chain_text(text, run).split()))})"
              for run in asides if _listed_definitions(text, run) is None
              and not any(run[0].span[0] <= start < run[-1].span[1] for start, _, _ in unused)]  # noted below
    notes += [f"{where(_line(text, _first_character(text, later.maths)))} restates the last side of the chain "
              f"{where(_line(text, _first_character(text, earlier.maths)))} ends with, and goes on from it: "
              "read as one derivation" for later, earlier in restated]
    # a lone expression beside it (no '=') is a step of it, as it always was; an equation of its own is an aside
    statements = [run for run in runs if all(block not in derivation for block in run)
                  and run not in asides and sum(_equals(text, block) for block in run) == 1
                  and not any(block in other_costs or block in penalised_apart
                              or any(block is each for each, _ in restated_costs) for block in run)]
    notes += [f"{where(_line(text, _first_character(text, block.maths)))} defines another cost than the one the "
              f"derivation writes out and differentiates ({where(_line(text, writer.maths[0]))}), as a page "
              "lists costs side by side (or the same cost written otherwise; either way not the one derived): not "
              f"read ({_shortened(' '.join(text[block.maths[0]:block.maths[1]].split()))})"
              for block in other_costs]
    notes += [f"{where(_line(text, _first_character(text, block.maths)))} restates the cost "
              f"{where(_line(text, _first_character(text, earlier.maths)))} defines, written identically: "
              "not a step" for block, earlier in restated_costs]
    other_costs = [*other_costs, *(block for block, _ in restated_costs), *penalised_apart]
    # after the derivation an equation may be its conclusion (∂J/∂θⱼ = …), and before it one may open it:
    # only a definition of a name it uses, or an equation before it about no derivative of the cost, is set aside
    statements = [run for run in statements
                  if (run[0].span[0] < derivation[0].span[0]
                      and (not _derives_the_cost(text, run) or _a_lemma_of_one_example(text, run)))
                  or _used_definition(text, run, maths) or _a_value_of_a_used_name(text, run, maths)]
    undefined = [run for run in runs
                 if run[0].span[0] > derivation[-1].span[1] and _of_a_cost_undefined(text, run, derivation)]
    notes += [f"{where(_line(text, _first_character(text, run[0].maths)))}: not checked: "
              f"{_shortened(' '.join(_chain_text(text, run).split()))} differentiates {_cost_letter(_chain_text(text, run))},"
              f" a cost the page does not define (the derivation is of {_cost_letter(_chain_text(text, derivation))}, "
              "one example's loss; a mean over the examples is not said of it)" for run in undefined]
    others = [block for run in statements for block in run if block not in costs]
    others += [run[0] for run in split]  # a model's chain: its NAME = A a definition as any display's, A = B … below
    # a name the cost uses is the derivation's too: its lines expand the cost's h (J = (1/2m) Σ (h − y)²)
    # (a space between: the derivation's last letter glued to the cost's name, −Q then J(w), hid Q's use)
    logged = maths + " " + " ".join(_normalised(text[block.maths[0]:block.maths[1]]) for block in [*costs, *prose_costs])
    of_lines = logged  # what the derivation and its cost write, the lemmas beside them aside
    logged += " " + _normalised(beside)
    # \begin{equation} h_θ(x) = … \end{equation}: the environment around a whole display is layout (left, the
    # definition went unread and the page's model, an intercept θ₀ beside θ₁x, was not the one the cost took)
    candidates = [(_inside_environment(text, block.maths), True) for block in others]
    candidates += [(span, False) for span in _inline_spans(text, blocks)]
    candidates += [(span, True) for span in listed]
    # a display defining a name and rewriting it (Q = A = B) beside the derivation is a definition too (its rewrite
    # checked below), as a listed one is; with rewrites off, only listed chains are, as before
    chained = {*listed, *(span for span, display in candidates if display)} if rewrites else listed
    used = _used_heads(text, candidates, logged, chained)
    by_lines = _used_heads(text, candidates, of_lines, chained)  # used by the derivation and its cost themselves
    rewritten: list[tuple[int, int, str, str]] = []
    split_rewrites = [_rewrite_of_a_model_chain(text, run) for run in split]
    # a model's chain whose name no derivation writes: its rewrites checked as a chain of their own all the same
    unused += [found for found in split_rewrites if found[2] not in used]
    for span, display in sorted(candidates):
        found = _definition(text, span, chain=span in chained)
        shown = " ".join(text[span[0]:span[1]].split())
        line = _line(text, _first_character(text, span))
        inner = None if display or span in chained or found is not None else _inner_product_chain(text, span)
        if inner is not None and inner.head in used:
            # h(x) = Σᵢ θᵢxᵢ = θᵀx in the prose: the model as the sum over the features and as the inner product it
            # is written out, one value two ways (x₀ = 1 beside θ₀ where the sum is from 0): read as its vector form
            found = inner
            notes.append(f"{where(line)} defines {inner.head} as a chain, {shown}: the sum over the features is the "
                         "inner product written out entry by entry (the same value): read as "
                         f"{' '.join(inner.text.split())}")
        rewrite = _rewrite(text, span) if rewrites and found is not None and found.head in used and span in chained \
            else None
        if rewrite is None and span in chained and span not in listed:
            found = _definition(text, span)  # a chain of aliases, or unread as a rewrite: not read, as before
        if rewrite is not None:
            # ŷ = σ(z) = 1/(1 + e^{−z}): the name is read as its first value, and the sides after it are a chain
            # checked on its own (each against the one before), so that a wrong rewrite is wrong at its own line
            found, rewrite_span = rewrite
            # the name as the page writes it (\\hat{y}), for the notes; the --let keys it normalised (\\haty)
            written = _HEAD.match(text, span[0], span[1])
            rewritten.append((*rewrite_span, found.head, written.group("head").strip() if written else found.head))
        if found is not None and not display and found.head not in by_lines and _EXAMPLE_MARK_ENDING.search(
                text[span[0]:span[1]].partition("=")[0]) is not None:
            # the prose's ŷ^{(i)} = … that only lemmas beside the derivation write: another model's, maybe (audit52,
            # refused below), never read as the page's
            found = None
        if found is not None and found.head in used:
            found = Definition(found.head, found.text, found.offset, line)
            earlier = definitions.get(found.head)
            if earlier is not None and _normalised(earlier.text) != _normalised(found.text) \
                    and not display and _abbreviates(earlier.text, found.text):
                # "(since $s = w_0 + w_1 x_1 + \ldots$)" beside $$s = w_0 + w_1 x_1 + … + w_n x_n$$ (cold43's chat-style
                # note): the prose recalls the definition, its first terms then dots; not another definition
                notes.append(f"{where(line)} recalls {earlier.head}'s definition ({where(earlier.line)}) by its first "
                             f"terms and an ellipsis, {' '.join(found.text.split())}: the same definition, read once")
                continue
            if earlier is not None and _normalised(earlier.text) != _normalised(found.text):
                # h_θ(x) = g(θᵀx), then "substituting h_θ(x⁽ⁱ⁾) = 1/(1 + e^{−θᵀx⁽ⁱ⁾})": the same model, maybe; told
                # by value where sympy is (steps, with notation.twice_defined), refused there by
                # refuse_defined_twice where they differ
                if any(second.head == found.head for _, second in redefined):
                    refuse_defined_twice(text, earlier, found, where)  # a third: which two agree is not asked
                redefined.append((earlier, found))
                continue
            definitions[found.head] = found
            shown = " ".join(found.text.split())
            notes.append(f"{where(line)} defines {_head_as_written(found)} beside the derivation, {shown}: read as "
                         f"--let {shown} in its lines")
            if _at_one_example(text, span):
                marked = _EXAMPLE_MARK_ENDING.search(text[span[0]:span[1]].partition("=")[0].replace("&", " "))
                at = f"{found.head}^{{(i)}}" if marked else f"{found.head}(x^{{(i)}})"
                bare = not marked and _BARE_FEATURE_MARK.search(text, span[0], span[1]) is not None
                notes.append(f"{where(line)} defines {found.head} at example i ("
                             + ("its features written x_k^i, x^i for x^{(i)} as the derivation writes it"
                                if bare else at) + "), which holds at every example: read as a function of x, each "
                             + ("^i" if bare else "^{(i)}") + " of it dropped")
        elif display and not any(span[0] <= start < span[1] for start, _, _ in unused):
            # (a rewrite of a name no derivation writes is checked as a chain of its own, noted below: never "not read")
            notes.append(f"{where(line)} is not part of the derivation ({where(_line(text, derivation[0].maths[0]))} "
                         f"onward), not read: {_shortened(shown)}")
    # the lemmas set aside are judged with the model read here: the rule's guards read them too (audit27b)
    named = bias_named(whole or text)
    for head, definition in list(definitions.items()) if named is not None else ():
        # "$b$ is the **bias** term" beside ŷᵢ = wᵀxᵢ: the model the list's bias belongs to (see named_bias)
        biased = with_the_bias(head, definition.text)
        if biased is not None:
            definitions[head] = dataclasses.replace(definition, text=biased)
            notes = [note for note in notes
                     if not note.startswith(f"{where(definition.line)} defines {_head_as_written(definition)} beside")]
            notes.append(f"{where(definition.line)} defines {_head_as_written(definition)} as wᵀx alone, and the page names b the bias "
                         f"('{named}'): read as --let {' '.join(biased.split())} in its lines, the model with its bias (the bias absorbed "
                         "as the weight of a feature of ones has the same derivatives)")
    for run, (start, end, head) in zip(split, split_rewrites):
        if head not in used:
            continue
        notes.append(f"{where(_line(text, _first_character(text, run[1].maths)))} opens with '=' after the definition "
                     f"of {head} ({where(_line(text, _first_character(text, run[0].maths)))}) and takes no derivative, "
                     "a chain that defines the model: read as a rewrite of it, each side compared with the one before "
                     f"it, not the derivation (the derivation is {where(_line(text, chains[0][0].maths[0]))}, which "
                     "differentiates)")
        if head not in definitions:
            unused.append((start, end, head))
        elif rewrites:
            # h_θ(x) = θᵀx read as --let; θᵀx = xᵀθ, the sides after it, checked each against the one before it
            rewritten.append((start, end, head, head))
        else:
            # the rewrite unread as a chain of its own: the whole chain one --let, its sides compared there, as a
            # one-display chain's is
            tail = " ".join(_without_environment(text[block.maths[0]:block.maths[1]], closing=True).strip()
                            .rstrip(".,;") for block in run[1:])
            definitions[head] = dataclasses.replace(definitions[head], text=f"{definitions[head].text} {tail}")
    _refuse_a_prose_prime(text, blocks, definitions, maths, where)
    _refuse_an_unread_definition_of_a_used_name(text, candidates, definitions, of_lines, where)
    _refuse_a_plain_prose_definition_of_a_used_name(text, blocks, definitions, of_lines, where)
    _refuse_an_unread_prediction_of_the_lemmas(text, blocks, candidates, definitions, derivation, maths, beside,
                                               where)
    renames = _one_examples_terms(text, definitions)
    errors = _error_letters(text, definitions, redefined, [replacement for _, _, replacement in renames.values()])
    for head, (letter, index, replacement) in [*renames.items(), *errors.items()]:
        earlier = definitions.pop(head)
        definitions[f"{replacement}_{index}"] = _renamed_definition(earlier, letter, index, replacement)
        notes = [note for note in notes
                 if not note.startswith(f"{where(earlier.line)} defines {_head_as_written(earlier)} beside")]
        if head in errors:
            notes.append(f"{where(earlier.line)} defines {head}, a quantity of example i named e, and the page writes "
                         "no Euler's number (e^{…}, exp): e is that quantity, not Euler's number: read as --let "
                         f"{definitions[f'{replacement}_{index}'].text} in the derivation's lines, {head} written "
                         f"{replacement}_{index} there")
            continue
        notes.append(f"{where(earlier.line)} defines {head}, one example's term of the cost {letter} (its letter with the "
                     f"example's index): read as --let {definitions[f'{replacement}_{index}'].text} in the "
                     f"derivation's lines, {head} written {replacement}_{index} there, so that {letter} alone stays the cost")
    renames.update(errors)
    redefined = [(_renamed_definition(earlier, *renames[earlier.head]) if earlier.head in renames else earlier,
                  _renamed_definition(later, *renames[later.head]) if later.head in renames else later)
                 for earlier, later in redefined]
    for definition in definitions.values():
        _refuse_a_line_under_a_log_loss(text, definition, logged, where)
    kept = [block for block in blocks
            if (not any(block in run for run in statements) or block in costs)
            and not any(block in run for run in (*asides, *undefined, *split))
            and block not in other_costs]
    kept = sorted([*kept, *prose_costs], key=lambda block: block.span)
    # X^TX\theta = X^TY after the gradient, "set the derivative to zero": an equation to solve, no step (see
    # solved_equations); only after the derivation's last block, and never the cost's definition
    parameter = solved_equations.parameter_differentiated(_chain_text(text, derivation))
    solved = [block for block in kept if parameter is not None and block.span[0] >= derivation[-1].span[1]
              and block not in costs and block not in prose_costs
              and solved_equations.solves_for(text[block.maths[0]:block.maths[1]], parameter)]
    # after a written zero (∂J/∂θ = 0, … = Xᵀ(Xθ − y) = 0) they solve the condition the derivation writes: its
    # first-order rule reads them and, in matrix form, checks them (a sign slip in XᵀXθ = Xᵀy is a wrong step)
    solved = [block for block in solved if not solved_equations.ends_at_zero(next(
        (text[other.maths[0]:other.maths[1]] for other in reversed(kept)
         if other.span[0] < block.span[0] and other not in solved), ""))]
    kept = [block for block in kept if block not in solved]
    notes += [f"{where(_line(text, _first_character(text, block.maths)))} is an equation after the derivation with "
              f"{parameter} on one side only and no derivative (the gradient set to zero and solved for {parameter}, as "
              "the normal equations are): an equation to solve, not a step: not read "
              f"({_shortened(' '.join(text[block.maths[0]:block.maths[1]].split()))})" for block in solved]
    if opening:
        notes.append(f"{where(_line(text, opening[0].maths[0]))} defines the cost and rewrites it, a chain of its "
                     f"own before the derivation ({where(_line(text, derivation[0].maths[0]))}): read as the cost's "
                     "definition, each rewrite checked against it")
    if cost_after is not None:
        notes.append(f"{where(_line(text, _first_character(text, cost_after.maths)))} defines the cost after the "
                     f"derivation ({where(_line(text, derivation[0].maths[0]))}), the only definition of a cost on the "
                     "page: read as the cost the derivation derives, as if it stood first")
    # NLL(w) = A = B beside d𝓛/dw = …: no --let of the derivation's, but its rewrites are checked, each side against
    # the one before it, so that a slip in them is wrong at its line (never passed unread)
    notes += [f"{where(_line(text, start))} defines {head} and rewrites it, a name no derivation on the page writes: "
              "not a step of the derivation, its rewrites checked as a chain of their own, each side against the one "
              "before it" for start, _, head in unused]
    return Page(tuple(kept), tuple(definitions.values()), tuple(notes), tuple(renames.values()),
                None if cost_after is None else cost_after.span,
                # a rewrite of a name read under another letter (e_i = ŷ_i − y_i = (wX_i + b − y_i), e_i read as Q_i)
                # is checked all the same: dropped with its old name, a slip in it passed unread (audit33e)
                tuple(sorted([*((start, end, shown) for start, end, head, shown in rewritten
                                if head in definitions or head in renames),
                              *unused])), tuple(start for start, _, _ in unused),
                tuple((definitions.get(earlier.head, earlier), later) for earlier, later in redefined),
                tuple(update_spans))


#: a value that ends in an ellipsis after a plus: ``w_0 + w_1 x_1 + \ldots``, ``… + \cdots``, ``… + …``
_TRAILING_DOTS = patterns.compile(r"\+\s*(?:\\[lc]dots(?![A-Za-z])|\\dots(?:[bc])?(?![A-Za-z])|…|\.\.\.)\s*(?:[.,;]\s*)?\Z")


def _abbreviates(earlier: str, later: str) -> bool:
    """Whether ``later`` (NAME = A + B + …) is ``earlier`` (NAME = A + B + C …) cut after its first terms, an ellipsis
    for the rest: its name the same, its terms before the dots the earlier value's first terms, a '+' after them."""
    name, equals, value = later.partition("=")
    first_name, first_equals, first_value = earlier.partition("=")
    dots = _TRAILING_DOTS.search(value)
    if not equals or not first_equals or dots is None or _normalised(name) != _normalised(first_name):
        return False
    kept = _normalised(value[:dots.start()])
    whole = _normalised(first_value)
    return bool(kept) and whole.startswith(kept + "+")


def refuse_defined_twice(text: str, earlier: Definition, later: Definition, where: _Where) -> None:
    """Refuse a name the page defines twice where the two are not one value (:attr:`Page.restated`)."""
    raise InputError(
        f"{earlier.head} is defined twice, differently ({where(earlier.line)} and {where(later.line)}); "
        "which one does the derivation use?",
        source=text, column=later.offset, line=later.line, label="FILE",
        hint="leave one definition of it in the notes",
    )


def _defines_a_name(text: str, run: list[Block]) -> bool:
    """Whether a run is a definition and its rewrites, no derivative anywhere in it: one display ``NAME = A = B``
    (definitions listed, :func:`_listed_definitions`), or ``h_θ(x) = θᵀx`` (a name, not the cost's, and one '='),
    then blocks opening with '=' (``= Σₖ θₖxₖ``)."""
    if _DERIVATIVE.search(_chain_text(text, run)):
        return False
    chained = _chain_text(text, run)
    if _GRAPH_ARROW.search(chained) or _IMPLICATION.search(chained):
        return False  # z = wx → a = σ(z) → L: equations joined by arrows are no definition, refused as before
    if len(run) == 1:
        return _listed_definitions(text, run) is not None  # h_θ(x) = g(θᵀx) = 1/(1 + e^{−θᵀx}) in one display
    return (_equals(text, run[0]) == 1 and (found := _definition(text, run[0].maths)) is not None
            and found.head not in _COST_NAMES)


def _rewrite_of_a_model_chain(text: str, run: list[Block]) -> tuple[int, int, str]:
    """The span of the sides after the name of a model's chain (:func:`_defines_a_name`), ``A = B …``, and its name."""
    found = _definition(text, run[0].maths)
    assert found is not None  # _defines_a_name asked
    start, end = run[0].maths[0], run[-1].maths[1]
    equals = top_level(_bracketed(text[start:run[0].maths[1]]), "=")
    while end > start and text[end - 1] in " \t\n.,;":
        end -= 1  # the sentence's full stop after the last side is no part of it
    return start + equals[0] + 1, end, found.head


def _a_bare_name(side: str) -> bool:
    """Whether a side is a name alone (``a``, ``\\hat{y}``), no call's arguments: in a chain it names the value too."""
    head = _HEAD.fullmatch(side.strip().rstrip(".,;").replace("&", " "))
    return head is not None and head.group("arguments") is None and head.group("sized") is None


def _rewrite(text: str, span: tuple[int, int]) -> tuple[Definition, tuple[int, int]] | None:
    """A definition rewritten, ``NAME = A = B …`` in ``text[span]``: ``NAME = A`` read as a --let, and the span of
    ``A = B …``, the rewrite to check; None when ``text[span]`` holds one '=' (nothing rewritten)."""
    maths = text[span[0]:span[1]]
    equals = top_level(_bracketed(maths), "=")
    if len(equals) < 2:
        return None
    found = _definition(text, (span[0], span[0] + equals[1]))
    if found is None or any(_a_bare_name(maths[before + 1:after])
                            for before, after in zip(equals, [*equals[1:], len(maths)])):
        # ŷ = a = σ(z): a side that is a name of its own names it too, the chain defining both (one --let)
        return None
    end = span[1]
    while end > span[0] and text[end - 1] in " \t\n.,;":
        end -= 1  # the sentence's full stop after the last side is no part of it
    return found, (span[0] + equals[0] + 1, end)


#: an inline ``$\\hat{y}^{(i)} = …$`` of prose: the prediction defined there, at one example or at none
_PROSE_PREDICTION = patterns.compile(r"\s*\\hat\s*(?:\{\s*y\s*\}|y)\s*(?:\^\s*\{\s*\(\s*i\s*\)\s*\}|_\s*\{?\s*i\s*\}?)?"
                                     r"\s*=(?!=)\s*\S")


def _refuse_an_unread_prediction_of_the_lemmas(text: str, blocks: Sequence[Block],
                                               candidates: Sequence[tuple[tuple[int, int], bool]],
                                               definitions: dict[str, Definition], derivation: list[Block],
                                               maths: str, beside: str, where: _Where) -> None:
    """Refuse a page whose prose defines ŷ (``$\\hat{y}^{(i)} = \\sigma(w x^{(i)} + b)$``) that only lemmas after it
    write (``beside``: the side lemmas' text, taken out of ``text``): each would read ŷ as the page's model
    (fixcold18), which the prose says it may not be (audit52).

    A linear page's aside comparing logistic regression, ∂ŷ/∂w = ŷ(1 − ŷ)x, true of the ŷ its prose defines, was
    judged wrong with ŷ read as the page's b + wx; the prose's definition is not read (no line of the derivation
    writes ŷ), so which ŷ a lemma means is not said.
    """
    if _uses(maths, "ŷ") or any(_uses(head, "ŷ") for head in definitions):
        return  # the derivation's own ŷ: read as it always was
    for span, display in candidates:
        if display or _PROSE_PREDICTION.match(text, span[0], span[1]) is None:
            continue
        writers = [block for block in blocks if block not in derivation and not block.inline
                   and _uses(_normalised(text[block.maths[0]:block.maths[1]]), "ŷ")]
        if writers or _uses(_normalised(beside), "ŷ"):
            line = _line(text, _first_character(text, span))
            raise InputError(
                f"{where(line)} defines ŷ in its prose ({' '.join(text[span[0]:span[1]].split())}), which no line of "
                "the derivation writes, and a lemma beside it writes ŷ: read there as the page's model, it may be "
                "this other one",
                source=text, column=span[0], line=line, label="FILE",
                hint="check that part of the page on its own, or leave out the equations about the other model")


#: one example's term written with the cost's letter: J_i, L_{n}, E_n (the letter, the example's index)
_TERM_HEAD = patterns.compile(r"(?P<letter>" + vocab.cost_name_pattern("J", "L", "E") + r")_(?P<index>[in])")
#: letters a renamed term may take, the first the page never writes alone
_SPARE_LETTERS = "QUVK"


class _TermPatterns:
    r"""The pattern of each renamed term's letter where it is written (``J_i``, ``J_{i}``, ``\partial J_i``)."""

    def __init__(self) -> None:
        self.known: dict[tuple[str, str], re.Pattern[str]] = {}

    def get(self, letter: str, index: str) -> re.Pattern[str]:
        key = (letter, index)
        if key not in self.known:
            self.known[key] = re.compile(
                rf"(?:(?<![A-Za-z\\])|(?<=\\partial)){letter}(?=\s*_\s*(?:\{{\s*{index}\s*\}}|{index}(?![A-Za-z])))")
        return self.known[key]


_TERM_OF = _TermPatterns()


#: a --let of one example's term under its spare letter, as :func:`read_page` renames it: Q_i=…, U_{n}=…
_TERM_LET = patterns.compile(rf"\s*[{_SPARE_LETTERS}]\s*_\s*(?:\{{\s*[in]\s*\}}|[in])\s*=")


def example_term_lets(lets: Sequence[str]) -> list[str]:
    """The --let texts among ``lets`` that define one example's term of the cost (``Q_i=…``, see
    :func:`_one_examples_terms`): the cost ``J = (1/m) Σᵢ Q_i`` is written in it, so it is read with them even beside
    a --cost preset, whose own model the page's other definitions may clash with."""
    return [let for let in lets if _TERM_LET.match(let)]


def _one_examples_terms(text: str, definitions: dict[str, Definition]) -> dict[str, tuple[str, str, str]]:
    """Definitions of one example's term with the cost's letter (J_i = −[y_i log p_i + …]), and a letter for each.

    A note defines the cost J and the example's term J_i, and derives ∇_w J = Σ dJ_i/dz_i ∂z_i/∂w: as a --let,
    J_i would make the bare J (the cost) a name defined per example. The term is read under a letter of its own,
    one the page never writes (noted); with no such letter left, nothing is renamed.
    """
    renames: dict[str, tuple[str, str, str]] = {}
    spare = [letter for letter in _SPARE_LETTERS if not re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", text)]
    for head in list(definitions):
        match = _TERM_HEAD.fullmatch(head)
        if match is None or not spare:
            continue
        renames[head] = (match.group("letter"), match.group("index"), spare.pop(0))
    return renames


def _renamed_definition(definition: Definition, letter: str, index: str, replacement: str) -> Definition:
    """``definition`` with its letter of example ``index`` written ``replacement`` (:attr:`Page.renames`)."""
    return Definition(f"{replacement}_{index}", _TERM_OF.get(letter, index).sub(replacement, definition.text),
                      definition.offset, definition.line)


#: Euler's number as a page writes it: e raised to a power, \exp, exp(…)
_EULER = patterns.compile(r"(?<![A-Za-z\\])e\s*\^|\\exp(?![A-Za-z])|(?<![A-Za-z\\])exp\s*[({\\]")
#: a definition's head that names e of one example: e_i, e_n
_ERROR_HEAD = patterns.compile(r"e_(?P<index>[in])")


def _error_letters(text: str, definitions: dict[str, Definition], redefined: Sequence[tuple[Definition, Definition]],
                   taken: Sequence[str]) -> dict[str, tuple[str, str, str]]:
    """A definition of ``e_i`` (the error ``e_i = ŷ_i − y_i``), and the letter it is read under, where the page
    writes no Euler's number.

    logderiv's e is Euler's number and takes no --let; a README defining the error e_i and deriving with
    ∂e_i/∂w was refused as defining a fixed name. Where nothing on the page raises e to a power or writes exp, e
    is only that quantity (as :func:`logderiv.notation.redefined._error_named_e` reads a --let of e beside a cost):
    it is read under a letter the page never writes (noted); otherwise nothing is renamed and e stays refused.
    """
    heads = [(head, matched.group("index")) for head in definitions if (matched := _ERROR_HEAD.fullmatch(head))]
    if not heads or _EULER.search(text) is not None:
        return {}
    spare = [letter for letter in _SPARE_LETTERS if letter not in taken
             and not re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", text)]
    found: dict[str, tuple[str, str, str]] = {}
    for head, index in heads:
        if not spare:
            break
        found[head] = ("e", index, spare.pop(0))
    return found


#: what makes a value a probability between 0 and 1: an exponential, the sigmoid, a CDF, 1/(1 + …)
_PROBABILITY = patterns.compile(r"e\s*\^|\\exp|\bexp|\\sigma|sigmoid|(?<![A-Za-z\\])g\s*\(|\\Phi|\\tanh"
                          r"|\\frac\s*\{\s*1\s*\}\s*\{\s*1\s*\+")


def _refuse_a_line_under_a_log_loss(text: str, definition: Definition, logged: str, where: _Where) -> None:
    """Refuse a definition that is no probability (``h_\theta(x)=\theta^Tx``) of a name the cost takes ``log(1 − h)`` of.

    A page recalls linear regression's h = θᵀx in its prose and then derives logistic regression's
    log-loss, whose h is the sigmoid: read as --let, the definition would make every right step
    wrong. log(1 − h) is the loss of a probability; a value with no exponential or sigmoid in it
    cannot be one, so the page says two things of h and the reader is asked which.
    """
    value = definition.text.partition("=")[2]
    under_log = rf"\\log\s*(?:\\left|\\big[lg]?|\\Big[lg]?)?\s*[(\[]\s*1-{re.escape(definition.head)}(?![A-Za-z])"
    if _PROBABILITY.search(value) or not re.search(under_log, logged):
        return
    raise InputError(
        f"{where(definition.line)} defines {definition.head} as {_shortened(value.strip(), 40)}, which is no "
        f"probability, but the cost takes log(1 − {definition.head}), a probability's loss: is {definition.head} "
        "the page's (a linear model's) or the sigmoid of θᵀx (logistic regression's)?",
        source=text, column=definition.offset, line=definition.line, label="FILE",
        hint=f"delete the definition if it is another model's, or define {definition.head} as the cost means it",
    )


#: ``y \sim Poisson(\lambda)``, ``y^{(i)} \sim \mathcal{N}(\theta^Tx, \sigma^2)``: a name, ∼, a named law and its arguments
_DISTRIBUTION = patterns.compile(
    r"\s*[A-Za-z](?:\s*[_^]\s*(?:\{[^{}=]*\}|[A-Za-z0-9]))*\s*\\sim\s*"
    r"(?:\\(?:text|mathrm|operatorname)\s*\{\s*[A-Za-z]+\s*\}|\\mathcal\s*\{?\s*[A-Z]\s*\}?|[A-Z][A-Za-z]*)"
    r"\s*(?:\(|\\left\s*\()[^=]*[.,;]?\s*"
)


def _states_a_distribution(text: str, block: Block) -> bool:
    """Whether a block only states how a variable is distributed (``y \\sim Poisson(\\lambda)``): no equation at all.

    Or its log-probability in the law's own parameter (``\\log p(y_i; \\lambda_i) = [y_i \\log \\lambda_i − …]``, a
    GLM post's Poisson law before λᵢ is tied to wᵀxᵢ): a statement of the law, not of the model's parameters.
    """
    maths = _without_environment(text[block.maths[0]:block.maths[1]], closing=True)
    return _DISTRIBUTION.fullmatch(maths) is not None or _LAW_LOG_PROBABILITY.match(maths) is not None


#: ``\log p(y_i; \lambda_i) =``: one label's log-probability under a law's own parameter (λ, μ, π: no model
#: parameter w, θ, β after the ';'), opening a block whose only '=' it is
_LAW_LOG_PROBABILITY = patterns.compile(
    r"\s*\\log\s*p\s*(?:\\left\s*)?\(\s*y(?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9]))*\s*;\s*"
    r"\\(?:lambda|mu|pi|eta)(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*(?:\\right\s*)?\)\s*=[^=]*$")


#: a column vector's environment, its rows inside: \begin{bmatrix} … \end{bmatrix} (pmatrix, or \left[\begin{array}{c})
_COLUMN = patterns.compile(r"\s*(?:\\begin\s*\{(?P<wrapper>align\*?|aligned|equation\*?|gathered)\}\s*)?"
                           r"(?:\\left\s*[\[(]\s*)?\\begin\s*\{(?P<kind>[bpBv]?matrix|array)\}(?:\s*\{[a-z]+\})?"
                           r"(?P<rows>.*)\\end\s*\{(?P=kind)\}\s*(?:\\right\s*[\])]\s*)?[.,;]?\s*"
                           # the column set in an environment of its own after the '=' (\begin{align}\left[…\right]
                           # \end{align}, UFLDL-style notes): layout, the same column
                           r"(?(wrapper)\\end\s*\{(?P=wrapper)\}\s*)", re.DOTALL)
#: the gradient's name on a left side: ∇J, ∇_θ J(θ), \nabla_{\theta} \mathcal{L}
_GRADIENT_NAME = patterns.compile(r"\s*(?:\\nabla|∇)\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+))?\s*"
                                  + vocab.cost_name_pattern("J", "L", "E", "\\ell", "\\mathcal{J}", "\\mathcal{L}")
                                  + r"\s*(?:\([^()]*\))?\s*")


#: X or Y defined as the column of the examples' rows: X = \left[\begin{array}{c} (x^{(1)})^T \\ \vdots \\ (x^{(m)})^T
#: \end{array}\right] (a comma may follow, before the next)
_DATA_LAYOUT = patterns.compile(
    r"\s*[XY]\s*=\s*(?:\\left\s*[\[(]\s*)?\\begin\s*\{(?P<kind>array|[bp]matrix)\}(?:\s*\{[a-z]+\})?"
    r"(?P<rows>(?:(?!\\end\b).)*)\\end\s*\{(?P=kind)\}\s*(?:\\right\s*[\])]\s*)?[,;]?", re.DOTALL)
#: the first and the last example's marks in a row: ^{(1)} and ^{(m)}
_FIRST_EXAMPLE = patterns.compile(r"\^\s*\{\s*\(\s*1\s*\)\s*\}")
_LAST_EXAMPLE = patterns.compile(r"\^\s*\{\s*\(\s*[mnN]\s*\)\s*\}")


#: X laid out with a column of ones before one feature, row by row, and the parameters' column beside it:
#: ``X = \begin{bmatrix} 1 & x_1 \\ 1 & x_2 \\ \vdots & \vdots \\ 1 & x_n \end{bmatrix}, \quad w = \begin{bmatrix}
#: w_0 \\ w_1 \end{bmatrix}`` (the bias absorbed into w₀)
_ONES_LAYOUT = patterns.compile(
    r"\s*X\s*=\s*(?:\\left\s*[\[(]\s*)?\\begin\s*\{(?P<kind>[bp]matrix)\}(?P<rows>(?:(?!\\end\b).)*)\\end\s*\{(?P=kind)\}"
    r"\s*(?:\\right\s*[\])]\s*)?"
    r"(?:[,;]?\s*(?:\\[qm]?quad|\\[,;:!]|~|\s)*(?P<vector>w|\\theta|\\beta)\s*=\s*(?:\\left\s*[\[(]\s*)?"
    r"\\begin\s*\{(?P<column>[bp]matrix)\}(?P<entries>(?:(?!\\end\b).)*)\\end\s*\{(?P=column)\}\s*"
    r"(?:\\right\s*[\])]\s*)?)?[,;.]?\s*", re.DOTALL)
#: one row of that layout: ``1 & x_2``, or the dots between
_ONES_ROW = patterns.compile(r"\s*1\s*&\s*x\s*_\s*(?:\{\s*(?P<index>[^{}]+?)\s*\}|(?P<letter>[0-9A-Za-z]))\s*")
_DOTS_ROW = patterns.compile(r"\s*\\[vcd]?dots\s*&\s*\\[vcd]?dots\s*")


def _lays_out_ones(text: str, block: Block) -> bool:
    """Whether a block only lays out X as a column of ones beside one feature, row by row (x₁ first, xₙ last), and
    perhaps the parameters' column w = [w₀; w₁]: the layout matrix notation reads X and w by (the intercept w₀ the
    weight of the ones), no model and no step (cold24's README)."""
    # (the closing \end is the layout's own: not cut as a display environment's)
    maths = _without_environment(text[block.maths[0]:block.maths[1]])
    layout = _ONES_LAYOUT.fullmatch(maths)
    if layout is None:
        return False
    rows = [row for row in _ROWS.split(layout.group("rows")) if row.strip()]
    written = [_ONES_ROW.fullmatch(row) for row in rows if not _DOTS_ROW.fullmatch(row)]
    if len(written) < 2 or None in written:
        return False
    indices = [found.group("index") or found.group("letter") for found in written if found]
    if indices[0] != "1" or indices[-1] not in ("m", "n", "N"):
        return False
    if layout.group("vector") is None:
        return True
    entries = [entry.replace(" ", "") for entry in _ROWS.split(layout.group("entries")) if entry.strip()]
    letter = layout.group("vector")
    return entries in ([f"{letter}_0", f"{letter}_1"], [f"{letter}_{{0}}", f"{letter}_{{1}}"])


def _past_the_data(text: str, block: Block) -> Block | None:
    """A block without its layout of the data (``X = [(x^{(1)})^T; ⋮; (x^{(m)})^T], Y = […]``): the rest, or None.

    Notes on the matrix form open by stacking the examples: X's rows are the x⁽ⁱ⁾ᵀ, Y's entries the y⁽ⁱ⁾,
    exactly the layout matrix notation reads X and y by (X m×n, y m×1). It defines no model, so it is no
    --let; a row after it in the same display (``\\ J(\theta) = …``) is read as its own block.
    """
    begin, end = block.maths
    maths, found = text[begin:end], False
    at = len(maths) - len(_without_environment(maths))
    while (layout := _DATA_LAYOUT.match(maths, at)) is not None:
        rows = layout.group("rows")
        if not (_FIRST_EXAMPLE.search(rows) and _LAST_EXAMPLE.search(rows)):
            return block
        at, found = layout.end(), True
    if not found:
        return block
    rest = re.match(r"\s*(?:\\\\)?", maths[at:])
    assert rest is not None, "every part of the pattern is optional: it matches"
    at += rest.end()
    if not maths[at:].strip() or _without_environment(maths[at:], closing=True).strip() == "":
        return None
    if rest.group().strip() != "\\\\":
        return block  # X = […] J(θ) = … on one row: not a layout and a definition, left as it was
    return Block((begin + at, block.span[1]), (begin + at, end))


#: ``y = f(x) =`` (or ``h_\theta(x)``, ``f_{w,b}(x)``) opening a display: the label, then the model's name called on x
_LABEL_MODELLED = patterns.compile(r"\s*y\s*=\s*(?P<name>[A-Za-z](?:\s*_\s*(?:\{[^{}=]*\}|\\[A-Za-z]+|[A-Za-z0-9]))?"
                                   r"\s*\(\s*x\s*\))\s*=")


#: Bishop's target t written anywhere on the page (t_n, t^{(i)}, a t alone as in ½(y − t)²): beside it, the page's y
#: is the model's output, not the label (audit30b: y = h(x) = θᵀx beside ½Σ(y_n − t_n)² was noted "y left the label")
_BISHOP_TARGET = patterns.compile(r"(?<![A-Za-z\\'’])t(?![A-Za-z])")


def _past_the_label(text: str, block: Block) -> Block:
    """A block ``y = f(x) = wx + b`` without its ``y =``: the definition of f; any other block as it is.

    Notes state their model so: the label y is (ideally) the model's value, f(x) = wx + b. The y is the label the
    cost compares with f (f⁽ⁱ⁾ − y⁽ⁱ⁾), never a name defined, so the chain is one definition, of the model's name
    called on x, not a chain of two '=' to sort beside the derivations (noted by the caller). Only y alone, and a
    one-letter name (its parameters' subscript aside) called on x alone, neither the cost's nor a given's.
    """
    begin, end = block.maths
    maths = text[begin:end]
    found = _LABEL_MODELLED.match(maths)
    if found is None or len(top_level(_bracketed(maths), "=")) != 2:
        return block
    name = found.group("name")[0]
    if name in "Jly" or _given(name) or _DERIVATIVE.search(maths):
        return block
    if _BISHOP_TARGET.search(text):
        return block  # y − t: the page's y is the model's output, Bishop's, and t the label; y is no label here
    at = found.start("name")
    return Block((begin + at, block.span[1]), (begin + at, end), block.inline, block.display)


def _defines_the_gradient(text: str, block: Block) -> bool:
    """Whether a block says what ∇J is: ``∇J(θ) = [∂J/∂θ₀ ⋮ ∂J/∂θₙ]``, the column of the partial derivatives.

    Notes define the gradient so before deriving ∂J/∂θⱼ; it is the meaning of the symbol, true of any
    cost, no step of the derivation.
    """
    maths = _without_environment(text[block.maths[0]:block.maths[1]])
    equals = top_level(_bracketed(maths), "=")
    if len(equals) != 1 or _GRADIENT_NAME.fullmatch(maths[: equals[0]]) is None:
        return False
    column = _COLUMN.fullmatch(maths[equals[0] + 1:])
    if column is None:
        return False
    rows = [row for row in _ROWS.split(column.group("rows")) if row.strip()]
    if not (len(rows) >= 2 and all(_PARTIAL_ENTRY.fullmatch(row) for row in rows)):
        return False
    written = [row for row in rows if not re.fullmatch(r"\s*\\[vcd]?dots\s*", row)]
    # each entry the derivative of the gradient's own cost by another entry of θ: ∇J = [∂L/∂θ₁ ⋮ ∂L/∂θₙ] (another
    # letter) or [∂J/∂θ₁; ∂J/∂θ₁; ⋮] (an entry twice) is no definition of ∇J, and was set aside as one (audit53)
    letters = {_letter_differentiated(text) for text in (maths[: equals[0]], *written)}
    indices = [_ENTRY_INDEX.search(row) for row in written]
    return len(written) >= 2 and len(letters) == 1 and None not in letters and all(indices) \
        and len({index.group("index") for index in indices if index}) == len(written)


def _letter_differentiated(text: str) -> str | None:
    """The cost's letter a text differentiates anywhere in it (``J``, ``L``, ``\\ell``, ``\\mathcal{L}`` as ``L``), or None."""
    found = _COST_LETTER_FOUND.search(text)
    return None if found is None else re.sub(r"\s|\{|\}|\\mathcal", "", found.group())


#: an update's arrow: θ ← θ − α∇J, w_{n+1} \leftarrow w_n + η δ s
_UPDATE_ARROW = patterns.compile(r"\\(?:leftarrow|gets|longleftarrow)(?![A-Za-z])|←")


#: an assignment, the update Coursera writes θ := θ − α∇J(θ): ':=' once, the name on its left written again on its
#: right (z := θᵀx, J := … define a name: no update)
_ASSIGNMENT = patterns.compile(
    r"\s*(?P<name>(?:\\(?:boldsymbol|mathbf|bm|vec)\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)"
    r"(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?)\s*:=(?P<value>[^=]*(?<![A-Za-z\\])(?P=name)"
    r"(?![A-Za-z])[^=]*)")

#: an assignment from one iterate to the next, Newton's θ_{new} := θ_{old} − H⁻¹∇J(θ): the letter marked new (or
#: t + 1, k + 1, n + 1, next) on the left, written again on the right (θ_{old}, θ_t, θ): the step's value, no equation
_NEXT_ITERATE = patterns.compile(
    r"\s*(?P<letter>\\?[A-Za-z]+)\s*[_^]\s*(?:\{\s*\(?\s*(?:new|next|[tkn]\s*\+\s*1)\s*\)?\s*\}|\(\s*[tkn]\s*\+\s*1\s*\))"
    r"\s*:=(?P<value>[^=]*(?<![A-Za-z\\])(?P=letter)(?![A-Za-z])[^=]*)")

#: an update written with '=', as posts write it: ``w = w - α * ∂J/∂w`` (the name again on the right, then a learning
#: rate times the rest): read as an equation, it says the gradient is 0; no step of a derivation. The name on the
#: left may be primed, the new weights ``w' = w - \alpha\nabla J``: with the name unprimed right after the '=' and a
#: learning rate, the prime is neither a transpose (wᵀ is no column) nor a derivative, but the next value
_RATE_STEP = patterns.compile(
    r"\s*(?P<name>(?:\\(?:boldsymbol|mathbf|bm|vec)\s*\{\s*\\?[A-Za-zθβ]+\s*\}|\\?[A-Za-zθβ]+)"
    r"(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?)(?P<prime>\s*(?:'|\^\s*(?:\\prime|\{\s*(?:\\prime|')\s*\})))?"
    r"\s*=\s*(?P=name)\s*[-+]\s*"
    r"(?:\\alpha|α|\\eta|η|alpha|eta|lr|learning_rate)(?![A-Za-z])[^=]*")


def _rate_step(maths: str) -> re.Match[str] | None:
    r"""An update written with '=' (:data:`_RATE_STEP`), a sum's bounds in its value blanked first.

    ``θⱼ = θⱼ − α (1/m) Σ_{i=1}^m (h − y) xⱼ`` holds the '=' of its sum's bound ``{i=1}``, which stopped the value
    there, so the update after a derivation was read as its last step and judged a wrong one (hunt33), as ':=' was
    once (cold24, :func:`_bounds_blanked`); the blanking keeps the length, so the match's groups are the text's.
    """
    step = _RATE_STEP.fullmatch(_bounds_blanked(maths))
    base = _BASE_NAME.match(step.group("name")) if step is not None else None
    if base is not None and base.group("base") in _COST_NAMES | _OTHER_COST_NAMES:
        # J = J + α Σ_{k=1}^n θₖ²: a penalty added to the cost (α its weight, as sklearn's Ridge names it), no step of
        # the parameter; set aside as an update, the derivation was judged against the cost without it (audit33g)
        return None
    return step


#: the name an update's name is written on, its bold wrapper and subscript left out
_BASE_NAME = patterns.compile(r"\s*(?:\\(?:boldsymbol|mathbf|bm|vec)\s*\{\s*)?(?P<base>\\?[A-Za-zθβ]+)")
#: the cost's names that :data:`_COST_NAMES` leaves to other readers: an update never names them
_OTHER_COST_NAMES = frozenset({"E", "C", "loss", "cost", "Loss", "Cost"})


#: an increment, Raschka's Δw = −η∇J(w) and Δwⱼ = −η ∂J/∂wⱼ (the name bold or plain, indexed or not): the change
#: an update makes (w := w + Δw), a learning rate times the gradient, no derivative on its left; read as an update
_INCREMENT = patterns.compile(
    r"\s*(?:\\Delta|Δ)\s*(?:\\(?:boldsymbol|mathbf|bm|vec)\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)"
    r"(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*=\s*-?\s*(?:\\alpha|α|\\eta|η)(?![A-Za-z])[^=]*")


def update_row(text: str) -> int | None:
    r"""The offset of the first row of a derivation file (.tex, text) that is an update written with '=', or None.

    ``θⱼ = θⱼ − α (1/m) Σ_{i=1}^m (h − y) xⱼ`` after ∂J/∂θⱼ = … puts the result to use; in a file whose every line
    is a step it was judged one, and a right derivation "wrong at line 3" (hunt33). Notes set such a row aside
    (:func:`_states_an_update`); a bare file has no prose to set it apart by, so the caller refuses it. A row is a
    physical line or an align row (``\``), its ``&`` dropped; linear in the text.
    """
    offset = 0
    for line in text.splitlines(keepends=True):
        start = 0
        for row in re.split(r"(\\\\)", line):
            if row != "\\\\" and _rate_step(row.replace("&", " ").rstrip().rstrip(",.;")) is not None:
                return offset + start + len(row) - len(row.lstrip())
            start += len(row)
        offset += len(line)
    return None


def _primed_update(maths: str) -> str:
    """The words on an update's primed name (``w' = w - α∇J``: the next value of w), or nothing for any other update."""
    step = _rate_step(maths)
    if step is None or step.group("prime") is None:
        return ""
    name = " ".join(step.group("name").split())
    return f" ({name}{step.group('prime').strip()} is the next value of {name}, not a transpose nor a derivative)"


#: ``\colon=`` (a spacing command before it maybe): ':=' as LaTeX sets it, the colon as a relation's, ``w \; \colon= w -
#: \alpha …`` (cold43's Korean backpropagation post: met as "unknown command '\colon'")
_COLON_EQUALS = patterns.compile(r"(?:\\(?:[;,:!]|q?quad(?![A-Za-z]))\s*)*\\colon\s*=")


def _colon_equals(maths: str) -> str:
    """``maths`` with each ``\\colon=`` written ':=' (right-aligned in the same length: offsets kept)."""
    return _COLON_EQUALS.sub(lambda found: " " * (len(found.group(0)) - 2) + ":=", maths)


def _states_an_update(text: str, block: Block) -> bool:
    """Whether a block is one update rule (``w_{n+1} \\leftarrow w_n + η(r − v)s``, ``θ := θ − α∇J``): not a step.

    One arrow and no ``=``, or one assignment ``:=`` and no other ``=``: the value a name takes next, no equation
    (``θ_{new} := θ_{old} − H^{-1}∇J``: the letter marked as the next iterate on the left is the name).
    """
    maths = _colon_equals(text[block.maths[0]:block.maths[1]])
    bare = _bounds_blanked(_without_environment(maths, closing=True))
    if _ASSIGNMENT.fullmatch(bare) or _NEXT_ITERATE.fullmatch(bare) or _rate_step(maths) or _rate_step(bare) \
            or _INCREMENT.fullmatch(bare):
        return True
    return len(_UPDATE_ARROW.findall(maths)) == 1 and _equals(text, block) == 0


#: a derivative by the capital Θ or one of its entries: \partial\Theta_j, d\Theta
_BY_CAPITAL_THETA = patterns.compile(r"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{?\s*\\Theta(?![A-Za-z])")
#: a lowercase θ as written in LaTeX or Unicode
_LOWERCASE_THETA = patterns.compile(r"\\theta(?![A-Za-z])|θ")


def _refuse_a_capital_theta_derivative_beside_theta(text: str, blocks: list[Block], where: _Where) -> None:
    """Refuse a page that differentiates by Θ (∂/∂Θⱼ) and writes a lowercase θ too: two quantities, or one?

    A derivative by Θⱼ is the cost's by a parameter (document.PARAMETER_ARGUMENT) only as notes on Ng's course
    write the parameters, with a capital Θ throughout; Ng's networks write Θ for a layer's weight matrix beside
    the θ of one unit, and each display's reader sees only its own letters, so the page decides here.
    """
    by_capital = next((block for block in blocks if _BY_CAPITAL_THETA.search(text, *block.maths)), None)
    if by_capital is None:
        return
    lowercase = next((block for block in blocks if _LOWERCASE_THETA.search(text, *block.maths)), None)
    if lowercase is None:
        return
    found = _LOWERCASE_THETA.search(text, *lowercase.maths)
    assert found is not None
    line = _line(text, found.start())
    raise InputError(
        f"{where(_line(text, _first_character(text, by_capital.maths)))} differentiates by a capital \\Theta and "
        f"{where(line)} writes a lowercase \\theta: they may be two quantities (a weight matrix Θ and a unit's "
        "parameters θ, as in Ng's networks), or one written two ways; logderiv does not pick",
        source=text, column=found.start(), line=line, label="FILE",
        hint="write the parameters one way throughout (\\theta, or \\Theta where the page writes no \\theta)",
    )


#: the likelihood's names, as :func:`_head_name` gives them, and as a note shows them
_LIKELIHOOD_HEADS = {"L": "L", "\\mathcalL": "𝓛"}


def _likelihood_set_aside(text: str, blocks: list[Block], where: _Where) -> tuple[list[Block], list[str]]:
    """The blocks but the chain that defines the likelihood ``L(θ) = p(y|X;θ) = ∏ …``, and a note naming it unchecked.

    CS229's page writes the likelihood as a chain (``L(θ) = p(y⃗|X;θ) = ∏ p(y⁽ⁱ⁾|x⁽ⁱ⁾;θ) = ∏ h^y(1 − h)^{1−y}``),
    then the log-likelihood as one (``ℓ(θ) = \\log L(θ) = Σ …``), then ``∂ℓ/∂θⱼ = …``: three chains, and the page
    was refused as three derivations. The likelihood's chain is where the cost comes from, not the cost and not a
    step of its derivative: the log-likelihood's chain names it (``\\log L(θ)``) and writes the cost out, and is read
    as the cost's chain. So the likelihood's chain is set aside, and the note says it is not checked (its sides are
    probabilities, p(y|x;θ), which logderiv does not read). Only a chain of L with no derivative in it, before a
    chain of another cost's name whose second side is ``\\log L(θ)``: a chain of L alone may be the cost's own.
    """
    from .chains import log_of_a_likelihood

    chains = [run for run in _runs(text, blocks) if sum(_equals(text, block) for block in run) >= 2]
    logs = [run for run in chains if _head_name(text, run) in _COST_NAMES - {"L"} and not _takes_a_derivative(text, run)
            and log_of_a_likelihood(_raw_side(text, run, 1))]
    if len(logs) != 1:
        return _product_likelihood_set_aside(text, blocks, where)
    # (L, or 𝓛 as a GLM note writes it: \\mathcal{L}(\\mathbf{w}) = ∏ P(yᵢ | xᵢ, w), then ℓ(w) = log 𝓛(w) = Σ …)
    # (a chain, or one display of one '=': L(θ) = ∏ h^y (1 − h)^{1−y}, then l(θ) = log(L(θ)) = Σ …, a Hexo post)
    aside = [run for run in _runs(text, blocks) if run[0].span[0] < logs[0][0].span[0]
             and _head_name(text, run) in _LIKELIHOOD_HEADS and not _takes_a_derivative(text, run)]
    notes = [f"{where(_line(text, _first_character(text, run[0].maths)))} defines the likelihood "
             f"{_LIKELIHOOD_HEADS[_head_name(text, run)]}, whose log "
             f"{where(_line(text, _first_character(text, logs[0][0].maths)))} takes to define the cost: where the "
             f"cost comes from, not a step of its derivative: not checked ({_shortened(' '.join(_chain_text(text, run).split()))})"
             for run in aside]
    return [block for block in blocks if not any(block in run for run in aside)], notes


#: a likelihood's side: a product over the examples, \\prod_{i=1}^m … or ∏ …
_PRODUCT_SIDE = patterns.compile(r"\\prod(?![A-Za-z])|∏")
#: the letter a gradient's ∇ differentiates: \\nabla_\\beta l(\\beta), ∇_w ℓ(w), \\nabla \\mathcal{L}
_GRADIENT_LETTER = patterns.compile(
    r"(?:\\nabla|∇)\s*(?:_\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z]))?\s*"
    r"(?P<name>\\mathcal\s*\{?\s*[A-Z]\s*\}?|\\ell|[A-Za-zℓ])(?![A-Za-z])")


def _product_likelihood_set_aside(text: str, blocks: list[Block], where: _Where) -> tuple[list[Block], list[str]]:
    """The blocks but the likelihood's display ``𝓛(β) = ∏ p(x_t | u_t, β) = ∏ π^x(1 − π)^{1−x}``, and a note.

    A GLM note writes the likelihood, a product over the observations, then the log-likelihood l(β) = Σ[…] on a
    display of its own (no ``log 𝓛(β)`` side naming it, as CS229's chain has, :func:`_likelihood_set_aside`), then
    ∇_β l(β) = …: the likelihood was read as the cost's chain and the page refused as defining two costs. A product
    over the examples is no cost (a cost sums their losses); it is maximised, and its log defines the cost. Only a
    display of L or 𝓛 every side of which after the name is a product, with no derivative, where the page
    differentiates some other name and never L or 𝓛 itself; else nothing is set aside.
    """
    runs = _runs(text, blocks)
    aside = [run for run in runs if _head_name(text, run) in _LIKELIHOOD_HEADS and not _takes_a_derivative(text, run)
             and all(_PRODUCT_SIDE.match(_raw_side(text, run, index))
                     for index in range(1, 1 + sum(_equals(text, block) for block in run)))]
    if not aside:
        return blocks, []
    maths = " ".join(text[block.maths[0]:block.maths[1]] for block in blocks)
    letters = {re.sub(r"[\s{}]", "", next(group for group in match.groups() if group))
               for pattern in (_DIFFERENTIATED, _GRADIENT_LETTER) for match in pattern.finditer(maths)}
    if not letters or letters & set(_LIKELIHOOD_HEADS):
        return blocks, []
    notes = [f"{where(_line(text, _first_character(text, run[0].maths)))} defines the likelihood "
             f"{_LIKELIHOOD_HEADS[_head_name(text, run)]}, a product over the examples, which is maximised and whose "
             "log defines a cost: where the cost comes from, not the cost and not a step of its derivative: not "
             f"checked ({_shortened(' '.join(_chain_text(text, run).split()))})" for run in aside]
    return [block for block in blocks if not any(block in run for run in aside)], notes


def _negated_log_likelihood_set_aside(text: str, blocks: list[Block],
                                      where: _Where, beside: str = "") -> tuple[list[Block], list[str]]:
    """The blocks but the log-likelihood's chain ``l(w) = \\ln L(w) = Σ …`` that the cost's chain negates by name
    (``J(w) = -l(w) = -Σ …``), when another chain derives the cost; and a note naming it unchecked.

    A Chinese note (cold16's luweiagi) writes the likelihood, then its log l(w) = ln L(w) = Σ …, then the cost
    J(w) = −l(w) = −Σ …, then ∂J/∂wⱼ: four chains, refused as four derivations once the likelihood was set aside as
    CS229's is. The log-likelihood is where the cost comes from, as the likelihood is: the cost's chain names it
    (−l(w)) and writes the cost out, and is read as the cost's definition. Only a chain of l or ℓ with no
    derivative whose second side is the log of the likelihood, before a chain of another cost's name whose second
    side is −l(…), beside an equation that takes a derivative.
    """
    from .chains import log_of_a_likelihood, negated_log_likelihood

    chains = [run for run in _runs(text, blocks) if sum(_equals(text, block) for block in run) >= 2]
    logs = [run for run in chains if _head_name(text, run) in ("l", "\\ell") and not _takes_a_derivative(text, run)
            and log_of_a_likelihood(_raw_side(text, run, 1))]
    if len(logs) != 1 or not any(_takes_a_derivative(text, run) for run in _runs(text, blocks)):
        return blocks, []
    letter = _head_name(text, logs[0])
    costs = [run for run in chains if run[0].span[0] > logs[0][-1].span[1] and not _takes_a_derivative(text, run)
             and _head_name(text, run) in _COST_NAMES - {"L", "l", "\\ell"}
             and negated_log_likelihood(_raw_side(text, run, 1), letter)]
    if not costs:
        return _scaled_negation_set_aside(text, blocks, chains, logs[0], letter, where)
    if len(costs) != 1:
        return blocks, []
    if _only_the_log_likelihood_derived(text, blocks, logs[0], costs[0], letter, beside):
        # the J chain set aside is still a line of the page: J = −ℓ = A with A not −ℓ's side (its minus dropped, a
        # sign slipped inside) is false, and set aside unread the page was judged right (audchains40): refused as
        # the other reading of J = −ℓ refuses it
        _refuse_a_cost_other_than_the_negation(text, logs[0], costs[0], letter, where)
        # CS229's notes: ℓ(θ) = log L(θ) = Σ …, ∂ℓ/∂θⱼ derived, then "equivalently, minimise" J(θ) = −ℓ(θ) = −Σ …
        # after it, which no line derives (an update rule writes ∂J/∂θⱼ, not derived): the alternative cost, named
        # by the derived one negated, set aside (noted); the derivation is of ℓ, its own cost
        name = _head_name(text, costs[0])
        note = (f"{where(_line(text, _first_character(text, costs[0][0].maths)))} defines {name} as the negated "
                f"log-likelihood, −{letter}, after the derivation of {letter} "
                f"({where(_line(text, _first_character(text, logs[0][0].maths)))} defines {letter}), and no line derives "
                f"{name}: another name for the cost, minimised instead, not a step and not the cost the derivation "
                f"derives: not read ({_shortened(' '.join(_chain_text(text, costs[0]).split()))})")
        return [block for block in blocks if block not in costs[0]], [note]
    _refuse_a_cost_other_than_the_negation(text, logs[0], costs[0], letter, where)
    note = (f"{where(_line(text, _first_character(text, logs[0][0].maths)))} defines the log-likelihood {letter}, whose "
            f"negative {where(_line(text, _first_character(text, costs[0][0].maths)))} takes to define the cost: where "
            "the cost comes from, not a step of its derivative: not checked "
            f"({_shortened(' '.join(_chain_text(text, logs[0]).split()))})")
    return [block for block in blocks if block not in logs[0]], [note]


#: an update rule's arrow, := among them (θ := …, θ ← …): not the narrower _UPDATE_ARROW above, which a lemma's
#: lone ← and the update rows' readers count
_UPDATE_RULE_ARROW = patterns.compile(r":=|\\leftarrow|←|\\gets(?![A-Za-z])")


def _only_the_log_likelihood_derived(text: str, blocks: list[Block], log: list[Block], cost: list[Block],
                                     letter: str, beside: str = "") -> bool:
    """Whether the page derives the log-likelihood (a chain opening with a derivative of ``letter`` between its
    chain and the cost's ``J = −ℓ = …``) and nothing derives the cost J (no derivative of J outside an update rule)."""
    name = _head_name(text, cost)
    mention = re.compile(rf"(?<![A-Za-z\\]){re.escape(letter)}(?![A-Za-z])")
    of_the_cost = re.compile(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])")
    runs = _runs(text, blocks)
    derived = [run for run in runs if log[-1].span[1] <= run[0].span[0] and run[-1].span[1] <= cost[0].span[0]
               and (first := _first_side(text, run)) and _DERIVATIVE.search(first) is not None
               and mention.search(first) is not None and of_the_cost.search(first) is None]
    if not derived:
        return False
    for run in runs:
        if run is cost or any(block in cost for block in run):
            continue
        maths = _chain_text(text, run)
        if _UPDATE_RULE_ARROW.search(maths):
            continue
        if of_the_cost.search(maths) is not None:
            # any other line that writes J, not only one _DERIVATIVE reads (J′(θ), ∂_{θⱼ}J, the gradient of J
            # stated after it): J is used, its answer maybe given with ℓ's sign, and ℓ alone would judge the page
            return False
    # every display of the page, those set aside before here among them (J′(θ) = …, ∂_{θⱼ}J = …, noted unread),
    # and inline maths ("Hence $∂J/∂θⱼ = Σ(y − h)x$", "the gradient of $J$ is $…$"), which are no blocks here
    from .notes import display_blocks

    inside = [(block.span[0], block.span[1]) for block in cost]
    pieces = [text[block.maths[0]:block.maths[1]] for block in display_blocks(text, inline=False)
              if not any(start <= block.maths[0] < end for start, end in inside)]
    pieces += [match.group(1) for match in _INLINE_DOLLARS.finditer(text)
               if not any(start <= match.start() < end for start, end in inside)]
    # and the lemmas set aside before the page is read (J′(θ) = …, ∂_{θⱼ}J = …, noted unread there): one writes J
    pieces += beside.split("\n")
    for piece in pieces:
        if not _UPDATE_RULE_ARROW.search(piece) and of_the_cost.search(piece) is not None:
            return False
    return True


#: an inline $…$ of a page's prose
_INLINE_DOLLARS = patterns.compile(r"(?<![$\\])\$(?!\$)([^$\n]+)\$")


#: the cost as the log-likelihood negated and scaled, by its name: -\frac{1}{m} l(\theta), -\frac1m\ell(w), -(1/m) l(θ)
_SCALED_NEGATION = patterns.compile(
    r"-\s*(?:\\d?frac\s*\{?\s*1\s*\}?\s*\{?\s*(?P<count>[mnN])\s*\}?|\(\s*1\s*/\s*(?P<counted>[mnN])\s*\))\s*"
    r"(?P<letter>l|\\ell)\s*\(\s*(?:\\(?:theta|beta)|w)\s*\)")


def _scaled_negation_set_aside(text: str, blocks: list[Block], chains: list[list[Block]], log: list[Block],
                               letter: str, where: _Where) -> tuple[list[Block], list[str]]:
    """The blocks but the log-likelihood's chain and ``J(θ) = −(1/m) l(θ)`` after it, where a chain before them writes
    the cost J out; and a note naming both unchecked.

    A Chinese note after Ng's course defines J(θ) = (1/m)Σ Cost = −(1/m)Σ[y log h + …] first, then the likelihood,
    the log-likelihood l(θ) = log L(θ) = Σ[…] (its bracket left open, as written) and "in Andrew Ng's course J(θ) is
    taken as" J(θ) = −(1/m) l(θ): where the cost it wrote out comes from, said again, not a step of its derivative.
    Refused as two costs (J and l). Read so only where the one display of one '=' names the same cost as the chain
    before the log-likelihood, which writes it out: the derivation is judged against that cost (a slip in l, or in
    the restatement, goes unchecked: noted, never judged).
    """
    after = [run for run in _runs(text, blocks) if run[0].span[0] > log[-1].span[1] and len(run) == 1
             and sum(_equals(text, block) for block in run) == 1 and not _takes_a_derivative(text, run)]
    scaled = [run for run in after if _head_name(text, run) in _COST_NAMES - {"L", "l", "\\ell"}
              and (found := _SCALED_NEGATION.fullmatch(_raw_side(text, run, 1).strip())) is not None
              and "".join(found.group("letter").split()) == letter]
    if len(scaled) != 1:
        return blocks, []
    name = _head_name(text, scaled[0])
    written = [run for run in _runs(text, blocks) if run[-1].span[1] < log[0].span[0] and _head_name(text, run) == name
               and not _takes_a_derivative(text, run) and not _SCALED_NEGATION.search(_chain_text(text, run))]
    if len(written) != 1:
        return blocks, []
    _refuse_a_cost_other_than_the_scaled_negation(text, log, written[0], scaled[0], letter, where)
    line = where(_line(text, _first_character(text, log[0].maths)))
    note = (f"{line} defines the log-likelihood {letter}, and "
            f"{where(_line(text, _first_character(text, scaled[0][0].maths)))} the cost {name} as −(1/m) times it: "
            f"where the cost {where(_line(text, _first_character(text, written[0][0].maths)))} writes out comes "
            f"from, said again, not a step of its derivative: not checked "
            f"({_shortened(' '.join(_chain_text(text, log).split()))})")
    return [block for block in blocks if block not in log and block not in scaled[0]], [note]


#: what changes nothing of a side compared as written: spaces, brackets (a note's bracket left open), sizing
_AS_WRITTEN_NOISE = patterns.compile(r"\\(?:left|right)(?![A-Za-z])|\\[,;!]|[\s()\[\]]")


def _refuse_a_cost_other_than_the_scaled_negation(text: str, log: list[Block], written: list[Block],
                                                  scaled: list[Block], letter: str, where: _Where) -> None:
    """Refuse ``J(θ) = −(1/m) l(θ)`` when the cost written out before is not, as written, −(1/m) times a side of l.

    The log-likelihood's chain and the restatement are set aside unchecked as where the written cost comes from:
    with l's sign slipped (``Σ(y log h − (1 − y) log(1 − h))``), l negated already (``l = −Σ …``, so −(1/m) l is
    +(1/m)Σ …) or another count, the page says J is two different costs, and the derivation judged against the one
    written out would hide it (audit28e). Compared as written, spaces and brackets aside (the Chinese note that
    restates so leaves l's bracket open): the written cost's last side is −(1/m) (the restatement's count) and a
    side of l after ``log L``.
    """
    found = _SCALED_NEGATION.fullmatch(_raw_side(text, scaled, 1).strip())
    count = (found.group("count") or found.group("counted")) if found is not None else "m"
    last, index = "", 1
    while side := _raw_side(text, written, index):
        last, index = side, index + 1
    cost = _AS_WRITTEN_NOISE.sub("", last).replace("\\log", "log")
    opened = re.match(rf"-(?:\\d?frac\{{?1\}}?\{{?{count}\}}?|1/{count})", cost)
    sides, index = [], 2
    while side := _raw_side(text, log, index):
        sides.append(_AS_WRITTEN_NOISE.sub("", side).replace("\\log", "log"))
        index += 1
    if opened is not None and cost[opened.end():] in sides:
        return
    offset = _first_character(text, scaled[0].maths)
    raise InputError(
        f"{where(_line(text, offset))} says the cost is −(1/{count}) {letter}, −(1/{count}) times the log-likelihood "
        f"{where(_line(text, _first_character(text, log[0].maths)))} defines, but the cost "
        f"{where(_line(text, _first_character(text, written[0].maths)))} writes out is not that with −(1/{count}) "
        f"before it: which is the cost?",
        source=text, column=offset, line=_line(text, offset), label="FILE",
        hint=f"write {letter}'s side as the cost's written out, without −(1/{count}), or give the cost with --cost")


def _refuse_a_cost_other_than_the_negation(text: str, log: list[Block], cost: list[Block], letter: str,
                                            where: _Where) -> None:
    """Refuse ``J(w) = −l(w) = A`` when A is not, as written, the negative of a side of the set-aside chain of l.

    The log-likelihood's chain is set aside unchecked, so ``−l(w)`` is only a word on the cost's chain: with its
    minus dropped (``J(w) = −l(w) = Σ …``) or another l written out (``ln σ(−wᵀx)``), the cost read from A
    would be one the page does not say J is, and a derivation of −l judged against it (audit49). Compared as
    written, spaces aside: ``−X``, ``−(X)``, ``−\\left(X\\right)`` or ``−[X]`` for a side X of l after ``ln L``.
    """
    written = "".join(_raw_side(text, cost, 2).split())
    if not written:
        return  # J(w) = −l(w) alone: the cost is l's chain negated, nothing written out to disagree with it
    sides, index = [], 2
    while side := "".join(_raw_side(text, log, index).split()):
        sides.append(side)
        index += 1
    negations = {f"-{wrap[0]}{side}{wrap[1]}" for side in sides
                 for wrap in (("", ""), ("(", ")"), ("\\left(", "\\right)"), ("[", "]"), ("\\left[", "\\right]"))}
    if written in negations:
        return
    offset = _first_character(text, cost[0].maths)
    raise InputError(
        f"{where(_line(text, offset))} says the cost is −{letter}, the negative of the log-likelihood "
        f"{where(_line(text, _first_character(text, log[0].maths)))} defines, but the side it writes out is not that "
        f"log-likelihood's with a minus before it: is the cost −{letter}, or the side written out?",
        source=text, column=offset, line=_line(text, offset), label="FILE",
        hint=f"write the cost's last side as −( … ) of {letter}'s, or give the cost with --cost")


def _update_chains_set_aside(text: str, blocks: list[Block], where: _Where, checked: bool = True
                             ) -> tuple[list[Block], list[str], list[tuple[int, int, str]]]:
    """The blocks but each chain that opens with an update rule, when another chain derives the cost; and notes.

    ``θⱼ := θⱼ − α ∂J/∂θⱼ = θⱼ − (α/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾`` after the derivation of ∂J/∂θⱼ puts its result
    to use: the value θⱼ takes next, whose '=' only writes the gradient in, no step of the derivative (an update
    alone, :func:`_states_an_update`, was set aside so already; with a rewrite after it the page was refused as two
    derivations). Set aside only beside a chain that derives the cost: a page whose only chain opens with an
    update may derive the gradient inside it, and is read (or refused) as before.

    The rule itself (``θⱼ :=`` its first side) is a definition, no step; but its later sides may hold a slip (the
    gradient written in with its sign flipped): with ``checked``, the span of the sides after the rule's own of each
    update in one display is returned (:func:`update_sides`), to be checked against each other as a chain of their
    own, and the note says so.
    """
    # θ ← θ − α∇J = … is a chain of two relations with one '=': counted with its arrow
    chains = [run for run in _runs(text, blocks) if sum(_equals(text, block) for block in run) >= 1]
    updates = [run for run in chains if _opens_with_an_update(text, run)]
    # the derivation a chain of its own, or displays that each restate the derivative (∂J/∂βⱼ = A, then ∂J/∂βⱼ = B)
    if not updates or not any(run not in updates and (sum(_equals(text, block) for block in run) >= 2
                                                      or run in _restated_derivative(text, chains))
                              and (_derives_the_gradient(text, run) or _derives_the_cost(text, run)) for run in chains):
        return blocks, [], []
    spans = {id(run): update_sides(text, run) if checked else None for run in updates}
    notes = [f"{where(_line(text, _first_character(text, run[0].maths)))} is an update rule "
             + ("(Δ, the increment an update adds)" if _opens_with_an_increment(text, run) else "(:=, ←)")
             + " written out with "
             "the gradient, which puts the derivation's result to use: not a step of it, "
             + ("not checked" if spans[id(run)] is None else
                "the rule itself a definition; its sides after the rule's own are checked against each other where "
                "they read, as the update rule's sides")
             + f" ({_shortened(' '.join(_chain_text(text, run).split()))})"
             # the readings the check makes, said (audit32h): what ∂J/∂θⱼ and α are taken to be
             + ("" if spans[id(run)] is None else
                "; a derivative of the cost by the derivation's parameter in them (∂J/∂θⱼ) read as the derivation's "
                "own, the learning rate (α, η) a free letter")
             for run in updates]
    return ([block for block in blocks if not any(block in run for run in updates)], notes,
            [span for run in updates if (span := spans[id(run)]) is not None])


def update_sides(text: str, run: list[Block]) -> tuple[int, int, str] | None:
    r"""The span of an update rule's sides after its own (``A = B`` of ``wⱼ := A = B``), and the name it updates.

    The rule ``wⱼ := A`` says what wⱼ becomes, no equation; but ``A = B`` is one, true or not whatever A is used for
    (``wⱼ − η ∂/∂wⱼ ½Σ(y − wᵀx)² = wⱼ − ηΣ(y − wᵀx)xⱼ`` is a sign slipped). Read in ``:=``, ``←``, ``θⱼ' = θⱼ − α…``
    and Raschka's increment ``Δwⱼ = −η ∂J/∂wⱼ = …``: A opens after the ':=', the arrow or the first '='. Only an
    update in one display with a top-level '=' after A; else None (set aside unchecked, as before).
    """
    if len(run) != 1:
        return None
    start, end = _without_environment_marks(text, run[0].maths)
    maths = text[start:end]
    equals = top_level(_bracketed(maths), "=")
    if not equals:
        return None
    first = maths[: equals[0]]
    arrow = _UPDATE_ARROW.search(first)
    if arrow is not None:
        head, value, later = first[: arrow.start()], arrow.end(), equals
    elif first.rstrip().endswith(":"):
        head, value, later = first.rstrip()[:-1], equals[0] + 1, equals[1:]
    else:
        head, value, later = first, equals[0] + 1, equals[1:]
    # the sides end where the display goes on in words or with a condition (\quad \text{for } j = 1, ", α = 0.01"):
    # "θⱼ − α ∂J/∂θⱼ \quad for j" = "1" is no equation (audit32h); cut there, an '=' after it is none of the sides'
    cut = _end_of_the_sides(maths, value)
    if cut is not None:
        later = [equal for equal in later if equal < cut]
        end = start + cut
    if not later or _ROWS.search(maths, 0, value) is not None:
        return None  # no '=' after the rule's side, or the rule and its side on rows of their own: not read so
    for row in _ROWS.finditer(maths, value):
        # a row that goes on with '=' (A \\ &= B, or A = \\ B) continues the sides; any other is an equation of its
        # own (θⱼ := θⱼ − α ∂J/∂θⱼ \\ α = learning rate: "θⱼ − α ∂J/∂θⱼ \\ α" = "learning rate" is no equation)
        before = maths[max(0, row.start() - 64):row.start()].replace("&", " ").rstrip()  # a window: no rescan
        after = maths[row.end():row.end() + 64].replace("&", " ").lstrip()
        if after and not after.startswith("=") and not before.endswith("="):
            return None
    while end > start and text[end - 1] in " \t\n.,;\\":
        end -= 1  # the sentence's full stop after the last side is no part of it
    name = " ".join(head.replace("&", " ").split())
    return start + value, end, name


#: where an update rule's sides give way to words or a condition: a wide space (\quad, \qquad), a \text of a word
#: (\text{for } j = 1, \text{where}, \text{(simultaneously …)}; never \text{sign}), ∀, or a comma or semicolon (not
#: TeX's spaces \, \;) at the top level
_SIDES_END = patterns.compile(
    r"\\q?quad(?![A-Za-z])|\\(?:text(?:rm|normal|it|bf)?|mbox|hbox)\s*\{\s*(?:(?:for|where|with|and|or|if|when|while|all|each|every|until|repeat|simultaneous\w*|update\w*"
    r"|using|i\.e|s\.t)(?![A-Za-z])|\()|\\forall(?![A-Za-z])|\\(?:hspace|hskip)(?![A-Za-z])|(?<!\\)[,;]")


def _end_of_the_sides(maths: str, value: int) -> int | None:
    """The offset in ``maths`` after ``value`` where an update rule's sides end (:data:`_SIDES_END` at the top level
    of the brackets), or None. One pass over the text: each bracket counted once."""
    bracketed = _bracketed(maths)
    depth, at = 0, value
    for found in _SIDES_END.finditer(maths, value):
        for written in bracketed[at:found.start()]:
            depth += 1 if written in "([{" else -1 if written in ")]}" else 0
        at = found.start()
        if depth <= 0:
            return found.start()
    return None


#: a cost's leading constant, spaces dropped: \frac{1}{2m}, \frac12, \dfrac{1}{m}, 1/2m, 1/(2m)
_LEADING_CONSTANT = patterns.compile(r"\\[dt]?frac(?:\{[0-9]*\}\{[0-9]*[mnN]?\}|[0-9]{2})|[0-9]+/\(?[0-9]*[mnN]?\)?")


def _last_side_unspaced(text: str, run: list[Block]) -> str:
    r"""A run's last side as written, its spaces dropped (braces kept: \frac{1}{2}m is no \frac{1}{2m})."""
    maths = _without_environment(_chain_text(text, run), closing=True)
    equals = top_level(_bracketed(maths), "=")
    return re.sub(r"\s+", "", maths[equals[-1] + 1:].replace("&", " ").strip().rstrip(".,;\\")) if equals else ""


def _leading_constant(side: str) -> tuple[str, str] | None:
    r"""A side (spaces dropped) split into its leading constant and the rest (``\frac{1}{2m}\sum…`` →
    ``\frac{1}{2m}``, ``\sum…``), or None when it opens with no constant."""
    found = _LEADING_CONSTANT.match(side)
    if found is None or not side[found.end():]:
        return None
    return found.group(), side[found.end():]


#: a label's probability given the features, as a model's law is stated: P(Y=1|X=x), p(y=0|x;w), P(Y \ |X=x_{i}),
#: p(y^{(i)} | x^{(i)}; \theta) — a conditional bar inside the bracket; the spacing and arrow a row may open with
_LABEL_PROBABILITY = patterns.compile(
    r"(?:\s|&|\\[ ,;:!]|\\q?quad(?![A-Za-z])|\\Rightarrow(?![A-Za-z])|\\implies(?![A-Za-z]))*"
    r"(?:\\(?:mathbb|mathrm|operatorname)\s*\{\s*[Pp]\s*\}|[Pp])\s*(?:\\left\s*)?\(\s*[yY][^()|]{0,80}"
    r"(?:\||\\mid(?![A-Za-z])|\\vert(?![A-Za-z]))[^()]{0,120}(?:\\right\s*)?\)\s*")


def _between(maths: str, equals: list[int]) -> list[str]:
    """The sides of a chain after its first, cut at the top-level ``=`` at ``equals``."""
    return [maths[at + 1: after] for at, after in zip(equals, [*equals[1:], len(maths)])]


def _equations_sides(maths: str) -> list[list[str]]:
    """Each equation of a chain's rows (a row opening with '=' goes on with the one before): its sides after its first."""
    groups: list[str] = []
    for row in _ROWS.split(maths):
        equals = top_level(_bracketed(row), "=")
        if groups and equals and not row[: equals[0]].replace("&", " ").strip():
            groups[-1] += " " + row
        else:
            groups.append(row)
    found = []
    for group in groups:
        equals = top_level(_bracketed(group), "=")
        if len(equals) > 1:
            found.append(_between(group, equals))
    return found


def _sides_agree(sides: list[str]) -> bool:
    """Whether a probability chain's sides after its first are one function of the parameters and features: each
    read and compared at random values (n = 3, exact rationals), every one read, or False."""
    import random

    import sympy

    from . import latex, symbols
    from .builder import build_expression

    values = []
    try:
        for side in sides:
            side = _ROWS.sub(" ", side).replace("&", " ").strip().rstrip(".,;\\").strip()
            parsed = latex.parse(side)
            values.append(build_expression(parsed.tree, source=side).expr)
        generator = random.Random(33)
        for _ in range(2):
            points: dict[Any, Any] = {}
            results = []
            for value in values:
                value = value.subs(symbols.n, 3).doit()
                value = value.replace(lambda e: getattr(e.func, "__name__", "") == "sigmoid",
                                      lambda e: 1 / (1 + sympy.exp(-e.args[0])))
                for atom in sorted(value.atoms(sympy.Indexed, sympy.Symbol), key=str):
                    points.setdefault(atom, sympy.Rational(generator.randint(-9, 9), generator.randint(2, 5)))
                results.append(sympy.N(value.subs(points), 30))
            if any(not result.is_number or abs(result - results[0]) > sympy.Float("1e-20") * (1 + abs(results[0]))
                   for result in results):
                return False
    except Exception:  # noqa: BLE001 - a side not read is a side not known to agree
        return False
    return True


#: a cases environment whole: \begin{cases} value & \text{if } y=1 \\ value & \text{if } y=0 \end{cases}
_CASES = patterns.compile(r"\\begin\s*\{cases\}(?P<rows>(?:(?!\\end\s*\{cases\}).)*)\\end\s*\{cases\}", re.DOTALL)
#: a row's condition: from its '&' to the row's end (a \\, a line's end, or the environment's end)
_CONDITION = patterns.compile(r"&[^&\n]*?(?=\\\\|\n|\Z)")


def _cases_conditions_blanked(maths: str) -> str:
    r"""``maths`` with each cases row's condition (``& \text{if } y=1``) blanked: a condition's '=' is no equation
    (cold43's Chinese "Zen" chapter, P(y|x) = \begin{cases} σ & \text{if } y=1 \ 1 − σ & \text{if } y=0
    \end{cases}, its '\\' written '\'). Same length, same offsets."""
    def blanked(found: re.Match[str]) -> str:
        rows = _CONDITION.sub(lambda condition: " " * len(condition.group(0)), found.group("rows"))
        return found.group(0)[: found.start("rows") - found.start()] + rows \
            + found.group(0)[found.end("rows") - found.start():]
    return _CASES.sub(blanked, maths)


def _probability_chains_set_aside(text: str, blocks: list[Block], where: _Where) -> tuple[list[Block], list[str]]:
    """The blocks but each chain that states the label's probability given the features, beside a derivation; notes.

    ``P(Y=1|X=x) = e^{βᵀx}/(1 + e^{βᵀx})``, ``P(Y=0|X=x) = 1 − … = 1/(1 + e^{βᵀx})`` (cold33's Newton post),
    ``p(y=1|x;w) = σ(wᵀx + b) = σ(z)`` (cold32's notes): the law the likelihood is built from, rewritten; no step of
    the cost's derivative, and no definition of a name the derivation writes (a probability is no variable). Only a
    chain whose first side is such a probability and which writes no derivative, and only beside a chain that takes
    one: a page whose only chain it is stays as it was.
    """
    runs = [run for run in _runs(text, blocks) if sum(_equals(text, block) for block in run) >= 1]
    laws = []
    for run in runs:
        maths = _without_environment(_cases_conditions_blanked(_chain_text(text, run)), closing=True)
        equals = top_level(_bracketed(maths), "=")
        if equals and _LABEL_PROBABILITY.fullmatch(_ROWS.sub(" ", maths[: equals[0]])) is not None \
                and not _DERIVATIVE.search(maths) and not any(
                    _HEAD.fullmatch(_ROWS.sub(" ", side).replace("&", " ").strip().rstrip(".,;\\").strip())
                    for side in _between(maths, equals)):
            # a side that is a name alone (= h_θ(x), = σ(z), = ŷ) may define what the derivation writes: kept
            if len(equals) > 1 and not all(_sides_agree(sides) for sides in _equations_sides(maths)):
                # P(Y=0|X=x) = 1 − σ(u) = e^{−u}/(1 + e^{−u}): its rewrites must hold to be passed over unread; one
                # that does not (or is not read) keeps the chain, and the page is read (or refused) as before
                continue
            laws.append(run)
    if not laws or not any(run not in laws and _takes_a_derivative(text, run) for run in runs):
        return blocks, []
    notes = [f"{where(_line(text, _first_character(text, run[0].maths)))} states the label's probability given the "
             "features (the law the likelihood is built from), not a step of the derivation: not read "
             f"({_shortened(' '.join(_chain_text(text, run).split()))})" for run in laws]
    return [block for block in blocks if not any(block in run for run in laws)], notes


def _rescaled_cost_set_aside(text: str, blocks: list[Block], where: _Where) -> tuple[list[Block], list[str]]:
    """The blocks but a cost's chain that a later chain defines again rescaled, before every derivation; and notes.

    ``L = (1/m)Σ(f⁽ⁱ⁾ − y⁽ⁱ⁾)² = (1/m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)²``, "for cleaner computations we divide the loss by 2":
    ``L(w, b) = (1/2m)Σ(…)² = (1/2m)Σ(…)²``, then ∂L/∂w and ∂L/∂b. The writer redefines the cost: the later
    definition, the same sum under another constant, is the one every derivation after it derives (as a name's
    later definition is what is meant after it). Only two chains defining the cost by one name, both before every
    derivation, the later's last side the earlier's with its leading constant changed; and only where no derivation
    writes the earlier cost out under its derivative, its constant then a square (one that differentiates the earlier
    cost would be judged against a cost it does not derive: left to the refusal of two costs).
    """
    runs = _runs(text, blocks)
    costs = [run for run in runs if sum(_equals(text, block) for block in run) >= 1 and _opens_with_the_cost(text, run)]
    derivations = [run for run in runs if _takes_a_derivative(text, run)]
    if len(costs) != 2 or not derivations:
        return blocks, []
    earlier, later = costs
    if later[-1].maths[1] > derivations[0][0].maths[0]:
        return blocks, []
    names = [_HEAD.match(_without_environment(_chain_text(text, run)).replace("&", " ")) for run in costs]
    if any(name is None for name in names) or len({_normalised(name.group("name")) for name in names if name}) != 1:
        return blocks, []
    split = [_leading_constant(_last_side_unspaced(text, run)) for run in costs]
    earlier_side, later_side = split
    if earlier_side is None or later_side is None or earlier_side[1] != later_side[1] \
            or earlier_side[0] == later_side[0]:
        return blocks, []
    old, new = earlier_side[0], later_side[0]
    for run in derivations:
        # the earlier cost written out under a derivative: its constant, then a square before the side ends
        # (\frac{1}{m}\frac{\partial}{\partial w}\sum(…)^2); its constant before a gradient's sum (1/m)Σ(…)x is
        # the halved cost's gradient, and says nothing
        written = re.sub(r"_\{[^{}]*\}", "", re.sub(r"\s+", "", _chain_text(text, run)))  # Σ's i=1 no side's end
        if any("^2" in written[at:].split("=")[0] for at in (found.end() for found in re.finditer(re.escape(old), written))):
            return blocks, []
    line, again = (where(_line(text, _first_character(text, run[0].maths))) for run in costs)
    way = RESCALED_AS.get()
    if way == "earlier":  # the page read with the earlier definition, to be compared with the later (services.steps)
        return [block for block in blocks if block not in later], []
    if way == "refuse":
        at = _first_character(text, later[0].maths)
        raise InputError(
            f"{again} defines the cost of {line} again rescaled ({new} for {old}), and the derivations are judged "
            "otherwise against the two, a step right for one being wrong for the other: which one do they derive?",
            source=text, column=at, line=_line(text, at), label="FILE",
            hint="leave in the notes only the definition of the cost the derivation derives")
    note = (f"{line} defines the cost and {again} {RESCALED_READING} the same sum under another constant "
            f"({new} for {old}: the writer's rescaling, as halving the cost for "
            f"cleaner derivatives is): the later definition is the cost the derivations after it derive; {line} "
            "not read")
    return [block for block in blocks if block not in earlier], [note]


#: the words of the note a cost read rescaled gives (:func:`_rescaled_cost_set_aside`), by which services.steps knows
#: the page was so read
RESCALED_READING = "defines it again rescaled,"
#: how a cost defined, then defined again rescaled, is read: "later" (the rescaled one, noted); "earlier" (the first,
#: for services.steps, which reads such a page both ways where the later reading finds a step wrong: a derivation
#: of the earlier cost is no wrong derivation of the later, audit30b); "refuse", where the two readings differ
RESCALED_AS: contextvars.ContextVar[str] = contextvars.ContextVar("a rescaled cost read as", default="later")


def _opens_with_an_update(text: str, run: list[Block]) -> bool:
    """Whether a chain's first side is an update (``θⱼ := θⱼ − α ∂J/∂θⱼ``, ``w ← w − η∇L``): the name, again on the right."""
    maths = _without_environment(_chain_text(text, run), closing=True)
    equals = top_level(_bracketed(maths), "=")
    if not equals:
        return False
    first = _ROWS.sub(" ", maths[: equals[0]]).replace("&", " ")
    if first.rstrip().endswith(":"):
        # θ := … was cut at its '=': the assignment is the first side and the one after it
        second = maths[equals[0] + 1: equals[1]] if len(equals) > 1 else maths[equals[0] + 1:]
        first = f"{first.rstrip()}={_ROWS.sub(' ', second).replace('&', ' ')}"
    arrow = _UPDATE_ARROW.search(first)
    if arrow is not None:
        name = _HEAD.fullmatch(first[: arrow.start()])
        return name is not None and _writes(_normalised(first[arrow.end():]), _normalised(name.group("head")))
    if len(equals) > 1 and _rate_step(_ROWS.sub(" ", maths[: equals[1]]).replace("&", " ")) is not None:
        # θⱼ' = θⱼ − η∇J = θⱼ − η(1/m)Σ…: the update written with '=' (the next value, the name again after it and a
        # learning rate), as one display alone is (_states_an_update), then the gradient written in (cold30's BGD post)
        return True
    if len(equals) > 1 and _opens_with_an_increment(text, run):
        # Δwⱼ = −η ∂J/∂wⱼ = ηΣ(y − φ)xⱼ: the increment an update adds, then the gradient written in (cold33's Adaline)
        return True
    first = _bounds_blanked(first)
    return _ASSIGNMENT.fullmatch(first) is not None or _NEXT_ITERATE.fullmatch(first) is not None


def _opens_with_an_increment(text: str, run: list[Block]) -> bool:
    """Whether a chain opens with an increment, ``Δwⱼ = −η ∂J/∂wⱼ = …`` (its first two sides, :data:`_INCREMENT`)."""
    maths = _without_environment(_chain_text(text, run), closing=True)
    equals = top_level(_bracketed(maths), "=")
    head = maths[: equals[1]] if len(equals) > 1 else maths
    if len(equals) > 1 and _DERIVATIVE.search(maths[equals[1] + 1:]):
        # Δwⱼ = −η ∂J/∂wⱼ = −η ∂/∂wⱼ ½Σ(y − wᵀx)² = …: a derivative taken after the increment is a derivation, and
        # its steps are checked (or the page refused), never set aside unchecked as an update rule's
        return False
    return _INCREMENT.fullmatch(_bounds_blanked(_ROWS.sub(" ", head).replace("&", " "))) is not None


def _bounds_blanked(maths: str) -> str:
    """``maths`` with each ``=`` inside a bracket blanked (a sum's bound ``\\sum_{i=1}^m``), the top-level ones kept.

    An update's value is read up to the next ``=`` (the value of ``θ := …`` holds none), and the sum's ``{i=1}`` in
    ``θⱼ := θⱼ − η (1/m) Σ_{i=1}^m (h − y) xⱼ`` stopped it there: the update was read as a step of the derivation
    and refused at its ':' (cold24). Blanked, the update reads as the others do; same length, same offsets.
    """
    kept = set(top_level(_bracketed(maths), "="))
    return "".join(" " if written == "=" and offset not in kept else written for offset, written in enumerate(maths))


def _readings(text: str, chains: list[list[Block]], where: _Where) -> str:
    """What each of several chains was read as, by its first side: the page's readings, which the refusal lists.

    The user sees which chain logderiv took for a derivation of the cost and which for something else (a lemma, a
    model's rewrite), so that what to leave, mark or name is plain. Only what the chain's first side shows is said:
    each chain's :func:`chain_role`.
    """
    readings = []
    for run in chains:
        role = chain_role(text, run)
        readings.append(f"{where(role.line)} opens with {role.first} ({role.reading})")
    return "; ".join(readings) + "."


def _spelled_delta(text: str, run: list[Block], first: str) -> Role | None:
    """deltaRSS/deltab0 (a homework site's plain text): the word may stand for ∂, or be a name (Δ, a change)."""
    spelled = _SPELLED_DELTA.fullmatch(first)
    if spelled is None:
        return None
    # its d is no Leibniz d (it was said to be "a derivative by e")
    return Unknown(_line(text, run[0].maths[0]), _shortened(first, 40),
                   f"'delta' spelled out as a word before {spelled.group('of')} and {spelled.group('by')}: logderiv "
                   "reads ∂, d, δ and \\partial as the operator, never a word, which may as well be a name "
                   f"(write ∂{spelled.group('of')}/∂{spelled.group('by')})")


def _a_cost_derivative(text: str, run: list[Block], first: str) -> Role | None:
    """∂J/∂w, ∇_θ J: the cost by a parameter."""
    if not (_derives_the_gradient(text, run) or of_the_cost_by_a_parameter(first)):
        return None
    return CostDerivative(_line(text, run[0].maths[0]), _shortened(first, 40))


def _a_cost_chain(text: str, run: list[Block], first: str) -> Role | None:
    """J(θ) = A = B: the cost's own chain."""
    if not _opens_with_the_cost(text, run):
        return None
    return CostChain(_line(text, run[0].maths[0]), _shortened(first, 40))


def _a_lemma(text: str, run: list[Block], first: str) -> Role | None:
    """A derivative of anything else: of a page-defined name by another, of a named function, of the cost by another
    variable than a parameter."""
    if not (_takes_a_derivative(text, run) or _a_derivative(first)):
        return None
    by = _DENOMINATOR.match(first)
    variable = (by.group("by") or by.group("slash")) if by is not None else ""
    said = ("a derivative by {}, no parameter of the model (θ, w, β, b): logderiv checks a derivation of the cost by a "
            "parameter, and one by the prediction or the logit only as a lemma beside it".format(variable)
            if variable and not _a_parameter(variable)
            else _of_an_undefined_name(text, first) or "a derivative not written as the cost's by a parameter")
    return Lemma(_line(text, run[0].maths[0]), _shortened(first, 40), said)


def _a_named_derivative(text: str, run: list[Block], first: str) -> Role | None:
    """da = \\frac{dL(a,y)}{da} (Ng's course): da is a name the chain gives the derivative after it."""
    by = _DENOMINATOR.match(_raw_side(text, run, 1)) if _NAMED_DERIVATIVE.fullmatch(first) else None
    if by is None:
        return None
    variable = by.group("by") or by.group("slash")
    return Unknown(_line(text, run[0].maths[0]), _shortened(first, 40),
                   f"a name for the derivative after it, by {variable}"
                   + ("" if _a_parameter(variable) else ", no parameter of the model (θ, w, β, b)"))


def _a_delta_quotient(text: str, run: list[Block], first: str) -> Role | None:
    """\\frac{\\delta D}{\\delta a}: a slide's δ for ∂, read where the cost and a parameter are named (the left side of
    a line); here it is neither, so what was seen is said."""
    quotient = _DELTA_QUOTIENT.match(first)
    if quotient is None:
        return None
    return Unknown(_line(text, run[0].maths[0]), _shortened(first, 40),
                   f"δ over δ, a derivative of {quotient.group('of')} by {quotient.group('by')}: read as ∂/∂ only of "
                   "the cost (J, L, E) by a parameter of the model (θ, w, β, b)")


def _a_definition(text: str, run: list[Block], first: str) -> Role | None:
    """ŷ = σ(z) = 1/(1 + e^{−z}): a name the page introduces, no derivative in the chain, no cost on its left."""
    if len(run) != 1:
        return None
    # an aligned display's \\begin{align*} before the name, and its \\end after the last side, are layout
    span = _without_environment_marks(text, run[0].maths)
    found = _definition(text, span, chain=True)
    if found is None:
        # NLL(w) = …, SSE = …, RSS(b) = …: a word of capitals names a quantity as a letter does
        maths = text[span[0]:span[1]]
        equals = top_level(_bracketed(maths), "=")
        word = _WORD_NAME.fullmatch(maths[: equals[0]]) if equals else None
        if word is None or _DERIVATIVE.search(maths):
            return None
        return DefinitionRole(_line(text, run[0].maths[0]), _shortened(first, 40), word.group("head"))
    if found.head in _COST_NAMES:
        return None
    # the name as the page writes it (\\hat{y}, not the normalised \\haty the --let reading keys it by)
    written = _HEAD.match(first)
    return DefinitionRole(_line(text, run[0].maths[0]), _shortened(first, 40),
                          written.group("head").strip() if written is not None else found.head)


#: a quantity named by a word of capitals on the left of '=' (NLL(w), SSE, RSS(b)), its arguments, an aligned row's &
_WORD_NAME = patterns.compile(r"\s*(?P<head>[A-Z]{2,5})\s*(?:\([^()=]*\))?\s*&?\s*")
#: an environment opening a display, and closing it: \\begin{align*} … \\end{align*}
_ENVIRONMENT_OPENING = patterns.compile(r"\s*\\begin\s*\{[A-Za-z*]+\}")
_ENVIRONMENT_CLOSING = patterns.compile(r"\\end\s*\{[A-Za-z*]+\}\s*$")


def _without_environment_marks(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A display's span without a ``\\begin{…}`` opening it and an ``\\end{…}`` closing it, each taken off alone.

    Unlike :func:`_inside_environment`, which unwraps only an environment around all of the span (the two marks
    paired), either mark is dropped where it stands: the chains read here treat both as layout.
    """
    start, end = span
    opening = _ENVIRONMENT_OPENING.match(text, start, end)
    closing = _ENVIRONMENT_CLOSING.search(text, start, end)
    return opening.end() if opening else start, closing.start() if closing else end


def _unknown(text: str, run: list[Block], first: str) -> Role:
    """The explicit unsupported case: nothing on the first side tells the chain's role for certain; what it seems to be
    is said (:func:`_seeming_role`), so that a refusal names each chain as the user sees it."""
    return Unknown(_line(text, run[0].maths[0]), _shortened(first, 40), _seeming_role(text, first))


#: the operators and functions that make a first side an expression, not a name: log h = …, ‖Ax − b‖ = …, (y − Xb)ᵀ(…)
#: (a power alone does not: 𝓛^{(i)}, W^L mark a name)
_AN_EXPRESSION = patterns.compile(r"\\(?:log|ln|exp|sqrt|frac|sum)(?![A-Za-z])|\|\||\\\||[-+*/]|\)\s*\(")
#: a conditional probability as a whole first side: P(y=1|x;\theta), p(C_1|\phi), P_{w,b}(C_{1}|x), p(y_i\mid x_i,w)
_CONDITIONAL_PROBABILITY = patterns.compile(
    r"[pP](?:_\{[^{}]*\}|_[A-Za-z0-9])?\s*\((?:[^()|]|\([^()]*\))*(?:\||\\mid(?![A-Za-z]))(?:[^()]|\([^()]*\))*\)")
#: a first side that opens with arg max / arg min (argMax_{w,b}, \arg\max_\theta, \operatorname*{argmin}_w)
_AN_ESTIMATOR = patterns.compile(r"(?i)\\?(?:operatorname\*?\{)?arg\s*\\?(?:max|min)(?![a-z])")
#: a number or a sign alone: 0 = A = B names nothing
_A_NUMBER = patterns.compile(r"\s*[-+]?\s*\d+(?:\.\d+)?\s*")


def _seeming_role(text: str, first: str) -> str:
    """What a chain of no certain role seems to be, by its first side, for the refusal that lists it; never a reading.

    * a capital or calligraphic name (``R = Σ(ŷ − y)² = Σ r²``) the page also differentiates: the cost under a name of
      its own, maybe (logderiv reads J, L, ℓ, 𝓛 as the cost); a cost's name: its definition in a form not read; any
      other name (``X = …``, ``y_n = …``): a definition in a form not read as one;
    * an expression of the model's quantities (``log h_θ(x) = log(1/(1 + e^{−θᵀx})) = …``, ``‖Ax − b‖ = √(…)``): an
      identity, the expression rewritten, with no name defined and no derivative;
    * anything else (``0 = A = B``): no derivative logderiv recognises, as before.
    """
    default = "no derivative logderiv recognises"
    shown = first.strip().rstrip("&").strip()
    if not shown or _A_NUMBER.fullmatch(shown):
        return default
    if _CONDITIONAL_PROBABILITY.fullmatch(shown) is not None:
        # P(y=1|x;θ) = h_θ(x), p(C_1|φ) = σ(wᵀφ): notes of a probabilistic model state it so before they take the
        # negative log-likelihood as the cost (issue 10, fixchains39)
        return ("the probability of a label given the input, the model stated as its likelihood: no name logderiv "
                "reads, and no derivative")
    if _AN_ESTIMATOR.match(shown) is not None:
        # argMax_{w,b} L(w,b) = argMin_{w,b} −ln L(w,b): what the parameters are chosen by, said before the derivation
        return "the estimator stated, an arg max or arg min: an optimisation problem, no derivative"
    head = _HEAD.fullmatch(shown)
    if head is not None and head.group("name"):
        name = " ".join(head.group("name").split())
        if _normalised(name) in {_normalised(cost) for cost in _COST_NAMES}:
            return f"the cost {name}'s definition, or a chain opening with it, in a form not read as one"
        # ∂R/∂x, dR/da, \frac{\partial R}{…}: the page takes the derivative of a quantity named as costs are (a
        # capital, a calligraphic letter); y_n, a, h differentiated are the model's quantities, in a lemma
        differentiated = rf"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{{?\s*{re.escape(name)}(?![A-Za-z])"
        if re.match(r"[A-Z]|\\(?:mathcal|cal)(?![a-z])", name) and re.search(differentiated, text):
            return (f"a definition of {name}, rewritten, and the page differentiates {name}: the cost under a name of "
                    "its own? (logderiv reads J, L, ℓ or 𝓛 as the cost)")
        return f"a definition of {name}, or a chain opening with it, in a form not read as a definition"
    if _AN_EXPRESSION.search(shown) is not None and re.search(r"[A-Za-z]", shown) is not None:
        return (f"an identity: the expression {_shortened(shown, 40)} rewritten, no name defined and no derivative "
                "taken")
    return default


#: the tests of a chain's role, in order: the first that answers gives it; the last always answers (unknown)
_ROLE_TESTS: tuple[Callable[[str, list[Block], str], Role | None], ...] = (
    _spelled_delta, _a_cost_derivative, _a_cost_chain, _a_lemma, _a_named_derivative, _a_delta_quotient,
    _a_definition, _unknown)


#: a first side that is an operator alone, by one variable: \frac{\partial}{\partial \theta_j}, \frac{d}{dw} (the
#: function it differentiates left to the prose, "differentiating ℓ(θ) by θⱼ:"), and where it stands
_BARE_OPERATOR = patterns.compile(
    r"\\[dt]?frac\s*\{\s*(?P<op>\\partial|∂|d)\s*\}"
    r"\s*\{\s*(?:\\partial|∂|d)\s*(?P<by>\\?[A-Za-z]+(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?)\s*\}")


def bare_operators_named(text: str, where: _Where | None = None) -> tuple[str, list[str]]:
    """``text`` with each chain that opens with an operator alone by a parameter (``\\frac{\\partial}{\\partial
    \\theta_j} &= …``) written as the derivative of the page's one cost (``\\frac{∂\\ell}{∂\\theta_j}``, padded to
    the same length: lines and columns stay), and a note for each.

    The writer names the function in the prose ("ℓ(θ) 对 θ 求导"): read as a chain of no known role, the page was
    refused. Only where the page defines exactly one cost by its name (``\\ell(\\theta) = …``), the operator's variable
    is a parameter and the name fits in the operator's place; else ``text`` is left as it is. Left so too: a cost
    defined from another cost than the likelihood L (J = −ℓ/m beside ℓ = Σ …), and an operator whose prose just
    before it names another cost in its maths ("the derivative of $\\ell$:" beside J alone), or none beside L.
    """
    from .chains import log_of_a_likelihood

    where = where or (lambda line: f"line {line}")
    blocks = display_blocks(text)
    runs = _runs(text, blocks)
    defined = {_head_name(text, run): run for run in runs if _opens_with_the_cost(text, run)}
    # ℓ(θ) = log L(θ): a cost defined from another (the likelihood, one example's loss) is the one derived
    written = {name: _first_side(text, run) for name, run in defined.items()
               if not any(_uses(_normalised(_chain_text(text, other)), name)
                          for each, other in defined.items() if each != name)}
    if len(written) != 1:
        return text, []
    # the cost's name as the page writes it (\mathcal{L}, not the normalised \mathcalL)
    head = _HEAD.fullmatch(next(iter(written.values())).replace("&", " "))
    if head is None:
        return text, []
    cost = head.group("name").strip()
    picked = next(iter(written))
    if (set(defined) - {picked, "L"}
            or "L" in defined and picked != "L" and not log_of_a_likelihood(_raw_side(text, defined[picked], 1))):
        # J = −ℓ/m beside ℓ = Σ …: the lines read the first cost as the page's and J's line as a step of its
        # derivative, and a right ∂J/∂θⱼ was 'wrong at J's line'; only the likelihood L, set aside unchecked where
        # ℓ = log L (_likelihood_set_aside), is a source of the cost the lines read so (audit56)
        return text, []
    notes = []
    for run in runs:
        maths = text[run[0].maths[0]:run[0].maths[1]]
        bare = _without_environment(maths)
        equals = top_level(_bracketed(bare), "=")
        operator = _BARE_OPERATOR.fullmatch(bare[: equals[0]].replace("&", " ").strip()) if equals else None
        if operator is None or not _a_parameter("".join(operator.group("by").split())):
            continue
        said = _costs_named_before(text, blocks, run[0])
        if said - set(written) or not said and len(defined) > 1:
            # the prose names another function than the cost picked ("the derivative of the log-likelihood ℓ" beside
            # J = −ℓ/m, whose derivative is −1/m of ℓ's), or names none while the page defines costs from one
            # another: which one the operator differentiates is not said — left as it is, refused (audit56)
            continue
        # where it stands in the display as written (the environment and a tag before it kept)
        start = run[0].maths[0] + maths.index(operator.group(0))
        end = start + len(operator.group(0))
        symbol = "d" if operator.group("op") == "d" else "∂"
        named = f"\\frac{{{symbol}{cost}}}{{{symbol}{operator.group('by')}}}"
        if len(named) > end - start:
            continue
        text = text[:start] + named.ljust(end - start) + text[end:]
        line = _line(text, start)
        notes.append(f"{where(line)} opens with the operator {' '.join(operator.group(0).split())} alone, the function "
                     f"it differentiates left to the prose; the page defines one cost, {cost}: read as the derivative "
                     f"of {cost} by {operator.group('by')}")
    return text, notes


#: maths inline in prose: $…$ (not a display's $$) or \( … \)
_INLINE_MATHS = patterns.compile(r"(?<![$\\])\$(?!\$)(?P<dollars>[^$]+?)\$|\\\((?P<parens>.+?)\\\)")


def _costs_named_before(text: str, blocks: Sequence[Block], block: Block) -> set[str]:
    """The costs' names (``_COST_NAMES``, normalised) the prose between ``block`` and the display before it writes in
    its inline maths: "令 $\\ell(\\theta)$ 对 $\\theta$ 求导" names ℓ."""
    start = max((each.span[1] for each in blocks if each.span[1] <= block.span[0]), default=0)
    inline = [_normalised(match.group("dollars") or match.group("parens") or "")
              for match in _INLINE_MATHS.finditer(text, start, block.span[0])]
    return {_normalised(name) for name in _COST_NAMES if any(_uses(maths, _normalised(name)) for maths in inline)}


def chain_roles(text: str) -> list[Role]:
    """The role of every equation of notes ``text`` (a chain of one '=' or more), in the page's order."""
    return [chain_role(text, run) for run in _runs(text, display_blocks(text))
            if sum(_equals(text, block) for block in run)]


def chain_role(text: str, run: list[Block]) -> Role:
    """The role of one chain of ``text`` (:mod:`logderiv.notation.roles`), told by its first side."""
    first = " ".join(_first_side(text, run).split())
    for test in _ROLE_TESTS:
        role = test(text, run, first)
        if role is not None:
            return dataclasses.replace(role, span=(run[0].maths[0], run[-1].maths[1]))
    raise AssertionError("_unknown answers every chain")  # pragma: no cover


#: the variable under a first side's derivative: \frac{\partial ξ}{\partial y}, \frac{dL}{dz}, ∂L/∂a (spaces as written)
_DENOMINATOR = patterns.compile(
    r"\s*(?:\\d?frac\s*\{[^{}]*\}\s*\{\s*(?:\\partial|∂|d)\s*(?P<by>\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]\}?)?)\s*\}"
    r"|[^=/]*/\s*(?:∂|\\partial|d)\s*(?P<slash>[A-Za-z]))")
#: the name a Leibniz quotient differentiates: C of \frac{\partial C}{\partial b_0}, of ∂C/∂b₀
_NUMERATOR = patterns.compile(r"\s*(?:\\d?frac\s*\{\s*(?:\\partial|∂|d)\s*(?P<braced>[A-Za-z])\s*\}|(?:∂|\\partial)\s*(?P<slash>[A-Za-z])\s*/)")


def _of_an_undefined_name(text: str, first: str) -> str:
    """What a derivative of a one-letter name the page never defines (∂C/∂b₀, C nowhere '=') is, said; else ''.

    A notebook calls its RSS "a cost function" in words and differentiates C: which expression C is, the page
    does not write, so it is said rather than called "not the cost's"."""
    found = _NUMERATOR.match(first)
    name = (found.group("braced") or found.group("slash")) if found is not None else None
    if name is None or name in "JLE":
        return ""
    if re.search(rf"(?<![A-Za-z\\]){name}\s*(?:\([^()=]*\))?\s*:?=", text) is not None:
        return ""
    return (f"a derivative of {name}, a name the page never defines (no '{name} = …'): which cost {name} is, "
            "the page does not write")


#: a quotient of the word delta, as plain text types ∂ (or Δ): deltaRSS/deltab0, delta J / delta w
_SPELLED_DELTA = patterns.compile(r"\s*delta\s*(?P<of>[A-Za-z][A-Za-z0-9_]*)\s*/\s*delta\s*(?P<by>[A-Za-z][A-Za-z0-9_]*)\s*")
#: a chain's first side that names a derivative by Leibniz's d alone: da, dz, dw (Ng's course: da = dL/da)
_NAMED_DERIVATIVE = patterns.compile(r"\s*d[A-Za-z]\s*")
#: a quotient of δs, as a slide writes a derivative: \frac{\delta D}{\delta a}
_DELTA_QUOTIENT = patterns.compile(r"\s*\\d?frac\s*\{\s*\\delta\s*(?P<of>[^{}]*?)\s*\}\s*\{\s*\\delta\s*(?P<by>[^{}]*?)\s*\}")
#: the model's parameters, as a derivative's denominator names them (θⱼ, w_j, β, the intercept b)
_PARAMETER_LETTERS = frozenset({"theta", "w", "beta", "b", "omega", "θ", "β"})


def _a_parameter(variable: str) -> bool:
    """Whether a derivative's variable (``\\theta_j``, ``w``, ``b``) is a parameter of the model, its index aside."""
    return variable.lstrip("\\").split("_")[0] in _PARAMETER_LETTERS


def _head_name(text: str, run: list[Block]) -> str:
    """The name a chain's first side defines (``L`` of ``L(θ) = …``, ``\\ell`` of ``\\ell(\\theta) &= …``), else ''."""
    maths = _without_environment(_chain_text(text, run))
    equals = top_level(_bracketed(maths), "=")
    head = _HEAD.fullmatch(maths[: equals[0]].replace("&", " ")) if equals else None
    return _normalised(head.group("name")) if head is not None else ""


def _raw_side(text: str, run: list[Block], index: int) -> str:
    """A chain's side ``index`` (0 the first) as written, the align's ``&`` and row breaks dropped; '' past its end."""
    maths = _without_environment(_chain_text(text, run), closing=True)
    equals = top_level(_bracketed(maths), "=")
    bounds = [-1, *equals, len(maths)]
    if index + 1 >= len(bounds):
        return ""
    return _ROWS.sub(" ", maths[bounds[index] + 1: bounds[index + 1]]).replace("&", " ").strip()


def _cost_chain_before(text: str, chains: list[list[Block]]) -> tuple[list[Block], list[list[Block]]]:
    """A chain that defines the cost (``l(θ) = A = B``) just before the one derivation, and the other chains.

    Notes define the cost, rewrite it, and then derive it in a display of its
    own: the first chain is the cost's (no derivative in it, a cost's name on
    its left), read as the derivation's opening lines, where each rewrite is
    checked against the definition. Any other pair of chains is left to the refusal.

    A model's chain beside them (``f(x) = wx + b = b + wx``: only definitions, no derivative, no cost) is no third
    derivation: it is seen through here, the cost's chain and the one derivation sorted as without it, and left for
    :func:`_without_the_model_chains` to set aside as a definition the derivation uses (or refused there).
    """
    models = [run for run in chains if not _takes_a_derivative(text, run) and not _opens_with_the_cost(text, run)
              and _listed_definitions(text, run) is not None]
    rest = [run for run in chains if run not in models]
    if models and len(rest) == 2 and _opens_with_the_cost(text, rest[0]) and _takes_a_derivative(text, rest[1]) \
            and not _opens_with_the_cost(text, rest[1]):
        return rest[0], [run for run in chains if run is not rest[0]]
    if len(chains) != 2 or not _opens_with_the_cost(text, chains[0]) or _opens_with_the_cost(text, chains[1]):
        return [], chains
    return chains[0], chains[1:]


#: the gradient's own sign: ∇J (the whole gradient) beside ∂J/∂θ_k is read by k, not as a derivative of its own
_NABLA = patterns.compile(r"\\nabla(?![A-Za-z])|\\(?:big)?triangledown(?![A-Za-z])|∇")
#: a derivative by a component of a letter index (∂J/∂θ_j, ∂J/∂θ_k): two of them are one component named twice, not two
_BY_A_LETTER_INDEX = patterns.compile(r"(?:\\partial|∂)\s*\\?[A-Za-z]+\s*_\s*\{?\s*[A-Za-z](?![A-Za-z])")


def _cost_chain_beside_answers(text: str, runs: list[list[Block]], opening: list[Block],
                               chains: list[list[Block]]) -> list[list[Block]]:
    """The cost's chain (``MSE = A = B``) the only chain of several '=', beside displays of one '=' each deriving the
    cost by a parameter of its own (``∂MSE/∂β₀ = …``, then ``∂MSE/∂β₁ = …``): the cost's chain and those displays.

    Read as it was, the cost's chain was the derivation and every display after it went on with it, so the
    derivative by β₁ was compared with the answer by β₀ and a right page was judged wrong at its second
    derivative. Returned so, read_page sorts them as it sorts ``J(w, b) = … = …``, then ``∂J/∂w = …``, then
    ``∂J/∂b = …``: the cost's chain opens each derivation, each derivative checked on its own. Only displays by
    two parameters or more (one restated among them is checked again, on its own; '= 0' after one is its first-order
    condition), each a name or a numbered component (β₀, β₁, w, b), none the whole gradient (∂J/∂θ_k then
    ∇J is read by k, as before) nor a component of a letter index (∂J/∂θ_k beside ∂J/∂θ_j is refused, as before);
    anything else is left as it was (``chains``).
    """
    if opening or len(chains) != 1 or _takes_a_derivative(text, chains[0]) \
            or not _opens_with_the_cost(text, chains[0]):
        return chains
    answers = [run for run in _answer_displays(text, runs) if run is not chains[0]
               and sum(_equals(text, block) for block in run) == 1]
    # a derivative restated among them (∂J/∂w, ∂J/∂b, ∂J/∂w again) is one more derivation, checked as a TA checks both
    # routes; wanting every left side distinct left that page to the old way, ∂J/∂b compared with the answer by w and
    # a right page wrong at it (audchain34). One derivative alone, restated, is left as it was
    if len(answers) < 2 or len({_sides(text, run)[0] for run in answers}) < 2 \
            or not _each_by_its_own_parameter(text, answers) \
            or any(_NABLA.search(_first_side(text, run)) or _BY_A_LETTER_INDEX.search(_first_side(text, run))
                   for run in answers):
        # ∂J/∂θ_k, then ∇J(θ): the component, then the whole gradient, is read its own way (by k)
        return chains
    return sorted([chains[0], *answers], key=lambda run: run[0].span[0])


def _restated_chains_joined(text: str, chains: list[list[Block]]) -> tuple[list[list[Block]], list[tuple[Block, Block]]]:
    """Chains that go on from one another joined: ``A = B`` then, in a later display, ``B = C`` (B restated).

    The writer restates the last side to go on from it, so the two are one
    derivation and the restated side is a step equal to itself. Only a side
    written identically (spaces and grouping braces aside) joins, and only onto a
    chain that opens with a derivative (a model's chain is no derivation to go
    on with); a chain that opens with the same derivative again may derive another cost. Also returns
    each join: the chain's first block, and the first block of the chain it goes on from.
    """
    joined: list[list[Block]] = []
    joins = []
    for chain in chains:
        if joined and _takes_a_derivative(text, joined[-1]) and (
                _sides(text, joined[-1])[1] == _sides(text, chain)[0] != ""
                or _restates_the_derivative(text, joined[-1], chain)
                or _restated_in_its_first_row(text, joined[-1], chain)):
            joins.append((chain[0], joined[-1][0]))
            joined[-1] = joined[-1] + chain
        else:
            joined.append(chain)
    return joined, joins


def _restates_the_derivative(text: str, earlier: list[Block], later: list[Block]) -> bool:
    """Whether ``later`` opens ``D = B`` with ``earlier``'s derivative D and last side B (``D = A = B``): it goes on.

    Raschka's second display restates ∂E/∂w_j and the first display's result, then expands it: one derivation.
    """
    first, last = _sides(text, earlier)
    if not first or not last or _second_side(text, earlier) == last:
        return False  # D = G = G, then D = G = …: the derivation written again, not gone on from
    return _sides(text, later)[0] == first and _second_side(text, later) == last


#: a row break of an align: \\, or \newline (Jekyll posts, whose Markdown renderer eats a backslash of \\)
_ROWS = patterns.compile(r"\\\\|\\newline(?![A-Za-z])")


def _restated_in_its_first_row(text: str, earlier: list[Block], later: list[Block]) -> bool:
    """Whether ``later``'s first row is ``D = B``, ``earlier``'s derivative D and last side B, and more rows follow.

    A Jekyll post derives ∂J/∂θⱼ = … = (1/m) x⃗ⱼᵀ(Xθ − y⃗), then sums up in a display of its own, "即":
    ∂J/∂θⱼ = (1/m) x⃗ⱼᵀ(Xθ − y⃗) on its first row and ∇J = (1/m) Xᵀ(Xθ − y⃗) on the next. The first row restates
    where the derivation ended; the next row, the whole gradient ∇J, goes on from there: one derivation.
    """
    first, last = _sides(text, earlier)
    if not first or not last:
        return False
    maths = _without_environment(_chain_text(text, later), closing=True)
    cuts = [match.span() for match in _ROWS.finditer(maths) if _depth(maths, match.start()) == 0]
    if not cuts:
        return False
    row, rest = maths[: cuts[0][0]], maths[cuts[0][1]:]
    equals, going_on = top_level(_bracketed(row), "="), top_level(_bracketed(rest), "=")
    if len(equals) != 1 or not going_on or _GRADIENT_NAME.fullmatch(
            _ROWS.sub(" ", rest[: going_on[0]]).replace("&", " ").replace("\\;", " ")) is None:
        return False  # the next row names the whole gradient (∇J = …): a chain going on (&= …) is left as it was
    left = row[: equals[0]].replace("&", " ")
    right = row[equals[0] + 1:].replace("&", " ").strip().rstrip(".,;\\").strip()
    return _normalised(left) == first and _normalised(right) == last


def _second_side(text: str, run: list[Block]) -> str | None:
    """A run's chain's second side, normalised (None with fewer than two '=')."""
    maths = _without_environment(_chain_text(text, run), closing=True)
    equals = top_level(_bracketed(maths), "=")
    if len(equals) < 2:
        return None
    return _normalised(maths[equals[0] + 1: equals[1]].replace("&", " ").strip().rstrip(".,;\\").strip())


#: the cost's derivative by a parameter: ∇_w J, ∇J(θ), ∂J/∂θ_j, \frac{\partial L(w)}{\partial w_j}, ∂E/∂w_j —
#: the cost's name with no example's subscript (J_i, L_n are one example's), the variable a parameter
_COST_LETTER = vocab.cost_name_pattern("J", "L", "E", "\\ell", "\\mathcal{J}", "\\mathcal{L}",
                                      before=r"(?:(?<![A-Za-z\\])|(?<=(?<![A-Za-z\\])d))", letter_after=r"(?![A-Za-z])",
                                      ell_after=r"(?![A-Za-z])", after=r"(?!\s*_)")
_BY_PARAMETER = rf"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{{?\s*{PARAMETER_ARGUMENT}(?![A-Za-z])"
_GRADIENT_OF_COST = patterns.compile(
    rf"(?:\\nabla|\\(?:big)?triangledown(?![A-Za-z])|∇)\s*(?:_\s*\{{?\s*{PARAMETER_ARGUMENT}\s*\}}?)?\s*{_COST_LETTER}"
    rf"|\\frac\s*\{{\s*(?:\\partial|∂|d)\s*{_COST_LETTER}[^{{}}]*(?:\([^{{}}]*\))?\s*\}}\s*\{{\s*{_BY_PARAMETER}"
    # the operator written first, \frac{\partial}{\partial \theta_j} J(\theta): the same derivative (a chain
    # opening so beside ∂J/∂θ₁ = … was set aside as a lemma, and the other derivation alone was checked)
    rf"|\\frac\s*\{{\s*(?:\\partial|∂|d)\s*\}}\s*\{{\s*{_BY_PARAMETER}(?:[^{{}}]|\{{[^{{}}]*\}})*\}}\s*{_COST_LETTER}")


#: the cost's letter where a text differentiates it (∂J, ∇_θ J(θ), \mathcal{L})
_COST_LETTER_FOUND = patterns.compile(_COST_LETTER)
#: the entry of θ a partial derivative is by, at the end of its denominator: {\partial \theta_1}, {\partial w_{j}}
_ENTRY_INDEX = patterns.compile(r"_\s*\{?\s*(?P<index>[0-9a-z])\s*\}?\s*\}\s*$")
#: one entry of the gradient's column: ∂J/∂θ₀, \frac{\partial J(\theta)}{\partial \theta_n}, or the dots between
_PARTIAL_ENTRY = patterns.compile(
    rf"\s*(?:\\frac\s*\{{\s*(?:\\partial|∂)\s*{_COST_LETTER}\s*(?:\([^(){{}}]*\))?\s*\}}\s*"
    rf"\{{\s*(?:\\partial|∂)\s*{PARAMETER_ARGUMENT}\s*_\s*\{{?\s*[0-9a-z]\s*\}}?\s*\}}|\\[vcd]?dots)\s*")


def _each_by_its_own_parameter(text: str, chains: list[list[Block]]) -> bool:
    """Whether every chain opens with a derivative of the cost (∂J/∂w, ∂J/∂b, or ∂J/∂θⱼ twice): each is checked.

    Notes derive the gradient by each parameter in turn; a TA checks each. A page may also derive one
    derivative twice (by two routes, or restating it): a TA checks both routes, each against the cost, and
    marks the earliest slip, so the caller does so too (issue 10). A lemma or a model's chain among them is
    left to the refusal, and so are chains read with different costs (the caller refuses those).
    """
    return all(_derives_the_gradient(text, run) or _takes_a_derivative(text, run) and (
                   _derives_the_cost(text, run) or of_the_cost_by_a_parameter(_first_side(text, run)))
               for run in chains)


def _without_the_model_chains(text: str, chains: list[list[Block]], rewrites: bool = True, costs: str = ""
                              ) -> tuple[list[list[Block]], list[list[Block]], list[tuple[int, int, str]]]:
    """The chains but those that only define the model's names (ŷ = σ(z) = 1/(1 + e^{−z})), beside derivations of the
    cost by a parameter each (∂J/∂w, ∂J/∂b), those set aside, and the rewrites to check of the names among them no
    derivation writes (:func:`_unused_rewrite`); else the chains as they were, and none.

    Notes state their model and rewrite it, then derive the cost by each parameter: the model's chain is no
    derivation, so "which one is checked?" was asked of a page with one answer per parameter (issue 10). Each
    derivation is then read alone, the model's chain beside it a definition its lines use, as a page of one
    derivation reads it (each read alone leaves one derivation and the model's chain: set aside the same way).
    Only a chain that defines a name the derivations use, no derivative in it and no cost on its left, and only
    where every other chain is a derivative of the cost by a parameter.

    A chain that defines a name no derivation writes and rewrites it (``NLL(w) = A = B`` beside ``d𝓛/dw = …``) is no
    step of a derivation either, but its rewrites may hold the page's slip: with ``rewrites`` on it is set aside too,
    its sides after the name returned to be checked as a chain of their own (:attr:`Page.rewrites`, wrong at its line);
    with ``rewrites`` off, or a side not read so, it is left to the refusal. So is a model's chain of one display
    (``p = σ(wx + b) = 1/(1 + e^{−(wx + b)})``) whose names no derivation writes: a rewrite checked so, not a --let.

    ``costs``: the displays that define or rewrite the cost beside the chains (``Loss = (1/n)Σ e_i²``): a name they
    write is the derivations' too, which derive that cost (a README's second derivation, written out, was left
    beside e_i = ŷ_i − y_i = (wX_i + b − y_i) with "which one is checked?", cold34).
    """
    # each chain's name looked for in every other chain (a name one chain defines and another writes is used)
    unused = {id(run): _unused_rewrite(text, run, " ".join(_chain_text(text, other) for other in chains
                                                            if other is not run))
              for run in chains} if rewrites else {}
    models = [run for run in chains if not _takes_a_derivative(text, run) and not _opens_with_the_cost(text, run)
              and (_listed_definitions(text, run) is not None or unused.get(id(run)) is not None)]
    rest = [run for run in chains if run not in models]
    if not models or not rest or not (_each_by_its_own_parameter(text, rest) or _the_defined_function_differentiated(
            text, rest, models)):
        return chains, [], []
    written = " ".join([*(_chain_text(text, run) for run in rest), costs])
    # a listed definition the derivations use is read as --let (its rewrite compared there); one whose name they never
    # write (p = σ(wx + b) = 1/(1 + e^{−(wx + b)}) beside ∂J/∂w, ∂J/∂b of a squared error) is a rewrite of its own,
    # checked as NLL(w) = A = B is: left to the refusal, its rewrite went unread and the page unjudged
    used = [run for run in models if _listed_definitions(text, run) is not None and _lists_what_it_uses(text, run, written)]
    if not all(run in used or unused.get(id(run)) is not None for run in models):
        return chains, [], []  # a chain defining what no derivation uses: a rewrite of something else, left to the refusal
    return rest, models, [found for run in models if run not in used and (found := unused.get(id(run))) is not None]


def _the_defined_function_differentiated(text: str, rest: list[list[Block]], models: list[list[Block]]) -> bool:
    """Whether ``rest`` is one chain that opens with the derivative of a function one of ``models`` defines and
    rewrites (``σ(z) = 1/(1 + e^{−z}) = e^z/(1 + e^z)``, then ``\\frac{d}{dz}σ(z) = …`` or ``dσ/dz = …``): a page
    that differentiates that function itself, no cost on it (cold39's σ′ pages), its definition's chain no
    derivation of its own."""
    if len(rest) != 1 or not _takes_a_derivative(text, rest[0]) or _opens_with_the_cost(text, rest[0]):
        return False
    first = " ".join(_first_side(text, rest[0]).split())
    for run in models:
        role = chain_role(text, run)
        if not isinstance(role, DefinitionRole) or not role.head.strip():
            continue
        head = re.escape(role.head.strip())
        if re.fullmatch(rf"\\frac\s*\{{\s*d\s*{head}\s*\}}\s*\{{\s*d\s*[a-z]\s*\}}"
                        rf"|\\frac\s*\{{\s*d\s*\}}\s*\{{\s*d\s*[a-z]\s*\}}\s*{head}\s*(?:\(\s*[a-z]\s*\))?",
                        first) is not None:
            return True
    return False


def _unused_rewrite(text: str, run: list[Block], written: str) -> tuple[int, int, str] | None:
    """The span of the sides after the name (A = B) of a chain ``NAME = A = B`` in one display that defines a name
    ``written`` (the derivations' text) nowhere writes, and the name as written; None for any other chain.

    The name is told as the chain's role tells it (``NLL`` of ``NLL(w) &= …``, a word of capitals too); a side that
    is a bare name of its own (``q = a = wx``) names that too, no rewrite, and a derivative in it makes it no
    definition: both None.
    """
    if len(run) != 1 or _takes_a_derivative(text, run) or _opens_with_the_cost(text, run):
        return None
    role = chain_role(text, run)
    if not isinstance(role, DefinitionRole):
        return None
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"\\[A-Za-z]+", " ", role.head))
    if not words or any(re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", written) for word in words):
        return None  # a name the derivations may write (y of \hat{y}, R of \mathcal{R}): a definition of theirs
    start, end = _without_environment_marks(text, run[0].maths)
    maths = text[start:end]
    equals = top_level(_bracketed(maths), "=")
    if len(equals) < 2 or any(_a_bare_name(maths[before + 1:after].replace("&", " ").replace("\\\\", " "))
                              for before, after in zip(equals, [*equals[1:], len(maths)])):
        return None
    while end > start and text[end - 1] in " \t\n.,;":
        end -= 1  # the sentence's full stop after the last side is no part of it
    return start + equals[0] + 1, end, role.head


def _with_rows_by_another_variable(text: str, runs: list[list[Block]], chains: list[list[Block]]) -> list[list[Block]]:
    r"""The chains, and each row of one '=' beside a chain in its display that derives the cost by another variable.

    ``\frac{∂J}{∂w} &= A \\ &= B \\ \frac{∂J}{∂b} &= C``: the last row is a derivation of its own, no
    conclusion of the ∂J/∂w chain; left a step of it, its right C "did not follow" from B and a right page was
    called wrong (issue 10). A row restating the chain's own derivative stays its conclusion, as before. A display
    of its own beside the chain is read so too (audit52: ∂J/∂b = … after the ∂J/∂w chain was its next step, called
    wrong; before it, the ∂J/∂w chain ending wrong was read as continuing it, and the page 'ended at the gradient').
    """
    if not chains:
        return chains
    added = []
    for before, after in zip(runs, runs[1:]):
        for chain, row in ((before, after), (after, before)):
            if (chain in chains and row not in chains and row not in added and len(row) == 1
                    and (row[0].display is not None and row[0].display == chain[-1].display
                         or row[0].display is None and not row[0].inline)
                    and _equals(text, row[0]) == 1):
                by, chain_by = cost_derivative_by(_first_side(text, row)), cost_derivative_by(_first_side(text, chain))
                if by is not None and chain_by is not None and by != chain_by:
                    added.append(row)
    return sorted([*chains, *added], key=lambda run: run[0].span) if added else chains


#: a parameter numbered by a general index (θ_j, w_{j}) or by a number (θ_0, θ_{1}): its letter and its index
_INDEXED_BY = patterns.compile(r"(?P<letter>\\?[A-Za-z]+)_\{?(?P<index>[0-9]|[ijkl])\}?")


def _components_after(text: str, runs: list[list[Block]], chains: list[list[Block]]) -> list[list[Block]]:
    """After one chain deriving the cost by θⱼ (a general index), the displays of one '=' each deriving it by a
    numbered component of the same letter (∂J/∂θ₀ = …, ∂J/∂θ₁ = …), two or more, each a different one; else [].

    Ng-style notes derive ∂J/∂θⱼ in general, then state "the gradient is" by each of θ₀, θ₁: each a derivation of
    its own (checked against the cost), never a step of the general chain (θ₀ is no rewrite of θⱼ's last side).
    """
    if len(chains) != 1 or not _derives_the_cost(text, chains[0]):
        return []
    general = _INDEXED_BY.fullmatch(cost_derivative_by(_first_side(text, chains[0])) or "")
    if general is None or general["index"].isdigit():
        return []
    later = [run for run in runs if run[0].span[0] > chains[0][-1].span[1]
             and sum(_equals(text, block) for block in run) == 1 and _derives_the_cost(text, run)]
    found = [_INDEXED_BY.fullmatch(cost_derivative_by(_first_side(text, run)) or "") for run in later]
    numbered = [each["index"] for each in found if each is not None and each["letter"] == general["letter"]
                and each["index"].isdigit()]
    if len(later) < 2 or len(numbered) != len(later) or len(set(numbered)) != len(numbered):
        return []
    return later


def _first_side(text: str, run: list[Block]) -> str:
    """A run's first side as written (``dL/dw`` of ``dL/dw = dL/dyHat * dyHat/dw = …``), empty with no '='."""
    maths = _without_environment(_chain_text(text, run), closing=True)
    equals = top_level(_bracketed(maths), "=")
    return maths[: equals[0]].replace("&", " ") if equals else ""


def _derives_the_gradient(text: str, run: list[Block]) -> bool:
    """Whether a chain opens with the cost's derivative by a parameter (``∇_w J = …``): THE derivation of the gradient."""
    maths = _without_environment(_chain_text(text, run), closing=True)
    equals = top_level(_bracketed(maths), "=")
    return bool(equals) and _GRADIENT_OF_COST.search(maths[: equals[0]]) is not None


def _the_gradient_chain(text: str, chains: list[list[Block]], where: _Where) -> tuple[list[list[Block]], list[list[Block]]]:
    """Of several chains, the one that derives the gradient, and the others (lemmas, definitions) set aside.

    A note derives ``dJ_i/dz_i = … = p_i − y_i`` and only then ``∇_w J = Σ … = Σ(p_i − y_i)x_i``: the
    last opens with the cost's derivative by a parameter, the others do not, so it is the derivation,
    read with a note naming each other chain as not read. Two such chains (two derivations of the
    gradient), a chain opening with the cost itself (its own statement, read by ``_cost_chain_before``),
    a chain set aside that defines a name the derivation uses, or one that opens with no derivative
    (a model's rewrite, a chain of sums that may go on with the derivation) is left to the refusals.
    """
    gradients = [run for run in chains if _derives_the_gradient(text, run)]
    if len(chains) < 2 or len(gradients) != 1:
        return chains, []
    derivation = gradients[0]
    others = [run for run in chains if run is not derivation]
    if any(_opens_with_the_cost(text, run) for run in others):
        return chains, []
    if any(of_the_cost_by_a_parameter(_first_side(text, run)) for run in others):
        # ∂J/∂w = …, then ∂J/∂b = … (b is no parameter vector, so that chain is no "gradient" here): a derivative
        # of the cost too, never a lemma — set aside unread, a slip in it passed as "every step holds"
        return chains, []
    written = _chain_text(text, derivation)
    for run in others:
        maths = _without_environment(_chain_text(text, run))
        equals = top_level(_bracketed(maths), "=")
        head = _HEAD.fullmatch(maths[: equals[0]].replace("&", " ")) if equals else None  # NAME(args) = …
        name = _normalised(head.group("head")) if head is not None else ""
        if head is not None and _normalised(head.group("name")) in _COST_NAMES:
            return chains, []  # J(θ) = … = …: the cost's own statement, whose rewrites are steps too
        # the name looked for as written and normalised (\thetaJ(θ) hides J once the spaces are dropped)
        if head is not None and (_uses(_normalised(written), name) or _uses(written, name)) \
                and _listed_definitions(text, run) is None:
            offset = _first_character(text, run[0].maths)
            raise InputError(
                f"{where(_line(text, offset))} defines {_normalised(head.group('head'))} in a chain of '=' beside the "
                f"derivation of the gradient ({where(_line(text, derivation[0].maths[0]))}), which uses it: logderiv "
                "reads a definition beside a derivation only as one 'NAME = value'",
                source=text, column=offset, line=_line(text, offset), label="FILE",
                hint="write the definition the derivation uses as one 'NAME = value', or give it with --let",
            )
    if not all(_takes_a_derivative(text, run) or _lists_what_it_uses(text, run, written) for run in others):
        return chains, []  # a model's rewrite, a chain of sums: not clearly a lemma, so not set aside
    return [derivation], others


#: what parts definitions listed in one display: a comma, then TeX's wide space (z_i = …, \qquad p_i = …), and the
#: word that may join them there (σ(zᵢ) = 1/(1 + e^{−zᵢ}), \quad \text{where } zᵢ = βᵀxᵢ: a second definition, not
#: the chain going on)
_LIST_SEPARATOR = patterns.compile(r",\s*\\q?quad(?![A-Za-z])"
                                   r"(?:\s*\\(?:text|mbox|mathrm)\s*\{\s*(?:where|with|and)\s*\}(?:\s*\\q?quad(?![A-Za-z]))?)?")


def _listed_definitions(text: str, run: list[Block]) -> list[tuple[int, int]] | None:
    """The spans of the definitions a one-block chain only lists (``z_i = w^T x_i + b, \\qquad p_i = σ(z_i) = …``).

    Notes open with their model's names defined side by side, one display: every part a name, ``=``
    and its value (a chain ``p_i = σ(z_i) = 1/(1 + e^{−z_i})`` restating it, whose sides the --let
    reading shows equal or refuses). None when a part is anything else (a lemma, a rewrite of the cost).
    """
    if len(run) != 1:
        return None
    # \begin{align*} h_θ = Σⱼ θⱼxⱼ = θᵀx \end{align*}: the environment around the list is layout; left, the name
    # read as '\begin{align*} h_θ' and a model's chain beside the derivation was refused (cold30)
    begin, end = _inside_environment(text, run[0].maths)
    maths = text[begin:end]
    cuts = [match.span() for match in _LIST_SEPARATOR.finditer(maths) if _depth(maths, match.start()) == 0]
    spans, start = [], 0
    for cut_start, cut_end in [*cuts, (len(maths), len(maths))]:
        spans.append((begin + start, begin + cut_start))
        start = cut_end
    found = [_definition(text, span, chain=True) for span in spans]
    if any(definition is None or definition.head in _COST_NAMES for definition in found):
        return None
    return spans


def _lists_what_it_uses(text: str, run: list[Block], written: str) -> bool:
    """Whether a run only lists definitions and the derivation (``written``) uses a name it defines.

    A chain of definitions the derivation never uses (h(x) = θᵀx = xᵀθ beside ∂J/∂θⱼ = …) is a model's
    rewrite, left to the refusal of two chains, as before.
    """
    spans = _listed_definitions(text, run)
    # each listed span is a definition (_listed_definitions asked)
    definitions = [definition for span in spans or () if (definition := _definition(text, span, chain=True)) is not None]
    heads = [definition.head for definition in definitions]
    heads += [name for definition in definitions for name in _middle_names(definition)]
    return any(_uses(_normalised(written), head) or _uses(written, head) for head in heads)


def _depth(maths: str, offset: int) -> int:
    """How many brackets are open at ``offset`` of ``maths`` (TeX's escaped braces counted as brackets)."""
    bracketed = _bracketed(maths[:offset])
    return sum(bracketed.count(opening) for opening in "([{") - sum(bracketed.count(closing) for closing in ")]}")


def _chain_text(text: str, run: list[Block]) -> str:
    """The maths of a run's blocks, one after another."""
    return " ".join(text[block.maths[0]:block.maths[1]] for block in run)


def _takes_a_derivative(text: str, run: list[Block]) -> bool:
    """Whether a run's first side holds a derivative (``\\frac{\\partial J}{\\partial w} = …``)."""
    maths = text[run[0].maths[0]:run[0].maths[1]]
    equals = top_level(_bracketed(maths), "=")
    return bool(equals and _DERIVATIVE.search(maths[: equals[0]]))


def _sides(text: str, run: list[Block]) -> tuple[str, str]:
    """The first and the last side of a run's chain, normalised (empty when there is no '=')."""
    maths = " ".join(text[block.maths[0]:block.maths[1]] for block in run)
    maths = _without_environment(maths, closing=True)
    equals = top_level(_bracketed(maths), "=")
    if not equals:
        return "", ""
    first = maths[: equals[0]].replace("&", " ")
    last = maths[equals[-1] + 1:].replace("&", " ").strip().rstrip(".,;\\").strip()
    return _normalised(first), _normalised(last)


def _opens_with_the_cost(text: str, run: list[Block]) -> bool:
    """Whether a run defines the cost: ``J(θ) = …`` (a cost's name left of its first '='), no derivative in it."""
    maths = " ".join(text[block.maths[0]:block.maths[1]] for block in run)
    maths = _without_environment(maths)
    equals = top_level(_bracketed(maths), "=")
    # an aligned row's '&' before its '=' (J(\theta) &= …) is layout, not part of the name
    head = _HEAD.fullmatch(maths[: equals[0]].replace("&", " ")) if equals else None
    return (head is not None and _normalised(head.group("name")) in _COST_NAMES
            and not _DERIVATIVE.search(maths))


#: an example's mark closing a left side: ^{(i)}, ^{(n)}
_EXAMPLE_MARK_AT_END = patterns.compile(r"\^\s*\{\s*\(\s*[in]\s*\)\s*\}\s*$")


def _refuse_a_cost_chain_of_another_name(text: str, chains: list[list[Block]], where: _Where) -> None:
    """Refuse, saying why, a cost's chain under a name logderiv does not read as the cost: E(w) = … = …, then ∂E/∂w_k.

    Bishop's notes call the cost E (the error), a textbook SSR(b); the chain defining it is then no derivation of
    its own, but read as one it left only "which one is checked?". Two chains, the first defining a name with no
    derivative and the second differentiating that name, are said to be so.
    """
    if len(chains) != 2 or _takes_a_derivative(text, chains[0]) or _opens_with_the_cost(text, chains[0]):
        return
    maths = _without_environment(_chain_text(text, chains[0]))
    equals = top_level(_bracketed(maths), "=")
    left = maths[: equals[0]].replace("&", " ") if equals else ""
    example = _EXAMPLE_MARK_AT_END.search(left)  # \ell^{(i)}: one example's
    head = _HEAD.fullmatch(left[: example.start()] if example else left) if equals else None
    if head is None or not _takes_a_derivative(text, chains[1]):
        return
    name = _normalised(head.group("head"))
    derivative = _sides(text, chains[1])[0]
    differentiated = re.search(rf"(?:\\partial|∂|d|\\nabla|∇|\\(?:big)?triangledown)\s*\{{?\s*{re.escape(name)}"
                               r"(?P<example>\s*_\s*(?:\{\s*[in]\s*\}|[in]))?(?![A-Za-z])", derivative)
    if differentiated is None:
        return
    raw = _chain_text(text, chains[0])
    offset = chains[0][0].maths[0] + len(raw) - len(maths) + len(left) - len(left.lstrip())  # the name itself
    written = name + (_normalised(example.group()) if example else "")
    term = differentiated.group("example")
    if term and not example:
        # Bishop's E(w) = −Σₙ{tₙ ln yₙ + …}, then ∇Eₙ(w) = ∂Eₙ/∂yₙ · ∂yₙ/∂aₙ · ∇aₙ = … (cold36's Korean PRML notes):
        # the chain differentiated is one example's term Eₙ, not the cost E the first chain defines
        one = name + "_" + term.split("_", 1)[1].strip(" {}")
        raise InputError(
            f"{where(_line(text, offset))} defines {written} and rewrites it, and "
            f"{where(_line(text, chains[1][0].maths[0]))} differentiates {one}, one example's term of it, not {written} "
            f"itself: a cost's chain is read under the cost's names J, L, ℓ or 𝓛 only, and logderiv checks a "
            "derivation of the whole cost, so these are two chains of '=' and neither is known to be the derivation",
            source=text, column=offset, line=_line(text, offset), label="FILE",
            hint=f"derive the whole cost's gradient (the sum of the examples' ∇{one}, written out) under the name J, "
                 f"or check the one example's chain on its own with --cost set to {one}'s definition")
    raise InputError(
        f"{where(_line(text, offset))} defines {written} and rewrites it, and "
        f"{where(_line(text, chains[1][0].maths[0]))} differentiates it: a cost's chain is read under the "
        f"cost's names J, L, ℓ or 𝓛 only{', not one example' + chr(39) + 's' if example else ''}, so these are two "
        "chains of '=' and neither is known to be the derivation",
        source=text, column=offset, line=_line(text, offset), label="FILE",
        hint=("define the whole cost, summed over the examples, or leave this definition out and give the cost with "
              "--cost") if example else
        f"name the cost J (J(w) = … for {written}), or leave its definition out and give the cost with --cost")


def _refuse_a_second_cost(text: str, opening: list[Block], costs: list[Block], where: _Where) -> None:
    """Refuse a cost defined beside the cost's chain under another name: ℓ(θ) = log L(θ) = Σ …, then J(θ) = −(1/m) Σ ….

    A Jekyll post defines the log-likelihood and then the loss J; read together, J's definition became a step
    of the derivation of ℓ. Which of the two the derivation derives is the writer's to say.
    """
    maths = _without_environment(_chain_text(text, opening))
    equals = top_level(_bracketed(maths), "=")
    chained = _HEAD.fullmatch(maths[: equals[0]].replace("&", " ")) if equals else None
    for block in costs:
        found = _definition(text, block.maths)
        if chained is not None and found is not None and found.head != _normalised(chained.group("head")):
            offset = _first_character(text, block.maths)
            raise InputError(
                f"the notes define two costs, {_normalised(chained.group('head'))} "
                f"({where(_line(text, _first_character(text, opening[0].maths)))}) and "
                f"{found.head} ({where(_line(text, offset))}); which one does the derivation derive?",
                source=text, column=offset, line=_line(text, offset), label="FILE",
                hint="leave the definition of the cost the derivation derives, or give the cost with --cost")


def _refuse_costs_of_two_names(text: str, costs: list[Block], where: _Where) -> None:
    """Refuse costs of two names still read as the derivation's first lines: ℓ(θ) = Σ …, then J(θ) = −ℓ(θ)/m.

    Read so, J's definition is a step after ℓ's (J(θ) checked as ∂ℓ/∂θⱼ) and a right ∂J/∂θⱼ = (1/m)Σ(h − y)x was
    'wrong at J's line' (audit56): which cost the derivation derives, and that one is defined from the other,
    is not read — the writer's to say, as beside a cost's chain (:func:`_refuse_a_second_cost`).
    """
    found = [(block, head) for block in costs if (head := _definition(text, block.maths)) is not None]
    if len({head.head for _, head in found}) < 2:
        return
    (first, one), (block, other) = found[0], next((each, head) for each, head in found if head.head != found[0][1].head)
    offset = _first_character(text, block.maths)
    raise InputError(
        f"the notes define two costs, {one.head} ({where(_line(text, _first_character(text, first.maths)))}) and "
        f"{other.head} ({where(_line(text, offset))}); which one does the derivation derive?",
        source=text, column=offset, line=_line(text, offset), label="FILE",
        hint="leave the definition of the cost the derivation derives, or give the cost with --cost")


#: the names of a log-likelihood, maximised, as a cost's display writes them (normalised: no spaces or braces)
_LOG_LIKELIHOOD_HEADS = frozenset({"\\ell", "l"})


def _refuse_a_prose_cost_of_another_name(text: str, blocks: list[Block], costs: list[Block], derivation: list[Block],
                                         where: _Where) -> None:
    r"""Refuse a derivation of a cost the prose defines by another name than the displayed cost: ℓ(θ) = Σ …, then
    "the cost is $J(\theta) = -\frac{1}{m}\ell(\theta)$" and ∂J/∂θⱼ = ….

    Only a display defining the cost was read (a prose cost is looked for where none is), and the derivation's
    ∂J was read as the derivative of ℓ: a right ∂J/∂θⱼ = −(1/m)∂ℓ/∂θⱼ was 'wrong' (audit25c). The displayed cost and
    the one the derivation names are two: which it derives, and that one is defined from the other, is the
    writer's to say, as with two displayed costs (:func:`_refuse_costs_of_two_names`).
    """
    heads = {re.sub(r"[\s{}]", "", head.head) for block in costs
             if (head := _definition(text, _inside_environment(text, block.maths))) is not None}
    if not heads:
        return
    subject = _DIFFERENTIATED.search(_first_side(text, derivation))
    if subject is None:
        return
    derived = re.sub(r"[\s{}]", "", next(group for group in subject.groups() if group))
    if derived in heads:
        return
    for span in _inline_spans(text, blocks):
        definition = _definition(text, span, chain=True)
        if definition is None or definition.head not in _COST_NAMES \
                or re.sub(r"[\s{}]", "", definition.head) != derived:
            continue
        displayed = _first_character(text, costs[0].maths)
        raise InputError(
            f"the notes define two costs, {', '.join(sorted(heads))} ({where(_line(text, displayed))}) and "
            f"{definition.head} ({where(_line(text, definition.offset))}, in the prose), and the derivation "
            f"({where(_line(text, derivation[0].maths[0]))}) differentiates {definition.head}: which one does it "
            "derive, the displayed cost or the one the prose defines?",
            source=text, column=definition.offset, line=_line(text, definition.offset), label="FILE",
            hint=f"write {definition.head}'s definition out in full as the cost (a display, or --cost), or leave "
                 "one definition of the cost in the notes")
    if heads <= _LOG_LIKELIHOOD_HEADS and derived in _COST_NAMES:
        # ℓ(θ) = Σ[y log h + …] displayed, "we minimise the negative log-likelihood", ∂J/∂θⱼ = −Σ(…) = Σ(h − y)xⱼ: J
        # named nowhere was read as ℓ, and the right step −Σ(…) called wrong (audit25c). ℓ is the log-likelihood,
        # maximised; a J beside it is the cost, −ℓ or −ℓ/m: which, the page does not say
        at = text.find(subject.group(0), derivation[0].maths[0])
        at = (at if at >= 0 else derivation[0].maths[0]) + subject.group(0).find(derived[-1])
        raise InputError(
            f"the derivation differentiates {derived}, which the notes do not define; they define the log-likelihood "
            f"{', '.join(sorted(heads))} ({where(_line(text, _first_character(text, costs[0].maths)))}), which is "
            f"maximised: is {derived} that log-likelihood, or the cost to minimise, its negative (−ℓ, or −ℓ/m)?",
            source=text, column=at, line=_line(text, at), label="FILE",
            hint=f"define {derived} on the page ({derived}(\\theta) = -\\frac{{1}}{{m}} \\sum_{{i=1}}^m …), or differentiate "
                 f"{', '.join(sorted(heads))} by its own name")
    written_costs = " ".join(text[block.maths[0]:block.maths[1]] for block in costs)
    if derived in _COST_NAMES and not _SUM.search(written_costs) \
            and _SUM.search(" ".join(text[block.maths[0]:block.maths[1]] for block in derivation)):
        # L(ŷ, y) = −[y log ŷ + …] of one example displayed, "averaged over the training set:", ∂J/∂w = (1/m)Σ… :
        # J named nowhere was read as that one example's L, and a right step called wrong (audit25c). A J that
        # sums over the examples beside one example's L is their mean, or their sum: which, the page does not say
        at = text.find(subject.group(0), derivation[0].maths[0])
        at = (at if at >= 0 else derivation[0].maths[0]) + subject.group(0).find(derived[-1])
        raise InputError(
            f"the derivation differentiates {derived}, which the notes do not define; they define "
            f"{', '.join(sorted(heads))} ({where(_line(text, _first_character(text, costs[0].maths)))}), one "
            f"example's loss (no sum over the examples), and the derivation sums over the examples: is {derived} "
            f"that loss, or its mean (or sum) over the examples?",
            source=text, column=at, line=_line(text, at), label="FILE",
            hint=f"define {derived} on the page ({derived} = \\frac{{1}}{{m}} \\sum_{{i=1}}^m L(\\hat{{y}}^{{(i)}}, y^{{(i)}})), "
                 "or give the cost with --cost")


#: a sum written in LaTeX or plain text (\sum, Σ, sum_): over the examples, in a cost or a derivation
_SUM = patterns.compile(r"\\sum(?![A-Za-z])|Σ|∑|(?<![A-Za-z])sum_")


def _cost_definitions(text: str, runs: list[list[Block]], derivation: list[Block], where: _Where,
                      opening: list[Block]) -> tuple[list[Block], Block | None, list[Block]]:
    """The blocks that define the cost (``J(\\theta) = …``): read with the derivation, as its first lines.

    The cost a page defines is the cost derived, as when it opens the derivation's own block. A definition
    after the derivation (``∂J/∂w = …``, then "where J(w, b) = …") is the cost too when it is the only one
    on the page: returned second, to be read first. A definition after it of a cost of another name, where the
    derivation differentiates a cost defined before it by its own name (``L = …``, ``∂L/∂w = …``, then the next
    section's "over all the examples, J = …"), is no cost of this derivation: returned third, set aside (noted by
    the caller). Beside another definition of the cost (before the derivation, or a second one after it: a cost
    per case, costs listed side by side) any other is refused: which cost do the lines derive?
    """
    found_costs = [(run, found) for run in runs if run is not derivation and len(run) == 1
                   if (found := _definition(text, _inside_environment(text, run[0].maths))) is not None
                   and found.head in _COST_NAMES]
    after = [run for run, _ in found_costs if run[0].span[0] > derivation[0].span[0]]
    if len(found_costs) == 1 and after and not opening and not _opens_with_the_cost(text, derivation) \
            and not _another_cost(text, derivation, after[0][0], found_costs[0][1].head):
        return [], after[0][0], []
    later = _later_costs_of_another_name(text, derivation, found_costs)
    kept = []
    for run, found in found_costs:
        if run[0] in later:
            continue
        if run[0].span[0] > derivation[0].span[0]:
            offset = _first_character(text, run[0].maths)
            raise InputError(
                f"{where(_line(text, offset))} defines the cost {found.head} after the derivation "
                f"({where(_line(text, derivation[0].maths[0]))}); is it the cost the derivation derives?",
                source=text, column=offset, line=_line(text, offset), label="FILE",
                hint="put the cost's definition before the derivation, or give the cost with --cost",
            )
        kept.append(run[0])
    return kept, None, later


def _later_costs_of_another_name(text: str, derivation: list[Block],
                                 found_costs: list[tuple[list[Block], Definition]]) -> list[Block]:
    """The definitions after the derivation of a cost it never names, beside the cost before it that it differentiates.

    ``L = ½(wx + b − y)²``, then ``∂L/∂w = … = (wx + b − y)x``, then "over all the examples, J = (1/2m) Σ …": the
    lines say which cost they derive (∂L), and a page defines that one before them; the later J is the next
    section's, written nowhere in the derivation. Only when the derivation differentiates exactly one of the cost
    names the page defines, that one is defined before it, and a later cost's name is written nowhere but in its own
    definition (not in the derivation's lines, nor in the cost derived); else nothing is set aside (one name before and
    after, a cost per case: refused).
    """
    derived = text[derivation[0].maths[0]:derivation[-1].maths[1]]
    letters = {re.sub(r"[\s{}]", "", next(group for group in match.groups() if group))
               for match in _DIFFERENTIATED.finditer(derived)}
    start = derivation[0].span[0]
    named = {re.sub(r"[\s{}]", "", found.head) for _, found in found_costs}
    differentiated = named & letters
    if len(differentiated) != 1:
        return []
    before = {re.sub(r"[\s{}]", "", found.head) for run, found in found_costs if run[0].span[0] < start}
    if not differentiated <= before:
        return []
    later = []
    for run, found in found_costs:
        head = re.sub(r"[\s{}]", "", found.head)
        if run[0].span[0] < start or head in differentiated or head in before:
            continue
        # anywhere but its own definition: the derivation writing it (which cost it derives is then not said), or
        # the cost it derives (J = ½(wx − y)² + L, then "where the penalty is L = (λ/2)w²": a part of the cost, not
        # another cost; set aside, L was a constant, and a right step's λw was judged wrong, audit26h)
        elsewhere = re.sub(r"[{}]", " ", text[:run[0].span[0]] + " " + text[run[0].span[1]:])
        # with the spaces kept (\lambda L is no \lambdaL) and dropped (\mathcal {L} is \mathcalL)
        if any(re.search(rf"(?<![A-Za-z\\]){re.escape(head)}(?![A-Za-z])", written)
               for written in (elsewhere, re.sub(r"\s", "", elsewhere))):
            return []
        later.append(run[0])
    return later


#: the letter a derivative differentiates: ∂J/∂w, \frac{\partial L}{…}, \frac{dJ}{dw}, dJ/dw, \partial \mathcal{L}
_DIFFERENTIATED = patterns.compile(
    r"(?:\\partial|∂)\s*\{?\s*(?P<partial>\\mathcal\s*\{?\s*[A-Z]\s*\}?|\\ell|[A-Za-zℓ])(?![A-Za-z])"
    r"|\\d?frac\s*\{\s*d\s*(?P<frac>\\mathcal\s*\{?\s*[A-Z]\s*\}?|\\ell|[A-Za-z])\s*\}"
    r"|(?<![A-Za-z\\])d(?P<slash>[A-Za-z])\s*/\s*d")
#: a penalty's strength, in a cost: a term the derivation of an unpenalised cost never writes
_PENALTY = patterns.compile(r"\\lambda|λ|\\alpha|α")
#: a model's function, in a cost (\log, σ, e^…), and what a derivation of such a cost writes of it (those, or h, ŷ)
_MODEL_FUNCTION = patterns.compile(r"\\log|\\ln|\\sigma|σ|\\exp|e\^|\\tanh|\blog|\bexp|\bln")
_MODEL_WRITTEN = patterns.compile(r"\\log|\\ln|\\sigma|σ|\\exp|e\^|\\tanh|\blog|\bexp|\bln|\\hat|ŷ|\bh\b|h_|\bp_|\ba_")


def _another_cost(text: str, derivation: list[Block], cost: Block, head: str) -> bool:
    """Whether the one cost defined after the derivation is surely not the one it derives.

    "∂J/∂w = (1/m)Σ(w xᵢ + b − yᵢ)xᵢ. With a penalty the cost becomes J = … + λw²", "… where the loss of one
    example is L = ½(…)²", or the next section's logistic cost: the derivation differentiates another letter (∂J
    beside L), or writes neither the penalty (λ, α) nor any function of the model (log, σ, e^…, h, ŷ) that the
    cost writes. Read as its cost, a right derivation was judged wrong; refused instead (the caller's message).
    """
    derived = text[derivation[0].maths[0]:derivation[-1].maths[1]]
    written = text[cost.maths[0]:cost.maths[1]]
    letters = {re.sub(r"[\s{}]", "", next(group for group in match.groups() if group))
               for match in _DIFFERENTIATED.finditer(derived)}
    names = {re.sub(r"[\s{}]", "", name) for name in _COST_NAMES} | {"E"}
    if letters & names and re.sub(r"[\s{}]", "", head) not in letters:
        return True
    if _PENALTY.search(written) and not _PENALTY.search(derived):
        return True
    return bool(_MODEL_FUNCTION.search(written)) and not _MODEL_WRITTEN.search(derived)


#: the derivative written as an operator at the head of a side, by anything: ∇_θ, \nabla, \frac{\partial}{\partial w}
_OPERATOR_HEAD = patterns.compile(
    r"\s*(?:(?:\\nabla|∇)\s*(?:_\s*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\[A-Za-z]+|[A-Za-z]))?"
    r"|\\[dt]?frac\s*\{\s*(?:\\partial|d)\s*\}\s*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})\s*")


def _restatements(text: str, costs: list[Block]) -> tuple[list[Block], list[tuple[Block, Block]]]:
    """Definitions of the cost that write an earlier one again, identically (spaces, grouping braces aside).

    A page restates its cost before deriving it (a heading, then the same ``J(\\theta) = …`` display): the
    same definition twice is one cost, never a step from the first to the second. Returns the costs kept and
    each restatement with the definition it restates.
    """
    kept: list[Block] = []
    restated = []
    for block in costs:
        written = _normalised(_without_environment(text[block.maths[0]:block.maths[1]], closing=True).strip()
                              .rstrip(".,;"))
        earlier = next((each for each in kept if _normalised(_without_environment(
            text[each.maths[0]:each.maths[1]], closing=True).strip().rstrip(".,;")) == written), None)
        if earlier is None:
            kept.append(block)
        else:
            restated.append((block, earlier))
    return kept, restated


def _the_cost_derived(text: str, opening: list[Block], costs: list[Block],
                      derivation: list[Block], steps_before: Sequence[list[Block]] = ()
                      ) -> tuple[list[Block], list[Block], Block]:
    r"""Of several different definitions of the cost before the derivation, the one it differentiates, and the others.

    Notes list costs side by side (the least-squares J, then ridge's J + α/2 Σθ², then lasso's J + αΣ|θ|) and
    derive one, writing it out under the derivative: ``\nabla_\theta J(\theta) = \nabla_\theta [\frac{1}{2}
    (X\theta - y)^T(X\theta - y)]``. The definition one of whose sides is that formula, written identically
    (spaces, grouping braces and the operand's outer bracket aside), is the cost; the others define other costs and
    are set aside (noted by the caller). Only when exactly one definition is so written; else nothing changes
    (one definition, or none matching: read as before, each definition a line of the derivation).

    ``steps_before``: displays of one '=' before the chain that derive the cost (``∂J/∂θⱼ = ∂/∂θⱼ (1/m)Σ[…]``, then
    the chain ``∂J/∂θⱼ = ∂/∂θⱼ (1/m)Σ[softplus form] = …``): the derivation's first steps, read with it. Where the
    chain's own formula is no definition's (it is a rewrite of the cost), the first of them that writes one out
    says which cost is derived: a page defining J = (1/m)Σ cost(h, y), then J written out, had its first J read as
    the cost and refused (cold30's notes). Returned third: the block whose formula told the cost (for the notes).
    """
    candidates = ([opening] if opening else []) + [[block] for block in costs]
    if len(candidates) < 2:
        return costs, [], derivation[0]
    written = _written_cost(text, derivation)
    matching = [] if written is None else [run for run in candidates if written in _defined_sides(text, run)]
    writer = derivation[0]
    for step in steps_before if not matching else ():
        written = _written_cost(text, step, equals=1)
        if written is not None:
            matching, writer = [run for run in candidates if written in _defined_sides(text, run)], step[0]
            break
    if len(matching) != 1:
        return costs, [], derivation[0]
    chosen = matching[0]
    if opening and chosen is not opening:
        return costs, [], derivation[0]  # the page's cost chain is read as the derivation's opening lines: left as it was
    if _names_another_cost(text, chosen, [run for run in candidates if run is not chosen], derivation):
        return costs, [], derivation[0]
    return [block for block in costs if block in chosen], [block for block in costs if block not in chosen], writer


def _names_another_cost(text: str, chosen: list[Block], others: list[list[Block]], derivation: list[Block]) -> bool:
    r"""Whether the derivation differentiates another cost by its name than the one whose formula it writes out.

    J = (1/2m)Σ(…)², 𝓛 = Σ(…)², then ``\frac{\partial J}{\partial w} = \frac{\partial}{\partial w}\sum(…)^2 = …``:
    the page claims ∂J/∂w is the derivative of 𝓛's formula, a step that drops J's 1/(2m). Taking 𝓛 as the cost
    because its formula is written out set aside the J the derivation names, and the slip went unseen.
    """
    def name(run: list[Block]) -> str | None:
        head = _definition(text, _inside_environment(text, run[0].maths))
        return None if head is None else re.sub(r"[\s{}]", "", head.head)

    derived = text[derivation[0].maths[0]:derivation[-1].maths[1]]
    letters = {re.sub(r"[\s{}]", "", next(group for group in match.groups() if group))
               for match in _DIFFERENTIATED.finditer(derived)}
    return name(chosen) not in letters and any(name(run) in letters for run in others)


def _the_cost_named(text: str, costs: list[Block], derivation: list[Block]) -> tuple[list[Block], list[Block]]:
    r"""Of costs defined by two names (𝓛 = −½Σ(yᵢ − μᵢ)², then J = (1/2n)Σ(…)² + λ…), the one the derivation names.

    A cheatsheet states a family's log-likelihood 𝓛 and then its penalised loss J, and differentiates J
    (``\frac{\partial J}{\partial \beta_j} = …``): 𝓛 is another cost beside it, as a TA reads the page, never a
    second definition of J. Only when the derivation differentiates exactly one of the names, writes none of
    the others, and that cost's definition does not use them (J = −𝓛/n needs 𝓛: left as before); else nothing
    changes and the refusals stand.
    """
    if len(costs) < 2:
        return costs, []
    found = [_definition(text, _inside_environment(text, block.maths)) for block in costs]
    heads = [head for head in found if head is not None]
    if len(heads) < len(found):
        return costs, []
    names = [re.sub(r"[\s{}]", "", head.head) for head in heads]
    if len(set(names)) < 2:
        return costs, []
    derived = text[derivation[0].maths[0]:derivation[-1].maths[1]]
    letters = {re.sub(r"[\s{}]", "", next(group for group in match.groups() if group))
               for match in _DIFFERENTIATED.finditer(derived)}
    chosen = [name for name in dict.fromkeys(names) if name in letters]
    if len(chosen) != 1:
        return costs, []
    kept = [block for block, name in zip(costs, names) if name == chosen[0]]
    others = [block for block, name in zip(costs, names) if name != chosen[0]]
    written = _normalised(derived) + " " + " ".join(_normalised(text[block.maths[0]:block.maths[1]]) for block in kept)
    if any(_uses(written, head.head) for head, name in zip(heads, names) if name != chosen[0]):
        return costs, []
    return kept, others


def _a_cost_extended(text: str, costs: list[Block]) -> tuple[Block, Block] | None:
    """Two definitions of the cost, the later one a side of the earlier written identically and then ``+``/``-`` more.

    ``J(\\theta) = A`` then ``J(\\theta) = A + \\frac{\\lambda}{2}\\theta^T\\theta``: a page listing costs side by
    side (least squares, ridge), never a rewrite of one cost, whose sides are equal (index form, then matrix form).
    """
    for index, earlier in enumerate(costs):
        for later in costs[index + 1:]:
            for side in _defined_sides(text, [earlier]):
                if side and any(each.startswith(side) and each[len(side):][:1] in ("+", "-")
                                for each in _defined_sides(text, [later])):
                    return earlier, later
    return None


def _penalty_strengths(text: str, earlier: Block, later: Block) -> list[str]:
    """The strengths (\\lambda, α) the term ``later`` adds to ``earlier`` writes, and ``earlier`` never does."""
    # as written (normalised, \\frac{\\lambda}{m} glues into \\lambdam): the strength a name of its own
    plain = text[earlier.maths[0]:earlier.maths[1]]
    added = next((each[len(side):] for side in _defined_sides(text, [earlier]) if side
                  for each in _defined_sides(text, [later]) if each.startswith(side)), "")
    return list(dict.fromkeys(found.group() for found in _PENALTY.finditer(added)
                              if not re.search(re.escape(found.group()) + r"(?![A-Za-z])", plain)))


def _shown_strength(strength: str) -> str:
    """A penalty's strength as a note shows it: λ for \\lambda."""
    return {"\\lambda": "λ", "\\alpha": "α"}.get(strength, strength)


#: the commands a penalty writes that name nothing (its layout: a fraction, a sum, a norm's bars, a bold letter's font)
_PENALTY_LAYOUT = {"\\frac", "\\dfrac", "\\tfrac", "\\sum", "\\left", "\\right", "\\lVert", "\\rVert", "\\lvert",
                   "\\rvert", "\\Vert", "\\vert", "\\mathbf", "\\boldsymbol", "\\bm", "\\vec", "\\cdot", "\\top",
                   "\\intercal", "\\mathrm", "\\limits", "\\displaystyle", "\\big", "\\Big", "\\lambda", "\\alpha"}


def _penalty_names_the_costs(text: str, earlier: Block, later: Block) -> bool:
    """Whether every name the penalised cost ``later`` writes (``earlier`` with a penalty added) ``earlier`` writes too.

    ``J(w, b) = A + \\frac{\\lambda}{2m}\\|\\theta\\|^2``, the prose saying θ = (w, b): the penalty writes no b, yet holds
    it, under a name the plain cost never writes. What such a name holds the page's maths does not say, so a
    derivative by b is not known to be the same for both costs. Indices and powers (w_j, ^2), a fraction's, a sum's
    and a norm's layout, and the strength are no names. As written (the normalised form glues \\frac{\\lambda}{m}).
    """

    def names(block: Block) -> tuple[set[str], set[str]]:
        """The commands (\\theta) and the letters (w, b) a block's maths writes, but its indices and powers."""
        bare = re.sub(r"[_^]\s*(?:\{[^{}]*\}|\\[A-Za-z]+|.)", " ", text[block.maths[0]:block.maths[1]])
        return (set(re.findall(r"\\[A-Za-z]+", bare)) - _PENALTY_LAYOUT,
                set(re.findall(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", " ", bare))))

    (commands, letters), (plain_commands, plain_letters) = names(later), names(earlier)
    return commands <= plain_commands and letters <= plain_letters


def _the_penalty_derived(text: str, earlier: Block, later: Block, derivation: list[Block]) -> str | None:
    """Why the derivation derives the penalised cost ``later`` (``earlier`` with a penalty added), or None.

    Least squares, then ridge (``J = A`` and ``J = A + \\frac{\\lambda}{2m}\\|w\\|^2``) beside ``∂J/∂w = … +
    \\frac{\\lambda}{m} w``: the lines hold the penalty's term (its strength, which the plain cost never writes), so
    they derive the penalised cost. Beside it ``∂J/∂b = (2/m)Σ(ŷ − y)``, read alone (each derivation of a page is,
    the others blanked), writes no λ, but the penalty writes no b: its derivative by b is the plain cost's, so the
    reading changes nothing the lines say, and the penalised cost (the page's other lines') is read. Otherwise
    lines without the strength say nothing (a derivation of the ridge cost that dropped the penalty's term reads as
    one of the plain cost): None, left to the refusal.
    """
    # as written, as the strengths are; the displays' maths only: prose between them ("the term with $\lambda$ we
    # leave for later") says nothing of which cost the lines derive
    derived = " ".join(text[block.maths[0]:block.maths[1]] for block in derivation)
    strengths = _penalty_strengths(text, earlier, later)
    for strength in strengths:
        if re.search(re.escape(strength) + r"(?![A-Za-z])", derived):
            return f"the derivation's lines write {_shown_strength(strength)}, the penalty's strength"
    parameter = solved_equations.parameter_differentiated(_chain_text(text, derivation))
    if not strengths or parameter is None:
        return None

    def written(block: Block) -> int:
        """How often the block writes the parameter (a command's name, \\mathbf{w}'s w, never a letter of \\frac)."""
        maths = text[block.maths[0]:block.maths[1]]
        if parameter.startswith("\\"):
            return len(re.findall(re.escape(parameter) + r"(?![A-Za-z])", maths))
        return len(re.findall(rf"(?<![A-Za-z]){re.escape(parameter)}(?![A-Za-z])", re.sub(r"\\[A-Za-z]+", " ", maths)))

    if written(later) == written(earlier) > 0 and _penalty_names_the_costs(text, earlier, later):
        return (f"the derivation differentiates by {parameter}, which the penalty does not write, so its derivative "
                "is the same for both")
    return None


def _written_cost(text: str, derivation: list[Block], equals: int = 2) -> str | None:
    """The formula a derivation's first step differentiates, normalised: ∇_θ [f], ∂/∂w f (None if it names none).

    ``equals``: how many '=' the run must hold (a step of one '=' before the chain: 1)."""
    maths = _without_environment(_chain_text(text, derivation), closing=True)
    found = [*top_level(_bracketed(maths), "="), len(maths)]
    if len(found) - 1 < equals:
        return None
    for side in (maths[: found[0]], maths[found[0] + 1: found[1]]):
        side = side.replace("&", " ")
        head = _OPERATOR_HEAD.match(side)
        if head is None or not side[head.end():].strip():
            continue
        operand = side[head.end():].strip().rstrip(".,;\\").strip()  # a row's break \\ is no part of it
        if operand[:1] in "([" and closing_bracket(operand, 0) == len(operand) - 1:
            operand = operand[1:-1]
        elif operand.startswith("\\left") and operand.endswith(("\\right]", "\\right)")):
            operand = operand[len("\\left") + 1: -len("\\right]")]
        if _COST_MENTION.search(operand) and not _DERIVATIVE.search(operand):
            continue  # ∇_θ J(θ): the cost's name, not its formula; the next side may write it
        return _normalised(operand.strip())
    return None


def _defined_sides(text: str, run: list[Block]) -> list[str]:
    """Every side after the cost's name of a definition ``J(θ) = A = B``, normalised."""
    maths = _without_environment(_chain_text(text, run), closing=True)
    equals = top_level(_bracketed(maths), "=")
    bounds = [*equals, len(maths)]
    return [_normalised(maths[start + 1: end].replace("&", " ").strip().rstrip(".,;\\").strip())
            for start, end in zip(bounds, bounds[1:])]


#: the cost's name in a block: J, \ell, \mathcal{L}, or l(β), L(\theta) with the parameters as argument (the
#: objective's names the derivation's lines read: notation.document); a lemma about σ or f names none
#: (dJ in Leibniz's \frac{dJ}{db} is J too: its d is the differential's, as _COST_LETTER reads it)
_COST_MENTION = patterns.compile(vocab.cost_name_pattern("J", "\\ell", "\\mathcal{J}", "\\mathcal{L}", mathcal="open",
                                                     before=r"(?:(?<![A-Za-z\\])|(?<=(?<![A-Za-z\\])d))",
                                                     letter_after=r"(?![A-Za-z])", ell_after=r"\b")
                                 + rf"|(?<![A-Za-z\\])[Ll]\s*(?:\(|\\left\()\s*{PARAMETER_ARGUMENT}\s*(?:\)|\\right\))")


def _derives_the_cost(text: str, run: list[Block]) -> bool:
    """Whether a run takes a derivative of the cost (``\\frac{\\partial J}{\\partial\\theta_j} = …``): a step, never an aside."""
    return derives_the_cost(" ".join(text[block.maths[0]:block.maths[1]] for block in run))


#: a derivative by a parameter (θ, w, β, their entries, the intercept b), or the gradient ∇
_DERIVATIVE_BY_PARAMETER = patterns.compile(
    rf"{_BY_PARAMETER}|(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{{?\s*b(?![A-Za-z])|\\nabla|∇")
#: one example's cost: J_i, L_n, J^{(i)}
_ONE_EXAMPLES_COST = patterns.compile(r"(?<![A-Za-z\\])" + vocab.cost_name_pattern("J", "L") + r"\s*(?:_\s*\{?\s*[in]|\^\s*\{?\s*\(\s*[in]\s*\))(?![A-Za-z])")


def _a_lemma_of_one_example(text: str, run: list[Block]) -> bool:
    """Whether a run derives one example's cost by no parameter: ``dJ_i/dp_i = …``, a step of the chain rule.

    The derivation of the gradient then uses it; read as a step of ∂J/∂w it would be a false "wrong".
    """
    maths = " ".join(text[block.maths[0]:block.maths[1]] for block in run)
    return _ONE_EXAMPLES_COST.search(maths) is not None and _DERIVATIVE_BY_PARAMETER.search(maths) is None


def derives_the_cost(maths: str) -> bool:
    """Whether ``maths`` takes a derivative of the cost: a derivative and the cost's name (J, \\ell, L(θ)) in it."""
    return bool(_DERIVATIVE.search(maths) and _COST_MENTION.search(maths))


#: a primed function's call, a derivative in Lagrange's notation: g'(z), \sigma'(z), g^{\prime}(z), f′(x)
_PRIMED_CALL = patterns.compile(r"(?:[A-Za-z]|\\[A-Za-z]+)\s*(?:'|′|\^\s*\{?\s*\\prime\s*\}?)+\s*(?:\(|\\left\s*\()")


#: a sum over examples written out: \sum, Σ
_SUMMED = patterns.compile(r"\\sum(?![A-Za-z])|Σ|∑")


def _a_derivative(side: str) -> bool:
    """Whether a side takes a derivative: ∂, d/d…, ∇, or a primed call (``g'(z)``)."""
    return bool(_DERIVATIVE.search(side) or _PRIMED_CALL.search(side))


#: the cost's letter alone, as a chain-rule factor writes it: ∂L/∂ŷ, \frac{d J_i}{d z_i}
#: (after a Leibniz d too: dL/dw, \frac{dJ}{dw})
_COST_ALONE = patterns.compile(vocab.cost_name_pattern("J", "L", "\\ell", "\\mathcal{J}", "\\mathcal{L}", mathcal="open",
                                                   before=r"(?:(?<![A-Za-z\\])|(?<=(?<![A-Za-z\\])d))",
                                                   letter_after=r"(?![A-Za-z])", ell_after=r"(?![A-Za-z])"))


def of_the_cost_by_a_parameter(side: str) -> bool:
    """Whether a first side derives the cost by a parameter (∂J/∂θⱼ, ∇_w L): a derivation, never a lemma.

    The cost by another variable (∂L/∂ŷ, dJ_i/dz_i: a factor of the chain rule) is a lemma. A capital W is the
    weights too (∂L/∂W beside ∂L/∂ŷ, ∂ŷ/∂z, ∂z/∂W = x): set aside as one more lemma, the page had no derivation left.
    """
    return bool((_COST_MENTION.search(side) or _COST_ALONE.search(side))
                and (_DERIVATIVE_BY_PARAMETER.search(side) or _BY_THE_WEIGHTS.search(side)))


#: a derivative by the weights written as a capital W (∂L/∂W, \partial \mathbf{W}): a parameter as w is
_BY_THE_WEIGHTS = patterns.compile(r"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{?\s*(?:\\mathbf\s*\{\s*)?W(?![A-Za-z])")


def side_derivations(text: str) -> list[tuple[int, int]]:
    r"""The spans of the chains of notes ``text`` whose first side is a derivative of something other than the cost.

    A chain of one ``=`` (``\nabla_\theta h_\theta(x) = h_\theta(x)(1 - h_\theta(x)) x``) is one too.

    A lemma (``\frac{\partial h_\theta(x)}{\partial\theta_j} = … = h(1-h)x_j``, ``\frac{d}{dz}\frac{1}{1+e^{-z}}
    = …``) or a sub-term (``\frac{\partial}{\partial\theta_j}[y\log h] = … = y x_j(1-h)``) is a chain of two or
    more ``=`` of its own: each of its sides is the derivative its first side takes, never a step of ∂J/∂θⱼ. A chain
    whose first side names the cost (J, ℓ, L(θ)) is a derivation, not one of these.
    """
    found = []
    for run in _runs(text, display_blocks(text)):
        if not sum(_equals(text, block) for block in run):
            continue
        boxed = _boxed_chain(text, run) if "\\boxed" in _chain_text(text, run) else None
        if "\\boxed" in _chain_text(text, run) and boxed is None:
            continue  # a boxed equation is a result the page sorts itself (the derivation's last step, or aside)
        start = run[0].maths[0] if boxed is None else boxed[0]
        maths = text[start:run[0].maths[1] if boxed is None else boxed[1]]
        if boxed is not None:
            # \boxed{dσ/dz = σ(z)(1 − σ(z)) = ŷ(1 − ŷ)}: a lemma's "key result" restated and rewritten, a chain of
            # its own; set aside unread, a slip in its rewrite passed under "every step holds" (and beside a
            # definition's chain the page was refused as two derivations). Read as a lemma, its box opened
            # (:func:`lemma_boxes_opened`)
            first = maths[: top_level(_bracketed(maths), "=")[0]]
            if _a_derivative(first) and not of_the_cost_by_a_parameter(first) and not _SUMMED.search(first):
                found.append(run[0].span)
            continue
        equals = top_level(_bracketed(maths), "=")
        implied = [match for match in _IMPLICATION.finditer(maths) if len(equals) > 1 and match.end() < equals[1]]
        if implied and _a_derivative(maths[implied[-1].end():equals[1]]):
            # g(z) = 1/(1 + e^{-z}) \implies g'(z) = … = …: the definition stays, the chain after the arrow is one
            start += implied[-1].end()
            found.append((start, run[-1].span[1] if len(run) > 1 else run[0].maths[1]))
            continue
        maths = _without_environment(maths)
        equals = top_level(_bracketed(maths), "=")
        # a sum in the first side writes the cost out under the derivative: that chain is the derivation
        if equals and _a_derivative(maths[: equals[0]]) and not of_the_cost_by_a_parameter(maths[: equals[0]]) \
                and not _IMPLICATION.search(maths[: equals[0]]) and not _SUMMED.search(maths[: equals[0]]):
            found += _lemma_rows(text, run[0].span[0], run[-1].span[1]) if len(run) == 1 else \
                [(run[0].span[0], run[-1].span[1])]
    return [span for span in found if not _by_a_coefficient(text, text[span[0]:span[1]])]


#: the cost's derivative by one Latin letter: \frac{\partial J}{\partial a}, ∂J/∂c (the letter in its group)
_COST_BY_A_LETTER = patterns.compile(
    r"\s*(?:\$\$|\\\[)?\s*(?:\\begin\s*\{[^{}]*\}\s*)?(?:\\[dt]?frac\s*\{\s*(?:\\partial|∂)\s*" + vocab.cost_name_pattern("J", "L", "E") + r"\s*\}\s*\{\s*(?:\\partial|∂)\s*"
    r"(?P<braced>[a-z])\s*\}|(?:\\partial|∂)\s*" + vocab.cost_name_pattern("J", "L", "E") + r"\s*/\s*(?:\\partial|∂)\s*(?P<slash>[a-z])(?![A-Za-z]))\s*&?\s*=")
#: the cost's definition on a page: J = …, L(a, b, c) = …, E = … (no derivative in it), as a line of its own
_COST_DEFINED = patterns.compile(r"(?m)^\s*\$*\s*(?P<name>" + vocab.cost_name_pattern("J", "L", "E") + r")\s*(?:\([^()=]*\))?\s*=(?P<value>[^$\n]*)")


def _by_a_coefficient(text: str, chain: str) -> bool:
    """Whether a chain opens with the cost's derivative by one of its model's coefficients (∂J/∂a beside
    J = ½Σ(a tᵢ² + b tᵢ + c − yᵢ)²): a derivation by a parameter, as ∂J/∂b is, never a lemma beside one.

    The coefficient: a lowercase letter the page's cost definition writes bare (a line ``J = …`` with no derivative;
    never scripted or called there, as an example's aᵢ or a loss l(ŷ, y) is), that no line of the page defines
    (``a = σ(z)`` makes a an activation, a lemma's variable), and that names no data, index, count or function.
    """
    found = _COST_BY_A_LETTER.match(chain)
    if found is None:
        return False
    letter = found.group("braced") or found.group("slash")
    if _given(letter) and letter != "b" or letter in "xyzimnhtdpqfgls":
        return False  # data, an index, a count, a model's or a loss's function name (f(x), l(ŷ, y)), not a coefficient
    if re.search(rf"(?<![A-Za-z\\_^]){letter}\s*(?:\([^()]*\))?\s*:?=(?!=)", text):
        return False  # the page defines it: a name of the model, not a coefficient
    costs = [match.group("value") for match in _COST_DEFINED.finditer(text)
             if not _DERIVATIVE.search(match.group("value"))]
    # the letter bare, as a coefficient is written: an example's aᵢ, a^{(i)} or a call a(…) is a quantity of the model
    written = [re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])(?!\s*[_^(])", value) for value in costs]
    scripted = [re.search(rf"(?<![A-Za-z\\]){letter}\s*[_^(]", value) for value in costs]
    return any(written) and not any(scripted)


def lemma_boxes_opened(text: str, spans: Sequence[tuple[int, int]]) -> str:
    r"""``text`` with the box of each lemma that is ``\boxed{A = B = C}`` whole blanked, its inside kept (same length).

    The box only frames a result; left on, its braces hold the chain's '=' and the lemma read as one expression."""
    for start, end in spans:
        run = next((run for run in _runs(text, display_blocks(text)) if run[0].span == (start, end)), None)
        inside = _boxed_chain(text, run) if run is not None else None
        if inside is not None:
            opening = text.rindex("\\boxed", start, inside[0])
            text = (text[:opening] + " " * (inside[0] - opening) + text[inside[0]:inside[1]] + " "
                    + text[inside[1] + 1:])
    return text


def result_boxes_opened(text: str, where: _Where | None = None) -> tuple[str, list[str]]:
    r"""``text`` with the box of each display that is ``\boxed{∂J/∂θ₀ = …}`` whole blanked (same length), one note each.

    Notes box their result: ``\boxed{\frac{\partial J}{\partial \theta_0} = \frac{1}{m}\sum_i (h - y)}``. Left on,
    the box's brace hid the derivative on the left (its first side no derivative the page could read), so the line
    was taken for a bare continuation and judged against ∂J/∂θⱼ, the default: a right result "wrong" (cold36's
    Spanish guide). Opened, it is the equation it frames, as it is unboxed. Only a display that is the box alone
    (a closing '.' or ',' allowed), one '=' inside at its top level, whose first side is the cost's derivative by a
    parameter (∂J/∂θ₀, ∇_w J); a box of two '=' or more is a lemma's (:func:`lemma_boxes_opened`) or left as before,
    and so is any other box (``\boxed{dw = …}``, a lemma's ``\boxed{∂L/∂z = ŷ − y}``).
    """
    where = where or (lambda line: f"line {line}")
    notes: list[str] = []
    for block in reversed(display_blocks(text, inline=False)):
        start, end = _inside_environment(text, block.maths)
        box = _BOXED.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end)
        if box is None:
            continue
        closing = closing_bracket(text, box.end() - 1)
        if closing is None or closing >= end or text[closing + 1:end].strip(" \t\n.,;") != "":
            continue
        inside = text[box.end():closing]
        equals = top_level(_bracketed(inside), "=")
        if len(equals) != 1:
            continue
        first = inside[: equals[0]]
        if not _a_derivative(first) or not of_the_cost_by_a_parameter(first):
            continue
        text = text[:box.start()] + " " * (box.end() - box.start()) + inside + " " + text[closing + 1:]
        notes.append(f"{where(_line(text, box.start()))}: \\boxed{{…}} frames the result, "
                     f"{_shortened(' '.join(first.split()))} = …: read as the equation it holds")
    return text, notes[::-1]


def _boxed_chain(text: str, run: list[Block]) -> tuple[int, int] | None:
    r"""The span inside the box of a one-display run that is ``\boxed{A = B = C}`` whole (two '=' or more), else None.

    A boxed equation of one '=' stays the page's to sort (the derivation's last step, or aside), as before."""
    if len(run) != 1:
        return None
    start, end = _inside_environment(text, run[0].maths)
    box = _BOXED.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end)
    if box is None:
        return None
    closing = closing_bracket(text, box.end() - 1)
    if closing is None or text[closing + 1:end].strip(" \t\n.,;") != "":
        return None
    inside = text[box.end():closing]
    if len(top_level(_bracketed(inside), "=")) < 2:
        return None
    return box.end(), closing


#: a row of an aligned display that opens with a side of its own: after \\ or \newline (Jekyll's row break, as
#: _ROWS reads it; and spaces), what stands before its
#: first '&=' or '=' on the row
_ROW_WITH_A_SIDE = patterns.compile(r"(?:\\\\|\\newline(?![A-Za-z]))[ \t]*\n?[ \t]*(?P<side>[^&=\n]*?)[ \t]*&?[ \t]*=")


#: the cost's letter a first side differentiates: \frac{\partial J}{…}, ∂L/∂…
_COST_DIFFERENTIATED = patterns.compile(r"\s*(?:\\[dt]?frac\s*\{\s*(?:\\partial|∂|d)\s*|(?:∂|d)\s*)(?P<letter>"
                                        + vocab.cost_name_pattern("J", "L") + r")(?![A-Za-z_])")


def _cost_letter(maths: str) -> str | None:
    """The letter of the cost a chain's first side differentiates (J of ∂J/∂w), or None."""
    found = _COST_DIFFERENTIATED.match(_without_environment(maths).lstrip("$ \n"))
    return None if found is None else found.group("letter")


def _of_a_cost_undefined(text: str, run: list[Block], derivation: list[Block]) -> bool:
    """Whether an equation after the derivation differentiates another cost, by a parameter, one the page never defines.

    ∂L/∂w = … = (ŷ − y)x for one example's loss L, then ∂J/∂w = (1/m) Σ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾: J, the mean of L over
    the examples, is defined nowhere on the page (its definition left off), and read as the derivation going on,
    a right line was judged wrong. It is set aside, not checked, said in a note.
    """
    maths, first = _chain_text(text, run), _chain_text(text, derivation)
    letter, derived = _cost_letter(maths), _cost_letter(first)
    if letter is None or derived is None or letter == derived or not _DERIVATIVE_BY_PARAMETER.search(maths):
        return False
    return re.search(rf"(?<![A-Za-z\\]){letter}\s*(?:\([^()]*\))?\s*=", without_code(text)) is None


def _lemma_rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""The lemmas of one display, each row that opens with a derivative of its own starting the next.

    Backprop notes state the chain rule's factors in one aligned display, one after the other:
    ``\frac{\partial L}{\partial a} &= … \\ &= … \\ \frac{\partial a}{\partial z} &= … \\ \frac{\partial z}{\partial w} &= x``.
    Read as one chain, ∂a/∂z's row was judged against ∂L/∂a's last side, a false "wrong". Each is a lemma of its
    own, split where its row opens (the display's \begin and \end stay with the first and the last). A row that
    opens with the cost by a parameter, or with no derivative, leaves the display one span, as before.
    """
    cuts = []
    for row in _ROW_WITH_A_SIDE.finditer(text, start, end):
        side = row.group("side")
        if not side.strip():
            continue  # '&= …': the chain goes on
        if not _a_derivative(side) or of_the_cost_by_a_parameter(side) or _SUMMED.search(side):
            return [(start, end)]
        cuts.append(row.start("side"))
    bounds = [start, *cuts, end]
    return [(first, last) for first, last in zip(bounds, bounds[1:])]


def _used_definition(text: str, run: list[Block], maths: str) -> bool:
    """Whether a one-block run defines a name (not the cost) that the derivation's ``maths`` uses."""
    found = _definition(text, run[0].maths) if len(run) == 1 else None
    return found is not None and found.head not in _COST_NAMES and _uses(maths, found.head)


def _a_value_of_a_used_name(text: str, run: list[Block], maths: str) -> bool:
    """Whether a one-block run gives a name the derivation uses a number (``\\hat y = 0.8``): a worked example's case.

    No definition (a number states a case) and no step: after ∂L/∂w = 2(ŷ − y)x, a display ŷ = 0.8 ("for example,
    with …") was read as the derivation's next two lines, ŷ and 0.8, and the right page judged wrong (audit38).
    """
    if len(run) != 1:
        return False
    written = text[run[0].maths[0]:run[0].maths[1]]
    equals = top_level(_bracketed(written), "=")
    if len(equals) != 1 or _DERIVATIVE.search(written):
        return False
    head = _HEAD.fullmatch(re.sub(r"&\s*$", " ", written[:equals[0]]))
    value = written[equals[0] + 1:].strip().rstrip(".,;").strip()
    if head is None or not re.fullmatch(r"-?\s*\d+(?:\.\d*)?|-?\s*\.\d+", value):
        return False
    name = _normalised(head.group("head"))
    return name not in _COST_NAMES and _uses(maths, name)


#: how a block that could go on with a definition or with the derivation is read: None refuses the page
#: (:class:`UndecidedContinuation`); "definition" or "derivation" reads it so, for services.steps, which reads such a
#: page both ways and reads it only where the two readings judge every line alike (fixmsg29)
UNDECIDED_AS: contextvars.ContextVar[str | None] = contextvars.ContextVar("undecided continuation read as",
                                                                         default=None)


class UndecidedContinuation(InputError):
    """A block opening with '=' after a definition could go on with either chain (:func:`_continuation_past_a_definition`).

    ``count`` is how many such blocks the page has: one may be read both ways and compared, several are refused."""

    count: int = 1


def _runs(text: str, blocks: list[Block], undecided: list[tuple[list[Block], list[Block], Block]] | None = None
          ) -> list[list[Block]]:
    """The blocks grouped in runs: a block that opens with ``=`` goes on with the run before it.

    Or with the run before that, past a definition between (:func:`_continuation_past_a_definition`). A block that
    could go on with either is joined to the definition, as before, and listed in ``undecided`` (the derivation's run,
    the definition's, the block): read_page refuses it (:func:`_refuse_an_undecided_continuation`).
    """
    runs: list[list[Block]] = []
    for block in blocks:
        opening = text[block.maths[0]:block.maths[1]]
        opening = _without_environment(opening)
        goes_on = _continuation_past_a_definition(text, runs[-2], runs[-1], block) \
            if len(runs) > 1 and _CONTINUES.match(opening) else None
        if goes_on == "undecided" and UNDECIDED_AS.get() is not None:
            goes_on = UNDECIDED_AS.get()  # read one way of the two, the services comparing both
        if goes_on == "derivation":
            runs[-2].append(block)
        elif runs and _CONTINUES.match(opening):
            if goes_on == "undecided" and undecided is not None:
                undecided.append((runs[-2], runs[-1], block))
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


#: a sum and its index: \sum_{i=1}^m, \sum_i, \sum\limits_{i}, Σ_i (no index: the group is None)
_SUM_AND_INDEX = patterns.compile(r"(?:\\sum(?![A-Za-z])|Σ|∑)\s*(?:\\limits\s*|\\nolimits\s*)?(?:_\s*\{?\s*(?P<index>[A-Za-z]))?")
#: the prediction's hat over a y (\hat y, \hat{y}, \widehat{y}, ŷ): no label
_HATTED_LABEL = patterns.compile(r"\\(?:hat|widehat|tilde|bar)\s*\{?\s*y|ŷ|y\u0302")
#: the label y as a name of its own (y^{(i)}, y_i, \mathbf{y}), once the hats are out
_LABEL = patterns.compile(r"(?<![A-Za-z\\])y(?![A-Za-z])")
#: a feature of the derivative's index j, x_j, x_{j}, x_j^{(i)}
_FEATURE_J = patterns.compile(r"(?<![A-Za-z\\])x\s*_\s*\{?\s*j(?![A-Za-z])")
#: a sum over j: \sum_j, \sum_{j=0}^n
_SUM_OVER_J = patterns.compile(r"(?:\\sum(?![A-Za-z])|Σ|∑)\s*(?:\\limits\s*)?_\s*\{?\s*j(?![A-Za-z])")
#: the data's matrix, X (a vectorised gradient's X^T(Xθ − y) sums over the examples as Σ does)
_DATA_MATRIX = patterns.compile(r"(?<![A-Za-z\\])X(?![A-Za-z])")


def _sums_over_the_examples(maths: str) -> bool:
    """Whether ``maths`` sums over the examples: a sum whose index marks y or x as an example's (y^{(i)}, y_i, x^{(i)}),
    or a sum with no index beside a label y (Σ(h − y)²)."""
    for found in _SUM_AND_INDEX.finditer(maths):
        index = found.group("index")
        if index is None:
            if _writes_the_label(maths):
                return True
            continue
        marked = rf"(?<![A-Za-z\\])(?:y\s*(?:_\s*\{{?\s*{index}(?![A-Za-z])|\^\s*\{{?\s*\(?\s*{index}(?![A-Za-z]))" \
                 rf"|x\s*(?:_\s*\{{?\s*\w\s*\}}?\s*)?\^\s*\{{?\s*\(?\s*{index}(?![A-Za-z]))"
        if re.search(marked, maths):
            return True
    return False


def _writes_the_label(maths: str) -> bool:
    """Whether ``maths`` writes the label y (ŷ, \\hat y, the prediction, aside)."""
    return _LABEL.search(_HATTED_LABEL.sub(" ", maths)) is not None


def _last_side(text: str, run: list[Block]) -> str:
    """A run's last side as written ('' with no '=')."""
    maths = _without_environment(_chain_text(text, run), closing=True)
    equals = top_level(_bracketed(maths), "=")
    return maths[equals[-1] + 1:] if equals else ""


def _continuation_past_a_definition(text: str, before: list[Block], definition: list[Block], block: Block) -> str | None:
    r"""Which chain a block opening with ``=`` goes on with, after a definition set between a derivation's lines.

    ``"derivation"`` (the run ``before``, which takes a derivative), ``"definition"`` (the one-display definition of a
    name between), ``"undecided"``, or None where no definition stands between (the block goes on with the run before
    it, as any does).

    A draft derives ∂J/∂θⱼ over its lines, writes "where h_θ(x) = θᵀx, so" and goes on ``= rac{1}{m}Σ(h_θ(x⁽ⁱ⁾) −
    y⁽ⁱ⁾)xⱼ⁽ⁱ⁾``: chained to the definition, h would equal the gradient, and the right page was judged wrong at the
    definition. A block can go on with the definition only where its right side can be a value of the name: no
    derivative, no sum over the examples, no label y, no free xⱼ the definition's value lacks, and not the name
    itself (h_θ(x) = θᵀx, then ``= Σⱼ θⱼxⱼ``, rewrites it); with the derivation only where it keeps what the
    derivation's last side writes, a sum over the examples (or X) and the label, the name counted as its value.
    A block that can go on with both, or with neither, is undecided: the two readings may give different verdicts.
    """
    if len(definition) != 1 or _equals(text, definition[0]) != 1:
        return None
    value = _without_environment(text[definition[0].maths[0]:definition[0].maths[1]], closing=True)
    written = value.split("=", 1)[0].replace("&", " ")
    # the connective only where it opens the text (matched there, not searched for: linear on long blank runs)
    connective = CONNECTIVE.match(written)
    head = _HEAD.fullmatch(written if connective is None else " " + written[connective.end():])
    if _DERIVATIVE.search(value) or head is None or not any(
            _DERIVATIVE.search(text, each.maths[0], each.maths[1]) for each in before):
        return None
    if _DERIVATIVE.search(text, block.maths[0], block.maths[1]):
        return "derivation"  # a derivative in a name's value would be no definition's rewrite
    value = value.split("=", 1)[1]
    written = _without_environment(text[block.maths[0]:block.maths[1]], closing=True)
    written = written[written.index("=") + 1:]
    named = _uses(_normalised(written), _normalised(head.group("head")))
    of_the_name = not named and not (_sums_over_the_examples(written) and not _SUMMED.search(value)) \
        and not (_writes_the_label(written) and not _writes_the_label(value)) \
        and not (_FEATURE_J.search(written) and not _SUM_OVER_J.search(written) and not _FEATURE_J.search(value))
    # the name stands for its value: δ⁽ⁱ⁾ = h − y, then (1/m)Σδ⁽ⁱ⁾xⱼ⁽ⁱ⁾ keeps the label through δ
    kept = written + (" " + value if named else "")
    last = _last_side(text, before)
    of_the_derivation = not (_sums_over_the_examples(last) and not _sums_over_the_examples(kept)
                             and not _DATA_MATRIX.search(kept)) \
        and not (_writes_the_label(last) and not _writes_the_label(kept))
    if of_the_name != of_the_derivation:
        return "definition" if of_the_name else "derivation"
    return "undecided"


def _refuse_an_undecided_continuation(text: str, blocks: list[Block], where: _Where) -> None:
    """Refuse a block opening with ``=`` after a definition that could go on with the definition or the derivation.

    Read either way, one reading may call the page right and the other wrong: which is meant is not said
    (:func:`_continuation_past_a_definition`)."""
    undecided: list[tuple[list[Block], list[Block], Block]] = []
    if UNDECIDED_AS.get() is not None:
        return  # read one way, to be compared with the other (services.steps)
    _runs(text, blocks, undecided)
    if not undecided:
        return
    before, definition, block = undecided[0]
    at = _first_character(text, block.maths)
    name = _without_environment(text[definition[0].maths[0]:definition[0].maths[1]]).split("=", 1)[0]
    name = " ".join(name.replace("&", " ").split())
    derivative = " ".join(_without_environment(_chain_text(text, before)).split("=", 1)[0].replace("&", " ").split())
    refusal = UndecidedContinuation(
        f"{where(_line(text, at))} opens with '=' after the definition of {name} "
        f"({where(_line(text, _first_character(text, definition[0].maths)))}): it may go on with the definition "
        f"({name} = …) or with the derivation ({where(_line(text, _first_character(text, before[0].maths)))}, "
        f"{derivative} = …), and the two readings may judge the page differently: which one?",
        source=text, column=at, line=_line(text, at), label="FILE",
        hint=f"write the side it equals before the '=' ({name} = … or {derivative} = …)")
    refusal.count = len(undecided)
    raise refusal


def _resumed_notes(text: str, blocks: list[Block], runs: list[list[Block]], where: _Where) -> list[str]:
    """A note for each block read as going on with a derivation past a definition (:func:`_continuation_past_a_definition`)."""
    notes = []
    for run in runs:
        for earlier, later in zip(run, run[1:]):
            if blocks.index(later) != blocks.index(earlier) + 1:
                between = blocks[blocks.index(earlier) + 1]
                either = UNDECIDED_AS.get() == "derivation" and _continuation_past_a_definition(
                    text, run[:run.index(later)], [between], later) == "undecided"
                why = ("it could go on with either, and read both ways every line of the page is judged alike"
                       if either else
                       "it takes a derivative, the definition does not"
                       if _DERIVATIVE.search(text, later.maths[0], later.maths[1]) else
                       "its right side is no value of the name defined: it keeps the derivation's sum over the "
                       "examples and label, or writes the name itself")
                notes.append(f"{where(_line(text, _first_character(text, later.maths)))} opens with '=' after the "
                             f"definition {where(_line(text, _first_character(text, between.maths)))} sets between "
                             f"({why}): it goes on with the derivation "
                             f"before it ({where(_line(text, _first_character(text, run[0].maths)))}), not with the "
                             "definition")
    return notes


#: an equation's number or name, or its style, no maths: \tag{2}, \label{eq:grad}, \nonumber, \displaystyle
_EQUATION_MARK = patterns.compile(r"\\(?:tag\*?|label)\s*\{[^{}]*\}|\\(?:nonumber|notag|displaystyle|textstyle)(?![A-Za-z])")


def _without_environment(maths: str, closing: bool = False) -> str:
    """The maths without the ``\\begin{align}`` that may open it (and, if ``closing``, the ``\\end{align}``).

    An equation's tag or label goes too: ``\\begin{align*}\\label{…}`` opened the first side with the label and
    ``\\end{align*} \\tag{2}`` kept the closing, so a display that restates the last side of the one before and
    goes on was no longer one derivation with it, and a right page ended 'unfinished' (audit40).
    """
    maths = _EQUATION_MARK.sub(" ", maths)
    maths = re.sub(r"^\s*\\begin\s*\{[A-Za-z*]+\}", "", maths)
    return re.sub(r"\\end\s*\{[A-Za-z*]+\}\s*$", "", maths) if closing else maths


#: a display environment around a whole block: \begin{eqnarray*} J = … \end{eqnarray*}
_ENVIRONMENT_AROUND = patterns.compile(r"\s*\\begin\s*\{(?P<name>[A-Za-z*]+)\}(?P<inner>.*)\\end\s*\{(?P=name)\}\s*", re.S)


def _inside_environment(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without a display environment that wraps all of it (``\\begin{eqnarray*} … \\end{eqnarray*}``)."""
    match = _ENVIRONMENT_AROUND.fullmatch(text, span[0], span[1])
    return match.span("inner") if match is not None else span


def _equals(text: str, block: Block) -> int:
    """How many ``=`` stand at the top level of a block (``\\left\\{`` and ``\\{`` are brackets too)."""
    return len(top_level(_bracketed(text[block.maths[0]:block.maths[1]]), "="))


def _only_its_equals(match: re.Match[str]) -> str:
    """An annotated ``=`` blanked but for its own ``=``, which stays where it is (positions are kept)."""
    written: str = match.group(0)
    at = written.rfind("=")
    return " " * at + "=" + " " * (len(written) - at - 1)


def _bracketed(maths: str) -> str:
    """The maths with TeX's escaped braces and sized delimiters as plain brackets, ``\\leq`` and the like out.

    An annotated ``=`` (``\\overset{\\text{linearity}}{=}``, ``derive -f markdown``'s rows) is an ``=``: left in
    braces, a chain written with one would not count as a chain.
    """
    # the = kept where it stands, the label blanked: positions in the result are positions in ``maths``
    maths = _ANNOTATED_EQUALS.sub(_only_its_equals, maths)
    maths = _unboxed(maths)
    maths = re.sub(r"\\[A-Za-z]+", lambda match: " " * len(match.group(0)), maths)
    return maths.replace("\\{", " (").replace("\\}", " )")


_BOXED = patterns.compile(r"\\boxed\s*\{")


def _unboxed(maths: str) -> str:
    """``\boxed{A = B}`` with the box's braces blanked: a boxed result is an equation, its ``=`` at the top level."""
    for match in reversed(list(_BOXED.finditer(maths))):
        closing = closing_bracket(maths, match.end() - 1)
        if closing is not None:
            maths = (maths[: match.start()] + " " * (match.end() - match.start()) + maths[match.end():closing]
                     + " " + maths[closing + 1:])
    return maths


#: "hence" (∴) opening a definition's left side
_THEREFORE = patterns.compile(r"\A\s*\\therefore(?![A-Za-z])")
#: a display's style or size, no maths: \displaystyle J = …, \large J = … (a size switch hid the name as the style did)
_STYLE = patterns.compile(r"\\(?:displaystyle|textstyle|" + "|".join(TEX_SIZES) + r")(?![A-Za-z])")


#: TeX's spacing written before an arrow (``e_i = wX_i + b - y_i \\quad \\Rightarrow \\quad …``): no part of the value
_TRAILING_SPACES = ("\\qquad", "\\quad", "\\,", "\\;", "\\:", "\\!", "\\ ", "~")


def _without_trailing_space(maths: str) -> str:
    """``maths`` without the spaces and TeX spacing commands it ends with (a definition cut before its arrow keeps
    the ``\\quad`` written before the arrow, which made a second definition of e_i differ from the first by text).
    Cut from the end, each piece once, and nothing copied until the end is found: linear in the length (a copy of
    the text's start at each piece made 48,000 pieces take 1.5 s)."""
    end = len(maths)
    while True:
        while end and maths[end - 1].isspace():
            end -= 1
        piece = next((piece for piece in _TRAILING_SPACES if maths.endswith(piece, 0, end)), None)
        if piece is None:
            return maths[:end]
        end -= len(piece)


#: the inner product written out over the features, Σ_{k=0}^{n} θ_k x_k (or x_kθ_k, from 1), spaces dropped: its
#: parameter's letter and the sum's index
_INNER_SUM = patterns.compile(r"\\sum_\{?(?P<k>[a-z])=[01]\}?\^\{?[a-z]\}?(?:(?P<p>\\theta|w|\\beta)_\{?(?P=k)\}?"
                              r"x_\{?(?P=k)\}?|x_\{?(?P=k)\}?(?P<q>\\theta|w|\\beta)_\{?(?P=k)\}?)")
#: the inner product in vector form, θᵀx or xᵀθ, spaces dropped
_INNER_VECTOR = patterns.compile(r"(?P<p>\\theta|w|\\beta)\^(?:T|\{T\}|\\top|\{\\top\})x|x\^(?:T|\{T\}|\\top|\{\\top\})"
                                 r"(?P<q>\\theta|w|\\beta)")


def _inner_product_chain(text: str, span: tuple[int, int]) -> Definition | None:
    """``h(x) = Σ_{k=0}^{n} θ_k x_k = θᵀx`` in ``text[span]`` (either side first): a model defined as the inner product
    written out over the features and in vector form, one value; read as ``h(x) = θᵀx``, the sum's side and its '='
    blanked (columns kept). None for any other chain (a third side, another summand, another parameter letter)."""
    maths = text[span[0]:span[1]]
    equals = top_level(_bracketed(maths), "=")
    if len(equals) != 2:
        return None
    sides = [maths[equals[0] + 1:equals[1]], maths[equals[1] + 1:]]
    squeezed = ["".join(side.split()).rstrip(".,;") for side in sides]
    sums = [_INNER_SUM.fullmatch(side) for side in squeezed]
    vectors = [_INNER_VECTOR.fullmatch(side) for side in squeezed]
    for first, second in ((0, 1), (1, 0)):
        summed, vector = sums[first], vectors[second]
        if summed is None or vector is None:
            continue
        if (summed.group("p") or summed.group("q")) != (vector.group("p") or vector.group("q")):
            return None  # Σ θ_k x_k = wᵀx: two parameter letters, no one model
        kept = (maths[:equals[0] + 1] + " " * (equals[1] - equals[0]) + maths[equals[1] + 1:] if first == 0
                else maths[:equals[1]] + " " * (len(maths) - equals[1]))
        found = _definition(text[:span[0]] + kept + text[span[1]:], span)
        return found
    return None


def _definition(text: str, span: tuple[int, int], chain: bool = False) -> Definition | None:
    """``NAME = value`` in ``text[span]``: one top-level ``=``, a name on its left, no derivative.

    With ``chain``, ``NAME = A = B`` too: a --let chain, whose sides its reading compares.
    """
    # $$\displaystyle J_2(w) = …$$ defines J_2 as much as without the style, which hid the name: the cost went
    # unread, the default one was taken and a right page was 'wrong' (audit40); blanked, so the columns stay
    maths = _STYLE.sub(_blank, text[span[0]:span[1]])
    implied = _IMPLIES_A_LEMMA.search(maths)
    if implied is not None:
        # g(z) = \tanh(z) \implies, the chain after the arrow set aside as a lemma: the definition stays the page's
        # (left unread, g fell back to Ng's sigmoid in the cost, the lemma and the derivation, audit31)
        maths = maths[: implied.start()]
    maths = _without_trailing_space(maths)
    if _DERIVATIVE.search(maths) or _IMPLICATION.search(maths):
        return None  # a derivative, or a rule stated as an implication ($f = h \Rightarrow f \mapsto h$)
    equals = top_level(_bracketed(maths), "=")
    if not equals or (len(equals) != 1 and not chain):
        return None
    left, right = maths[: equals[0]], maths[equals[0] + 1:].strip().rstrip(".,;").strip()
    # an aligned row's & before its = (z_i &= …, one row of a display of definitions) marks the column, no name
    left = re.sub(r"&\s*$", " ", left)
    if not left.rstrip().endswith("&"):
        # J(θ) =& X (an aligned row's & after its =, the column at the value): the value is X. Left unread, the
        # cost a page writes so went unread and the default one was taken: a sign slip in it was never judged
        right = re.sub(r"^&", "", right).strip()
    # ŷ := σ(wᵀx): the colon of a definition's := says what = says here (left, ŷ fell back to the linear prediction)
    left = re.sub(r":\s*$", " ", left)
    # \text h_θ(x) (no braces: TeX sets the one letter after it upright) names h_θ as h_θ(x) does; blanked
    left = STRAY_TEXT.sub(_blank, left)
    # \therefore ŷ = …: "hence" before the definition (the rows' reader drops it, document.py); left, the definition
    # went unread and ŷ fell back to the cost's default prediction
    left = _THEREFORE.sub(_blank, left)
    # \text{where } h_θ(x) = θᵀx: the prose's word before the name, blanked (left, the definition went unread and
    # h was a step of the derivation)
    if (connective := CONNECTIVE.match(left)) is not None:  # where it opens the left side: matched, not searched
        left = " " * connective.end() + left[connective.end():]
    head = _HEAD.fullmatch(left)
    marked = _EXAMPLE_MARK_ENDING.search(left) if head is None else None
    if marked is not None:
        # ŷ^{(i)} = σ(wᵀx^{(i)}), a note's "Where …": the prediction at example i, which holds at every example.
        # Left unread, ŷ fell back to the squared error's linear prediction and a derivation right only for that
        # was judged the gradient (audit58); read as a function of x, each (i) blanked, as h(x^{(i)}) = … is
        head = _HEAD.fullmatch(left[:marked.start()])
        if head is None or head.group("arguments") is not None or head.group("sized") is not None \
                or not _marks_no_label(right):
            return None  # a loss or a residual at example i (ℓ^{(i)} = (ŷ^{(i)} − y^{(i)})²) defines no model
        left, right = _EXAMPLE_MARK.sub(_blank, left), _EXAMPLE_MARK.sub(_blank, right)
    if head is None or not right or right.startswith(("\\begin", "&")):
        return None
    if _a_symmetry(text, head, right):
        # g(−z) = 1 − g(z), a sigmoid's property listed beside its definition g(z) = 1/(1 + e^{−z}) (cold42's cs229
        # notes): the function at a negated argument, said by the function itself, defines nothing (read as one, g
        # was "defined twice, differently" and the page refused)
        return None
    # y_{pred} = w·x + b: y with a word subscript names the prediction (subscript_names), no given y
    worded = subscript_word(f"{left}=") is not None
    if (_given(head.group("name")) and not worded) or re.fullmatch(r"[\d.\s]+", right) or _given_alone(right):
        # $y = 1$, $x_0 = 1$, $m = 5$ state a case or a convention; $h_\theta(x) = y$ (the cost is 0 when the
        # prediction is the label) a condition: never a model
        return None
    start = span[0] + len(maths) - len(maths.lstrip())
    if _EXAMPLE_ARGUMENT.fullmatch(head.group("arguments") or "") and _only_x_at_the_example(right):
        # h_θ(x^{(i)}) = θᵀx^{(i)}: the model at example i, which holds at every example: a function of x (noted by
        # the caller), each (i) blanked so columns stay
        left, right = _EXAMPLE_MARK.sub(_blank, left), _EXAMPLE_MARK.sub(_blank, right)
    elif _features_marked_bare(head.group("arguments"), right):
        # h_θ(x) = θ₀x₀^i + … + θₙxₙ^i (a draft's features of example i, x^i for x^{(i)} as its lines write it): the
        # model at example i, which holds at every example; each ^i blanked (noted by the caller, _at_one_example)
        right = _BARE_FEATURE_MARK.sub(lambda match: match.group("feature") + " " * len(match.group("mark")), right)
    return Definition(_normalised(head.group("head")), f"{left.strip()}={right}", start, 0)


#: a definition's argument that is one name negated: -z, − z, -x
_NEGATED_ARGUMENT = patterns.compile(r"\s*[-−]\s*(?P<argument>[A-Za-z])\s*")


def _a_symmetry(text: str, head: re.Match[str], right: str) -> bool:
    """Whether ``NAME(−z) = value`` states a property of the function, not its definition: the argument one name
    negated, the value exactly ``1 − NAME(z)`` (``g(−z) = 1 − g(z)``, ``σ(−x) = 1 − σ(x)``), and the page defining
    NAME as the sigmoid, ``NAME(z) = 1/(1 + e^{−z})``, for which it holds.

    Any value that wrote NAME again was taken for a property (audchains40): σ(−z) = σ(z), = 1 + σ(z), = 1/σ(z), or
    g(−z) = 1 − g(z) beside g(z) = z², all false, were dropped unread and the page judged right; they are read as
    before, a second definition of the name.
    """
    negated = _NEGATED_ARGUMENT.fullmatch(head.group("arguments") or "")
    if negated is None:
        return False
    name, argument = head.group("head").strip(), negated.group("argument")
    at = rf"{re.escape(name)}\s*(?:\\left\s*)?\(\s*{argument}\s*(?:\\right\s*)?\)"
    if re.fullmatch(rf"\s*1\s*[-−]\s*{at}\s*", right) is None:
        return False
    exponent = rf"e\s*\^\s*\{{\s*[-−]\s*{argument}\s*\}}|\\exp\s*\(\s*[-−]\s*{argument}\s*\)"
    sigmoid = (rf"\\d?frac\s*\{{\s*1\s*\}}\s*\{{\s*1\s*\+\s*(?:{exponent})\s*\}}"
               rf"|1\s*/\s*\(\s*1\s*\+\s*(?:{exponent})\s*\)")
    return re.search(rf"(?<![A-Za-z\\]){at}\s*=\s*(?:{sigmoid})", text) is not None


#: a feature of example i marked with a bare i, no parentheses: x_0^i, x_{j}^{i} (the mark in its group)
_BARE_FEATURE_MARK = patterns.compile(r"(?P<feature>(?:(?<![A-Za-z\\])|(?<=_[A-Za-z0-9]))x\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))(?P<mark>\s*\^\s*(?:\{\s*i\s*\}|i(?![A-Za-z])))")


def _features_marked_bare(arguments: str | None, right: str) -> bool:
    """Whether a definition of a function of x (``h_θ(x) = …``) writes every x in its value as a feature of example
    i marked ^i (θ₀x₀^i + … + θₙxₙ^i), with no sum over i: the model at example i, not x's powers."""
    if arguments is None or re.fullmatch(r"\s*x\s*", arguments) is None or re.search(r"\\sum|Σ", right):
        return False
    marked = len(_BARE_FEATURE_MARK.findall(right))
    # θₙxₙ: the x after a one-letter subscript is a letter of its own, as TeX reads it
    return marked >= 1 and marked == len(re.findall(r"(?:(?<![A-Za-z\\])|(?<=_[A-Za-z0-9]))x(?![A-Za-z])", right))


#: a definition's argument that is one example's features: x^{(i)}, x^{( i )}, \vec{x}^{(i)}, \mathbf{x}^{(i)}
_EXAMPLE_ARGUMENT = patterns.compile(r"\s*(?:\\(?:vec|mathbf|boldsymbol|bm)\s*\{\s*x\s*\}|x)\s*\^\s*\{\s*\(\s*i\s*\)\s*\}\s*")
#: the mark of example i on a name: ^{(i)}
_EXAMPLE_MARK = patterns.compile(r"\^\s*\{\s*\(\s*i\s*\)\s*\}")


#: a name opening an equation as a definition does: ŷ =, ŷ :=, ŷ \equiv, ŷ \coloneqq, ŷ \triangleq (the rest after it)
_DEFINITION_LIKE = patterns.compile(r"(?P<left>[^=]*?)\s*(?::=|=|\\(?:equiv|coloneqq|triangleq|doteq)(?![A-Za-z])|≡|≔)"
                                    r"(?P<right>.*)", re.DOTALL)


def _refuse_an_unread_definition_of_a_used_name(text: str, candidates: Sequence[tuple[tuple[int, int], bool]],
                                                definitions: dict[str, Definition], of_lines: str,
                                                where: _Where) -> None:
    """Refuse a page that defines a name its derivation writes in a form not read as a definition (ŷ ≡ σ(wᵀx), a
    chain in prose ŷ = P(y = 1 | x) = σ(wᵀx)): the name would be read otherwise (ŷ as the squared error's linear
    prediction, "h is not defined"), and a derivation right only for that reading judged the gradient (audit58).

    A value that is a number or a given name (ŷ = 0.8, a worked example's case; h_θ(x) = y) defines no model, and a
    derivative is no definition: both are left as before.
    """
    for span, _display in candidates:
        maths = text[span[0]:span[1]]
        found = _DEFINITION_LIKE.match(maths)
        if found is None or _DERIVATIVE.search(maths) or _IMPLICATION.search(maths):
            continue
        left = re.sub(r"&\s*$", " ", found.group("left"))
        marked = _EXAMPLE_MARK_ENDING.search(left)
        head = _HEAD.fullmatch(left[:marked.start()] if marked else left)
        right = found.group("right").strip().rstrip(".,;").strip()
        if head is None or not right or _given(head.group("name")) or re.fullmatch(r"[\d.\s]+", right) \
                or _given_alone(right.split("=")[0].strip()):
            continue
        name = _normalised(head.group("head"))
        if name in _COST_NAMES or name in definitions or any(
                _uses(name, defined) or _uses(defined, name) for defined in definitions) or not _uses(of_lines, name):
            continue
        line = _line(text, _first_character(text, span))
        raise InputError(
            f"{where(line)} defines {' '.join(head.group('head').split())}, which the derivation writes, in a form "
            f"not read as a definition ({_shortened(' '.join(maths.split()), 60)}): read otherwise, the derivation "
            "would be judged with another value of it",
            source=text, column=span[0] + len(left) - len(left.lstrip()), line=line, label="FILE",
            hint=f"write the definition with one '=' ({' '.join(head.group('head').split())} = …), or give it with --let")


#: a name defined in plain prose, outside maths: ŷ⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾), ŷ = sigmoid(w·x), z = wᵀx + b (its value to the
#: sentence's end)
_PLAIN_DEFINITION = patterns.compile(r"(?<![\w\\$^_{])(?P<name>ŷ|y\u0302|[A-Za-z])(?:⁽ⁱ⁾|ᵢ|_i|\(i\))?\s*=(?![=>])\s*"
                                     r"(?P<value>[^\s.,;:][^;\n]*)")


def _refuse_a_plain_prose_definition_of_a_used_name(text: str, blocks: list[Block], definitions: dict[str, Definition],
                                                    of_lines: str, where: _Where) -> None:
    """Refuse a page whose prose defines a name its derivation writes in plain text, outside maths (``where
    ŷ⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾) is the prediction``): prose is not read, so the name was read otherwise (ŷ as the squared
    error's linear prediction, "h is not defined") and a derivation right only for that judged the gradient
    (audit58). A number (``ŷ = 0.8``) or a given name's value is no definition, and not refused; nor is an update
    that writes the name on both sides (``b = b − α ∂J/∂b``, a descent step after the derivation)."""
    prose = without_code(text)
    for block in blocks:
        prose = prose[: block.span[0]] + " " * (block.span[1] - block.span[0]) + prose[block.span[1]:]
    prose = _INLINE.sub(lambda match: " " * len(match.group(0)), prose)
    for found in _PLAIN_DEFINITION.finditer(prose):
        name = found.group("name")
        value = found.group("value").strip()
        if _given(name) or name.isupper() or re.match(r"[-+]?[\d.]+(?:\s|$)", value) \
                or _given_alone(value.split()[0]) or re.search(r"[\\{}&]", value):
            continue  # a number, a given name, or TeX (maths the block reader did not take, X = \left[…]): no prose
        if re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", value):
            continue  # b = b − α ∂J/∂b: the name on both sides is a descent step, an update, no definition of it
        spelled = "\\haty" if name in ("ŷ", "y\u0302") else name
        if spelled in definitions or any(_uses(defined, spelled) for defined in definitions) \
                or not _uses(of_lines, spelled):
            continue
        line = _line(text, found.start())
        raise InputError(
            f"{where(line)} defines {name} in the prose ({_shortened(' '.join(found.group(0).split()), 50)}), "
            "which is not read as maths; the derivation writes it: read otherwise, it would be judged with another "
            f"value of {name}",
            source=text, column=found.start(), line=line, label="FILE",
            hint="write the definition as maths ($…$ or a display of its own), or give it with --let")


#: the mark of example i ending a definition's left side: ŷ^{(i)} = …
_EXAMPLE_MARK_ENDING = patterns.compile(r"\^\s*\{\s*\(\s*i\s*\)\s*\}\s*$")


def _marks_no_label(right: str) -> bool:
    """Whether no ^{(i)} of a definition's value marks the label y (ŷ^{(i)} and x^{(i)} may be marked): a value with
    y^{(i)} in it is a loss or a residual of example i, no function of its features."""
    return not any(re.search(r"(?<![A-Za-z\\{])y\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*$", right[:match.start()])
                   for match in _EXAMPLE_MARK.finditer(right))


def _only_x_at_the_example(right: str) -> bool:
    """Whether every ^{(i)} of a definition's value marks x (θᵀx^{(i)}, x_j^{(i)}, \\vec{x}^{(i)}): a y^{(i)} in it is no
    function of x."""
    return all(re.search(r"(?:x|\\(?:vec|mathbf|boldsymbol|bm)\s*\{\s*x\s*\})\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*$",
                         right[:match.start()])
               for match in _EXAMPLE_MARK.finditer(right))


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _at_one_example(text: str, span: tuple[int, int]) -> bool:
    """Whether a definition in ``text[span]`` is written at example i (``h_θ(x^{(i)}) = θᵀx^{(i)}``)."""
    found = _definition(text, span, chain=True)
    head = _HEAD.match(text[span[0]:span[1]])
    # ŷ^{(i)} = …: the name itself marked with the example (its mark blanked by _definition)
    marked = head is not None and _EXAMPLE_MARK_ENDING.search(
        text[span[0]:span[1]].partition("=")[0].replace("&", " ")) is not None
    return (head is not None and found is not None and (marked or _EXAMPLE_ARGUMENT.fullmatch(
        head.group("arguments") or "") is not None or _features_marked_bare(
        head.group("arguments"), text[span[0]:span[1]].partition("=")[2])) and "(i)" not in found.text.replace(" ", ""))


#: one name alone, scripted or not: y, y^{(i)}, y_i, \mathbf{y}
_ALONE = patterns.compile(r"\s*(?:\\[A-Za-z]+\s*\{\s*(?P<styled>\\?[A-Za-z]+)\s*\}|(?P<name>\\?[A-Za-z]+))"
                    r"\s*(?:[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9]))*\s*")


def _given_alone(right: str) -> bool:
    """Whether a right side is one given name alone (``y``, ``y^{(i)}``): it states a case, it defines no model."""
    alone = _ALONE.fullmatch(right)
    return alone is not None and _given(alone.group("styled") or alone.group("name"))


def _given(name: str) -> bool:
    """Whether ``name`` is data, a parameter, a constant or an index: the page may not define it as a model."""
    bare = name.lstrip("\\")
    return bare in (vocab.DATA_VECTORS | vocab.PER_EXAMPLE | vocab.PARAMETER_VECTORS | vocab.CONSTANTS
                    | vocab.FEATURE_INDICES | {vocab.EXAMPLE_INDEX}) - _COST_NAMES


#: a definition whose value is the logistic sigmoid: σ(…) itself, or 1/(1 + e^{−…}) (\exp too)
_A_SIGMOID_VALUE = patterns.compile(r"\\sigma\b|\\d?frac\s*\{\s*1\s*\}\s*\{\s*1\s*\+\s*(?:e\s*\^|\\exp)")


def _refuse_a_prose_prime(text: str, blocks: list[Block], definitions: dict[str, Definition], maths: str,
                          where: _Where) -> None:
    """An inline ``$g'(z) = g(z)(1+g(z))$`` in prose about a g whose prime the derivation writes, or about the
    sigmoid whose derivative the derivation uses unwritten: refused.

    The derivation's ``g'(u)`` of a sigmoid g (defined, or σ itself) is read as σ(u)(1 − σ(u))
    (notation.functions); the prose's own statement of g' is checked nowhere (a display of it is, as a lemma), so
    a page whose stated g' is wrong was judged right by a reading that is not the writer's (audit41). A statement
    written as the sigmoid's own, g(z)(1 − g(z)), is what logderiv reads, and stays. The same holds where the
    derivation never writes g' but works with the sigmoid ("using $\\sigma'(z) = \\sigma(z)(1+\\sigma(z))$ we get"
    before a chain whose σ′ is taken as σ(1 − σ)): the page's stated fact is a lemma its rules judge (the held-out
    sets' "a lemma … written inline or displayed is judged"), and unchecked it came out "every step holds" with a
    wrong σ′ on the page (hunt29b); the statement as a quotient, dσ/dz = …, likewise.
    """
    heads = {head.split("(")[0].strip() for head in definitions} | {"\\sigma"}
    # Ng's g, undefined on the page, is read as the sigmoid (notation.functions): its prose g' is the sigmoid's too
    ng = set() if "g" in heads else {"g"}
    sigmoids = {head.split("(")[0].strip() for head, definition in definitions.items()
                if _A_SIGMOID_VALUE.search(definition.text)} | {"\\sigma"} | ng
    heads |= ng
    for start, end in _inline_spans(text, blocks):
        found = statement_of_a_derivative(text[start:end])
        if found is None or found[0] not in heads:
            continue
        name, at, value, bare = found
        written = re.search(rf"{re.escape(name)}\s*(?:'|\^\s*\{{?\s*(?:\\prime|'))", maths) is not None
        if not written and name not in sigmoids:
            continue  # the derivation neither writes its prime nor uses it as the sigmoid's: nothing read for it
        if states_the_sigmoids_derivative(name, at, value, bare):
            continue
        if not written and not re.search(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])", maths):
            continue  # the sigmoid is not in the derivation's lines (another function's page): its σ′ unused
        line = _line(text, start)
        raise InputError(
            f"{where(line)} states {name}'s derivative in prose ({' '.join(text[start:end].split())}), and the "
            + (f"derivation writes {name}'(…): logderiv reads {name}' as the sigmoid's, {name}(z)(1 − {name}(z)), and "
               "would not check this statement" if written else
               f"derivation works with {name}: logderiv takes {name}'s derivative as the sigmoid's, "
               f"{name}(z)(1 − {name}(z)), and would not check this statement, written otherwise"),
            source=text, column=start, line=line, label="FILE",
            hint="put the statement in a display ($$ … $$) of its own, where it is checked as a lemma",
        )


def _inline_spans(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    """The maths of the inline ``$…$`` of prose (never inside a display block or code)."""
    prose = without_code(text)
    for block in blocks:
        prose = prose[: block.span[0]] + " " * (block.span[1] - block.span[0]) + prose[block.span[1]:]
    # a page read by its inline equations has them as blocks already: their $ … $ is left around blanks
    return [match.span("maths") for match in _INLINE.finditer(prose) if match.group("maths").strip()]


def _used_heads(text: str, candidates: Sequence[tuple[tuple[int, int], bool]], logged: str,
                listed: Collection[tuple[int, int]] = frozenset()) -> set[str]:

    """The names, among those the candidates define, that the derivation or the cost uses, or a used definition does.

    ``h_\\theta(x) = g(\\theta^T x)`` with ``g(z) = \\tanh(z)`` beside it: the lines write h, h's value
    writes g, so g's definition is the page's too (left out, g would fall back to Ng's sigmoid, and a
    gradient with σ′ for tanh′ would be called right).
    """
    # h(x) = Σₖ θₖxₖ = θᵀx in the prose: read as its vector form (the loop over the candidates says so)
    found = [definition for definition in (_definition(text, span, chain=span in listed) or (
                 None if display or span in listed else _inner_product_chain(text, span)) for span, display in candidates)
             if definition is not None and definition.head not in _COST_NAMES]
    used: set[str] = set()
    reach = logged
    while True:
        more = {definition.head for definition in found if definition.head not in used
                and any(_uses(reach, head) for head in (definition.head, *_middle_names(definition)))}
        if not more:
            return used
        used |= more
        # a space before each value: glued to the text before it (a lemma's last letter, "=x"), a value "z" read as "xz"
        reach += " " + " ".join(_normalised(definition.text.partition("=")[2]) for definition in found
                                if definition.head in more)


def _middle_names(definition: Definition) -> list[str]:
    """The names a chain of definitions also defines: a of ŷ = a = σ(z), a middle side that is a name alone.

    The --let chain defines both (its last side the value), so a derivation written in a alone uses the chain
    as much as one written in ŷ (cold10's notes end in ŷ; with that last line gone the page was refused).
    """
    sides = definition.text
    equals = top_level(_bracketed(sides), "=")
    names = []
    for start, end in zip(equals, equals[1:]):
        middle = _HEAD.fullmatch(sides[start + 1:end].strip())
        if middle is not None and not middle.group("arguments") and not middle.group("sized"):
            names.append(_normalised(middle.group("head")))
    return names


#: the spellings of ŷ a definition's head may take (normalised), each with the others it is the same name as
#: (\hat y, the accent's letter after a space, is TeX's ŷ too: a prose definition so spelled went unread, audit58)
_HATTED_Y = {spelling: (spelling, *(other for other in ("ŷ", "y\u0302", "\\haty", "\\hat y") if other != spelling))
             for spelling in ("ŷ", "y\u0302", "\\haty", "\\hat y")}


def _uses(maths: str, head: str) -> bool:
    """Whether the derivation's (normalised) maths writes the name ``head`` (not as part of a longer name)."""
    # \hat{y} and ŷ are one name to the readers (the prediction h): a page may define one and write the other
    # (ŷ_i, ŷᵢ, ŷi = … defines it at each example: a use of ŷ, ŷi, ŷ_i is one of it; left unread, ŷ fell back
    # to the squared error's linear prediction and a derivation right only for that was judged the gradient)
    base = _EXAMPLE_SUBSCRIPT_END.sub("", head)
    if base in _HATTED_Y:
        head = base
    if any(_writes(maths, each) for each in _HATTED_Y.get(head, (head,))):
        return True
    # h_θ(x) = σ(θᵀx) defines the h a derivation writes bare, h(x^{(i)}): the parameters' subscript names whose
    # model h is, no other function (left unread, h fell back to the squared error's linear prediction, audit58)
    by_parameters = _PARAMETERS_SUBSCRIPT.fullmatch(head)
    return by_parameters is not None and _writes(maths, by_parameters.group("name"))


#: a name subscripted by the model's parameters (normalised): h_\theta, h_w, f_\beta
_PARAMETERS_SUBSCRIPT = patterns.compile(r"(?P<name>[A-Za-z])_(?:\\theta|\\beta|w|\\mathbfw|\\vecw|\\boldsymbol\\theta)")


#: an example's index ending a head: ŷ_i, ŷ_{i}, ŷᵢ, ŷi (audit31)
_EXAMPLE_SUBSCRIPT_END = patterns.compile(r"(?:_\{?i\}?|ᵢ|(?<=[ŷ\u0302])i)$")


def _writes(maths: str, head: str) -> bool:
    """Whether ``maths`` writes ``head`` itself: :func:`_uses` for one spelling."""
    # the numerator of a Leibniz fraction, \frac{d J_i}{d z_i} ("\fracd J_id z_i" once normalised): the d or
    # \partial around it ends no name
    name = re.escape(head)
    # ŷi, the example's index glued to the name as plain sums write it (read as ŷ_i): a use of ŷ too; missed,
    # the page's ŷ = σ(w·x + b) was not read and ŷ fell back to the linear prediction (audit30)
    # \\hat{y}i likewise, the underscore an editor ate (the LaTeX reader reads it as ŷ_i where the text writes y_i,
    # noted): a use of \\hat{y} (missed, the page's prose ŷ_i = β₀ + β₁x_i went unread and ŷ fell back to βᵀx)
    # Only i, never n: the LaTeX reader reads ŷn, \\hat{y}n as ŷ times n (n the count, then read as m), so counted a
    # use there it put the prose's model under (1/m)Σ(y − mŷ)², a page judged wrong (audchain34); a glued i it reads
    # as ŷ_i or refuses (the example index is no value), and the plain reader refuses ŷn (n a count and a quantity)
    glued = r"(?:i(?![A-Za-z]))?" if not head.isascii() or head in ("\\haty", "\\hat y") else ""
    return re.search(rf"(?<![A-Za-z\\]){name}{glued}(?![A-Za-z])|\\frac(?:d|\\partial)\s*{name}(?=d|\\partial)",
                     maths) is not None


def _normalised(maths: str) -> str:
    """Maths with spaces and grouping braces dropped, so ``h_{\\theta}`` and ``h_\\theta`` are one name.

    A Greek letter typed in Unicode is its TeX command (``h_θ`` is ``h_\\theta``): a page's model line ``h_θ(x) =
    σ(θᵀx)`` beside a derivation writing ``h_\\theta(x^{(i)})`` named another h, went unread, and h fell back to the
    squared error's θᵀx, so a step dropping σ′ was "✓ every step holds" (the final read of stop 39).
    """
    maths = _GREEK.sub(lambda letter: f"\\{_GREEK_NAMES[letter.group(0)]} ", maths)
    maths = re.sub(r"\\([A-Za-z]+)\s+(?=[A-Za-z])", r"\\\1 ", maths)  # \theta x keeps the space that ends \theta
    return re.sub(r"(?<!\\)[{}]|\s+(?![A-Za-z])|(?<![A-Za-z])\s+", "", maths)


def _head_as_written(definition: Definition) -> str:
    """The name a note gives a definition: as the page writes it where it types a Greek letter in Unicode (h_θ, hθ),
    else the normalised head its lines are matched by (h_\\theta, \\haty), as the notes have always said."""
    written = _HEAD.match(definition.text)
    if written is None or _GREEK.search(written.group("head")) is None:
        return definition.head
    return " ".join(written.group("head").split())


#: Greek letters a page may type in Unicode for its TeX commands, by name
_GREEK_NAMES = {"θ": "theta", "β": "beta", "σ": "sigma", "λ": "lambda", "μ": "mu", "φ": "phi", "ω": "omega",
                "α": "alpha", "η": "eta", "ε": "epsilon"}
_GREEK = patterns.compile("[" + "".join(_GREEK_NAMES) + "]")
#: a row break: a display of several rows whose '=' are annotated (``\\overset{rule}{=}``) is no one-row answer
_ROW_BREAK = patterns.compile(r"\\\\")
#: an environment's \\begin{…} or \\end{…}: no row's content
_ENVIRONMENT_MARK = patterns.compile(r"\\(?:begin|end)\s*\{[^{}]*\}")


def _separates_rows(maths: str) -> bool:
    r"""Whether a '\\' in ``maths`` stands between two rows that hold something.

    A break with nothing on one side ends no row: ``\begin{aligned} ∂L/∂w &= … \\ \end{aligned}`` (a trailing
    break, as people leave one), or a row the steps service blanked to read the rows beside it alone, is a display
    of one row. Taken for rows, it was no answer, and the page's ŷ = wx + b was read as the chain's first line,
    a right page judged 'wrong' (audit38).
    """
    rows = _ROW_BREAK.split(_ENVIRONMENT_MARK.sub(" ", maths))
    return sum(1 for row in rows if row.strip()) > 1


def _inline_derivation(text: str, blocks: list[Block], where: _Where) -> list[list[Block]]:
    """A page of inline equations with no chain of '=': the equations from the first derivative on are the derivation.

    Read as display blocks are, every equation would be a piece of one derivation, the definitions before it
    (`` `z = wx+b` ``) its first steps, judged against a cost they do not state. The equations before the first
    derivative are the page's cost and definitions, sorted as those beside a chain are; a page of inline
    equations none of which takes a derivative holds no derivation, and is refused at its first equation.
    """
    first = next((block for block in blocks if _DERIVATIVE.search(text[block.maths[0]:block.maths[1]])), None)
    if first is None:
        at = _first_character(text, blocks[0].maths)
        raise InputError("the notes hold no display maths, and none of their inline equations (`…`, $…$) takes a "
                         "derivative: there is no derivation to check", source=text, column=at, line=_line(text, at),
                         label="FILE", hint="write the derivation's steps as ∂J/∂θ_j = …, in `…` or $$ … $$")
    # each equation opening with a derivative opens a derivation, the later ones restating its left side (∂J/∂w = A,
    # then ∂J/∂w = B) going on with it, a derivative by another parameter (∂J/∂b = …) opening one of its own: the
    # caller checks each by its own parameter, or refuses two derivations of one, as it does chains of '='
    chains: list[list[Block]] = []
    for block in blocks:
        if block.span[0] < first.span[0]:
            continue
        maths = text[block.maths[0]:block.maths[1]]
        equals = top_level(_bracketed(maths), "=")
        left = _normalised(maths[: equals[0]]) if equals and _DERIVATIVE.search(maths[: equals[0]]) else None
        if left is None or chains and _normalised(_chain_text(text, chains[-1]).split("=")[0]) == left:
            chains[-1].append(block) if chains else None
        else:
            chains.append([block])
    return chains


def _answer_displays(text: str, runs: list[list[Block]]) -> list[list[Block]]:
    """With no chain of several '=', the displays of one '=' that open with a derivative of the cost (``∂J/∂θⱼ = …``).

    The commonest page states the cost, defines its model (in prose or in a display of its own) and
    gives the gradient in one display: that display is the derivation, and the page around it is read
    as around a chain (definitions as --let, the cost's definition as its first line). Displays of
    different derivatives (∂J/∂θ₀ = …, then ∂J/∂θ₁ = …) are each a derivation, so all are returned
    and the caller refuses; one derivative restated in several displays is left as it was read, every
    block a piece of one derivation. Only a display of one row is an answer: the rows of ``derive``'s
    ``\\overset{rule}{=}`` chain hide their '=' in braces.
    """
    # ∂L/∂w with the page's L its cost (L = (ŷ − y)²): L alone is a cost only as a derivative by a parameter says
    found = [run for run in runs if _takes_a_derivative(text, run)
             and (_derives_the_cost(text, run) or of_the_cost_by_a_parameter(_first_side(text, run)))
             and not _separates_rows(" ".join(text[block.maths[0]:block.maths[1]] for block in run))]
    if len(found) > 1 and len({_sides(text, run)[0] for run in found}) == 1:
        return []
    return found


def _restated_derivative(text: str, runs: list[list[Block]]) -> list[list[Block]]:
    """Two or more displays of one '=' that each open with the same derivative of the cost (∂J/∂θⱼ = …), else []."""
    found = [run for run in runs if sum(_equals(text, block) for block in run) == 1
             and _takes_a_derivative(text, run) and _derives_the_cost(text, run)]
    if len(found) < 2:
        return []
    if len({_sides(text, run)[0] for run in found}) == 1:
        return found
    # ∂J/∂θ = (1/m)Xᵀ(Xθ − y), then ∇_θJ = 0: the gradient just derived set to zero in another spelling of its name
    # (∇J(θ), ∇J, dJ/dθ, ∂J(θ)/∂θ, ∂/∂θ J) is the same derivative restated, its zero the first-order condition the
    # derivation's rule reads; split off, the zero was judged a derivation of its own, 'wrong'. Only a zero: a value
    # after another spelling is left as it was
    first = _sides(text, found[0])[0]
    named = {solved_equations.gradient_named(_first_side(text, run)) for run in found}
    if solved_equations.one_gradient(named) and all(
            _sides(text, run)[0] == first or solved_equations.writes_zero_alone(_raw_last_side(text, run))
            for run in found):
        return found
    return []


def _raw_last_side(text: str, run: list[Block]) -> str:
    """A run's last side as written (``0`` of ``\nabla_\theta J = 0``), empty with no '='."""
    maths = _without_environment(_chain_text(text, run), closing=True)
    equals = top_level(_bracketed(maths), "=")
    return maths[equals[-1] + 1:].replace("&", " ") if equals else ""


def _a_lemma_beside(text: str, run: list[Block]) -> bool:
    """Whether a display of one '=' derives something other than the cost (``∂h/∂θⱼ = xⱼ``): a lemma."""
    return (sum(_equals(text, block) for block in run) == 1 and _takes_a_derivative(text, run)
            and not _derives_the_cost(text, run))


def _prose_cost(text: str, blocks: list[Block], derivation: list[Block], where: _Where) -> tuple[list[Block], list[str]]:
    """The cost a page defines inline in its prose before the derivation (``and the cost $J(\theta) = …$``), and a note.

    With no display defining it, that inline definition is the cost the derivation derives, read as
    its first line (as a display's would be), never the default cost in its place. Two different
    inline costs are refused: which one is derived?
    """
    found = []
    for span in _inline_spans(text, blocks):
        # $l(θ) = \log L(θ) = Σ …$: a cost's chain in prose, its rewrites checked against its definition as a display's
        definition = _definition(text, span, chain=True)
        if span[0] < derivation[0].span[0] and definition is not None and definition.head in _COST_NAMES:
            found.append((span, definition))
    if len({_normalised(definition.text) for _, definition in found}) > 1:
        second = found[1][1].offset
        raise CostDefinedTwice(
            f"the prose defines the cost twice, differently ({where(_line(text, found[0][1].offset))} and "
            f"{where(_line(text, second))}); which one does the derivation derive?",
            spans=[span for span, _ in found],
            source=text, column=second, line=_line(text, second), label="FILE",
            hint="leave one definition of the cost in the notes, or give the cost with --cost",
        )
    if not found:
        return [], []
    span, definition = found[0]
    note = (f"{where(_line(text, definition.offset))} defines the cost in its prose, "
            f"{_shortened(' '.join(definition.text.split()))}: read as the cost the derivation derives")
    return [Block(span, span)], [note]


def _first_character(text: str, span: tuple[int, int]) -> int:
    maths = text[span[0]:span[1]]
    return span[0] + len(maths) - len(maths.lstrip())


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _shortened(shown: str, limit: int = 60) -> str:
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def update_rows_blanked(text: str, where: _Where | None = None) -> tuple[str, list[str]]:
    r"""``text`` with each display's last row blanked where it is an update rule after a derivation's rows; notes.

    A Korean blog's align* derives ∂loss/∂w over three rows, then, after an empty row, writes
    ``w &\leftarrow w - \eta \frac{\partial loss}{\partial w}``: the value w takes next, which puts the derivation's
    result to use — no step of it (an update in a display of its own is set aside already, :func:`_states_an_update`).
    Only the display's LAST row, with one arrow (←, \leftarrow, \gets), no '=', a name on its left that the right
    writes again, and rows with '=' before it; blanked with spaces (lines and columns kept), noted.
    """
    where = where or (lambda line: f"line {line}")
    notes: list[str] = []
    changed = text
    for block in display_blocks(text, inline=False):
        start, end = block.maths
        maths = text[start:end]
        closing = _ENVIRONMENT_MARK.search(maths, max((mark.end() for mark in _ROW_BREAK.finditer(maths)), default=0))
        breaks = list(_ROW_BREAK.finditer(maths))
        if not breaks:
            continue
        row_start = breaks[-1].end()
        row_end = closing.start() if closing is not None else len(maths)
        row = maths[row_start:row_end]
        before = maths[:breaks[-1].start()]
        if "=" in row or len(_UPDATE_ARROW.findall(row)) != 1 or "=" not in before:
            continue
        arrow = _UPDATE_ARROW.search(row)
        assert arrow is not None, "one arrow was counted"
        name = _HEAD.fullmatch(row[:arrow.start()].replace("&", " "))
        if name is None or not _writes(_normalised(row[arrow.end():]), _normalised(name.group("head"))):
            continue
        at = start + row_start
        changed = changed[:at] + re.sub(r"[^\n]", " ", row) + changed[at + len(row):]
        first = at + len(row) - len(row.lstrip())
        notes.append(f"{where(_line(text, first))} is an update rule (←) in the last row of the derivation's display, "
                     f"which puts its result to use: not a step of it, not read ({_shortened(' '.join(row.split()))})")
    return changed, notes
