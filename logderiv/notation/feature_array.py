"""Code's ``X`` as the one feature's 1-D array: ``y_pred = w * X + b`` with a number w (issue 10).

Code for a one-feature model often names the inputs ``X`` (a 1-D array of m numbers) and the slope
``w`` (one number): ``y_pred = w * X + b``, ``dw = np.dot(error, X) / n``. logderiv's X is the m×n
data matrix, and w a vector beside it; read so, ``w * X`` is NumPy's broadcast of an n-vector over an
m×n matrix, which no model writes. When the code itself leaves no other reading, X is respelled x (the
one feature, x⁽ⁱ⁾ per example; same length, so columns stay), noted:

* some plain text writes ``w * X`` with a bare w (w a number times the array), or ``X * w`` where a
  text also writes the course's one-feature model ``w x⁽ⁱ⁾`` (X first may be Octave's matrix product
  Xw with w a vector, read as written there); ``X * w`` is respelled ``w * x``, the number first, so
  that no later reading of code's ``x * w`` takes it for the matrix product;
* no text treats w as a vector (w_j, w[…], w.T, w', wᵀ, w @, np.dot or .dot with w), nor asks for
  its entries (--wrt w_j), and none writes θ or β;
* no text uses X as a matrix (X.T, X', Xᵀ, X @, @ X, X[…], X.shape[1], X_j, X^T, \\mathbf{X}) or
  writes a lowercase x beside it (one of the two would be some other data).

A --let ``forward(x) = w * x`` (a function of one name that is w times it) called as ``forward(X)`` counts as
``w * X``; its own parameter is bound, so it is no lowercase x beside X, and it is put as x.

Anything else is left as written, to be read, or refused, as before. Sympy-free, like the front ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from .. import patterns

__all__ = ["respell_feature_array", "FEATURE_ARRAY_NOTE"]

FEATURE_ARRAY_NOTE = (
    "read as code: X is only ever multiplied by the number w (w * X, no index, transpose or matrix product of "
    "either anywhere): X is the one feature's 1-D array of m values, x⁽ⁱ⁾ per example, and w the slope"
)

#: a bare X: not part of a longer name, not X_train
_X = patterns.compile(r"(?<![A-Za-z0-9_.\\])X(?![A-Za-z0-9_])")
#: w times X summed whole, np.sum(w * X), sum(X * w), (w * X).sum(): an inner product or a sum over the examples,
#: never the one feature's line w x⁽ⁱ⁾
_SUMMED_PRODUCT = patterns.compile(r"sum\(\s*\(?\s*(?:w\s*\*\s*X|X\s*\*\s*w)(?![\w(\[.])\s*\)?\s*\)"
                                   r"|\(\s*(?:w\s*\*\s*X|X\s*\*\s*w)\s*\)\s*\.sum\(")
#: a bare w
_W = patterns.compile(r"(?<![A-Za-z0-9_.\\])w(?![A-Za-z0-9_])")
#: a number w times X: w * X (spaces allowed)
_SLOPE_TIMES_X = patterns.compile(r"(?<![A-Za-z0-9_.\\])w\s*\*\s*X(?![A-Za-z0-9_.(\[^'*@])")
#: X times w: a number w times the array, or Octave's matrix product Xw
_X_TIMES_SLOPE = patterns.compile(r"(?<![A-Za-z0-9_.\\])X\s*\*\s*w(?![A-Za-z0-9_.(\[^'*@])")
#: the course's one-feature model written out, w x^{(i)} / w x_i: w is one number
_SLOPE_WRITTEN = patterns.compile(r"(?<![A-Za-z\\])w\s*x(?:\^|_)")
#: what makes w a vector
_W_VECTOR = patterns.compile(r"(?<![A-Za-z0-9_.\\])w\s*(?:_|\[|\.T\b|'|ᵀ|\^|@|\.dot\()|@\s*w(?![A-Za-z0-9_])"
                       r"|dot\(\s*w\s*,|,\s*w\s*\)"
                       # LaTeX's bold or arrowed w, and {w}^T: the weight vector of the notes
                       r"|\\(?:mathbf|boldsymbol|vec|bm|overrightarrow)\s*\{?\s*w\b|\{\s*w\s*\}\s*[_^]")
#: what makes X a matrix
_X_MATRIX = patterns.compile(r"(?<![A-Za-z0-9_.\\])X\s*(?:_|\[|\.T\b|'|ᵀ|\^|@|\.shape\s*\[\s*-?1|\.dot\()|@\s*X(?![A-Za-z0-9_])"
                       r"|\\mathbf\{X\}|\\boldsymbol\{X\}")
#: a function of one name that is the number w times it: forward(x) = w * x, f(x) = x * w
_SLOPE_FUNCTION = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\(\s*(?P<p>[A-Za-z_]\w*)\s*\)\s*=\s*"
                                   r"(?P<lead>b\s*\+\s*)?"
                                   r"(?:w\s*\*\s*(?P<q>[A-Za-z_]\w*)|(?P<r>[A-Za-z_]\w*)\s*\*\s*w)"
                                   r"(?P<trail>\s*\+\s*b)?\s*")
#: a lowercase x as a word, or θ / β (a parameter vector beside the slope)
_OTHERS = patterns.compile(r"(?<![A-Za-z0-9_\\])x(?![A-Za-z0-9_])|theta|beta|θ|β")
#: a lowercase x as a word, and x used as a matrix or given values (x.T, x[…], x @, x.shape[1]; x = …)
_LOWER_X = patterns.compile(r"(?<![A-Za-z0-9_\\])x(?![A-Za-z0-9_])")
_LOWER_X_MATRIX = patterns.compile(r"(?<![A-Za-z0-9_.\\])x\s*(?:_|\[|\.T\b|'|ᵀ|\^|@|\.shape|\.dot\()|@\s*x(?![A-Za-z0-9_])")
_INPUTS_ASSIGNED = patterns.compile(r"^\s*[xX]\s*=(?!=)", re.MULTILINE)
#: --wrt naming an entry of w
_WRT_ENTRY = patterns.compile(r"\s*w\s*_")

#: a line's numbered slope times X, as code's theta1 * X reads once its digit is a subscript: theta₁ * X, X * θ₁
_NUMBERED_SLOPE_X = patterns.compile(
    r"(?<![A-Za-z0-9_.\\])(?P<name>theta|θ|w|b)₁\s*\*\s*X(?![A-Za-z0-9_.(\[^'*@])"
    r"|(?<![A-Za-z0-9_.\\])X\s*\*\s*(?P<after>theta|θ|w|b)₁(?![A-Za-z0-9_.(\[^'*@₀-₉])")
#: a parameter written whole or indexed otherwise than ₀, ₁: θ, theta_j, w[0], theta₂
_UNNUMBERED = r"(?<![A-Za-z0-9_\\]){name}(?![₀₁](?![₀-₉]))"

#: a bare Y (not Y_pred), and a lowercase y as a word
_Y = patterns.compile(r"(?<![A-Za-z0-9_.\\])Y(?![A-Za-z0-9_])")
_LOWER_Y = patterns.compile(r"(?<![A-Za-z0-9_.\\])y(?![A-Za-z0-9_])")

SLOPE_FUNCTION_NOTE = (
    "read as code: X is only ever passed to {definition}, the number w times it{plus} (no index, transpose or matrix "
    "product of X anywhere): X is the one feature's 1-D array of m values, x⁽ⁱ⁾ per example, w the slope, and the "
    "function's own parameter stands for its argument"
)

SAME_COLUMN_NOTE = (
    "; the lowercase x the texts write beside it is the same one input column (X is only the argument of "
    "{name}, whose own parameter is x; x is never a matrix nor given values of its own)"
)

NUMBERED_LINE_NOTE = (
    "read as code: X is only ever multiplied by the number {slope} beside the intercept {intercept} (the line "
    "{intercept} + {slope}·x; no index, transpose or matrix product of X anywhere): X is the one feature's 1-D "
    "array of m values, x⁽ⁱ⁾ per example"
)


def respell_feature_array(
    wrt: str | None, cost: str | None, answer: str | None, lets: Sequence[str], latex: Sequence[bool]
) -> tuple[str | None, str | None, list[str], str] | None:
    """(cost, answer, lets, note) with code's X respelled x, when X can only be the one feature's array; else None.

    ``latex`` says, for cost, answer and each let in that order, whether the text is LaTeX (left as it is).
    """
    numbered = _numbered_line(cost, answer, lets, latex)
    if numbered is not None:
        return numbered
    sloped = _slope_m_line(cost, answer, lets, latex)
    if sloped is not None:
        return sloped
    if isinstance(wrt, str) and _WRT_ENTRY.match(wrt):
        return None
    texts = [cost, answer, *lets]
    # forward(x) = w * x called as forward(X) (patrickloeber's tutorial): the call is w * X, and the function's own
    # x is its parameter, no data beside X; the definition is then left out of the checks on what X and x are
    slopes = _slope_functions(lets, latex[2:])
    called = [text for text in texts if isinstance(text, str) and text not in slopes.values()
              and any(re.search(rf"(?<![A-Za-z0-9_.\\]){re.escape(name)}\(\s*X\s*\)", text) for name in slopes)]
    checked = [(text, is_latex) for text, is_latex in zip(texts, latex) if text not in slopes.values()]
    present = [text for text, _ in checked if isinstance(text, str)]
    plain = [text for text, is_latex in checked if isinstance(text, str) and not is_latex]
    slope_first = any(_SLOPE_TIMES_X.search(text) for text in plain) or bool(called)
    inputs_first = any(_X_TIMES_SLOPE.search(text) for text in plain)
    if not slope_first and not (inputs_first and any(_SLOPE_WRITTEN.search(text) for text in present)):
        return None
    if any(_W_VECTOR.search(text) or _X_MATRIX.search(text) for text in present):
        return None
    # a lowercase x beside X: the same one column only where X is nothing but the slope function's argument (its
    # parameter is x, its body a number times it) and x is never a matrix nor given values of its own
    same_column = bool(called) and _only_called(present, list(slopes)) and all(
        _parameter(let) == "x" for let in slopes.values()) and any(
        _LOWER_X.search(text) for text in plain) and not any(
        _LOWER_X_MATRIX.search(text) or _INPUTS_ASSIGNED.search(text) for text in present)
    if any(_OTHERS.search(_LOWER_X.sub(" ", text) if same_column else text) for text in plain):
        return None
    if any(_SUMMED_PRODUCT.search(text) for text in plain):
        return None  # np.sum(w * X): a sum of the product whole, no one feature's line (w·x or Σᵢ? not said)
    if any(_X.search(text) for text, is_latex in checked if isinstance(text, str) and is_latex):
        return None  # a LaTeX X beside the code's: the matrix of the notes

    def respelled(text: str) -> str:
        return _X.sub("x", _X_TIMES_SLOPE.sub("w * X", text))

    # LaTeX is left as it is, and a text not given (None) stays not given; the lets are always texts
    new_cost, new_answer = (respelled(text) if isinstance(text, str) and not is_latex else text
                            for text, is_latex in zip((cost, answer), latex))
    # the slope function's parameter, a bound name, is put as x (its body is w times it and nothing else), the
    # letter by which the one-feature model w x⁽ⁱ⁾ is read
    bound = {let: f"{name}(x) = w * x" + (" + b" if _has_intercept(let) else "") for name, let in slopes.items()}
    new_lets = [let if is_latex else bound.get(let) or respelled(let) for let, is_latex in zip(lets, latex[2:])]
    if [new_cost, new_answer, *new_lets] == texts:
        return None
    if called:
        name = next(name for name in slopes if any(f"{name}(" in text for text in called))
        note = SLOPE_FUNCTION_NOTE.format(name=name, definition=_def_as_function(slopes[name]).strip(),
                                          plus=" plus the intercept b" if _has_intercept(slopes[name]) else "")
        return new_cost, new_answer, new_lets, note + (SAME_COLUMN_NOTE.format(name=name) if same_column else "")
    return new_cost, new_answer, new_lets, FEATURE_ARRAY_NOTE


def _only_called(texts: Sequence[str], names: Sequence[str]) -> bool:
    """Whether every bare X of ``texts`` is the whole argument of a call of one of ``names``: forward(X)."""
    calls = patterns.compile(rf"(?<![A-Za-z0-9_.\\])(?:{'|'.join(map(re.escape, names))})\(\s*X\s*\)")
    return all(not _X.search(calls.sub(" ", text)) for text in texts)


#: Python's def of one parameter returning one line, as a --let arrives before pasted code is read: def forward(x) :
#: / return w*x + b (the return on the def's line or the next)
#: (one split of each run of spaces: ``:[ \t]*\n?\s*`` and a lazy body before ``\s*`` were quadratic, rev40)
_ONE_LINE_DEF = patterns.compile(r"\s*def\s+(?P<name>[A-Za-z_]\w*)\s*\(\s*(?P<p>[A-Za-z_]\w*)\s*\)\s*:"
                                 r"\s*return\s+(?P<body>[^\n]*)(?:\n\s*)?")


def _def_as_function(let: str) -> str:
    """``def forward(x): return w*x + b`` (one line or two) as ``forward(x) = w*x + b``; any other --let as it is."""
    match = _ONE_LINE_DEF.fullmatch(let)
    return let if match is None else f"{match.group('name')}({match.group('p')}) = {match.group('body').rstrip()}"


def _parameter(let: str) -> str | None:
    """The slope function's own parameter: x of forward(x) = w * x (None if ``let`` is no slope function)."""
    match = _SLOPE_FUNCTION.fullmatch(_def_as_function(let))
    return None if match is None else match.group("p")


def _has_intercept(let: str) -> bool:
    """Whether the slope function ``let`` adds the intercept b: forward(x) = w * x + b."""
    match = _SLOPE_FUNCTION.fullmatch(_def_as_function(let))
    return match is not None and bool(match.group("lead") or match.group("trail"))


def _slope_functions(lets: Sequence[str], latex: Sequence[bool]) -> dict[str, str]:
    """The plain --lets ``NAME(p) = w * p`` (or ``p * w``) by NAME: a function of one name that is the slope times it."""
    found: dict[str, str] = {}
    for let, is_latex in zip(lets, latex):
        match = None if is_latex else _SLOPE_FUNCTION.fullmatch(_def_as_function(let))
        if match is not None and match.group("lead") and match.group("trail"):
            continue  # b + w * x + b: not the line
        if match is not None and match.group("p") in (match.group("q") or match.group("r"),) and match.group("p") != "w":
            found[match.group("name")] = let
    return found


def _numbered_line(
    cost: str | None, answer: str | None, lets: Sequence[str], latex: Sequence[bool]
) -> tuple[str | None, str | None, list[str], str] | None:
    """``Y_pred = theta₁ * X + theta₀`` (code's theta1, theta0): the line's X is the one feature's array (noted).

    The slope θ₁ and the intercept θ₀ are numbers, so θ₁ * X is a number times the array X:
    read as x, the feature of each example. Only where every text is plain, some text multiplies
    X by the slope numbered 1 and some writes that letter numbered 0, the letter appears nowhere
    else (no θ whole, θⱼ, θ₂), X is never a matrix (X.T, X @, X[…], X.shape[1]) and no text writes a
    lowercase x (one of the two would be other data).
    """
    texts = [cost, answer, *lets]
    if any(isinstance(text, str) and is_latex for text, is_latex in zip(texts, latex)):
        return None
    present = [text for text in texts if isinstance(text, str)]
    slopes = {match.group("name") or match.group("after") for text in present
              for match in _NUMBERED_SLOPE_X.finditer(text)}
    if len(slopes) != 1:
        return None
    name = slopes.pop()
    if not any(re.search(rf"(?<![A-Za-z0-9_\\]){name}₀(?![₀-₉])", text) for text in present):
        return None  # a slope with no intercept beside it: θ₁ may be the first of θ₁..θₙ
    if any(re.search(_UNNUMBERED.format(name=name), text) for text in present):
        return None
    if any(_X_MATRIX.search(text) or re.search(r"(?<![A-Za-z0-9_\\])x(?![A-Za-z0-9_])", text) for text in present):
        return None
    # the targets beside code's capital X are its capital Y (Y - Y_pred): the one feature's labels, y
    labels = any(_Y.search(text) for text in present) and not any(_LOWER_Y.search(text) for text in present)

    def respelled(text: str) -> str:
        return _X.sub("x", _Y.sub("y", text) if labels else text)

    # a text not given (None) stays not given; the lets are always texts
    new_cost, new_answer = (respelled(text) if isinstance(text, str) else text for text in (cost, answer))
    new_lets = [respelled(let) for let in lets]
    if [new_cost, new_answer, *new_lets] == texts:
        return None
    glyph = {"theta": "θ"}.get(name, name)
    note = NUMBERED_LINE_NOTE.format(slope=f"{glyph}₁", intercept=f"{glyph}₀")
    return new_cost, new_answer, new_lets, note + ("; Y beside it is the labels, y" if labels else "")


#: the line's slope m times the data by code's capital name (X, X_train), or the data times m: group "data"
_M_TIMES_DATA = patterns.compile(r"(?<![A-Za-z0-9_.\\])m\s*\*\s*(?P<data>X|X_train)(?![A-Za-z0-9_.(\[^'*@])"
                                 r"|(?<![A-Za-z0-9_.\\*/])(?P<after>X|X_train)\s*\*\s*m(?![A-Za-z0-9_.(\[^'*@])")
#: a bare m, and the data's two capital names
_M = patterns.compile(r"(?<![A-Za-z0-9_.\\])m(?![A-Za-z0-9_])")
_DATA_NAME = r"(?<![A-Za-z0-9_.\\]){name}(?![A-Za-z0-9_])"
#: what makes the data a matrix, by either name
_DATA_MATRIX = (r"(?<![A-Za-z0-9_.\\]){name}\s*(?:\[|\.T\b|'|ᵀ|\^|@|\.shape\s*\[\s*-?1|\.dot\()"
                r"|@\s*{name}(?![A-Za-z0-9_])")
#: a parameter vector, or lowercase data, beside the line (then X may be the matrix of another model)
_VECTOR_OR_LOWER = patterns.compile(r"(?<![A-Za-z0-9_\\])(?:x|x_train|w|theta|beta|θ|β)(?![A-Za-z0-9_])")

SLOPE_M_NOTE = (
    "read as code: {data} is only ever multiplied by the number m, the line's slope ({written}; no index, transpose or "
    "matrix product of {data} anywhere, and m nowhere else, so it counts nothing): {data} is the one feature's 1-D "
    "array, x⁽ⁱ⁾ per example"
)


def _slope_m_line(
    cost: str | None, answer: str | None, lets: Sequence[str], latex: Sequence[bool]
) -> tuple[str | None, str | None, list[str], str] | None:
    """``Y_pred = m*X_train + c`` (a stackexchange question's line, its count named n): X_train is the one feature.

    Code for a line y = mx + c names its slope m and the inputs by code's capital name; read as logderiv's
    m×n X, m * X_train is the count times a matrix. Only where every text is plain, some text multiplies the data
    by m, every m written is such a product (an m that divides or bounds a sum is the count, and then the product
    is not read), the data (one name of X, X_train) is never a matrix (X.T, X @, X[…], X.shape[1]) and no
    parameter vector (w, θ, β) or lowercase data is written beside it: X is then respelled x (X_train x_train,
    which the readers take as the data x), noted.
    """
    texts = [cost, answer, *lets]
    if any(isinstance(text, str) and is_latex for text, is_latex in zip(texts, latex)):
        return None
    present = [text for text in texts if isinstance(text, str)]
    products = [match for text in present for match in _M_TIMES_DATA.finditer(text)]
    names = {match.group("data") or match.group("after") for match in products}
    if len(names) != 1:
        return None
    data = names.pop()
    if any(re.search(_DATA_NAME.format(name=other), text) for other in {"X", "X_train"} - {data} for text in present):
        return None  # both X and X_train: two data sets
    if any(_VECTOR_OR_LOWER.search(text) or re.search(_DATA_MATRIX.format(name=data), text) for text in present):
        return None
    if any(len(_M.findall(text)) != len(_M_TIMES_DATA.findall(text)) for text in present):
        return None  # an m besides the slope's (1/m, a sum to m): the count too, or another quantity

    def respelled(text: str) -> str:
        return re.sub(_DATA_NAME.format(name=data), data.replace("X", "x", 1), text)

    new_cost, new_answer = (respelled(text) if isinstance(text, str) else text for text in (cost, answer))
    new_lets = [respelled(let) for let in lets]
    if [new_cost, new_answer, *new_lets] == texts:
        return None
    written = products[0].group(0).strip()
    return new_cost, new_answer, new_lets, SLOPE_M_NOTE.format(data=data, written=written)
