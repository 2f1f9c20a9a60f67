"""A loop over the parameters' entries that sets the gradient entry by entry, as the line for its entry j.

The Python port of Coursera's ex2 (``for i in range(parameters): term = np.multiply(error, X[:,i]);
grad[i] = np.sum(term) / len(X)``) and Octave's ``for i = 1:size(grad) grad(i) = … X(:, i) …; end`` fill the
gradient one entry at a time: the loop's bound is the number of parameters, and the body sets entry i from
column i of X. Its entry i is the derivative by the i-th parameter, so the body's line is read for entry j
(the loop's index as j, X[:, i] as column j, theta[i], theta[:, i] or Octave's theta(i) as the entry θⱼ), said
in a note, and the reader of such component lines (:func:`statements._components`) takes it from there.

Only what is plainly that is read: a bound that counts the parameters (``grad.size``, ``len(theta)``,
``size(grad)``, ``size(theta, 1)``, ``theta.shape[1]``, or a name the lines set to one of those or to
``int(theta.ravel().shape[1])``); a body of names set once then one ``grad[i] = …`` that uses X[:, i]. A body
that branches on the index (the intercept's entry written apart), takes a NumPy entry of the parameters, or uses
the index otherwise, is refused with the reason; anything else is left as it was (and refused as before).
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns
from ..errors import InputError
from .brackets import top_level

__all__ = ["entry_loops", "ENTRY_LOOP_NOTE"]

ENTRY_LOOP_NOTE = ("read as code: the loop '{header}' runs over the parameters' entries ({bound} is their number) "
                   "and sets {name}[{var}] from column {var} of X ({column}): entry {var} of the gradient, the "
                   "derivative by the parameter {var}, so the line is read for the component θⱼ with j = {var}"
                   "{octave}")

_PARAMETERS = r"(?:theta|w|beta|weights)"
_GRADIENT = r"(?:grad|gradient|g|dtheta|dw|dJ|dj_dw|grads)"
#: what counts the parameters' entries: NumPy's grad.size, len(theta), theta.shape[1] (a 1×n np.matrix), Octave's
#: size(grad), size(theta), size(theta, 1), length(theta), numel(grad)
_PARAMETER_COUNT_TEXT = (
    rf"(?:{_GRADIENT}|{_PARAMETERS})\.size|len\(\s*(?:{_GRADIENT}|{_PARAMETERS})\s*\)|"
    rf"{_PARAMETERS}\.shape\[1\]|(?P<int>int\(\s*)?{_PARAMETERS}\.ravel\(\)\.shape\[1\](?(int)\s*\))|"
    rf"len\(\s*{_PARAMETERS}\.ravel\(\)\s*\)|"
    rf"(?:size|length|numel)\(\s*(?:{_GRADIENT}|{_PARAMETERS})\s*(?:,\s*1\s*)?\)")
_PARAMETER_COUNT = patterns.compile(_PARAMETER_COUNT_TEXT)
_COUNT_SET = patterns.compile(rf"(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<count>{_PARAMETER_COUNT_TEXT})\s*;?")
#: (the headers and _SET are matched against the line without its ending, patterns.without_end: a lazy group before
#: an optional end backtracks over every space of a long line)
_PYTHON_HEADER = patterns.compile(r"for\s+(?P<var>[A-Za-z_]\w*)\s+in\s+range\(\s*(?:0\s*,\s*)?(?P<count>.+)")
_OCTAVE_HEADER = patterns.compile(r"for\s+(?P<var>[A-Za-z_]\w*)\s*=\s*1\s*:\s*(?P<count>.+)")
_SET = patterns.compile(r"(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<value>.+)")


def _python_header(line: str) -> re.Match[str] | None:
    """``for i in range(COUNT):`` read without a lazy COUNT: the ':' and the ')' taken off the end first."""
    inner = patterns.without_end(line, ":")
    if inner == line.rstrip() or not inner.endswith(")"):
        return None
    return _PYTHON_HEADER.fullmatch(patterns.without_end(inner, ")"))


def _refuse(text: str, written: str, why: str, hint: str) -> InputError:
    at = text.find(written)
    return InputError(why, source=text, column=max(at, 0), hint=hint)


def entry_loops(lines: list[tuple[int, str]], text: str,
                lets: Sequence[object] = ()) -> tuple[list[tuple[int, str]], list[str], list[str]]:
    """Each loop over the parameters' entries that sets ``grad[i]`` from column i of X, as ``grad[j] = …``; the
    lines, the notes, and the names of the gradients so filled. ``lets``: the --let s, where a start of the
    gradient as a row (``grad = zeros(1, n)``) says ``grad(i, 1)`` is no entry of it."""
    counts = {}
    for _, line in lines:
        found = _COUNT_SET.fullmatch(line)
        if found is not None:
            counts[found.group("name")] = found.group("count")
    for _, line in lines:
        # p = len(theta); p = p - 1 (or p = 2 anywhere): a name set otherwise too is no count of the parameters
        again = re.match(r"(?P<name>[A-Za-z_]\w*)\s*[-+*/]?=(?!=)", line)
        if again is not None and again.group("name") in counts and _COUNT_SET.fullmatch(line) is None:
            del counts[again.group("name")]
    setters = [m.group("name") for _, line in lines if (m := _COUNT_SET.fullmatch(line)) is not None]
    counts = {name: count for name, count in counts.items() if setters.count(name) == 1}
    out: list[tuple[int, str]] = []
    notes: list[str] = []
    names: list[str] = []
    k = 0
    while k < len(lines):
        indent, line = lines[k]
        python = _python_header(line)
        header = python or _OCTAVE_HEADER.fullmatch(patterns.without_end(line, ","))
        count = header.group("count").strip() if header is not None else ""
        bound = count if _PARAMETER_COUNT.fullmatch(count) else counts.get(count)
        if bound is not None and not _counts_the_parameters(bound, text):
            bound = None
        if header is None or bound is None:
            out.append(lines[k])
            k += 1
            continue
        var = header.group("var")
        end, depth = k + 1, 0
        while end < len(lines) and (lines[end][0] > indent if python else lines[end][1] not in ("end", "endfor")
                                    or depth > 0):
            if not python:
                # an if … end inside the loop (worldveil's 'if j > 1'): its end closes the if, not the loop
                depth += 1 if re.match(r"(?:if|for|while|switch)\b", lines[end][1]) else \
                    -1 if lines[end][1] in ("end", "endif", "endfor", "endwhile", "endswitch") else 0
            end += 1
        if python is None and end >= len(lines):
            out.append(lines[k])
            k += 1
            continue
        body = [statement for _, statement in lines[k + 1:end]]
        branched = _index_branch(body, var, python is not None, line)
        if branched is not None:  # grad(j) = V; if j > 1 grad(j) = grad(j) + W; end: one line for entry j (noted)
            body = branched[0]
        read = _entry_line(body, var, python is not None, text, line)
        if read is None:
            out.append(lines[k])
            k += 1
            continue
        name, value, column = read
        if re.search(rf"(?<![\w.]){re.escape(name)}\s*\(\s*{re.escape(var)}\s*,\s*1\s*\)", text) \
                and not column_start(name, [*(let for let in lets if isinstance(let, str)), text]):
            # grad = zeros(1, n) (zeros (1, n), zeros(size(theta')), theta' * 0, zeros(n, n) …), then grad(i, 1):
            # row i of column 1 of a 1×n row (an n×n matrix) grows it into an n×n matrix, no entry i of the
            # gradient vector: left as written (refused as before); only a start plainly n×1, or none, is read
            out.append(lines[k])
            k += 1
            continue
        later = " ".join(statement for _, statement in lines[end + (0 if python else 1):])
        temporaries = {m.group("name") for s in body if (m := _SET.fullmatch(patterns.without_end(s, ";"))) is not None} - {name}
        if re.search(rf"(?<![\w.]){re.escape(name)}\s*[\[(][^\])]*[\])]\s*[-+*/]?=(?!=)", later):
            out.append(lines[k])  # grad(1) = grad(1) - … after the loop: one entry set again, not read here
            k += 1
            continue
        if any(re.search(rf"(?<![\w.]){re.escape(t)}(?!\w)", later) for t in temporaries):
            out.append(lines[k])  # a name of the body used after the loop: its last pass's value, not read here
            k += 1
            continue
        inner = indent + 4
        if python is not None:
            out += [(indent, "for j in range(n):"), (inner, f"{name}[j] = {value}")]
        else:
            out += [(indent, "for j = 1:n"), (inner, f"{name}[j] = {value}"), (indent, "end")]
        names.append(name)
        if branched is not None:
            notes.append(branched[1])
        said = bound if bound == count else f"{count} = {bound}"
        notes.append(ENTRY_LOOP_NOTE.format(
            header=line if len(line) <= 50 else line[:49] + "…", bound=said, name=name, var=var, column=column,
            octave=("; Octave counts from 1, so X(:, 1) and theta(1) are the first column and entry, as j = 1 is "
                    "logderiv's first" if python is None else
                    "; NumPy counts from 0, so X[:, 0] is the first column, logderiv's j = 1")))
        k = end + (0 if python else 1)
    if notes:
        # the bound's own line (l = grad.size) is only the loop's count: dropped with the loop it counted
        used = " ".join(statement for _, statement in out)
        out = [(i, s) for i, s in out if not ((m := _COUNT_SET.fullmatch(s)) is not None
                                              and not re.search(rf"(?<![\w.]){re.escape(m.group('name'))}(?!\w)",
                                                                used.replace(s, "", 1)))]
    return out, notes, names


#: a numpy.matrix θ, a 1×n row (Wittenauer's np.matrix(theta), X * theta.T): len(theta), len(theta.ravel()) and
#: len(grad) of np.zeros(theta.shape) are 1
_MATRIX_ROW = patterns.compile(rf"np\.matrix\(|(?<![\w.])X\s*\*\s*{_PARAMETERS}\.T(?!\w)")


def _counts_the_parameters(bound: str, text: str) -> bool:
    """Whether ``bound`` is the parameters' number in this text: len() of a numpy.matrix row is 1, and
    theta.shape[1] of an n×1 column (X @ theta, no theta.T anywhere) is 1 (audloop35)."""
    if bound.startswith("len(") and _MATRIX_ROW.search(text):
        return False
    # Octave's 1:size(grad) (size(grad, 1)) and NumPy's len(grad) of a row, grad = zeros(1, n) or np.zeros((1, n)):
    # its first dimension, 1 (Octave's colon takes size's first element)
    counted = re.fullmatch(r"(?:size|len)\(\s*(?P<name>[A-Za-z_]\w*)\s*(?:,\s*1\s*)?\)", bound)
    if counted is not None and re.search(
            rf"(?<![\w.]){counted.group('name')}\s*=\s*(?:np\.)?(?:zeros|ones|empty)\(\s*[\[(]?\s*1\s*,", text):
        return False
    if re.fullmatch(rf"{_PARAMETERS}\.shape\[1\]", bound):
        return re.search(rf"(?<![\w.]){_PARAMETERS}\.T(?!\w)", text) is not None
    return True


#: a start of the gradient plainly n×1: zeros(size(theta)), zeros(n, 1), zeros(size(X, 2), 1) … (ones, rand too), or
#: one that grad(i, 1) grows into a column: 0 (1×1) and [] (0×0)
_COLUMN_START = patterns.compile(r"(?:0|\[\s*\])|(?:zeros|ones|rand|randn)\s*\(\s*(?:size\s*\(\s*(?:theta|w|beta)\s*\)|"
                                 r"[^,()'\s](?:[^,()']*[^,()'\s])?(?:\s*\([^()']*\))?\s*,\s*1)\s*\)")


def column_start(name: str, pieces: list[str]) -> bool:
    """Whether every whole setting of ``name`` in ``pieces`` (the --let s and the text) from other values starts it
    as an n×1 column (audcomp39): a row start written any way (zeros (1, n), zeros(size(theta')), theta' * 0) or a
    square one makes Octave's name(i, 1) no entry of a vector."""
    word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
    for piece in pieces:
        for statement in re.split(r"[;\n]", piece):
            setting = re.fullmatch(rf"\s*{re.escape(name)}\s*=(?!=)(?P<value>.*)", statement)
            if setting is None or word.search(setting.group("value")):
                continue  # not a whole setting, or one from the gradient itself (grad = grad / m)
            if _COLUMN_START.fullmatch(patterns.without_end(setting.group("value"), ";").strip()) is None:
                return False
    return True


def _entry_line(body: list[str], var: str, python: bool, text: str, header: str) -> tuple[str, str, str] | None:
    """The gradient's name, its entry's value with the body's names put in and the index as j, and the column as
    written; None where the body is not that (left to the readers of loops); refused where it is plainly meant so
    but written in a way not read."""
    v = re.escape(var)
    # Octave's grad(i, 1) (NatalyTinoco's CosteRL.m, f84) is entry i of the column grad, as grad(i) is
    entry = re.compile(rf"(?P<name>{_GRADIENT})\s*(?:\[\s*{v}\s*\]|\(\s*{v}\s*(?:,\s*1\s*)?\))\s*=(?!=)\s*"
                       r"(?P<value>.+)")
    column = re.compile(rf"(?<![\w.])X\s*(?:\[\s*:\s*,\s*{v}\s*\]|\(\s*:\s*,\s*{v}\s*\))")
    if not any(column.search(statement) for statement in body):
        return None  # no column of X by the index: not the entry-by-entry gradient (f70's g(i) = -X'*(…))
    for statement in body:
        if re.match(r"(?:if|elif|else)\b", statement):
            first = re.fullmatch(rf"if\s*\(?\s*{v}\s*==\s*{0 if python else 1}\s*\)?\s*:?", statement)
            which = ", the first entry's, the intercept's" if first is not None else ""
            raise _refuse(text, statement, f"the loop '{header}' sets the gradient entry by entry and writes some "
                          f"entries apart ('{statement}'{which}): each branch is the derivative by other "
                          "parameters, and a branch on the index is not read",
                          "write the entries' line without the branch, and the intercept's entry apart, or the "
                          "gradient as a vector: X' * (h - y) / m + lambda / m * [0; theta(2:end)]")
    known: dict[str, str] = {}
    for at, statement in enumerate(body):
        found = entry.fullmatch(patterns.without_end(statement, ";"))
        if found is not None:
            if at != len(body) - 1:
                return None
            value = found.group("value")
            for name, set_to in known.items():
                value = re.sub(rf"(?<![\w.]){re.escape(name)}(?!\w)", lambda _: f"({set_to})", value)
            return _as_entry(found.group("name"), value, var, python, column, text, statement)
        setting = _SET.fullmatch(patterns.without_end(statement, ";"))
        if setting is None or re.match(rf"{_GRADIENT}\s*[\[(]", statement):
            return None
        value = setting.group("value")
        for name, set_to in known.items():
            value = re.sub(rf"(?<![\w.]){re.escape(name)}(?!\w)", lambda _: f"({set_to})", value)
        if setting.group("name") in known or setting.group("name") == var \
                or any(re.search(rf"(?<![\w.]){re.escape(setting.group('name'))}(?!\w)", earlier)
                       for earlier in [*body[:at], setting.group("value")]):
            # error = error * X[:, i], or term = error * X[:, i]; error = term: a name the body uses before it sets
            # it is carried from pass to pass (the second pass reads the first's), not one entry's value (audloop35)
            carried = setting.group("name")
            # (a name set earlier in the same pass, e = X*theta - y; e = e.*X(:, j), is fresh each pass: not so)
            if carried not in known and re.search(rf"(?<![\w.]){re.escape(carried)}(?!\w)", setting.group("value")) \
                    and column.search(setting.group("value")) and any(
                    re.match(rf"\s*[A-Za-z_]\w*\s*(?:\[\s*{v}\s*\]|\(\s*{v}\s*(?:,\s*1\s*)?\))\s*=(?!=)", later)
                    for later in body[at + 1:]):
                # delta = delta.*X(:, j) then deltadiff(j) = sum(delta) (f84's French descent): each pass multiplies
                # delta again, so entry j gets the residual times columns 1 to j, a cumulative product; read fresh
                # per j it would be the gradient's entry j, the very slip the code makes: refused, never read so
                product = re.fullmatch(rf"\s*{re.escape(carried)}\s*\.?\*\s*X\s*(?:\[\s*:\s*,\s*{v}\s*\]|"
                                       rf"\(\s*:\s*,\s*{v}\s*\))\s*", patterns.without_end(setting.group("value"), ";"))
                kept = (f"multiplies {carried} again, so after pass {var} it holds its value before the loop times "
                        f"columns 1 to {var} of X, entry by entry" if product is not None else
                        f"changes {carried} again, so after pass {var} it holds what every pass up to {var} made of it")
                raise _refuse(text, statement, f"the loop's line '{statement.strip()}' sets {carried} from its own "
                              f"value and column {var} of X: each pass of '{header.strip()}' {kept}, not one "
                              f"entry's own value: the entries the loop writes are not each the line for one {var}, "
                              "and a value carried from pass to pass is not read",
                              f"start from the residual in each pass, e.g. grad({var}) = sum((X*theta - y) .* "
                              f"X(:, {var})) / m, or write the gradient as a vector: X' * (X*theta - y) / m")
            return None
        known[setting.group("name")] = value
    return None


def _as_entry(name: str, value: str, var: str, python: bool, column: re.Pattern[str], text: str,
              statement: str) -> tuple[str, str, str] | None:
    v = re.escape(var)
    if re.search(rf"(?<![\w.]){name}(?!\w)", value):
        return None  # grad[i] = grad[i] + …: an update, the component reader's
    written = column.search(value)
    if written is None:
        return None
    value = column.sub("X[:, j]", value)
    if python:
        # theta[i] (1-D), theta[:, i] and theta[0, i] (Wittenauer's 1×n np.matrix), theta[i, 0] (an n×1 column): the
        # parameters' entry i, θⱼ; the matrix reader takes theta_j beside X[:, j]
        # which of these is the entry turns on θ's shape (audloop35): theta[:, i] and theta[0, i] only of a row
        # (np.matrix, X * theta.T, X @ theta.T), theta[i] and theta[i, 0] only of a 1-D θ or an n×1 column; the other
        # spelling is left in, and refused below as the index used otherwise
        row = _MATRIX_ROW.search(text) is not None \
            or re.search(rf"(?<![\w.])X\s*(?:@|\*|\.dot\()\s*{_PARAMETERS}\.T(?!\w)", text) is not None
        entry_of = rf"(?::|0)\s*,\s*{v}" if row else rf"{v}\s*(?:,\s*0\s*)?"
        value = re.sub(rf"(?<![\w.])(?P<p>{_PARAMETERS})\s*\[\s*(?:{entry_of})\s*\]",
                       lambda m: f"{m.group('p')}_j", value)
    if not python:
        value = re.sub(rf"(?<![\w.])(?P<p>{_PARAMETERS})\s*\(\s*{v}\s*(?P<one>,\s*1\s*)?\)",
                       lambda m: f"{m.group('p')}(j{', 1' if m.group('one') else ''})", value)
    rest = re.sub(rf"X\[:, j\]|(?<![\w.]){_PARAMETERS}(?:\(j(?:, 1)?\)|_j(?!\w))", "", value)
    if re.search(rf"(?<![\w.]){v}(?!\w)", rest) or (var != "j" and re.search(r"(?<![\w.])j(?!\w)", rest)):
        raise _refuse(text, statement, f"the loop's index {var} is used in '{statement}' otherwise than as the "
                      f"column X[:, {var}] and the parameters' entry: what it stands for there is not read",
                      "write entry i's line with X's column i and the parameters' entry i only")
    return name, value, written.group(0)


#: Octave's test of the loop's index against a number: if j > 1, if (j ~= 1), if j >= 2
_INDEX_TEST = r"if\s*\(?\s*{var}\s*(?P<op>>=|<=|~=|!=|==|>|<)\s*(?P<number>\d+)\s*(?:\)\s*)?,?"
#: the branch's one line: the entry written before it, plus or minus a part (grad(j) = grad(j) + lambda*theta(j)/n)
_ADDED = r"(?P<name>{name})\s*\(\s*{var}\s*\)\s*(?:=(?!=)\s*(?P=name)\s*\(\s*{var}\s*\)\s*(?P<sign>[-+])|(?P<op>[-+])=)\s*(?P<part>.+)"
BRANCH_NOTE = ("read as Octave: the loop '{header}' runs j over the parameters' entries from 1, and '{test}' holds "
               "{which}: the branch's {part} is added to {name}(j) there{only}")


#: the tests read, by what they hold of j = 1, 2, …, n: every entry, the entries after the first, the first alone
_TESTS = {(">", 0): "every", (">=", 1): "every", (">", 1): "rest", (">=", 2): "rest", ("~=", 1): "rest",
          ("!=", 1): "rest", ("==", 1): "first", ("<", 2): "first", ("<=", 1): "first"}


def _index_branch(body: list[str], var: str, python: bool, header: str) -> tuple[list[str], str] | None:
    """``grad(j) = V; if j > 1 grad(j) = grad(j) + W; end`` (worldveil's ex5 loop) as the one line of entry j, noted.

    The loop runs j over the parameters' entries from 1 (Octave), so the test says which entries get W: every one
    (j >= 1, j > 0), the entries after the first, the intercept's left out (j > 1, j >= 2, j ~= 1: W times 1 − δ₁ⱼ),
    or the first alone (j == 1: W times δ₁ⱼ). The one line ``grad(j) = (V) + (1 - delta_1j) * (W)`` is then read as
    any entry's line. Only Octave's, the branch the body's last lines, with one line that adds to (or takes from) the
    entry the line before it set, W not using the entry; any other test or body is None (refused as before).
    """
    if python or len(body) < 4 or body[-1].strip() not in ("end", "endif"):
        return None
    v = re.escape(var)
    test = re.fullmatch(_INDEX_TEST.format(var=v), patterns.without_end(body[-3].strip(), ";").strip())
    if test is None:
        return None
    kind = _TESTS.get((test.group("op"), int(test.group("number"))))
    entry = re.fullmatch(rf"(?P<name>{_GRADIENT})\s*\(\s*{v}\s*\)\s*=(?!=)\s*(?P<value>.+)",
                         patterns.without_end(body[-4].strip(), ";").strip())
    if kind is None or entry is None:
        return None
    added = re.fullmatch(_ADDED.format(name=re.escape(entry.group("name")), var=v),
                         patterns.without_end(body[-2].strip(), ";").strip())
    if added is None:
        return None
    part = added.group("part").strip()
    if re.search(rf"(?<![\w.]){re.escape(entry.group('name'))}(?!\w)", part):
        return None
    # grad(j) = grad(j) - a + b adds -a + b (Octave's left-to-right sum: the sign binds the part's first term only);
    # grad(j) -= a + b takes the whole part away
    sign, added_part = added.group("sign") or added.group("op"), part
    if added.group("sign") == "-" and (top_level(part[1:], "+") or top_level(part[1:], "-")):
        sign, added_part = "+", f"0 - {part}"
    shown = f"{added.group('sign')} {part}" if added.group("sign") else f"- ({part})" if sign == "-" else f"+ {part}"
    factor, which, only = {
        "every": ("", "at every j", ""),
        "rest": ("(1 - delta_1j) * ", "at j ≥ 2 alone, not at the intercept's j = 1", " (the part times 1 − δ₁ⱼ)"),
        "first": ("delta_1j * ", "at j = 1 alone, the intercept's", " (the part times δ₁ⱼ)"),
    }[kind]
    note = BRANCH_NOTE.format(header=header.strip(), test=body[-3].strip(), which=which, name=entry.group("name"),
                              part=shown, only=only)
    return [*body[:-4], f"{entry.group('name')}({var}) = ({entry.group('value')}) {sign} {factor}({added_part})"], note
