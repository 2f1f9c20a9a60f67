r"""An answer given as a gradient-descent step, ``θⱼ := θⱼ − α·g``: read as the gradient g it steps along.

Courses, forums and code give the gradient inside the update that uses it: Coursera's ``\theta_j := \theta_j -
\alpha \frac{1}{m}\sum_i (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}``, Octave's ``theta = theta - (alpha/m) * (X' * (X *
theta - y))``, Python's ``w -= lr * grad``, R's ``beta <- beta - eta * g``. Descent subtracts α times the gradient,
so θ := θ − α·g says ∂J/∂θ = g: the rule reads the answer as g, whatever the source's language or letters, when
the text has exactly that shape:

* on the left a parameter (θ, w, β, b, W, with a subscript or not), then ``:=``, ``=``, ``<-``, ``←``,
  ``\leftarrow``/``\gets`` — the same parameter written again first on the right, then ``−`` — or ``-=``;
* what is subtracted holds the learning rate (α, η, ``lr``, ``learning_rate``, ``step_size``) once, as a factor
  of all of it: only ``*`` and the numerator of ``/`` between them (``\alpha\frac{1}{m}\sum…``,
  ``(alpha/m)*(…)``, ``alpha * grad``). Then α·g with α set to 1 is g exactly.

``θ := θ + α·g`` (``+=``) is a step up, gradient ascent of a log-likelihood: read as g only where the answer is
judged against one (``--objective log-likelihood``, or a cost that is a log-likelihood, never above 0), as a step
down is read only where it is judged against a cost; the other way round, which function the step climbs or
descends (ℓ, −ℓ, −ℓ/m) is not written. Anything else is refused with the reason, never guessed: a learning rate that multiplies only part of
what is subtracted (``θ − α·a + b``), one written twice (the ridge step ``θ(1 − αλ/m) − (α/m)Σ…``), in a
denominator or a power, a right side that does not start from the parameter on the left (``w := θ − α·g``),
or a step along the derivative named, not written (``θ := θ − α∇J(θ)``, the rule itself).
A left side marked as the next iterate (``θ_new``, ``\theta_{t+1}``) is no head here: such answers are read as
before. Sympy-free.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from .. import patterns
from ..errors import InputError
from . import tree

__all__ = ["UPDATE_NOTE_START", "LEARNING_RATE_WORDS", "Update", "update_head", "stepped_gradient"]

#: how the note on an update read as its gradient starts (the checker looks for it)
UPDATE_NOTE_START = "the answer is an update rule"

#: the learning rate's names as the readers canonicalise them (α, \alpha → alpha; η, \eta → eta) and as code
#: spells it; the words no reader knows are handed to it as names
LEARNING_RATE_WORDS = frozenset({"alpha", "eta", "lr", "learning_rate", "step_size"})

#: a parameter on the left, then the assignment: ``\theta_j :=``, ``theta =``, ``w <-``, ``beta -=``, ``θ ←``
_HEAD = patterns.compile(
    r"(?P<lead>\s*(?:\$\$?|\\\[)?\s*)"
    r"(?P<name>(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(?:\\theta|\\beta|w)\s*\}"
    r"|\\(?:theta|beta)(?![A-Za-z])|theta|beta|θ|β|w|W|b)(?![A-Za-z0-9(])"
    r"(?:\s*_\s*(?:\{\s*[A-Za-z0-9]\s*\}|[A-Za-z0-9]))?)"
    r"\s*(?P<op>:=|<-|←|\\leftarrow(?![A-Za-z])|\\gets(?![A-Za-z])|-=|\+=|=(?!=))"
)

#: a learning rate written anywhere on the right: the head is an update only then (``w = X^T(Xw − y)/m`` is not)
_RATE = patterns.compile(r"(?<![A-Za-z\\_])(?:\\?alpha|\\?eta|lr|learning_rate|step_size)(?![A-Za-z])|[αη]")


class Update(NamedTuple):
    """An update's head: the parameter as written, the assignment, and where each stands in the answer."""

    name: str
    name_start: int
    op: str
    right_start: int


def update_head(answer: str) -> Update | None:
    """``θ_j := θ_j − α…``'s head when ``answer`` starts with a parameter assigned and names a learning rate."""
    match = _HEAD.match(answer)
    if match is None or _RATE.search(answer, match.end()) is None:
        return None
    return Update(match.group("name"), match.start("name"), match.group("op"), match.end())


def blanked(answer: str, update: Update) -> str:
    """``answer`` with the head blanked (spaces, so columns still point into the answer as written)."""
    return answer[:update.name_start] + " " * (update.right_start - update.name_start) + answer[update.right_start:]


def stepped_gradient(right: tree.Node, parameter: tree.Node, update: Update, answer: str, *,
                     maximised: bool = False, defined: Collection[str] = (),
                     penalty_alpha: bool = False, cost_rates: Collection[str] = ()) -> tuple[tree.Node, str]:
    """The gradient g of the update ``parameter OP right`` (the right side read as ``right``), and the note.

    ``θ − α·g`` (or, after ``-=``, ``α·g``) gives g, the learning rate set to 1, where the answer is judged
    against a cost (minimised); ``θ + α·g`` (``+=``) gives g where it is judged against a log-likelihood
    (``maximised``: ``--objective log-likelihood``, or a cost that is one). Any other shape, and a step the
    other way, raises :class:`InputError` at the part that breaks it, as does a learning rate a --let defines
    (``defined``: eta = alpha/m puts a 1/m in the step that reading it as 1 would drop).

    ``penalty_alpha``: the cost names its penalty's weight α (scikit-learn's, read as λ). Then an α inside a step
    another rate takes (``w − lr·(g + 2αw)``) is that weight, not a second rate (noted); an α that is the step's
    own rate is said to be another quantity than the cost's α (noted); and α written both as the rate and inside
    (``w − α·(g + 2αw)``) is refused: one letter for the two, which is which not said. ``cost_rates``: the rate's
    names the cost writes too; a step of several terms (:func:`_gradient_of_terms`) is refused beside them.
    """
    if not isinstance(parameter, tree.Variable):
        raise InputError(f"'{update.name}' on the left of an update must be a parameter", source=answer,
                         column=update.name_start, label="ANSWER")
    if update.op in ("-=", "+="):
        stepped, adds = right, update.op == "+="
    else:
        terms = None if maximised else _descent_terms(right, parameter)
        if terms is not None:
            _refuse_an_added_term(terms, parameter, answer)
            return _gradient_of_terms(terms, update, answer, penalty_alpha=penalty_alpha, defined=defined,
                                      cost_rates=cost_rates)
        stepped, adds = _stepped(right, parameter, update, answer)
    _refuse_the_other_way(adds, maximised, update, answer, stepped)
    rates = sorted((node for node in tree.walk(stepped)
                    if isinstance(node, tree.Variable) and node.name in LEARNING_RATE_WORDS),
                   key=lambda node: node.span.start)  # the caret goes to the second as written
    penalty_notes: tuple[str, ...] = ()
    if penalty_alpha:
        rates, penalty_notes = _rates_beside_penalty_alpha(rates, stepped, answer, parameter.name)
    if len(rates) != 1:
        raise InputError(
            f"this update writes the learning rate {len(rates)} times: the gradient is read from an update only "
            "where one learning rate multiplies all that is subtracted (θ := θ − α·g)",
            source=answer, column=rates[1].span.start if rates[1:] else update.right_start, label="ANSWER",
            hint="give the gradient alone, or the update as θ := θ − α·(gradient)")
    rate = rates[0]
    if rate.name in defined:
        # audit44: θ := θ − η·Σ(h − y)x with --let eta = alpha/m is the course's (α/m)Σ…, whose gradient has the
        # 1/m; read with η as 1 it was judged 'different'. What a defined rate holds besides the step is not said
        raise InputError(
            f"the learning rate '{answer[rate.span.start:rate.span.end].strip()}' is defined by a --let: what it "
            "holds besides the step size (a 1/m, a constant) is part of the gradient or not, and which is not said",
            source=answer, column=rate.span.start, label="ANSWER",
            hint="give the gradient alone, or the update as θ := θ − α·(gradient) with α not defined")
    if not _a_factor_of_all(stepped, rate):
        raise InputError(
            f"the learning rate '{answer[rate.span.start:rate.span.end].strip()}' does not multiply all that is "
            "subtracted (θ := θ − α·g): the gradient cannot be read off this update",
            source=answer, column=rate.span.start, label="ANSWER",
            hint="give the gradient alone, or the update as θ := θ − α·(gradient)")
    named = next((node for node in tree.walk(stepped)
                  if isinstance(node, tree.Derivative) and isinstance(node.body, tree.Variable)), None)
    if named is not None:
        raise InputError(
            "this update steps along the derivative it names (∇J, ∂J/∂θⱼ) without writing it out: the update rule "
            "itself, with no gradient in it to check",
            source=answer, column=named.span.start, label="ANSWER",
            hint="write out the gradient the learning rate multiplies")
    gradient = _with_one(stepped, rate)
    written = " ".join(answer[update.name_start:].split())
    shown = written if len(written) <= 60 else written[:57] + "…"
    if adds:
        note = (f"{UPDATE_NOTE_START} of gradient ascent ({shown}): ascent adds the learning rate times the gradient "
                "of the log-likelihood it maximises, the one judged here, so the gradient is what the learning rate "
                "multiplies, read with the learning rate left out")
    else:
        note = (f"{UPDATE_NOTE_START} of gradient descent ({shown}): descent subtracts the learning rate times the "
                "gradient, so the gradient is what the learning rate multiplies, read with the learning rate left out")
    return gradient, "; ".join((note, *penalty_notes))


def _rates_beside_penalty_alpha(rates: list[tree.Variable], stepped: tree.Node,
                                answer: str, parameter: str) -> tuple[list[tree.Variable], tuple[str, ...]]:
    """The rates of a step beside a cost whose penalty's weight is α, and what is said of α (see stepped_gradient).

    The cost's α is read as λ (conventions.alpha_weighs_penalty); the update's α is either its step size, another
    quantity under the same letter, or (beside another rate: lr, η) the cost's weight. Both at once is refused, as
    is an α beside another rate that weighs all that is subtracted (``w − η·α·(g + 2αw)``): there it stands where a
    rate does, so it may be part of the step (ηα) as well as the cost's weight.
    """
    alphas = [node for node in rates if node.name == "alpha"]
    others = [node for node in rates if node.name != "alpha"]
    if not alphas:
        return rates, ()
    if others and (over := next((node for node in alphas if _weighs_all(stepped, node)), None)) is not None:
        # audit28f: w − η·α·(g + 2αw) read α as the cost's weight, λ·(g + 2λw), and was judged "different";
        # read as part of the step (ηα, a rate and a factor), g + 2αw is the gradient: which is not written
        rate = answer[others[0].span.start:others[0].span.end].strip()
        raise InputError(
            f"α multiplies (or divides) all that is subtracted, as the learning rate '{rate}' does, while the cost's α is the "
            "penalty's weight: whether this α is part of the step or the cost's weight over the whole gradient is "
            "not said",
            source=answer, column=over.span.start, label="ANSWER",
            hint=f"write the step with one rate, w := w − {rate}·(gradient), with the penalty's α inside the bracket")
    if others:
        # w = w − lr·(g + 2αw): lr is the step's rate, α the cost's penalty weight (the answer's α is read as λ)
        return others, ("α inside the step is the cost's α, the penalty's weight (read as λ): the learning rate is "
                        f"'{answer[others[0].span.start:others[0].span.end].strip()}'",)
    term = _term_of(stepped, alphas[0])
    if len(alphas) == 1 and not _a_factor_of_all(stepped, alphas[0]) and any(
            isinstance(node, tree.Variable) and node.name == parameter for node in tree.walk(term)):
        # fixmsg29: w = w − (g + 2αw) was told "the learning rate 'alpha' does not multiply all that is subtracted":
        # this α stands inside the bracket, where the cost's α (the penalty's weight) does, and no rate is written
        raise InputError(
            "this update writes no learning rate: its only α stands inside what is subtracted, where the cost's α, "
            "the penalty's weight, does, so the step's size is not said",
            source=answer, column=alphas[0].span.start, label="ANSWER",
            hint="give the gradient alone, or name the step's rate: w := w − lr·(gradient)")
    if len(alphas) > 1:
        # w = w − α·(g + 2αw): the step's α and the penalty's α are one letter; reading both as either is a guess
        raise InputError(
            "this update writes α as its learning rate and again inside the step, where the cost's α is the "
            "penalty's weight: one letter for two quantities, and which α is which is not said",
            source=answer, column=alphas[1].span.start, label="ANSWER",
            hint="name the learning rate lr or eta (w := w − lr·(gradient)), or give the gradient alone")
    # w = w − α·(g + 2λw) beside a cost weighted by α: the step's α is its learning rate, not the cost's α
    return rates, ("the update's α is its learning rate (it multiplies all that is subtracted), another quantity "
                   "than the cost's α, the penalty's weight read as λ: the learning rate is left out, and a λ in the "
                   "step is the cost's α",)


def _refuse_the_other_way(adds: bool, maximised: bool, update: Update, answer: str, stepped: tree.Node) -> None:
    """Refuse a step up against a cost, or a step down against a log-likelihood: whose gradient it is is not said."""
    if adds and not maximised:
        raise InputError(
            "this update adds the learning rate times its term (θ := θ + α·g): a step up, gradient ascent, whose "
            "term is the gradient of what is maximised (a log-likelihood), not of the cost; which it ascends is "
            "not written",
            source=answer, column=stepped.span.start, label="ANSWER",
            hint="give the gradient of the cost alone, or check it with --objective log-likelihood")
    if maximised and not adds:
        raise InputError(
            "this update subtracts the learning rate times its term (θ := θ − α·g): a step down, gradient descent, "
            "but the answer is judged against a log-likelihood, which is maximised; which cost it descends (−ℓ, "
            "−ℓ/m) is not written",
            source=answer, column=stepped.span.start, label="ANSWER",
            hint="give the gradient of the log-likelihood alone, or the ascent θ := θ + α·(gradient)")


def _signed_terms(node: tree.Node, sign: int = 1) -> list[tuple[int, tree.Node]]:
    """``node``'s terms through its top-level + and − (and unary minus), each with its sign."""
    if isinstance(node, tree.Binary) and node.op in "+-":
        return [*_signed_terms(node.left, sign), *_signed_terms(node.right, sign if node.op == "+" else -sign)]
    if isinstance(node, tree.Negate):
        return _signed_terms(node.operand, -sign)
    return [(sign, node)]


def _shrunk(node: tree.Node, parameter: tree.Variable) -> tree.Node | None:
    """c in Ng's shrink ``θⱼ(1 − c)`` (or ``(1 − c)θⱼ``): what the step takes off θⱼ as a share of it, else None."""
    if not (isinstance(node, tree.Binary) and node.op == "*"):
        return None
    for mine, bracket in ((node.left, node.right), (node.right, node.left)):
        if _same_parameter(mine, parameter) and isinstance(bracket, tree.Binary) and bracket.op == "-" \
                and isinstance(bracket.left, tree.Number) and bracket.left.text == "1":
            return bracket.right
    return None


def _descent_terms(right: tree.Node, parameter: tree.Variable) -> list[tuple[int, tree.Node]] | None:
    """The terms of θ − (right side), each signed, for a descent step of more than one term, else None.

    ``θⱼ − α/m Σ(h − y)xⱼ − αλ/m θⱼ`` gives +α/m Σ(h − y)xⱼ and +αλ/m θⱼ; Ng's shrink form ``θⱼ(1 − αλ/m) −
    α/m Σ(h − y)xⱼ`` gives +θⱼ·αλ/m and +α/m Σ(h − y)xⱼ. The one-term step ``θ − α·g`` is left to :func:`_stepped`.
    """
    terms = _signed_terms(right)
    first_sign, first = terms[0]
    if first_sign != 1:
        return None
    shrink = _shrunk(first, parameter)
    if not _same_parameter(first, parameter) and shrink is None:
        return None
    rest = [(-sign, term) for sign, term in terms[1:]]
    if shrink is not None:
        rest = [(1, tree.Binary("*", first.left if _same_parameter(first.left, parameter) else first.right, shrink,
                                first.span) if isinstance(first, tree.Binary) else first), *rest]
    if len(rest) < 2:
        return None
    return rest


def _refuse_an_added_term(terms: list[tuple[int, tree.Node]], parameter: tree.Variable, answer: str) -> None:
    """Refuse a step of several terms that adds one that is no multiple of the parameter (its data term).

    ``θⱼ + α Σ(y − h)xⱼ − αλθⱼ`` is a descent of the cost, g = Σ(h − y)xⱼ + λθⱼ (m times ∇J beside a mean cost), or
    an ascent of ℓ = −m·J, g = Σ(y − h)xⱼ − λθⱼ, right: read as descent it was 'different' (audit29h), where a
    one-term step up (θ + α·g) is refused by :func:`_refuse_the_other_way`; so is this one. A penalty's λθⱼ added
    (a sign slip of the penalty) leaves the data term subtracted: a descent, read as before.
    """
    added = next((term for sign, term in terms if sign < 0 and not _times_parameter(term, parameter)), None)
    if added is not None:
        raise InputError(
            "this update adds the learning rate times a term of the data (θ := θ + α·g₁ − α·g₂): a step up, "
            "gradient ascent of a log-likelihood, or a step down the cost with that term's sign turned; which it "
            "takes is not written",
            source=answer, column=added.span.start, label="ANSWER",
            hint="give the gradient of the cost alone, or the descent θ := θ − α·g₁ − α·g₂")


def _times_parameter(node: tree.Node, parameter: tree.Variable) -> bool:
    """Whether ``node`` is a multiple of the parameter (``αλ/m θⱼ``, the shrink's θⱼ·αλ/m): through products and
    numerators."""
    if _same_parameter(node, parameter):
        return True
    if isinstance(node, tree.Binary) and node.op == "*":
        return _times_parameter(node.left, parameter) or _times_parameter(node.right, parameter)
    if isinstance(node, tree.Binary) and node.op == "/":
        return _times_parameter(node.left, parameter)
    return False


def _gradient_of_terms(terms: list[tuple[int, tree.Node]], update: Update, answer: str, *, penalty_alpha: bool,
                       defined: Collection[str], cost_rates: Collection[str]) -> tuple[tree.Node, str]:
    """The gradient of a descent step of several terms, (θ − right side)/α, and the note; refused where α is not
    plainly the learning rate of each term.

    Courses write the regularised step term by term (``θⱼ − α/m Σ(h − y)xⱼ − αλ/m θⱼ``) or in Ng's shrink form
    (``θⱼ(1 − αλ/m) − α/m Σ(h − y)xⱼ``); both are θⱼ − α·g, g the sum of what each term takes off, α set to 1. Only
    where one learning rate, written once in each term, multiplies all of that term, and the cost has no α of its
    own (its α, the penalty's weight, may then be the one in a term: which is not said).
    """
    rates = [node for _, term in terms for node in tree.walk(term)
             if isinstance(node, tree.Variable) and node.name in LEARNING_RATE_WORDS]
    at = rates[0].span.start if rates else update.right_start
    if penalty_alpha or any(node.name in cost_rates for node in rates):
        raise InputError(
            f"this update takes several terms off the parameter, and the cost writes its learning rate's letter "
            f"'{answer[at:rates[0].span.end].strip() if rates else 'α'}' too (as the penalty's weight or a quantity of "
            "its own): which is the learning rate in each term is not said",
            source=answer, column=at, label="ANSWER",
            hint="name the learning rate lr or eta, or write the update as θ := θ − lr·(gradient)")
    names = {node.name for node in rates}
    plain = len(names) == 1 and len(rates) == len(terms) and all(
        sum(1 for node in rates if _a_factor_of_all(term, node)) == 1 for _, term in terms)
    if not plain or names & set(defined):
        raise InputError(
            "this update takes several terms off the parameter, and the learning rate does not multiply each of them "
            "once: the gradient is read from an update only where one learning rate steps every term (θ := θ − α·g₁ "
            "− α·g₂)",
            source=answer, column=at, label="ANSWER",
            hint="write the update as θ := θ − α·(gradient), or give the gradient alone")
    gradient: tree.Node | None = None
    for (sign, term), rate in zip(terms, sorted(rates, key=lambda node: node.span.start)):
        own = next(node for node in rates if _a_factor_of_all(term, node))
        stepped = _with_one(term, own)
        if gradient is None:
            gradient = stepped if sign > 0 else tree.Negate(stepped, term.span)
        else:
            gradient = tree.Binary("+" if sign > 0 else "-", gradient, stepped,
                                   tree.Span(gradient.span.start, term.span.end))
    assert gradient is not None, "_descent_terms gives two terms or more"
    written = " ".join(answer[update.name_start:].split())
    shown = written if len(written) <= 60 else written[:57] + "…"
    return gradient, (f"{UPDATE_NOTE_START} of gradient descent ({shown}): descent subtracts the learning rate times "
                      "the gradient, so the gradient is what the learning rate multiplies, read with the learning rate "
                      "left out; its terms (θ − the right side) are each the learning rate times a part of the gradient, "
                      "read so term by term")


def _stepped(right: tree.Node, parameter: tree.Variable, update: Update, answer: str) -> tuple[tree.Node, bool]:
    """What ``θ − …`` subtracts from the parameter (or ``θ + …`` adds, and True); refused when it is not that."""
    first = right
    while isinstance(first, tree.Binary) and first.op in "+-":
        first = first.left
    if not _same_parameter(first, parameter):
        raise InputError(
            f"the right side of this update does not start from '{update.name}', the parameter on its left: "
            "it is not a step of that parameter, and the gradient cannot be read off it",
            source=answer, column=first.span.start, label="ANSWER",
            hint="write the update as θ := θ − α·(gradient), or give the gradient alone")
    if not isinstance(right, tree.Binary) or right.left is not first:
        raise InputError(
            "this update adds or subtracts more than one term after the parameter: the gradient is read from an "
            "update only of the shape θ := θ − α·g",
            source=answer, column=right.span.start, label="ANSWER",
            hint="write the update as θ := θ − α·(gradient), or give the gradient alone")
    return right.right, right.op == "+"


def _same_parameter(node: tree.Node, parameter: tree.Variable) -> bool:
    """Whether ``node`` is the parameter on the left written again (name, subscript and example the same)."""
    return isinstance(node, tree.Variable) and (node.name, node.feature, node.example) == (
        parameter.name, parameter.feature, parameter.example)


def _a_factor_of_all(node: tree.Node, rate: tree.Variable) -> bool:
    """Whether ``rate`` multiplies all of ``node``: reached through products and numerators only."""
    if node is rate:
        return True
    if isinstance(node, tree.Binary) and node.op == "*":
        return _a_factor_of_all(node.left, rate) or _a_factor_of_all(node.right, rate)
    if isinstance(node, tree.Binary) and node.op == "/":
        return _a_factor_of_all(node.left, rate)
    return False


def _term_of(node: tree.Node, factor: tree.Variable) -> tree.Node:
    """The widest part of ``node`` that ``factor`` weighs all of: the term ``2αw`` of ``g + 2αw``."""
    weighed = [each for each in tree.walk(node) if _weighs_all(each, factor)]
    return max(weighed, key=lambda each: each.span.end - each.span.start)


def _weighs_all(node: tree.Node, factor: tree.Variable) -> bool:
    """Whether ``factor`` multiplies or divides all of ``node``: reached through products and fractions alone."""
    if node is factor:
        return True
    if isinstance(node, tree.Binary) and node.op in "*/":
        return _weighs_all(node.left, factor) or _weighs_all(node.right, factor)
    return False


def _with_one(node: tree.Node, rate: tree.Variable) -> tree.Node:
    """``node`` with the learning rate read as 1 (its span kept, so columns still point at it)."""
    if node is rate:
        return tree.Number("1", rate.span)
    return tree.map_children(node, lambda child: _with_one(child, rate))

