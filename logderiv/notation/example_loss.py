r"""One example's loss defined and differentiated with its example's mark: ``\ell^{(i)} = …``, then ``∂\ell^{(i)}/∂θ``.

CS229's problem sets (and Chinese solutions of them, "单个样本的对数似然") define the loss of ONE example with
the example's mark on the cost's letter, ``\ell^{(i)} = \log p(y^{(i)} \mid x^{(i)}; \theta) = … =
\theta^T x^{(i)} y^{(i)} - e^{\theta^T x^{(i)}} - \log(y^{(i)}!)``, and differentiate it, ``\frac{\partial
\ell^{(i)}}{\partial \theta} = (y^{(i)} - e^{\theta^T x^{(i)}}) x^{(i)}``. Every ``^{(i)}`` there marks the same
one example, the (x, y) of the per-example convention: where the page sums over nothing (no Σ, no ∏ anywhere),
each mark is blanked (same length, so columns keep), and the page is read as the loss of one example (x, y) and
its derivative, noted. A page that sums anywhere (the mean J = (1/m) Σᵢ ℓ⁽ⁱ⁾ beside it, a derivation summing
over i) is left as it is: which of the example's loss and the cost a line derives is then the page's to say.
Sympy-free.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Sequence

from .. import patterns
from .vocabulary import cost_name_pattern

if TYPE_CHECKING:  # pragma: no cover
    from .notes import Block

__all__ = ["mean_of_example_losses_read", "one_example_loss_read", "per_example_and_mean"]

#: the loss's letters (the registry's L, \ell, \mathcal{L}: notation.vocabulary), after a bound (not inside a word)
_LOSS_LETTERS = cost_name_pattern("L", "\\ell", "\\mathcal{L}", mathcal="braced")
_LOSS_LETTERS_AFTER_A_BOUND = cost_name_pattern("L", "\\ell", "\\mathcal{L}", mathcal="braced", before=r"(?<![A-Za-z\\])")
#: the cost's letter with the example's mark, where a display defines it: \ell^{(i)} =, L^{(i)}(\theta) =, J^{(i)} &=
_DEFINED = patterns.compile(
    r"(?P<name>" + cost_name_pattern("J", "L", "\\ell", "\\mathcal{J}", "\\mathcal{L}", mathcal="braced",
                                     before=r"(?<![A-Za-z\\])") + r")\s*\^\s*\{\s*\(\s*i\s*\)\s*\}"
    r"\s*(?:\((?:[^()=]|\([^()]*\))*\))?\s*(?:\\\\\s*)?&?\s*=")
#: the derivative of the cost's letter with the example's mark: \partial \ell^{(i)}, ∂L^{(i)}, d J^{(i)}
_DIFFERENTIATED = patterns.compile(
    r"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{?\s*(?P<name>" + cost_name_pattern("J", "L", "\\ell", "\\mathcal{J}", "\\mathcal{L}", mathcal="braced")
    + r")\s*\}?\s*\^\s*\{\s*\(\s*i\s*\)\s*\}")
#: the example's mark: ^{(i)}, ^{( i )}
_MARK = patterns.compile(r"\^\s*\{\s*\(\s*i\s*\)\s*\}")
#: a sum or a product anywhere on the page: then the page may derive the cost, not the example's loss
_AGGREGATE = patterns.compile(r"\\sum(?![A-Za-z])|\\prod(?![A-Za-z])|\\coprod(?![A-Za-z])|Σ|∑|∏")


def one_example_loss_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with every example's mark blanked when it defines and differentiates one example's loss; a note.

    ``where(line)`` names a line for the note. Unchanged, with no note, unless a display defines the cost's letter
    with the example's mark (``\\ell^{(i)} = …``), a later one differentiates that letter with the mark, and the
    page sums over nothing.
    """
    defined = _DEFINED.search(text)
    if defined is None or _AGGREGATE.search(text):
        return text, []
    name = re.sub(r"\s", "", defined.group("name"))
    differentiated = next((found for found in _DIFFERENTIATED.finditer(text, defined.end())
                           if re.sub(r"\s", "", found.group("name")) == name), None)
    if differentiated is None:
        return text, []
    for mark in reversed(list(_MARK.finditer(text))):
        text = text[:mark.start()] + " " * (mark.end() - mark.start()) + text[mark.end():]
    first, second = (text.count("\n", 0, found.start()) + 1 for found in (defined, differentiated))
    shown = name.replace("\\ell", "ℓ")
    return text, [f"{where(first)} defines {shown}⁽ⁱ⁾, one example's loss, and {where(second)} differentiates it; the "
                  f"page sums over no examples: read as the loss of one example (x, y), each ^{{(i)}} dropped, and its "
                  "derivative as that example's gradient (the per-example convention)"]


#: one example's loss defined with its letter: L(\hat{y}, y) =, L(\hat{y}^{(i)}, y^{(i)}) =, L^{(i)}(w, b) =, \mathcal{L} =
#: (the head: the letter, a mark, the loss's arguments; what follows '=' is the loss)
_LOSS_HEAD = patterns.compile(
    r"\s*(?P<head>(?P<name>" + _LOSS_LETTERS_AFTER_A_BOUND + r")(?![A-Za-z])\s*(?:\^\s*\{\s*\(\s*i\s*\)\s*\})?"
    r"\s*(?:\((?:[^()=]|\([^()=]*\))*\))?\s*)=(?!=)")
#: the cost as the mean of the examples' losses: J(w, b) = \frac{1}{m}\sum_{i=1}^{m} L(\hat{y}^{(i)}, y^{(i)}) (the term
#: braced or not, marked L^{(i)} or written at example i by its arguments)
_MEAN_OF_LOSSES = patterns.compile(
    r"\s*(?:J|\\mathcal\s*\{\s*J\s*\})\s*(?:\([^()=]*\))?\s*=\s*\\frac\s*\{\s*1\s*\}\s*\{\s*(?P<count>[mnN])\s*\}\s*"
    r"\\sum(?:\\limits)?\s*_\s*\{\s*i\s*=\s*1\s*\}\s*\^\s*(?:\{\s*(?P=count)\s*\}|(?P=count))\s*"
    r"(?P<term>\{\s*(?P<braced>(?P=letter_b))\s*\}|(?P=letter_u))\s*[.,]?\s*$".replace(
        "(?P=letter_b)", _LOSS_LETTERS + r"(?:\s*\^\s*\{\s*\(\s*i\s*\)\s*\})?\s*(?:\((?:[^()]|\([^()]*\))*\))?")
    .replace("(?P=letter_u)", _LOSS_LETTERS + r"(?:\s*\^\s*\{\s*\(\s*i\s*\)\s*\})?\s*(?:\((?:[^()]|\([^()]*\))*\))?"))
#: the derivative of the loss's letter in a quotient: \frac{\partial L}{\partial w}, \frac{\partial L^{(i)}}{\partial b},
#: braced around or not ({\frac{\partial L}{\partial w}}): the stretch rewritten to ∂L_i/∂w
_LOSS_DERIVATIVE = patterns.compile(
    r"(?P<open>\{\s*)?\\frac\s*\{\s*\\partial\s*(?P<name>" + _LOSS_LETTERS + r")(?P<mark>\s*\^\s*\{\s*\(\s*i\s*\)\s*\})?"
    r"\s*\}\s*\{\s*\\partial\s*(?P<by>[A-Za-z](?:_\{?[A-Za-z0-9]\}?)?)\s*\}(?(open)\s*\})")
#: the loss's letter written anywhere: whether each is one of the readings' own
_LOSS_LETTER = patterns.compile(r"(?<![A-Za-z\\])L(?![A-Za-z])|\\ell(?![A-Za-z])|\\mathcal\s*\{\s*L\s*\}")
#: a sum over the examples, opening where a derivative of the loss may stand in it
_SUM_OVER_I = patterns.compile(r"\\sum(?:\\limits)?\s*_\s*\{\s*i\s*=")
#: a derivative of the cost J: the first side of a line deriving the mean
_OF_THE_COST = patterns.compile(r"\s*\\frac\s*\{\s*\\partial\s*J(?:\s*\([^()]*\))?\s*\}\s*\{\s*\\partial\s*[A-Za-z]")


def mean_of_example_losses_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    r"""``text`` with one example's loss L read as example i's term of the cost J = (1/m)Σᵢ L; a note.

    Ng's deep-learning notes (and their Chinese and blog copies) define the loss of ONE example, ``L(\hat{y}, y) =
    −[y \log \hat{y} + (1 − y) \log(1 − \hat{y})]``, then the cost as its mean, ``J(w, b) = \frac{1}{m}\sum_{i=1}^{m}
    L(\hat{y}^{(i)}, y^{(i)})``, and derive ``\frac{\partial J}{\partial w} = \frac{1}{m}\sum_{i=1}^{m}\frac{\partial
    L}{\partial w} = …``: inside the sum, L is example i's loss. Read so, L becomes ``L_i`` (example i's term of the
    cost, the reading :func:`logderiv.notation.page.read_page` gives ``L_i = …``): its definition's head, the cost's
    term and each ∂L/∂w inside a Σᵢ of a line deriving J are rewritten, same length (columns keep). Only where every
    L on the page is one of those: a chain deriving L itself outside a sum (the per-example derivation) is left to the
    page's reader, which refuses two derivations as before. Unchanged, with no note, otherwise.
    """
    from .notes import display_blocks

    blocks = display_blocks(text)
    definitions, means, lines = [], [], []
    for block in blocks:
        maths = text[block.maths[0]:block.maths[1]]
        mean = _MEAN_OF_LOSSES.match(maths)
        if mean is not None:
            means.append((block, mean))
            continue
        head = _LOSS_HEAD.match(maths)
        if head is not None and "=" not in maths[head.end():] and not re.search(r"\\sum|\\partial|Σ|∑|∂", maths):
            definitions.append((block, head))
        elif _OF_THE_COST.match(maths):
            lines.append(block)
    if len(definitions) != 1 or len(means) != 1 or not lines:
        return text, []
    (loss, head), (cost, mean) = definitions[0], means[0]
    if loss.span[0] > cost.span[0]:
        return text, []  # the mean written first, and a loss after it: not the notes' order, left as it is
    rewrites: list[tuple[int, int]] = []  # each stretch to write as L_i, padded
    start = loss.maths[0] + head.start("head")
    rewrites.append((start, loss.maths[0] + head.end("head")))
    rewrites.append((cost.maths[0] + mean.start("term"), cost.maths[0] + mean.end("term")))
    for block in lines:
        maths = text[block.maths[0]:block.maths[1]]
        sums = [found.start() for found in _SUM_OVER_I.finditer(maths)]
        for found in _LOSS_DERIVATIVE.finditer(maths):
            if not any(at < found.start() for at in sums):
                return text, []  # ∂L/∂w outside every sum over i: one example's derivative in the cost's line
            rewrites.append((block.maths[0] + found.start(), block.maths[0] + found.end()))
    if len(rewrites) == 2:
        return text, []  # the cost's lines never differentiate L: nothing to read through it
    covered = [(start, end) for start, end in rewrites]
    for found in _LOSS_LETTER.finditer(text):
        if not any(start <= found.start() < end for start, end in covered):
            return text, []  # L written elsewhere (a chain deriving one example's loss): the page's reader says
    new = text
    for start, end in sorted(rewrites, reverse=True):
        written = text[start:end]
        derivative = _LOSS_DERIVATIVE.fullmatch(written)
        if derivative is None:
            replacement = "L_i"
        else:
            # ∂ written as the character: \frac{∂L_i}{∂w} is the same derivative in fewer columns than \partial takes
            replacement = rf"\frac{{\partial L_i}}{{\partial {derivative.group('by')}}}"
            if len(replacement) > end - start:
                replacement = rf"\frac{{∂L_i}}{{∂{derivative.group('by')}}}"
        if len(replacement) > end - start:
            return text, []  # no room to write L_i there: left as it is
        trailing = " " if written.endswith(" ") and len(replacement) < end - start else ""
        replacement = replacement.ljust(end - start - len(trailing)) + trailing
        new = new[:start] + replacement + new[end:]
    first, second = (text.count("\n", 0, block.maths[0] + len(maths) - len(maths.lstrip())) + 1
                     for block, maths in ((block, text[block.maths[0]:block.maths[1]]) for block in (loss, cost)))
    count = mean.group("count")
    return new, [f"{where(first)} defines L, one example's loss, and {where(second)} the cost J as its mean, "
                 f"(1/{count}) Σᵢ L of example i: L is read as example i's term of the cost (its data those of example "
                 f"i), and ∂L/∂… inside Σᵢ as the derivative of example i's loss"]


#: what makes a chain the mean's: a sum, the 1/m of a mean, the data matrix's transpose, the cost J's own name
_OF_THE_MEAN = patterns.compile(
    r"\\sum(?![A-Za-z])|Σ|∑|\\frac\s*\{\s*1\s*\}\s*\{\s*[mnN]\s*\}|X\s*\^\s*\{?\s*(?:T|\\top)\b"
    r"|\\partial\s*\{?\s*J(?![A-Za-z])|(?<![A-Za-z\\])d\s*J(?![A-Za-z])|^\s*J(?![A-Za-z])")
#: the cost J's definition: its name (and parameters) and '=' opening a chain
_COST_DEFINED = patterns.compile(r"\s*(?:J|\\mathcal\s*\{\s*J\s*\})\s*(?:\([^()=]*\))?\s*=")
#: a derivative of the cost J, anywhere in a chain
_J_DERIVED = patterns.compile(r"\\partial\s*\{?\s*J(?![A-Za-z])|(?<![A-Za-z\\])d\s*J\s*(?:\([^()]*\))?\s*\}?\s*\{?\s*d")
#: a derivative of one example's loss L by anything: ∂L/∂ŷ, \frac{dL}{dz}, ∂L^{(i)}/∂w_j
_L_DERIVED = patterns.compile(r"(?:\\partial|(?<![A-Za-z\\])d)\s*\{?\s*(?:L|\\ell|\\mathcal\s*\{\s*L\s*\})(?![A-Za-z])")
#: one example's loss as the cost's letter with the example's index: L_i =, L_{i} =, \ell_i = (its name the letter)
_INDEXED_LOSS_HEAD = patterns.compile(
    r"\s*(?P<head>(?P<name>(?<![A-Za-z\\])L|\\ell|\\mathcal\s*\{\s*L\s*\})\s*\\?_\s*(?:\{\s*i\s*\}|i)(?![A-Za-z0-9])"
    r"\s*(?:\((?:[^()=]|\([^()=]*\))*\))?\s*)=(?!=)")
#: the example's index as a subscript of the loss, the label, the prediction or the features (L_i, y_i, \hat{y}_i,
#: \hat{y}\_i as Markdown escapes it, \mathbf{x}_i): the mark, blanked in the part of one example's loss
_INDEX_MARK = patterns.compile(
    r"(?:(?<![A-Za-z\\])[xyL]|\\ell|\\hat\s*\{\s*y\s*\}|\\(?:textbf|mathbf|boldsymbol)\s*\{\s*[xy]\s*\})"
    r"\s*(?P<mark>\\?_\s*(?:\{\s*i\s*\}|i))(?![A-Za-z0-9])")
#: a parameter indexed by i (w_i, \theta_i): then i may count the features
_PARAMETER_BY_I = patterns.compile(r"(?:(?<![A-Za-z\\])w|\\theta|\\beta)\s*\\?_\s*(?:\{\s*i\s*\}|i)(?![A-Za-z0-9])")
#: a loss's letter as a pattern, by the letter as written with its spaces dropped: L, \ell, \mathcal{L}
_LETTERS = {"L": r"(?<![A-Za-z\\])L", "\\ell": r"\\ell", "\\mathcal{L}": r"\\mathcal\s*\{\s*L\s*\}"}


def _letter(name: str) -> str:
    """The loss's letter as a key of :data:`_LETTERS`: its spaces dropped."""
    return re.sub(r"\s", "", name)


def _indexed_derived(letter: str) -> "re.Pattern[str]":
    """A derivative of one example's loss written with its index: ∂L_i, \\partial L_{i}, d L_i."""
    return patterns.compile(rf"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{{?\s*{_LETTERS[letter]}\s*\\?_\s*(?:\{{\s*i\s*\}}|i)"
                            r"(?![A-Za-z0-9])")


def _defined_by_letter(letter: str) -> "re.Pattern[str]":
    """The mean's definition by the loss's letter alone (``L =``, ``L(w, b) =``): no index after it."""
    return patterns.compile(rf"\s*{_LETTERS[letter]}\s*(?:\([^()=]*\))?\s*=")


def _derived_by_letter(letter: str) -> "re.Pattern[str]":
    """A derivative of the mean by the loss's letter alone: ∂L/∂w, no index on the L."""
    return patterns.compile(rf"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{{?\s*{_LETTERS[letter]}(?![A-Za-z0-9])(?!\s*\\?_)")


#: the mean's definition as (1/n) Σ over the examples: L = \frac{1}{n} \sum_{i=1}^{n} …, L(w, b) = \frac{1}{N}\sum_i …
_PLAIN_MEAN = patterns.compile(r"\s*[^=]*=\s*\\frac\s*\{\s*1\s*\}\s*\{\s*[mnN]\s*\}\s*\\sum(?![A-Za-z])")
#: a chain going on from the one before it: '=' first
_GOES_ON = patterns.compile(r"(?:\s|\\[ ,;:!]|\\q?quad\b|&)*=")
#: a derivative written anywhere in a chain: ∂, \\partial, ∇, d/d, \\frac{dL}{dw} (a run without one defines, as ŷ = σ(z))
_DERIVATIVE = patterns.compile(r"∂|\\partial|\\nabla|∇|(?<![A-Za-z\\])d\s*/\s*d|\\d?frac\s*\{\s*d(?![A-Za-z])"
                               r"|(?<![A-Za-z\\])d[A-Za-z]\w*\s*/\s*d[A-Za-z]|\\d?frac\s*\{\s*d\s*[A-Za-z]\w*\s*\}\s*\{\s*d")
#: an example's mark, as one example's loss writes it (^{(i)}, and ^{i} in its arguments)
_ANY_MARK = patterns.compile(r"\^\s*\{\s*\(\s*i\s*\)\s*\}")


def per_example_and_mean(text: str, *, shared: bool = True) -> tuple[str, str, list[str]] | None:
    r"""A page deriving one example's loss L and then the cost J as L's mean, as its two parts; or None.

    Ng's deep-learning notes and their copies define one example's loss ``L(\hat{y}, y) = −[y \log \hat{y} + …]``,
    derive ∂L/∂w through the chain (∂L/∂ŷ, ∂ŷ/∂z, ∂z/∂w) — each line of one example, the per-example
    convention — then define ``J = \frac{1}{m}\sum_{i=1}^{m} L(\hat{y}^{(i)}, y^{(i)})`` and derive ∂J/∂w over the
    examples. Read as one page, that is several derivations of two costs (refused); read as the writer means it, it is
    two parts, each of its own cost: the chains of one example's loss (no sum, no 1/m in them), and the chains of the
    mean (a sum, 1/m, Xᵀ or J in them) with J's definition (and L's, when J is written through it). Returns (the
    per-example part, the mean part, notes), each the page with the other part's chains blanked (same length), the
    per-example part with its example's marks dropped (L(ŷ⁽ⁱ⁾, y⁽ⁱ⁾) is the loss of one example (x, y)); None unless
    each part holds a definition of its cost and a derivative of it. The displays that only define (ŷ = σ(z), no
    derivative in them) are read by both parts; with ``shared`` false, by the per-example part alone (the mean's ŷ
    then left to --cost's preset, for a caller to check that both readings agree). Sympy-free.
    """
    from .notes import display_blocks

    runs: list[list["Block"]] = []
    for block in display_blocks(text):
        if runs and _GOES_ON.match(text, block.maths[0], block.maths[1]):
            runs[-1].append(block)
        else:
            runs.append([block])

    def maths_of(run: list["Block"]) -> str:
        return " ".join(text[block.maths[0]:block.maths[1]] for block in run)

    mean = [run for run in runs if _OF_THE_MEAN.search(maths_of(run))]
    example = [run for run in runs if run not in mean]
    # L_i = (ŷ_i − y_i)², then L = (1/n) Σᵢ (ŷ_i − y_i)²: one example's loss is the cost's letter with the example's
    # index, the mean the letter alone (Korean lecture notes, cold28), read as the notes' L and J are
    indexed = next((found for run in example if (found := _INDEXED_LOSS_HEAD.match(maths_of(run))) is not None), None)
    if indexed is not None:
        if _PARAMETER_BY_I.search(text):
            return None  # w_i: i may count the features, and the marks are not the example's
        letter = _letter(indexed.group("name"))
        loss_head, loss_derived = _INDEXED_LOSS_HEAD, _indexed_derived(letter)
        cost_defined, cost_derived = _defined_by_letter(letter), _derived_by_letter(letter)
    else:
        loss_head, loss_derived, cost_defined, cost_derived = _LOSS_HEAD, _L_DERIVED, _COST_DEFINED, _J_DERIVED
    losses = [run for run in example if (head := loss_head.match(maths_of(run))) is not None
              and "=" not in maths_of(run)[head.end():] and not loss_derived.search(maths_of(run))]
    defined = [maths_of(run) for run in mean if cost_defined.match(maths_of(run)) and not cost_derived.search(maths_of(run))]
    if len(defined) != 1 or not any(cost_derived.search(maths_of(run)) for run in mean) or not losses \
            or not any(loss_derived.search(maths_of(run)) for run in example):
        return None
    if indexed is not None and any(cost_derived.search(maths_of(run)) for run in example):
        return None  # ∂L/∂w by the mean's letter with no sum beside it: which it derives is the page reader's to say
    through_l = _MEAN_OF_LOSSES.match(defined[0]) is not None
    per_example, of_the_mean = text, text
    kept: list[tuple[int, int]] = []  # the displays that only define, read by both parts
    for run in mean:
        for block in run:
            per_example = _blanked(per_example, *block.span)
    for run in example:
        if through_l and run in losses:
            continue  # J = (1/m) Σᵢ L(ŷ⁽ⁱ⁾, y⁽ⁱ⁾): L's definition is read with the mean, as example i's term
        if shared and run not in losses and not _DERIVATIVE.search(maths_of(run)):
            # ŷ = σ(wᵀx + b), z = wᵀx + b: the model the examples share is the mean's too — blanked, the mean's
            # undefined ŷ took the cost's default model (a squared error's line) and judged a derivation right for
            # that model only (audit24f)
            kept += [block.span for block in run]
            continue
        for block in run:
            of_the_mean = _blanked(of_the_mean, *block.span)
    # the per-example part: its loss's arguments at example i, and each mark, are that one example's (x, y)
    for run in losses:
        head = _LOSS_HEAD.match(per_example, run[0].maths[0], run[0].maths[1])
        if head is not None:
            arguments = re.search(r"\(.*\)", per_example[head.start("head"):head.end("head")], re.DOTALL)
            if arguments is not None and re.search(r"\^\s*\{\s*\(?\s*i\s*\)?\s*\}|_\s*i\b", arguments.group()):
                per_example = _blanked(per_example, head.start("head") + arguments.start(),
                                       head.start("head") + arguments.end())
    per_example, joined = _joined_equations_cut(per_example)
    # ŷ = σ(z), 其中 z = wᵀx + b kept in the mean's part: cut there as in the per-example part (its notes the same)
    of_the_mean = _joined_equations_cut(of_the_mean, within=kept)[0]
    marks = _ANY_MARK if indexed is None else _INDEX_MARK
    marked = bool(marks.search(per_example))
    for found in reversed(list(marks.finditer(per_example))):
        start, end = found.span() if indexed is None else found.span("mark")
        per_example = per_example[:start] + " " * (end - start) + per_example[end:]
    dropped = ", its ^{(i)} marks dropped" if indexed is None else \
        ", its _i marks dropped (L_i, ŷ_i, y_i, x_i read as L, ŷ, y, x)"
    # L = Σᵢ (ŷᵢ − yᵢ)² or (1/2n) Σᵢ …: no mean, and the note does not call it one (each part is judged against the
    # cost as the page defines it either way) — audit27b
    of_them = "as its mean" if indexed is None or _PLAIN_MEAN.match(defined[0]) else \
        "over the examples, as the page defines it"
    named = "L, then the cost J" if indexed is None else "L_i, then the cost L"
    notes = [f"the page derives one example's loss {named} {of_them}: read as two parts, each of its own "
             "cost — the chains of one example's loss (the per-example convention: each judged as that example's "
             "gradient" + (dropped if marked else "") + ") and the chains of the mean over the examples, each judged "
             f"against {'J' if indexed is None else 'L'}; the page ends at the gradient only if every derivation in "
             "both does"]
    return per_example, of_the_mean, notes + joined


def _blanked(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` blanked but for its line breaks: offsets and lines stay."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


#: what joins two equations in one display, each read on its own: a comma ending the line (∂ŷ/∂z = …,⏎ ∂z/∂w = x), or
#: a comma and the word "where" before a definition (ŷ = σ(z) = 1/(1 + e^{−z}), 其中 z = wᵀx + b)
_JOINED = patterns.compile(r",[ \t]*(?=\n)|[,，]?[ \t]*(?:其中|\\text\s*\{\s*where\s*\}|(?<![A-Za-z\\])where(?![A-Za-z]))[ \t]*")
#: a side that is a definition's or a derivative's head: a name or ∂A/∂B, then '='
_EQUATION_HEAD = patterns.compile(r"\s*(?:\\frac\s*\{\s*(?:\\partial|d)[^{}]*(?:\{[^{}]*\}[^{}]*)*\}\s*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}"
                                  r"|\\?[A-Za-z]+(?:\s*\{\s*[A-Za-z]\s*\})?(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?)\s*=")


def _joined_equations_cut(text: str, within: Sequence[tuple[int, int]] | None = None) -> tuple[str, list[str]]:
    r"""``text`` with each ``$$ … $$`` display of two equations joined by a comma ending its line, or by "where"
    (其中, ``\text{where}``), cut there into two displays (``$$ $$`` written over the joint: the lines stay, the line's
    columns after it move by at most a few); a note for each; only the displays spanning one of ``within`` when it is
    given. Only where each side holds exactly one '=' outside
    brackets and the second opens with a name or a derivative and its '=': two statements, each read on its own
    (a definition, a lemma), as the page lays them out."""
    from .brackets import top_level
    from .notes import display_blocks

    notes: list[str] = []
    for block in reversed(display_blocks(text)):
        start, end = block.maths
        if text[block.span[0]:start].strip() != "$$" or block.inline \
                or (within is not None and block.span not in within):
            continue
        maths = text[start:end]
        if "\\begin" in maths or "\\\\" in maths:
            continue
        joints = [found for found in _JOINED.finditer(maths) if top_level(maths[:found.start()] + "@", "@")]
        if len(joints) != 1:
            continue
        joint = joints[0]
        before, after = maths[:joint.start()], maths[joint.end():]
        if len(top_level(before, "=")) < 1 or len(top_level(after, "=")) != 1 or not _EQUATION_HEAD.match(after):
            continue
        line = text.count("\n", 0, start + joint.start()) + 1
        text = text[:start + joint.start()] + "$$ $$" + text[start + joint.end():]
        notes.append(f"line {line} joins two equations in one display"
                     + (" by a comma at the line's end" if "," in joint.group() and "\n" not in joint.group()
                        and not joint.group().strip(", \t") else f" by '{joint.group().strip(', ，')}' (where)")
                     + ": each is read on its own, a definition or a lemma of the part of one example's loss")
    return text, list(reversed(notes))
