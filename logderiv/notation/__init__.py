"""Front ends (plain notation, LaTeX) to one allow-listed tree, and the builder to sympy.

The front door:

* :func:`parse_text` reads a formula in either notation (LaTeX when it has a
  backslash, a brace or a ``$``; ``input`` forces one) into a
  :class:`~logderiv.notation.parsed.Parsed` tree;
* :func:`parse_let_text` reads a ``--let NAME=EXPR`` definition in either notation;
* :func:`read_lets` reads several, each name known before any value is read;
* :func:`read_problem` reads a cost, ``--wrt`` and ``--let`` texts and builds a
  :class:`~logderiv.notation.problem.Problem`;
* :func:`parse` and :func:`parse_let` are the plain notation's own readers.

Importing this package (and parsing) never imports sympy; only
:func:`read_problem` loads the builder, and with it sympy.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any, Callable, Collection, Literal, Mapping, Sequence

from ..errors import InputError
from . import conventions, functions, latex, plain, scalars, semicolon_calls, tree, typed_layout, vector_lets, vocabulary
from . import augmented, brackets, example_lets, feature_zero, layers, model_subscripts, readings, stacked_lets, twice_defined
from . import inner_sum_lets, parameter_heads, sigmoid_derivative, worded_lets, zero_intercept
from .parsed import Parsed
from .tree import Node
from . import tree as tree_module
from .tree import walk as tree_walk
from .plain import parse, parse_let
from .. import patterns

if TYPE_CHECKING:  # pragma: no cover
    import sympy

    from .problem import Problem
    from .written_components import WrittenModel

__all__ = [
    "parse",
    "parse_let",
    "parse_text",
    "parse_let_text",
    "read_lets",
    "notation_of",
    "read_problem",
    "check_depends_on_wrt",
    "check_numbered_component",
    "refuse_whole_declared",
    "refuse_intercept_added_twice",
    "Parsed",
    "INPUTS",
]

#: the values of ``input``: which front end reads a text
INPUTS = ("auto", "latex", "plain")

Input = Literal["auto", "latex", "plain"]

#: a --let read: its name, its tree, its text as written
_Let = tuple[str, Node, str]
#: a --let chain's side that agrees with its last: the value read, the notes, the lets it adds
_Agreed = tuple[Node, list[str], list[_Let]]
#: a node or a field of one as the walk by field name meets it (a child, a tuple of children, a name): its type is
#: the field's own, which a walk over every kind of node cannot say
_Field = Any


def notation_of(text: str, input: Input = "auto") -> Literal["latex", "plain"]:
    """Which front end reads ``text``: the one ``input`` names, or for ``auto`` the one its markup shows."""
    if input not in INPUTS:
        raise InputError(f"unknown input notation '{input}'", hint="use auto, latex or plain")
    if input == "auto":
        # sum_{i=1}^{m} typed in code (theta, **): its braces are the sum's scripts, the rest plain (typed_layout)
        # sum_n (t_n - w^T x_n)^2: a sum over a letter only the LaTeX reader ranges, as sum_{n} is read (typed_layout)
        return "latex" if isinstance(text, str) and ((latex.looks_like_latex(text) and not typed_layout.code_sums(text))
                                                     or typed_layout.lettered_sums(text)) else "plain"
    return input


def parse_text(
    text: str, *, input: Input = "auto", names: Collection[str] = (), functions: Collection[str] = (),
    counted: Collection[str] = ()
) -> Parsed:
    """Read a formula in plain notation or LaTeX into a Parsed tree, or raise InputError.

    ``names`` are multi-letter names defined with ``--let``; ``functions`` the
    functions defined with it (``g(z) = …``), whose calls take any arguments. ``counted``: the letters (l, ℓ) the
    cost counts its examples by, which a LaTeX answer may write as a bare quantity (latex.parse).
    """
    if notation_of(text, input) == "latex":
        return latex.parse(text, names=names, functions=functions, counted=counted)
    text, layout_notes = typed_layout.read_layout(text)  # Σ's limits on lines of their own, x_s(i)
    name, node, notes = plain.read(text, names=names, functions=functions)
    notes = (*layout_notes, *notes)
    parameters: tuple[str, ...] = ()
    if name is not None:
        from .scalars import declared_components, declared_names

        head = text[: plain.assignment_equals(text)]
        parameters = tuple(sorted(set(declared_components(head)) | set(declared_names(head))))
    return Parsed(node, "plain", name=name, notes=notes, parameters=parameters)


def parse_let_text(
    text: str, *, input: Input = "auto", names: Collection[str] = (), functions: Collection[str] = ()
) -> tuple[str, Parsed]:
    """Read a ``--let NAME=EXPR`` definition in plain notation or LaTeX into the name and the parsed EXPR."""
    if notation_of(text, input) == "latex":
        return latex.parse_let(text, names=names, functions=functions)
    name, node, notes = plain.read_let(text, names=names, functions=functions)
    return name, Parsed(node, "plain", notes=notes)


def read_lets(
    lets: Sequence[str], *, input: Input = "auto", names: Collection[str] = ()
) -> tuple[list[tuple[str, Node, str]], set[str], list[str]]:
    """Read ``--let NAME=EXPR`` texts: ``(name, tree, text)`` each, the multi-letter names, the notes.

    Every let's name is read before any value, so a value may use a name defined
    later. ``names`` are multi-letter names already defined elsewhere (a
    problem's). Errors are labelled ``--let``. A let that defines a function
    (``g(z) = …``) is no name of its own: its calls in the other lets are
    expanded (:mod:`logderiv.notation.functions`), with notes.
    """
    parsed, multi_letter, notes, _ = read_definitions(lets, input=input, names=names)
    return parsed, multi_letter, notes


def _typed_layout_lets(lets: Sequence[str], input: Input) -> tuple[list[str], list[str]]:
    """Plain lets typed as a docstring types them (``fwb(x_s(i)) = wx_s(i) + b``): read as the cost's text is."""
    read: list[str] = []
    notes: list[str] = []
    for text in lets:
        if notation_of(text, input) == "plain":
            try:
                text, layout_notes = typed_layout.read_layout(text)
            except InputError as error:
                raise error.with_label("--let") from None
            notes.extend(note for note in layout_notes if note not in notes)
        read.append(text)
    return read, notes


def _closed_heads(lets: Sequence[str], input: Input) -> tuple[list[str], list[str]]:
    r"""Lets whose left side lost its argument's ``)`` (``f_{\vec{w}, b}(\vec{x}^{(i)} = …``), given it, noted.

    Only where the one place that makes the left side a name with its arguments is right before the ``=``
    (:func:`brackets.unclosed_head`), and the let then splits into its name and value; where more places do
    (``loss(f(x, y) =``), refused naming them; any other bracket never closed is left to the front end's
    refusal. Done on the text, before any pass reads the head.
    """
    read: list[str] = []
    notes: list[str] = []
    for text in lets:
        equals = text.find("=") if isinstance(text, str) else -1
        places = brackets.unclosed_head(text, equals) if equals > 0 else []
        if len(places) > 1:
            shown = " or ".join(f"'{' '.join((text[:place] + ')' + text[place:equals]).split())}'"
                                for place in places[:3])
            raise InputError(f"the left side's '(' is never closed, and more than one place for its ')' makes it "
                             f"a name with its arguments: {shown}", source=text, column=text.index("("),
                             label="--let", hint="write the ')' where it was meant")
        if not places:
            read.append(text)
            continue
        place = places[0]
        mended = text[:place] + ")" + text[place:]
        split = latex.split_let if notation_of(text, input) == "latex" else plain.split_let
        try:
            split(mended)
        except InputError:
            read.append(text)
            continue
        read.append(mended)
        opened = text.index("(")
        notes.append(f"--let {' '.join(text.split())}: its '(' at column {opened + 1} is never closed; a ')' is "
                     f"read right before the '=', the only place that makes the left side a name with its "
                     f"arguments: {' '.join(mended[:place + 1].split())}")
    return read, notes


def _let_value_or_none(text: str, input: Input, names: Collection[str]) -> Node | None:
    """The tree of a let's value, or None where the let is not read (its reader's refusal is then left to stand)."""
    try:
        return parse_let_text(text, input=input, names=names)[1].tree
    except InputError:
        return None


def read_definitions(
    lets: Sequence[str], *, input: Input = "auto", names: Collection[str] = (), cost: str | None = None
) -> tuple[list[tuple[str, Node, str]], set[str], list[str], dict[str, "functions.FunctionDef"]]:
    """Like :func:`read_lets`, also giving the functions defined (``g(z) = …``), by name, bodies read.

    Calls of those functions in the lets' values are already expanded; a cost or
    answer read with ``functions=`` names must be expanded with
    :func:`logderiv.notation.functions.expand`. ``cost``: the cost's text, where a let
    that names σ at example i must find the σ(…) it names (:func:`_sigma_value_lets`).
    """
    # f_wb_i is the linear function w*x_i + b (a plain docstring): the words say '=', read f_wb_i = w*x_i + b
    lets, worded_notes = worded_lets.read_worded_lets(lets)
    # \sigma^{'}(x) = \frac{e^{-x}}{(1+e^{-x})^2}: σ′ said again, as the reader reads it in a formula
    lets, derivative_notes = sigmoid_derivative.read_sigmoid_derivative_lets(lets)
    derivative_notes = [*worded_notes, *derivative_notes]
    # f(w, b) = wx + b: the model written as a function of its parameters, its value the prediction at x (f = …)
    lets, head_notes = parameter_heads.read_parameter_heads(
        lets, [cost] if cost is not None else [], lambda text: _let_value_or_none(text, input, names),
        lambda text: notation_of(text, input) == "latex")
    derivative_notes = [*derivative_notes, *head_notes]
    lets, closed_notes = _closed_heads(lets, input)
    lets, layout_notes = _typed_layout_lets(lets, input)
    layout_notes = [*derivative_notes, *closed_notes, *layout_notes]
    # z_j = x_j^Tw + b, h(z) = (\sigma(z_1), \cdots, \sigma(z_m))^T: a page's lets entry by entry, before j is refused
    lets, stacked_notes, _ = stacked_lets.read_stacked_lets(lets)
    layout_notes = [*layout_notes, *stacked_notes]
    lets, alias_notes = _subscript_alias_lets(lets)
    # x_{ij} = x_j^{(i)}: a note naming the data's entries as logderiv reads them already, not a new x
    lets, entry_name_notes = _data_entry_lets(lets)
    alias_notes = [*alias_notes, *entry_name_notes]
    lets, entry_notes = vector_lets.read_entry_lets(lets)
    # z = β₀ + β₁x₁ + … = \beta^T\mathbf{(1;x)}: the stacked (1; x) respelled β₀ + βᵀx before a chain is split
    lets, augmented_notes = augmented.read_augmented_lets(lets)
    # h_\theta(\mathbf{x}^i) = …: a let that is a function of x^i reads its superscript i as the example's
    lets, superscript_notes = example_lets.read_superscript_example_lets(lets)
    # (f^{(i)} = f(x^{(i)}) beside f(x) = …, the function at example i said again, is read once by value where the
    # two definitions of f meet: _one_let_per_name, twice_defined)
    augmented_notes = [*augmented_notes, *superscript_notes]
    layout_notes = [*layout_notes, *alias_notes, *entry_notes, *augmented_notes]
    _, lets, call_notes = semicolon_calls.read_semicolon_calls("", lets, lambda text: notation_of(text, input) == "latex")
    layout_notes = [*call_notes, *layout_notes]
    lets, letter_notes = _example_letter_lets(lets, input)
    letter_notes = [*layout_notes, *letter_notes]
    lets, sigma_value, sigma_notes = _sigma_value_lets(lets, input, cost)
    sigma_notes = [*letter_notes, *sigma_notes]
    lets, links, link_notes = _link_lets(lets, input)
    link_notes = [*sigma_notes, *link_notes]
    # hθ(x) = σ(z) = …: the model's parameter letter written on the line, read as h_θ(x) (plain and LaTeX alike)
    head_subscript_notes = [note for note in (plain.glued_subscript_head_note(text) for text in lets) if note]
    lets, chains, chain_notes = _split_chains(lets, input)
    chain_notes = [*link_notes, *head_subscript_notes, *chain_notes]
    defined: list[str] = []
    number_functions: list[str] = []
    heads: dict[int, functions.FunctionDef] = {}
    for number, text in enumerate(lets):
        notation = notation_of(text, input)
        split = latex.split_let if notation == "latex" else plain.split_let
        try:
            name, _, _ = split(text)
        except InputError as error:
            head = _function_head(text, notation, names)
            if head is None or _entry_write(head, notation):
                raise error.with_label("--let") from None
            heads[number] = head
            continue
        if _function_of_a_number(text, notation, names):
            head = _function_head(text, notation, names)
            if head is not None:
                heads[number] = head
                number_functions.append(head.name)
                continue
        defined.append(name)
    aliases = _function_aliases(lets, {head.name for head in heads.values()}, heads)
    defined = [name for name in defined if name not in aliases.values()]
    code_notes = [
        f"{name} is one name, defined with --let (a name of code, not {name.split('_')[0] if '_' in name else name.rstrip('0123456789')} "
        f"with {'a subscript' if '_' in name else 'a number'})"
        for name in defined
        if vocabulary.is_code_name(name) and not name.endswith("_")
    ]
    # lambda_ = np.exp(X_b @ beta): PEP 8's trailing underscore steers round a keyword or a built-in (lambda, sum),
    # so the name is the let's own quantity, never λ or a subscript (a lambda_ no --let defines is still λ)
    code_notes += [
        f"{name} is one name, defined with --let (a name of code: a trailing _ is Python's way round a keyword or "
        f"a built-in's name; it is not {name[:-1]}, and no subscript)"
        for name in defined
        if vocabulary.is_code_name(name) and name.endswith("_")
    ]
    # (a plain z_i = … is read by notation.pasted, noted there)
    code_notes += [note for note in (_example_let_note(text) for text in lets
                                     if isinstance(text, str) and notation_of(text, input) == "latex") if note]
    multi_letter = {name for name in [*names, *defined] if len(name) > 1}
    if sigma_value:
        multi_letter.add(latex.SIGMA_VALUE)
    multi_letter |= {head.name for head in heads.values() if len(head.name) > 1 and head.name != "sigmoid"}
    multi_letter |= {alias for alias in aliases.values() if len(alias) > 1}
    called = functions.ordered_names(list(heads.values())) | frozenset(aliases.values())
    # a letter another --let defines is that let's value in a let's value, as it is in the cost, never a reading
    # of the letter: y_n = σ(a_n) beside a_n = w_0 x_n + w_1 (Bishop, Ito) is not the prediction a^{(i)} stands for
    # when nothing defines a (read as h, the let y_n = σ(a_n) would use itself), and z_i = W^T x_i beside
    # W = 2θ is not the weight vector w that a W written only transposed before x is read as (so is t: defined,
    # t_i in another let's value is that let's t, not the target t_n it stands for when nothing defines it)
    own_letters = set(defined)
    parsed: list[_Let] = []
    notes: list[str] = []
    definitions: dict[str, functions.FunctionDef] = {}
    # the functions first: a chain h = g(θᵀx) = 1/(1 + e^(−θᵀx)) is compared with g put in, whichever let
    # the writer gave first (notes give g(z) = … after the chain that uses it)
    for number in sorted(range(len(lets)), key=lambda number: number not in heads):
        text = lets[number]
        head = heads.get(number)
        if number in aliases:
            continue  # f = f_wb: the function f_wb by another name, added once every function is read
        try:
            if head is not None:
                body = _function_body(text, head, notation_of(text, input), multi_letter, called)
                notes += body.notes
                definition = dataclasses.replace(head, body=body.tree)
                if definition.name == "sigmoid":
                    functions.check_sigmoid(definition)
                    notes.append(functions.sigmoid_note(definition))
                    continue
                definition, parameter_notes = functions.per_example_parameters(definition)
                notes += parameter_notes
                functions.check_body(definition, called)
                if definition.name in definitions:
                    raise InputError(f"the function '{definition.name}' is defined twice", source=text, column=0)
                definitions[definition.name] = definition
                continue
            name, value = parse_let_text(text, input=input, names=multi_letter | own_letters, functions=called)
        except InputError as error:
            raise error.with_label("--let") from None
        if text in links:  # \log(\lambda_i) = β^T x_i: λ_i = exp(β^T x_i)
            value = dataclasses.replace(value, tree=tree_module.Apply("exp", value.tree, value.tree.span))
            text = links[text]
        if number in chains:
            original, expressions = chains[number]
            agreed, side_notes, side_lets = _check_chain_sides(
                original, expressions, value.tree, notation_of(text, input), multi_letter | own_letters, called, set(defined),
                definitions)
            # the last side given up for the sum from 0 (θᵀX beside Σᵢ₌₀ⁿ θᵢxᵢ): how it was read is no reading
            kept = () if zero_intercept.is_intercept_sum(agreed) and agreed is not value.tree else value.notes
            value = dataclasses.replace(value, tree=agreed, notes=(*kept, *side_notes))
            parsed += [let for let in side_lets if let[0] not in {known for known, _, _ in parsed}]
            text = original
        parsed.append((name, value.tree, text))
        notes += [note for note in value.notes if note not in notes]  # a note said once, however many lines
    for number, alias in aliases.items():
        alias_let = _ALIAS_LET.match(lets[number])
        assert alias_let is not None, "an alias is a let the pattern matched (_function_aliases)"
        target = alias_let.group("target")
        if target not in definitions:
            raise InputError(f"'{alias}' names the function '{target}', which is read only as σ here",
                             source=lets[number], column=0, label="--let", hint=f"write {target} for {alias}")
        if alias in definitions:
            raise InputError(f"the function '{alias}' is defined twice", source=lets[number], column=0, label="--let")
        definitions[alias] = dataclasses.replace(definitions[target], name=alias)
        notes.append(f"--let {alias} = {target} names the function {target}: {alias}(…) is {target}(…)")
    # f(\vec x) = σ(w·x + b) beside f(z) = σ(z): one letter for the model and its link (functions._model_at_example)
    for name, let_tree, text in parsed:
        if name in definitions and definitions[name].model is None:
            definitions[name] = dataclasses.replace(definitions[name], model=text,
                                                    model_agrees=functions.agrees_with_model(definitions[name], let_tree))
    definitions, nested_notes = functions.resolve(definitions)
    notes += [note for note in nested_notes if note not in notes]
    expanded = []
    for name, let_tree, text in parsed:  # (value, the let's Parsed, is read above)
        if functions.has_calls(let_tree):
            let_tree, expansion_notes = functions.expand(let_tree, definitions, text, "--let")
            notes += expansion_notes
        expanded.append((name, let_tree, text))
    number_notes = [
        f"{name}(x) = … uses no parameter: {name} is read as a function of the number x, "
        f"so {name}(wᵀx) is {name} applied to wᵀx (not a value per example times a bracket)"
        for name in number_functions
    ]
    return expanded, multi_letter, list(dict.fromkeys(chain_notes + number_notes + code_notes + notes)), definitions


def _function_lets(definitions: Mapping[str, "functions.FunctionDef"]) -> tuple[str, ...]:
    """The lets that define ``definitions`` again: each function's own text once (after the --let defining its name
    at the example's x, if one does), and ``f = f_wb`` for an alias (which shares its function's text, read first)."""
    named: dict[str, str] = {}
    texts = []
    for definition in definitions.values():
        if definition.model is not None and definition.model not in texts:
            # f(\vec x) = σ(w·x + b) beside f(z) = σ(z): the answer's f(x⁽ⁱ⁾) is the model's value, as the cost's is
            texts.append(definition.model)
        if definition.text not in named:
            named[definition.text] = definition.name
            texts.append(definition.text)
        else:
            texts.append(f"{definition.name} = {named[definition.text]}")
    return tuple(texts)


#: code's f = f_wb: a let whose whole value is the name of a function another --let defines
_ALIAS_LET = patterns.compile(r"\s*(?P<alias>[A-Za-z][A-Za-z0-9_]*)\s*=\s*(?P<target>[A-Za-z][A-Za-z0-9_]*)\s*(?:;\s*)?$")


def _function_aliases(lets: Sequence[str], functions_defined: Collection[str],
                      heads: Mapping[int, functions.FunctionDef]) -> dict[int, str]:
    """The lets that only give a defined function another name (``f = f_wb``), by number, with the new name.

    Code passes a model function around under a new name (``f = f_wb`` then ``f(w, b, x)``): the name is
    the same function, called with the same arguments. Only a bare name of a function defined by another
    --let, never a quantity's name (``y_true = y`` stays a let of its own).
    """
    aliases = {}
    for number, text in enumerate(lets):
        if number in heads or not isinstance(text, str):
            continue
        match = _ALIAS_LET.match(text)
        if match is not None and match.group("target") in functions_defined and (
            match.group("alias") != match.group("target")
        ):
            aliases[number] = match.group("alias")
    return aliases


_LINK_LET = patterns.compile(
    r"(?P<log>\s*\\(?:log|ln)\s*(?:\\left\s*)?(?P<open>[({])?)\s*(?P<name>\\[A-Za-z]+|[A-Za-z])"
    r"(?P<script>\s*(?:_\s*\{\s*i\s*\}|_\s*i|\^\s*\{\s*\(\s*i\s*\)\s*\}))"
    r"(?P<close>\s*(?:\\right\s*)?[)}])?\s*="
)


#: A let's head with a letter other than i marking the example: p_n, \mu_{n}, a^{(n)} (Bishop's, Murphy's n)
_EXAMPLE_LETTER_HEAD = patterns.compile(
    r"\s*(?P<name>\\[A-Za-z]+|[A-Za-z])\s*(?:_\s*\{\s*n\s*\}|_\s*n(?![A-Za-z])|\^\s*\{\s*\(\s*n\s*\)\s*\})\s*:?="
)
#: a name scripted by n, _n, _{n}, ^{(n)}: the base before it (\mathbf{x}, \boldsymbol{\phi}, x, \mu, and plain TeX's
#: {\bf x}, whose switch styles the rest of its group)
_N_SCRIPT = patterns.compile(
    r"(?P<base>\\[A-Za-z]+\s*\{\s*\\?[A-Za-z]+\s*\}|\{\s*\\(?:bf|rm|it|sf|boldmath)\s*\\?[A-Za-z]+\s*\}"
    r"|\\[A-Za-z]+|[A-Za-z])\s*"
    r"(?P<script>_\s*\{\s*n\s*\}|_\s*n(?![A-Za-z])|\^\s*\{\s*\(\s*n\s*\)\s*\})"
)
#: letters whose _n is an entry of the notation (x_n is x⁽ⁿ⁾, w_n a weight), never a plain let's own name
_FIXED_PLAIN_LETTERS = frozenset({"x", "y", "w", "m", "n", "e", "i", "j", "k", "l", "X", "N", "t", "b"})
_PARAMETER_BASES = patterns.compile(r"^\\?(?:theta|beta|w|b|lambda|mathbf\s*\{\s*w\s*\}|boldsymbol\s*\{\s*\\?(?:theta|beta|w)\s*\})$"
                                    r"|^\{\s*\\(?:bf|rm|it|sf|boldmath)\s*\\?(?:theta|beta|w|b)\s*\}$")


_LETTER = r"(?<![A-Za-z\\]){}(?![A-Za-z])"
_SCRIPTED = r"\s*(?:_|\^\s*\{{\s*\()"
_Y_HEAD = patterns.compile(r"\s*y\s*(?:_\s*\{?\s*[a-z]\s*\}?|\^\s*\{\s*\(\s*[a-z]\s*\)\s*\})\s*:?=")


#: a let of bare y (``y := \sigma(w^{T}x+b)``, Zeema's E(w, b)): y for one example, its value a function of the data
_Y_BARE_HEAD = patterns.compile(r"\s*y\s*:?=")
#: the data written in a value: x, \mathbf{x}, \boldsymbol{x}, \vec{x}, \bm{x}
_DATA_WRITTEN = patterns.compile(r"(?<![A-Za-z\\])x(?![A-Za-z])")


def _model_of_y(let: str) -> bool:
    r"""Whether ``let`` defines a bare y as a model of the example (``y := \sigma(w^{T}x+b)``): the text says y is the
    model's output, as ``y_n = …`` does; a y of no data (``y = 0.5``) says nothing of the kind and is left to the
    refusal."""
    head = _Y_BARE_HEAD.match(let)
    return head is not None and _DATA_WRITTEN.search(let[head.end():]) is not None


def _glued_to_log(text: str, letter: str) -> list[re.Match[str]]:
    r"""``letter`` right after a bare log or ln and before its script (``t_nlogy_n``): the one letter the log takes,
    as the LaTeX reader reads it (``function_glued_before``)."""
    return [match for match in re.finditer(rf"(?:(?<=log)|(?<=ln)){letter}(?=\s*_)", text)
            if not re.search(r"\\(?:log|ln)$", text[:match.start()])]


def _letter_count(text: str, letter: str) -> int:
    r"""How often ``letter`` is written in ``text`` outside control words (``\text``, ``\theta`` hold a t)."""
    return re.sub(r"\\[A-Za-z]+", "", text).count(letter)


def _letters(text: str, letter: str) -> list[re.Match[str]]:
    return list(re.finditer(_LETTER.format(letter), text))


def _target_beside_prediction_let(cost: str, lets: Sequence[str], input: Input) -> tuple[str, Sequence[str], list[str]]:
    r"""``--let 'y_n = \sigma(a_n)'`` beside a cost in t_n (Bishop, Ito): y the prediction, t the target.

    When a LaTeX let defines y per example, the LaTeX cost writes t and y only
    with the example's script (t_n, y^{(i)}), and nothing defines t or h, the
    letters are respelled in place: y → h in the let and the cost, t → y in the
    cost (noted, :data:`conventions.TARGET_BESIDE_PREDICTION_NOTE`, which the
    answer's reader looks for). Anything else is left as written (and refused as before).
    """
    if not isinstance(cost, str) or notation_of(cost, input) != "latex":
        return cost, lets, []
    heads = [k for k, text in enumerate(lets) if isinstance(text, str) and notation_of(text, input) == "latex"
             and (_Y_HEAD.match(text) or _model_of_y(text))]
    if len(heads) != 1:
        return cost, lets, []
    if any(isinstance(text, str) and re.match(r"\s*(?:t|h)(?![A-Za-z])", text) for text in lets):
        return cost, lets, []
    ts, ys = _letters(cost, "t"), _letters(cost, "y") + _glued_to_log(cost, "y")
    if _letter_count(cost, "t") != len(ts) or _letter_count(cost, "y") != len(ys):
        # a t or y inside a run of letters not read here (tlogy, \mathrm{ty}): respelling the others would leave it
        # the target y where the writer means the output, a silent misread; left as written (refused)
        return cost, lets, []
    if not ts or any(not re.match(_SCRIPTED, cost[match.end():]) for match in [*ts, *ys]):
        return cost, lets, []
    if _letters(cost, "h"):
        return cost, lets, []
    respelled = list(cost)
    for match in ys:
        respelled[match.start()] = "h"
    for match in ts:
        respelled[match.start()] = "y"
    let = lets[heads[0]]
    blank = re.match(r"\s*", let)
    assert blank is not None, "\\s* matches every text"
    head = blank.end()
    new_lets = list(lets)
    new_lets[heads[0]] = let[:head] + "h" + let[head + 1:]
    return "".join(respelled), new_lets, [conventions.TARGET_BESIDE_PREDICTION_NOTE]


#: the parameters a model's name may carry as a subscript: h_\theta, f_{w,b}, f_{\vec{w},b}, h_{\mathbf{w}}
_PARAMETER_SUBSCRIPT = (r"_\s*(?:\\theta|θ|w|\\beta|\{\s*(?:(?:\\(?:vec|mathbf|boldsymbol|bm)\s*\{\s*)?"
                        r"(?:\\theta|θ|w|\\beta|b)\s*\}?\s*,?\s*){1,2}\})")
#: ``h_{\theta}(x)=h(x)``: one side the other's name with the parameters as a subscript, the same argument
_SUBSCRIPT_ALIAS = patterns.compile(
    rf"\s*(?P<one>[A-Za-z])\s*(?P<first>{_PARAMETER_SUBSCRIPT})?\s*\(\s*(?P<argument>[A-Za-z])\s*\)\s*=\s*"
    rf"(?P=one)\s*(?P<second>{_PARAMETER_SUBSCRIPT})?\s*\(\s*(?P=argument)\s*\)\s*"
)


def _subscript_alias_lets(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    r"""Drop ``--let 'h_{\theta}(x)=h(x)'`` beside a --let that defines h: the one name, with and without its subscript.

    Notes write the model h(x) = … and then "h_θ(x) = h(x)", saying the subscript names
    its parameters; logderiv reads h_θ as h already, so the alias would define h a
    second time as itself. It goes (noted) only when exactly one side carries the
    subscript, the argument is one letter on both sides, and another --let defines h.
    """
    heads = [re.match(r"\s*([A-Za-z])\s*(?:_|\()", text) if isinstance(text, str) else None for text in lets]
    result: list[str] = []
    notes: list[str] = []
    for number, text in enumerate(lets):
        match = _SUBSCRIPT_ALIAS.fullmatch(text) if isinstance(text, str) else None
        if match is None or (match.group("first") is None) == (match.group("second") is None):
            result.append(text)
            continue
        others = [head.group(1) for k, head in enumerate(heads) if k != number and head is not None
                  and _SUBSCRIPT_ALIAS.fullmatch(lets[k]) is None]
        if match.group("one") not in others:
            result.append(text)
            continue
        notes.append(f"--let '{text.strip()}' says only that the model's name carries its parameters as a "
                     f"subscript: {match.group('one')} is read with or without it, so this --let defines nothing more")
    return result, notes


#: ``x_{ij} = x_j^{(i)}``, ``x_ij = x_j^(i)``, ``x_{i,j} = x^{(i)}_j``: feature j of example i named as logderiv's x_ij
_DATA_ENTRY_LET = patterns.compile(
    r"\s*x\s*_\s*(?:\{\s*i\s*,?\s*(?P<feature>[jk])\s*\}|i(?P<bare>[jk]))\s*=\s*x\s*"
    r"(?:_\s*(?P<before>\{\s*[jk]\s*\}|[jk])\s*\^\s*(?:\{\s*\(\s*i\s*\)\s*\}|\(\s*i\s*\))"
    r"|\^\s*(?:\{\s*\(\s*i\s*\)\s*\}|\(\s*i\s*\))\s*_\s*(?P<after>\{\s*[jk]\s*\}|[jk]))\s*(?:;\s*)?"
)


def _data_entry_lets(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    r"""Drop ``--let 'x_{ij} = x_j^{(i)}'``: it names feature j of example i x_{ij}, which is how x_{ij} is read.

    A note writes its data matrix's entries x_{ij} (row i the example, as the matrix X with rows 𝒙ᵢᵀ) and says so
    once; logderiv reads x_{ij} as x_j⁽ⁱ⁾ already, so the let defines nothing new and would otherwise be refused as
    a redefinition of x. Only where both sides name the same feature letter and the example i in that order
    (``x_{ji} = x_j^{(i)}``, a matrix of one example per column, stays refused); noted.
    """
    result: list[str] = []
    notes: list[str] = []
    for text in lets:
        match = _DATA_ENTRY_LET.fullmatch(text) if isinstance(text, str) else None
        written = None if match is None else (match.group("before") or match.group("after") or "").strip("{} ")
        if match is None or written != (match.group("feature") or match.group("bare")):
            result.append(text)
            continue
        notes.append(f"--let '{text.strip()}' says what x_{{i{written}}} is read as already: feature {written} of "
                     f"example i, x_{written}⁽ⁱ⁾{DATA_ENTRY_LET_DROPPED}")
    return result, notes


#: the end of :func:`_data_entry_lets`' note, by which the texts read after it know the let's order was declared
DATA_ENTRY_LET_DROPPED = " (the let itself is dropped)"
#: the two letters of an entry of the data as written, in their order: x_{ji}, \mathbf{x}_{i,j}
_ENTRY_SUBSCRIPTS = patterns.compile(r"_\s*\{?\s*(?P<first>[A-Za-z])\s*,?\s*(?P<second>[A-Za-z])\s*\}?")


def refuse_entries_against_their_let(notes: Sequence[str], *texts: tuple[str, Node, str]) -> None:
    r"""Refuse an entry x_{ji} written in the other order from a dropped ``--let 'x_{ij} = x_j^{(i)}'``.

    The let says the writer's first subscript is the example and the second the feature; x_{ji} under it is
    feature i of example j. Read by the roles its sums give (i the example's, j the feature's), it was taken as
    x_{ij}, and an answer with the indices swapped (Xᵀ's entries, or a slip) judged "equivalent"; a cost whose
    sums make i a feature (``\sum_j (y_j − \sum_i w_i x_{ij})²``, one example per column) contradicts the let too.
    Which the writer means is not said: asked, at the entry.
    """
    dropped = next((note for note in notes if note.endswith(DATA_ENTRY_LET_DROPPED)), None)
    if dropped is None:
        return
    let = dropped[:dropped.find(" says what")]  # "--let 'x_{ij} = x_j^{(i)}'", as its note names it
    for text, node, label in texts:
        for entry in tree.walk(node):
            if not (isinstance(entry, tree.Variable) and entry.name == "x"
                    and entry.feature is not None and entry.example is not None):
                continue
            written = text[entry.span.start:entry.span.end]
            letters = _ENTRY_SUBSCRIPTS.search(written)
            if letters is None or letters.group("second") == entry.feature:
                continue
            raise InputError(
                f"'{written}' is read with {entry.feature} its feature's index and {letters.group('second')} the "
                f"example's, but {let} writes the example first and the feature second: "
                f"by it, '{written}' is feature {letters.group('second')} of example {letters.group('first')}",
                source=text, column=entry.span.start, label=label,
                hint="write the entries with the example's index first, as the let does (x_{ij}), or leave the let out")


#: ``h_\theta(z) = …``: the prediction's let written as a function of a letter other than x
_PREDICTION_OF_LETTER = patterns.compile(
    rf"\s*h\s*(?:{_PARAMETER_SUBSCRIPT}\s*)?\(\s*(?P<letter>[a-wz])\s*\)\s*=(?!=)"
)
#: h applied to the example in a cost: h_\theta(x^{(i)}), h(x_i), h_{\theta}(x); the example's index by any letter
#: in parentheses (x^{(n)}, x^{(k)}: a sum's index renamed is the same example), bare or subscripted only i or
#: Bishop's n (x^k is a power, x_k may be a feature); in these patterns each run of spaces has one place (two
#: optional runs side by side split a long run every way: h + 8,000 spaces took 1.4 s)
_H_OF_EXAMPLE = patterns.compile(
    rf"(?<![A-Za-z\\])h\s*(?:{_PARAMETER_SUBSCRIPT}\s*)?(?:\\left\s*|\\bigl?\s*)?\(\s*x\s*"
    r"(?:(?:\^\s*\{?\s*(?:\(\s*[a-z]\s*\)|i)\s*\}?|_\s*\{?\s*[in]\s*\}?)\s*)?(?:\\right\s*|\\bigr?\s*)?\)"
)
#: h applied to anything else in a cost: h(\theta^T x), h(z_i)
_H_OF_OTHER = patterns.compile(
    rf"(?<![A-Za-z\\])h\s*(?:{_PARAMETER_SUBSCRIPT}\s*)?(?:\\left\s*|\\bigl?\s*)?\(\s*(?!x\s*(?:[\^_)]|\\right|\\bigr))"
)
#: x on its own: the example (not \exp, not x_j's neighbour letters)
_BARE_X = patterns.compile(r"(?<![A-Za-z\\])x(?![A-Za-z])")


#: how the note of :func:`_argument_through_let` ends
_THROUGH_NOTE_END = "h(x) = h(z) with z's value at x put in"


def _argument_through_let(lets: Sequence[str], cost: str) -> tuple[list[str], list[str]]:
    r"""``h_\theta(z) = \frac{1}{1+e^{-z}}`` beside ``z = g(x)``: h of the example, through the let that defines z.

    Notes define the model in two steps, h_θ(z) the sigmoid of z and z = g(x) = xθ, and apply
    h_θ to the example, h_θ(x⁽ⁱ⁾): z is the let's value of x, so h_θ(x) = σ(z(x)). The head's
    letter is read as x (noted) only when the cost applies h to the example (h_θ(x⁽ⁱ⁾), never
    to a score h(θᵀx⁽ⁱ⁾)), another --let defines that letter by a value that writes x, and h's
    own value does not write x: else h stays a function of its letter.
    """
    if not (isinstance(cost, str) and _H_OF_EXAMPLE.search(cost)) or _H_OF_OTHER.search(cost):
        return list(lets), []
    result = list(lets)
    notes: list[str] = []
    defined = {}
    for text in lets:
        if isinstance(text, str) and (match := re.match(r"\s*([a-wz])\s*=(?!=)(?P<value>.*)", text, re.S)):
            defined[match.group(1)] = match.group("value")
    for number, text in enumerate(lets):
        match = _PREDICTION_OF_LETTER.match(text) if isinstance(text, str) else None
        if match is None:
            continue
        letter, value = match.group("letter"), text[match.end():]
        through = defined.get(letter)
        if through is None or not _BARE_X.search(through) or _BARE_X.search(value):
            continue
        begin, end = match.span("letter")
        result[number] = text[:begin] + "x" + text[end:]
        notes.append(f"--let '{text[:match.end() - 1].strip()}' is a function of {letter}, and --let '{letter} ="
                     f"{through.rstrip()}' makes {letter} a value of the example x: h applied to the example is read "
                     f"through it, {_THROUGH_NOTE_END}")
    return result, notes


def refuse_prediction_of_a_score(answer: str, notes: Sequence[str]) -> None:
    """After h_θ(z) was read through its let z = g(x) (:func:`_argument_through_let`), refuse an h applied to a score.

    The cost's h is then h of the example; an answer's h(θᵀx⁽ⁱ⁾) means the writer's h(z), σ of the
    score, which that h no longer is: read either way it would be a guess.
    """
    if not (isinstance(answer, str) and any(note.endswith(_THROUGH_NOTE_END) for note in notes)):
        return
    match = _H_OF_OTHER.search(answer)
    if match is not None:
        raise InputError(
            "h is applied here to something other than the example, but the --let h_θ(z) is read through its z = … "
            "as h of the example x: h of a score would be either", source=answer, column=match.start(),
            label="ANSWER", hint="write h_\\theta(x^{(i)}) for the prediction, or \\sigma(…) for the sigmoid of a score",
        )


def _example_letter_lets(lets: Sequence[str], input: Input) -> tuple[list[str], list[str]]:
    r"""``--let 'p_n = \sigma(w^T x_n)'``: the letter n on the name and on the data it uses marks the example.

    Bishop and Murphy number the examples n; in a let there is no sum to say so,
    and n is otherwise the number of features. When a LaTeX let's name carries
    n and its value writes n only on data or other values (x_n, \phi_n, a_n, never
    θ_n or w_n), n is read as i there (respelled in place, same length; noted). LaTeX or plain alike:
    ``a_n = w_0 x_n + w_1`` reads the same either way.
    """
    result: list[str] = []
    notes: list[str] = []
    for text in lets:
        if not isinstance(text, str):
            result.append(text)
            continue
        head = _EXAMPLE_LETTER_HEAD.match(text)
        if head is None:
            result.append(text)
            continue
        value = text[head.end():]
        scripted = list(_N_SCRIPT.finditer(value))
        if not scripted or any(_PARAMETER_BASES.match(match.group("base")) for match in scripted):
            result.append(text)
            continue
        if re.search(r"(?<![A-Za-z\\])n(?![A-Za-z])", _N_SCRIPT.sub("", value)):
            result.append(text)  # n on its own too (a count): not only the example's mark
            continue
        respelled = list(text)
        for match in [*_N_SCRIPT.finditer(text[:head.end()]), *(
                m for m in _N_SCRIPT.finditer(text) if m.start() >= head.end())]:
            start, end = match.span("script")
            respelled[start:end] = list(text[start:end].replace("n", "i"))
        name = head.group("name")
        if notation_of(text, input) == "plain" and len(name) == 1 and name not in _FIXED_PLAIN_LETTERS:
            # plain reads a_i as one name of code, a_i: the let a_n = w_0 x_n + w_1 beside the LaTeX
            # y_n = σ(a_n) defines a, one value per example, its _n blanked (columns kept) as notation.pasted
            # blanks the _i of a plain z_i = …
            scripted_name = _N_SCRIPT.match(text, head.start("name"))
            assert scripted_name is not None, "the head's name carries the script n (_EXAMPLE_LETTER_HEAD)"
            start, end = scripted_name.span("script")
            respelled[start:end] = [" "] * (end - start)
        result.append("".join(respelled))
        left = text[:text.index("=")].strip()
        notes.append(f"the n on {left} and on what its value subscripts marks the example (no sum says so in a "
                     "--let, and n alone counts the features): read as i, one value per example")
    return result, notes


_SIGMA_VALUE_LET = patterns.compile(
    r"\s*(?P<sigma>\\sigma)\s*(?P<example>_\s*\{?\s*i\s*\}?|\^\s*\{\s*\(\s*i\s*\)\s*\})?\s*=\s*\\sigma\s*(?:\\left\s*)?\(")
#: said when a --let names the prediction σ; the answer's reader looks for it
SIGMA_VALUE_NOTE = ("a bare σ is read as h, the prediction σ(…) that --let names σ (σ(…) of an argument stays the "
                    "sigmoid; σ(1 − σ), before a bracket holding a bare σ, is the product σ·(1 − σ))")


def _sigma_value_lets(lets: Sequence[str], input: Input, cost: str | None = None) -> tuple[list[str], bool, list[str]]:
    r"""``\sigma = \sigma(w^Tx)`` (alineberry's notes): σ names the prediction, the sigmoid of the score.

    The let is read as ``h = \sigma(w^Tx)`` (the name blanked to h, columns kept), and
    a bare σ in the texts is h (:meth:`latex._Tokenizer.sigma_is_value`), noted.
    ``\sigma_i = \sigma(\mathbf{x}_i^\top \boldsymbol\beta)`` (a wiki's ℓ(β) and its gradient Σ(yᵢ − σᵢ)xᵢ)
    names the prediction at example i the same way, read as ``h_i``; only beside a ``cost`` that applies σ
    to that very argument, as written: the cost then uses no h, and the model it is read with is that σ(…),
    so a σᵢ of another argument would be replaced by the model unseen — it stays refused.
    """
    texts, found, notes = [], False, []
    for text in lets:
        match = _SIGMA_VALUE_LET.match(text) if isinstance(text, str) and notation_of(text, input) == "latex" else None
        if match is not None and match.group("example") and not _applied_in(text[match.end() - 1:], cost):
            match = None
        if match is not None and cost is not None and _SIGMA_APPLIED.search(cost) \
                and not _applied_in(text[match.end() - 1:], cost, loose=True):
            # \sigma = \sigma(2x_i^T\beta) beside a cost that applies σ to another argument: read as h, the cost's
            # model would stand for it unseen (fixf54 found it judged 'equivalent')
            raise InputError(
                "this --let names the prediction σ, but σ of another argument than the cost applies σ to: read as "
                "the prediction h, the cost's own model would stand for it",
                source=text, column=match.start("sigma"), label="--let",
                hint="write the cost's σ(…) in the let, or name the value with a letter of its own (p = \\sigma(…))")
        if match is None:
            texts.append(text)
            continue
        found = True
        begin, end = match.span("sigma")
        if match.group("example"):
            left = text[:text.index("=")].strip()
            script = match.group("example").replace(" ", "")
            texts.append(text[:begin] + "h" + script + " " * (match.end("example") - begin - 1 - len(script))
                         + text[match.end("example"):])
            notes.append(f"{left} = … names the prediction at example i, σ of the argument the cost writes: {left} "
                         "is read as h at example i")
        else:
            texts.append(text[:begin] + "h" + " " * (end - begin - 1) + text[end:])
    return texts, found, [*notes, SIGMA_VALUE_NOTE] if found else []


def _applied_in(applied: str, cost: str | None, *, loose: bool = False) -> bool:
    r"""Whether ``(arg)`` of a let's ``\sigma(arg)`` is written, spaces aside, after a σ in ``cost``.

    ``loose``: braces and the example's marks (``_i``, ``^{(i)}``) aside too — a bare σ's let names the prediction
    of any example (``\sigma = \sigma(w^Tx)`` beside a cost's ``\sigma(w^Tx_i)``).
    """
    if cost is None:
        return False
    close = brackets.closing(applied, 0)
    if close is None or applied[close + 1:].strip(" \t,.;"):
        return False  # σ(…) and more (σ(z) + 1): not the prediction alone
    argument = "".join(applied[:close + 1].split())
    written = "".join(cost.split())
    if loose:
        argument, written = _EXAMPLE_MARK.sub("", argument.replace("{", "").replace("}", "")), \
            _EXAMPLE_MARK.sub("", written.replace("{", "").replace("}", ""))
    return any(written.startswith(argument, k + len("\\sigma")) for k in range(len(written))
               if written.startswith("\\sigma", k))


#: σ applied to an argument in a cost's text (a bare σ, the page's name of the prediction, applies it to none)
_SIGMA_APPLIED = patterns.compile(r"\\sigma\s*(?:\\left\s*)?\(")
#: the example's mark on a name, braces already gone: _i, ^(i)
_EXAMPLE_MARK = patterns.compile(r"_i(?![A-Za-z])|\^\(i\)")


def _link_lets(lets: Sequence[str], input: Input) -> tuple[list[str], dict[str, str], list[str]]:
    r"""``\log(\lambda_i) = \beta^\top x_i``, ``\ln\lambda_{i}=x_{i}\beta``: a link function, the log of a value per example.

    Read as ``\lambda_i = \exp(…)`` (noted): the text with the log and its bracket
    blanked (columns kept), and, for it, the text written. Only a LaTeX left side
    that is the log of one name with the example index counts.
    """
    texts, links, notes = [], {}, []
    for text in lets:
        match = _LINK_LET.match(text) if isinstance(text, str) and notation_of(text, input) == "latex" else None
        if match is None or bool(match.group("open")) != bool(match.group("close")):
            texts.append(text)
            continue
        variant = (" " * match.end("log") + text[match.start("name"):match.end("script")]
                   + " " * (match.end() - 1 - match.end("script")) + text[match.end() - 1:])
        links[variant] = text
        texts.append(variant)
        left = text[:match.end() - 1].strip()
        named = text[match.start("name"):match.end("script")].strip()
        notes.append(f"{left} = … is a link function: the log of {named} is the right side, so {named} is read as "
                     f"exp of it, one value per example")
    return texts, links, notes


_EXAMPLE_SCRIPT = patterns.compile(r"(?:_\{?\s*i\s*\}?|\^\{?\s*\(\s*i\s*\)\s*\}?)\s*:?\s*$")


def _example_let_note(text: str) -> str | None:
    """``p_i = \\sigma(z_i)``, ``z^{(i)} = …``: a --let whose name carries the example index defines a value per example."""
    if not isinstance(text, str) or "=" not in text:
        return None
    left = text[: text.find("=")].strip()
    if not _EXAMPLE_SCRIPT.search(left) or "(" in _EXAMPLE_SCRIPT.sub("", left):
        return None
    return f"{left} = … defines a value per example: the index i on the name is the example's"


def _equals_signs(text: str) -> list[int]:
    r"""Where the ``=`` of a definition are (not those of ``==``, ``<=``, ``>=``, ``!=``).

    An ``=`` inside a bracket or brace is not one: it is a sum's lower limit
    (``\sum_{j=1}^n``, ``sum_{j=1}``), not a side of a chain.
    """
    return [k for k in _top_level(text, "=") if text[k - 1:k] not in ("=", "<", ">", "!") and text[k + 1:k + 2] != "="]


def _top_level(text: str, wanted: str) -> list[int]:
    """Where ``wanted`` occurs outside every (), [] and {} of ``text`` (an unbalanced closer is left to the parser)."""
    depth = 0
    found = []
    for k, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(depth - 1, 0)
        elif char == wanted and depth == 0:
            found.append(k)
    return found


#: the word that joins a second definition to a --let: ``\quad \text{where} \quad``, ``, where``
_WHERE = patterns.compile(
    # not from inside a run of separators, as _COST_WHERE below: a search from every place of a long run of spaces
    # was quadratic (a --let with 8,000 spaces took 7 s in this one search)
    r"(?<![\s,])(?<!\\[;:])(?<!\\quad)(?<!\\qquad)"
    r"(?:\s|,|\\[,;: ]|\\q?quad)*(?:\\(?:text|mathrm|textrm|mbox)\s*\{\s*where\s*\}|(?<![\w\\])where(?!\w))"
    r"(?:\s|,|:|\\[,;: ]|\\q?quad)*"
)


def _depth(text: str, offset: int) -> int:
    """How many brackets and braces are open at ``offset`` of ``text``."""
    depth = 0
    for char in text[:offset]:
        depth += 1 if char in "([{" else -1 if char in ")]}" and depth > 0 else 0
    return depth


#: the word that joins a definition to the end of a cost: ``\quad \text{with } z_i = …``, ``\text{where} z = …``
_COST_WHERE = patterns.compile(
    # not from inside a run of separators: a start one place earlier matches too, and searching from every place of
    # a long run of spaces made the search quadratic (8,000 spaces took 12 s)
    r"(?<![\s,])(?<!\\[;:])(?<!\\quad)(?<!\\qquad)"
    r"(?:\s|,|\\[,;: ]|\\q?quad)*(?:\\(?:text|mathrm|textrm|mbox)\s*\{\s*(?:where|with)\s*\}|(?<![\w\\])(?:where|with)(?!\w))"
    r"(?:\s|,|:|\\[,;: ]|\\q?quad)*"
)
#: the clause's left side: one name, optionally with the example's index (z_i, z^{(i)}, \hat{p}_i), or a model's
#: prediction written as a function of one example (h(x), h_\theta(x), h_θ(x^{(i)}), f_{w,b}(\mathbf{x}))
_CLAUSE_NAME = patterns.compile(
    r"\s*(?:\\[A-Za-z]+\s*\{\s*[A-Za-z]\s*\}|\\[A-Za-z]+|[A-Za-z])"
    r"(?:\s*_\s*(?:\{\s*i\s*\}|i)|\s*\^\s*\{\s*\(\s*i\s*\)\s*\}"
    r"|(?:\s*_\s*(?:\{[^{}=]{1,24}\}|\\[A-Za-z]+|[A-Za-zθβ]))?\s*\(\s*(?:[^()=]|\([^()=]*\)){1,30}\))?\s*=")


def split_where_cost(cost: str, lets: Sequence[str]) -> tuple[str, list[str], list[str]]:
    r"""``\sum_i [\log(1 + e^{-z_i}) + (1 - y_i) z_i] \quad \text{with } z_i = \mathbf{w}^\top \mathbf{x}_i``.

    Course notes (pystatsml) define a name after the formula that uses it: the clause after "with" or
    "where" is a --let, the cost the text before it (blanked, columns kept), noted. Only when the clause
    is one name (optionally z_i, the example's) and one '=', after a cost with its own '=' or none, at
    the top level; a --let that already gives the same text is not given twice. Anything else is left to
    the reader, which refuses it (``\text{with } \lambda > 0`` has no '=').
    """
    if isinstance(cost, str) and notation_of(cost) == "plain":
        # "… where h is the hypothesis", "(m = number of examples)": words, set aside before any word of the text is
        # respelled (hypothesis, code's name of the prediction, would be read as ŷ inside the words)
        from . import glosses

        named = {head.group(1) for text in lets if isinstance(text, str) and (head := _LET_HEAD.match(text))}
        end, gloss = glosses.set_aside_plain_gloss(cost, 0, len(cost), named)
        if gloss is not None:
            rest, new_lets, notes = split_where_cost(cost[:end] + " " * (len(cost) - end), lets)
            return rest, new_lets, [gloss, *notes]
    match = _COST_WHERE.search(cost) if isinstance(cost, str) else None
    if match is None or _depth(cost, match.start()) != 0 or not _CLAUSE_NAME.match(cost, match.end()):
        return cost, list(lets), []
    clause = cost[match.end():]
    if len(_equals_signs(clause)) != 1 or len(_equals_signs(cost[:match.start()])) > 1:
        return cost, list(lets), []
    first = cost[:match.start()]
    let = " " * match.end() + clause
    squeezed = "".join(clause.split())
    new_lets = list(lets)
    if not any(isinstance(text, str) and "".join(text.split()) == squeezed for text in lets):
        new_lets.append(let)
    note = (f"'{cost[match.start():].strip()}' after the cost defines {clause.split('=')[0].strip()}: read as a "
            f"--let {clause.strip()}, and the cost as {first.strip()}")
    return first + " " * (len(cost) - len(first)), new_lets, [note]


#: the name a --let defines, as a gloss could contradict it: h of h(x) = …, lambda of lambda = 0.1
_LET_HEAD = patterns.compile(r"\s*([A-Za-z]\w*)")
#: the name a clause defines, without its subscript or argument: h of h_\theta(x), \hat of \hat{y}_i, z of z^{(i)}
_CLAUSE_HEAD = patterns.compile(r"\s*(\\[A-Za-z]+|[A-Za-z])")


def split_where_answer(answer: str, cost: str | None, lets: Sequence[str]) -> tuple[str, list[str], list[str]]:
    r"""``\frac{1}{m}\sum_i (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}, \text{where } h_\theta(x) = \theta^T x``.

    An answer ends, as a cost does (:func:`split_where_cost`), with the definition of a name it uses: the
    clause is a --let, the answer the text before it (blanked, columns kept), noted. A --let of a formula
    cost is the cost's too, so the clause is taken only where that changes nothing the cost says: the cost
    is a preset, or neither it nor its --let s write the name (h = σ(z) beside "where z = …"), or its --let s
    already give the same definition. Where the cost writes the name and defines it otherwise (or not at all,
    leaving it to a convention), the answer's clause would redefine the cost's name: refused, naming both
    readings. A clause whose name the answer does not write (``(h - y) x_j, where z = θᵀx + 1``) is refused
    too: it can only say what the answer's h is through z, which the answer would be judged without.
    """
    text, new_lets, notes = split_where_cost(answer, lets)
    if not notes:
        return answer, list(lets), []
    notes = [notes[0].replace("after the cost defines", "after the answer defines").replace(
        "and the cost as", "and the answer as")]
    added = [let for let in new_lets if let not in lets]
    if not added:
        return text, new_lets, notes
    defined = added[0].strip().split("=")[0]
    letter = _CLAUSE_HEAD.match(defined)
    assert letter is not None  # the clause's name was matched by _CLAUSE_NAME
    pattern = re.escape(letter.group(1)) + (r"(?![A-Za-z])" if letter.group(1).startswith("\\") else "")
    written = re.compile(r"(?<![A-Za-z\\])" + pattern + r"(?![A-Za-z])")
    column = len(added[0]) - len(added[0].lstrip())  # the clause, blanked to a --let, keeps its columns
    from ..presets import find_preset

    if written.search(text) is None:
        # "…(h - y) x_j, where z = θᵀx + 1": a name the answer never writes can only define its h through the
        # model's z (h = σ(z)), which the answer would then be judged without, or nothing
        raise InputError(
            f"the answer's clause defines {defined.strip()}, which the answer before it does not write: it may define "
            f"a name the answer writes through it (the prediction h = σ(z) of a score z), or nothing",
            source=answer, column=column, label="ANSWER",
            hint=f"write {defined.strip()} in the answer where it stands, or define the name the answer writes "
                 "(…, where h = …)")
    # a formula cost's --let s are the cost's: a name written in the cost or in one of them (h = σ(z) beside the
    # answer's "where z = …") would be defined for the cost by the answer's clause
    formula = cost is not None and find_preset(cost) is None
    where = "the cost" if formula and written.search(cost or "") else "the cost's --let" if formula and any(
        isinstance(given, str) and written.search(given) for given in lets) else None
    if where is not None:
        raise InputError(
            f"the answer's clause defines {defined.strip()}, which {where} writes too: as a --let it would define "
            f"the cost's {defined.strip()} as well, and the cost may mean another",
            source=answer, column=column, label="ANSWER",
            hint=f"define it for both with --let '{added[0].strip()}', or write the answer without the clause")
    return text, new_lets, notes


def split_where_lets(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    r"""``\hat{Y} = \frac{1}{1 + e^{-Z}} \quad \text{where} \quad Z = w \cdot X + b``: two definitions in one --let.

    The clause after "where" defines the name the first side uses, as notes write it: read as two
    --lets, each the text with the other blanked (columns kept), noted. Only with one '=' on each side
    of the word (anything else is left to the chain reader, which refuses it). Done before anything
    reads the lets (:func:`logderiv.derive`, :func:`logderiv.check`), so every reader sees two.
    """
    texts, notes = [], []
    for text in lets:
        match = _WHERE.search(text) if isinstance(text, str) else None
        equals = _equals_signs(text) if match is not None else []
        if match is None or len(equals) != 2 or not equals[0] < match.start() < match.end() < equals[1] \
                or _depth(text, match.start()) != 0:
            texts.append(text)
            continue
        first, second = text[:match.start()], text[match.end():]
        texts.append(first + " " * (len(text) - len(first)))
        texts.append(" " * match.end() + second)
        notes.append(f"'{text.strip()}' defines two names: read as two --lets, {first.strip()} and {second.strip()}")
    return texts, notes


#: "approximately equal", as LaTeX and as typed: \approx (not \approxeq), ≈
_APPROX = patterns.compile(r"\\approx(?![A-Za-z])|≈")


def read_approximation(answer: str) -> str | None:
    r"""``\frac{\partial J}{\partial \theta_j} \approx \frac{1}{m}\sum_i (h^{(i)} - y^{(i)}) x_j^{(i)}``: the text with '='.

    An answer whose left side names the derivative and whose sign is ≈ states that its right side is the
    derivative, approximately: the right side is judged as written, and :func:`logderiv.check` reports it
    equivalent (noted) or, where it differs, undecided, since how close an approximation is meant is not
    said. Only one ≈ at the top level, with text on both sides and no '=' (a chain A = B ≈ C is left to the
    reader, which refuses it); the sign is replaced by '=' padded with spaces, so columns keep.
    """
    found = [match for match in _APPROX.finditer(answer) if _depth(answer, match.start()) == 0]
    if len(found) != 1 or _equals_signs(answer):
        return None
    sign = found[0]
    if not answer[:sign.start()].strip() or not answer[sign.end():].strip():
        return None
    return answer[:sign.start()] + "=" + " " * (sign.end() - sign.start() - 1) + answer[sign.end():]


#: a chain's side that is the sigmoid of something, \sigma(z_i), sigmoid(z): it may open the chain (σ(z) = a = …)
_SIGMOID_SIDE = patterns.compile(r"\s*(?:\\sigma|σ|sigma|sigmoid)\s*(?:\\left\s*)?\(.*\)\s*", re.DOTALL)


def _split_chains(
    lets: Sequence[str], input: Input
) -> tuple[list[str], dict[int, tuple[str, list[tuple[int, int]]]], list[str]]:
    r"""``\hat y^{(i)} = a^{(i)} = sigmoid(z^{(i)})``: a chain of ``=`` in a --let, one text per name it defines.

    Every side but the last that is a name defines that name as the last side
    (each as a text of the same length, the other sides blanked, so columns stay
    those of the text written); a side that is an expression must be the last
    side read again (checked once the names are known, :func:`_check_chain_sides`).
    Gives the texts, for each new text's number the original and its expression
    sides, and notes.
    """
    texts: list[str] = []
    chains: dict[int, tuple[str, list[tuple[int, int]]]] = {}
    notes: list[str] = []
    for text in lets:
        equals = _equals_signs(text) if isinstance(text, str) else []
        if len(equals) < 2:
            texts.append(text)
            continue
        notation = notation_of(text, input)
        split = latex.split_let if notation == "latex" else plain.split_let
        last = equals[-1]
        bounds = [(0 if k == 0 else equals[k - 1] + 1, equals[k]) for k in range(len(equals))]
        named: list[tuple[str, str]] = []
        expressions: list[tuple[int, int]] = []
        for begin, end in bounds:
            variant = " " * begin + text[begin:end] + " " * (last - end) + text[last:]
            try:
                name, _, _ = split(variant)
            except InputError:
                if not named and not _SIGMOID_SIDE.fullmatch(text[begin:end]):
                    raise InputError(
                        "a --let has one '=', or a chain whose first side is a name",
                        source=text, column=equals[1],
                        hint="e.g. --let 'a = sigmoid(z)' or --let 'y_hat = a = sigmoid(z)'", label="--let",
                    ) from None
                # \sigma(z_i) = P_i = …: σ of the argument stated first, a side checked like any other
                expressions.append((begin, end))
                continue
            if name not in (known for known, _ in named):  # \hat y = h_\theta(x) = …: both spell h
                named.append((name, variant))
        if not named:
            raise InputError("a --let has one '=', or a chain whose first side is a name", source=text,
                             column=equals[1], hint="e.g. --let 'a = sigmoid(z)' or --let 'y_hat = a = sigmoid(z)'",
                             label="--let")
        for name, variant in named:
            chains[len(texts)] = (text, expressions)
            texts.append(variant)
        shown = " = ".join(text[begin:end].strip() for begin, end in bounds)
        names = ", ".join(name for name, _ in named)
        notes.append(
            f"the --let chain {shown} = … defines {names} as its last side"
            + ("" if not expressions else " (its other sides are the same expression)" if expressions[0][0] == 0
               else " (the sides between are the same expression)")
        )
    return texts, chains, notes


def _check_chain_sides(text: str, expressions: Sequence[tuple[int, int]], value: Node, notation: str,
                       names: Collection[str], called: Collection[str], defined: Collection[str] = frozenset(),
                       definitions: Mapping[str, functions.FunctionDef] | None = None) -> _Agreed:
    r"""The value a --let chain defines, once its expression sides agree with the last; else refused.

    A side agrees when it reads as the same tree as the last, when it is θᵀx and the last
    side writes it out for one feature or more (``h = θᵀx = θ₀ + θ₁x₁``: θᵀx is the value,
    noted), or when it is σ of a letter nothing defines and the last side spells out σ of
    an expression (``\hat y_i = \sigma(z_i) = \frac{1}{1+e^{-(θ₀+θ₁x_i)}}``: the value is
    σ(z_i), the letter defined as that expression, noted). A side that calls a function
    another --let defines is compared with the call expanded (``h = g(w^TX) = \frac{1}{1+e^{-w^TX}}``
    beside ``g(z) = …``), and two sides that apply one function agree when their arguments
    do (``\sigma(\mathbf{w}^T\mathbf{x}) = \sigma(w_0 + w_1x_1 + … + w_nx_n)``): equal
    arguments give equal values, so no side is read as another quantity. Gives the value,
    notes and the extra lets.
    """
    notes: list[str] = []
    extra: list[tuple[str, Node, str]] = []
    whole = text[_equals_signs(text)[-1] + 1:].strip()
    for begin, end in expressions:
        try:
            if notation == "latex":
                side = latex._parse_range(text, begin, end, names, called).tree
            else:
                side, _ = plain._read_range(text, begin, end, names, called)
        except InputError as error:
            raise error.with_label("--let") from None
        written = text[begin:end].strip()
        agreed = _side_agrees(text, side, value, written, whole, called, set(defined) | {n for n, _, _ in extra})
        if agreed is None:
            agreed = _expanded_side_agrees(text, side, value, written, whole, called, defined, extra, definitions)
        if agreed is None:
            agreed = _named_side_agrees(value, written, whole, set(defined) | set(names))
        if agreed is None:
            raise InputError(
                    f"the sides of the chain differ: '{written}' and '{whole}' are not the same expression (compared "
                    "with the other lets put in, and symbolically)",
                    source=text,
                    column=begin + len(text[begin:end]) - len(text[begin:end].lstrip()),
                    hint="give the one you mean: --let 'NAME = EXPR'",
                    label="--let",
                )
        value, side_notes, side_extra = agreed
        notes += side_notes
        extra += side_extra
    return value, notes, extra


def _named_side_agrees(value: Node, written: str, whole: str, defined: Collection[str]) -> _Agreed | None:
    """A side that is the last with one expression named (``e^{-z(x)}`` beside ``e^{-θ^Tx}``); None otherwise.

    The ``=`` says what the name is, and the last side writes it out: the value is the last side's, noted.
    A name another --let defines is compared as that definition is, never renamed here.
    """
    from .chains import named_in  # (the module's own 'chains' are the --let chains it splits)

    named = named_in(written, whole)
    if named is None or named[0].split("(")[0].split("_")[0] in defined:
        return None
    name, expression = named
    return value, [f"the --let chain writes {name} where its last side writes {expression}: the '=' says {name} is "
                   f"{expression}, and the last side is read"], []


def _expanded_side_agrees(text: str, side: Node, value: Node, written: str, whole: str, called: Collection[str],
                          defined: Collection[str], extra: Sequence[_Let],
                          definitions: Mapping[str, functions.FunctionDef] | None) -> _Agreed | None:
    """A side that agrees with the last once another --let's function is put in for its call; None otherwise."""
    if not definitions or not any(isinstance(node, tree.FunctionCall) and node.name in definitions
                                  for node in tree.walk(side)):
        return None
    try:
        expanded, _ = functions.expand(side, definitions, text, "--let")
    except InputError:
        return None
    agreed = _side_agrees(text, expanded, value, written, whole, called, set(defined) | {n for n, _, _ in extra})
    if agreed is None:
        return None
    shown = sorted({node.name for node in tree.walk(side) if isinstance(node, tree.FunctionCall)})
    value, notes, lets = agreed
    return value, [f"in the --let chain, {' '.join(written.split())} is read with the --let "
                   f"{' and '.join(shown)} put in, and so read it is the last side {' '.join(whole.split())}",
                   *notes], lets


def _side_agrees(text: str, side: Node, value: Node, written: str, whole: str, called: Collection[str],
                 defined: Collection[str]) -> _Agreed | None:
    """(value, notes, extra lets) when one expression side of a --let chain is the last side ``value``; else None.

    See :func:`_check_chain_sides`; ``written`` and ``whole`` are the two sides as written, for the notes.
    """
    from . import chains

    if functions.shape(side) == functions.shape(value):
        return value, [], []
    if _written_out_dot(side, value):
        return value, [
            f"in the --let chain, {' '.join(written.split())} is the last side written out "
            "with x₀ = 1 (the intercept θ₀ beside the sum over θ₁..θₙ), as ML notes write it: the last side is read"
        ], []
    if zero_intercept.same_as_transpose(side, value):
        # h(x) = \sum_{i=0}^{n}\theta_i x_i = \theta^T x: the sum from 0 is θᵀx with x₀ = 1; the sum is kept,
        # read by the derivative asked for (the writer's numbering for θ₀, every component for θⱼ)
        assert isinstance(side, tree.Binary) and isinstance(side.left, tree.Variable) \
            and isinstance(side.right, tree.Sum), "same_as_transpose reads a side θ₀ + Σₖ₌₁ⁿ θₖxₖ only"
        return side, [f"in the --let chain, {' '.join(written.split())} and {whole} are one (x₀ = 1, the "
                      "intercept θ₀ among the components): the sum is read",
                      zero_intercept.intercept_note(side.left.name, side.right.index, vocabulary.FEATURE_COUNT)], []
    if chains.written_out_dot(side, value) or chains.written_out_dot(value, side):
        dot, spelled = (side, whole) if isinstance(side, tree.Dot) else (value, written)
        return dot, [f"the --let chain writes {dot_text(text, dot)} out for its first features "
                     f"({spelled}, with x₀ = 1): {dot_text(text, dot)} is read, over every feature"], []
    for dot_side, other, spelled in ((side, value, whole), (value, side, written)):
        if chains.written_out_from_zero(dot_side, other):
            # the labs' z = w₀x₀ + w₁x₁ + b = xᵀw + b: their two features written out, then the vector form
            return dot_side, [f"in the --let chain, {' '.join(spelled.split())} writes the dot product out for its "
                              "first features, numbered from 0 (x₀ a feature, the intercept apart): the dot product "
                              "is read, over every feature"], []
    if chains.dot_as_feature_sum(side, value):
        return value, [f"the --let chain's sides {dot_text(text, side)} and {whole} are one: the dot product, and "
                       "its sum over the features"], []
    for product, other, shown in ((value, side, whole), (side, value, written)):
        juxtaposed = chains.juxtaposed_dot(product)
        if juxtaposed is not None and chains.dot_as_feature_sum(juxtaposed, other):
            # h_θ(x) = Σⱼ θⱼxⱼ = θx (UFLDL's notes): the vectors side by side are the dot product the sum writes out
            return juxtaposed, [f"the --let chain's sides {' '.join(written.split())} and {' '.join(whole.split())} are "
                         f"one: {' '.join(shown.split())} is the dot product, as its sum over the features writes "
                         "it out"], []
    if chains.reordered(side, value):
        return value, [f"the --let chain's sides {written} and {whole} are one, their terms or factors in another "
                       "order"], []
    if chains.one_sigmoid(side, value):
        return value, [f"the --let chain's sides {written} and {whole} are one: σ, and σ written out"], []
    if chains.letter_sigmoid(side, value, called):
        return value, [f"the --let chain's side {written} names g, which nothing defines, and the last side "
                       f"spells it out: g is the sigmoid σ, and the sides are one"], []
    named = chains.named_sigmoid_argument(side, value, defined)
    if named is not None:
        letter, argument = named
        shown = text[letter.span.start:letter.span.end]
        # σ(z_i), with z_i defined: the chain as written
        return side, [f"the --let chain's side {written} names {shown}, which nothing defines, and the last "
                      f"side spells it out: {shown} is read as {text[argument.span.start:argument.span.end]}"], \
            [(letter.name, argument, text)]
    agreed = _arguments_agree(text, side, value, called, defined)
    if agreed is None and _symbolically_equal(text, side, value):
        return value, [f"the --let chain's sides {' '.join(written.split())} and {' '.join(whole.split())} are one "
                       "(shown symbolically, for every m and n)"], []
    return agreed


#: sympy's simplify runs only on differences this small (its time grows fast with the size)
_SIMPLIFY_OPS = 120


def _symbolically_equal(text: str, side: Node, value: Node) -> bool:
    """Whether two sides build to the same sympy expression (their difference simplifies to 0); False when unsure.

    Only a proof counts: a side that does not build, builds with an assumption (a note, such as an
    undefined h read as σ(θᵀx)), or whose difference sympy cannot bring to 0 is not shown equal.
    """
    import sympy

    from . import builder

    try:
        built = [builder.build_expression(node, source=text) for node in (side, value)]
        if any(expression.notes for expression in built):
            return False
        difference = sympy.expand(built[0].expr - built[1].expr)
        if difference == 0:
            return True
        return bool(sympy.count_ops(difference) <= _SIMPLIFY_OPS and sympy.simplify(difference) == 0)
    except (InputError, ValueError, TypeError, RecursionError):
        return False


def _arguments_agree(text: str, side: Node, value: Node, called: Collection[str],
                     defined: Collection[str]) -> _Agreed | None:
    """Both sides one function of arguments that agree (σ(wᵀx) and σ(w₀ + w₁x₁ + … + wₙxₙ)): the last, so read."""
    from . import chains

    inner = chains.same_function(side, value)
    if inner is None:
        return None
    mine, last = inner
    agreed = _side_agrees(text, mine, last, dot_text(text, mine), dot_text(text, last), called, defined)
    if agreed is None:
        return None
    argument, notes, lets = agreed
    return chains.with_argument(value, argument), notes, lets


def _intercept_sums_by_wrt(cost_parsed: Parsed, parsed_lets: list[_Let], notes: list[str], wrt_tree: Node | None,
                           cost_text: str = "", x0_given: bool = False) -> tuple[Parsed, list[_Let], list[str]]:
    r"""``\sum_{k=0}^{n}\theta_k x_k`` read as θ₀ + Σₖ₌₁ⁿ θₖxₖ, or over every component (:mod:`.zero_intercept`).

    A --wrt that numbers a component (θ₀, θ₁) keeps the writer's numbering, the intercept θ₀ on its own; the
    generic θⱼ names none, and the sum is every component of θᵀx (x₀ = 1 or not), noted — unless a --let says
    x₀ = 1 (``x_{i0} = 1``): then x₀ is no data column but the constant of the intercept θ₀, which stays on its own.
    """
    from . import zero_intercept

    trees = [cost_parsed.tree, *(value for _, value, _ in parsed_lets)]
    if not any(zero_intercept.holds_intercept_sums(node) for node in trees):
        return cost_parsed, parsed_lets, notes
    _refuse_intercept_beside_intercept_sum(cost_parsed, parsed_lets, cost_text)
    if isinstance(wrt_tree, tree.Variable) and (wrt_tree.feature or "").isdigit():
        if wrt_tree.feature == "0":
            _refuse_whole_vector_beside_intercept_sum(cost_parsed, parsed_lets, wrt_tree.name, cost_text)
        return cost_parsed, parsed_lets, notes
    if x0_given:
        # the let makes the term k = 0 the intercept's (x₀ the constant 1): read over every component, x₀ would be
        # a data column as the others are, which the let says it is not
        return cost_parsed, parsed_lets, notes
    if zero_intercept.counts_predictors(cost_text):
        # Σ_{j=0}^{p} β_j x_{ij}: p predictors and β₀, so x_{i0} is the intercept's 1, as a let x_{i0} = 1 would say
        return cost_parsed, parsed_lets, [*notes, zero_intercept.PREDICTORS_NOTE]
    if zero_intercept.other_uses(trees):
        # λ/2m Σ_{j=1}^{n} θⱼ² beside it: the writer's numbering is used elsewhere, and only the intercept reading
        # keeps it (numbered over every component, that penalty would take in θ₀)
        return cost_parsed, parsed_lets, notes
    cost_parsed = dataclasses.replace(cost_parsed, tree=zero_intercept.as_every_component(cost_parsed.tree),
                                      notes=tuple(zero_intercept.every_component_notes(cost_parsed.notes)))
    parsed_lets = [(name, zero_intercept.as_every_component(value), text) for name, value, text in parsed_lets]
    return cost_parsed, parsed_lets, zero_intercept.every_component_notes(notes)


#: a sum over the features written from 1 (\\sum_{j=1}^{n}, sum_{j=1}^n, Σ_{j=1}^{n}): its bounds leave θ₀ out
_FROM_ONE = patterns.compile(r"(?:\\sum(?:\\limits|\\nolimits)?|sum|Σ)\s*_\s*\{?\s*[a-z]\s*=\s*1\s*\}?|∑_\{?[a-z]=1")


def _refuse_whole_vector_beside_intercept_sum(cost_parsed: Parsed, parsed_lets: Sequence[_Let], parameter: str,
                                              cost_text: str) -> None:
    r"""Refuse ``--wrt theta_0`` where the text writes the whole θ beside Σₖ₌₀ⁿ θₖxₖ (‖θ‖², θᵀθ).

    Read by θ₀, the sum is θ₀ + Σₖ₌₁ⁿ θₖxₖ and θ holds θ₁..θₙ only, so ‖θ‖² left the intercept out and
    ∂/∂θ₀ had no λ term, silently. The writer's θ has the n + 1 components θ₀..θₙ (the sum says so), and
    ‖θ‖² of it takes θ₀ in; notes that do not regularise the intercept say so in words. Which is meant
    is not on the page.
    """
    sources = [(cost_parsed.tree, cost_text, "COST"), *((value, text, "--let") for _, value, text in parsed_lets)]
    for node, text, label in sources:
        item = _takes_whole(node, text, parameter)
        if item is not None:
            shown = text[item.span.start:item.span.end] if text else parameter
            raise InputError(
                f"'{shown}' takes in the whole parameter vector beside a sum from 0 to n, whose θ₀ is the intercept: "
                "does it take in θ₀ (θ holds θ₀..θₙ, as the sum writes) or only θ₁..θₙ (the intercept left "
                "unregularised)? The derivative by θ₀ depends on it",
                source=text, column=item.span.start, label=label,
                hint="write the penalty with its bounds, \\sum_{j=1}^{n} \\theta_j^2 (or from 0)",
            )


def _takes_whole(node: Node, text: str, parameter: str) -> Node | None:
    """Where ``node`` takes the parameter vector whole (θᵀθ, ‖θ‖², an unbounded Σⱼθⱼ²), or None.

    A sum over the features that writes its start 1 (\\sum_{j=1}^{n} θⱼ²) says it leaves θ₀ out, and is no such
    place; neither is Σₖ₌₀ⁿ θₖxₖ, the model's own sum.
    """
    from . import zero_intercept

    stack = [node]
    while stack:
        item = stack.pop()
        if zero_intercept.is_intercept_sum(item):
            continue
        whole = isinstance(item, tree.Variable) and item.name == parameter and item.feature is None
        if isinstance(item, tree.Dot) and all(isinstance(side, tree.Variable) and side.name == parameter
                                              and side.feature is None for side in (item.left, item.right)):
            return item  # θᵀθ: shown whole, not at its first θ
        if isinstance(item, tree.Sum) and item.over == "features" and text and any(
                isinstance(part, tree.Variable) and part.name == parameter for part in tree.walk(item.body)):
            # ‖θ‖² is read as a sum over the features, and so is an unbounded Σⱼθⱼ²: only a sum that writes
            # its start 1 says it leaves θ₀ out
            whole = not _FROM_ONE.match(text[item.span.start:item.span.end])
        if whole:
            return item
        stack.extend(tree._children(item))
    return None


def _refuse_intercept_beside_intercept_sum(cost_parsed: Parsed, parsed_lets: Sequence[_Let], cost_text: str) -> None:
    r"""Refuse θ₀ added on its own beside Σₖ₌₀ⁿ θₖxₖ (``y_i - \theta_0 - \sum_{j=0}^{n} \theta_j x_{ij}``).

    The sum's term 0 is θ₀x₀: read with x₀ = 1 (the intercept's), the model held θ₀ twice, 2θ₀ (audit44: a
    confident gradient with −2θ₀ in it, and ∂/∂θ₀ four times the residual). The writer means θ₀ once — a sum from
    1 mistyped — or x₀ as a data column beside the intercept; which is not on the page
    (:func:`.zero_intercept.intercept_added_beside`).
    """
    sources = [(cost_parsed.tree, cost_text, "COST"), *((value, text, "--let") for _, value, text in parsed_lets)]
    for node, text, label in sources:
        refuse_intercept_added_twice(node, text, label)


def refuse_intercept_added_twice(node: Node, text: str, label: str) -> None:
    """Raise at a θ₀ added on its own beside a sum from 0 in ``node`` (the cost's, a let's or an answer's)."""
    from . import zero_intercept

    twice = zero_intercept.intercept_added_beside(node)
    if twice is None:
        return
    shown = text[twice.span.start:twice.span.end] if text else f"{twice.name}_0"
    raise InputError(
        f"the intercept '{shown}' is added on its own beside a sum from 0, whose term 0 is the intercept's too "
        "(θ₀x₀, x₀ = 1): it would be counted twice. Is the sum from 1, or x₀ a data column?",
        source=text, column=twice.span.start if text else None, label=label,
        hint="write the sum from 1 beside the intercept, \\theta_0 + \\sum_{j=1}^{n} \\theta_j x_j",
    )


def _refuse_components_beside_written_out(notes: Sequence[str], *texts: tuple[str, Node, str]) -> None:
    """After ``h = θᵀx = θ₀ + θ₁x₁`` (read as θᵀx over every feature), refuse θ₀, θ₁ … written elsewhere.

    logderiv's θ₁ is the intercept (x₁ = 1), the writer's the slope: read together, a cost
    or ``--wrt`` that names θ₁ would silently mean another quantity.
    """
    from . import chains
    from .zero_intercept import EVERY_COMPONENT

    if any(note.startswith(EVERY_COMPONENT) for note in notes):
        # Σ_{k=0}^{n} θₖxₖ read as θᵀx over every component for θⱼ: θ₀ would be logderiv's first feature
        for source, node, label in texts:
            component = chains.numbered_component(node)
            if component is not None:
                raise InputError(
                    f"'{source[component.span.start:component.span.end]}' is a numbered component, but the sum from "
                    "0 to n is read as θᵀx over every component, numbered 1..n, as the derivative by θⱼ names none: "
                    "the writer's θ₀, θ₁ … would be other components here",
                    source=source, column=component.span.start, label=label,
                    hint="differentiate by the numbered component (--wrt theta_0), where the sum keeps the writer's "
                    "numbering (θ₀ the intercept, x₀ = 1), or write the answer for θⱼ",
                )
    if not any(chains.reads_every_feature(note) for note in notes):
        return
    for source, node, label in texts:
        component = chains.numbered_component(node)
        if component is not None:
            raise InputError(
                f"'{source[component.span.start:component.span.end]}' is a numbered component, but the model is read "
                "as θᵀx over every feature (x₀ = 1 among them): θ₀ + θ₁x₁ and θᵀx would number the features differently",
                source=source, column=component.span.start, label=label,
                hint="define the prediction with one side: --let 'h = theta_0 + theta_1 x_1' (one feature) "
                "or --let 'h = theta^T x' (every feature)",
            )


def _declared_line(parameters: Collection[str], parsed_lets: list[_Let], notes: Sequence[str], input: Input,
                   names: Collection[str], wrt: Node, cost: str, cost_tree: Node) -> tuple[list[_Let], list[str]]:
    r"""``h_\theta(x) = \theta \cdot x = \theta_0 + \theta_1 x_1`` beside ``J(\theta_0, \theta_1) =``: the line θ₀ + θ₁x.

    A chain that writes θᵀx out is read as θᵀx over every feature (x₀ = 1), its θ₀ then
    logderiv's first component. But where the cost's own left side declares exactly the
    components the chain writes out, θ₀ and θ₁, the parameters are those two numbers: the
    model has one feature, and θᵀx is the shorthand of θ₀ + θ₁x₁ with x = (1, x₁). The let
    is read as its written-out side with x₁ the example's one feature x (noted), as an
    undefined h is beside ``J(θ₀, θ₁)`` (:func:`scalars.line_of_declared`). A chain written
    out further (θ₂x₂), a left side declaring other components, or a derivative by θⱼ (which
    component θ₀ is among θ₁..θₙ is what the two readings disagree on) stays as it was. A cost that
    also takes θ whole (θᵀθ, ‖θ‖²) is refused (:func:`_refuse_whole_declared`).
    """
    from . import chains

    numbered = {name for name in parameters if "_" in name}  # (LaTeX's also lists θ itself, as h_θ names it)
    if len(numbered) != 2:
        return parsed_lets, list(notes)
    _refuse_whole_declared(numbered, wrt, cost, cost_tree)
    changed, kept = [], list(notes)
    for name, node, text in parsed_lets:
        if not isinstance(node, tree.Dot) or node.left.name not in vocabulary.PARAMETER_VECTORS:
            changed.append((name, node, text))
            continue
        said = next((note for note in kept if note.startswith(f"{chains.WRITTEN_OUT}{dot_text(text, node)} out")),
                    None)
        signs = _equals_signs(text)
        side: Node | None = None
        if said is not None and len(signs) > 1:
            begin = signs[-1] + 1
            try:
                side = (latex._parse_range(text, begin, len(text), names).tree if notation_of(text, input) == "latex"
                        else plain._read_range(text, begin, len(text), names, ())[0])
            except InputError:
                side = None
        letter = node.left.name
        if (said is None or side is None or numbered != {f"{letter}_0", f"{letter}_1"}
                or not (isinstance(wrt, tree.Variable) and f"{wrt.name}_{wrt.feature}" in numbered)
                or not chains.written_out_dot(node, side)
                or not (isinstance(side, tree.Binary) and isinstance(side.right, tree.Binary)
                        and isinstance(side.right.right, tree.Variable))):
            changed.append((name, node, text))
            continue
        data = side.right.right
        line = dataclasses.replace(side, right=dataclasses.replace(side.right, right=dataclasses.replace(
            data, feature=None)))
        kept.remove(said)
        written = " ".join(text[begin:].split())
        # (not worded as the every-feature reading's note, chains.WRITTEN_OUT, which refuses θ₀ elsewhere)
        kept.append(f"the cost's left side declares exactly {letter}_0 and {letter}_1, so the --let chain "
                    f"{dot_text(text, node)} = {written} (x₀ = 1) is the line of one feature: {name} is read as "
                    f"{written} with {data.name}_1 the example's one feature {data.name}")
        changed.append((name, line, text))
    return changed, kept


def refuse_whole_declared(parameters: Collection[str], wrt: Node, cost: str, cost_tree: Node) -> None:
    """:func:`_refuse_whole_declared` for a cost read without :func:`read_problem` (steps' page definitions)."""
    _refuse_whole_declared({name for name in parameters if "_" in name}, wrt, cost, cost_tree)


def _refuse_whole_declared(numbered: Collection[str], wrt: Node, cost: str, cost_tree: Node) -> None:
    """Refuse θᵀθ (‖θ‖²) in a cost whose left side declares θ = (θ₀, θ₁), differentiated by θ₀ or θ₁.

    The penalty then holds θ₀², but θ whole is built as the sum over the features 1..n, which leaves the intercept
    out: ∂/∂θ₀ would lose λθ₀/m (read the one-feature line, with the --let chain θ·x = θ₀ + θ₁x₁ or without).
    """
    if not (isinstance(wrt, tree.Variable) and f"{wrt.name}_{wrt.feature}" in numbered
            and set(numbered) == {f"{wrt.name}_0", f"{wrt.name}_1"}):
        return
    whole = _whole_vector(cost, cost_tree, wrt.name)
    if whole is not None:
        letter = wrt.name
        raise InputError(
            f"'{cost[whole.span.start:whole.span.end]}' takes {letter} whole, and the cost's left side declares "
            f"{letter} = ({letter}_0, {letter}_1): its square holds {letter}_0², which logderiv's sums over the "
            "features 1..n would leave out",
            source=cost, column=whole.span.start, label="COST",
            hint=f"write the penalty's components: {letter}_0^2 + {letter}_1^2 (every one), or {letter}_1^2 "
                 "(the slope alone)")


def _whole_vector(cost: str, node: Node, letter: str) -> Node | None:
    """``letter`` taken whole in the cost, as θᵀθ (θ·θ) or a norm ‖θ‖² is (a Σ written as one is not), or None."""
    for item in tree_walk(node):
        if isinstance(item, tree.Dot) and item.left.name == item.right.name == letter:
            return item
        if (isinstance(item, tree.Sum) and item.over == "features"
                and not cost[item.span.start:item.span.end].startswith(("\\sum", "sum", "Σ", "∑", "np.sum"))
                and any(isinstance(part, tree.Variable) and part.name == letter for part in tree_walk(item.body))):
            return item
    return None


def dot_text(text: str, dot: Node) -> str:
    """A dot product as written in ``text``."""
    return text[dot.span.start:dot.span.end].strip()


#: the note of :func:`_f_as_prediction`: the cost's undefined f(x⁽ⁱ⁾) read as the prediction h
F_AS_PREDICTION_NOTE = ("f(x⁽ⁱ⁾) with f defined nowhere is read as the model's prediction h (f_{w,b}(x) in ML notes), "
                        "its model told from the cost")
#: the answer's f(x⁽ⁱ⁾) read as the cost's was (:func:`answer_f_as_prediction`)
ANSWER_F_AS_PREDICTION_NOTE = ("the answer's f(x⁽ⁱ⁾), f defined nowhere, is read as the cost's was: the model's "
                               "prediction h")


def answer_f_as_prediction(answer_tree: Node, cost_notes: Sequence[str],
                           defined: Collection[str]) -> tuple[Node, tuple[str, ...]]:
    """The answer's ``f(x⁽ⁱ⁾)`` read as the prediction h where the cost's own f(x⁽ⁱ⁾) was (its note), else as is.

    Only when the cost was read so, the answer defines no f, and every f of the answer is a call of f on the
    example x (no bare f, no f of anything else): the same shape :func:`_f_as_prediction` reads in the cost.
    """
    if F_AS_PREDICTION_NOTE not in cost_notes or "f" in defined:
        return answer_tree, ()
    calls = [node for node in tree_walk(answer_tree)
             if isinstance(node, (tree.Call, tree.FunctionCall)) and node.name == "f"]
    others = [node for node in tree_walk(answer_tree) if isinstance(node, tree.Variable) and node.name == "f"]
    if not calls or others or not all(
        isinstance(node, tree.Call) and isinstance(node.argument, tree.Variable) and node.argument.name == "x"
        and node.argument.feature is None
        for node in calls
    ):
        return answer_tree, ()
    renamed = _rename_calls(answer_tree)
    assert isinstance(renamed, type(answer_tree))
    return renamed, (ANSWER_F_AS_PREDICTION_NOTE,)


def _f_as_prediction(cost_parsed: Parsed, parsed_lets: list[_Let], defined_functions: Collection[str],
                     cost: str) -> tuple[Parsed, list[_Let]]:
    """``log(f(x⁽ⁱ⁾))`` with f defined nowhere: f applied to the example is the model's prediction h (noted).

    ML notes name the model f (f_{w,b}(x)); an undefined f applied to the example x
    is read as h, whose model then follows from the cost's kind. Only when every f is
    such a call and neither f nor h is defined.
    """
    defined = {name for name, _, _ in parsed_lets} | set(defined_functions)
    if {"f", vocabulary.PREDICTION} & defined:
        return cost_parsed, parsed_lets
    trees = [cost_parsed.tree, *(value for _, value, _ in parsed_lets)]
    calls = [node for root in trees for node in tree_walk(root)
             if isinstance(node, (tree.Call, tree.FunctionCall)) and node.name == "f"]
    others = [node for root in trees for node in tree_walk(root) if isinstance(node, tree.Variable) and node.name == "f"]
    if not calls or others or not all(
        isinstance(node, tree.Call) and isinstance(node.argument, tree.Variable) and node.argument.name == "x"
        and node.argument.feature is None
        for node in calls
    ):
        return cost_parsed, parsed_lets
    note = F_AS_PREDICTION_NOTE
    renamed = dataclasses.replace(cost_parsed, tree=_rename_calls(cost_parsed.tree), notes=(*cost_parsed.notes, note))
    return renamed, [(name, _rename_calls(value), text) for name, value, text in parsed_lets]


def _rename_calls(node: _Field) -> _Field:
    """``node`` with every call of f a call of h (spans kept)."""
    if isinstance(node, tree.Call) and node.name == "f":
        return dataclasses.replace(node, name=vocabulary.PREDICTION)
    if isinstance(node, tuple):
        return tuple(_rename_calls(item) for item in node)
    if dataclasses.is_dataclass(node) and not isinstance(node, tree.Span):
        # a node, never a node's class: the walk meets instances only
        return dataclasses.replace(node, **{  # type: ignore[type-var]
            field.name: _rename_calls(getattr(node, field.name)) for field in dataclasses.fields(node) if field.name != "span"
        })
    return node


def _written_out_dot(side: Node, value: Node) -> bool:
    """Whether ``side`` is θᵀx and ``value`` θ₀ + Σₖ₌₁ⁿ θₖxₖ, of the same θ and x (x₀ = 1, the notes' convention)."""
    if not (isinstance(side, tree.Dot) and isinstance(value, tree.Binary) and value.op == "+"):
        return False
    parameters, data = side.left, side.right
    intercept, summed = value.left, value.right
    if not (
        isinstance(intercept, tree.Variable) and intercept.name == parameters.name and intercept.feature == "0"
        and intercept.example is None and parameters.feature is None and data.feature is None
        and isinstance(summed, tree.Sum) and summed.over == "features" and isinstance(summed.body, tree.Binary)
        and summed.body.op == "*"
    ):
        return False
    k = summed.index
    product = {functions.shape(summed.body.left), functions.shape(summed.body.right)}
    return product == {("variable", parameters.name, k, None), ("variable", data.name, k, data.example)}


_EXAMPLE_ARGUMENT = patterns.compile(r"\(\s*x\s*\)\s*:?\s*$")


def _function_of_a_number(text: str, notation: Input, names: Collection[str]) -> bool:
    """``s(x) = 1/(1 + e^{-x})``: a left side ``NAME(x)`` whose value uses x but no parameter is a function of a number.

    ``h(x) = θᵀx`` is the prediction for the example x; a value with no θ, w or b in it
    is no prediction, and the writer applies it to other things (``s(w^Tx_i)``).
    """
    equals = text.find("=")
    if equals < 0 or not _EXAMPLE_ARGUMENT.search(text[:equals]):
        return False
    try:
        _, value = parse_let_text(text, input=notation, names=names)
    except InputError:
        return False
    variables = [node for node in tree_walk(value.tree) if isinstance(node, tree.Variable)]
    parameters = vocabulary.PARAMETER_VECTORS | {"b", "X"}
    return any(node.name == "x" for node in variables) and not any(node.name in parameters for node in variables)


def _entry_write(head: functions.FunctionDef, notation: str) -> bool:
    """Whether a plain left side ``NAME(2)``, ``NAME(1, 1)`` holds numbers only: code's write into an entry of NAME.

    No function is defined by its value at a number. Octave's ``temp(2) = 0`` after ``temp = lambda*theta/m`` sets
    one entry of the vector; read as a function temp that nothing calls, it was dropped, and the answer's temp read
    as the whole λθ/m, a false "equivalent" (audit27c). Refused as the left side's reader says (it sets some entries).
    """
    return notation != "latex" and bool(head.parameters) and all(
        isinstance(parameter, tree.Number) for parameter in head.parameters)


def _function_head(text: str, notation: str, names: Collection[str]) -> functions.FunctionDef | None:
    """The function a let defines (``g(z) = …``), or None; errors in its left side count as not one."""
    try:
        return functions.read_head(text, notation, names)
    except InputError:
        return None


def _function_body(text: str, head: functions.FunctionDef, notation: str, names: Collection[str], called: Collection[str]) -> Parsed:
    """The body of a function definition, read with its parameters' names known."""
    # cross_entropy(y_hat2, y) = …: a parameter named as code names things is one name in the body too
    names = set(names) | {parameter.name for parameter in head.parameters
                          if isinstance(parameter, tree_module.Variable) and vocabulary.is_code_name(parameter.name)}
    # mul_scalar_vec(scalar, vector) = …: a parameter written as a word (functions.word_parameters) is one name too
    names |= functions.word_parameters(head.head[len(head.name):]) if notation != "latex" else set()
    if notation == "latex":
        # \mathcal{L}(\text{guess}, \text{actual}) = …: a parameter named by a word is that name in the body too
        names |= {parameter.name for parameter in head.parameters
                  if isinstance(parameter, tree_module.Variable) and len(parameter.name) > 1
                  and parameter.name in functions.worded_parameters(text)}
    if notation == "latex":
        body = latex._parse_range(text, head.body_start, len(text), names, called)
        if body.name is not None:
            raise InputError("a --let has one '='", source=text, column=text.find("=", head.body_start))
        return body
    node, notes = plain._read_range(text, head.body_start, len(text), names, called)
    return Parsed(node, "plain", notes=notes)


#: --wrt as code writes an entry: Octave's theta(2) (from 1), NumPy's theta[1] (from 0)
_CODE_ENTRY_WRT = patterns.compile(r"\s*(?P<name>theta|w|beta)\s*(?:\(\s*(?P<octave>\d+)\s*\)|\[\s*(?P<numpy>\d+)\s*\])\s*")


def _code_entry_wrt(wrt: str, cost: str, cost_tree: Node, lets: Sequence[_Let]) -> tuple[str, list[str]]:
    """``--wrt theta(2)`` (Octave) or ``theta[1]`` (NumPy): the vector's second entry, θ₂ as logderiv numbers it.

    logderiv numbers a parameter vector θ₁..θₙ, so the k-th entry of code's vector is
    θ_k. Where the texts write θ₀ (Ng's intercept, numbered from 0), the second entry
    is θ₁ instead: which one is meant is not said, so that is refused.
    """
    match = _CODE_ENTRY_WRT.fullmatch(wrt) if isinstance(wrt, str) else None
    if match is None:
        return wrt, []
    name = match.group("name")
    entry = int(match.group("octave")) if match.group("octave") is not None else int(match.group("numpy")) + 1
    if entry < 1:
        raise InputError(f"Octave numbers entries from 1: {name}(0) is no entry", source=wrt,
                         column=match.start("octave"), label="--wrt")
    trees = [cost_tree, *(value for _, value, _ in lets)]
    if any(isinstance(node, tree_module.Variable) and node.name == name and node.feature == "0"
           for root in trees for node in tree_walk(root)):
        raise InputError(
            f"{wrt.strip()} is the entry {entry} of the vector, counted from its first; the texts write {name}_0, so "
            f"that entry is {name}_{entry - 1} there, and {name}_{entry} if the first is {name}_1",
            source=wrt, column=0, label="--wrt",
            hint=f"give the component as the cost writes it: --wrt {name}_{entry - 1} or --wrt {name}_{entry}",
        )
    how = "Octave counts from 1" if match.group("octave") is not None else "NumPy counts from 0"
    return f"{name}_{entry}", [
        f"--wrt {wrt.strip()} is the entry {entry} of {name} ({how}): {name}_{entry}, as logderiv numbers the "
        f"vector {name}_1..{name}_n"
    ]


#: w written as a name in a text: w_j, w^T, \mathbf{w}, not inside a word or a command
_W_WRITTEN = patterns.compile(r"(?<![A-Za-z\\])w(?![A-Za-z])")
#: ω written in a text: \omega, ω, omega (not inside a word)
_OMEGA_WRITTEN = patterns.compile(r"\\omega(?![A-Za-z])|ω|(?<![A-Za-z\\])omega(?![A-Za-z])")


def _refuse_omega_beside_w(texts: Sequence[tuple[str, str]], notes: Sequence[str]) -> None:
    """Refuse ω read as the weights w in one text where another text writes w itself.

    Each text reads its ω as w only where that text writes no w (conventions.omega_is_w); but
    --wrt omega_j beside a cost with ω and w, or a --let's ω beside a cost's w, puts both
    letters in one problem: one vector w or two quantities is what the texts do not say.
    """
    for label, text in texts:
        # ω and w in one text (the data term in ωᵀx, the penalty on ‖w‖²): read apart, ω was a constant and the
        # gradient by w its penalty's alone (audit57): one vector or two is not said there either
        both = (_OMEGA_WRITTEN.search(text), _W_WRITTEN.search(text)) if isinstance(text, str) else (None, None)
        if both[0] is not None and both[1] is not None:
            raise InputError(
                "ω and w are both written here: one weight vector (ω is a common spelling of w) or two quantities "
                "is not said",
                source=text, column=both[0].start(), label=label,
                hint="write the weights with one letter, all w or all ω (--wrt too)")
    if conventions.OMEGA_NOTE not in notes:
        return
    for label, text in texts:
        match = _W_WRITTEN.search(text) if isinstance(text, str) else None
        if match is not None:
            raise InputError(
                "ω is read as the weights w where a text writes no w, but w is written here too: one weight vector "
                "or two quantities (ω and w) is not said",
                source=text, column=match.start(), label=label,
                hint="write the weights with one letter, all w or all ω (--wrt too)")


def read_problem(
    cost: str,
    *,
    wrt: str = vocabulary.DEFAULT_WRT,
    lets: Sequence[str] = (),
    input: Input = "auto",
    cost_input: Input | None = None,
) -> Problem:
    """Read a cost, the variable to differentiate by and ``--let`` definitions into a Problem.

    Each text is read as ``input`` says (``auto``: LaTeX when it looks like
    LaTeX); the cost as ``cost_input`` says where given (one side of a LaTeX
    chain, the others blanked, keeps no mark of LaTeX of its own). A name on the cost's left side (``J(\\theta) =``) becomes the
    problem's name; what the front ends noted joins the problem's notes. Every
    error is an :class:`~logderiv.errors.InputError` labelled with the
    argument it came from: ``COST``, ``--let`` or ``--wrt``.
    """
    cost_notation = input if cost_input is None else cost_input
    cost, lets, bishop_notes = _target_beside_prediction_let(cost, lets, cost_notation)
    # z_n = \tilde{Y}(x^{(n)}; w) = σ(wᵀx): a side f(data; parameters) of a chain names its value, in the cost too
    cost, lets, call_notes = semicolon_calls.read_semicolon_calls(cost, lets, lambda text: notation_of(text, input) == "latex")
    bishop_notes = [*bishop_notes, *call_notes]
    lets, through_notes = _argument_through_let(lets, cost)
    lets, x0_let = feature_zero.split_x0_let(lets)
    # y_hat = np.sum(w * x) + b: one example's inner product w·x, never a sum over the examples in a model (issue 10)
    lets, inner_notes = inner_sum_lets.read_inner_sum_lets(lets, cost)
    parsed_lets, multi_letter, notes, defined_functions = read_definitions(lets, input=input, cost=cost)
    notes = [*bishop_notes, *through_notes, *inner_notes, *notes]
    try:
        # every defined name, single letters too: p_i is the prediction only when no --let defines p
        cost_parsed = parse_text(
            cost,
            input=cost_notation,
            names=multi_letter | {name for name, _, _ in parsed_lets},
            functions=functions.ordered_names(list(defined_functions.values())),
        )
        written_cost = cost_parsed.tree  # before the calls of defined functions are expanded
        if functions.has_calls(cost_parsed.tree):
            expanded, expansion_notes = functions.expand(cost_parsed.tree, defined_functions, cost, "COST")
            cost_parsed = dataclasses.replace(
                cost_parsed, tree=expanded, notes=tuple(dict.fromkeys((*cost_parsed.notes, *expansion_notes)))
            )
        if cost_parsed.wrt is not None:
            # ∂J/∂b = ... holds a gradient, not a cost: deriving it would differentiate the gradient
            raise InputError(
                "the left side is a derivative, so the right side is a gradient, not a cost",
                source=cost,
                column=cost_parsed.wrt.span.start,
                hint="to derive, give the cost itself (J(θ) = ...); to judge a gradient: logderiv check ANSWER --cost COST",
            )
    except InputError as error:
        raise error.with_label("COST") from None
    _refuse_item_of_a_vector(cost, cost_parsed.notes, parsed_lets)
    if x0_let is not None and any(note.startswith(zero_intercept.INTERCEPT_NOTE) for note in cost_parsed.notes):
        # x_0^i = 1 beside Σ_{j=0}^{m} w_j x_j^i (Skillbox): the sum from 0 is read with x₀ = 1 already; the let says so
        notes = [*notes, feature_zero.X0_SAID_NOTE.format(written=" ".join(x0_let.split()))]
    elif x0_let is not None:
        # x_{0}=1 (features numbered from 0): θᵀx is θ₀ + θ₁x₁ + … + θₙxₙ, the intercept on its own (noted)
        texts = [("COST", cost_parsed.tree, cost), *(("--let", value, text) for _, value, text in parsed_lets)]
        changed, x0_note = feature_zero.read_x0_let(x0_let, texts)
        cost_parsed = dataclasses.replace(cost_parsed, tree=changed[0][1])
        parsed_lets = [(name, node, text) for (name, _, text), (_, node, _) in zip(parsed_lets, changed[1:])]
        notes = [*notes, x0_note]
    # W = 2θ: the let's W is its value wherever it is written (a let's value is otherwise a number per example)
    vector_cost, parsed_lets, vector_notes, vector_texts = vector_lets.read_vector_lets(cost_parsed.tree, parsed_lets)
    cost_parsed = dataclasses.replace(cost_parsed, tree=vector_cost)
    notes = [*notes, *vector_notes]
    _refuse_transposed_let_without_data(cost, cost_parsed.tree, parsed_lets)
    _refuse_norm_of_a_function_let(cost, cost_parsed.tree, parsed_lets)
    wrt, entry_notes = _code_entry_wrt(wrt, cost, cost_parsed.tree, parsed_lets)
    notes = [*notes, *entry_notes]
    # ŷ = v·σ(z) and z = W·x + b: W read as w in one text, the output weights v in another (a network)
    written_trees = [("COST", cost, cost_parsed.tree), *(("--let", text, tree) for _, tree, text in parsed_lets)]
    written_lets = {name: tree for name, tree, _ in parsed_lets}
    layers.refuse_split_network(written_trees, [*cost_parsed.notes, *notes], written_lets)
    _refuse_a_code_sum_of_the_intercept(written_trees)
    capital = conventions.capital_wrt(wrt, [*cost_parsed.notes, *notes])
    if capital is not None:
        # --wrt W_j where the texts write the weights W (z = Wᵗx + b): the weight vector w
        notes = [*notes, conventions.capital_wrt_note(wrt, capital)]
        wrt = capital
    try:
        # the default variable is logderiv's own text, plain notation whatever ``input`` says
        wrt_input = "auto" if wrt == vocabulary.DEFAULT_WRT else input
        wrt_parsed = parse_text(wrt, input=wrt_input, names=multi_letter)
        if wrt_parsed.name is not None:
            raise InputError("--wrt is a variable, not a definition", source=wrt, column=wrt.find("="))
    except InputError as error:
        raise error.with_label("--wrt") from None
    # J(θ₀, θ₁) beside h = θ·x = θ₀ + θ₁x₁, by θ₀ or θ₁: the declared components make the written-out side the model
    parsed_lets, notes = _declared_line(cost_parsed.parameters, parsed_lets, notes, input,
                                        multi_letter | {name for name, _, _ in parsed_lets}, wrt_parsed.tree,
                                        cost, cost_parsed.tree)
    # (--wrt w_j itself asks for the weights by the name they are read as: not a second letter)
    _refuse_omega_beside_w([("COST", cost), *(("--let", text) for text in lets)], [*cost_parsed.notes, *notes, *wrt_parsed.notes])
    # φ(x⁽ⁱ⁾) read as the features in one text: no text of the problem may write x itself (two quantities made one)
    for label, text in [("COST", cost), *(("--let", text) for text in lets)]:
        if isinstance(text, str):
            conventions.refuse_data_beside_feature_map(text, label, [*cost_parsed.notes, *notes], ())
    cost_parsed, parsed_lets, notes = _intercept_sums_by_wrt(cost_parsed, parsed_lets, notes, wrt_parsed.tree, cost,
                                                         x0_given=x0_let is not None)
    parsed_lets, code_count_notes = _read_code_count_slope(cost, cost_parsed, parsed_lets, notes)
    notes = [*notes, *code_count_notes]
    cost_parsed, parsed_lets, wrt_parsed, slope_notes = _read_slope_m(
        cost_parsed, parsed_lets, notes, wrt_parsed, written=written_cost)
    notes = [*notes, *slope_notes]
    _refuse_slope_m(cost, cost_parsed, parsed_lets, notes, written=written_cost)
    _refuse_label_beside_example_sum(cost, written_cost)
    _refuse_count_as_slope(cost, cost_parsed, parsed_lets)
    refuse_entries_against_their_let(notes, (cost, cost_parsed.tree, "COST"),
                                     *((text, value, "--let") for _, value, text in parsed_lets))
    _refuse_components_beside_written_out([*notes, *cost_parsed.notes], (cost, cost_parsed.tree, "COST"),
                                          (wrt, wrt_parsed.tree, "--wrt"))
    _refuse_two_parameter_vectors(cost, cost_parsed.tree, parsed_lets)
    cost_parsed, parsed_lets = _alpha_strength(cost_parsed, parsed_lets)
    cost_parsed, parsed_lets = _f_as_prediction(cost_parsed, parsed_lets, defined_functions, cost)
    notes += _refuse_prediction_beside_its_function(cost, cost_parsed.tree, parsed_lets, defined_functions)
    notes = list(dict.fromkeys([*cost_parsed.notes, *notes, *wrt_parsed.notes]))
    cost_tree = cost_parsed.tree
    from .matrix_cost import is_matrix_form

    in_matrix_form = [is_matrix_form(value) for _, value, _ in parsed_lets]
    if not is_matrix_form(cost_tree) and not any(in_matrix_form):
        # in matrix form h = σ(Xθ) is the m×1 vector, read with its shapes checked (matrix_cost)
        _refuse_example_let_outside_sums(cost, cost_tree, parsed_lets)
    if is_matrix_form(cost_tree) or any(in_matrix_form):
        # (Xθ − y)ᵀ(Xθ − y), h = σ(Xθ): rewritten in index form, with notes saying how
        from .matrix_cost import lower_matrix_forms

        vectors: dict[str, Node] = {}
        layout: list[str] = []
        standing: set[str] = set()
        rows: set[str] = set()
        cost_tree, parsed_lets, matrix_notes = lower_matrix_forms(cost_tree, cost, parsed_lets, wrt=wrt,
                                                                  vectors=vectors, layout=layout,
                                                                  column_values=standing, row_values=rows)
        notes += matrix_notes
        cost_tree, mean_notes = _read_matrix_mean_count(cost, cost_tree, parsed_lets)
        notes += mean_notes
        if (layout or rows) and any(note.startswith(plain.COLON_NOTE_START) for note in notes):
            # y(:) with one example per column (Y a 1×m row), or beside a let transposed to a row: (:) makes the
            # row a column, so reading v(:) as v would transpose it silently
            raise InputError(
                "Octave's v(:) is read only where every value per example is an m×1 column (one example per row): "
                + ("here X holds one example per column" if layout else f"here {', '.join(sorted(rows))} is a 1×m row"),
                source=cost, column=None, label="COST",
                hint="write the vector without (:), with the transposes the shapes need")
        # Z = W X + b is read as wᵀX only here, after the guard above: the same guard, on the texts as written
        layers.refuse_split_network(written_trees, matrix_notes, written_lets)
        capital = conventions.capital_wrt(wrt, matrix_notes)
        if capital is not None:
            # --wrt W_j where Z = WX + b was read as wᵀX: the weight vector w, as above for the other readings of W
            notes.append(conventions.capital_wrt_note(wrt, capital))
            wrt = capital
            wrt_parsed = parse_text(wrt, input=input, names=multi_letter)
    else:
        vectors, layout, standing, rows = {}, [], set(), set()

    cost_tree, lone_notes = _read_lone_count(cost, cost_tree, parsed_lets)
    notes += lone_notes

    from .builder import build_problem  # sympy is loaded only once there is something to build

    if len(in_matrix_form) == len(parsed_lets):
        parsed_lets, twins = _one_let_per_name(cost_tree, cost, parsed_lets, in_matrix_form, cost_parsed.parameters)
        notes += twins
    try:
        problem = build_problem(
            cost_tree,
            source=cost,
            wrt=wrt_parsed.tree,
            wrt_source=wrt,
            lets=parsed_lets,
            parameters=cost_parsed.parameters,
        )
    except InputError as error:
        # errors in a let or in --wrt are labelled by the builder; the rest are the cost's
        raise error.with_label("COST") from None
    if wrt == vocabulary.DEFAULT_WRT and any(note.startswith(scalars.LINE_OF_DECLARED) for note in problem.notes):
        # J(θ₀, θ₁) = …: the parameters are two scalars, and ∂/∂θⱼ would be neither
        letter = next(name for name in cost_parsed.parameters if name.endswith("_0"))[:-2]
        raise InputError(
            f"the left side declares the two scalar parameters {letter}_0 and {letter}_1: "
            "say which one to differentiate by",
            source=cost,
            column=0,
            hint=f"give --wrt {letter}_0 (the intercept) or --wrt {letter}_1 (the slope)",
            label="COST",
        )
    default = _default_variable(problem) if wrt == vocabulary.DEFAULT_WRT else None
    if default is not None:
        # L(w) = …, Σ (w x⁽ⁱ⁾ + b − y⁽ⁱ⁾)²: the cost has no θ, so ∂/∂θⱼ would be a silent 0
        wrt, note = default
        wrt_parsed = parse_text(wrt, input="plain")
        problem = build_problem(
            cost_tree, source=cost, wrt=wrt_parsed.tree, wrt_source=wrt, lets=parsed_lets, parameters=cost_parsed.parameters
        )
        notes.append(note)
    _refuse_two_counts_named_n(problem, cost, notes)
    _refuse_parameter_count_of_numbered_entries(problem, cost, [*notes, *problem.notes])
    _refuse_let_read_without_parameter(problem, parsed_lets)
    _refuse_let_read_as_count(parsed_lets, [*notes, *problem.notes])
    _refuse_mean_count_beside_m(cost, parsed_lets, [*notes, *problem.notes])
    _refuse_x_as_number_and_vector(problem, cost, cost_tree, parsed_lets)
    _refuse_a_bare_target_beside_bare_data(cost, cost_tree, parsed_lets)
    intercept = _check_numbered_component(problem, wrt, wrt_parsed.tree, said=(*notes, *problem.notes),
                                          written=[(cost_tree, cost, "COST"),
                                                   *((value, text, "--let") for _, value, text in parsed_lets)])
    if intercept is not None:
        notes.append(intercept)
    from . import free_constants

    letters = _constant_letters(problem)
    _refuse_a_constant_beside_no_labels(problem, cost, letters)
    _refuse_a_letter_weighting_the_loss(problem, cost, cost_tree, letters, parsed_lets)
    _refuse_a_bold_constant([("COST", cost), *(("--let", text) for _, _, text in parsed_lets)], letters)
    constants = free_constants.constant_letters_note(letters)
    if constants is not None:
        notes.append(constants)
    extra = tuple(note for note in notes if note not in problem.notes)
    if vector_texts:
        problem = dataclasses.replace(problem, vector_lets=vector_texts)
    apart = zero_intercept.intercepts_written_apart([cost_parsed.tree, *(value for _, value, _ in parsed_lets)])
    if apart:
        problem = dataclasses.replace(problem, intercepts_apart=tuple(sorted(apart)))
    if defined_functions:
        # an answer may call them too (s(w^Tx_i) with --let "s(x) = …"): it reads the same definitions
        problem = dataclasses.replace(problem, function_lets=_function_lets(defined_functions))
    if cost_parsed.name is None and not extra and not vectors and not layout and not rows:
        tidy = scalars.tidy_count_notes(problem.notes)
        return problem if tidy == tuple(problem.notes) else dataclasses.replace(problem, notes=tidy)
    return dataclasses.replace(
        problem,
        name=cost_parsed.name if cost_parsed.name is not None else problem.name,
        notes=scalars.tidy_count_notes(problem.notes + extra),
        vectors=vectors or problem.vectors,
        layout=layout[0] if layout else problem.layout,
        column_values=tuple(sorted(standing)),
        row_values=tuple(sorted(rows)),
    )


def _refuse_transposed_let_without_data(cost: str, cost_tree: Node, lets: Sequence[_Let]) -> None:
    """Refuse ``rᵀr`` or ``‖r‖²`` where r's --let holds no data, neither directly nor through the other lets.

    A --let name transposed, or inside a norm, is read as the vector of its values, one per example (``‖r‖²`` beside
    ``r = Ax − b``, ``r = y_i - θᵀx_i``). A let of no data (``c = 2``, ``v = θ_j``) has no value per example, and read
    so its norm was m times a number, or the whole cost fell into matrix form: refused, naming the let. A let of the
    parameter vector whole (``v = λθ``) is a vector of the features, read as such.
    """
    values = {name: value for name, value, _ in lets}

    def holds_data(name: str, seen: frozenset[str]) -> bool:
        for node in tree_walk(values[name]):
            if isinstance(node, tree_module.Variable) and (
                    node.name in vocabulary.DATA_VECTORS | vocabulary.PER_EXAMPLE | {vocabulary.DATA_MATRIX, vocabulary.PREDICTION}
                    or node.example is not None
                    or node.name in vocabulary.PARAMETER_VECTORS and node.feature is None):
                return True
            if isinstance(node, (tree_module.Call, tree_module.Variable)) and node.name in values and node.name not in seen \
                    and holds_data(node.name, seen | {name}):
                return True
        return False

    for node in tree_walk(cost_tree):
        if isinstance(node, tree_module.Transpose) and isinstance(node.operand, tree_module.Variable) \
                and node.operand.name in values and not holds_data(node.operand.name, frozenset()):
            name = node.operand.name
            raise InputError(
                f"'{name}' is transposed (or in a norm) as a vector of one value per example, but --let {name} holds "
                "no data (no x, y or X): it is one number or one entry, not such a vector",
                source=cost, column=node.span.start, label="COST",
                hint=f"write the cost with {name}'s value in place, e.g. its square {name}^2 for a number")


#: a norm's opening bar as a cost writes it (\\|, ||, ‖, \\lVert, \\Vert, a single bar), \\left before it or not
_NORM_OPENER = patterns.compile(r"(?:\\left\s*)?(?:\\\||\|\||‖|\\lVert|\\Vert|\|)")


def _refuse_norm_of_a_function_let(cost: str, cost_tree: Node, lets: Sequence[_Let]) -> None:
    """Refuse ``‖f‖²`` where f's --let is written as a function, ``f(x) = wᵀx``.

    A name a --let defines, inside a norm, is read as the vector of its values, one per example (``‖r‖²`` beside
    ``r = Ax − b``). A let written as a function of the example (``f(x) = wᵀx``) makes ‖f‖ a function's norm too:
    kernel methods and regularisation theory write ``Σᵢ (yᵢ − f(xᵢ))² + λ‖f‖²`` with ‖f‖ the function's own norm,
    for a linear f(x) = wᵀx the norm ‖w‖ of its weights, not that of its values at the examples (Σᵢ f(xᵢ)²). Which
    one is meant is not said: refused, naming both. (``fᵀf`` transposes the values, read as before.)
    """
    for node in tree_walk(cost_tree):
        if not (isinstance(node, tree_module.Transpose) and isinstance(node.operand, tree_module.Variable)):
            continue
        name = node.operand.name
        head = next((text.split("=", 1)[0].strip() for let_name, _, text in lets
                     if let_name == name and re.match(rf"\s*{re.escape(name)}\s*\(", text)), None)
        if head is None or not _NORM_OPENER.match(cost, node.span.start):
            continue
        raise InputError(
            f"'{name}' is a function (--let {head} = …): its norm is the function's own (λ‖{name}‖² of kernel methods, "
            f"for a linear {name}(x) = wᵀx the norm ‖w‖² of its weights) or that of the vector of its values at the "
            f"examples (Σᵢ {name}(x⁽ⁱ⁾)²): which one is not said",
            source=cost, column=node.span.start, label="COST",
            hint=f"write the sum of its values' squares, \\sum_i {name}(x_i)^2, or the norm of its weights, \\|w\\|^2")


def _refuse_item_of_a_vector(cost: str, notes: Sequence[str], lets: Sequence[_Let]) -> None:
    """Refuse ``loss.item()`` in the cost unless loss's --let is one number by its form (vᵀu, or a sum of them).

    ``.item()`` takes an array's first entry, which is the array's value only when it holds one number: after a
    let of a column (``loss = (p - y)**2``) it is the first example's, not the let.
    """
    values = {name: value for name, value, _ in lets}
    for name in plain.item_let_names(notes):
        if name not in values or not plain.is_one_number(values[name]):
            raise InputError(
                f"'.item()' takes the first entry of {name}: read only where {name}'s --let is one number, such as "
                "y.T.dot(v) (a vector transposed times another), a dot product or a sum",
                source=cost, column=cost.find(name) if name in cost else None, label="COST",
                hint=f"write the cost itself in place of {name}.item()")


def _read_matrix_mean_count(cost: str, cost_tree: Node, lets: Sequence[_Let]) -> tuple[Node, list[str]]:
    """The cost in matrix form, lowered, with an N scaling its products over the examples (``1/N yᵀv``) read as m,
    and the note: see :func:`readings.matrix_mean_count`, which both parsers' trees meet here once lowered
    (before lowering neither parser knows which products run over the examples)."""
    found = readings.matrix_mean_count(cost_tree, {name for name, _, _ in lets})
    return _count_read_as_m(cost, cost_tree, found, readings.matrix_mean_count_note, name_the_place=True)


def _read_lone_count(cost: str, cost_tree: Node, lets: Sequence[_Let]) -> tuple[Node, list[str]]:
    """The cost with an N that divides it and counts no sum (``λ/(2N) wᵀw``) read as m, and the note: see
    :func:`readings.lone_count`, which both parsers' trees meet here (neither parser sees the --let texts)."""
    found = readings.lone_count(cost_tree, [value for _, value, _ in lets], {name for name, _, _ in lets})
    letter, where, _ = found
    if letter is not None and where is None:
        # the reading is for a term with no data (λ/(2N) wᵀw); 1/N (w x − y)² with no Σ is ambiguous, so asked
        over_data = readings.lone_count_over_data(cost_tree, letter, [(name, value) for name, value, _ in lets])
        if over_data is not None:
            raise InputError(readings.count_over_data_message(letter), source=cost, column=over_data.span.start,
                             label="COST", hint=readings.count_over_data_hint(letter, lone=True))
    cost_tree, notes = _count_read_as_m(cost, cost_tree, found, readings.lone_count_note, name_the_place=False)
    over_examples = readings.count_over_data_without_sum(
        cost_tree, [(name, value) for name, value, _ in lets])
    if over_examples is not None:
        # 1/m (w x − y)², or N = len(x) beside 1/N (w x − y)² (respelled m): the count of the examples says the
        # writer has all of them in mind, yet no Σ runs over them; read as one example's loss over m, the gradient
        # of one term would be given for the mean's (f61's torch comment with its N = len(x) line)
        raise InputError(readings.count_over_data_message(over_examples.name), source=cost,
                         column=over_examples.span.start, label="COST",
                         hint=readings.count_over_data_hint(over_examples.name))
    return cost_tree, notes


def _count_read_as_m(cost: str, cost_tree: Node, found: tuple[str | None, tree.Variable | None, str],
                     note: Callable[[str], str], *, name_the_place: bool) -> tuple[Node, list[str]]:
    """``cost_tree`` with the count letter a reading ``found`` renamed m, and its ``note``; refused where the reading
    named a place (``(letter, node, why)``: the message names that node's letter with ``name_the_place``, else the
    count's); as it is where it found none."""
    letter, where, why = found
    if where is not None:
        named = where.name if name_the_place else letter
        raise InputError(f"cannot tell what '{named}' is: {why}", source=cost, column=where.span.start,
                         label="COST",
                         hint=f"write m for the number of examples, or define {letter} with --let (e.g. --let '{letter} = m')")
    if letter is None:
        return cost_tree, []
    return readings.rename_counts(cost_tree, {letter: vocabulary.EXAMPLE_COUNT}), [note(letter)]


def _refuse_a_constant_beside_no_labels(problem: Problem, cost: str, letters: list[str]) -> None:
    """Refuse an undefined letter of a cost over the data that writes no labels: the letter may be the labels.

    R's ``sum(N * (llambda) - lambda)`` with ``llambda = A %*% theta`` (a Poisson log-likelihood whose counts are N):
    read as a constant, N made it Σ(c·θᵀxᵢ − e^{θᵀxᵢ}), another cost, only noted (f57). A cost summed over the data
    with no labels at all is rare, and a letter standing where they would is more likely them than a number: which
    it is is not said, so it is asked. (One example's cost, (Y − w·x)², is left alone: its label is one number.)
    """
    import sympy

    if not letters:
        return
    expression = problem.expand_definitions(problem.cost)
    names = {str(getattr(each, "label", each)) for each in expression.atoms(sympy.Indexed, sympy.IndexedBase,
                                                                          sympy.Symbol, sympy.MatrixSymbol)}
    names |= {str(each.base) for each in expression.atoms(sympy.Indexed)}
    if "y" in names or not names & {"x", vocabulary.DATA_MATRIX}:
        return
    over_examples = any(str(limit[0]) == vocabulary.EXAMPLE_INDEX for each in expression.atoms(sympy.Sum)
                        for limit in each.limits)
    if not over_examples and vocabulary.DATA_MATRIX not in names:
        return  # one example's cost ((Y − w·x)², Reddit): its label is one number, as a constant is
    letter = letters[0]
    spot = re.search(rf"(?<![A-Za-z_\\]){re.escape(letter)}(?![A-Za-z_])", cost)
    raise InputError(
        f"'{letter}' is not defined, and the cost writes no labels y: {letter} may be the labels, one value per "
        "example (as code names counts N or targets T), or a number of its own; which one is not said",
        source=cost, column=spot.start() if spot else 0, label="COST",
        hint=f"write y for the labels, or define {letter} with --let",
    )


def _term_factors(node: Node) -> list[list[Node]]:
    """The factors of each term of ``node`` (its sum's body): ``w (y − f)² + c y`` gives [[w, (y − f)²], [c, y]]; a
    quotient's numerator is factored, a sign dropped."""
    while isinstance(node, tree_module.Negate):
        node = node.operand
    if isinstance(node, tree_module.Binary) and node.op in ("+", "-"):
        return [*_term_factors(node.left), *_term_factors(node.right)]
    return [_product_factors(node)]


def _product_factors(node: Node) -> list[Node]:
    while isinstance(node, tree_module.Negate):
        node = node.operand
    if isinstance(node, tree_module.Binary) and node.op in ("*", "⊙"):
        return [*_product_factors(node.left), *_product_factors(node.right)]
    if isinstance(node, tree_module.Binary) and node.op == "/":
        return [*_product_factors(node.left), node.right]
    return [node]


def _holds_data(node: Node) -> bool:
    """Whether ``node`` holds an example's data x (θᵀx, x⁽ⁱ⁾, X's row)."""
    return any(isinstance(each, tree_module.Variable) and each.name in vocabulary.DATA_VECTORS for each in tree_walk(node))


#: the constant terms of the lines and curves of the notes, a + bx, mx + c, kx + d (Austria), ax² + bx + c and
#: ax³ + bx² + cx + d: one number each, no offset
_CONSTANT_TERMS = frozenset({"a", "c", "d"})


def _refuse_a_letter_weighting_the_loss(problem: Problem, cost: str, cost_tree: Node, letters: Sequence[str],
                                        lets: Sequence[_Let]) -> None:
    """Refuse an undefined letter that multiplies an example's term inside a sum over the examples: ``sum(w * (y -
    a*x - b)^2)`` (R's weighted least squares, w the weights of the examples).

    Read as one number, the weighted cost became the unweighted one scaled, only noted (audit57): a letter there may be
    a weight per example wᵢ as well as a constant, and nothing written says which. By the conventions of ML notes the
    Greek letters (λ, α, η, γ) and C are hyper-parameters, constants wherever they stand: they are read so, noted. A
    Latin letter beside the labels, and the name of a parameter vector (w, θ, β) read as one number because another is
    asked for, are not: refused, the caret at the letter. One beside x (a slope, w xᵢ + b) is no weight and is kept.
    So with such a letter added beside the labels or the score (yᵢ − a xᵢ − b − u, θᵀxᵢ + o: an offset per example, or
    one number), but for the constant terms of the notes' lines (a + bx, mx + c); and inside a --let of one value per
    example, which stands inside the sums it is used in.
    """
    import sympy

    # np.sum(np.log(1 + np.exp(t)) - y * t) by w_j with t never defined: the cost holds no w at all, which
    # check_depends_on_wrt says (the letter undefined, a --let to write), not whether t weights the examples (either
    # way its derivative is 0); a letter beside the labels, (p - y)², still asks whether it is the prediction
    weighted = _holds_wrt(problem)
    defined = {name for name, _, _ in lets}
    # W too: the weights' capital in code and notes (W, X @ W), the name of a parameter vector as w is
    candidates = {letter for letter in letters if len(letter) == 1 and letter.isascii()
                  and (letter.islower() or letter == "W")}
    wrt = problem.wrt
    asked = str(wrt.base) if isinstance(wrt, sympy.Indexed) else str(wrt)
    # the cost's own symbols through its definitions, walked not substituted (a chain of lets each using the one
    # before twice is 2^depth paths substituted: tests/test_let_chain_depth.py)
    scalars = {str(symbol) for symbol in problem.reached_atoms(problem.cost, (sympy.Symbol,))}
    candidates |= {name for name in vocabulary.PARAMETER_VECTORS & scalars if name != asked}
    candidates -= defined
    if not candidates:
        return
    per_example_lets = _per_example_lets(lets)
    per_example = per_example_lets | set(vocabulary.PER_EXAMPLE) | {vocabulary.PREDICTION}
    summed = [(summed.body, cost, "COST", _call_closing(cost, summed.span.start))
              for summed in _example_sums(cost_tree)]
    if summed:
        # a value per example (h = θᵀx + o, loss = w (y − f)²) stands inside the sums it is used in: its letters too
        summed += [(value, text, "--let", None) for name, value, text in lets if name in per_example_lets]
    for body, text, label, closing in summed:
        _refuse_a_weight_or_offset(body, text, label, candidates, per_example, closing, weighted=weighted)


#: a sum written as a call, sum(, np.sum(, mean(: its bracket closes what the text sums
_CALL_OPENING = patterns.compile(r"[A-Za-z_][\w.]*\s*\(")


def _call_closing(text: str, start: int) -> int | None:
    """Where the bracket of a sum written as a call at ``start`` closes (``sum(A) * q``: the ')' before q), else None.

    The plain reader takes ``sum(A) * q`` as Σ (A q), the same number while q is one: a letter after the bracket is
    outside the sum as the text writes it, a constant by the text, and no weight of the example's term.
    """
    opening = _CALL_OPENING.match(text, start)
    if opening is None:
        return None
    depth = 0
    for position in range(opening.end() - 1, len(text)):
        depth += {"(": 1, ")": -1}.get(text[position], 0)
        if depth == 0:
            return position
    return None


def _refuse_a_weight_or_offset(body: Node, text: str, label: str, candidates: set[str],
                               per_example: Collection[str], closing: int | None = None, *, weighted: bool = True) -> None:
    """Refuse a letter of ``candidates`` weighting or offsetting an example's term in ``body`` (see the caller); one
    after ``closing``, the bracket of a sum written as a call, is outside the sum as written. ``weighted``: whether a
    weighting letter is asked about (not where the cost holds no parameter --wrt asks for)."""
    for factors in _term_factors(body) if weighted else ():
        weights = [factor for factor in factors if isinstance(factor, tree_module.Variable)
                   and factor.name in candidates and factor.feature is None and factor.example is None
                   and (closing is None or factor.span.start < closing)]
        if not weights:
            continue
        rest = [factor for factor in factors if not any(factor is weight for weight in weights)]
        if not any(isinstance(node, (tree_module.Variable, tree_module.Call)) and node.name in per_example
                   or isinstance(node, tree_module.Apply) and _holds_data(node.argument)
                   for factor in rest for node in tree_walk(factor)):
            # w xᵢ, c θᵀxᵢ, a θ beside the data alone: a slope or a scale of the score, no weight of the example's
            # loss (a function of the data, t·e^(θᵀx), is: Poisson's exposure per example, or one number)
            continue
        weight = weights[0]
        shown = {"theta": "θ", "beta": "β"}.get(weight.name, weight.name)
        written = text[weight.span.start:weight.span.end].strip() or weight.name
        raise InputError(
            f"'{written}' multiplies an example's term inside the sum over the examples and nothing defines it: "
            f"a weight per example {shown}ᵢ (weighted least squares, R's weights) or one number for every "
            "example? Both are written so",
            source=text, column=weight.span.start, label=label,
            hint=f"if {shown} is one number, write it outside the sum ({written} * sum(…)) or define it with "
                 f"--let '{weight.name} = …'; a weight per example is not read yet",
        )
    found: list[tree_module.Variable] = []
    for node in tree_walk(body):
        if not (isinstance(node, tree_module.Binary) and node.op in ("+", "-")):
            continue
        addends = [factors[0] for factors in _term_factors(node) if len(factors) == 1]
        offsets = [addend for addend in addends if isinstance(addend, tree_module.Variable)
                   and addend.name in candidates - _CONSTANT_TERMS and addend.feature is None
                   and addend.example is None]
        if not offsets or not any(
                isinstance(addend, (tree_module.Variable, tree_module.Call)) and addend.name in per_example
                or isinstance(addend, tree_module.Dot) and _holds_data(addend)
                for addend in addends):
            continue
        found += offsets
    if found:
        # yᵢ − a xᵢ − b − u, θᵀxᵢ + o: u beside the label in the residual, o beside the score, an offset per example
        # (a GLM's offset, log exposure; a known part of each target) or one number; the intercept b (fixed
        # meaning) and the constant terms of the notes' lines are never among them
        offset = min(found, key=lambda each: each.span.start)  # the caret at the first, as the text reads
        written = text[offset.span.start:offset.span.end].strip() or offset.name
        raise InputError(
            f"'{written}' stands beside the labels or the score in an example's term inside the sum over the "
            "examples and "
            f"nothing defines it: an offset per example {offset.name}ᵢ or one number for every example? Both "
            "are written so",
            source=text, column=offset.span.start, label=label,
            hint=f"define it with --let '{offset.name} = …' (one number, or a function of the example's data); "
                 "a value per example of its own is not read yet",
        )


def _refuse_a_bold_constant(texts: Sequence[tuple[str, str]], letters: Sequence[str]) -> None:
    """Refuse an undefined letter set bold or with an arrow (``\\|X\\mathbf{w} + \\mathbf{c} - \\mathbf{y}\\|^2``).

    An undefined letter is read as one number (noted), but the page sets this one as a vector is: the m values of the
    examples (an offset vector) as likely as one number added to each, and nothing written says which. (The bold b,
    the intercept by the notes' convention, is read in notation.latex with its own note.)
    """
    for label, text in texts:
        for letter in letters:
            if len(letter) != 1 or not letter.isascii():
                continue
            bold = re.search(r"\\(?:mathbf|boldsymbol|bm|pmb|vec|overrightarrow)\s*(?:\{\s*" + letter + r"\s*\}|\s"
                             + letter + r"(?![A-Za-z]))", text)
            if bold is None:
                continue
            raise InputError(
                f"'{bold.group(0)}' is set as a vector is and nothing defines it: the examples' own values (one per "
                f"example) or one number {letter} for every example? Read as a constant it would be the number",
                source=text, column=bold.start(), label=label,
                hint=f"write a plain {letter} for one number, or define it with --let '{letter} = …'",
            )


def _constant_letters(problem: Problem) -> list[str]:
    """The cost's undefined letters (c in (y − c θᵀx)²), read as constants: see :mod:`.free_constants`."""
    import sympy
    from . import free_constants
    from . import symbols  # a submodule: bound here, not left to whoever imported it first

    free = symbols.graph_free_symbols(problem.expand_definitions(problem.cost))
    return free_constants.constant_letters((s.name for s in free if isinstance(s, sympy.Symbol)),
                                           wrt=free_constants.names_of_wrt(problem.wrt))


def _one_let_per_name(cost_tree: Node, cost: str, lets: list[_Let], in_matrix_form: Sequence[bool],
                      parameters: Collection[str]) -> tuple[list[_Let], list[str]]:
    r"""A name given twice, once per example and once in matrix form (``\hat p_i = …``, ``\hat{\mathbf p} = …``), is kept once.

    Notes often define a prediction both ways. The two are kept as one only when
    they agree (the cost built with each is the same expression); otherwise the
    builder refuses the name defined twice. A name given twice in one form is
    kept once when the two say the same thing as written (:func:`_same_definition`):
    a lab's ``f_{w,b}(x^{(i)}) = wx^{(i)} + b`` beside the page's ``f(x) = w \cdot x^{(i)} + b``.
    """
    names = [name for name, _, _ in lets]
    twice = {name for name in names if names.count(name) == 2}
    if not twice:
        return lets, []
    from .builder import build_problem

    kept = list(lets)
    notes = []
    for name in sorted(twice):
        first, second = (k for k, let in enumerate(lets) if let[0] == name)
        if in_matrix_form[first] == in_matrix_form[second]:
            dropped = _same_definition(lets[first], lets[second])
            if dropped is not None:
                gone, stays = (first, second) if dropped == 0 else (second, first)
                kept = [let for let in kept if let is not lets[gone]]
                signs = _has_dot(lets[gone][1]) and not _has_dot(lets[stays][1])
                notes.append(f"--let {lets[gone][2].strip()} defines {name} again, as --let {lets[stays][2].strip()} "
                             f"does{_DOT_AS_TIMES_NOTE if signs else ''}: it is read once")
                continue
            # f^{(i)} = f_{w,b}(x^{(i)}) beside f_{w,b}(x) = …: the first at example i, told by value (twice_defined)
            others = [let for k, let in enumerate(lets) if k not in (first, second)]
            # the one that uses its own name restates the other, whichever was written first (velog's order varies)
            first_restates = (twice_defined.uses_its_name(name, lets[first])
                              and not twice_defined.uses_its_name(name, lets[second]))
            restating, defining = (first, second) if first_restates else (second, first)
            agreed = twice_defined.agreeing_second(name, lets[defining], lets[restating], others, parameters,
                                                   first_came_first=defining < restating)
            if agreed is not None:
                kept = [let for let in kept if let is not lets[restating]]
                notes.append(agreed)
            continue
        index_form, matrix_form = (first, second) if in_matrix_form[second] else (second, first)
        values = []
        for dropped in (matrix_form, index_form):
            others = [let for k, let in enumerate(lets) if k != dropped and (let[0] != name or k in (first, second))]
            try:
                problem = build_problem(cost_tree, source=cost, lets=others, parameters=parameters)
            except InputError:
                break
            values.append(problem.expand_definitions(problem.cost))
        if len(values) != 2 or not _same(*values):
            continue
        kept = [let for let in kept if let is not lets[matrix_form]]
        notes.append(f"--let {lets[matrix_form][2].strip()} is --let {lets[index_form][2].strip()} in matrix form: "
                     "the two agree, so it is read once")
    return kept, notes


#: what a note adds when the definition dropped wrote w · x where the one kept writes wx
_DOT_AS_TIMES_NOTE = ", its '·' between two letters the product of numbers the other writes without a sign"


def _same_definition(first_let: _Let, second_let: _Let) -> int | None:
    r"""Which of two definitions of one name in one form to drop (0 the first, 1 the second), or None if they differ.

    They are the same when their trees are, columns aside, or when they differ only where one writes a
    letter times a letter with a product sign (``w \cdot x^{(i)}``, read as a dot product) and the other
    without one (``wx^{(i)}``, two numbers): the writer defined one thing twice, and the sign-less one
    says what the sign meant, so the one with the sign is dropped. Anything else (another power, a bold
    letter or a transpose on the dot product, ``dot(w, x)``, a term more) is two definitions, which the
    builder refuses.
    """
    (_, first, first_text), (_, second, second_text) = first_let, second_let
    if _shape(first, dots=True) == _shape(second, dots=True):
        return 1
    if _shape(first, dots=False) != _shape(second, dots=False):
        return None
    first_dots, second_dots = _has_dot(first), _has_dot(second)
    if first_dots == second_dots:
        return None  # both write a sign in different places: neither says what it means
    dotted, text = (first, first_text) if first_dots else (second, second_text)
    if not all(_letters_times_letters(node, text) for node in tree_walk(dotted) if isinstance(node, tree_module.Dot)):
        return None  # the writer said vectors (\mathbf w \cdot \mathbf x, wᵀx, dot(w, x)): not one number each
    return 0 if first_dots else 1


#: what may not be left of a dot product's text once its product sign is taken out: a command (\mathbf,
#: \vec …), a transpose, code's attribute or a call's comma — each says the letters are vectors
_VECTOR_MARK = patterns.compile(r"\\(?!cdot\b|times\b)[A-Za-z]+|\^\s*\{?\s*(?:T\b|\\top)|'|\.|,")


def _letters_times_letters(dot: tree_module.Dot, text: str) -> bool:
    r"""``w \cdot x^{(i)}``: two plain letters with a product sign between them, nothing that says vectors."""
    between = text[dot.left.span.end:dot.right.span.start].strip()
    if between not in scalars.TIMES_SIGNS:
        return False
    written = text[dot.span.start:dot.span.end].replace(between, " ", 1)
    return _VECTOR_MARK.search(written) is None


def _has_dot(node: Node) -> bool:
    return any(isinstance(inner, tree_module.Dot) for inner in tree_walk(node))


def _shape(node: object, *, dots: bool) -> object:
    """A tree as nested tuples, spans left out; a dot product of two letters as their product unless ``dots``."""
    if isinstance(node, tree_module.Dot) and not dots:
        return ("Binary", "*", _shape(node.left, dots=dots), _shape(node.right, dots=dots))
    if isinstance(node, tree_module.Span):
        return None
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return (type(node).__name__,) + tuple(_shape(getattr(node, field.name), dots=dots)
                                              for field in dataclasses.fields(node) if field.name != "span")
    if isinstance(node, tuple):
        return tuple(_shape(item, dots=dots) for item in node)
    return node


def _same(first: sympy.Expr, second: sympy.Expr) -> bool:
    """Whether two sympy expressions are provably equal (structurally, or their difference simplifies to 0)."""
    import sympy

    if first == second:
        return True
    try:
        return bool(sympy.simplify(first - second) == 0)
    except Exception:  # noqa: BLE001 - a comparison sympy cannot make is a disagreement
        return False


def _alpha_strength(
    cost: Parsed, lets: list[tuple[str, Node, str]]
) -> tuple[Parsed, list[tuple[str, Node, str]]]:
    """``||y - Xw||^2 + alpha ||w||^2``: α weighing the penalty, with no λ written, is λ, noted (conventions)."""
    from .conventions import ALPHA_NOTE, alpha_as_lambda, alpha_weighs_penalty

    if any(name in ("alpha", "lambda") for name, _, _ in lets) or not alpha_weighs_penalty(cost.tree):
        return cost, lets
    if any(_holds(value, "lambda") for _, value, _ in lets):
        return cost, lets  # λ is written in a definition: α is a quantity of its own
    renamed = [(name, alpha_as_lambda(value), text) for name, value, text in lets]
    return dataclasses.replace(cost, tree=alpha_as_lambda(cost.tree), notes=(*cost.notes, ALPHA_NOTE)), renamed


def _refuse_let_read_without_parameter(problem: Problem, lets: Sequence[tuple[str, Node, str]]) -> None:
    """Refuse a --let whose text uses the vector differentiated by but whose built value does not depend on it.

    The let's name stays in the cost as a value per example that is constant in the parameters, so its
    term's gradient would be dropped, every step still verified: a reading that lost what the text wrote
    (``p = (dot(w, x) - y)[0]`` once read ``[0]`` as a factor 0). Whatever pass loses it, it must not be silent.
    """
    import sympy

    if not isinstance(problem.wrt, sympy.Indexed):
        return
    parameter = str(problem.wrt.base.label)
    values = {str(name.func): value for name, value in problem.definitions.items() if isinstance(name, sympy.Function)}
    for name, node, text in lets:
        written = [n for n in tree_walk(node) if isinstance(n, tree_module.Variable) and n.name == parameter]
        if not written or name not in values:
            continue
        expanded = problem.expand_definitions(values[name])
        if any(str(base.label) == parameter for base in expanded.atoms(sympy.IndexedBase)):
            continue
        raise InputError(
            f"'{name}' uses {parameter} but was read as a value that does not depend on it, "
            f"so its part of the gradient would be lost",
            source=text,
            column=written[0].span.start,
            label="--let",
            hint=f"write {name} as an expression of {parameter}: as read, its value is the same for every {parameter}",
        )


def _holds(node: Node, name: str) -> bool:
    from .tree import Variable, walk

    return any(isinstance(n, Variable) and n.name == name for n in walk(node))


def _refuse_one_term_of_a_dot_product(problem: Problem, expanded: Any, target: Any) -> None:
    """Refuse a cost whose model is θⱼxⱼ with the j of ∂/∂θⱼ free: one term of θᵀx, or the sum over j left out?

    ``(1/2m) Σᵢ (θⱼxⱼ⁽ⁱ⁾ − y⁽ⁱ⁾)²`` by θⱼ: read as written, the cost changes with the component asked for, a
    regression on feature j alone, and the answer (1/m) Σᵢ (θⱼxⱼ⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ was 'equivalent'. Written so,
    the model is more often Σⱼ θⱼxⱼ = θᵀx with its sum left out, whose gradient (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾
    that answer is not (the student's classic slip): which is meant is asked (audit25m).
    """
    import sympy
    from . import symbols

    if not isinstance(target, sympy.Indexed) or len(target.indices) != 1 or not target.indices[0].is_Symbol:
        return
    index = target.indices[0]
    for product in symbols.graph_atoms(expanded, sympy.Mul):
        if target not in product.args:
            continue
        data = [factor for factor in product.args if isinstance(factor, sympy.Indexed)
                and symbols.label(factor.base) in vocabulary.DATA_VECTORS and index in factor.indices]
        if not data:
            continue
        raise InputError(
            f"the cost writes {symbols.label(target.base)}_{index} x_{index} with {index}, the index of the "
            f"derivative, free (no sum over {index}): a model of feature {index} alone, or the dot product "
            f"Σ_{index} {symbols.label(target.base)}_{index} x_{index} with its sum left out? Their gradients differ",
            source=problem.source, column=None, label="COST",
            hint=f"write the dot product ({symbols.label(target.base)}^T x, or sum_k {symbols.label(target.base)}_k "
                 "x_k) for the usual model; for one feature's model write it with a number (theta_1 x_1) or as a "
                 "one-feature model (w x)",
        )


def _holds_wrt(problem: Problem, expanded: Any = None) -> bool:
    """Whether the cost, its definitions put in (``expanded``, when already at hand), holds the variable --wrt names."""
    import sympy
    from . import symbols

    target = problem.wrt
    if expanded is None:
        expanded = problem.expand_definitions(problem.cost)
    # walks of the shared graph: sympy's atoms and free_symbols follow every path of a substituted chain
    if isinstance(target, sympy.Indexed):
        return any(indexed.base == target.base for indexed in symbols.graph_atoms(expanded, sympy.Indexed))
    if isinstance(target, sympy.Symbol):
        return target in symbols.graph_free_symbols(expanded)
    return bool(target in expanded.free_symbols)


def check_depends_on_wrt(problem: Problem, wrt: str, preset: str | None = None) -> None:
    """Refuse a cost that does not contain the variable differentiated by (for derive, check and steps).

    Its gradient would be a "verified" 0, and almost always the text meant
    something else: ``-(y log a + (1-y) log(1-a))`` by z, where ``a`` (Ng's
    a = σ(z)) is read as a constant; ``Σ (p - y)²`` by θⱼ; the logistic preset
    (in θ) by w_j or b, a "✓ equivalent" for the answer 0. Saying so, and which
    parameter vector the cost has, is better than printing 0. ``preset`` is the
    preset's name when the cost is one.
    """
    import sympy
    from . import symbols  # a submodule: bound here, not left to whoever imported it first

    target = problem.wrt
    expanded = problem.expand_definitions(problem.cost)
    if _holds_wrt(problem, expanded):
        _refuse_one_term_of_a_dot_product(problem, expanded, target)
        return
    hint = (
        "a letter the cost uses without defining it is a constant (a, p, z): define it with --let "
        "(e.g. --let 'a = sigmoid(z)'), or choose with --wrt a variable of the cost"
    )
    suggestion = _parameter_suggestion(expanded, target)
    if suggestion is not None:
        which = f"the cost {preset}" if preset else "the cost"
        name, meant, why = suggestion
        raise InputError(
            f"{which} has the parameters {name}; it does not contain {wrt.strip()} (it does not depend on it: "
            "its derivative would be 0)",
            source=wrt,
            column=0,
            hint=f"did you mean --wrt {meant}?{why}",
            label="--wrt",
        )
    if wrt == vocabulary.DEFAULT_WRT:
        raise InputError(
            "the cost does not depend on θⱼ (the default --wrt theta_j): its derivative would be 0",
            source=problem.source,
            column=None,
            hint=hint,
            label="COST",
        )
    # the letters the cost is written in that nothing defines (a of Ng's −y ln a − (1 − y) ln(1 − a)), named: a
    # page's ∂a/∂z = σ′(z) says how a depends on z, but only a definition (a = σ(z), --let) is read as one
    letters = sorted({str(symbol) for symbol in symbols.graph_free_symbols(expanded)
                      if isinstance(symbol, sympy.Symbol) and len(str(symbol)) == 1 and str(symbol) not in "xymnwb"})
    written = f" (it is written in {', '.join(letters)}, not defined as a function of {wrt.strip()})" if letters else ""
    if len(letters) == 1:
        # np.sum(np.log(1 + np.exp(t)) - y * t), the source's t = np.dot(tx, w) left out: the letter to define, named
        hint = (f"a letter the cost uses without defining it is a constant: define {letters[0]} with --let "
                f"'{letters[0]} = …' as the source computes it (a = sigmoid(z), t = np.dot(tx, w)), or choose with "
                "--wrt a variable of the cost")
    raise InputError(
        f"the cost does not depend on {wrt.strip()}{written}: its derivative would be 0",
        source=wrt,
        column=0,
        hint=hint,
        label="--wrt",
    )


def _parameter_suggestion(expanded: sympy.Expr, target: sympy.Expr) -> tuple[str, str, str] | None:
    """(the cost's one parameter vector, the --wrt meant, why) for a --wrt naming another parameter, else None.

    Only when the cost holds exactly one parameter vector (θ, w, β) and the
    --wrt names a parameter (a component of another vector, or an intercept
    b, β₀, w₀): then what was meant is the same component of the cost's
    vector. An intercept has no component of its own there: θᵀx holds it only
    as the weight of a feature of ones, so none is guessed.
    """
    import sympy

    from .symbols import wrt_index as general_index

    bases = {str(indexed.base) for indexed in expanded.atoms(sympy.Indexed)}
    vectors = sorted(bases & vocabulary.PARAMETER_VECTORS)
    if len(vectors) != 1:
        return None
    vector = vectors[0]
    shown = {"theta": "θ", "beta": "β"}.get(vector, vector)
    if isinstance(target, sympy.Indexed) and str(target.base) in vocabulary.PARAMETER_VECTORS:
        index = target.indices[-1]
        if index.is_Integer and int(index) == 0:
            return (shown, f"{vector}_1",
                    f" ({shown} has no separate intercept: it is the weight of a feature of ones, numbered 1..n here)")
        return shown, f"{vector}_{'j' if index == general_index else index}", ""
    if isinstance(target, sympy.Symbol) and str(target) in ("b", "b_0", "bias", "intercept"):
        return (shown, f"{vector}_1",
                f" (the cost has no separate intercept {target}: in {shown}ᵀx an intercept is the weight of a "
                "feature of ones, the presets' feature 1; or theta_j for the general component)".replace(
                    "theta_j", f"{vector}_j"))
    return None


def _refuse_two_counts_named_n(problem: Problem, cost: str, notes: Sequence[str]) -> None:
    """Refuse a slope m beside n counting the examples when the cost also sums over features (counted n too).

    The output writes the example count n there (the writer's letter), so a
    feature count would print as the same n.
    """
    import sympy

    from .symbols import n as features

    if scalars.slope_count_letter([*problem.notes, *notes]) != vocabulary.FEATURE_COUNT:
        return
    if any(isinstance(e, sympy.Basic) and features in e.free_symbols for e in (problem.cost, *problem.definitions.values())):
        raise InputError(
            "n counts the examples and m is a slope here, but the cost also sums over features, which logderiv counts by n",
            source=cost, column=0, label="COST",
            hint="count the examples with another letter (N), or call the slope another letter (w or a) and count the examples with m",
        )


#: the notes of a parameter vector's length read as n: code's len(theta) itself, or a --let N = len(w) put in
_PARAMETER_LENGTH_NOTE = patterns.compile(r"read as code: (?P<raw>\S+) is the length of the parameter vector, n"
                                          r"|(?P<name>\w+) = (?P<value>\S+) counts the entries of the parameter vector, the n features")


def _refuse_parameter_count_of_numbered_entries(problem: Problem, cost: str, notes: Sequence[str]) -> None:
    """Refuse len(theta) (--let N = len(theta)) read as n where the cost writes no entry of θ by a feature's index.

    len(θ) is the n features only where θ multiplies the data's columns (Xθ, θᵀx) and nothing else. Beside θ₀ + θ₁x
    (or a scalar w of a one-feature line) it counts the entries written, 2 (or 1), and beside θ₀ + θᵀx, θ₀ added to
    the n features' entries, it is n + 1: read as n, a free count of the features, the gradient was divided by
    another number (audit59).
    """
    import sympy

    from .symbols import n as features

    said = [found for note in notes if (found := _PARAMETER_LENGTH_NOTE.match(note)) is not None]
    expressions = [e for e in (problem.cost, *problem.definitions.values()) if isinstance(e, sympy.Basic)]
    if not said or not any(features in e.free_symbols for e in expressions):
        return
    counted = {word for found in said for word in re.findall(r"[A-Za-z_]\w*", found.group("raw") or found.group("value"))}
    entries = [item.indices[-1] for e in expressions for item in sympy.preorder_traversal(e)
               if isinstance(item, sympy.Indexed) and str(item.base.label) in counted]
    if any(not index.is_Integer for index in entries) and not any(index.is_Integer and index < 1 for index in entries):
        return  # θ multiplies the features, entry k by feature k (θ₁ one of them), and has no θ₀: its length is n
    written = [found.group("raw") or found.group("name") for found in said]
    shown = next((each for each in written if each in cost), written[0])
    column = cost.find(shown)
    raise InputError(
        f"{shown} counts the entries of the parameter vector, but the cost writes an entry by its number (θ₀, θ₁) "
        "or no entry by a feature's index: that count is not the n features (n + 1 beside θ₀ + θᵀx, 2 for θ₀ + θ₁x)",
        source=cost, column=column if column >= 0 else 0, label="COST",
        hint="write the count as the number it is (2 for theta_0 and theta_1, n + 1 beside theta_0 + theta^T x)",
    )


def _refuse_let_read_as_count(lets: Sequence[_Let], notes: Sequence[str]) -> None:
    """Refuse a ``--let N = …`` whose N the cost's reading took as a count (``1/N`` before a sum: read as m).

    The let says what N is (``N = X.shape[1]``, the features); reading N as the
    number of examples all the same would silently drop it.
    """
    for name, _, text in lets:
        if any(note.startswith(f"{name} counts the examples here") or note.startswith(f"{name} counts the features here")
               for note in notes):
            raise InputError(
                f"--let defines {name}, but the cost's reading takes {name} as a count (1/{name} before a sum, "
                f"or a sum's bound): the two would disagree",
                source=text, column=0, label="--let",
                hint=f"leave out --let {name} if {name} counts the examples, or write the cost with what {name} stands for",
            )


#: code's sum of a whole argument, np.sum(…), numpy.sum(…), sum(…) (not Σᵢ, sum_i or \\sum)
_CODE_SUM = patterns.compile(r"(?:np\.|numpy\.)?sum\s*\(")


def _refuse_a_code_sum_of_the_intercept(written: Sequence[tuple[str, str, Node]]) -> None:
    """Refuse code's ``np.sum(b ** 2)`` of the intercept b alone: the number b², or m·b² summed over b·1?

    NumPy's and Octave's sum of a number is that number, so ``(lambda_/(2*m)) * np.sum(b ** 2)`` penalises b²;
    read as a sum over the examples it was (λ/(2m))·m·b², ∂/∂b λb instead of λb/m (audit57). Which one the
    writer means is not said: b may stand for b·1 in matrix form.
    """
    for label, text, root in written:
        for node in tree_module.walk(root):
            if not (isinstance(node, tree_module.Sum) and node.over == "examples"):
                continue
            names = {each.name for each in tree_module.walk(node.body) if isinstance(each, tree_module.Variable)}
            if names != {"b"} or any(isinstance(each, tree_module.Sum) for each in tree_module.walk(node.body)):
                continue
            if _CODE_SUM.match(text, node.span.start) is None:
                continue
            raise InputError(
                f"'{text[node.span.start:node.span.end]}' adds up the intercept b alone: in NumPy and Octave the sum "
                "of a number is that number, but read over the examples (b·1) it is m times it; which one is not said",
                source=text, column=node.span.start, label=label,
                hint="write the number itself (b ** 2), or its sum over the examples (m * b ** 2)")


#: m written as a name of its own (not a.m, not inside a longer name)
_WRITTEN_M = patterns.compile(r"(?<![A-Za-z0-9_.\\])m(?![A-Za-z0-9_])")


def _refuse_mean_count_beside_m(cost: str, lets: Sequence[_Let], notes: Sequence[str]) -> None:
    """Refuse a 1/N read as the mean over the examples where another text of the page writes m too.

    One text that writes both is refused by :func:`readings.mean_count`; split over --let lines it was not:
    ``reg_cost = (lambda_/(2*n)) * np.sum(w ** 2)`` beside ``cost = (1/(2*m)) * …`` read n as m, though a page
    that counts its examples by m most likely means by n the n weights (audit57). A slope m has its own reading.
    """
    if scalars.slope_count_letter(notes) is not None:
        return
    prefix = " counts the examples here: read as m (1/"
    letter = next((note.split(" ", 1)[0] for note in notes if prefix in note and not note.startswith("m ")), None)
    if letter is None:
        return
    texts = [("COST", cost), *(("--let", text) for _, _, text in lets)]
    for label, text in texts:
        found = _WRITTEN_M.search(text)
        if found is not None:
            raise InputError(
                f"'{letter}' divides like the count of the examples (1/{letter} before a sum), but the page also "
                f"writes m, logderiv's count of the examples: the same number, or another?",
                source=text, column=found.start(), label=label,
                hint=f"count the examples with m throughout, or write what {letter} counts (X.shape[1] for the features)")


def _refuse_a_bare_target_beside_bare_data(cost: str, cost_tree: Node, lets: Sequence[_Let]) -> None:
    """Refuse a sum over the examples that writes Bishop's target t bare beside bare data: ``sum((t - w^T x)^2)``.

    The sum reads its bare x as x⁽ⁱ⁾, but t, a letter no --let defines, as one constant: the gradient was
    −Σ(t − wᵀx⁽ⁱ⁾)x⁽ⁱ⁾ with one t, and the right answer −Σ(tᵢ − wᵀxᵢ)xᵢ was judged 'different'. Whether t is the
    i-th example's target (as x is its data) or a constant is not said; the LaTeX reader refuses Σ_{n=1}^N so
    (audit29c), and plain sums now too (audit30). A t beside x written with its index (x_i) stays a constant.
    """
    if any(name == "t" for name, _, _ in lets):
        return
    for node in tree_module.walk(cost_tree):
        if not (isinstance(node, tree_module.Sum) and node.over == "examples"):
            continue
        inside = list(tree_module.walk(node.body))
        bare = [each for each in inside if isinstance(each, tree_module.Variable) and each.feature is None
                and each.example is None]
        target = next((each for each in bare if each.name == "t"), None)
        # data written bare as such (x, \mathbf{x}), not a matrix form's X lowered to xᵢ: there t − Xβ makes t the
        # targets' vector, read as y before this (conventions.t_is_target)
        written = [each for each in bare if each.name in vocabulary.DATA_VECTORS
                   and "X" not in cost[each.span.start:each.span.end]]
        if target is not None and written:
            raise InputError(
                "'t' is written bare beside bare data in a sum over the examples: the i-th example's target "
                "(Bishop's t, as x is the i-th example's data) or one constant? Not said",
                source=cost, column=target.span.start, label="COST",
                hint="write t_i (or y) for the targets, or define t with --let 't = …' for a constant",
            )


def _refuse_x_as_number_and_vector(problem: Problem, cost: str, cost_tree: Node, lets: Sequence[_Let]) -> None:
    r"""Refuse a cost whose x⁽ⁱ⁾ is a feature vector (θᵀx, xⱼ) and also a number (a factor ``y^{(i)} x^{(i)}``).

    ``\log{h_\theta}(x^{(i)})`` or ``y^{(i)}(x^{(i)})`` beside h(x) = σ(θᵀx) would
    otherwise read a bare x⁽ⁱ⁾ as the one feature of a one-feature model inside a
    model of many: a gradient of another cost, silently. The caret is at the first
    x written as a factor.
    """
    import sympy

    from .symbols import example_index as i
    vector = scalar = False
    for expr in (problem.cost, *problem.definitions.values()):
        if not isinstance(expr, sympy.Basic):
            continue
        for indexed in expr.atoms(sympy.Indexed):
            if str(indexed.base) in vocabulary.DATA_VECTORS:
                if len(indexed.indices) == 2 or indexed.indices[0] != i:
                    vector = True
                else:
                    scalar = True
    if not (vector and scalar):
        return
    for root, text, label in [(cost_tree, cost, "COST"), *((value, text, "--let") for _, value, text in lets)]:
        found = _bare_x_factor(root)
        if found is not None:
            raise InputError(
                "x is a feature vector here (θᵀx, x_j), but this x is written as a number, a factor of the product",
                source=text, column=found.span.start, label=label,
                hint="write the function's argument in its brackets, h_\\theta(x^{(i)}) (not {h_\\theta}(x^{(i)})), "
                     "or an entry x_j^{(i)}",
            )
    raise InputError(
        "x is a feature vector here (θᵀx, x_j) and also a number (one feature): the cost reads it both ways",
        source=cost, column=0, label="COST", hint="write x_j^{(i)} for a feature, θᵀx^{(i)} for the dot product",
    )


def _bare_x_factor(root: Node) -> tree.Variable | None:
    """The first x with no feature index that stands as a factor of a product (not an argument of h or a dot)."""
    from . import tree as nodes

    found = []
    for node in tree_walk(root):
        if isinstance(node, nodes.Binary) and node.op in ("*", "/"):
            for side in (node.left, node.right):
                if isinstance(side, nodes.Variable) and side.name in vocabulary.DATA_VECTORS and side.feature is None:
                    found.append(side)
    return min(found, key=lambda node: node.span.start) if found else None


def _read_slope_m(cost: Parsed, lets: list[_Let], let_notes: Sequence[str], wrt: Parsed, *,
                  written: Node | None = None) -> tuple[Parsed, list[_Let], Parsed, list[str]]:
    r"""Read a slope written m in one text as a parameter when another text's sums count the examples with n (N).

    ``\frac{1}{n}\sum_{i=1}^{n}(y_i - \hat y_i)^2`` with ``--let "\hat y_i = m x_i + b"``:
    the m of the text that counts nothing is a quantity of its own when every
    bare m there multiplies x (the slope) or when ``--wrt m`` differentiates by
    it; it is then kept apart from the count (noted), and so is ``--wrt m``.
    Anything else is left to :func:`_refuse_slope_m`. Returns the cost, the
    lets, the ``--wrt`` and the notes. ``written`` is the cost as written, before
    the calls of defined functions were expanded: an m a function's body brought
    in (``L(w, b)`` defined with ``\frac{1}{n}\sum``, its n read as m) is the
    body's, not the cost text's.
    """
    written = cost.tree if written is None else written
    cost_renames, lets_rename = scalars.renames_a_count(cost.notes), scalars.renames_a_count(let_notes)
    from . import tree as _tree

    wrt_m = isinstance(wrt.tree, _tree.Variable) and wrt.tree.name == vocabulary.EXAMPLE_COUNT and wrt.tree.feature is None
    notes: list[str] = []
    if cost_renames != lets_rename:
        counted = scalars.counted_letter(cost.notes if cost_renames else let_notes)
        if cost_renames:
            read = []
            for name, value, text in lets:
                if scalars.bare_count(value) is not None and (wrt_m or scalars.slope_factors(value)):
                    value = scalars.as_slope(value)
                    notes.append(scalars.slope_note(counted))
                read.append((name, value, text))
            lets = read
        elif scalars.bare_count(written) is not None and (wrt_m or scalars.slope_factors(cost.tree)):
            cost = dataclasses.replace(cost, tree=scalars.as_slope(cost.tree))
            notes.append(scalars.slope_note(counted))
    sloped = any(
        isinstance(node, _tree.Variable) and node.name == vocabulary.SLOPE_M
        for root in (cost.tree, *(value for _, value, _ in lets))
        for node in tree_walk(root)
    )
    if sloped and wrt_m:
        wrt = dataclasses.replace(wrt, tree=scalars.as_slope(wrt.tree))
    return cost, lets, wrt, list(dict.fromkeys(notes))


def _read_code_count_slope(cost_text: str, cost: Parsed, lets: list[_Let],
                           let_notes: Sequence[str]) -> tuple[list[_Let], list[str]]:
    """``np.mean(error**2)`` with ``--let "y_pred = m*x + b"``: the cost counts its examples only through code.

    NumPy's ``np.mean``, ``len(X)`` and ``X.shape[0]`` count the examples without writing a
    letter; a ``--let`` whose every bare m multiplies the data (``m*x + b``) then names the slope
    m, the one quantity written m: it is read as the slope (noted), kept apart from the count.
    A cost that writes m itself, or a text that renamed another letter to the count, is left to
    :func:`_read_slope_m` and the refusals after it. Returns the lets and the notes.
    """
    if scalars.renames_a_count(cost.notes) or scalars.renames_a_count(let_notes):
        return lets, []
    counts = [
        node for node in tree_walk(cost.tree)
        if isinstance(node, tree.Variable) and node.name == vocabulary.EXAMPLE_COUNT and node.feature is None
        and node.example is None
    ]
    if not counts or any(cost_text[node.span.start:node.span.end].strip() == vocabulary.EXAMPLE_COUNT
                         for node in counts):
        return lets, []
    read, notes = [], []
    for name, value, text in lets:
        if scalars.bare_count(value) is not None and scalars.slope_factors(value):
            value = scalars.as_slope(value)
            notes.append(scalars.slope_note(vocabulary.FEATURE_COUNT) + (
                "; the cost counts the examples only as code does (np.mean, len(X)), never writing m"))
        read.append((name, value, text))
    return read, list(dict.fromkeys(notes))


def _bare_labels(node: Node) -> list[tree_module.Variable]:
    """The y's of ``node`` with no example index outside every sum (a yᵀ, a y·v of vectors is a sum already)."""
    if isinstance(node, (tree_module.Sum, tree_module.AxisSum, tree_module.Dot, tree_module.Transpose)):
        return []
    if isinstance(node, tree_module.Variable):
        return [node] if node.name in vocabulary.PER_EXAMPLE and node.example is None else []
    return [found for child in tree_module._children(node) for found in _bare_labels(child)]


def _example_sums(node: Node) -> list[tree_module.Sum]:
    return [current for current in tree_walk(node) if isinstance(current, tree_module.Sum) and current.over == "examples"]


def _refuse_label_beside_example_sum(cost_text: str, cost: Node) -> None:
    """Refuse y times a sum over the examples: ``y * np.log(h).sum()``, ``np.log(h).sum() * y``.

    NumPy's ``.sum()`` binds to ``np.log(h)`` before the ``*`` does: Σᵢ log h⁽ⁱ⁾ is one number, and y
    times it is the m-vector y·Σᵢ log h⁽ⁱ⁾, no cost. Read with y as one number, the cost would be a
    different function (a silent misread); the sum was surely meant around the product, but which
    product is for the writer to say: refused, the caret at the sum that closed too early.
    """
    products = [node for node in tree_walk(cost) if isinstance(node, tree_module.Binary) and node.op in ("*", "⊙")]
    for product in sorted(products, key=lambda node: node.span.start):
        for side, other in ((product.left, product.right), (product.right, product.left)):
            labels, sums = _bare_labels(side), _example_sums(other)
            if not labels or not sums:
                continue
            summed = min(sums, key=lambda node: node.span.start)
            # the caret at the ')' that closes the sum: NumPy's .sum() of the text as written (pasted.py maps
            # the ')' that np.sum(…) was given back to it), or np.sum(…)'s own ')'
            closing = cost_text.rfind(")", summed.span.start, summed.span.end)
            raise InputError(
                f"'{labels[0].name}' multiplies a sum over the examples from outside it: the sum is already one "
                f"number, and {labels[0].name} (one value per example) times it is a vector, not a cost",
                source=cost_text,
                column=closing if closing >= 0 else summed.span.start,
                hint="in NumPy .sum() binds before '*': write the sum around the product, "
                     "np.sum(y * np.log(h)) or (y * np.log(h)).sum()",
                label="COST",
            )


def _outside_example_sums(node: Node, per_example: Collection[str] = ()) -> list[Node]:
    """The nodes of ``node`` outside every sum over the examples: Σᵢ, an axis sum, a yᵀv, and a y·h of two values
    per example are one already; θᵀx (a sum over the features) is not."""
    if isinstance(node, (tree_module.AxisSum, tree_module.Transpose)) or \
            isinstance(node, tree_module.Sum) and node.over == "examples":
        return []
    if isinstance(node, tree_module.Dot) and all(
            side.name in per_example or side.name in vocabulary.PER_EXAMPLE for side in (node.left, node.right)):
        return []
    return [node, *(found for child in tree_module._children(node)
                    for found in _outside_example_sums(child, per_example))]


def _per_example_lets(lets: Sequence[_Let]) -> set[str]:
    """The --let names that hold one value per example: their values use x, y or another such name outside any sum
    over the examples (h = θᵀx, z = wᵀx + b then p = σ(z)); J = Σᵢ … is one number, not one per example."""
    found: set[str] = set()
    grown = True
    while grown:
        grown = False
        for name, value, _ in lets:
            if name in found:
                continue
            if any(isinstance(node, (tree_module.Variable, tree_module.Call)) and (
                node.name in found or isinstance(node, tree_module.Variable) and (
                    node.name in vocabulary.DATA_VECTORS or node.name in vocabulary.PER_EXAMPLE
                    or node.example is not None))
                   for node in _outside_example_sums(value, found)):
                found.add(name)
                grown = True
    return found


def _refuse_example_let_outside_sums(cost_text: str, cost: Node, lets: Sequence[_Let]) -> None:
    """Refuse a value per example written outside the sums over the examples: ``sum((y - h)^2) + h`` with h = θᵀx,
    ``sum((y - theta^T x)^2) + theta^T x``, in the cost or in a --let that sums over the examples itself.

    h = θᵀx is one value per example; inside Σᵢ it is h⁽ⁱ⁾, but outside every sum it has no example, and its x
    would be read unindexed, a vector or a number nobody wrote (audit57: the gradient gained a silent xⱼ); so with
    x and y written there themselves. A text with no sum over the examples is one example's loss, where h is that
    example's: not refused.
    """
    per_example = _per_example_lets(lets)
    data = vocabulary.DATA_VECTORS | vocabulary.PER_EXAMPLE
    texts = [(cost_text, cost, "COST"), *((text, value, "--let") for _, value, text in lets)]
    for text, root, label in texts:
        if not _example_sums(root):
            continue
        stray = next((node for node in _outside_example_sums(root, per_example)
                      if isinstance(node, (tree_module.Variable, tree_module.Call)) and node.name in per_example
                      or isinstance(node, tree_module.Variable) and node.name in data and node.example is None), None)
        if stray is None:
            continue
        written = text[stray.span.start:stray.span.end].strip() or stray.name
        what = (f"its --let makes {stray.name} one value per example (it uses the data of an example)"
                if stray.name in per_example else f"{stray.name} is the data of an example")
        raise InputError(
            f"'{written}' is outside every sum over the examples, and {what}: outside the sum there is no example "
            "to take it of",
            source=text,
            column=stray.span.start,
            hint=f"move {stray.name} inside the sum (Σᵢ over the examples), or write outside it what is meant "
                 "(the sum or the mean of its values, or a name of its own with a --let of no example)",
            label=label,
        )


#: the letters a --let may define as a function that the readers otherwise take as the prediction h:
#: h itself, f and H (f_θ(x), H_θ(x)), p and a (p_i, a^{(i)})
_PREDICTION_FUNCTION_LETTERS = frozenset({vocabulary.PREDICTION, "f", "H", "p", "a"})


def _sigmoid_of_a_number(definition: "functions.FunctionDef") -> bool:
    """Whether a --let function of one parameter is σ of it written out (``f(x) = \\frac{1}{1+e^{-x}}``)."""
    return (definition.body is not None and len(definition.parameters) == 1
            and functions.is_sigmoid(definition.body, definition.parameters[0]))


def _is_prediction(node: Node) -> bool:
    return isinstance(node, (tree_module.Variable, tree_module.Call)) and node.name == vocabulary.PREDICTION


def _cross_entropy_of_prediction(cost: Node) -> bool:
    """Whether the cost takes both log h and log(1 − h) of the prediction h: a cross-entropy, whose model is σ."""
    logs = [node.argument for node in tree_walk(cost) if isinstance(node, tree_module.Apply) and node.function == "log"]
    of_h = any(_is_prediction(argument) for argument in logs)
    of_one_minus_h = any(isinstance(argument, tree_module.Binary) and argument.op == "-"
                         and functions.shape(argument.left) == ("number", "1") and _is_prediction(argument.right)
                         for argument in logs)
    return of_h and of_one_minus_h


def _refuse_prediction_beside_its_function(cost_text: str, cost: Node, lets: Sequence[tuple[str, Node, str]],
                                           definitions: Mapping[str, "functions.FunctionDef"]) -> list[str]:
    """Refuse a prediction h left to the default model while a --let defines h (or f, p, …) as a function.

    ``--let 'h(X) = θ₀ + θ₁X'`` beside a cost that writes h where no call of the function stands
    (``h_i``): the builder would read h as θᵀx (or σ(θᵀx)) by the cost's kind and the user's model
    would go unused, a confident gradient of another formula. Where a call is written (``h(x^{(i)})``,
    ``h_\\theta(x^{(i)})``) it is expanded before this, so what is left is a use the function never reaches.
    One function is read (the note returned): the sigmoid of a number (``f(x) = \\frac{1}{1+e^{-x}}``) beside
    a cross-entropy of h, whose model is σ(θᵀx) = f(θᵀx) — the function is then the one the default applies.
    """
    if vocabulary.PREDICTION in {name for name, _, _ in lets}:
        return []
    shadowed = [definition for name, definition in definitions.items() if name in _PREDICTION_FUNCTION_LETTERS]
    if not shadowed:
        return []
    if all(_sigmoid_of_a_number(definition) for definition in shadowed) and _cross_entropy_of_prediction(cost):
        heads = " and ".join(definition.head for definition in shadowed)
        return [f"{heads} is the sigmoid of a number (an activation, not the model of an example), and the cost is "
                f"a cross-entropy of h, which nothing defines: h is logistic regression's prediction, σ of the linear "
                f"score (θᵀx, or wᵀx + b), that is {shadowed[0].name} applied to it"]
    uses = [(node, cost_text, "COST") for node in tree_walk(cost)
            if isinstance(node, (tree_module.Variable, tree_module.Call)) and node.name == vocabulary.PREDICTION]
    uses += [(node, text, "--let") for _, value, text in lets for node in tree_walk(value)
             if isinstance(node, (tree_module.Variable, tree_module.Call)) and node.name == vocabulary.PREDICTION]
    if not uses:
        return []
    node, text, label = min(uses, key=lambda use: (use[2] != "COST", use[0].span.start))
    written = text[node.span.start:node.span.end].strip() or vocabulary.PREDICTION
    head = shadowed[0].head
    raise InputError(
        f"'{written}' is the model's prediction, but --let defines {head} as a function and no call of it "
        f"stands here: logderiv will not replace your model by its own",
        source=text,
        column=node.span.start,
        hint=f"apply the function where the prediction is meant ({shadowed[0].name}(x^(i))), "
        f"or define the prediction by value: --let '{vocabulary.PREDICTION} = …'",
        label=label,
    )


def _refuse_two_parameter_vectors(cost_text: str, cost: Node, lets: Sequence[tuple[str, Node, str]]) -> None:
    """Refuse a cost that writes two of the parameter vectors' letters: ``½‖Xw − y‖² + ½λθᵀθ``.

    Notes switch between θ, w and β, and a student copying a penalty from another text keeps its
    letter. Read literally the two are different vectors, the penalty's derivative by wⱼ is 0, and
    an answer without λwⱼ would be judged right (a silent misread); read as one vector, the penalty
    counts. Which one the writer means is theirs to say: refused, the caret at the second letter.
    """
    def names(node_tree: Node) -> set[str]:
        return {name for node in tree_walk(node_tree) if isinstance(name := getattr(node, "name", None), str)}

    # only the lets the cost uses, through one another: a --let the cost never reaches writes nothing of it
    used, reached, grew = names(cost), [], True
    while grew:
        grew = False
        for let in lets:
            if let[0] in used and let not in reached:
                reached.append(let)
                used |= names(let[1])
                grew = True
    seen: dict[str, tuple[Node, str, str]] = {}
    for text, node_tree, label in [(cost_text, cost, "COST"), *((text, value, "--let") for _, value, text in reached)]:
        for node in sorted(tree_walk(node_tree), key=lambda node: node.span.start):
            if isinstance(node, tree_module.Variable) and node.name in vocabulary.PARAMETER_VECTORS:
                seen.setdefault(node.name, (node, text, label))
            # h_θ(x⁽ⁱ⁾) beside ‖w‖²: the model's subscript is the only θ left, the reader drops it
            subscripted = model_subscripts.subscript_parameter(text, node)
            if subscripted is not None:
                seen.setdefault(subscripted, (node, text, label))
    if len(seen) < 2:
        return
    (first, *_), (second_name, (second, text, label)) = list(seen), list(seen.items())[1]
    shown = {"theta": "θ", "beta": "β", "w": "w", "weights": "weights"}
    raise InputError(
        f"the cost writes two parameter vectors, {shown.get(first, first)} and {shown.get(second_name, second_name)}: "
        "one vector written two ways, or two vectors?",
        source=text,
        column=second.span.start,
        hint="write one letter throughout: a penalty copied from other notes keeps their letter",
        label=label,
    )


def _refuse_slope_m(cost_text: str, cost: Parsed, lets: Sequence[tuple[str, Node, str]], let_notes: Sequence[str],
                    *, written: Node | None = None) -> None:
    """Refuse an m of its own in one text when another text's sums read n (N) as the example count m.

    ``\\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat y_i)^2`` with ``--let "\\hat y_i = m x_i + b"``:
    the n becomes logderiv's m, and the slope m would silently become the count.
    Within one text the LaTeX reader refuses it itself; a text that renamed a
    count holds m for it, so only the texts that did not are looked at.
    """
    from .scalars import COUNT_COLLISION_HINT, bare_count, renames_a_count

    cost_renames, lets_rename = renames_a_count(cost.notes), renames_a_count(let_notes)
    if cost_renames == lets_rename:
        return  # neither renamed; or both did, and each text's own m was refused by its reader
    # the cost as written: an m that the body of a called function brought in is that body's (its count)
    own = cost.tree if written is None else written
    texts = [(value, text, "--let") for _, value, text in lets] if cost_renames else [(own, cost_text, "COST")]
    for node, text, label in texts:
        slope = bare_count(node)
        if slope is not None:
            raise InputError(
                "'m' is a quantity of its own here (a slope?), but the sums of "
                + ("the cost" if cost_renames else "a --let")
                + " count the examples with another letter, read as m",
                source=text,
                column=slope.span.start,
                hint=COUNT_COLLISION_HINT,
                label=label,
            )


def _refuse_count_as_slope(cost_text: str, cost: Parsed, lets: Sequence[tuple[str, Node, str]]) -> None:
    """Refuse an m that multiplies x while m counts the examples: ``1/m Σᵢ (yᵢ − m xᵢ − b)²``.

    Every slope m was renamed by now (:func:`_read_slope_m`, the readers'
    own), so an m left beside x is the count times the input: the writer
    means a slope, and a silent reading as the count would be wrong.
    """
    scalars.refuse_count_beside_data(
        [(cost.tree, cost_text, "COST"), *((value, text, "--let") for _, value, text in lets)],
        "'m' multiplies x here like a slope (m x), but m also counts the examples",
    )


def _default_variable(problem: Problem) -> tuple[str, str] | None:
    """What to differentiate by when no --wrt is given and the cost has no θ: its own parameter, and the note."""
    vector = _parameter_vector(problem)
    if vector is not None:
        shown = {"w": "w", "beta": "β"}.get(vector, vector)
        return f"{vector}_j", f"the cost's parameters are {shown}, not θ: differentiating by {shown}ⱼ (choose another with --wrt)"
    scalar = _scalar_parameter(problem)
    if scalar is not None:
        shown = {"w": "w", "beta": "β", "theta": "θ"}.get(scalar, scalar)
        return scalar, f"the cost's parameter is the scalar {shown}, not θⱼ: differentiating by {shown} (choose another with --wrt)"
    return None


def _parameter_vector(problem: Problem) -> str | None:
    """The cost's one parameter vector when it is not θ (``w``, ``beta``), or None."""
    import sympy
    from . import symbols  # a submodule: bound here, not left to whoever imported it first

    expanded = problem.expand_definitions(problem.cost)
    bases = {
        str(indexed.base)
        for indexed in symbols.graph_atoms(expanded, sympy.Indexed)
        if str(indexed.base) in vocabulary.PARAMETER_VECTORS
    }
    if len(bases) == 1 and bases != {"theta"}:
        return bases.pop()
    return None


def _scalar_parameter(problem: Problem) -> str | None:
    """The cost's one scalar parameter letter (``w`` of a one-feature model) when it has no θⱼ, or None."""
    import sympy
    from . import symbols  # a submodule: bound here, not left to whoever imported it first

    expanded = problem.expand_definitions(problem.cost)
    if any(str(indexed.base) in vocabulary.PARAMETER_VECTORS for indexed in symbols.graph_atoms(expanded, sympy.Indexed)):
        return None
    found = sorted(
        symbol.name
        for symbol in symbols.graph_atoms(expanded, sympy.Symbol)
        if isinstance(symbol, sympy.Symbol) and symbol.name in vocabulary.PARAMETER_VECTORS
    )
    return found[0] if len(found) == 1 else None


def check_numbered_component(problem: Problem, wrt: str, input: Input = "auto") -> str | None:
    """:func:`_check_numbered_component` for a problem built without :func:`read_problem` (steps' own costs).

    A derivation that names ∂J/∂θ₀ of a cost in θᵀx (``J(\\theta) = \\frac{1}{2m}\\sum(\\theta^Tx - y)^2``) is
    refused as ``check --wrt theta_0`` is: the sums run over θ₁..θₙ, and ∂/∂θ₀ would be a "verified" 0.
    """
    node = parse_text(wrt, input=input).tree
    try:
        written = [(parse_text(problem.source, input=input).tree, problem.source, "COST")] if problem.source else []
    except InputError:
        written = []  # a page's cost read with its own lets: left to the reading as before
    return _check_numbered_component(problem, wrt, node, said=problem.notes, written=written)


def _check_numbered_component(problem: Problem, wrt: str, node: Node, said: Sequence[str] = (),
                              written: Sequence[tuple[Node, str, str]] = ()) -> str | None:
    """Refuse ``--wrt theta_0`` when the cost sums over that parameter's components.

    Features are numbered 1..n, so a sum Σₖ θₖ xₖ has no θ₀: differentiating
    by it would give 0 where the user almost surely meant the intercept. When
    the cost also writes θ₀ on its own (θ₀ + θᵀx), θ₀ is that separate
    intercept: allowed, and the note returned says so. A component 1..n
    (θ₅) is in the sums: allowed, and verified at an n that holds it
    (``equality.numeric.sizes_for``).
    """
    import sympy

    feature = getattr(node, "feature", None)
    target = problem.wrt
    if feature is None or not feature.isdigit() or not isinstance(target, sympy.Indexed):
        return None
    assert isinstance(node, (tree.Variable, tree.FunctionCall)), "only a name carries a feature index"
    number = int(feature)
    if number >= 1:
        return None
    expressions = (problem.cost, *problem.definitions.values())
    summed = any(
        indexed.base == target.base and not indexed.indices[-1].is_Integer
        for expr in expressions
        for indexed in expr.atoms(sympy.Indexed)
    )
    if not summed:
        return None  # a numbered component the cost names on its own, such as a bias theta_0
    if number == 0 and any(_beside_a_sum(target, expr) for expr in expressions):
        # θ₀ + θᵀx: the intercept is written on its own beside the sum over k = 1..n
        shown = {"theta": "θ", "beta": "β"}.get(node.name, node.name)
        return (
            f"{shown}₀ is the intercept written on its own: the sums run over the components {shown}₁..{shown}ₙ, "
            f"so ∂/∂{shown}₀ differentiates only the separate {shown}₀"
        )
    if number == 0:
        from .written_components import written_model

        model = written_model(problem)
        if model is not None and model.first == 0:
            # h = g(θ₀ + θ₁x₁ + θ₂x₂) beside Ng's penalty Σ_{j=1}^{n} θⱼ²: θ₀ is the model's own intercept
            _refuse_whole_beside_written_model(model, node.name, written)
            return (
                f"{model.component(0)} is the intercept the model writes on its own ({model.components}); "
                f"the cost's sums over k = 1..n (n = {model.top}, the features it writes) leave it out"
            )
    digits = "0123456789₀₁₂₃₄₅₆₇₈₉"
    span = wrt[node.span.start:node.span.end]
    column = node.span.start + max(span.rfind(c) for c in digits)
    name = node.name
    if any("features, numbered from 1 (the weights written 0…" in note for note in (*said, *problem.notes)):
        # DLAI's Σ_{j=0}^{n-1} w_j x_j + b: its w_0 is the first feature's weight, logderiv's w_1 (not an intercept)
        raise InputError(
            f"{name}_0 is not a component here: the cost numbers its features from 0 (Σ_{{j=0}}^{{n−1}}), and "
            f"logderiv reads them numbered from 1, so the weight written {name}_0 is {name}_1",
            source=wrt, column=column, label="--wrt",
            hint=f"give --wrt {name}_1 and write the first feature x_1 in the answer (the text's x_0), "
            f"or check every component with --wrt {name}_j",
        )
    from .models import DEFAULT_PREDICTION_NOTE_START

    # the sum over k = 1..n may be logderiv's own: h (ŷ) defined nowhere it reads, read as θᵀx by default (noted);
    # then the page's model, whatever it writes beside it (ŷ_i = β₀ + β₁x_i in the rewrite), is not the one read
    defaulted = next((note for note in (*said, *problem.notes) if note.startswith(DEFAULT_PREDICTION_NOTE_START)), None)
    raise InputError(
        f"{name}_0 is not a component here: logderiv numbers features 1..n, "
        f"and the cost sums {name}_k over k = 1..n, which has no {name}_0"
        + ("" if defaulted is None else
           f" (that sum is the default prediction: {defaulted.partition(' (')[0]}; the page defines its "
           f"prediction nowhere logderiv reads, so a model written in {name}_0 is not the one read)"),
        source=wrt,
        column=column,
        # Ng's θ₀ (x₀ = 1, left out of Σ_{j=1}^{n} θⱼ²) beside θᵀx: the way to say so is to write it apart
        hint=f"where {name}_0 is the intercept with x_0 = 1 (Ng's notes), write it apart from the sum: "
        f"--let 'h = sigmoid({name}_0 + {name}^T x)' (or {name}_0 + {name}^T x), then --wrt {name}_0; "
        f"in logderiv's numbering the intercept is {name}_1 when x_1 = 1 (a column of ones in X); "
        f"or write a separate bias, b + {name}^T x, and use --wrt b"
        + ("" if defaulted is None else
           f"; or define the prediction the cost writes before it, e.g. \\hat{{y}}_i = {name}_0 + {name}_1 x_i"),
        label="--wrt",
    )


def _refuse_whole_beside_written_model(model: WrittenModel, parameter: str,
                                       written: Sequence[tuple[Node, str, str]]) -> None:
    """Refuse ‖θ‖² (θᵀθ, an unbounded Σⱼθⱼ²) beside a model written out from θ₀ (θ₀ + θ₁x), by θ₀.

    The written θ is (θ₀, θ₁, …), so its norm may take θ₀ in (∂/∂θ₀ gains λθ₀/m), or the intercept may be left
    out, as Ng's Σ_{j=1}^{n} θⱼ² says in its bounds; built as logderiv's sum over 1..n it left θ₀ out silently
    (audit27a: a correct ∂J/∂θ₀ with the λ term judged "different"). The same question as beside a sum from 0
    (:func:`_refuse_whole_vector_beside_intercept_sum`), asked where the model writes its components out.
    """
    for root, text, label in written:
        item = _takes_whole(root, text, parameter)
        if item is None:
            continue
        shown = text[item.span.start:item.span.end] if text else parameter
        raise InputError(
            f"'{shown}' takes in the whole parameter vector, and the model writes its components out from "
            f"{model.component(0)} ({model.components}), the intercept: does it take in {model.component(0)} "
            f"({model.shown} = ({model.components})) or only the weights after it (the intercept left "
            f"unregularised)? The derivative by {model.component(0)} depends on it",
            source=text, column=item.span.start, label=label,
            hint=f"write the penalty with its bounds, sum_{{j=1}}^{{n}} {parameter}_j^2 (the intercept left out), "
                 f"or its components, {parameter}_0^2 + {parameter}_1^2 + … (every one)",
        )


def _beside_a_sum(component: sympy.Indexed, expr: sympy.Expr) -> bool:
    """Whether ``expr`` adds ``component`` (θ₀) to a sum over the other components (θ₀ + Σₖ θₖ xₖ, y − (θ₀ + θᵀx))."""
    import sympy

    from .symbols import is_feature_sum

    for total in expr.atoms(sympy.Add):
        bare = [term.as_coeff_Mul()[1] for term in total.args]
        if component in bare and any(
            is_feature_sum(term) and term.function.has(component.base) for term in bare
        ):
            return True
    return False
