"""A whole Python function pasted as a cost or a gradient, read as its body.

Blog posts and notebooks give the cost as the function that computes it
(Kishan Ved's ``def cost_func(x,y,w,b):`` with ``n = y.shape[0]``, a loop over
``range(n)`` and ``return cost``; its ``def derivative_func(x,y,w,b):`` ending
``return dw, db``). :mod:`logderiv.notation.statements` reads such a body already
when it is pasted without its header; three rules here bring the whole function
to that reading, each said in a note:

* the header ``def NAME(PARAMS):`` is dropped and its body dedented, only where
  every later line is indented under it and the body ends in a ``return`` (the
  function's value): the parameters are the names the body uses, nothing more;
* a count the body sets once from the data (``n = y.shape[0]``, ``n = len(y)``,
  ``N = X.shape[0]``) and runs a loop to is the number of examples m: its uses
  are read as m (only where m is not written otherwise);
* ``return dw, db``, two gradients by two parameters, is the one ``--wrt`` asks
  for (the gradient by w is ``dw``).

A text that matches no rule exactly is left as it is, to be read or refused as
before. Nothing is run. This module imports no sympy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import patterns
from ..errors import InputError
from . import vocabulary
from .brackets import closing, top_level

__all__ = ["unwrap", "HEADER_NOTE", "JULIA_HEADER_NOTE", "COUNT_NOTE", "RETURNED_NOTE", "R_HEADER_NOTE", "R_GUARD_NOTE"]

#: def NAME(PARAMS): on the first line, nothing after the colon
_HEADER = patterns.compile(r"^def\s+(?P<name>[A-Za-z_]\w*)\s*\((?P<params>[^()]*)\)\s*(?:->\s*[\w\[\], .]+)?:\s*$")
#: NAME = a count of the data's rows: y.shape[0], len(y), X.shape[0], np.size(y), y.size
_COUNT_SET = patterns.compile(r"^(?P<indent>[ \t]*)(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<count>(?:np\.)?(?:len|size)\(\s*"
                              r"(?P<a>X|x|y|Y)\s*\)|(?P<b>X|x|y|Y)\.shape\[0\]|(?P<c>y|Y)\.size)\s*$")
#: return A, B (bare names)
_PAIR = patterns.compile(r"^(?P<indent>[ \t]*)return\s+\(?\s*(?P<names>[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*\)?\s*$")

#: Julia's function NAME(PARAMS) on the first line (no outputs: Octave's function file writes OUT = NAME(…))
_JULIA_HEADER = patterns.compile(r"^function\s+(?P<name>[A-Za-z_]\w*!?)\s*\((?P<params>[^()=]*)\)\s*$")
#: Julia's one line of body: return EXPR (no square bracket: an entry or a slice numbers from 1, not read here)
_JULIA_RETURN = patterns.compile(r"^return\s+(?P<value>[^\[\]\n;#]*[^\s\[\]\n;#])\s*$")
#: R's NAME <- function(PARAMS){ on the first line (or = function, the brace on the line), the body up to a last "}"
_R_HEADER = patterns.compile(r"^(?P<name>[A-Za-z_.][\w.]*)\s*(?:<-|=)\s*function\s*\((?P<params>[^()]*)\)\s*\{\s*$")
#: R's guard of a probability's extreme entries: p[p == 0] <- …, p[p==1] <- 1 - …, p[p <= 0] <- …, p[p >= 1] <- …
_R_GUARD = patterns.to_end(r"^\s*(?P<name>[A-Za-z_.][\w.]*)\s*\[\s*(?P=name)\s*(?P<test>==|<=|>=)\s*(?P<bound>[01])"
                            r"(?:\.0*)?\s*\]\s*<-\s*(?P<value>[^\n]+)$", mark="")
#: a value a guard may put there: a small constant, or 1 minus one (R's .Machine$double.eps, 1e-15, eps)
_GUARD_VALUE = patterns.compile(r"(?:1\s*-\s*)?(?:\.Machine\$double\.(?:neg\.)?eps|\d+(?:\.\d+)?[eE]-\d+|eps)")
#: a name set to the sigmoid of something: p <- plogis(X %*% beta), p <- sigmoid(…), p <- 1/(1+exp(-…)) — the
#: call's opening; :func:`_sigmoid_set` asks that the call be the whole value
_SIGMOID_SET = r"^\s*{name}\s*(?:<-|=)\s*(?P<call>plogis\(|sigmoid\(|1\s*/\s*\(\s*1\s*\+\s*exp\(\s*-)"

R_HEADER_NOTE = ("read as R: the function {name}({params}) is read as its body, whose value is what it returns (or "
                 "its last line); its parameters are the names the body uses")
R_GUARD_NOTE = ("read as R: {line} only changes entries of {name} equal to {bound}, which the sigmoid {name} is set to "
                "never takes (its values lie strictly between 0 and 1): a numerical guard, a no-op on the mathematics, "
                "dropped")

JULIA_HEADER_NOTE = ("read as Julia: function {name}({params}) return … end is read as the value it returns, "
                     "{value}; its parameters are the names that value uses")
HEADER_NOTE = ("read as code: the function {name}({params}) is read as its body, whose value is what it returns; "
               "its parameters are the names the body uses")
COUNT_NOTE = ("read as code: {name} = {count} counts the examples (the data's rows) and the loop runs to it: {name} is "
              "the number of examples m")
RETURNED_NOTE = ("read as code: the lines return {names}, the gradients by {bys}; --wrt {wrt} asks for the gradient by "
                 "{by}: {name} is the answer")


def unwrap(text: str, wrt: str | None = None, lets: Sequence[object] = ()) -> tuple[str, list[str]]:
    """``text`` with a pasted function's header, count and pair return read as the rules say; the notes."""
    notes: list[str] = []
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return text, notes
    header = _HEADER.match(lines[first].strip())
    if header is None and _JULIA_HEADER.match(lines[first].strip()):
        return _julia_function(text, lines[first:], notes)
    if header is None and lines[first] == lines[first].lstrip():
        return _r_function(lines[first:], notes)
    if header is None or lines[first] != lines[first].lstrip():
        return text, notes
    body = [line for line in lines[first + 1:] if line.strip()]
    indents = {len(line) - len(line.lstrip()) for line in body}
    if not body or 0 in indents or not body[-1].strip().startswith("return"):
        return text, notes  # a body not indented under the header, or one with no value: not a whole function
    least = min(indents)
    if any(not line[:least].isspace() for line in body):
        return text, notes
    params = ", ".join(p.strip() for p in header.group("params").split(",") if p.strip())
    notes.append(HEADER_NOTE.format(name=header.group("name"), params=params))
    out = [line[least:] for line in body]
    out = _counted(out, notes)
    out = _zipped_parameters(out, header.group("params"), notes, lets)
    out = _asked(out, wrt, notes)
    return "\n".join(out), notes


def _counted(lines: list[str], notes: list[str]) -> list[str]:
    """A name set once, at the top level, to the data's row count and run to by a loop: read as m (noted)."""
    for k, line in enumerate(lines):
        match = _COUNT_SET.match(line)
        if match is None or match.group("indent") or match.group("name") == "m":
            continue
        name = match.group("name")
        word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
        rest = "\n".join(lines[:k] + lines[k + 1:])
        sets = re.findall(rf"^\s*{re.escape(name)}\s*[-+*/]?=(?!=)", rest, re.MULTILINE)
        looped = re.search(rf"^\s*for\s+\w+\s+in\s+range\(\s*(?:0\s*,\s*)?{re.escape(name)}\s*\)\s*:", rest, re.MULTILINE)
        if sets or not looped or re.search(r"(?<![\w.])m(?!\w)", "\n".join(lines)):
            continue  # set again, no loop runs to it, or m is written as something else: left as it is
        notes.append(COUNT_NOTE.format(name=name, count=match.group("count")))
        return [f"m = {match.group('count')}" if j == k else word.sub("m", line) for j, line in enumerate(lines)]
    return lines


#: for x, y in zip(A, B): at the body's top level, the pair's names the example's input and target
_ZIP_PAIR = patterns.compile(r"^for\s+\(?\s*(?P<x>x|x_?i)\s*,\s*(?P<y>y|y_?i)\s*\)?\s+in\s+zip\(\s*(?P<a>[A-Za-z_]\w*)"
                             r"\s*,\s*(?P<b>[A-Za-z_]\w*)\s*\)\s*:\s*$")
#: names no data vector has: the parameters, their gradients and steps, the data's own letters and the counts
_NOT_DATA = patterns.compile(r"(?i:theta\w*|w|weights?|b|bias|beta\w*|grad\w*|d\w*|alpha|lr|lambda?|lambd|m|n|x|y|"
                             r"params?|parameters|coef\w*)")
#: an array's name that says it holds the inputs (xvect, xs, x_data, X_train, inputs, features), and one that says
#: it holds the targets (yvect, ys, y_data, targets, labels; not y_pred, y_hat, y_estim: the model's values): the zip's
#: arrays must be named so, in that order
_INPUTS_NAME = patterns.compile(r"(?i:x[a-z]*|x_\w+|\w+_x|inputs?|features?)")
_TARGETS_NAME = patterns.compile(r"(?i:(?!\w*(?:pred|hat|estim|fit|model|out))(?:y[a-z]*|y_\w+|\w+_y|targets?|labels?))")
ZIPPED_PARAMETERS_NOTE = ("read as code: the function's parameters {a} and {b} are its data: zip({a}, {b}) pairs them "
                          "example by example, so the loop's {x} and {y} are one example's input x⁽ⁱ⁾ and target "
                          "y⁽ⁱ⁾ ({a} the inputs X, {b} the targets y){length}")


def _zipped_parameters(lines: list[str], params: str, notes: list[str], lets: Sequence[object] = ()) -> list[str]:
    """``def fc(xvect = [], yvect=[], theta=1):`` with ``for x, y in zip(xvect, yvect):``: the parameters are the data.

    A function that takes two arrays and zips them into pairs named x and y in its one loop computes, for each
    example, with its input x and its target y: the arrays are the inputs X and the targets y, whatever the function
    calls them, and len() of either counts the examples, m. Read so (zip(X, Y), len(…) as m, noted) only where both
    arrays are the function's own parameters with names no parameter vector or gradient has, the first named as
    inputs (xvect, xs, inputs) and the second as targets (yvect, ys, targets), the body uses them
    nowhere but in the zip and in len(), the loop neither sets x nor y and no line after the loop reads them (Python
    leaves them at the last example), X, Y and m are written nowhere and no --let defines
    either array. Anything else is left as it is.
    """
    names = [p.split("=")[0].strip().lstrip("*") for p in params.split(",") if p.strip()]
    loops = [(k, match) for k, line in enumerate(lines) if (match := _ZIP_PAIR.match(line)) is not None]
    if len(loops) != 1 or len(re.findall(r"(?<![\w.])zip\(", "\n".join(lines))) != 1:
        return lines
    at, loop = loops[0]
    a, b, x, y = loop.group("a"), loop.group("b"), loop.group("x"), loop.group("y")
    if a == b or a not in names or b not in names or _NOT_DATA.fullmatch(a) or _NOT_DATA.fullmatch(b):
        return lines
    if any(isinstance(let, str) and re.match(rf"\s*(?:{re.escape(a)}|{re.escape(b)})\s*(?:\(|\[|=(?!=)|<-)", let)
           for let in lets):
        # --let 'yvect = 2*y': the writer says what the array holds, which the reading as X or y would override
        return lines
    if not _INPUTS_NAME.fullmatch(a) or not _TARGETS_NAME.fullmatch(b):
        # zip(yvect, xvect), zip(targets, inputs), zip(a, b): the names do not say the first array is the inputs
        # and the second the targets; read first-as-X, a swapped zip would pass as right (or the writer's roles
        # turn round): left to the zip's refusal
        return lines
    text = "\n".join(lines)
    if re.search(r"(?<![\w.])(?:X|Y|m)(?!\w)", text):
        return lines
    length = re.compile(rf"(?<![\w.])len\(\s*(?:{re.escape(a)}|{re.escape(b)})\s*\)")
    rest = "\n".join(line for k, line in enumerate(lines) if k != at)
    if re.search(rf"(?<![\w.])(?:{re.escape(a)}|{re.escape(b)})(?!\w)", length.sub("", rest)):
        return lines  # xvect[0], xvect.mean(), a call with it: more than the zip's pairs and their count
    body = []
    for line in lines[at + 1:]:
        if not line[:1].isspace():
            break
        body.append(line)
    after = lines[at + 1 + len(body):]
    pair = re.compile(rf"(?<![\w.])(?:{re.escape(x)}|{re.escape(y)})(?!\w)")
    if not body or not any(pair.search(line) for line in body) or any(pair.search(line) for line in after) \
            or any(re.match(rf"\s*(?:{re.escape(x)}|{re.escape(y)})\s*(?:[-+*/]?=(?!=)|,)", line) for line in body):
        return lines  # no use of the pair, a use of the last example after the loop, or x or y set anew
    said = sorted({match.group(0) for match in length.finditer(text)})
    notes.append(ZIPPED_PARAMETERS_NOTE.format(
        a=a, b=b, x=x, y=y, length=f"; {', '.join(said)} counts them, the number of examples m" if said else ""))
    header = lines[at][:loop.start("a")] + "X" + lines[at][loop.end("a"):loop.start("b")] + "Y" + lines[at][loop.end("b"):]
    return [header if k == at else length.sub("m", line) for k, line in enumerate(lines)]


def _asked(lines: list[str], wrt: str | None, notes: list[str]) -> list[str]:
    """``return dw, db`` as ``return dw`` where --wrt asks for the gradient by w; anything else as it is."""
    match = _PAIR.match(lines[-1]) if lines else None
    if match is None or wrt is None:
        return lines
    names = [name.strip() for name in match.group("names").split(",")]
    # a gradient's name by its parameter (dw, dj_dw, derivative_b): the vocabulary's, as the other readers'
    bys = [by for by in map(vocabulary.gradient_parameter, names) if by is not None]
    if len(bys) != len(names):
        return lines
    by = re.split(r"_(?=[jk0-9]$)", wrt.strip())[0].lower()
    if len(set(bys)) != len(bys) or bys.count(by) != 1:
        return lines
    name = names[bys.index(by)]
    notes.append(RETURNED_NOTE.format(names=", ".join(names), bys=", ".join(bys), wrt=wrt, by=by, name=name))
    return [*lines[:-1], f"{match.group('indent')}return {name}"]


def _julia_function(text: str, lines: list[str], notes: list[str]) -> tuple[str, list[str]]:
    """Julia's ``function compute_cost(X, y, theta)`` / ``return EXPR`` / ``end`` as ``return EXPR`` (noted).

    Only the one line ``return EXPR`` (indented or not: Julia's blocks end at ``end``), then ``end`` alone: Octave
    writes no value after ``return`` and its function file names its outputs (``function J = f(…)``), so the header
    with a value returned is Julia's. An EXPR with a square bracket (Julia's entries and slices number from 1) or
    any other body (lines before the return, loops) is left as written, to be refused as before. Julia's ``'`` is
    the adjoint, the transpose of real numbers, and ``.^`` its power of each entry: the code's spellings the
    readers read.
    """
    header = _JULIA_HEADER.match(lines[0].strip())
    body = [line for line in lines[1:] if line.strip()]
    if header is None or len(body) != 2 or body[-1].strip() != "end":
        return text, notes
    returned = _JULIA_RETURN.match(body[0].strip())
    if returned is None:
        return text, notes
    value = returned.group("value")
    if "÷" in value:
        # Julia's ÷ is div, the integer division (7.0 ÷ 2.0 is 3.0): a whole number, flat in the parameters
        raise InputError("'÷' in Julia is the integer division div (7 ÷ 2 is 3, rounded toward zero), not a "
                         "division: write '/' for the division", source=text, column=text.index("÷"))
    params_at = text.index(lines[0].strip()) + header.start("params")
    for param in re.finditer(r"(?:(?<=^)|(?<=[,;]))\s*(?P<name>[^,;:\s]+)", header.group("params")):
        name = param.group("name")
        if name.endswith("..."):
            # theta...: Julia's vararg, the arguments gathered into a tuple, not one vector or number
            raise InputError(f"the Julia function {header.group('name')}(…) takes '{name}', a vararg (its arguments "
                             "gathered into a tuple): not read as one parameter", source=text,
                             column=params_at + param.start("name"))
        # (Julia's juxtaposed coefficient 2m is 2·m: a use of m)
        if not re.search(rf"(?<![\w.])(?:\d+(?:\.\d+)?)?{re.escape(name)}(?![\w])", value):
            # the value uses another name (Julia's global, θ's slip for w): not the function of its parameters
            raise InputError(f"the Julia function {header.group('name')}(…) never uses its parameter '{name}' in the "
                             "value it returns: the names that value uses are not all its parameters (a global "
                             "in Julia), so it is not read", source=text,
                             column=params_at + param.start("name"))
    params = ", ".join(p.strip() for p in header.group("params").split(",") if p.strip())
    notes.append(JULIA_HEADER_NOTE.format(name=header.group("name"), params=params, value=value))
    return f"return {value}", notes


def _r_function(lines: list[str], notes: list[str]) -> tuple[str, list[str]]:
    """R's ``grad <- function(beta, Y, X){ … }`` as its body (noted), its sigmoid's guards dropped; else as it was.

    Only where the header is the first line, the last line is the closing ``}`` alone, and the body is indented
    under the header. R's value is its ``return(…)`` or its last line, as the statements' reader reads a block.
    """
    text = "\n".join(lines)
    header = _R_HEADER.match(lines[0].strip())
    body = [line for line in lines[1:] if line.strip()]
    if header is None or not body or body[-1].strip() != "}":
        return text, notes
    body = body[:-1]
    if not body or any(line == line.lstrip() for line in body):
        return text, notes
    least = min(len(line) - len(line.lstrip()) for line in body)
    out = [line[least:] for line in body]
    params = ", ".join(p.strip() for p in header.group("params").split(",") if p.strip())
    notes.append(R_HEADER_NOTE.format(name=header.group("name"), params=params))
    return "\n".join(_guards(out, notes)), notes


def _guards(lines: list[str], notes: list[str]) -> list[str]:
    """``pi[pi==0] <- .Machine$double.neg.eps`` beside ``pi <- plogis(X%*%beta)``: dropped, noted.

    A sigmoid's values lie strictly between 0 and 1, so a line that resets only its entries equal to 0 or 1 (or at
    most 0, at least 1) to a tiny constant (or 1 minus one) changes nothing in the mathematics: R's guard against
    log(0) where the floating point rounds. Only for a name the lines set once, before the guard, to a sigmoid.
    """
    out: list[str] = []
    for k, line in enumerate(lines):
        guard = _R_GUARD.match(line)
        if guard is not None and (guard.group("test"), guard.group("bound")) in (("==", "0"), ("==", "1"), ("<=", "0"),
                                                                                   (">=", "1")) \
                and _GUARD_VALUE.fullmatch(guard.group("value")):
            name = guard.group("name")
            sets = [j for j, other in enumerate(lines) if re.match(rf"^\s*{re.escape(name)}\s*(?:<-|=)(?!=)", other)]
            if len(sets) == 1 and sets[0] < k and _sigmoid_set(name, lines[sets[0]]):
                notes.append(R_GUARD_NOTE.format(line=line.strip(), name=name, bound=guard.group("bound")))
                continue
        out.append(line)
    return out


def _sigmoid_set(name: str, line: str) -> bool:
    """Whether ``line`` sets ``name`` to a sigmoid and nothing else: ``p <- plogis(X%*%beta)``, ``p <- 1/(1+exp(-z))``.

    The whole value must be the one call of one argument: ``plogis(z) - 0.5`` or ``1/(1+exp(-z))*2`` reach 0 or 1
    and beyond, where a guard binds, and ``plogis(z, log.p=TRUE)`` is log σ, at most 0.
    """
    start = re.match(_SIGMOID_SET.format(name=re.escape(name)), line)
    if start is None:
        return False
    value = line[start.start("call"):].rstrip().rstrip(";").rstrip()
    opener = value.index("(")
    end = closing(value, opener)
    if end is None or end != len(value) - 1 or top_level(value[opener + 1:end], ","):
        return False
    return True
