"""A Python ``def`` of several lines given as a ``--let``, read as the one value it returns.

Course code passes its model and helpers as functions whose body is more than ``return …``::

    def linearf(x, w, b):
        z = np.dot(x, w) + b
        return z

    def mse_loss(y_true: np.ndarray, y_pred: np.ndarray) -> float:
        \"\"\"Calcula o erro quadrático médio\"\"\"
        return np.mean((y_true - y_pred) ** 2)

By Python's meaning such a function is the value of its ``return``, each local name there being the value the line
before set it to. :func:`collapse` writes the function as the one-line ``def NAME(ARGS): return VALUE`` that
:mod:`logderiv.notation.pasted` reads already, with a note: the docstring (a string standing alone as the body's
first statement) is no statement, the type annotations (``X: np.ndarray``, ``-> float``) are types, not values,
and each local (``z = …``, ``cost += regcost``) is put into the returned value in parentheses. Tabs or spaces.

Only straight-line code is read: a body with a branch, a loop, ``with``/``try`` or a ``return`` that is not its
last statement is refused with the line shown. A body with any other statement (a subscript assignment
``v[0] = 0``, a call standing alone, a tuple assigned, a local used as a keyword or a function) is left as written,
for the other readers to read or refuse. Nothing is run. This module imports no sympy.
"""

from __future__ import annotations

import re

from .. import patterns
from ..errors import InputError, InputTooLargeError

__all__ = ["collapse", "NOTE"]

#: def NAME(PARAMS) -> ANNOTATION: on the first line, a comment at most after the colon
_HEAD = patterns.compile(r"^[ \t]*def[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]*\((?P<params>[^()]*)\)[ \t]*"
                         r"(?P<returns>->[ \t]*[^:\n]+?)?[ \t]*:[ \t]*(?:#[^\n]*)?$")
#: an annotation's words, a space between them (int | None): each space run is followed by a word, so no two pieces
#: can match the same spaces (a lazy class with a space in it, then \s*, backtracked cubically over a run of spaces)
_ANNOTATION = r"[\w.\[\],|]+(?:\s+[\w.\[\],|]+)*"
#: one parameter, stripped: NAME, NAME: ANNOTATION, NAME = DEFAULT, NAME: ANNOTATION = DEFAULT
_PARAM = patterns.compile(rf"^(?P<name>[A-Za-z_]\w*)(?:\s*:\s*(?P<annotation>{_ANNOTATION}))?"
                          r"(?:\s*=\s*(?P<default>'[^']*'|\"[^\"]*\"|[-\w.]+))?$")
#: a docstring: a string literal standing alone, on one line or several
_DOCSTRING = patterns.compile(r"^[ \t]*[rRuU]?(?P<quote>\"\"\"|'''|\"|')(?P<text>.*?)(?P=quote)[ \t]*(?:#[^\n]*)?$",
                              re.DOTALL)
#: NAME = VALUE, NAME: ANNOTATION = VALUE, NAME += VALUE (-=, *=, /=)
_SET = patterns.compile(rf"^(?P<name>[A-Za-z_]\w*)(?:\s*:\s*{_ANNOTATION})?\s*(?P<op>[-+*/]?)=(?!=)\s*(?P<value>.+)$",
                        re.DOTALL)
_RETURN = patterns.compile(r"^return\s+(?P<value>.+)$", re.DOTALL)
#: the names the texts read as the data, the labels and the parameters: a local of a def by one of them is its own
_DATA_NAMES = frozenset({"y", "Y", "X", "x", "theta", "w", "b", "m", "n"})
#: a module imported inside the body under the name the readers read it by: import numpy as np, import math
_IMPORT = patterns.compile(r"import[ \t]+(?:numpy[ \t]+as[ \t]+np|math)")
IMPORT_NOTE = "has {lines}, which binds a module's name (np., math.) and sets no value"
#: what makes a body more than straight-line code
_CONTROL = patterns.compile(r"^(?:if|elif|else|for|while|with|try|except|finally|match|case)\b")
#: a name the body may not set: Python's own words and NumPy's module
_RESERVED = frozenset({"np", "numpy", "self", "math", "return", "lambda", "True", "False", "None"})

#: the longest value a def's locals may build (each use of a local copies its value: a chain a2 = a1 * a1,
#: a3 = a2 * a2 … doubles at each line); the whole text's bound is far below what one real function returns
MAX_VALUE = 20_000

NOTE = "read as Python: def {name}({params}) {what}: the function {name}({params}) = {value}"


def _refuse(message: str, source: str, offset: int, hint: str) -> InputError:
    return InputError(message, source=source, column=offset, label="--let", hint=hint)


def _logical_lines(text: str, start: int) -> list[tuple[int, str]] | None:
    """The body's statements (offset in ``text``, statement) from ``start``: brackets and backslashes joined.

    None where a line is not indented under the header (not a function's body).
    """
    out: list[tuple[int, str]] = []
    pending, pending_at = "", 0
    offset = start
    for raw in text[start:].split("\n"):
        at = offset
        offset += len(raw) + 1
        if not raw.strip():
            if pending:
                pending += "\n"
            continue
        if not pending and raw[:1] not in (" ", "\t"):
            return None
        if not pending:
            pending_at = at + len(raw) - len(raw.lstrip())
        pending = (pending + "\n" + raw.strip()) if pending else raw.strip()
        if pending.endswith("\\"):
            pending = pending[:-1].rstrip()
            continue
        if _open(pending):
            continue
        out.append((pending_at, pending))
        pending = ""
    if pending:
        out.append((pending_at, pending))
    return out


def _open(text: str) -> bool:
    """Whether ``text`` leaves a bracket or a triple-quoted string open (Python continues the line)."""
    if text.count('"""') % 2 or text.count("'''") % 2:
        return True
    code = re.sub(r"#[^\n]*", "", re.sub(r"\"\"\".*?\"\"\"|'''.*?'''|\"[^\"\n]*\"|'[^'\n]*'", "", text, flags=re.DOTALL))
    return sum(code.count(c) for c in "([{") > sum(code.count(c) for c in ")]}")


def _without_comment(statement: str) -> str:
    """A statement without its trailing ``# comment`` (none of these statements holds a string)."""
    return re.sub(r"[ \t]*#[^\n]*", "", statement).strip()


def _atom(value: str) -> bool:
    """Whether ``value`` needs no parentheses where it is put: a name, a number, a call or a bracketed whole."""
    if re.fullmatch(r"[A-Za-z_][\w.]*|\d+(?:\.\d*)?", value):
        return True
    call = re.fullmatch(r"[A-Za-z_][\w.]*\((?P<inside>.*)\)", value, re.DOTALL)
    if call is not None or (value.startswith("(") and value.endswith(")")):
        depth = 0
        for k, char in enumerate(value):
            depth += char in "([{"
            depth -= char in ")]}"
            if depth == 0 and char in ")]}" and k != len(value) - 1:
                return False
        return True
    return False


def collapse(text: str) -> tuple[str, str] | None:
    """``def f(ARGS):`` with a docstring, annotations or locals before ``return`` → (``def f(ARGS): return V``, note).

    None where ``text`` is no such function (or one the one-line reading reads already); an InputError where its
    body branches, loops or returns before its end.
    """
    first = text.split("\n", 1)[0]
    head = _HEAD.match(first)
    if head is None or "\n" not in text:
        return None
    name = head.group("name")
    params: list[str] = []
    annotated: list[str] = []
    variadic = False
    for piece in head.group("params").split(","):
        if not piece.strip():
            continue
        if re.fullmatch(r"\*{1,2}[A-Za-z_]\w*", piece.strip()):
            variadic = True  # *argv, **kwargs: its branches and loops are refused as any def's; nothing else read
            continue
        param = _PARAM.match(piece.strip())
        if param is None:
            return None
        if param.group("annotation"):
            annotated.append(f"{param.group('name')}: {param.group('annotation').strip()}")
        default = param.group("default")
        params.append(param.group("name") + (f"={default}" if default is not None else ""))
    if head.group("returns"):
        annotated.append(head.group("returns").strip())
    method = bool(params) and params[0] == "self"
    if method:
        params = params[1:]  # a method's object: the calls (super().f(X, y), self.f(X, y)) pass the others
    lines = _logical_lines(text, len(first) + 1)
    if not lines:
        return None
    what: list[str] = []
    raw = [(at, line) for at, line in lines if not re.fullmatch(r"#[^\n]*", line.strip())]
    if raw and _DOCSTRING.fullmatch(raw[0][1]) is not None:
        # (the docstring is matched before comments are cut: its text may hold a '#')
        what.append("has a docstring, no statement")
        raw = raw[1:]
    if any(re.search(r"[\"']", line) for _, line in raw):
        return None  # a string among the statements: a '#' in it would be cut as a comment, so not read here
    statements = [(at, _without_comment(line)) for at, line in raw]
    # import numpy as np inside the body (a Coursera port's sigmoidFunction): it binds the module's name the texts
    # already read np. as, and sets no value
    imports = [statement for _, statement in statements if _IMPORT.fullmatch(statement)]
    if imports:
        statements = [(at, statement) for at, statement in statements if not _IMPORT.fullmatch(statement)]
        what.append(IMPORT_NOTE.format(lines="; ".join(imports)))
    for at, statement in statements:
        control = _CONTROL.match(statement)
        if control is not None:
            raise _refuse(f"the body of def {name} has '{control.group()}': a function that branches or loops is "
                          f"not read as one value", text, at,
                          hint=f"give {name}'s value as one line: --let 'def {name}(…): return …'")
    returns = [k for k, (_, statement) in enumerate(statements) if re.match(r"return\b", statement)]
    if not returns or variadic:
        return None
    if returns != [len(statements) - 1]:
        at = statements[returns[0]][0]
        raise _refuse(f"the body of def {name} returns before its last line: which value the function has is not one "
                      f"value", text, at, hint=f"give {name}'s value as one line: --let 'def {name}(…): return …'")
    returned = _RETURN.match(statements[-1][1])
    if returned is None or "," in _top(returned.group("value")):
        return None  # return a, b: two values (another reader's)
    parameters = {re.split(r"=", p)[0] for p in params}
    settings = [_SET.match(statement) for _, statement in statements[:-1]]
    if any(setting is None or setting.group("name") in _RESERVED or _not_one_value(setting.group("value"))
           for setting in settings):
        return None
    set_names = {setting.group("name") for setting in settings if setting is not None}
    if _binds_again(returned.group("value"), set_names) \
            or any(setting is not None and _binds_again(setting.group("value"), set_names) for setting in settings):
        return None  # sum(z**2 for z in v), lambda z: …: a name of the comprehension's own, not the local z
    _check_order(name, text, statements, settings, parameters)
    values: dict[str, str] = {}
    shown: list[str] = []
    for setting in settings:
        assert setting is not None
        local, op = setting.group("name"), setting.group("op")
        put = _put(" ".join(setting.group("value").split()), values)
        if put is None:
            return None
        value = put
        if op:
            before = values.get(local, local)
            value = f"{_wrapped(before)} {op} {_wrapped(value)}"
        if len(value) > MAX_VALUE:
            raise InputTooLargeError(f"the body of def {name} builds a value of more than {MAX_VALUE:,} characters "
                                     "from its locals: not read", source=text, column=0, label="--let",
                                     hint=f"give {name}'s value as one line: --let 'def {name}(…): return …'")
        values[local] = value
        shown.append(f"{local} {op}= {' '.join(setting.group('value').split())}")
    written = " ".join(returned.group("value").split())
    # return z: the local's value itself, no brackets around the whole
    result = values[written] if written in values else _put(written, values)
    if result is None:
        return None
    if len(result) > MAX_VALUE:
        raise InputTooLargeError(f"the body of def {name} builds a value of more than {MAX_VALUE:,} characters from "
                                 "its locals: not read", source=text, column=0, label="--let",
                                 hint=f"give {name}'s value as one line: --let 'def {name}(…): return …'")
    if not shown and not annotated and not what and not method:
        return None  # def f(x):\n    return …: the one-line reading's
    if method:
        what.insert(0, "is a method: its first parameter self is the object the calls are made on (super()."
                       f"{name}(…), self.{name}(…)), not one of their arguments")
    again = sorted(local for local in values if local in parameters)
    if again:
        read = [local for local in again if _read_after_set(local, statements, settings)]
        unread = [local for local in again if local not in read]
        if read:
            what.append("sets its parameter " + ", ".join(read) + " again: the lines after it read the new value")
        if unread:
            what.append("sets its parameter " + ", ".join(unread) + " again, a value no line after it reads: the "
                        "value returned uses " + ", ".join(unread) + " as passed")
    if shown:
        what.append("sets " + "; ".join(shown) + " and returns " + " ".join(returned.group("value").split())
                    + ": each name put in the returned value")
    shadowing = sorted(local for local in values if local in _DATA_NAMES and local not in parameters)
    if shadowing:
        # def sigmoidFunction(X, theta): … y = np.divide(1, …); return y: the body's y is its own, not the labels
        what.append("its local " + ", ".join(shadowing) + " is a name of its own inside the def (Python's scope): "
                    + ("it is" if len(shadowing) == 1 else "they are") + " not the data's "
                    + ", ".join(shadowing) + " outside it, which keep their meaning")
    if annotated:
        what.append("annotates " + ", ".join(annotated) + ": types, no values")
    joined = ", ".join(params)
    note = NOTE.format(name=name, params=", ".join(re.split(r"=", p)[0] for p in params),
                       what="; ".join(what), value=result)
    return f"def {name}({joined}): return {result}", note


def _read_after_set(local: str, statements: list[tuple[int, str]], settings: list[re.Match[str] | None]) -> bool:
    """Whether a line after the first that sets ``local`` reads it (its value, the return, or ``local op= …``)."""
    first = next(k for k, setting in enumerate(settings) if setting is not None and setting.group("name") == local)
    for k in range(first + 1, len(statements)):
        setting = settings[k] if k < len(settings) else None
        if setting is not None and setting.group("name") == local and setting.group("op"):
            return True
        used = setting.group("value") if setting is not None else statements[k][1][len("return"):]
        if any(found.group() == local for found in _NAME.finditer(used)):
            return True
    return False


def _not_one_value(value: str) -> bool:
    """Whether an assignment's right side is more than one value: ``a = b = …`` (two targets), ``z = …; z = …`` (two
    statements on a line), ``z = x, y`` (a tuple)."""
    top = _top(value)
    return bool(re.search(r"(?<![=<>!])=(?!=)|[;,]", top)) or ";" in value


def _binds_again(value: str, names: set[str]) -> bool:
    """Whether ``value`` binds one of ``names`` for itself: a comprehension's ``for NAME in``, a ``lambda NAME:``."""
    for found in re.finditer(r"(?<![\w.])(?:for\s+(?P<targets>[\w\s,()]+?)\s+in(?!\w)|lambda(?P<params>[^:]*):)",
                             value):
        bound = re.findall(r"[A-Za-z_]\w*", found.group("targets") or found.group("params") or "")
        if any(each in names for each in bound):
            return True
    return False


#: a name given a second name by an assignment that copies nothing (z = w, t = theta.T, r = v[1:], v.reshape(…)):
#: the one array, seen through both
_SECOND_NAME = patterns.compile(r"^(?:(?:np|numpy)\s*\.\s*(?:asarray|asanyarray|transpose|reshape|ravel|squeeze|"
                                r"atleast_1d|atleast_2d|expand_dims|swapaxes)\s*\(\s*)?"
                                r"(?P<base>[A-Za-z_]\w*(?:\s*\.\s*(?!T\b)[A-Za-z_]\w*(?!\s*\())*)"
                                r"(?:\s*(?:\.\s*T\b|\[[^\[\]]*\]|\.\s*(?:reshape|ravel|view|transpose|squeeze|swapaxes)"
                                r"\s*\([^()]*\)))*\s*(?:(?<=\()|,[^()]*(?:\([^()]*\)[^()]*)*\)|\))?\s*$")
#: a name, or an object's attribute (self.w), as a statement uses it
_USED = patterns.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*")


def _check_order(name: str, text: str, statements: list[tuple[int, str]], settings: list[re.Match[str] | None],
                 parameters: set[str]) -> None:
    """Refuse a body whose locals are not Python's plain values: a local read before the line that sets it (Python
    raises UnboundLocalError: a name the body sets is local in the whole body), an augmented assignment
    (``r -= y``) to an array another name holds (``r = p``) when that other name is used after it — NumPy changes
    the one array in place, so the other name changes too, while a number would not: two readings — and an
    augmented assignment to a parameter or a view of one (``t *= 2``, ``r = X[1:]; r -= 1``, ``w = self.w;
    w *= 2``): Python passes the caller's array itself, so the caller's array changes (a second call, or the cost
    beside it, sees the new value), while a number would not: two readings, whatever the body uses after it."""
    local_names = {setting.group("name") for setting in settings if setting is not None} - parameters
    last_use: dict[str, int] = {}
    for k, (_, statement) in enumerate(statements):
        setting = settings[k] if k < len(settings) else None
        used = setting.group("value") if setting is not None else statement
        for found in _USED.finditer(used):
            parts = re.split(r"\s*\.\s*", found.group())
            for end in range(1, len(parts) + 1):  # self.w.T uses self, self.w and self.w.T
                last_use[".".join(parts[:end])] = k
    hint = f"give {name}'s value as one line: --let 'def {name}(…): return …'"
    bound: set[str] = set()
    objects: dict[str, int] = {parameter: k for k, parameter in enumerate(sorted(parameters))}
    # the arrays the caller holds: each parameter's, and an attribute's of one (self.w, the object's own)
    callers: dict[int, str] = {held: parameter for parameter, held in objects.items()}
    fresh = len(objects)
    for k, (at, statement) in enumerate(statements):
        setting = settings[k] if k < len(settings) else None
        used = setting.group("value") if setting is not None else statement[len("return"):]
        offset = at + (setting.start("value") if setting is not None else len("return"))
        names = [(found.start(), found.group()) for found in _NAME.finditer(used)]
        if setting is not None and setting.group("op"):
            names.insert(0, (-offset + at, setting.group("name")))
        for start, each in names:
            if each in local_names and each not in bound:
                raise _refuse(f"'{each}' is read before the line that sets it: Python makes a name the body of def "
                              f"{name} sets local in the whole body, so there it has no value yet (UnboundLocalError), "
                              f"not the value a --let gives it", text, offset + start, hint=hint)
        if setting is None:
            continue
        local, op = setting.group("name"), setting.group("op")
        if op:
            shared = [other for other, held in objects.items()
                      if other != local and held == objects.get(local) and last_use.get(other, -1) > k]
            if shared:
                other = shared[0]
                raise _refuse(f"'{statement}' changes in place the array {local} shares with {other} (a second name "
                              f"for it, no copy), and {other} is used after it: with NumPy arrays {other} changes "
                              f"too; were {local} a number, {other} would keep its value — two readings",
                              text, at, hint=f"write {local} = {local} {op} … (a new value), or copy first: "
                                             f"{local} = {other}.copy()")
            caller = callers.get(objects.get(local, -1))
            if caller is not None:
                held = f"the parameter {local}" if caller == local else f"{local}, which holds {caller}'s own array (no copy)"
                raise _refuse(f"'{statement}' changes in place {held}: Python passes the caller's array itself, so "
                              f"the caller's {caller} changes too (a second call of {name}, or a cost that uses "
                              f"{caller} beside it, sees the new value); were it a number, the caller's would keep "
                              f"its value — two readings", text, at,
                              hint=f"write {local} = {local} {op} … (a new value), or use a copy: "
                                   f"{local} = {caller}.copy()")
        else:
            second = _SECOND_NAME.match(setting.group("value").strip())
            if second is not None:
                base = re.sub(r"\s*\.\s*", ".", second.group("base"))
                if base not in objects:
                    objects[base] = fresh
                    root = base.split(".", 1)[0]
                    if root in parameters or (root == "self" and "." in base):
                        callers[fresh] = base  # a parameter's attribute: the caller's object holds it
                    fresh += 1
                objects[local] = objects[base]
            else:
                objects[local] = fresh
                fresh += 1
        bound.add(local)


def _top(value: str) -> str:
    """``value`` with every bracketed part taken out (what stands at its top level)."""
    out, depth = [], 0
    for char in value:
        depth += char in "([{"
        if depth == 0:
            out.append(char)
        depth -= char in ")]}"
    return "".join(out)


def _wrapped(value: str) -> str:
    return value if _atom(value) else f"({value})"


#: a name as Python reads it, not an attribute (the w of self.w) nor part of a longer name
_NAME = patterns.compile(r"(?<![\w.])[A-Za-z_]\w*")


def _put(value: str, values: dict[str, str]) -> str | None:
    """``value`` with each local set before put in (parenthesised), all at once; None where a local is used but as a
    value (called, or a keyword argument's name)."""
    if not values:
        return value
    pieces: list[str] = []
    last = 0
    for found in _NAME.finditer(value):
        local = found.group()
        if local not in values:
            continue
        after = value[found.end():].lstrip()
        if after.startswith("(") or (after.startswith("=") and not after.startswith("==")):
            return None
        pieces += [value[last:found.start()], _wrapped(values[local])]
        last = found.end()
    return "".join(pieces) + value[last:]
