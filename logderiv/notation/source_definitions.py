r"""A source's own definition of a name logderiv gives a fixed meaning: the definition is read.

Code and notes reuse logderiv's letters for quantities of their own and say so with a definition:
R's ``w = -(Y*log(p)) - (1-Y)*(log(1-p))`` (w the per-example losses), ``lambda = a * x + b`` (λ a
Poisson rate), a note's ``x = w^{T}.x_{i}`` (x the score). The source's definition is the best
evidence of what its name means: where one ``--let`` defines such a name (w, weights, θ, β, x, λ) and no reading before this one
took it, the name is respelled in place as a letter no text uses — every character keeps its
column — and the reading is noted. The counts m and n are not rebound: a count defined as a count is
read by the count lets' readers before this one, and one given a number none of them took (m = 10,
m = 0.5) is refused here, saying why.

It is refused instead, naming both readings, where the rebinding conflicts with the texts:

* ``--wrt`` asks by the name (``--wrt w_j`` with ``w`` defined): the derivative would be by the
  source's value, which is no parameter;
* a text uses the name in its fixed meaning as well: an entry by a feature index (``w_j``), a
  transpose (``w^T``, ``w'``, ``w.T``), or the name in its own definition (``w = w - …``, an
  update). In the definition's own value the example's entry of the data (x_i in x = w^T x_i) is
  the data: a definition does not use itself;
* the definition's value is computed from a parameter vector --wrt does not ask for (``w = σ(Xθ)``
  with ``--wrt beta_j``), or the rebound name was the texts' only parameter vector.

Left alone (the front ends refuse as before, or a later reading reads it): two definitions of the
name; a letter a plain text glues to others (``wx`` reads as w·x, the fixed meaning unseen); an
entry by an index that is no feature's outside the definition (``x_n`` beside a definition of x); a
value that is no quantity of the model: x made of data alone (``x <- as.matrix(d)``: the data), any
name given numbers alone (``lambda = 0.1``, the strength's value; ``w = 0``, ``theta = zeros(n, 1)``,
the parameters' starting value), a parameter vector made of the parameters alone (``theta <- c(b, w)``,
``w = theta[1:]``: the parameters themselves, stacked or sliced); and LaTeX with no sum, one observation's formula rather than a cost
(``λ^y e^{−λ}/y!``). λ is read only where no text is LaTeX and none writes a penalty (a squared
parameter, a norm): notes may write it twice, a rate and the penalty's strength, both bare, and x only where its value writes the data (x_i, X), which would
be gone from the cost otherwise. y is not rebound here: with the target's name taken, the name the
source gives its labels (t) would be read as one constant; code's y = the model's output is read by
the prediction rule (``redefined``), which names the target.

Sympy-free, like the front ends.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from ..errors import InputError
from .. import patterns
from . import vocabulary as vocab

__all__ = ["respell_source_definitions"]

#: the names a source may define for itself, each with the meaning logderiv gives it (for the note and messages)
_MEANINGS = {
    "w": "the weights w",
    "weights": "the weights",
    "theta": "the parameters θ",
    "beta": "the parameters β",
    "x": "the data x (an example's features)",
    "lambda": "the regularisation strength λ",
}
#: LaTeX's commands and Unicode's letters for the Greek names
_GREEK = {"theta": "θ", "beta": "β", "lambda": "λ"}
#: a let's head as a source writes it: a name, a Greek command or letter (R's <- and := are split by the caller)
_HEAD = patterns.compile(r"\s*(?:\\(?P<command>theta|beta|lambda)|(?P<name>[A-Za-z]+)|(?P<greek>[θβλ]))\s*$")
#: the example's entry after a name: x_i, x_{i}, x_(i), x^{(i)}
_EXAMPLE_ENTRY = patterns.compile(r"(?:_\s*(?:\{\s*i\s*\}|i(?![A-Za-z0-9])|\(\s*i\s*\))|\s*\^\s*\{\s*\(\s*i\s*\)\s*\})")
#: a sum (or product) over the examples, as LaTeX writes it
_SUM = patterns.compile(r"\\sum(?![A-Za-z])|\\Sigma(?![A-Za-z])|\\prod(?![A-Za-z])|[Σ∑∏]")
#: a parameter in a definition's value: what makes x or y a value of the model rather than data
_PARAMETER = patterns.compile(r"(?<![A-Za-z])(?:theta|beta|w|W|b)(?![A-Za-z])|\\theta|\\beta|[θβ]")
#: the data in a definition's value: a quantity of the model made of the data (λ = a x + b)
_DATA = patterns.compile(r"(?<![A-Za-z\\])(?:[xXyY])(?![A-Za-z])")
#: the data's entry of an example in a definition's value: x_i, x_{i}, x^{(i)}, x[i]
_DATA_ENTRY = patterns.compile(r"(?<![A-Za-z\\])x\s*(?:_\s*\{?\s*i(?![A-Za-z])|\^\s*\{\s*\(\s*i|\[\s*i\s*\])")
#: a penalty on the parameters, whose strength λ may be: a squared parameter (θₖ², w.^2, theta**2), θᵀθ, a norm
_PENALTY = patterns.compile(
    r"(?:theta|beta|w|θ|β|\\theta|\\beta)\s*(?:_\s*\{?\s*\w+\s*\}?|\[[^\]]*\]|\([^)]*\))?\s*(?:\^|\*\*|\.\^)\s*\{?\s*2"
    r"|(?:theta|beta|w)\s*(?:'|\.T|\^\s*\{?\s*T\}?)\s*\*?\s*(?:theta|beta|w)(?![A-Za-z])|norm|\|\||\\lVert|‖")
#: the parameter vectors a definition's value may be computed from, as the texts write them
_VECTOR_NAMES = {
    "theta": r"(?<![A-Za-z\\])theta(?![A-Za-z])|\\theta(?![A-Za-z])|θ",
    "beta": r"(?<![A-Za-z\\])beta(?![A-Za-z])|\\beta(?![A-Za-z])|β",
    "w": r"(?<![A-Za-z\\.])w(?![A-Za-z0-9(])|(?<![\w.])weights(?!\w)",
}
#: the letters a rebound name may be shown as
_FRESH = "uvqrs"
#: short words of code a single letter may stand inside without being a product of letters
_WORDS = frozenset({"exp", "log", "sum", "abs", "len", "var", "np", "dot", "max", "min", "sqrt", "mean", "let",
                    "sig", "tanh", "ln", "lgamma", "axis", "self", "def", "for", "int", "rep", "t"})


def _squares(text: str, asked: str | None) -> bool:
    """Whether ``text`` writes the parameter --wrt asks for squared (``a^2``, ``a**2``): a penalty on it, as θₖ² is."""
    letter = re.split(r"_", (asked or "").strip().lstrip("\\"))[0]
    return bool(letter) and re.search(
        rf"(?<![A-Za-z0-9_\\]){re.escape(letter)}\s*(?:\^|\*\*|\.\^)\s*\{{?\s*2", text) is not None


def _letter(name: str) -> bool:
    return len(name) == 1


def _spans(text: str, latex: bool, name: str) -> list[tuple[int, int]]:
    """Where ``name`` stands in ``text`` (start, length): a letter outside command names, a word, \\name, its Greek."""
    found: list[tuple[int, int]] = []
    if name in _GREEK:
        found += [(m.start(), m.end() - m.start()) for m in re.finditer(rf"\\{name}(?![A-Za-z])", text)]
        found += [(m.start(), 1) for m in re.finditer(_GREEK[name], text)]
        if not latex:
            found += [(m.start(), len(name)) for m in re.finditer(rf"(?<![\w.\\]){name}(?!\w)", text)]
        return sorted(found)
    if not _letter(name):
        return [(m.start(), len(name)) for m in re.finditer(rf"(?<![\w.\\]){name}(?!\w)", text)]
    if latex:
        position = 0
        while position < len(text):
            if text[position] == "\\":
                stop = position + 1
                while stop < len(text) and text[stop].isascii() and text[stop].isalpha():
                    stop += 1
                if text[position + 1:stop] in ("text", "mathrm", "operatorname", "textrm", "mbox") and \
                        text[stop:stop + 1] == "{":
                    close = text.find("}", stop)
                    stop = len(text) if close < 0 else close + 1
                position = max(stop, position + 2)
                continue
            if text[position] == name:
                found.append((position, 1))
            position += 1
        return found
    return [(m.start(), 1) for m in re.finditer(rf"(?<![\w.]){name}(?![A-Za-z0-9])", text)]


def _glued(text: str, name: str, defined: set[str]) -> bool:
    """Whether plain ``text`` writes the letter ``name`` glued to others (``wx``), which the reader splits (a name
    a --let defines, ``dy``, is one name)."""
    return any(name in word and word not in _WORDS and word not in vocab.FUNCTIONS and word not in defined
               for word in re.findall(r"(?<![\w.])[A-Za-z]{2,3}(?![\w(])", text))


def _head(let: str) -> tuple[str, int, str] | None:
    """A let's defined name (logderiv's spelling), where its head starts, and its value; None if no such name."""
    arrow = re.search(r"(?<=[\w)\s])<-(?!-)", let)
    equals = let.find("=")
    if arrow is not None and (equals < 0 or equals > arrow.start()):
        left, value = let[:arrow.start()], let[arrow.end():]
    elif equals > 0 and let[equals + 1:equals + 2] != "=":
        left, value = let[:equals].rstrip(":"), let[equals + 1:]
    else:
        return None
    match = _HEAD.fullmatch(left)
    if match is None:
        return None
    name = match.group("command") or match.group("name") or \
        {letter: word for word, letter in _GREEK.items()}.get(match.group("greek") or "", "")
    if name not in _MEANINGS:
        return None
    start = match.start("command") - 1 if match.group("command") else match.start(match.lastgroup or "name")
    return name, start, value.strip().rstrip(";").strip()


#: a count let of a number: m = 10, n <- 0.5 (m counts the examples, n the features)
_COUNT_NUMBER = patterns.compile(r"\s*(?P<name>[mn])\s*(?:=|<-)\s*(?P<value>[-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(?:;\s*)?")
_COUNTS = {"m": "the number of examples", "n": "the number of features"}


def _refuse_count_number(lets: Sequence[str]) -> None:
    """``--let "m = 10"`` that no reading took (code's constant n = 10 is read before): refused, saying why.

    A count the texts keep (a sum to m, a mean over m) given a number is not read as that count at that number:
    logderiv's gradient holds for every m, while an answer judged at m = 10 alone (1/10 beside 1/m) would be
    judged against one count; and a value no count can have (0.5, 0, −1) is no count at all.
    """
    for let in lets:
        match = _COUNT_NUMBER.fullmatch(let)
        if match is None:
            continue
        name, value = match.group("name"), match.group("value")
        number = float(value)
        what = _COUNTS[name]
        if number >= 1 and number.is_integer():
            message = (f"'{name}' has a fixed meaning, {what}, and --let sets it to {value}: the source's count of "
                       f"{value}, or logderiv's {name}, a count the gradient holds for whatever it is — logderiv keeps "
                       f"the count a letter")
            hint = f"drop the --let (put {value} for {name} in the result), or name the source's constant otherwise"
        else:
            message = (f"'{name}' has a fixed meaning, {what}, and --let gives it {value}, which no count can be: "
                       f"the source's constant {name} = {value}, or logderiv's {name}, {what}")
            hint = f"name the source's constant otherwise (c = {value})"
        raise InputError(message, source=let, column=match.start("name"), label="--let", hint=hint)


#: a subscript's letter after a name: w_j, w_{k}, x_{(i)}
_SUBSCRIPT = patterns.compile(r"_\s*\{?\s*\(?\s*(?P<index>[A-Za-z])(?![A-Za-z])")
#: a transpose after a name: w^T, w^{\top}, w', w.T
_TRANSPOSED = patterns.compile(r"\s*\^\s*\{?\s*(?:T(?![A-Za-z])|\\top|\\intercal|\\mathsf|\\mathrm\s*\{\s*T)|'|\.T(?!\w)")


def _conflict(name: str, texts: Sequence[tuple[str, str]], own: str, start: int,
              is_latex: Callable[[str], bool]) -> list[tuple[str, str, int]] | None:
    """The uses of ``name`` in its fixed meaning beside its definition ``own`` (label, text, column); None where a
    use is an entry by an index that is no feature's (y_n, x^{(i)}): whether it is the defined value's entry or the
    fixed meaning's is the readings' after this one to say.

    Fixed: an entry by a feature index (w_j, w_{k}), a transpose (w^T, w', w.T), and the name bare in its own
    definition (w = w - …, an update). In the definition's own value the example's entry of the data (x_i in
    x = w^T x_i) is the data: a definition does not use itself.
    """
    found = []
    for label, text in texts:
        for at, length in _spans(text, is_latex(text), name):
            if text is own and at == start:
                continue
            after = text[at + length:]
            subscript = _SUBSCRIPT.match(after)
            if text is own and name in ("x", "y") and _EXAMPLE_ENTRY.match(after):
                continue
            if subscript is not None and subscript.group("index") not in vocab.FEATURE_INDICES:
                return None
            if _EXAMPLE_ENTRY.match(after) and text is not own:
                return None
            if text is own or subscript is not None or _TRANSPOSED.match(after):
                found.append((label, text, at))
    return found


def _refuse(message: str, text: str, column: int, label: str, hint: str) -> InputError:
    return InputError(message, source=text, column=column, label=label, hint=hint)


def respell_source_definitions(
        cost: str | None, answer: str | None, lets: Sequence[str], is_latex: Callable[[str], bool],
        asked: str | None) -> tuple[str | None, str | None, tuple[str, ...], list[str]]:
    """The texts with each name a --let gives its own definition respelled as a fresh letter, and the notes.

    Raises :class:`InputError` (naming both readings) where the definition conflicts with the texts.
    """
    notes: list[str] = []
    lets = tuple(lets)
    _refuse_count_number(lets)
    if cost is None:
        return cost, answer, lets, notes  # a preset cost: its w, θ, λ are the fixed meanings, a let would be a second
    heads = [_head(let) for let in lets]
    for number, found in enumerate(heads):
        if found is None:
            continue
        name, start, value = found
        if sum(1 for other in heads if other is not None and other[0] == name) != 1:
            continue  # two definitions: which one a use means is the order's (read elsewhere, or refused)
        texts = [(label, text) for label, text in (("COST", cost), ("ANSWER", answer)) if text is not None]
        texts += [("--let", let) for let in lets]
        defined = {let.split("=")[0].strip() for let in lets}
        if any(not is_latex(text) and _letter(name) and _glued(text, name, defined) for _, text in texts):
            continue  # a product of letters (wx) would keep the fixed meaning unseen: left to the front ends
        named = ({let.split("=")[0].strip() for let in lets}
                 | {found[0] for found in heads if found is not None}) - {name, ""}
        of_lets = any(re.search(rf"(?<![\w.]){re.escape(other)}(?!\w)", value) for other in named)
        of_data = _DATA.search(value) is not None
        of_parameters = _PARAMETER.search(value) is not None
        if not (of_lets or (of_parameters if name == "x" else of_data if name in vocab.PARAMETER_VECTORS
                            else of_data or of_parameters)):
            # x <- as.matrix(d) is data made of data, the fixed meaning; theta <- c(b, w), w = theta[1:] the
            # parameters themselves, stacked or sliced; lambda = 0.1 the strength's value; w = 0, theta = zeros(n, 1)
            # a starting value of the parameters: none is a quantity of the source's own (left to the readings
            # after this one and the front ends, which refuse as before)
            continue
        if name == "lambda" and any(is_latex(text) or _PENALTY.search(text) or (
                text is not lets[number] and _squares(text, asked)) for _, text in texts):
            # notes may write λ twice, a rate and beside it the penalty's strength, both bare: respelled everywhere,
            # the strength would become the rate (audit21's λ/2 Σθₖ²); where a text writes a penalty (a squared
            # parameter, a norm) or LaTeX, λ is left to the readings that tell the two apart; the parameter asked
            # for squared counts too (λ = a * x + b beside lambda * a^2, a ridge on a slope: audit57)
            continue
        if name == "x" and not (_DATA_ENTRY.search(value) or re.search(r"(?<![A-Za-z\\])X(?![A-Za-z])", value)):
            continue  # x = w^T z: the data would be gone from the cost, z read as a constant: left to the front ends
        if all(is_latex(text) for _, text in texts) and not any(_SUM.search(text) for _, text in texts):
            continue  # a formula of no sum is one observation's (λ^y e^{−λ}/y!), no cost over the data: left alone
        meaning = _MEANINGS[name]
        shown = lets[number].strip()
        readings = f"the source's {name} = {value}, or logderiv's {name}, {meaning}"
        asked_name = re.split(r"_", (asked or "").strip().lstrip("\\"))[0]
        asked_name = {letter: word for word, letter in _GREEK.items()}.get(asked_name, asked_name)
        if asked_name == name or (name == "weights" and asked_name == "w"):
            raise _refuse(
                f"'{name}' has a fixed meaning ({meaning}) and --let defines it ({shown}), while --wrt {asked} asks "
                f"for the derivative by it: {readings} — a defined value is no parameter to differentiate by",
                lets[number], start, "--let", f"name the source's value otherwise (u = {value}) or ask --wrt for the "
                                             "parameter it is computed from")
        used = {vector for vector, pattern in _VECTOR_NAMES.items() if re.search(pattern, value)}
        if used and asked_name not in used:
            raise _refuse(
                f"'{name}' has a fixed meaning ({meaning}), and --let defines it ({shown}) from "
                f"{' and '.join(sorted(used))}, while --wrt {asked} asks for another parameter: {readings} — the "
                "definition is of parameters the derivative is not taken by",
                lets[number], start, "--let", "ask --wrt for the parameter the value is computed from")
        conflict = _conflict(name, texts, lets[number], start, is_latex)
        if conflict is None:
            continue  # an entry by another index (y_n beside y := σ(…)): left to the readings after this one
        if conflict:
            label, text, at = conflict[0]
            where = "its own definition" if text is lets[number] else "the texts"
            raise _refuse(
                f"'{name}' has a fixed meaning ({meaning}), and --let defines it ({shown}); {where} also "
                f"write{'s' if text is lets[number] else ''} {name} here as {meaning}: {readings} — both cannot hold",
                text, at, label, "name the source's value otherwise (u = …) where it is meant")
        if name in vocab.PARAMETER_VECTORS:
            others = [other for other in (*(vocab.PARAMETER_VECTORS - {name, "weights"}), "b", asked_name)
                      if other and other != name]
            if not any(_spans(text, is_latex(text), other) for _, text in texts for other in others):
                raise _refuse(
                    f"'{name}' has a fixed meaning ({meaning}), and --let defines it ({shown}): read as the source's, "
                    "no parameter is left for the derivative to be taken by: "
                    f"{readings}",
                    lets[number], start, "--let", "name the parameter the value is computed from with --wrt")
        fresh = next((letter for letter in _FRESH
                      if not any(_spans(text, is_latex(text), letter) for _, text in texts)), None)
        if fresh is None:
            continue

        def respelled(text: str, name: str = name, fresh: str = fresh) -> str:
            pieces, last = [], 0
            for at, length in _spans(text, is_latex(text), name):
                after = text[at + length:]
                if text is not lets[number] or at == start or not _EXAMPLE_ENTRY.match(after) or \
                        name not in ("x", "y"):
                    pieces += [text[last:at], " " * (length - 1) + fresh]
                    last = at + length
            return "".join(pieces) + text[last:]

        cost = None if cost is None else respelled(cost)
        answer = None if answer is None else respelled(answer)
        lets = tuple(respelled(let) for let in lets)
        heads = [_head(let) for let in lets]
        notes.append(f"{name} is defined by the source as {value}: read as so defined, not as {meaning}; "
                     f"shown as {fresh}")
    return cost, answer, lets, notes
