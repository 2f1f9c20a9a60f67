r"""Julia code, as a course's solution writes a loss, put in the spelling the readers already read, each reading noted.

Julia squares a vector's entries with an anonymous function, ``sum(map(x -> x ^ 2, y - x * w))``: ``map(p -> body,
v)`` is body at each entry of v, put here as the body with ``(v)`` for p (so the function's ``x`` is no data x). Julia
numbers entries from 1 like Octave, so its ``w[2:end]`` and ``w[2:length(w)]`` are Octave's ``w(2:end)`` (w without
its first entry, the intercept's), and ``unshift(v, 0)`` (``unshift!``, later ``pushfirst!``) puts 0 in front of v:
Octave's ``[0; v]``. Julia's reductions take the function first: ``sum(abs2, X * w - y)`` is Σ abs2(vᵢ), where
``abs2(z)`` is |z|², z² for a real z (smooth, unlike ``abs``, which stays refused); ``sum(f, v)`` with f one of the
functions that act on each number (abs2, exp, log, log1p, sqrt) or an anonymous function (``sum(x -> x ^ 2, v)``,
read as ``map``) is put as Octave's ``sum(f(v))``, entry by entry.

A problem is read as Julia only when one of its texts says so: a ``map(`` whose first argument is an anonymous
function (``x -> …``) or exp, log or sqrt (``map(exp, X*w)``, read as ``exp.(X*w)``, noted), an
``unshift``/``pushfirst!``, a 1-based slice to ``end``/``length(…)`` in square brackets,
a ``sum`` whose first argument is a function (``sum(abs2, …``, ``sum(x -> …``) or Julia's ``abs2(``,
and none writes NumPy's marks (``np.``, ``**``, ``@``, ``.T``) or R's (``%*%``, ``<-``); any other is left alone. In a Julia problem a bare ``l`` that only weighs the penalty (``l * w``, ``(l / 2) *
sum(…)``), beside no λ, is λ (the course's name of it). A ``map`` of anything but one anonymous function of one
name and one vector is refused at the ``map``, never guessed. Nothing here evaluates anything; this module imports
no sympy.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..errors import InputError
from .brackets import closing, top_level
from .. import patterns

__all__ = ["is_julia", "numpy_marked", "edits"]

#: what marks a text as Julia
_MARK = patterns.compile(r"(?<![\w.])map\(\s*(?:[A-Za-z_]\w*|\([^()]*\))\s*->|(?<![\w.])map\(\s*(?:exp|log|sqrt)\s*,|"
                         r"(?<![\w.])(?:unshift!?|pushfirst!)\(|"
                         r"(?<=[\w)\]])\[\s*\d+\s*:\s*(?:end|length\(\s*[A-Za-z_]\w*\s*\))\s*\]|"
                         r"(?<![\w.])sum\(\s*(?:abs2|exp|log|log1p|sqrt)\s*,|(?<![\w.])sum\(\s*[A-Za-z_]\w*\s*->|"
                         r"(?<![\w.])abs2\.?\(|" + r"(?<![\w.])@\.(?![\w.])")
#: NumPy's own marks, which Julia does not write: np., **, @ (not R's %*%, not Julia's @. macro), .T
_NUMPY_MARK = patterns.compile(r"(?<![\w.])(?:np|numpy)\.|\*\*|(?<!%)@(?!\.(?![\w.]))|\.T(?![\w(])")
#: Julia's @. macro: every operation in the expression after it, to the end of its line, entry by entry
_BROADCAST_MACRO = patterns.compile(r"(?<![\w.])@\.(?![\w.])\s*")
#: a call that @. would dot into one taken of each entry alone (length.(y) is all ones): a reduction or a size
_DOTTED_REDUCTION = patterns.compile(r"(?<![\w.$])(?P<name>sum|mean|length|size|prod|maximum|minimum|dot|norm|"
                                     r"transpose|adjoint|count|vec|nrow|ncol|numel|cumsum)\s*\(")
#: a call of a named function (sigmoid(z), h(X, θ)), which @. dots as a broadcast over its arguments' entries
_CALL = patterns.compile(r"(?<![\w.$])(?P<name>[A-Za-z_]\w*)\s*\(")
#: an operator that @. dots (not one already dotted, not a transpose's ')
_UNDOTTED = patterns.compile(r"(?<![.*/^])[*/^](?![*/^])")
_MAP = patterns.compile(r"(?<![\w.])map\(")
#: Julia's reduction of a function over a vector: sum(abs2, v), sum(exp, v), sum(x -> x ^ 2, v)
_SUM_OF = patterns.compile(r"(?<![\w.])sum\(\s*(?:(?P<function>abs2|exp|log|log1p|sqrt)\s*,|(?=[A-Za-z_]\w*\s*->))")
#: an operator of one number in an anonymous function's body (not one already dotted, not a transpose's ')
_ENTRYWISE = patterns.compile(r"(?<![.*/^])[*/^](?![*/^])")
#: Julia's abs2(z), |z|²: z² for a real z
_ABS2 = patterns.compile(r"(?<![\w.])abs2\.?\(")
_LAMBDA = patterns.to_end(r"^\s*(?P<name>[A-Za-z_]\w*)\s*->\s*(?P<body>.+)$", mark="")
#: a 1-based slice to the end: w[2:end], w[2:length(w)], θ[2:end] (code's T respelled as the parameters' letter)
_SLICE = patterns.compile(r"(?<![\w.])(?P<name>[^\W\d]\w*)\[\s*(?P<first>\d+)\s*:\s*"
                          r"(?:end|length\(\s*(?P=name)\s*\))\s*\]")
#: the parameters' Greek letters by the names Octave's code gives them
_SPELLED = {"θ": "theta", "β": "beta"}
_UNSHIFT = patterns.compile(r"(?<![\w.])(?P<call>unshift!?|pushfirst!)\(")

#: a bare l (not l_1, not lambda, not a call)
_L = patterns.compile(r"(?<![\w\\.])l(?![\w(])")
#: where an l weighs the penalty: l * w (a vector, or its slice), (l / 2) * sum(…)
_L_WEIGHS = patterns.compile(r"l\s*\*\s*(?:w|theta|beta)(?![\w(])|l\s*/\s*2\s*\)\s*\*\s*sum\(")
_LAMBDA_WRITTEN = patterns.compile(r"(?<![\w])\\?lambda(?![\w])|λ")
L_NOTE = ("read as Julia code: l weighs the penalty on the parameters (l * w, (l / 2) * sum(…)) and nothing "
          "else: λ, the regularisation strength")
#: map(f, v) with f a function of one number named (not an anonymous one): map(exp, X*w)
_MAP_NAMED = patterns.compile(r"\s*(?P<function>exp|log|sqrt)\s*,")
MAP_NAMED_NOTE = ("read as Julia: map({function}, v) applies {function} to each entry of v: {function}.(v), "
                  "entry by entry")
MAP_NOTE = ("read as Julia: map(x -> f(x), v) applies the anonymous function to each entry of v: f(v) entry by entry "
            "(its x stands for v's entries, not the data x)")
SLICE_NOTE = ("read as Julia: {written} is entries {first} to the last of {name} (Julia numbers from 1): "
              "{name}({first}:end)")
UNSHIFT_NOTE = "read as Julia: {call}(v, 0) puts 0 in front of v: [0; v]"
SUM_OF_NOTE = ("read as Julia: sum(f, v) applies f to each entry of v and adds the results, Σᵢ f(vᵢ): "
               "sum(f(v)) entry by entry")
ABS2_NOTE = "read as Julia: abs2(z) is |z|², z² for a real z (the square, smooth; abs itself is not read)"
BROADCAST_NOTE = ("read as Julia: @. makes every operation in the expression after it entry by entry (* as .*, / as ./, "
                  "^ as .^, f(v) as f.(v))")


def is_julia(text: str) -> bool:
    """Whether ``text`` is marked as Julia code (``map(x -> …``, ``unshift(``, ``w[2:end]``)."""
    return isinstance(text, str) and _MARK.search(text) is not None


def numpy_marked(text: str) -> bool:
    """Whether ``text`` writes something only NumPy writes (``np.``, ``**``, ``@``, ``.T``): then it is no Julia."""
    return isinstance(text, str) and _NUMPY_MARK.search(text) is not None


def edits(text: str, *, label: str, defined: Collection[str] = ()) -> tuple[list[tuple[int, int, str, str]], list[str]]:
    """Julia's spellings in ``text`` as (start, end, replacement, note) edits into Octave's and plain words, and the
    notes of spellings inside a map's vector (``map(x -> x ^ 2, w[2:end])``).

    Raises :class:`InputError` (labelled ``label``) for a ``map`` or an ``unshift`` that is not read.
    """
    notes: list[str] = []
    found: list[tuple[int, int, str, str]] = []
    for match in _MAP.finditer(text):
        if any(start <= match.start() < end for start, end, _, _ in found):
            continue
        if (named := _MAP_NAMED.match(text, match.end())) is not None:
            found.append(_map_named(text, match, named.group("function"), label, notes))
        else:
            start, end, body, note = _anonymous(text, match.start(), match.end() - 1, label, notes)
            found.append((start, end, f"({body})", note))
    for match in _SUM_OF.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in found):
            found.append(_sum_of(text, match, label, notes))
    for match in _ABS2.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in found):
            found.append(_abs2(text, match, label, notes))
    inside_maps = list(found)
    for match in _SLICE.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in inside_maps):
            # θ[2:end] (code's T respelled as the parameters' letter) in the ASCII name Octave's slice is read by
            found.append((match.start(), match.end(),
                          f"{_SPELLED.get(match.group('name'), match.group('name'))}({match.group('first')}:end)",
                          SLICE_NOTE.format(written=match.group(0), first=match.group("first"),
                                            name=match.group("name"))))
    for match in _UNSHIFT.finditer(text):
        closer = closing(text, match.end() - 1)
        inside = text[match.end():closer] if closer is not None else ""
        commas = [match.end() + at for at in top_level(inside, ",")]
        if closer is None or len(commas) != 1 or text[commas[0] + 1:closer].strip() != "0":
            raise InputError(f"'{match.group('call')}(' is read only as {match.group('call')}(v, 0), 0 put in front "
                             "of v", source=text, column=match.start(), label=label,
                             hint="write the vector with its first entry: [0; v]")
        found.append((match.start(), match.end(), "[0; ", UNSHIFT_NOTE.format(call=match.group("call"))))
        found.append((commas[0], closer + 1, "]", ""))
    if "l" not in defined:  # --let l = length(y): l is the let's value, not λ
        found += _strength_l(text)
    found += _broadcast_macro(text, found, label)
    return sorted(found), notes


def _broadcast_macro(text: str, found: list[tuple[int, int, str, str]], label: str) -> list[tuple[int, int, str, str]]:
    """Julia's ``L = @. - Y * log2(P) - (1 - Y) * log2(1 - P)`` (f71): the macro dropped, each ``*``, ``/``, ``^`` in
    the expression after it dotted, as Julia runs it; a function of a number already acts on each entry in the
    readers' matrix form, so its calls are left as written. An operator inside another edit's span (a map's body) is
    that edit's. The expression ends where its line, its statement or its bracket does (``sum(@. (h - y)^2) / m``:
    the ``/`` is no broadcast's). A reduction in it is refused (:func:`_refuse_dotted_reduction`)."""
    out: list[tuple[int, int, str, str]] = []
    for match in _BROADCAST_MACRO.finditer(text):
        out.append((match.start(), match.end(), "", BROADCAST_NOTE))
        end = _macro_end(text, match.end())
        _refuse_dotted_reduction(text, match.end(), end, label)
        for operator in _UNDOTTED.finditer(text, match.end(), end):
            if not any(start <= operator.start() < stop for start, stop, _, _ in found):
                out.append((operator.start(), operator.end(), "." + operator.group(0), ""))
    return out


def _macro_end(text: str, start: int) -> int:
    """Where the expression a macro takes from ``start`` ends: its line's end, a ``;`` or ``#`` (a comment), or a
    bracket or comma it did not open (``sum(@. (h - y)^2) / m``: the macro's argument is ``(h - y)^2``)."""
    depth = 0
    for at in range(start, len(text)):
        char = text[at]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return at
        elif char in "\n;#" or (char == "," and depth == 0):
            return at
    return len(text)


def _split_top(inside: str) -> list[str]:
    """The arguments of a call's bracket, split at its top-level commas."""
    cuts = [-1, *top_level(inside, ","), len(inside)]
    return [inside[left + 1:right] for left, right in zip(cuts, cuts[1:])]


def _refuse_dotted_reduction(text: str, start: int, end: int, label: str) -> None:
    """Refuse a reduction under ``@.`` (audit30a): Julia dots every call there too, so ``@. (h - y)^2 / (2 *
    length(y))`` divides by length.(y), the length of each entry (1), and ``@. sum((h - y)^2)`` is sum.(…), each entry
    alone: no reduction at all, where the matrix form would read the vector's length and sum (a wrong gradient).
    A call of several arguments or of the data matrix (``@. -y * log(h(X, θ))``) is refused too: Julia calls h on
    each entry of X in turn (h.(X, θ)), which is no model's value (a shape error, or garbage where m = n)."""
    for call in _CALL.finditer(text, start, end):
        closer = closing(text, call.end() - 1)
        inside = text[call.end():closer] if closer is not None else ""
        arguments = [part.strip() for part in _split_top(inside)]
        if len(arguments) > 1 or "X" in arguments:
            # h(X, θ) under @. is h.(X, θ): h of each entry of X (and of θ), never the model's h of the matrix
            raise InputError(f"under @. Julia dots every call too: {call.group('name')}(…) there is "
                             f"{call.group('name')}.(…), called on each entry of {'X' if 'X' in arguments else 'its arguments'}"
                             " in turn, not on the whole matrix or vectors", source=text, column=call.start(),
                             label=label, hint="put the @. only around the arithmetic of numbers and vectors, or "
                                               "write each dot yourself: -y .* log.(h(X, θ))")
    reduction = _DOTTED_REDUCTION.search(text, start, end)
    if reduction is not None:
        name = reduction.group("name")
        raise InputError(f"under @. Julia dots every call too: {name}(…) there is {name}.(…), taken of each entry "
                         f"alone (length.(y) is 1 at each entry, sum.(v) is v), not of the whole vector",
                         source=text, column=reduction.start(), label=label,
                         hint="put the @. inside the call's bracket, sum(@. (h - y)^2), or write each dot "
                              "yourself: (h .- y).^2 ./ (2 * length(y))")


def _strength_l(text: str) -> list[tuple[int, int, str, str]]:
    """Every bare ``l`` as λ, where each weighs the penalty (``l * w``, ``(l / 2) * sum(…)``), no λ written."""
    letters = list(_L.finditer(text))
    if not letters or _LAMBDA_WRITTEN.search(text) or not all(_L_WEIGHS.match(text, l.start()) for l in letters):
        return []
    return [(letter.start(), letter.end(), "lambda", L_NOTE) for letter in letters]


def _spelled(vector: str, label: str, notes: list[str]) -> str:
    """``vector`` with its own Julia spelled (``w[2:end]`` inside a ``map``), the notes of those added to ``notes``."""
    inner, inner_notes = edits(vector, label=label)
    for start, end, replacement, note in sorted(inner, reverse=True):
        vector = vector[:start] + replacement + vector[end:]
        if note and note not in notes:
            notes.append(note)
    notes += [note for note in inner_notes if note not in notes]
    return vector


def _anonymous(text: str, start: int, opener: int, label: str, notes: list[str],
               entrywise: bool = False) -> tuple[int, int, str, str]:
    """``map(p -> body, v)`` (or ``sum(p -> body, v)``, its bracket at ``opener``) as one edit: the body with ``(v)``
    for p, v's own Julia and the body's spelled (with ``entrywise``, its operators dotted as Octave's)."""
    closer = closing(text, opener)
    inside = text[opener + 1:closer] if closer is not None else ""
    commas = top_level(inside, ",")
    function = _LAMBDA.match(inside[:commas[0]]) if len(commas) == 1 else None
    if closer is None or function is None:
        called = text[start:opener].strip()
        raise InputError(f"{called} is read only as {called}(x -> f(x), v): one anonymous function of one name, and "
                         "one vector", source=text, column=start, label=label,
                         hint="write the function's value on the whole vector, entry by entry: (v).^2")
    vector = _spelled(inside[commas[0] + 1:].strip(), label, notes)
    written = _spelled(function.group("body"), label, notes)
    if entrywise:
        # the body acts on one number: its *, / and ^ are Octave's entry-by-entry .*, ./ and .^ once v stands for it
        # (inside sum(…), where Octave's ^ of a vector would be refused as mpower; map's own spelling is as it was)
        written = _ENTRYWISE.sub(lambda operator: "." + operator.group(0), written)
    body = re.sub(r"(?<![\w.])" + re.escape(function.group("name")) + r"(?!\w)", lambda _: f"({vector})", written)
    return start, closer + 1, body, MAP_NOTE


def _map_named(text: str, match: re.Match[str], function: str, label: str,
               notes: list[str]) -> tuple[int, int, str, str]:
    """``map(exp, v)`` as ``exp.(v)``: a function of one number (exp, log, sqrt) applied to each entry of v."""
    opener = match.end() - 1
    closer = closing(text, opener)
    inside = text[opener + 1:closer] if closer is not None else ""
    commas = top_level(inside, ",")
    if closer is None or len(commas) != 1 or not inside[commas[0] + 1:].strip():
        raise InputError(f"map({function}, v) is read only with one vector v", source=text, column=match.start(),
                         label=label, hint=f"write the function on the vector entry by entry: {function}.(v)")
    vector = _spelled(inside[commas[0] + 1:].strip(), label, notes)
    return match.start(), closer + 1, f"{function}.({vector})", MAP_NAMED_NOTE.format(function=function)


def _sum_of(text: str, match: re.Match[str], label: str, notes: list[str]) -> tuple[int, int, str, str]:
    """``sum(f, v)`` as Octave's ``sum(f(v))``: abs2 as the square ``((v).^2)``, an anonymous function as ``map``."""
    opener = text.index("(", match.start())
    if not match.group("function"):
        start, end, body, note = _anonymous(text, match.start(), opener, label, notes, entrywise=True)
        if note not in notes:
            notes.append(note)
        return start, end, f"sum({body})", SUM_OF_NOTE
    closer = closing(text, opener)
    inside = text[opener + 1:closer] if closer is not None else ""
    commas = top_level(inside, ",")
    if closer is None or len(commas) != 1:
        raise InputError("sum(f, v) is read only with one function f and one vector v", source=text,
                         column=match.start(), label=label, hint="write the sum of the function's values: sum(f(v))")
    vector = _spelled(inside[commas[0] + 1:].strip(), label, notes)
    function = match.group("function")
    if function == "abs2":
        if ABS2_NOTE not in notes:
            notes.append(ABS2_NOTE)
        return match.start(), closer + 1, f"sum(({vector}).^2)", SUM_OF_NOTE
    return match.start(), closer + 1, f"sum({function}({vector}))", SUM_OF_NOTE


def _abs2(text: str, match: re.Match[str], label: str, notes: list[str]) -> tuple[int, int, str, str]:
    """``abs2(z)`` (or Julia's broadcast ``abs2.(v)``) as the square ``((z).^2)``, entry by entry."""
    opener = match.end() - 1
    closer = closing(text, opener)
    if closer is None:
        raise InputError("abs2( has no closing bracket", source=text, column=match.start(), label=label,
                         hint="write abs2(z) with its bracket closed")
    return match.start(), closer + 1, f"(({_spelled(text[opener + 1:closer], label, notes)}).^2)", ABS2_NOTE
