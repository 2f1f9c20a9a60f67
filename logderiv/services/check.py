"""Is an answer the gradient? A :class:`Checker` derives the gradient once and judges answers.

For each answer, in order:

1. **numeric, first size**: evaluate both at random points of the first size
   ``numeric.sizes_for`` plans (every numbered component sampled; shared :class:`~logderiv.verify.samples.Samples`, so the
   gradient's values, and those of every sub-expression the answers share, are
   computed once per checker). Cheap, and a wrong answer almost always
   disagrees here, so it never pays for step 2. (An answer that agrees at the
   first point goes to step 2 before the other points are evaluated.)
2. **symbolic**, for an answer that agreed so far: expand the difference
   (defined names kept, then substituted) with the engine's own targeted
   expansion (``symbols.expand``: products and integer powers multiplied out,
   nothing else). Zero proves equality for every m and n (``symbolic``, as
   ever). No general ``simplify``: it is slow and, measured here, called a
   correct tanh-form answer wrong.
3. **numeric, the other sizes**: agreement everywhere is ``equivalent`` by
   strong evidence; a point that disagrees (at any size) is re-evaluated with
   50 significant digits (:mod:`~logderiv.verify.precise`) and becomes the
   counterexample only if the difference survives; the answer is then
   diagnosed (:mod:`~logderiv.verify.diagnosis`).

Everything, reading the answer included, runs under a time limit
(:mod:`deadline`); reaching it gives ``undecided``.
"""

from __future__ import annotations

import contextvars
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Collection, Mapping, Sequence, cast

import sympy
from sympy.core.function import AppliedUndef

from ..records.derivation import Check, Derivation
from ..errors import InputError, InternalError
from ..notation import Parsed, notation_of, parse_text, symbols, tree, typed_layout, unmarked_features
from ..notation import vocabulary as vocab
from ..notation.plain import COLON_NOTE_START, ITEM_INDEX_NOTE, ITEM_LET_NOTE_START, ITEM_NOTE
from ..notation.builder import BuildMemo
from ..notation.matrices import unconformable
from ..notation.problem import Problem, expand_definitions
from ..records.verdict import Counterexample, Value, Verdict
from ..verify import labels, precise
from ..equality import numeric
from ..deadline import DEFAULT_TIMEOUT, TimeLimit, within
from ..verify.sides import READ_OFF_NOTE
from .. import patterns
from ..equality.tolerances import CLOSE_ENOUGH_TO_TRY, SYMBOLIC_OPS as _SYMBOLIC_OPS, SYMBOLIC_TERMS as _SYMBOLIC_TERMS
from ..memo import remembered

if TYPE_CHECKING:  # pragma: no cover
    from ..notation import Input
    from ..notation.builder import Expression
    from ..notation.functions import FunctionDef
    from ..notation.tree import Node
    from ..deadline import Deadline
    from ..verify.samples import Samples
    from ..verify.sides import Let

__all__ = ["Checker", "judge", "read_answer", "DEFAULT_TIMEOUT"]

#: answer expressions whose verdict a checker remembers
_REMEMBERED = 4096
#: decimals a counterexample's inputs are rounded to, so a reader can retype them
_ROUNDED = 2


class Checker:
    """Checks answers against the gradient of one problem; the gradient is derived once.

    Build it with a :class:`~logderiv.notation.problem.Problem`, then call :meth:`check`
    for each answer. ``answer_lets`` are ``NAME=EXPR`` definitions for names
    the answers use that the problem does not define; ``input`` says how answers
    and lets are read (``auto``: LaTeX when the text looks like it).
    """

    def __init__(
        self, problem: Problem, *, answer_lets: Sequence[str] = (), input: Input = "auto", with_the_cost: bool = False,
        layout_inferred: bool = True,
    ) -> None:
        self.problem = problem
        #: a matrix answer whose shapes conform only with one example per column may be read so (no --layout given)
        self.layout_inferred = layout_inferred
        self._in_columns: Checker | None = None
        self.answer_lets = _sigma_as_in_problem(tuple(answer_lets), problem.notes)
        #: the answer's lets came with the cost's (check --cost FORMULA --let dz=…): say they are the answer's
        self.with_the_cost = with_the_cost
        self.input = input
        self._derivation: Derivation | None = None
        self._expected: sympy.Expr | None = None
        self._samples_: Samples | None = None
        #: the verdict on each answer expression judged, by (expression, definitions); oldest dropped first
        self._verdicts: dict[tuple[sympy.Expr, tuple[tuple[sympy.Basic, sympy.Expr], ...]], Verdict] = {}
        #: sub-trees of answers already built (the answers to one question share most of theirs)
        self._built = BuildMemo()
        #: whether an answer's Σₖ₌₀ⁿ θₖxₖ is θᵀx over every component (:func:`reads_every_component`), once known
        self._every_component: bool | None = None
        #: the problem's own taken names (:meth:`_taken_names` less the answer's), once known: one value, a walk of
        #: the whole cost through its definitions that every answer asked again (issue 15)
        self._problem_names: frozenset[str] | None = None
        #: this checker judging against ∇ℓ, for a left side dl/dθⱼ whose l may be the loss's or ℓ (once needed)
        self._as_log_likelihood: Checker | None = None

    @property
    def judged(self) -> int:
        """How many distinct answer expressions this checker has judged (and remembers)."""
        return len(self._verdicts)

    @property
    def _samples(self) -> Samples:
        if self._samples_ is None:
            from ..verify.samples import Samples

            self._samples_ = Samples()
        return self._samples_

    @property
    def derivation(self) -> Derivation:
        """The problem's whole derivation, final checks and canonical verdict included (kept)."""
        if self._derivation is None:
            from ..engine.driver import derive_problem

            self._derivation = derive_problem(self.problem)
            self._expected = self._for_the_objective(self._derivation.result)
        return self._derivation

    @property
    def expected(self) -> sympy.Expr:
        """The gradient answers are compared with: the engine's result, every step verified (kept).

        Only the verified steps are needed, not the derivation's final checks,
        canonical verdict and lemma (about half of its time, and most of a cold
        check's own).
        """
        if self._expected is None:
            from ..engine import calculus
            from ..engine.driver import rewrite_steps

            calculus.ensure_supported(self.problem.expand_definitions(self.problem.cost))
            from ..equality.compare import ensure_real_cost

            ensure_real_cost(self.problem)
            start = calculus.D(self.problem.cost, self.problem.wrt)
            steps = rewrite_steps(start, self.problem)
            self._expected = self._for_the_objective(steps[-1].expression if steps else start)
        return self._expected

    def _for_the_objective(self, gradient: sympy.Expr) -> sympy.Expr:
        """The cost's gradient, or the log-likelihood's (a multiple of it) when answers are judged against ℓ."""
        if self.problem.objective == "cost":
            return gradient
        from ..verify.objective import log_likelihood_scale

        return log_likelihood_scale(self.problem) * gradient

    def check(self, answer: str, *, timeout: float = DEFAULT_TIMEOUT, stated: float | None = None) -> Verdict:
        """Judge ``answer`` (plain notation or LaTeX): ``equivalent``, ``different`` or ``undecided``.

        A left side naming the derivative (``dJ/dtheta_j =``,
        ``\\frac{\\partial J}{\\partial\\theta_j} =``) is allowed; it must name
        the problem's variable.

        Raises :class:`~logderiv.errors.InputError` (labelled ``ANSWER`` or
        ``--let``) for text that cannot be read; never runs much past ``timeout``.
        ``stated`` is the limit an undecided verdict names when ``timeout`` is
        what is left of a larger budget (a command's ``--timeout``).
        """
        named = timeout if stated is None else stated
        try:
            return within(timeout, lambda deadline: self._judge_text(answer, deadline, named))
        except TimeLimit:
            return Verdict(
                "undecided",
                self.problem,
                answer,
                expected=self._expected,
                reason=f"the time limit of {named:g} s was reached before the answer could be judged",
                time_limit=named,
            )

    # --- steps of a check ---------------------------------------------------------------

    def _judge_text(self, answer: str, deadline: Deadline | None, timeout: float) -> Verdict:
        """Read and judge an answer; one that cannot be read whole may be a chain ``A = B`` (verify.sides)."""
        from ..notation import chains, zero_intercept

        # Σ_{j=0}^{m} x_{ij}ω_j in the cost, Σ_{j=1}^{m} in the answer: not both every component (audit32f)
        zero_intercept.refuse_feature_starts_apart(self.problem.source, answer)
        # an align* of several rows is a chain written on rows: cut at its '=' only with the environment gone
        joined = chains.rows_joined(answer)
        if joined is not None:
            verdict = self._judge_text(joined, deadline, timeout)
            return replace(verdict, source=answer) if getattr(verdict, "source", None) == joined else verdict
        try:
            read = self._read(answer)
        except InputError as error:
            bounds = chains.sides(answer)
            if len(bounds) < 2 or error.label not in ("ANSWER", None):
                raise
            negated = self._judge_negated_left_side(answer, bounds, deadline, timeout)
            if negated is not None:
                return negated
            if len(bounds) == 2 and not error.message.startswith("the left side of '=' names"):
                # A = B whose A was read as a left side and refused for a reason of its own (∇_w J beside θ):
                # that reason is the one to give, not the two sides' disagreement
                raise
            from ..verify.sides import judge_answer_chain

            return judge_answer_chain(self, answer, bounds, error, deadline, timeout)
        from ..notation.scalars import refuse_vector_beside_plain_line
        from ..verify.labels import refuse_example_sigmoid_of_signed_labels, refuse_not_of_signed_labels

        refuse_vector_beside_plain_line(self.problem.notes, answer, read[0])
        refuse_not_of_signed_labels(self.problem, answer, read[-1], "ANSWER")
        refuse_example_sigmoid_of_signed_labels(self.problem, answer, read[-1], "ANSWER")
        return self._judge(answer, *read, deadline, timeout)

    def _judge_negated_left_side(self, answer: str, bounds: list[tuple[int, int]], deadline: Deadline | None,
                                 timeout: float) -> Verdict | None:
        r"""``-\frac{\partial J}{\partial w_j} = A = B``: a negated left side before a chain of sides, refused saying so.

        ``read_answer`` reads one side after a negated derivative (−∂J/∂wⱼ = R, judged as ∂J/∂wⱼ = −R, noted);
        with more sides after it each would be negated in turn, and the chain's reader, judging the sides as
        written, said that −∂J/∂wⱼ and B differ, which is false where A = B = −∇J. None unless the left side is a
        minus and then what names the derivative alone.
        """
        from ..notation import chains
        from ..printing.expressions import show_unicode

        begin = chains.start(answer, bounds, 0)
        if len(bounds) <= 2 or answer[begin:begin + 1] not in ("-", "−") \
                or answer[begin + 1:begin + 2] in ("-", "−"):
            return None
        blanked = answer[:begin] + " " + answer[begin + 1:]  # the same length: a caret still points where it did
        try:
            named = self.read_text(chains.variant(blanked, bounds, [0]).rstrip() + " = 0")
        except InputError:
            return None
        if named.wrt is None:
            return None  # -J = …, -\frac{1}{m} = …: no derivative named, left to the chain's reader
        raise InputError(
            f"the left side is −∂{named.name or 'J'}/∂{show_unicode(self.problem.wrt)} (a minus before the "
            f"derivative) and {len(bounds) - 1} sides follow it: only one side after a negated left side is read",
            source=answer, column=begin, label="ANSWER",
            hint="give one side after it (-dJ/dw_j = …), or drop the minus and negate every side",
        )

    def _one_examples_term(self, node: Node, source: str, lets: Sequence[Let],
                           error: InputError) -> tuple[Expression, str] | None:
        """An answer with the example index i free, to a cost that sums over the examples: example 1's term.

        ``∂ℓ/∂w_j = (y_i − σ(wᵀx_i)) x_{ij}`` for ``ℓ = Σᵢ […]``: no sum over the examples is written, so the
        answer is one example's term, whichever i; it is the gradient only if it equals it at every i, so it is
        judged at i = 1 (the built expression, its definitions put in, at i = 1), and said so. None when the
        error is another, the answer writes a sum over the examples too, or the cost has none.
        """
        import sympy

        from ..notation import tree as nodes
        from ..notation.builder import build_expression

        if not error.message.startswith("the example index i is free here"):
            return None
        if any(isinstance(current, nodes.Sum) and current.over == "examples" for current in nodes.walk(node)):
            return None
        i = symbols.example_index
        cost = self.problem.expand_definitions(self.problem.cost)
        if not any(isinstance(term, sympy.Sum) and term.limits[0][0] == i for term in sympy.preorder_traversal(cost)):
            return None
        wrapped = nodes.Sum("examples", "i", node, node.span)
        try:
            built = build_expression(wrapped, source=source, definitions_of=self.problem, lets=lets)
        except InputError:
            return None
        total = built.expr
        if not (isinstance(total, sympy.Sum) and total.limits[0][0] == i):
            return None
        term = expand_definitions(total.function, built.definitions).xreplace({i: sympy.Integer(1)})
        said = ("the example index i is free in the answer (no sum over the examples around it): it is one "
                "example's term, compared at i = 1 with the gradient of the whole cost, a sum over the examples")
        # the term has the definitions put in, but they stay: the expected gradient is judged in their
        # context, and a cost's implicit h (the preset's h = σ(θᵀx)) is defined only there
        return replace(built, expr=term), said

    def _functions(self) -> tuple[frozenset[str], dict[str, FunctionDef]]:
        """The names and definitions of the functions the problem's --let define, for the answer to call."""
        if not self.problem.function_lets:
            return frozenset(), {}
        from ..notation import functions, read_definitions

        _, _, _, definitions = read_definitions(self.problem.function_lets, input=self.input)
        return functions.ordered_names(list(definitions.values())), definitions

    def _vector_lets(self) -> list[Let]:
        """The problem's lets ``W = c θ``, read again: ``(name, tree, text)`` each."""
        from ..notation import parse_let_text

        read = [(parse_let_text(text, input=self.input), text) for text in self.problem.vector_lets]
        return [(name, parsed.tree, text) for (name, parsed), text in read]

    def read_text(self, answer: str) -> Parsed:
        """``answer`` read as this checker reads answers (its input notation), nothing of the problem put in.

        For :mod:`.sides`, which reads a chain's sides on their own: through the checker it is handed,
        so that it need not import this module back.
        """
        return read_answer(answer, input=self.input)

    def _read(self, answer: str) -> tuple[Node, list[Let], tuple[str, ...]]:
        """The answer's tree, its ``--let`` definitions and what reading them noted."""
        from ..notation import read_definitions

        defined = {_name(key) for key in self.problem.definitions} | set(self.problem.vectors)
        # h0 = h(X, theta) beside the problem's --let "h(X,theta) = sigmoid(X.dot(theta))": the answer's own
        # lets call the problem's functions as the cost's lets do (read together, only the named lets returned)
        own = tuple(self.answer_lets)
        functions_too = (*self.problem.function_lets, *own) if own and self.problem.function_lets else own
        lets, names, notes, own_functions = read_definitions(functions_too, input=self.input, names=defined)
        if any(name in defined for name, _, _ in lets):
            from ..verify.sides import agreeing_lets  # h_θ(x) = g(θᵀx) again, as the preset has it

            lets, agreed = agreeing_lets(self.problem, lets, self.answer_lets)
            notes = [*notes, *agreed]
        if any(name == "h" for name, _, _ in lets):
            from ..verify.sides import prediction_let_against_the_model  # --cost linear --let 'h = theta_0 + theta^T x'

            notes = [*notes, *prediction_let_against_the_model(self.problem, lets)]
        # the defined names, single letters too: an answer's p_i is the prediction only when nothing defines p
        from ..notation import SIGMA_VALUE_NOTE
        from ..notation.latex import SIGMA_VALUE

        # \sigma = \sigma(w^Tx) in the problem's --let: the answer's bare σ is that prediction too
        sigma = {SIGMA_VALUE} if SIGMA_VALUE_NOTE in self.problem.notes else set()
        called, definitions = self._functions()
        if own_functions:
            from ..notation import functions

            # --cost logistic --let "g(z) = 1./(1-exp(-z))": the answer's own function, called as its text calls it
            # (audit26a: it was dropped, and the answer's g read as Ng's sigmoid, so a wrong g was "equivalent")
            definitions = {**definitions, **own_functions}
            called = functions.ordered_names(list(definitions.values()))
        answer_names = set(names) | defined | {name for name, _, _ in lets} | sigma
        # a multi-letter function the problem defines (fwb(x_i) = w x_i + b) is a word of the answer, as of the cost
        answer_names |= {name for name in called if len(name) > 1}
        from ..notation.conventions import TARGET_BESIDE_PREDICTION_NOTE

        if TARGET_BESIDE_PREDICTION_NOTE in self.problem.notes and not any(name == "h" for name, _, _ in lets):
            # the cost's y_n was read as the prediction h (t_n the target, Bishop): h is then no name the user
            # defined, and the answer's y_n beside t_n is read the same way
            answer_names.discard("h")
        # the cost's W was read as the weight vector w (one column): so is the answer's, where it stands as w does
        weights = _capital_weights(self.problem, answer_names)
        vectors = self._vector_lets()
        taken = self._taken_names(answer_names | {name for name, _, _ in lets} | set(called))
        from ..notation.inner_sum_lets import ONE_EXAMPLE_ANSWER_SUM_NOTE, read_inner_sum_answer

        # y_hat = np.sum(w * x) + b read as w·x: the answer's own np.sum(w * x) is that inner product too (audsum37);
        # so is it beside any cost of one example, y_hat = np.dot(w, x) + b in (y - y_hat) ** 2 (no example to sum)
        one_example = not self.problem.cost.has(symbols.example_index) and not any(
            symbols.is_example_sum(node) for node in sympy.preorder_traversal(self.problem.cost))
        read = read_inner_sum_answer(answer, self.problem.notes, one_example=one_example)
        if read != answer and one_example and not any("in a model's value is read as the inner product" in note
                                                      for note in self.problem.notes):
            written = next(piece for piece in ("np.sum(", "numpy.sum(", "sum(", ".sum(") if piece in answer)
            notes = [*notes, ONE_EXAMPLE_ANSWER_SUM_NOTE.format(written=f"{written}…)")]
        answer = read
        parsed = read_answer(answer, input=self.input, names=answer_names | weights | {name for name, _, _ in vectors},
                             functions=called, maximised=self._maximised(answer), taken=taken,
                             named_cost=self.problem.name, penalty_alpha=self._penalty_alpha(),
                             cost_rates=self._rates_in_cost(answer),
                             # \frac{2}{l} beside a cost whose l bounds its sum over the examples: _carry_counts
                             counted=[letter for letter, (over, _) in counted_ranges(self.problem.notes).items()
                                      if over == "examples"])
        if self.problem.layout == "columns":
            from ..notation.matrix_cost import recount_columns

            # X n×m (np.dot(w.T, X)): an answer's X.shape[1] is m and its X.shape[0], len(X) are not, as in the cost
            # and in a matrix answer; read as one example per row they gave a confident verdict on another count
            recounted: list[str] = []
            parsed = replace(parsed, tree=recount_columns(parsed.tree, answer, "ANSWER", recounted))
            lets = [(name, recount_columns(value, text, "--let", recounted), text) for name, value, text in lets]
            notes = [*notes, *recounted]
        if vectors:
            from ..notation import vector_lets

            # W = 2θ in the problem's --let: the answer's W is 2θ too, as the cost's is (noted there)
            substituted, _, _, _ = vector_lets.read_vector_lets(parsed.tree, vectors)
            parsed = replace(parsed, tree=substituted)
        parsed, lets = self._intercept_sums(parsed, lets, answer)
        from ..notation import answer_f_as_prediction  # the cost's f_{w,b}(x⁽ⁱ⁾) read as h: the answer's is too

        f_tree, f_notes = answer_f_as_prediction(parsed.tree, self.problem.notes,
                                                 answer_names | {name for name, _, _ in lets} | set(definitions))
        if f_notes:
            parsed = replace(parsed, tree=f_tree)
            notes = [*notes, *f_notes]
        if TARGET_BESIDE_PREDICTION_NOTE in self.problem.notes and TARGET_BESIDE_PREDICTION_NOTE not in parsed.notes:
            _refuse_y_of_two_meanings(answer, parsed.tree)
        _refuse_hatted_data_beside_plain(answer, parsed, self.problem)
        if definitions:
            from ..notation import functions

            if functions.has_calls(parsed.tree):
                # s(w^Tx_i) with the cost's --let "s(x) = 1/(1+e^{-x})": the answer calls the same function
                try:
                    expanded, expanding = functions.expand(parsed.tree, definitions, answer, "ANSWER")
                except InputError as error:
                    raise error.with_label("ANSWER") from None
                parsed = replace(parsed, tree=expanded)
                notes = [*notes, *expanding]
        parsed, lets, slope = _slope_as_in_cost(answer, parsed, lets, notes, self.problem)
        notes = [*notes, *slope]
        from ..notation import _refuse_components_beside_written_out  # h = θᵀx = θ₀ + θ₁x₁ in the cost's --let

        _refuse_components_beside_written_out([*self.problem.notes, *notes], (answer, parsed.tree, "ANSWER"))
        from ..notation import refuse_entries_against_their_let  # x_{ji} beside --let 'x_{ij} = x_j^{(i)}'

        refuse_entries_against_their_let(self.problem.notes, (answer, parsed.tree, "ANSWER"))
        from ..notation import refuse_prediction_of_a_score  # h_θ(z) read through z = g(x): h of a score is refused

        refuse_prediction_of_a_score(answer, self.problem.notes)
        from ..notation import conventions  # φ(x) read as the features on one side, x written on the other

        conventions.refuse_data_beside_feature_map(answer, "ANSWER", self.problem.notes, [*parsed.notes, *notes],
                                                  self.answer_lets)
        # Φ read as X in one text, x written in the other: Bishop's Φ is X only for the identity basis
        conventions.refuse_design_phi_beside_data(answer, "ANSWER", self.problem.notes, [*parsed.notes, *notes])
        self._refuse_numbered_wrt_beside_chain(notes)
        refuse_zero_based_beside_numbered(self.problem, answer, [*parsed.notes, *notes])  # its --let's too
        parsed, lets, renamed = self._parameters_as_in_cost(parsed, lets)
        notes = [*notes, *renamed]
        self._refuse_other_variable(answer, parsed)
        self._refuse_one_example_subject(answer, parsed)
        self._refuse_a_quantity_subject(answer, parsed, {name for name, _, _ in lets})
        self._refuse_a_scaled_subject(answer, parsed)
        self._refuse_a_log_likelihood_subject(answer, parsed)
        self._refuse_a_summed_negative_log_likelihood(answer, parsed)
        self._refuse_a_part_of_the_cost(answer, parsed)
        self._refuse_the_cost_asked_as_the_log_likelihood(answer, parsed, taken)
        if self.with_the_cost:
            from ..notation.tree import walk as walk_tree

            used = {getattr(node, "name", None) for node in walk_tree(parsed.tree)}
            notes = [*notes, *(f"--let {name} is not in the cost: it is read as the answer's own"
                               for name, _, _ in lets if name in used)]
        _refuse_a_count_a_let_defines(answer, parsed, lets)
        node, carried = _carry_counts(answer, parsed, self.problem, {name for name, _, _ in lets}, notes)
        node, alpha = self._alpha_as_in_cost(node)
        node, lets, zero = self._feature_zero(answer, node, lets)
        node, predictions = self._predictions_as_in_cost(node, defined | set(names) | {name for name, _, _ in lets},
                                                         answer)
        notes = [*notes, *predictions]
        own = tuple(note for note in parsed.notes if not _said_by_the_cost(note, carried))
        said = (*own, *carried, *alpha, *zero, *self._left_side_note(parsed),
                *self._gradient_note(answer, bool(renamed), taken), *notes)
        from ..notation.scalars import slope_count_letter, tidy_count_notes

        said = tidy_count_notes(said, slope_count_letter(self.problem.notes))
        return node, lets, said

    def _maximised(self, answer: str) -> bool:
        """Whether an update rule's answer is judged against a log-likelihood (maximised: its step is up)."""
        from ..notation.update_rule import update_head

        if update_head(answer) is None:
            return False  # not an update: nothing is asked, and the cost's orientation is not worked out
        if self.problem.objective == "log-likelihood":
            return True
        from ..verify.objective import LOG_LIKELIHOOD, orientation

        return orientation(self.problem) == LOG_LIKELIHOOD

    def _intercept_sums(self, parsed: Parsed, lets: list[Let], answer: str = "") -> tuple[Parsed, list[Let]]:
        r"""The answer's ``\sum_{k=0}^{n}\theta_k x_k`` read as the cost's is (:mod:`logderiv.notation.zero_intercept`).

        By a numbered component (θ₀) the reader's θ₀ + Σₖ₌₁ⁿ θₖxₖ stands; by θⱼ it is θᵀx over every component.
        θ₀ added on its own beside such a sum (θ₀ + Σₖ₌₀ⁿ θₖxₖ) is refused, as in a cost: it would be counted twice.
        """
        from ..notation import refuse_intercept_added_twice, zero_intercept

        refuse_intercept_added_twice(parsed.tree, answer, "ANSWER")

        if self._every_component is None:
            # the problem's alone: a walk of the cost's atoms, once per checker rather than once per answer
            self._every_component = reads_every_component(self.problem)
        if not self._every_component:
            return parsed, lets
        parsed = every_component(parsed)
        lets = [(name, zero_intercept.as_every_component(value), text) for name, value, text in lets]
        return parsed, lets

    def _refuse_numbered_wrt_beside_chain(self, let_notes: Sequence[str]) -> None:
        """A preset's --wrt theta_1 beside the answer's --let chain θᵀx = θ₀ + θ₁x₁ (as a cost's chain is refused).

        The chain reads θᵀx over every feature, numbered 1..n (θ₁ the intercept), while
        the writer numbers θ₁ the slope: a numbered component would mean two things.
        """
        from ..notation import chains

        wrt = self.problem.wrt
        if not isinstance(wrt, sympy.Indexed) or not wrt.indices[-1].is_Integer:
            return
        if not any(chains.reads_every_feature(note) for note in let_notes):
            return
        if any(chains.reads_every_feature(note) for note in self.problem.notes):
            return  # the cost's own chain: read_problem has judged --wrt already
        source = f"{wrt.base}_{wrt.indices[-1]}"
        raise InputError(
            f"'{source}' is a numbered component, but the --let chain reads θᵀx over every feature: "
            "θ₀ + θ₁x₁ and θᵀx would number the features differently",
            source=source, column=source.index("_") + 1, label="--wrt",
            hint="define the prediction with one side: --let 'h = theta_0 + theta_1 x_1' (one feature) "
            "or --let 'h = theta^T x' (every feature), or differentiate by theta_j",
        )

    def _feature_zero(self, answer: str, node: Node, lets: list[Let]) -> tuple[Node, list[Let], tuple[str, ...]]:
        """x₀ read as 1 beside the cost's separate intercept θ₀ (Ng's θ₀ update), refused elsewhere (feature_zero)."""
        from ..notation.feature_zero import read_feature_zero

        texts = [(answer, node, "ANSWER"), *((text, value, "--let") for _, value, text in lets)]
        read, notes = read_feature_zero(self.problem, texts)
        if not notes:
            return node, lets, ()
        return read[0], [(name, value, text) for (name, _, text), value in zip(lets, read[1:])], notes

    def _sides_equal(self, one: tuple[str, Node, list[Let], Sequence[str]],
                     other: tuple[str, Node, list[Let], Sequence[str]], deadline: Deadline | None) -> bool:
        """Whether two sides of an answer chain, each ``(text, tree, lets, notes)`` as read, are one expression."""
        from ..notation.builder import build_expression
        from ..verify.matrix_answer import reads_as_matrix

        built = []
        for text, tree, lets, _ in (one, other):
            if reads_as_matrix(tree, self.problem, self.answer_lets):
                return False  # a vector side is compared entry by entry only against the gradient
            built.append(build_expression(tree, source=text, definitions_of=self.problem, lets=lets))
        definitions = {**built[0].definitions, **built[1].definitions}
        verdict = judge(built[0].expr, built[1].expr, replace(self.problem, definitions=definitions),
                        samples=self._samples, deadline=deadline, final=False, diagnosed=False)
        return verdict.verdict == "equivalent"

    def _taken_names(self, names: Collection[str]) -> frozenset[str]:
        """The names that mean something here: ``names`` (the lets', the definitions'), the cost's own and its letters.

        A short gradient name on an answer's left (``g = …``) is read only where none of these is g.
        """
        if self._problem_names is None:
            letters = self._cost_letters(functions=True)
            written = set(re.findall(r"[A-Za-z]\w*", self.problem.source or ""))
            self._problem_names = frozenset({*letters, *written, self.problem.name or "J",
                                             *(_name(key) for key in self.problem.definitions)})
        return self._problem_names.union(names)

    def _gradient_note(self, answer: str, renamed: bool = False,
                       taken: Collection[str] | None = None) -> tuple[str, ...]:
        """``dw = …``: the left side names the gradient; refused when it names another variable than --wrt."""
        head = gradient_head(answer, taken, self.problem.name)
        if head is None:
            return ()
        from ..printing.expressions import show_unicode

        name, variable, _ = head
        written = _GRADIENT_HEAD.match(answer)
        assert written is not None, "gradient_head matched the answer with this very pattern"
        wrt = self.problem.wrt
        base = str(wrt.base.label) if hasattr(wrt, "base") else str(wrt)
        shown = show_unicode(wrt)
        entry = written.group("entry") or written.group("octave_entry")
        if written.group("part") is not None:
            return self._part_head(answer, written, name, shown)
        if written.group("loglik") is not None:
            return self._loglik_head(answer, written, name, shown)
        said: tuple[str, ...] = ()
        if entry is not None:
            said = self._entry_head(answer, written, name, entry, shown)
        if name[-2:] in ("_j", "_k") and not hasattr(wrt, "base"):
            # grad_j is a component of a vector's gradient: beside --wrt b it would name a derivative it is not
            raise InputError(
                f"the left side {name} names component {name[-1]} of the gradient, "
                f"but the gradient is taken with respect to {shown}",
                source=answer, column=written.start("name"),
                hint="give --wrt theta_j (or w_j) to check it, or leave out the left side", label="ANSWER",
            )
        component = written.group("component") or (
            str("₀₁₂₃₄₅₆₇₈₉".index(written.group("dcomponent"))) if written.group("dcomponent") else None)
        indices: tuple[object, ...] = tuple(getattr(wrt, "indices", ()))
        if component is not None and (variable != base or len(indices) != 1 or str(indices[0]) != component):
            # grad_w1 beside --wrt w_2: the line of another weight, never checked as this one's
            raise InputError(
                f"the left side {name} names the derivative by {variable}{component}, "
                f"but the gradient is taken with respect to {shown}",
                source=answer, column=written.start("name"),
                hint=f"give --wrt {variable}_{component} to check it, or leave out the left side", label="ANSWER",
            )
        # DLAI's dz = … beside the loss L names ∂L/∂z; under --objective log-likelihood a head naming no function (dw,
        # grad) names the gradient asked, ∂ℓ (one naming the cost, J' or dJ_dw, was refused)
        cost = "ℓ" if self._judges_the_log_likelihood() else self.problem.name or "J"
        if variable is not None and variable != base and renamed and hasattr(wrt, "base") \
                and self._another_name_of_parameters(variable):
            return (f"the left side {name} = names the gradient by {variable}, the cost's {show_unicode(wrt.base)} "
                    f"under another name: ∂{cost}/∂{shown} is checked",)
        if variable is not None and {variable, base} == {"w", "weights"}:
            # code's dw beside weights: the short name of the same vector (weights is w spelled out)
            return (f"the left side {name} = names the gradient by {variable}, and {base} is w spelled out in code: "
                    f"∂{cost}/∂{shown} is checked",)
        if variable is not None and variable != base:
            raise InputError(
                f"the left side {name} names the gradient by {variable}, "
                f"but the gradient is taken with respect to {shown}",
                source=answer,
                column=written.start("name"),
                hint=f"give --wrt {variable}{'_j' if variable in ('w', 'theta', 'beta') else ''} to check it, "
                "or leave out the left side",
                label="ANSWER",
            )
        if said:
            return said
        return (f"the left side {name} = names the gradient ∂{cost}/∂{shown}, the derivative checked",)

    def _part_head(self, answer: str, written: re.Match[str], name: str, shown: str,
                   part: str | None = None) -> tuple[str, ...]:
        """``grad_data = -X' * residuals``: the gradient of the cost's data term, read as the cost's gradient only
        where the cost is that term alone.

        Beside a penalty the name claims one part of the cost (as ``∂J_{data}/∂θ`` does: _refuse_a_part_of_the_cost),
        and judged as the whole gradient a right data term would be called different: refused. A cost is its data
        term alone when each of its terms that holds the parameters sums over the examples (no λ‖θ‖² beside it).
        """
        cost = self.problem.expand_definitions(self.problem.cost)
        part = part or written.group("part")
        if not _data_term_alone(cost, self.problem.wrt):
            raise InputError(
                f"the left side {name} names the gradient of the cost's {part} term, and this cost "
                "has a term beside it (a penalty): the answer may be that term's gradient or the whole cost's",
                source=answer, column=written.start("name"), label="ANSWER",
                hint="for the gradient of the whole cost write grad = …, or leave out the left side")
        return (f"the left side {name} = names the gradient of the cost's {part} term, and this "
                f"cost is that term alone (no penalty beside it): ∂{self.problem.name or 'J'}/∂{shown} is checked",)

    def _loglik_head(self, answer: str, written: re.Match[str], name: str, shown: str) -> tuple[str, ...]:
        """R's ``grad.ll <- t(X) %*% (y - p)``: the gradient of the log-likelihood by its name, checked only where
        that is the question asked.

        ll names ℓ, whose gradient beside a loss (ℓ = −m·J or −J) points the other way; yet code also calls its
        negative log-likelihood log.lik (the lasso file whose grad.ll is ∇½‖y − Xβ‖²). Read as the cost's, a true
        ∇ℓ = Xᵀ(y − p) was "different" and a false Xᵀ(p − y) "equivalent" (audit31a): beside a loss it is refused,
        as ∂ℓ/∂θⱼ is (_refuse_a_log_likelihood_subject). Under --objective log-likelihood it is the ∇ℓ asked; beside
        a cost that is a log-likelihood (never above 0) or is named so (``ll <- …``) it is the cost's, read as a
        term's gradient (_part_head: refused beside a penalty).
        """
        from ..verify.objective import LOG_LIKELIHOOD, LOSS, describe_log_likelihood, orientation

        if self._judges_the_log_likelihood():
            return (f"the left side {name} = names the gradient of the log-likelihood, ∂ℓ/∂{shown}, that --objective "
                    "log-likelihood asks for: the derivative checked",)
        oriented = orientation(self.problem)
        # a bare l names a loss as often as ℓ (_refuse_a_log_likelihood_subject): only ℓ's words say the cost is ℓ
        if oriented == LOG_LIKELIHOOD or self.problem.name in vocab.LOG_LIKELIHOOD_NAMES - {"l"}:
            return self._part_head(answer, written, name, shown, part="log-likelihood")
        cost = self.problem.name or "J"
        said = (f"the cost is a loss, minimised: its log-likelihood is {describe_log_likelihood(self.problem)}, "
                "whose gradient points the other way" if oriented == LOSS else
                "the cost is neither always ≥ 0 (a loss) nor always ≤ 0 (a log-likelihood)")
        raise InputError(
            f"the left side {name} names the gradient of the log-likelihood ({written.group('loglik')} is ℓ's "
            f"name), but {said}; is the answer ∂ℓ/∂{shown}, or the cost's gradient ∂{cost}/∂{shown} under that "
            "name (code that calls its loss log.lik)?",
            source=answer, column=written.start("name"), label="ANSWER",
            hint="check the log-likelihood's gradient with --objective log-likelihood; for the cost's write "
                 "grad = … or leave out the left side")

    def _entry_head(self, answer: str, written: re.Match[str], name: str, entry: str, shown: str) -> tuple[str, ...]:
        """``grad[i] = (1.0 / m) * sumdelta * -1`` with ``--let "sumdelta = delta.T.dot(X[:, i])"`` (ex2's port, a
        loop over the parameters cut to its line): the left side names the gradient's entry i, the derivative by θᵢ.

        Read as the entry --wrt asks for only where --wrt is a component (θⱼ) and the letter is j, or is written
        nowhere else in the answer and its lets but as a column of X (``X[:, i]``, which the reader takes as feature
        j) or as the parameters' entry (Octave's ``grad(a) = … X(:,a) … theta(a)``, whose a read_answer put as j):
        then the letter counts the features. A letter that also indexes an example (``y[i]``, ``X[i, j]``) or
        stands alone may be the example's index: refused.
        """
        wrt = self.problem.wrt
        indices = tuple(getattr(wrt, "indices", ()))
        octave = written.group("octave_entry") is not None
        left = f"{name}({entry})" if octave else f"{name}[{entry}]"
        at = written.start("octave_entry" if octave else "entry")
        if octave and name in ("J'", "L'") and (entry in vocab.PARAMETER_VECTORS or entry in ("θ", "β")):
            # J'(θ) = …: J's derivative at θ, as calculus writes f'(x), no entry θ (an index) of a vector: the
            # gradient, whose entry j is ∂J/∂θⱼ — checked so, as J' = … is (a matrix right side whole, an index
            # form's entry j), and as the LaTeX reader reads J'(\theta) = …
            f = name.rstrip("'")
            base = str(wrt.base.label) if hasattr(wrt, "base") else str(wrt)
            if {"θ": "theta", "β": "beta"}.get(entry, entry) != base or len(indices) > 1:
                raise InputError(
                    f"the left side {left} is {f}'s derivative at {entry}: the whole gradient ∇{f}({entry}) or its "
                    f"entry ∂{f}/∂{entry}_j, and the gradient is taken with respect to {shown}",
                    source=answer, column=at, label="ANSWER",
                    hint=f"give --wrt {entry}_j to check it, or write grad = … for the whole gradient or "
                         f"d{f}/d{entry}_j = … for its entry j")
            return (f"the left side {left} = is {f}'s derivative at {entry}, the gradient: its entry j, ∂{f}/∂{shown}, "
                    "is checked",)
        if entry == "end":
            # grad(end) = … X(:,end) … theta(end): Octave's end is the last index, one entry (θₙ's), not a loop's
            # letter running over every feature (audit24g)
            raise InputError(
                f"the left side {left} sets the last entry of the gradient alone (end is Octave's last index), "
                "not entry j for every j", source=answer, column=at,
                hint="write the loop's line with its letter, grad(j) = … X(:,j) … theta(j), or the whole gradient",
                label="ANSWER")
        if not hasattr(wrt, "base") or len(indices) != 1:
            raise InputError(
                f"the left side {left} names entry {entry} of a vector gradient, but the gradient is taken "
                f"with respect to {shown}", source=answer, column=at,
                hint="give --wrt theta_j (or w_j) to check it, or leave out the left side", label="ANSWER")
        rest = " ".join([answer[written.end():], *self.answer_lets])
        columns = {numpy or octave for numpy, octave in re.findall(_LETTERED_COLUMN.format(letter="[A-Za-z][A-Za-z0-9_]*"), rest)}
        if columns - {entry}:
            # grad[j] = … X[:, i] …: the entry j and the column i are two letters, which the lines do not tie
            raise InputError(
                f"the left side {left} names entry {entry} of the gradient, but the lines take the column "
                f"X[:, {min(columns - {entry})}] of another letter", source=answer, column=at,
                hint=f"write the column the entry is of, X[:, {entry}], or leave out the left side", label="ANSWER")
        if entry != vocab.WRT_INDEX:
            # the letter's other places: X's column (X[:, a], Octave's X(:,a)) and the parameters' entry (theta(a))
            placed = re.sub(_LETTERED_COLUMN.format(letter=entry), " ", rest)
            placed = re.sub(_PARAMETER_ENTRY.format(letter=entry), " ", placed)
            alone = re.search(rf"(?<![\w.]){entry}(?!\w)", placed)
            if alone is not None or not columns:
                raise InputError(
                    f"the left side {left} names entry {entry} of the gradient, and which index {entry} is "
                    "(a feature's, or an example's) the lines do not say", source=answer,
                    column=at,
                    hint=f"write {name}[j] for the gradient's entry j, or leave out the left side", label="ANSWER")
        return (f"the left side {left} = names entry {entry} of the gradient"
                + ("" if entry == vocab.WRT_INDEX else f" ({entry} indexes only the columns of X, X[:, {entry}], "
                   "and the parameters' entries: the feature's index)")
                + f", the derivative by {shown}: it is checked",)

    def _predictions_as_in_cost(self, answer_tree: Node, defined: Collection[str],
                                source: str) -> tuple[Node, tuple[str, ...]]:
        """The answer's p (a) read as the prediction h where the cost writes its predictions p_i (a^{(i)})."""
        from ..verify.letters import predictions_as_in_cost
        from ..verify.matrix_answer import reads_as_matrix

        if not any(" is read as the prediction h" in note for note in self.problem.notes):
            return answer_tree, ()
        return predictions_as_in_cost(answer_tree, self.problem.notes, defined,
                                      matrix=reads_as_matrix(answer_tree, self.problem, self.answer_lets),
                                      columns=self.problem.layout == "columns", source=source)

    def _known(self) -> tuple[sympy.Basic, ...]:
        """What the problem names: its cost with the definitions put in, and the variable of the gradient."""
        # the cost's own name too: a side ∇J of an answer's chain names the derivative of J, judged as such;
        # made once per checker, as a grader checks many answers against one problem
        if getattr(self, "_known_", None) is None:
            self._known_ = (
                self.problem.expand_definitions(self.problem.cost), self.problem.wrt, sympy.Symbol(self.problem.name),
                *(self.problem.expand_definitions(value) for value in self.problem.definitions.values()))
        return self._known_

    def _rates_in_cost(self, answer: str) -> frozenset[str]:
        """The learning rate's names (α, η, lr) the cost writes too, where ``answer`` is an update rule (else none:
        the cost is walked only for an update, whose α may then be the rate or the cost's quantity)."""
        from ..notation.update_rule import LEARNING_RATE_WORDS, update_head

        if update_head(answer) is None:
            return frozenset()
        return LEARNING_RATE_WORDS & frozenset(self._cost_letters(functions=False))

    def _penalty_alpha(self) -> bool:
        """Whether the cost's α was read as λ, its penalty's weight (an update's α is then told from it)."""
        from ..notation import conventions

        return conventions.ALPHA_NOTE in self.problem.notes

    def _alpha_as_in_cost(self, answer_tree: Node) -> tuple[Node, tuple[str, ...]]:
        """The cost's α was read as λ (the penalty's weight): so is the answer's, when it writes no λ."""
        from ..notation import conventions
        from ..notation.tree import Variable, walk

        if conventions.ALPHA_NOTE not in self.problem.notes:
            return answer_tree, ()
        names = {n.name for n in walk(answer_tree) if isinstance(n, Variable)}
        if "alpha" not in names or "lambda" in names:
            return answer_tree, ()
        return conventions.alpha_as_lambda(answer_tree), (conventions.ALPHA_NOTE,)

    def _parameters_as_in_cost(self, parsed: Parsed, lets: list[Let]) -> tuple[Parsed, list[Let], tuple[str, ...]]:
        """An answer in w (or β) to a cost in θ: the same parameter vector under another name, read as the cost's.

        Only when the answer writes exactly one parameter vector, the cost's is not among
        its names, and the cost (and its definitions) holds no variable of the answer's
        name: then no other reading exists, and the note says which was made.
        """
        own = self._parameter_vector()
        if own is None:
            return parsed, lets, ()
        # the body decides: a left side alone (∇_w J = … h …) beside a body in the cost's terms stays refused
        nodes = [parsed.tree, *(value for _, value, _ in lets)]
        used = {node.name for top in nodes for node in tree.walk(top) if isinstance(node, tree.Variable)}
        others = (used & vocab.PARAMETER_VECTORS) - {own}
        if own in used or len(others) != 1:
            return parsed, lets, ()
        other = next(iter(others))
        if not self._another_name_of_parameters(other) or any(name == other for name, _, _ in lets):
            return parsed, lets, ()
        wrt_named = None if parsed.wrt is None else tree.rename(parsed.wrt, other, own)
        assert wrt_named is None or isinstance(wrt_named, tree.Variable), "a variable renamed is a variable"
        parsed = replace(parsed, tree=tree.rename(parsed.tree, other, own), wrt=wrt_named)
        lets = [(name, tree.rename(value, other, own), text) for name, value, text in lets]
        from ..printing.expressions import show_unicode

        shown = show_unicode(sympy.Symbol(own))
        said = show_unicode(sympy.Symbol(other))
        return parsed, lets, (f"the answer writes the parameters {said}, the cost {shown}: the same vector under "
                              f"another name, so {said} is read as {shown}",)

    def _parameter_vector(self) -> str | None:
        """The name of the problem's parameter vector: --wrt's (θⱼ, wⱼ), else the one parameter vector the cost holds.

        By b (or another scalar) the cost's weights are still its one parameter vector: an answer that writes
        them θ beside a cost in w and b (``1/m Σᵢ (θᵀxᵢ + b − yᵢ)`` by b) means w, and read as a vector of its own
        a right answer was judged "different". None where --wrt names no parameter vector's entry and the cost
        holds none, or more than one.
        """
        from ..notation.models import DEFAULT_PREDICTION_NOTE_START

        wrt = self.problem.wrt
        if isinstance(wrt, sympy.Indexed):
            name = symbols.label(wrt.base)
            return name if name in vocab.PARAMETER_VECTORS else None
        if any(note.startswith(DEFAULT_PREDICTION_NOTE_START) for note in self.problem.notes):
            return None  # the vector is the default model's, which no text wrote: refused (verify.letters), not read
        cost = self.problem.expand_definitions(self.problem.cost)
        held = {symbols.label(item.base) for item in cost.atoms(sympy.Indexed)} & vocab.PARAMETER_VECTORS
        return next(iter(held)) if len(held) == 1 else None

    def _another_name_of_parameters(self, name: str) -> bool:
        """Whether ``name`` (w, β) can only be the problem's parameter vector θ renamed: the cost holds no ``name``."""
        own = self._parameter_vector()
        if name not in vocab.PARAMETER_VECTORS or own is None or own == name:
            return False
        cost = self.problem.expand_definitions(self.problem.cost)
        in_cost = {symbols.label(item.base) for item in cost.atoms(sympy.Indexed)} | {
            str(item) for item in cost.free_symbols}
        return name not in in_cost and name not in {_name(key) for key in self.problem.definitions}

    def _left_side_note(self, parsed: Parsed) -> tuple[str, ...]:
        """Say that the left side names the derivative being checked (it was compared with ``wrt``)."""
        from ..notation.update_rule import UPDATE_NOTE_START

        if parsed.wrt is None or any(note.startswith(UPDATE_NOTE_START) for note in parsed.notes):
            return ()  # an update's left side is the parameter stepped, and its note says so
        from ..printing.expressions import show_unicode

        shown = f"∂{parsed.name or 'J'}/∂{show_unicode(self.problem.wrt)}"
        if self._judges_the_log_likelihood():
            # only ℓ's names pass _refuse_the_cost_asked_as_the_log_likelihood: the note says it is what is asked
            return (f"the left side names {shown}, the gradient of the log-likelihood that --objective "
                    "log-likelihood asks for: the derivative checked",)
        return (f"the left side names {shown}, the derivative checked",)

    def _judges_the_log_likelihood(self) -> bool:
        """Whether answers are judged against ∇ℓ, a multiple of the cost's gradient (the cost is no log-likelihood).

        A cost that is ℓ itself is judged as written under either objective: its name and ℓ's are one function.
        """
        if self.problem.objective != "log-likelihood":
            return False
        from ..verify.objective import judged_name

        return judged_name(self.problem) == "ℓ"

    def _refuse_the_cost_asked_as_the_log_likelihood(self, answer: str, parsed: Parsed,
                                                     taken: Collection[str]) -> None:
        """Refuse ``∂J/∂wⱼ = …`` (``J' =``, ``dJ_dw =``, ``∂L/∂wⱼ =``) under ``--objective log-likelihood``.

        The question asks ∇ℓ, ℓ = −m·J (or −J); a left side naming the cost states ∇J. Judged against ∇ℓ, a true
        ``∇J = 2Xᵀ(Xw − y)`` was "different" and a false ``∇J = −2Xᵀ(Xw − y)`` "equivalent", under a note saying ∂J
        was checked (fixobjective); judged against ∇J, a right statement of J would pass for the ℓ asked. Either
        verdict answers one of the two questions, so neither is given. L, E, NLL may name the cost (a loss) or the
        likelihood: refused alike. ℓ's own names (vocabulary.LOG_LIKELIHOOD_NAMES), and a left side naming no
        function (``grad =``, ``dw =``: the gradient asked), are judged against ∇ℓ, as the note says.
        """
        if parsed.wrt is not None and parsed.name is not None:
            name = parsed.name
            if any(note.endswith("in the derivative names the cost: the log-likelihood") for note in parsed.notes):
                return  # \frac{\partial \log L}{\partial w}: ℓ = log L by its definition
        else:
            head = gradient_head(answer, taken, self.problem.name)
            named = head and re.fullmatch(r"d(?P<d>[JLEj])(?:_?d\w*|_\w+)?|(?P<prime>[JL])'|\w*_(?P<word>J)", head[0])
            written = _GRADIENT_HEAD.match(answer)
            if head and written is not None and written.group("part") is not None:
                name = self.problem.name or "J"  # grad_nll, grad_loss: a term of the cost, never of ℓ
            elif named:
                name = (named.group("d") or named.group("prime") or named.group("word")).upper()
            else:
                return
        if name in vocab.LOG_LIKELIHOOD_NAMES and name != self.problem.name or not self._judges_the_log_likelihood():
            return
        from ..printing.expressions import show_unicode
        from ..verify.objective import describe_log_likelihood

        wrt = show_unicode(self.problem.wrt)
        cost = self.problem.name or "J"
        left = answer.partition("=")[0]
        # the caret at the name: after the d of dJ/dθⱼ (a letter before it), else where it stands as a word (J')
        found = re.search(rf"(?:\bd|∂|\\partial|\\nabla(?:_\{{?\\?\w+\}}?)?)\s*(?P<name>{re.escape(name)})", left) \
            or re.search(rf"(?<![A-Za-z])(?P<name>{re.escape(name)})(?![A-Za-z])", left)
        if name in (cost, "J"):
            said = f"the cost {cost}'s gradient"
            readings = (f"the answer may state ∂{name}/∂{wrt} (true or false of the cost) or mean ∂ℓ/∂{wrt} "
                        f"under the cost's name")
        else:
            said = f"the gradient of {name}"
            readings = f"{name} may name the cost (a loss, ∂{cost}/∂{wrt}) or the log-likelihood"
        raise InputError(
            f"the left side names ∂{name}/∂{wrt}, {said}, but --objective log-likelihood asks for ∂ℓ/∂{wrt}, "
            f"the gradient of the log-likelihood {describe_log_likelihood(self.problem)}: {readings}",
            source=answer, column=found.start("name") if found else 0, label="ANSWER",
            hint=f"to check the cost's gradient leave out --objective (the default is cost); to answer ∂ℓ write "
                 f"dl/d… = … or leave out the left side",
        )

    def _refuse_a_part_of_the_cost(self, answer: str, parsed: Parsed) -> None:
        """Refuse ``∂J_{reg}/∂θⱼ = …`` beside a penalised cost that does not carry the label: one part, or the whole?

        The reader takes a labelled name for the cost's (``E_{in}``, ``L_{ridge}``, the cost's own ``L_{reg}``); but a
        label that names a part of a penalised cost — the penalty (reg, penalty: Bishop's and many notes' name of
        the regulariser) or the data term (data, fit) — makes the answer a claim about that part: ``(λ/m)θⱼ`` is
        true of the penalty and no gradient of the cost, so "different" for it judged a claim never made (audit37).
        Ng's J_reg is the whole regularised cost, so which is meant is not said. Beside a cost without λ, or one
        whose own text carries the label, it is read as before.
        """
        if parsed.subject_part is None:
            return
        column, written = parsed.subject_part
        label = _WORDED.sub(lambda found: found.group(1) or found.group(2), written)
        label = "".join(label.split()).lower()
        if label not in _PART_LABELS or not any(symbol.name == "lambda" for symbol in self.problem.cost.free_symbols):
            return
        if "".join(written.split()) in "".join(self.problem.source.split()):
            return  # the cost's own name carries the label: the answer's derivative is of that cost
        raise InputError(
            f"the left side differentiates the cost under the label '{label}', which names one part of a penalised "
            "cost (the penalty, or the data term) or the whole regularised cost: the answer may be that part's "
            "derivative or the gradient",
            source=answer, column=column, label="ANSWER",
            hint="for the gradient of the whole cost write its name without the label (\\frac{\\partial J}"
                 "{\\partial \\theta_j} =), or leave out the left side",
        )

    def _refuse_one_example_subject(self, answer: str, parsed: Parsed) -> None:
        """Refuse ``∂E⁽ⁱ⁾/∂b = …`` beside a cost that sums over the examples: one example's cost differentiated.

        The left side names example i's error, the cost is their sum: a right side that sums is then another claim
        than the one written (the mark slipped in, or the sum did), and one example's term is a true claim about
        E⁽ⁱ⁾ that is no gradient of the cost. Which was meant is not said, so neither verdict is given.
        """
        if parsed.subject_example is None:
            return
        i = symbols.example_index
        cost = self.problem.expand_definitions(self.problem.cost)
        if not any(isinstance(term, sympy.Sum) and term.limits[0][0] == i for term in sympy.preorder_traversal(cost)):
            return  # the cost is one example's own (L⁽ⁱ⁾ = …): its derivative is the one checked
        raise InputError(
            "the left side differentiates one example's cost (the example mark i on its name or arguments), but "
            "the cost sums over the examples: the answer may be that example's term or the whole gradient with the "
            "mark slipped in",
            source=answer, column=parsed.subject_example,
            hint="for the gradient of the whole cost write its name without the mark (\\frac{\\partial E}"
                 "{\\partial b} =), or leave out the left side",
            label="ANSWER",
        )

    def _cost_letters(self, *, functions: bool) -> set[str]:
        """The names of the cost's symbols, indexed quantities (by their base) and, with ``functions``, applied functions."""
        kinds: tuple[type, ...] = (sympy.Symbol, sympy.Indexed, *((AppliedUndef,) if functions else ()))
        # walked through the definitions, not substituted: a chain of lets that each use the one before twice would
        # be 2^depth paths (tests/test_let_chain_depth.py)
        return {str(atom.base.label) if isinstance(atom, sympy.Indexed) else str(atom.func if isinstance(
            atom, AppliedUndef) else atom) for atom in self.problem.reached_atoms(self.problem.cost, kinds)}

    def _refuse_a_quantity_subject(self, answer: str, parsed: Parsed, own: Collection[str]) -> None:
        """Refuse ``dh/dw = …``, ``\\frac{\\partial z}{\\partial w} = …`` where h (z) is a --let's quantity.

        The left side then claims the derivative of that quantity, not of the cost: judged as the cost's gradient a
        true ``dh/dw = x`` was called different and a false ``dh/dw = 2(h − y)x`` equivalent (audit59). The bracketed
        ``d(h)/dw`` was refused already (:func:`_refuse_bracketed_quantity`); the cost's own name stays the cost's,
        whether the cost names itself (J = …) or is given as a --let's name (--cost loss --let 'loss = …').
        """
        name = parsed.name
        if parsed.wrt is None or name is None or name == (self.problem.name or "J"):
            return
        defined = {_name(key) for key in self.problem.definitions} | set(own)
        # the cost's own letters (its data x, y, its parameters) are quantities of it too: dy/dw is no ∂J/∂w
        letters = self._cost_letters(functions=False)
        if name not in defined | letters or self.problem.cost == sympy.Symbol(name):
            return
        found = re.search(rf"(?:d|∂|\\partial)\s*\(?\s*(?P<name>{re.escape(name)})(?![A-Za-z_])", answer)
        raise InputError(
            f"the left side differentiates {name}, a quantity of the problem (a --let's or the cost's own letter), "
            f"not the cost: the answer may be {name}'s own derivative or the cost's",
            source=answer, column=found.start("name") if found else 0, label="ANSWER",
            hint=f"for the cost's gradient write dJ/d… = … or leave out the left side; for {name}'s own derivative "
                 f"give {name} as the cost (--cost {name})",
        )

    def _refuse_a_scaled_subject(self, answer: str, parsed: Parsed) -> None:
        """Refuse ``d(mJ)/dw = …``, ``dmJ/dw = …``: a count letter glued before the cost's letter differentiates m·J.

        Its derivative is m·∂J/∂w, unless mJ names a cost of its own; the plain reader takes glued letters for one
        name (as it takes MSE), so the answer was judged as ∂J/∂w: a true (1/m)Σ… "equivalent" though the left side
        claims m times it (audit26c). The two readings differ by the factor m, so neither is taken.
        """
        from ..notation import vocabulary as vocab

        name = parsed.name
        if parsed.wrt is None or name is None or name == self.problem.name:
            return
        if not (len(name) == 2 and name[0] in vocab.COUNT_LETTERS and name[1].isupper()):
            return
        found = re.search(rf"(?:d|∂|\\partial)\s*\(?\s*(?:\\[,;:! ]\s*)*(?P<name>{re.escape(name)})", answer)
        count, letter = name[0], name[1]
        raise InputError(
            f"the left side differentiates {count}·{letter}: the derivative of {count} times the cost {letter} "
            f"({count}·∂{letter}/∂…), or of a cost named {name}; the two differ by the factor {count}",
            source=answer, column=found.start("name") if found else 0, label="ANSWER",
            hint=f"write d{letter}/d… = … for {letter}'s derivative, or leave out the left side",
        )

    def _refuse_a_log_likelihood_subject(self, answer: str, parsed: Parsed) -> None:
        r"""Refuse ``∂ℓ(θ)/∂θⱼ = …``, ``\frac{\partial \log L(\theta)}{\partial \theta_j} = …`` beside a loss.

        The left side differentiates the log-likelihood, by its letter ℓ (l(θ)) or as the log of the likelihood L;
        the cost is a loss, minimised, whose log-likelihood is −m·J (or −J): its gradient points the other way. The
        name was read as the cost's, so a true ``∂ℓ/∂θⱼ = Σ(y − h)xⱼ`` was "different" and a ``∂ℓ/∂θⱼ =
        (1/m)Σ(h − y)xⱼ``, false of the log-likelihood, "equivalent" (audit27d). ``--objective log-likelihood`` says
        which is meant, and a cost that names itself so (``l(\theta) = -\frac{1}{n}\sum …``) is that ℓ, as the
        steps command reads a derivation's first line (``_refuse_a_log_likelihood_named_first``).
        """
        from ..notation.update_rule import UPDATE_NOTE_START
        from ..verify.objective import LOSS, LOG_LIKELIHOOD_NAME, describe_log_likelihood, orientation

        if parsed.wrt is None or self.problem.objective != "cost" \
                or any(note.startswith(UPDATE_NOTE_START) for note in parsed.notes):
            return  # under --objective log-likelihood, _refuse_the_cost_asked_as_the_log_likelihood reads the head
        head = answer.split("=", 1)[0]
        found = LOG_LIKELIHOOD_NAME.search(head)
        logged = any(note.endswith("in the derivative names the cost: the log-likelihood") for note in parsed.notes)
        # a glued word (dloglik/dθⱼ, \mathrm{logLik}, dlnL): ℓ by name, read as the cost's a true ∂ℓ/∂θⱼ was
        # "different" and a false (1/m)Σ(h − y)xⱼ "equivalent" (hunt29); the bare l stays a loss's name too
        worded = parsed.name in vocab.LOG_LIKELIHOOD_NAMES | vocab.LIKELIHOOD_NAMES and parsed.name != "l"
        # LaTeX's l is shown as ℓ: a cost l(θ) = … and an answer's ∂ℓ/∂θⱼ name one letter
        letter = {"l": "ℓ", "ell": "ℓ"}
        own = letter.get(self.problem.name or "J", self.problem.name)
        if found is None and not logged and not worded \
                or (found is not None or worded) and letter.get(parsed.name or "", parsed.name) == own \
                or orientation(self.problem) != LOSS:
            return
        from ..printing.expressions import show_unicode

        named = re.search(rf"{re.escape(parsed.name or '')}(?![A-Za-z_])", head) if worded else None
        column = found.start() if found else named.start() if named \
            else next((at.start() for at in re.finditer(r"\\?(?:log|ln)", head)), 0)
        raise InputError(
            "the left side differentiates the log-likelihood (ℓ, the log of the likelihood), but the cost is a loss, "
            f"minimised: its log-likelihood is {describe_log_likelihood(self.problem)}, whose gradient points the "
            f"other way; is the answer ∂ℓ/∂{show_unicode(self.problem.wrt)}, or the cost's gradient under that name?",
            source=answer, column=column, label="ANSWER",
            hint="check the log-likelihood's gradient with --objective log-likelihood; for the cost's write "
                 "dJ/d… = … or leave out the left side",
        )

    def _refuse_a_summed_negative_log_likelihood(self, answer: str, parsed: Parsed) -> None:
        r"""Refuse ``dNLL/dθⱼ = …``, ``\frac{\partial \mathrm{NLL}}{\partial\theta_j} = …`` beside a mean-form loss.

        NLL names the negative log-likelihood −ℓ, a sum over the examples: beside J = (1/m) Σᵢ … it is m·J, and
        its gradient Σ(h − y)xⱼ is m times the cost's. Read as the cost's own name, a true ``∂NLL/∂θⱼ = Σ(h − y)xⱼ``
        was "different" (audit27d); but the mean is called NLL too (PyTorch's NLLLoss averages), so neither reading
        is taken. Beside a sum-form cost NLL is the cost itself, and a cost that names itself NLL is that cost.
        """
        from ..verify.objective import LOSS, is_mean_form, orientation

        names = vocab.NEGATIVE_LOG_LIKELIHOOD_NAMES
        if parsed.wrt is None or (parsed.name or "").lower() not in names or self.problem.objective != "cost" \
                or (self.problem.name or "").lower() in names:
            return
        if not is_mean_form(self.problem.expand_definitions(self.problem.cost)) or orientation(self.problem) != LOSS:
            return
        found = re.search(re.escape(parsed.name or "NLL"), answer, re.IGNORECASE)
        raise InputError(
            f"the left side differentiates {parsed.name}, the negative log-likelihood −ℓ, a sum over the examples: "
            f"beside this cost, a mean (1/m) Σᵢ …, that is m·J, whose gradient is m times the cost's; or {parsed.name} "
            "names the mean, the cost itself: the two differ by the factor m",
            source=answer, column=found.start() if found else 0, label="ANSWER",
            hint="write dJ/d… = … for the cost's gradient, or leave out the left side; give the cost as a sum "
                 "(--cost 'NLL = -sum(…)') for the negative log-likelihood's",
        )

    def _refuse_other_variable(self, answer: str, parsed: Parsed) -> None:
        """A left side ``∂J/∂b =`` must name the variable the gradient is taken by."""
        if parsed.wrt is None or self._names_the_whole_vector(parsed.wrt):
            return
        from ..notation.builder import build_expression
        from ..printing.expressions import show_unicode

        said = build_expression(parsed.wrt, source=answer, definitions_of=self.problem).expr
        if said != self.problem.wrt:
            raise InputError(
                f"the answer is a derivative with respect to {show_unicode(said)}, "
                f"but the gradient is taken with respect to {show_unicode(self.problem.wrt)}",
                source=answer,
                column=parsed.wrt.span.start,
                hint=f"give --wrt to check ∂J/∂{show_unicode(said)}, or leave out the left side",
                label="ANSWER",
            )

    def _names_the_whole_vector(self, variable: Node) -> bool:
        """``∂L/∂w =`` (``∂L/∂W`` where the texts write the weights W) with --wrt w_j: the whole gradient by w.

        Its entry j is what is checked, as for ``\\nabla_w L =``.
        """
        from ..notation import conventions
        from ..notation import vocabulary as vocab

        wrt = self.problem.wrt
        if not (isinstance(variable, tree.Variable) and variable.feature is None and variable.example is None
                and isinstance(wrt, sympy.Indexed)):
            return False
        name = variable.name
        if name == "W" and any(conventions.is_capital_wrt_note(note) for note in self.problem.notes):
            name = "w"
        return name == str(wrt.base) and name in vocab.PARAMETER_VECTORS

    def _refuse_power_t(self, source: str, expr: sympy.Expr) -> None:
        """Refuse ``W^t x_i`` in an answer: a letter to the power t (or T) is a transpose written so, not a power.

        Compared as a power it would call a right answer wrong.
        """
        for power in symbols.atoms(expr, sympy.Pow):
            if isinstance(power.exp, sympy.Symbol) and power.exp.name in ("t", "T") and isinstance(power.base, sympy.Symbol):
                raise InputError(
                    f"'{power.base}^{power.exp}' reads as {power.base} to the power {power.exp}: "
                    f"a transpose, as of w^T x, would be compared as a power",
                    source=source, column=0, label="ANSWER",
                    hint="write the transpose as the cost does: w^T x (\\theta^\\top x)",
                )

    def _with_answer_lets(self, lets: list[Let]) -> tuple[Problem, tuple[str, ...]]:
        """The problem with the answer's own --let names defined (``dz = A - Y``), for a matrix answer.

        Each is built as it is per example (``dz⁽ⁱ⁾ = A⁽ⁱ⁾ − y⁽ⁱ⁾``), so the matrix answer reads
        it as the vector of its values, as it reads the cost's ``A``. A let in matrix form that is one value per
        example (``h = sigmoid(X*theta)``) is read so too, in index form, with a note; any
        other (``dz = np.dot(X, …)``) is refused: it is not read as a vector yet.
        """
        from ..notation.builder import build_expression
        from ..notation.matrix_cost import is_matrix_form
        from ..notation import tree as nodes

        from ..notation.matrix_cost import lower_answer_let

        definitions = dict(self.problem.definitions)
        said: list[str] = []
        others = {other for other, _, _ in lets}
        columns = self.problem.layout == "columns"
        for index, (name, value, text) in enumerate(lets):
            lowered = lower_answer_let(name, value, text, others, columns=columns) if is_matrix_form(value) else None
            if lowered is not None:
                # h = sigmoid(X*theta): h⁽ⁱ⁾ = σ(θᵀx⁽ⁱ⁾), one value per example, as a matrix answer reads h
                value, note = lowered
                lets = [*lets[:index], (name, value, text), *lets[index + 1:]]
                said.append(note)
            elif is_matrix_form(value):
                raise InputError(
                    f"the answer's --let {name} is in matrix form, and a matrix answer reads only "
                    "lets that are one value per example (dz = A - Y)",
                    source=text, column=0, label="--let",
                    hint="write the answer with the let's value put in, or the let one value per example",
                )
        # every let lowered before any is built: differences = guesses - y uses guesses = X @ w, listed after it
        for name, value, text in lets:
            probe = nodes.Sum("examples", "i", nodes.Variable(name, nodes.Span(0, 0)), nodes.Span(0, 0))
            built = build_expression(probe, source=text, definitions_of=self.problem, lets=lets)
            definitions.update(_scalar_lets(built.definitions, {other for other, _, _ in lets},
                                            self.problem.reached_atoms(self.problem.cost, (sympy.Symbol,))))
        return replace(self.problem, definitions=definitions), tuple(said)

    def _without_unreached_lets(self, source: str, node: Node, lets: list[Let]) -> tuple[list[Let], tuple[str, ...]]:
        """A matrix answer's --lets without those in matrix form that it never reaches and could not read; the notes.

        yhyap's costFunctionReg.m gives its cost's ``logisf = (-y)'*log(h) - …`` beside the commented-out vector
        gradient ``(1/m).*((X'*h-X'*y)+theta*lambda)``, which uses h and not logisf: a let the answer reaches neither
        itself nor through another let adds nothing to its value. Only a let the matrix answer would refuse (in
        matrix form, not one value per example) is left out; any other stays, to be read or refused as ever. A name
        is reached where the answer's tree or its text as written names it (a let's vector already put in place is
        still written in the text), or a reached let's value or text does.
        """
        from ..notation.matrix_cost import is_matrix_form, lower_answer_let

        words = patterns.compile(r"[A-Za-z_][A-Za-z0-9_]*")
        reached = {getattr(part, "name", None) for part in tree.walk(node)} | set(words.findall(source))
        pending = [let for let in lets if let[0] in reached]
        while pending:
            _, value, text = pending.pop()
            names = {getattr(part, "name", None) for part in tree.walk(value)} | set(words.findall(text))
            pending += [let for let in lets if let[0] in names - reached]
            reached |= names
        others = {name for name, _, _ in lets}
        columns = self.problem.layout == "columns"
        unread = [name for name, value, text in lets if name not in reached and is_matrix_form(value)
                  and lower_answer_let(name, value, text, others, columns=columns) is None]
        if not unread:
            return lets, ()
        return [let for let in lets if let[0] not in unread], tuple(
            f"--let {name} is not used by the answer (neither itself nor through another --let): not read"
            for name in unread)

    def _per_example_lets(self, lets: list[Let]) -> tuple[list[Let], tuple[str, ...]]:
        """An index-form answer's --lets in matrix form that are one value per example, lowered; the notes.

        ``error = np.dot(x, w) + b - y`` is error⁽ⁱ⁾ = wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾, as a matrix answer reads it; a let
        in matrix form that is not one value per example is left as it was (the builder refuses it).
        """
        from ..notation.matrix_cost import is_matrix_form, lower_answer_let

        names = {name for name, _, _ in lets}
        columns = self.problem.layout == "columns"
        out: list[Let] = []
        said: list[str] = []
        for name, value, text in lets:
            lowered = lower_answer_let(name, value, text, names, columns=columns) if is_matrix_form(value) else None
            if lowered is not None:
                value = lowered[0]
                said.append(lowered[1])
            out.append((name, value, text))
        return out, tuple(said)

    def _lets_as_in_the_problem(self, lets: list[Let]) -> tuple[list[Let], tuple[str, ...]]:
        """The answer's lets without those that define a name of the problem's with the problem's own value.

        ``check --cost logistic --let "h = sigmoid(X*theta)"`` restates the preset's h⁽ⁱ⁾ = σ(θᵀx⁽ⁱ⁾):
        it is dropped, with a note. A let that gives such a name another value is kept, and refused
        as ever ('already defined by the problem'): never silently one of the two.
        """
        from ..notation.builder import build_expression
        from ..notation.matrix_cost import is_matrix_form, lower_answer_let
        from ..notation import tree as nodes

        defined = {_name(key) for key in self.problem.definitions if isinstance(key, AppliedUndef)}
        if not any(name in defined for name, _, _ in lets):
            return lets, ()
        kept: list[Let] = []
        said: list[str] = []
        columns = self.problem.layout == "columns"
        names = {name for name, _, _ in lets}
        #: each let's value in index form, None for one in matrix form that is not one value per example
        own_lets: dict[str, tuple[str, Node | None, str]] = {}
        for name, value, text in lets:
            index_form: Node | None = value
            if is_matrix_form(value):
                # lowered for an index-form answer too: _per_example_lets reads it so (z = X @ w + b is
                # z⁽ⁱ⁾ = wᵀx⁽ⁱ⁾ + b there as in a matrix answer), so it restates the cost's z or gives it another value
                lowered = lower_answer_let(name, value, text, names, columns=columns)
                index_form = None if lowered is None else lowered[0]
            own_lets[name] = (name, index_form, text)
        for name, value, text in lets:
            if name not in defined:
                kept.append((name, value, text))
                continue
            own = own_lets[name][1]
            others = [let for other, let in own_lets.items() if other not in defined]
            read = [(other, known_value, known_text) for other, known_value, known_text in others
                    if known_value is not None]
            if own is None or len(read) < len(others):
                kept.append((name, value, text))
                continue
            probe = nodes.Sum("examples", "i", nodes.Variable(name, nodes.Span(0, 0)), nodes.Span(0, 0))
            without = replace(self.problem, definitions={
                key: known for key, known in self.problem.definitions.items() if _name(key) != name})
            try:
                mine = build_expression(probe, source=text, definitions_of=without, lets=[*read, (name, own, text)])
                theirs = build_expression(probe, source=text, definitions_of=self.problem, lets=[])
            except InputError:
                kept.append((name, value, text))
                continue
            difference = (expand_definitions(mine.expr, mine.definitions)
                          - expand_definitions(theirs.expr, theirs.definitions))
            if symbols.expand(difference) != 0:
                kept.append((name, value, text))
                continue
            said.append(f"--let {name} gives {name} the value the cost gives it: read as the cost's {name}")
        return kept, tuple(said)

    def _judge(self, source: str, tree: Node, lets: list[Let], notes: Sequence[str], deadline: Deadline | None,
               timeout: float) -> Verdict:
        """Judge a read answer; a matrix answer refused in the rows layout may conform in the columns one."""
        try:
            verdict = self._judge_laid_out(source, tree, lets, notes, deadline, timeout)
        except InputError as error:
            other = self._columns_instead(tree) if unconformable(error) else None
            if other is None:
                return self._square_only(error, source, tree, lets, notes, deadline, timeout)
            from ..verify.matrix_answer import COLUMNS_INFERRED

            try:
                return other._judge_laid_out(source, tree, lets, (*notes, COLUMNS_INFERRED), deadline, timeout)
            except InputError:
                pass
            return self._square_only(error, source, tree, lets, notes, deadline, timeout)
        if verdict.verdict != "equivalent":
            self._refuse_vector_against_scalar(source, tree)
        if verdict.verdict == "different":
            self._refuse_a_count_the_verdict_turns_on(source, tree, lets, notes, deadline, timeout)
            self._refuse_a_parameter_name_the_verdict_turns_on(source, tree, lets, notes, deadline, timeout)
            self._refuse_a_hatted_y_the_verdict_turns_on(source, tree, lets, notes, deadline, timeout)
        return self._judged_under_either_l(source, tree, lets, notes, verdict, deadline, timeout)

    def _judged_under_either_l(self, source: str, node: Node, lets: list[Let], notes: Sequence[str],
                               verdict: Verdict, deadline: Deadline | None, timeout: float) -> Verdict:
        """``dl/dθⱼ = …`` beside a loss: the verdict where l as the loss's name and l as ℓ agree, else refused.

        Code names a loss l as often as CS229 names the log-likelihood ℓ(θ) = Σ y log h + (1 − y) log(1 − h) so;
        ∇ℓ = −m·∇J (mean form), so a true ``dl/dθⱼ = Σ(y − h)xⱼ`` of ℓ was "different" read as the cost's name,
        and a right ∇J "equivalent" though false of ℓ (fixll29). The answer is judged under both readings: where
        they agree (a slip of either) the verdict stands, with a note saying so; where they part, neither is given.
        Only beside a cost written with logs (a negative log-likelihood, which ℓ is −m or −1 times).
        The bare letter only: ℓ, \\ell and l(θ) name the log-likelihood by their spelling
        (:meth:`_refuse_a_log_likelihood_subject`).
        """
        from ..verify.objective import LOSS, orientation

        if self.problem.objective != "cost" or (self.problem.name or "J") in ("l", "ell", "ℓ") \
                or not any(note.startswith(_BARE_L_NOTE_START) for note in notes) or orientation(self.problem) != LOSS:
            return verdict
        cost = self.problem.expand_definitions(self.problem.cost)
        if not cost.has(sympy.log, symbols.softplus):
            # a squared error's ℓ carries σ² and constants, not −m·J: there l is the loss's name. The ±1 labels'
            # log(1 + e^(−yθᵀx)) is read as softplus, a log all the same (audit29h: its ℓ's gradient was 'different')
            return verdict
        if self._as_log_likelihood is None:
            self._as_log_likelihood = Checker(
                replace(self.problem, objective="log-likelihood"), answer_lets=self.answer_lets, input=self.input,
                with_the_cost=self.with_the_cost, layout_inferred=self.layout_inferred)
            self._as_log_likelihood._samples_ = self._samples
        try:
            other = self._as_log_likelihood._judge_laid_out(source, node, lets, notes, deadline, timeout).verdict
        except InputError:
            other = "undecided"
        from ..printing.expressions import show_unicode
        from ..verify.objective import describe_log_likelihood

        wrt = show_unicode(self.problem.wrt)
        head = source.split("=", 1)[0]
        found = re.search(r"(?:(?<![A-Za-z])d|∂|\\partial)\s*\(?\s*(?P<name>l)(?![A-Za-z_])", head) \
            or re.search(r"(?<![A-Za-z_\\])(?P<name>l)(?![A-Za-z_])", head)  # d/dθⱼ l: the letter after the operator
        if other == verdict.verdict == "different" and _penalised(cost):
            # audit29h: CS229's ℓ has no penalty, while −m·J keeps λ's term (a log-prior): a true
            # dl/dθⱼ = Σ(y − h)xⱼ of the unpenalised ℓ was 'different' under both readings judged, a third unjudged
            raise InputError(
                f"the left side differentiates l, which names a loss (the cost, ∂J/∂{wrt}) or the log-likelihood ℓ "
                f"(∂ℓ/∂{wrt}, as CS229 writes it), and beside a cost with a penalty ℓ may be the log-likelihood alone "
                f"(no penalty) or {describe_log_likelihood(self.problem)}, the penalty kept as a log-prior: the answer "
                "is not the gradient of the cost nor of that ℓ with the penalty, and which l it differentiates is "
                "not said",
                source=source, column=found.start("name") if found else 0, label="ANSWER",
                hint="check the log-likelihood's gradient with --objective log-likelihood and a cost without the "
                     "penalty; for the cost's write dJ/d… = … or leave out the left side",
            )
        if other == verdict.verdict:
            return replace(verdict, notes=(*verdict.notes, (
                f"l may name the cost (∂J/∂{wrt}) or the log-likelihood {describe_log_likelihood(self.problem)} "
                f"(∂ℓ/∂{wrt}, as CS229 writes it): the answer is {verdict.verdict} under either reading")))
        said = {"equivalent": "the gradient", "different": "not the gradient", "undecided": "not judged"}
        raise InputError(
            f"the left side differentiates l, which names a loss (the cost, ∂J/∂{wrt}) or the log-likelihood "
            f"{describe_log_likelihood(self.problem)} (∂ℓ/∂{wrt}, as CS229 writes it): read as the cost's name the "
            f"answer is {said[verdict.verdict]}, read as ℓ it is {said[other]}",
            source=source, column=found.start("name") if found else 0, label="ANSWER",
            hint="check the log-likelihood's gradient with --objective log-likelihood; for the cost's write "
                 "dJ/d… = … or leave out the left side",
        )

    def _refuse_a_parameter_name_the_verdict_turns_on(self, source: str, node: Node, lets: list[Let],
                                                      notes: Sequence[str], deadline: Deadline | None,
                                                      timeout: float) -> None:
        """Refuse an answer judged different only because a second parameter name was read as a vector of its own.

        ``X.T @ (X @ w - y)/m + lam/m*theta`` beside a cost in w: θ is no name of the cost, and read as a vector
        of its own the answer is 'different'; but code and notes write θ, w and β alike for the parameters, and
        read as w (the same vector under another name, as an answer in θ alone is read) it is the gradient. A
        verdict may not turn on a name's reading that nothing written decides: both readings are named in a
        refusal. Where the second reading is 'different' too the verdict stands, as written, with no note
        (``(1/m)Σᵢ (σ(wᵀxᵢ) − yᵢ) xᵢ + θⱼ`` beside a cost in θ, tests/test_objective.py); an answer that writes
        only the other name is read as the cost's, noted (:meth:`_parameters_as_in_cost`).
        """
        own = self._parameter_vector()
        if own is None:
            return
        variables = [each for top in (node, *(value for _, value, _ in lets)) for each in tree.walk(top)
                     if isinstance(each, tree.Variable)]
        used = {each.name for each in variables}
        others = sorted((used & vocab.PARAMETER_VECTORS) - {own})
        if not others or (own not in used and len(others) == 1):
            return  # no second name, or one name only: read as the cost's already where it may be
        if not all(self._another_name_of_parameters(other) for other in others):
            return  # the cost (or a definition) holds that name: it is its own quantity
        if any(name in others for name, _, _ in lets):
            return  # a --let defines it: the answer's own
        renamed_node, renamed_lets = node, lets
        for other in others:
            renamed_node = tree.rename(renamed_node, other, own)
            renamed_lets = [(name, tree.rename(value, other, own), text) for name, value, text in renamed_lets]
        try:
            read_so = self._judge_laid_out(source, renamed_node, renamed_lets, notes, deadline, timeout)
        except InputError:
            return  # read as the cost's the answer does not even conform: that is no reading of it
        if read_so.verdict == "different":
            return  # both readings agree: the verdict stands
        from ..printing.expressions import show_unicode

        shown = show_unicode(sympy.Symbol(own))
        said = " and ".join(show_unicode(sympy.Symbol(other)) for other in others)
        # where the text writes the stray name first (code put into one value maps its spans to the whole text)
        spellings = (rf"\\{other}|{re.escape(show_unicode(sympy.Symbol(other)))}|{other}" for other in others)
        written = re.search(r"(?<![A-Za-z])(?:" + "|".join(spellings) + r")(?![A-Za-z])", source)
        outcome = ("it is the gradient" if read_so.verdict == "equivalent"
                   else "it is not shown to differ (its verdict is undecided)")
        own_kind, be, it = (("a quantity of its own", "is", "it") if len(others) == 1
                            else ("quantities of their own", "are", "them"))
        raise InputError(
            f"the verdict turns on {said}, which the cost does not write (its parameters are {shown}): read as "
            f"{own_kind}, the answer is not the gradient; read as {shown} under another name, as code and "
            f"notes write the parameters, {outcome}. Which one is meant is not said",
            source=source, column=None if written is None else written.start(), label="ANSWER",
            hint=f"write the parameters as {shown} throughout, as the cost does; if {said} {be} {own_kind}, define "
                 f"{it}: " + ", ".join(f"--let '{other} = …'" for other in others),
        )

    def _refuse_a_hatted_y_the_verdict_turns_on(self, source: str, node: Node, lets: list[Let],
                                                notes: Sequence[str], deadline: Deadline | None,
                                                timeout: float) -> None:
        """Refuse an answer judged different only because its \\hat{y} was read as the prediction h.

        \\hat{y} alone is the prediction (notes' ŷ); but where the hat marks a vector (compphysics' slides,
        -\\hat{X}^T(\\hat{y} - \\hat{p})) it is the labels, and beside the prediction written another way
        (p of a --let, σ(Xβ), h) read as h the answer was h − h, 0: a right gradient judged 'different' (audit31c;
        fixf72b refused only \\hat{p} beside it). Where read as the labels y the answer is the gradient, both
        readings are named in a refusal; where it is 'different' so too the verdict stands.
        """
        import dataclasses

        hatted = [each for each in tree.walk(node) if isinstance(each, tree.Variable) and each.name == vocab.PREDICTION
                  and _HATTED_Y.match(source, each.span.start) is not None]
        if not hatted:
            return
        spans = {each.span for each in hatted}

        def as_labels(each: Node) -> Node:
            if isinstance(each, tree.Variable) and each.span in spans and each.name == vocab.PREDICTION:
                return dataclasses.replace(each, name=_LABELS)
            return tree.map_children(each, as_labels)

        try:
            read_so = self._judge_laid_out(source, as_labels(node), lets, notes, deadline, timeout)
        except InputError:
            return  # read as the labels the answer does not conform: that is no reading of it
        if read_so.verdict != "equivalent":
            return  # 'different' (or not judged) as the labels too: the verdict stands
        raise InputError(
            "\\hat{y} is read as the prediction h, and so the answer is not the gradient; but where the hat marks a "
            "vector \\hat{y} is the labels y, and read so the answer is the gradient. Which one is meant is not said",
            source=source, column=min(span.start for span in spans), label="ANSWER",
            hint="write the labels as y and the prediction as h (or \\hat{y} alone), or define \\hat{y} with --let",
        )

    def _refuse_a_count_the_verdict_turns_on(self, source: str, node: Node, lets: list[Let], notes: Sequence[str],
                                             deadline: Deadline | None, timeout: float) -> None:
        """Refuse a code answer judged different only because its n was read as the number of features.

        ``2.0/n*X.T @ (X @ theta - y)`` against a cost that counts its examples by m and its features by n: code
        names the number of samples n (``n = len(X)``, ``n_samples``) as often as Ng's notes name the features so,
        and read as the features a right answer was judged 'different' (f54, compphysics). A verdict may not turn on
        a letter's reading that nothing written decides: where the answer read with its n as m is the gradient,
        both readings are named in a refusal instead. (A LaTeX formula's n beside a cost that writes n stays the
        cost's count of the features, judged as written: notes name their counts; code names its own.)

        A formula in matrix form is refused so too where the cost never writes n (a preset, or a cost in m alone):
        ``\\frac{1}{n}X^T(h - y)`` sums over the examples as code does, and its n, which nothing written makes the
        features, was judged 'different' (audit26g) where ``1/n * X' * (h - y)`` and the index form
        ``\\frac{1}{n}\\sum_i …`` were refused, and ``\\frac{1}{n}\\sum_{i=1}^{m}`` is read as the mean.
        """
        if _NUMPY_ANSWER.search(source) is None and _OCTAVE_ANSWER.search(source) is None:
            from ..verify.matrix_answer import reads_as_matrix

            if (re.search(r"(?<![A-Za-z_\\])n(?![A-Za-z_(])", self.problem.source or "")
                    or not reads_as_matrix(node, self.problem, self.answer_lets)):
                return  # a formula's n beside a cost that writes n is the cost's; one in index form, its own rules'
        variables = [each for each in tree.walk(node) if isinstance(each, tree.Variable)]
        bare = [each for each in variables if each.name == vocab.FEATURE_COUNT and each.feature is None
                and each.example is None]
        if not bare or any(each.name == vocab.EXAMPLE_COUNT for each in variables):
            return  # no n, or the answer writes both counts: its n is not its m
        # a --let of another name says what ITS count is, not n's: q = numel(y) beside X'*(h-y)/n decided nothing,
        # and the answer right with n as m was 'different' (audit56); so a let counts only where it sets n or m, or
        # a name the answer writes (N = size(X,2) beside X' * (h-y) / N)
        written = set(_NAME_WRITTEN.findall(source))
        counts = [text for text in self.answer_lets
                  if set(_NAME_WRITTEN.findall(text.split("=", 1)[0])) & ({"n", "m"} | written)]
        if any(_COUNT_SAID.search(text) for text in (source, *counts, self.problem.source or "")):
            return  # the texts say what the count is (N = size(X,2), theta.size, self.n, self.m = X.shape): read so
        if _features_settled(self.problem.notes):
            return  # m, n = X.shape or n = len(w) (the line dropped, noted): n is the features' count, read so
        renamed = [(name, tree.rename(value, vocab.FEATURE_COUNT, vocab.EXAMPLE_COUNT), text) for name, value, text in lets]
        try:
            other = self._judge_laid_out(source, tree.rename(node, vocab.FEATURE_COUNT, vocab.EXAMPLE_COUNT), renamed,
                                         notes, deadline, timeout)
        except InputError:
            return
        if other.verdict != "equivalent":
            return
        raise InputError(
            "the verdict turns on n: read as the number of features, as the cost's notation has it, the answer is "
            "not the gradient; read as the number of examples, as code and notes often name it (n = len(X), "
            "n_samples), it is. Which one n counts here is not said",
            source=source, column=bare[0].span.start, label="ANSWER",
            hint="write the count of the examples as m, as the cost does (its n counts the features)"
            if re.search(r"(?<![A-Za-z_\\])n(?![A-Za-z_(])", self.problem.source or "") else
            "define n with --let (--let 'n = len(y)' if it counts the examples), or write the count as the cost does (m)",
        )

    def _refuse_vector_against_scalar(self, source: str, tree: Node) -> None:
        """By --wrt b a bare ``w x`` is one feature's product by convention; an answer writing ``w_j`` means a vector.

        Judged under the one-feature reading, ``\\sum_j w_j x_j^{(i)} + b - y^{(i)}`` is 'different' where under
        the vector one it is ∂J/∂b: a verdict that flips with the reading is refused, not given (audit47).
        """
        from ..notation.scalars import vector_against_scalar

        letter = vector_against_scalar(self.problem.notes, tree, source)
        if letter is None:
            return
        raise InputError(
            f"the cost's bare {letter} x is read as one feature's product (nothing asks for {letter}'s entries), but "
            f"the answer writes {letter} (or x) as a vector: which is meant decides the verdict",
            source=source, column=0,
            hint=f"write the cost's {letter}x as {letter}^T x (a weight vector) or give its one feature as a number",
        )

    def _square_only(self, error: InputError, source: str, tree: Node, lets: list[Let], notes: Sequence[str],
                     deadline: Deadline | None, timeout: float) -> Verdict:
        """``2X^T(X^T Xw - Y)``: an n×1 and an m×1 vector added, which conform only when m = n: different, or refused.

        As written the answer has a value only at m = n. Read so (every m×… operand n×…), a counterexample at
        m = n shows it is not the gradient there either: then it is different whatever the sizes, and the
        verdict names the mismatch. Equal at m = n, the slip may be notation (a vector for another): refused
        with the reader's message. Only in the rows layout, and only for a sum of an n×1 and an m×1 vector.
        """
        message = str(error)
        if self.problem.layout != "rows" or not _SQUARE_ONLY.search(message):
            raise error from None
        try:
            verdict = self._judge_laid_out(source, tree, lets, notes, deadline, timeout, square=True)
        except InputError:
            raise error from None
        example = verdict.counterexample
        if verdict.verdict != "different" or example is None:
            raise error from None
        said = (f"{error.message.split(': they cannot be added')[0]}: they conform only when m = n; read at m = n "
                "(X n×n, y n×1), the answer is still not the gradient, so it is different whatever the sizes")
        return replace(verdict, notes=(said, *verdict.notes))

    def _columns_instead(self, node: Node) -> Checker | None:
        """This checker in DeepLearning.AI's layout (X n×m), when an answer in matrix form may be read so.

        Only when no --layout was given and the cost fixes no layout: a cost in matrix
        form (``(Xθ − y)ᵀ(Xθ − y)``) says which X the answer's X is.
        """
        from ..notation import vocabulary as vocab

        if not self.layout_inferred or self.problem.layout != "rows":
            return None
        if any(note.startswith("matrix form") for note in self.problem.notes):
            return None
        if not any(isinstance(current, tree.Variable) and current.name == vocab.DATA_MATRIX
                   for current in tree.walk(node)):
            return None
        if self._in_columns is None:
            self._in_columns = Checker(replace(self.problem, layout="columns"), answer_lets=self.answer_lets,
                                       input=self.input, with_the_cost=self.with_the_cost, layout_inferred=False)
            self._in_columns._samples_ = self._samples
        return self._in_columns

    def _activations_as_predictions(self, node: Node, lets: list[Let]) -> tuple[Node, list[Let], tuple[str, ...]]:
        """DeepLearning.AI's A (the activations σ(wᵀX + b)) in an answer to a cost that names the prediction h."""
        defined = {_name(key) for key in self.problem.definitions} | {name for name, _, _ in lets}
        used = {current.name for top in (node, *(value for _, value, _ in lets)) for current in tree.walk(top)
                if isinstance(current, tree.Variable)}
        if "A" not in used or "A" in defined or "h" not in defined or "h" in used:
            return node, lets, ()
        lets = [(name, tree.rename(value, "A", "h"), text) for name, value, text in lets]
        return tree.rename(node, "A", "h"), lets, (
            "A is read as the prediction h, DeepLearning.AI's activations A = σ(wᵀX + b): the 1×m row of h⁽ⁱ⁾",)

    def _judge_laid_out(self, source: str, tree: Node, lets: list[Let], notes: Sequence[str],
                        deadline: Deadline | None, timeout: float, square: bool = False) -> Verdict:
        from ..notation.builder import build_expression

        from ..verify.matrix_answer import judge_matrix, reads_as_matrix

        expected = self.expected
        entry_notes = tuple(notes)  # as given: a second reading (the lets' matrix form put in) starts from them
        said: Sequence[str]  # what each reading below adds to the notes
        from ..verify.letters import refuse_sigmoid_slope_beside_a_default_h

        # ŷ(1 − ŷ) beside a cost whose undefined ŷ is read as the linear model: the answer's ŷ is σ(…)
        refuse_sigmoid_slope_beside_a_default_h(self.problem.notes, source, tree)
        _refuse_a_dot_beside_an_intercept_from_zero(self.problem.notes, source, tree, lets)
        _refuse_a_dot_beside_an_intercept_written_apart(self.problem, source, tree, lets)
        if self.problem.layout == "columns":
            _refuse_column_of_examples(source, tree)
            # DeepLearning.AI's layout, as the cost's --let says: the answer's Y is the labels y too
            from ..notation.matrix_cost import rename_labels

            _refuse_labels_beside_y(source, tree, lets, "as this layout reads Y")
            tree = rename_labels(tree)
            lets = [(name, rename_labels(value), text) for name, value, text in lets]
            tree, lets, said = self._activations_as_predictions(tree, lets)
            notes = (*notes, *said)
        elif any(note.startswith("Y is read as y, the m×1 vector of labels") for note in self.problem.notes):
            tree, lets, said = _labels_as_in_cost(source, tree, lets)
            notes = (*notes, *said)
        if self.problem.vectors:
            # thetaReg = [0; theta(2:end)] in the cost's --let: the answer's thetaReg is that vector
            from ..notation.matrix_cost import put_in_place
            from ..notation.tree import walk as walk_tree

            used = [name for name in self.problem.vectors if any(
                getattr(node, "name", None) == name for node in walk_tree(tree))]
            # Problem keeps the --let vectors as `object` (so typed while it was a record, which names no notation
            # tree): read_problem puts the trees it read there
            tree = put_in_place(tree, cast("dict[str, Node]", dict(self.problem.vectors)))
            notes = (*notes, *(f"read in matrix notation: {name} is the n×1 vector --let defines" for name in used))
        # dw / n with --let 'dw = 2 * (const2.dot(w) - const1)': the lets' matrix form put in, tried only where the
        # answer's own reading refuses the matrix notation its lets hold (db = 1/m * sum(dZ) reads dZ per example)
        put = _matrix_lets_put_in(tree, lets) if lets and not reads_as_matrix(tree, self.problem, self.answer_lets) \
            else None
        if lets and reads_as_matrix(tree, self.problem, ()):
            # a let the matrix answer never reaches is not read (nor held against the lets it does reach)
            lets, said = self._without_unreached_lets(source, tree, lets)
            notes = (*notes, *said)
        if lets:
            lets, said = self._lets_as_in_the_problem(lets)
            notes = (*notes, *said)
        if not reads_as_matrix(tree, self.problem, self.answer_lets):
            # db = np.sum(A - Y, axis=1, keepdims=True): the sum of the row of values per example, Σᵢ
            from ..notation.matrix_cost import lower_axis_sums
            from ..verify.matrix_answer import per_example_names

            tree, said = lower_axis_sums(tree, source, _per_example_lets(per_example_names(self.problem), lets),
                                         columns=self.problem.layout == "columns")
            notes = (*notes, *said)
        if reads_as_matrix(tree, self.problem, self.answer_lets):
            # X, Xᵀ, ⊙: a vector answer, judged by its entry j (read in the problem's own context); its Y is read
            # as the labels y (notation.matrices), so not beside a y of its own
            if "Y" not in {str(name) for name in self.problem.definitions}:
                _refuse_labels_beside_y(source, tree, lets, "as a matrix answer reads Y")
            problem, said = self._with_answer_lets(lets) if lets else (self.problem, ())
            notes = (*notes, *said)
            problem, said = _prediction_by_the_model(tree, problem, lets)
            notes = (*notes, *said)
            return judge_matrix(expected, tree, source, problem, samples=lambda: self._samples,
                                deadline=deadline, time_limit=timeout, notes=notes,
                                reported=self.problem if lets else None, known=self._known(), lets=lets,
                                square=square, judge=judge)
        if lets:
            # dJ/db = 1/m * sum(error) with error = np.dot(x, w) + b - y: the let is one value per example
            lets, said = self._per_example_lets(lets)
            notes = (*notes, *said)
        try:
            built = build_expression(tree, source=source, definitions_of=self.problem, lets=lets, memo=self._built)
        except InputError as error:
            if put is not None and put[2] and str(error).startswith(_MATRIX_IN_A_LET):
                return self._judge_laid_out(source, put[0], put[1], (*entry_notes, *put[2]), deadline, timeout,
                                            square=square)
            one = self._one_examples_term(tree, source, lets, error)
            if one is None:
                raise error.with_label("ANSWER") from None
            built, term_note = one
            notes = (*notes, term_note)
        self._refuse_power_t(source, built.expr)
        from ..verify.letters import (read_feature_of_one_x, refuse_feature_of_one_x,
                                      refuse_parameters_beside_a_default_h, refuse_stray_letters, x_is_one_number)

        if x_is_one_number(self._known()):
            # Σᵢ (h(x_i) − y_i) x_1 beside θ₀ + θ₁x_i: the cost's x is one number, the sum's subscript the example's
            _refuse_one_number_feature(tree, source)
        # a letter the cost does not hold; x₁ beside θ₀ + θ₁x, Ng's number of its one feature
        one_x = read_feature_of_one_x(expand_definitions(built.expr, built.definitions), self._known())
        if one_x is not None:
            built = replace(built, expr=one_x[0])
            notes = (*notes, one_x[1])
        refuse_stray_letters(expand_definitions(built.expr, built.definitions), self._known(), source, tree, lets)
        _refuse_the_costs_derivative_in_a_term(built.expr, self.problem.name, source, tree)
        refuse_parameters_beside_a_default_h(expand_definitions(built.expr, built.definitions), self._known(),
                                             self.problem.notes, source, tree)
        refuse_feature_of_one_x(expand_definitions(built.expr, built.definitions), self._known(), source, tree)
        notes = tuple(dict.fromkeys((*notes, *built.notes)))
        counted = _another_count_of_examples(self.problem.expand_definitions(self.problem.cost),
                                             expand_definitions(built.expr, built.definitions), notes)
        if counted is not None:
            notes = (*notes, counted)
        # answers spelled differently are often one expression once built (c/(c m) is 1/m, a term
        # added and taken away is gone): judge each expression once, and say it in each answer's words
        key = (built.expr, tuple(built.definitions.items()))
        known = self._verdicts.get(key)
        if known is not None:
            # what judging itself said (a derivative left but read off) holds for this spelling too
            said = tuple(note for note in known.notes if note == READ_OFF_NOTE and note not in notes)
            return replace(known, source=source, notes=(*notes, *said), time_limit=timeout)
        verdict = judge(
            expected,
            built.expr,
            replace(self.problem, definitions=built.definitions),
            samples=self._samples,
            deadline=deadline,
            source=source,
            notes=notes,
            time_limit=timeout,
            reported=self.problem,
        )
        if len(self._verdicts) >= _REMEMBERED:
            self._verdicts.pop(next(iter(self._verdicts)))
        self._verdicts[key] = verdict
        return verdict


#: an answer about one example, written with no example index and no sum, beside a cost summed over the examples
ONE_EXAMPLE_ANSWER_NOTE = (
    "the answer writes no sum over the examples and no example index: x and y are one example's, so it is one "
    "example's gradient, compared with the gradient of the whole cost, a sum over the examples")
#: an answer summed over the examples beside a cost of one example
ALL_EXAMPLES_ANSWER_NOTE = (
    "the answer sums over the examples, but the cost is one example's loss (no sum over the examples, no example "
    "index): compared with that one example's gradient")


def _prediction_by_the_model(node: Node, problem: Problem, lets: Sequence[Let]) -> tuple[Problem, tuple[str, ...]]:
    """The problem with an undefined h of a matrix answer (Xᵀ(h − y)/m) read as the cost's model, and the notes.

    Vectorised notes write h (ŷ, p) for the vector of the model's predictions, g(Xθ), or Xθ beside a squared error:
    the model is the one an undefined h of an index-form answer is read as (notation.models, built by the builder
    as an answer Σᵢ h⁽ⁱ⁾ would be), so h is the m×1 vector of h⁽ⁱ⁾, noted as there. Where the cost shows no model
    (or defines h, or a --let does) nothing is read here: the matrix reader refuses the h as before.
    """
    from ..notation.builder import build_expression
    from ..notation.models import DEFAULT_PREDICTION_NOTE_START

    # h, or h(x) of the one example's bare x (the matrix reader takes it for the vector h, noted there)
    if not any(isinstance(each, tree.Variable) and each.name == vocab.PREDICTION and each.example is None
               and each.feature is None or isinstance(each, tree.Call) and each.name == vocab.PREDICTION
               and isinstance(each.argument, tree.Variable) and each.argument.name in vocab.DATA_VECTORS
               and each.argument.example is None and each.argument.feature is None for each in tree.walk(node)):
        return problem, ()
    key = symbols.defined(vocab.PREDICTION)(symbols.example_index)
    if any(name == vocab.PREDICTION for name, _, _ in lets) or any(
            _name(each) == vocab.PREDICTION for each in problem.definitions):
        return problem, ()
    probe = tree.Sum("examples", "i", tree.Variable(vocab.PREDICTION, tree.Span(0, 1)), tree.Span(0, 1))
    try:
        built = build_expression(probe, source=vocab.PREDICTION, definitions_of=problem, lets=[])
    except InputError:
        return problem, ()  # no model the cost shows: the matrix reader's refusal names the h
    said = [note for note in built.notes if note.startswith(DEFAULT_PREDICTION_NOTE_START)]
    if key not in built.definitions or not said:
        return problem, ()
    # the matrix reader says that h is then the m×1 vector of its values h⁽ⁱ⁾
    return replace(problem, definitions={**problem.definitions, key: built.definitions[key]}), tuple(said)


def _another_count_of_examples(cost: sympy.Expr, answer: sympy.Expr, notes: Sequence[str]) -> str | None:
    """Say so where the answer and the cost count the examples differently: one example against a sum over all.

    ``(h(x) − y) xⱼ``, the gradient of one example's loss ("for a single training example"), checked against
    (1/m) Σᵢ …, or Σᵢ (…) xⱼ⁽ⁱ⁾ against ½(θᵀx − y)²: the verdict, 'different', is right, but the answer and the
    expected gradient are then about different examples, which a counterexample of new x and y alone did not say
    (audit27e: "never judge an answer against a different count of examples silently"). An answer with the
    example index free has its own note (``_one_examples_term``); both written without data say nothing here.
    """
    if any(note.startswith("the example index i is free in the answer") for note in notes):
        return None
    summed_cost, summed_answer = (any(symbols.is_example_sum(node) for node in sympy.preorder_traversal(expr))
                                  for expr in (cost, answer))
    if summed_cost and not summed_answer and not answer.has(symbols.example_index) and _one_examples_data(answer):
        return ONE_EXAMPLE_ANSWER_NOTE
    if summed_answer and not summed_cost and not cost.has(symbols.example_index) and _one_examples_data(cost):
        return ALL_EXAMPLES_ANSWER_NOTE
    return None


def _one_examples_data(expr: sympy.Expr) -> bool:
    """Whether ``expr`` holds an example's data written without the example index: y, or a feature x_j of x."""
    label = symbols.scalar(next(iter(vocab.PER_EXAMPLE)))
    return expr.has(label) or any(
        isinstance(node, sympy.Indexed) and symbols.label(node.base) in vocab.DATA_VECTORS and len(node.indices) == 1
        for node in sympy.preorder_traversal(expr))


#: the cost's note that a --let named sigma holds σ's values (MLPR's sigma = 1./(1 + exp(-aa));), and its letter
#: labels under a cost's name that name one part of a penalised cost (or, Ng's J_reg, the whole regularised one)
#: (the data term by the error it measures too, J_{MSE}, J_{SSE}, J_{\text{loss}}, J_{\text{unreg}}: audit38 found the
#: data term's gradient under them judged 'different' for the missing penalty)
_PART_LABELS = frozenset({"reg", "regularization", "regularisation", "regularizer", "regulariser", "penalty", "pen",
                          "data", "fit", "prior", "mse", "sse", "rss", "ls", "ols", "loss", "unreg", "unregularized",
                          "unregularised", "noreg"})

#: a label set in words, \text{reg}, or after a font switch, {\rm reg} (plain TeX's, which audit38 found read as J)
_WORDED = patterns.compile(r"\\(?:text|mathrm|operatorname|textrm|mbox)\s*\{([^{}]*)\}|\\(?:rm|textrm|mathrm)\s+(\w+)")

_SIGMA_VALUE_NOTE = patterns.compile(r"^sigma is defined by --let .* as a function: sigma is that value, not the "
                                     r"function σ; shown as (?P<letter>[a-z])$")
_SIGMA_WORD = patterns.compile(r"(?<![\w.])sigma(?![\w(])")
#: the labels' name in the built tree (vocabulary.PER_EXAMPLE's one name): ŷ read as the labels is y
_LABELS = "y"
#: a hatted y as written in LaTeX, where a read h starts: \hat{y}, \hat y_i, \widehat{y}, \hat{y_i}, \hat{\mathbf{y}}
_HATTED_Y = patterns.compile(r"\\(?:wide)?hat\s*(?:\{\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*)?\{?\s*y(?![A-Za-z])|y(?![A-Za-z]))")


def _refuse_a_dot_beside_an_intercept_from_zero(cost_notes: Sequence[str], source: str, node: Node,
                                                lets: Sequence[Let]) -> None:
    """Refuse an answer's θᵀx (no θ₀ beside it) where the cost's Σ_{j=0}^{n} θⱼxⱼ was read as θ₀ + Σ_{j=1}^{n}.

    Ng's notes write h = Σ_{j=0}^{n} θⱼxⱼ = θᵀx, x₀ = 1: θᵀx holds the intercept. Where the cost keeps θ₀ on its
    own (its penalty Σ_{j=1}^{n} θⱼ² leaves it out, or --wrt theta_0 asks for it), the answer's θᵀx was read over
    1..n, without θ₀, and a right answer, (1/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m)θⱼ, called different (audit25m).
    Over 0..n as the cost's sum, or over 1..n as in notes with a separate bias: the answer does not say.
    """
    from ..notation.zero_intercept import INTERCEPT_NOTE

    if not any(note.startswith(INTERCEPT_NOTE) for note in cost_notes):
        return
    found = _a_dot_without_its_intercept(source, node, lets, vocab.PARAMETER_VECTORS)
    if found is None:
        return
    text, current, label, parameter = found
    raise InputError(
        f"the answer{'' if label == 'ANSWER' else chr(39) + 's --let'} writes "
        f"{text[current.span.start:current.span.end]}, and the cost numbers the components from 0 (Σ_{{j=0}}^{{n}}, "
        f"the intercept {parameter}_0 among them) but keeps {parameter}_0 on its own: is the answer's dot product "
        f"over 0..n, {parameter}_0 included (x_0 = 1, Ng's convention), or over 1..n without it?",
        source=text, column=current.span.start, label=label,
        hint=f"write {parameter}_0 + {parameter}^T x for the model with its intercept, or "
             f"sum_{{k=0}}^n {parameter}_k x_k as the cost does",
    )


def _a_dot_without_its_intercept(source: str, node: Node, lets: Sequence[Let], parameters: Collection[str]
                                 ) -> tuple[str, tree.Dot, str, str] | None:
    """The first θᵀx of the answer or its lets whose θ (one of ``parameters``) has no θ₀ written beside it, with its
    text, its label (ANSWER or --let) and θ's name; None: none. Both refusals of an answer's θᵀx beside a cost that
    keeps θ₀ on its own ask it: the dot's θ₀ is then unsaid."""
    places = [(source, node, "ANSWER"), *((text, value, "--let") for _, value, text in lets)]
    written = [current for _, where, _ in places for current in tree.walk(where)]
    for text, where, label in places:
        for current in tree.walk(where):
            if not isinstance(current, tree.Dot):
                continue
            parameter = next((side.name for side in (current.left, current.right) if side.name in parameters), None)
            if parameter is None or any(isinstance(other, tree.Variable) and other.name == parameter
                                        and other.feature == "0" for other in written):
                continue
            return text, current, label, parameter
    return None


def _refuse_a_dot_beside_an_intercept_written_apart(problem: Problem, source: str, node: Node,
                                                    lets: Sequence[Let]) -> None:
    """Refuse an answer's θᵀx (no θ₀ beside it) where the cost writes θ₀ + Σ_{j=1}^{n} θⱼxⱼ, the intercept apart.

    The cost's own numbering leaves the answer's θ unsaid: in Ng's notes θᵀx = θ₀x₀ + θ₁x₁ + ⋯ (x₀ = 1) holds the
    intercept, so (1/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ is right; in notes with a separate bias θ = (θ₁ … θₙ) and the
    answer forgot θ₀. Read over 1..n alone it was judged different, silently (hunt33b), while the same answer beside
    the model written out term by term (θ₀ + θ₁x₁ + θ₂x₂) is read with θ₀ in it. A cost that writes θᵀx itself
    beside θ₀ (θ₀ + θᵀx) says its dot leaves θ₀ out (:func:`..notation.zero_intercept.intercepts_written_apart`).
    """
    apart = set(problem.intercepts_apart)
    if not apart:
        return
    found = _a_dot_without_its_intercept(source, node, lets, apart)
    if found is None:
        return
    text, current, label, parameter = found
    raise InputError(
        f"the answer{'' if label == 'ANSWER' else chr(39) + 's --let'} writes "
        f"{text[current.span.start:current.span.end]}, and the cost writes the intercept {parameter}_0 apart "
        f"beside a sum over the features from 1: is the answer's dot product over every component, "
        f"{parameter}_0 included (x_0 = 1, Ng's convention), or over 1..n without it (the intercept "
        "forgotten)?",
        source=text, column=current.span.start, label=label,
        hint=f"write {parameter}_0 + {parameter}^T x for the model with its intercept, or "
             f"sum_{{k=1}}^n {parameter}_k x_k as the cost does",
    )


def _refuse_the_costs_derivative_in_a_term(answer: sympy.Basic, name: str, source: str, node: Node) -> None:
    """Refuse ``(1/m)Σ(h − y)xⱼ + ∂J/∂θⱼ``: the derivative of the cost's own name as a part of an answer.

    The answer's letter J is the cost's name, a plain symbol to the reader: its derivative would be 0, and the
    answer the gradient plus a term of no value, judged equivalent where it is the gradient plus itself. The
    name alone (the answer ∂J/∂θⱼ, the question restated) is left as it was judged: unfinished.
    """
    derivatives = [each for each in symbols.atoms(answer, sympy.Derivative)
                   if any(isinstance(free, sympy.Symbol) and free.name == name for free in each.expr.free_symbols)]
    if not derivatives or answer in derivatives:
        return
    column = next((current.span.start for current in tree.walk(node) if isinstance(current, tree.Derivative)
                   and isinstance(current.body, (tree.Variable, tree.Call)) and current.body.name == name), 0)
    raise InputError(
        f"∂{name}/∂… of the cost's own name is a part of this answer: {name} has no formula here (read as a number "
        "its derivative would be 0), and the derivative of the cost is what the answer is to give",
        source=source, column=column, label="ANSWER",
        hint=f"write the answer without ∂{name}/∂… (or put the name alone on the left: ∂{name}/∂θ_j = …)",
    )


def _refuse_one_number_feature(node: Node, source: str) -> None:
    """Refuse an unmarked x_j (x_1) of a sum over examples that writes the example as a subscript, x one number.

    The cost's x is one number per example (θ₀ + θ₁x_i), which the answer's own sum need not show (h(x_i), ŷ_i):
    the rule of :mod:`..notation.unmarked_features`, told by the cost what the answer leaves unsaid.
    """
    for current in tree.walk(node):
        if isinstance(current, tree.Sum) and current.over == "examples":
            refusal = unmarked_features.one_number(current, source)
            if refusal is not None:
                raise InputError(refusal.message, source=source, column=refusal.node.span.start, label="ANSWER",
                                 hint=refusal.hint)


def _sigma_as_in_problem(lets: tuple[str, ...], notes: Sequence[str]) -> tuple[str, ...]:
    """The answer's own lets with sigma read as the cost read it: the let's value (aa_bar = sigma - 1;), not σ.

    The cost's texts were respelled together; the answer's own lets, read apart, kept sigma, which
    without brackets is σ applied to what follows (σ − 1 refused, audit29). Same length, columns kept.
    """
    letter = next((match.group("letter") for note in notes if (match := _SIGMA_VALUE_NOTE.match(note))), None)
    if letter is None:
        return lets
    return tuple(_SIGMA_WORD.sub(letter.ljust(len("sigma")), text) for text in lets)


#: the reader's message for an n×1 and an m×1 vector added (either order): they conform only when m = n
_SQUARE_ONLY = patterns.compile(r"is n×1 and '.*' is m×1: they cannot be added|is m×1 and '.*' is n×1: they cannot be added")


def _capital_weights(problem: Problem, names: Collection[str]) -> set[str]:
    """The marker of a cost whose W was read as the weight vector in matrix form (XW, WᵀW), unless W is defined."""
    from ..notation import conventions

    if conventions.CAPITAL_W_VECTOR_NOTE not in problem.notes or {"W", "w"} & set(names):
        return set()
    return {conventions.WEIGHTS_IN_COST}


def _refuse_labels_beside_y(source: str, tree: Node, lets: list[Let], read: str) -> None:
    """Refuse an answer whose Y would be read as the labels y while it writes a lower-case y too.

    ``\\frac{1}{m}X^T(Y - y)``: the writer tells Y from y, so Y is not the labels' capital here (the predictions?
    a quantity of its own?); read as y the answer was 0 and judged 'different' (audit26g). A Y that a --let
    defines is that let's, not the labels.
    """
    from ..notation.tree import Variable, walk as walk_tree

    if any(name == "Y" for name, _, _ in lets):
        return
    nodes = [node for node in walk_tree(tree) if isinstance(node, Variable) and node.name in ("Y", "y")]
    if not any(node.name == "y" for node in nodes):
        return
    place = next((node for node in nodes if node.name == "Y"), None)
    if place is not None:
        raise InputError("'Y' beside 'y' in the answer: the labels, or a quantity of its own?", source=source,
                         column=place.span.start, label="ANSWER",
                         hint=f"write y for the labels, {read}; or define Y with --let 'Y = …'")


def _labels_as_in_cost(source: str, tree: Node, lets: list[Let]) -> tuple[Node, list[Let], tuple[str, ...]]:
    """The answer's Y is y when the cost read its Y as the labels y (``np.dot(X.T, (h - Y))``), noted.

    Built as a scalar Y it would be a silent misread; beside a lowercase y it is refused, as in the cost.
    """
    from ..notation.matrix_cost import rename_labels
    from ..notation.tree import Variable, walk as walk_tree

    if not any(isinstance(node, Variable) and node.name == "Y" for node in walk_tree(tree)):
        return tree, lets, ()
    _refuse_labels_beside_y(source, tree, lets, "as the cost's Y is read")
    renamed = [(name, rename_labels(value), text) for name, value, text in lets]
    return rename_labels(tree), renamed, ("Y is read as y, the m×1 vector of labels, as in the cost",)


#: a reader's note that a letter other than m (n) counts the examples (features): ``N counts the examples here: read as m``
_COUNT_NOTE = patterns.compile(r"^(\w) counts the (examples|features) here: read as ([mn])\b")


def _counted(notes: Collection[str], said: re.Pattern[str] = _COUNT_NOTE) -> dict[str, tuple[str, str]]:
    """The count letters ``notes`` say (as ``said`` reads them) were renamed: letter → (examples|features, m|n)."""
    found: dict[str, tuple[str, str]] = {}
    for note in notes:
        match = said.match(note)
        if match and match.group(1) != match.group(3):
            found[match.group(1)] = (match.group(2), match.group(3))
    return found


#: any reader's note that a letter counts a range, its reason in brackets or not: "l counts the features here (the
#: number of coefficients: …): read as n", "ℓ counts the examples here: read as m (…)"
_RANGE_COUNT_NOTE = patterns.compile(r"^(\w) counts the (examples|features) here(?: \(.*?\))?: read as ([mn])\b")


def counted_ranges(notes: Collection[str]) -> dict[str, tuple[str, str]]:
    """Every count letter ``notes`` say was renamed, whatever the note's reason: letter → (examples|features, m|n)."""
    return _counted(notes, _RANGE_COUNT_NOTE)


def counts_at_odds(first: Mapping[str, tuple[str, str]], second: Mapping[str, tuple[str, str]]) -> tuple[str, str] | None:
    """A letter that ``second`` reads as the count of one range and ``first`` of the other, and ``second``'s range.

    Each text is read alone: l bounding a sum over the features is read as n (the features' count), and l bounding
    a sum over the examples i as m (fixru35: ℓ of Russian notes' sample). A cost and its answer, or two lines of a
    page, that count the examples by l in one and the features by l in the other name one letter two counts: one
    of them is a slip, whose gradient differs, and renamed apart the letter's two meanings met as one (audru35).
    """
    for letter, (over, _) in second.items():
        known = first.get(letter)
        if known is not None and known[0] != over:
            return letter, over
    return None


def count_letter_column(letter: str, text: str) -> int:
    """Where ``text`` first writes the count letter ``letter`` as a letter of its own (ℓ also as \\ell); 0 if nowhere."""
    spelled = r"(?:\\ell(?![A-Za-z])|ℓ)" if letter == "ℓ" else rf"(?<![A-Za-z\\]){re.escape(letter)}(?![A-Za-z])"
    found = re.search(spelled, text)
    return found.start() if found is not None else 0


def counts_at_odds_message(letter: str, over: str, here: str, there: str) -> str:
    """The refusal of :func:`counts_at_odds`: ``letter`` counts ``over`` in ``here`` and the other range in ``there``."""
    examples, features = (here, there) if over == "examples" else (there, here)
    return (f"{letter} counts the examples in {examples} (it bounds the sum over them: read as m) but the features "
            f"in {features} (read as n): one letter for two counts is a slip in one of them, and which one cannot be "
            "told")


#: what a reader's count note adds when the count came from a factor 1/N before a sum with no bound
_MEAN_COUNT = "before a sum over the examples with no bound"


def _note_of(letter: str, notes: Collection[str]) -> str:
    """The reader's note that ``letter`` counts the examples, or ``""``."""
    return next((note for note in notes if note.startswith(f"{letter} counts the examples here: read as")), "")


def _said_by_the_cost(note: str, carried: Collection[str]) -> bool:
    """Whether an answer's own 1/N count note is said instead by a carried note of the cost's."""
    match = _COUNT_NOTE.match(note)
    return bool(match and _MEAN_COUNT in note and any(c.startswith(f"{match.group(1)} counts the examples in the cost") for c in carried))


def _slope_as_in_cost(answer: str, parsed: Parsed, lets: list[Let], let_notes: Sequence[str],
                      problem: Problem) -> tuple[Parsed, list[Let], tuple[str, ...]]:
    r"""The answer (and its lets) with a bare m read as the cost's slope, when the cost's m is a slope.

    The cost ``\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i - c)^2`` makes m the slope
    and n the count; an answer's m that multiplies x, or its left side
    ``\partial J/\partial m``, is that slope (noted). A text of the answer that
    counts the examples with its own letter (its reader kept its m apart
    already) holds m for the count; any other bare m is refused: it would be
    the count here and the slope in the cost.
    """
    from ..notation import scalars
    from ..notation import symbols as notation_symbols

    counted = scalars.slope_count_letter(problem.notes)  # the reader's note says when m is a slope: cheap per answer
    if counted is None:
        if problem.wrt == notation_symbols.slope_m:
            counted = "n"
        else:
            _refuse_count_as_slope(answer, parsed, lets)
            return parsed, lets, ()
    notes: list[str] = []

    def read(node: Node, text: str, own_notes: Sequence[str], label: str) -> Node:
        if scalars.renames_a_count(own_notes) or scalars.bare_count(node) is None:
            return node
        if not scalars.slope_factors(node):
            slope = scalars.bare_count(node)
            assert slope is not None, "asked just above: the node holds a bare m"
            raise InputError(
                f"'m' is the slope in the cost, where {counted} counts the examples, but here it is written as a count",
                source=text, column=slope.span.start, label=label,
                hint=f"count the examples with {counted} as the cost does, and write the slope m beside x (m x_i)",
            )
        notes.append(scalars.slope_note(counted))
        return scalars.as_slope(node)

    tree_ = read(parsed.tree, answer, parsed.notes, "ANSWER")
    wrt = parsed.wrt
    if isinstance(wrt, tree.Variable) and wrt.name == "m" and wrt.feature is None:
        slope = scalars.as_slope(wrt)
        assert isinstance(slope, tree.Variable), "a variable renamed is a variable"
        wrt = slope

    parsed = replace(parsed, tree=tree_, wrt=wrt)
    lets = [(name, read(value, text, let_notes, "--let"), text) for name, value, text in lets]
    return parsed, lets, tuple(dict.fromkeys(notes))


def _refuse_count_as_slope(answer: str, parsed: Parsed, lets: list[Let]) -> None:
    """Refuse an answer's m that multiplies x when m counts the examples (``-2/m Σ xᵢ(yᵢ − m xᵢ − b)``).

    The cost has no slope m, so the m is its count: times the input, that is
    no gradient anyone means; the writer took m for a slope as well.
    """
    from ..notation import scalars

    scalars.refuse_count_beside_data(
        [(parsed.tree, answer, "ANSWER"), *((value, text, "--let") for _, value, text in lets)],
        "'m' multiplies x here like a slope (m x), but m counts the examples in this problem",
    )


#: a --let value that counts something: code's sizes, or a count letter itself
_COUNTING_VALUE = patterns.compile(r"\b(?:len|shape|size|nrow|length|numel|rows)\b|(?<![A-Za-z\\])m(?![A-Za-z])")
#: … of the features rather than the examples: the parameter vector's length, X's columns, n
_FEATURE_COUNT_VALUE = patterns.compile(
    r"(?:len|size|length|numel)\s*\(\s*(?:theta|w|weights|params|beta|coef|\w+\[0\])\s*\)"
    r"|shape\s*\[\s*(?:1|-1)\s*\]|\bncol\b|\bsize\s*\([^,()]*,\s*2\s*\)|\b(?:theta|w|beta)\.size\b"
    r"|(?<![A-Za-z\\])n(?![A-Za-z])")


def _refuse_a_count_a_let_defines(answer: str, parsed: Parsed, lets: list[Let]) -> None:
    """Refuse an answer whose reader took a letter for the count of the examples that a --let defines otherwise.

    ``\\frac{1}{N}\\sum_i …`` with ``--let N = 5``: the reader reads 1/N before a sum as the mean, N as m, before the
    lets are put in, so the let was ignored and (1/5)Σ… was judged the mean's gradient (audit32). The let says what
    N is; the sum says it counts the examples: which one is meant is not said.
    """
    # a let that counts something itself (N = m, N = len(y), N = X.shape[0]) is the count letters' business
    defined = {name for name, _, text in lets if not _COUNTING_VALUE.search(text.partition("=")[2])
               or _FEATURE_COUNT_VALUE.search(text.partition("=")[2])}
    values = {name: value for name, value, _ in lets}
    for letter, (over, target) in _counted(parsed.notes).items():
        # what the let's reader made of the value decides where it could: of DLAI's n×m X, X.shape[1] looks like a
        # feature count to the pattern but was read as m (agreed), and w.shape[0] like a size of anything but was n
        value = values.get(letter)
        if letter in values and (letter in defined or _bare_count(value, "m") or _bare_count(value, "n")) \
                and not _bare_count(value, target):
            raise InputError(
                f"the answer reads {letter} as the count of the {over} ({target}), but --let defines {letter} "
                "otherwise: which one is meant?",
                source=answer, column=max(answer.find(letter), 0), label="ANSWER",
                hint=f"leave out --let {letter} if {letter} counts the {over}, or write the count as {target}")


def _bare_count(node: tree.Node | None, letter: str) -> bool:
    """Whether ``node`` is the count ``letter`` itself (m or n), with no index."""
    return isinstance(node, tree.Variable) and node.name == letter and node.feature is None and node.example is None


def _carry_counts(answer: str, parsed: Parsed, problem: Problem,
                  let_names: Collection[str] = (), said: Sequence[str] = ()) -> tuple[tree.Node, tuple[str, ...]]:
    """The answer's tree with the cost's count letters read as the cost read them (N → m), and the notes.

    A cost copied with its bound (``\\sum_{i=1}^{N}``) says N counts the examples;
    an answer written without one (``2/N sum …``) means the same N. The other way
    round (the answer's bound makes N a count, the cost's N is a quantity of its
    own) the two texts disagree on what N is: refused.
    """
    from ..notation import readings
    from ..notation import vocabulary as vocab

    cost_counts = _counted(problem.notes)
    answer_counts = _counted(parsed.notes)
    at_odds = counts_at_odds(counted_ranges(problem.notes), counted_ranges(parsed.notes))
    if at_odds is not None:
        letter, over = at_odds
        raise InputError(
            counts_at_odds_message(letter, over, "the answer", "the cost"),
            source=answer, column=count_letter_column(letter, answer), label="ANSWER",
            hint="count the examples by m and the features by n in both, or by the cost's letters as the cost does")
    mapping = {}
    carried = []
    for letter, (over, target) in cost_counts.items():
        if over == "examples" and letter in answer_counts and _MEAN_COUNT in _note_of(letter, parsed.notes):
            # the answer's own 2/N before its sum read N as the cost did: say it once, as the cost's
            carried.append(f"{letter} counts the {over} in the cost: the answer's {letter} is read as {target} too")
            continue
        if over != "examples" or letter in answer_counts:
            # a feature count (p) is left alone: a bare p in an answer is as likely the prediction
            continue  # (or the answer's own bound said it)
        if any(isinstance(node, tree.Variable) and node.name == letter and node.feature is None
               and node.example is None for node in tree.walk(parsed.tree)):
            mapping[letter] = target
            carried.append(f"{letter} counts the {over} in the cost: the answer's {letter} is read as {target} too")
    # the cost's names only when the answer counts with a letter of its own (rare; expanding costs a grader's time)
    cost_names = {symbol.name for symbol in problem.expand_definitions(problem.cost).free_symbols} if answer_counts else set()
    for letter, (over, target) in answer_counts.items():
        if letter not in cost_counts and letter in cost_names and _implied_feature_count(letter, over, problem,
                                                                                         cost_counts):
            # NLL = -Σ_{i=1}^N …(wᵀxᵢ) and the answer's Σ_{i=1}^n: the cost never writes n (only wᵀx implies
            # logderiv's count of the features), so the answer's n is its own count of the examples, N's
            mapping[letter] = target
            carried.append(f"{letter} counts the {over} in the answer (its sum's bound), as "
                           f"{_example_count_letter(cost_counts)} does in the cost, which never writes {letter}: "
                           f"read as {target}")
            continue
        if letter not in cost_counts and letter in cost_names:
            node = next((n for n in tree.walk(parsed.tree) if isinstance(n, tree.Sum)), None)
            raise InputError(
                f"{letter} counts the {over} in the answer (a sum's bound), but the cost leaves {letter} a quantity of its own",
                source=answer,
                column=node.span.start if node is not None else 0,
                hint=f"write the bound in the cost too (\\sum_{{i=1}}^{{{letter}}}), or name the count {target} in both",
                label="ANSWER",
            )
    mean_count = _mean_count_as_n(answer, parsed, problem, said)
    # an N the answer's --let defines (N = 5, N = len(theta)) is that value: read as m it was ignored (audit32)
    divisor = _divisor_count_as_m(answer, parsed, problem) if "N" not in cost_counts and "N" not in answer_counts \
        and "N" not in let_names else None
    if divisor is not None:
        mapping["N"] = vocab.EXAMPLE_COUNT
        carried.append(divisor)
    renamed = readings.rename_counts(parsed.tree, mapping)
    if mean_count is not None:
        carried.append(mean_count)
        # only the n the answer writes: len(w), w.size beside it read as n too, and stay the features' count
        renamed = readings.rename_counts(renamed, {"n": "m"},
                                         only=lambda node: answer[node.span.start:node.span.end] == "n")
    return renamed, tuple(carried)


#: a mean in code: np.mean(…), v.mean(), Octave's mean(…)
_CODE_MEAN = patterns.compile(r"(?<![\w])(?:np\.|numpy\.)?mean\(|\.mean\(")
#: what marks an answer as NumPy code: X.T, @, np.
_NUMPY_ANSWER = patterns.compile(r"\.T\b|@|(?<![\w.])np\.")
#: a --let or a note that says what a count is: its size read from the data (size(X,2), X.shape, len(y), nrow(X))
_COUNT_SAID = patterns.compile(r"(?<![\w.])(?:size|length|len|numel|nrow|ncol|NROW|NCOL)\s*\(|\.(?:shape|size)\b"
                               r"|\bn_samples\b")
#: a name as code writes it (n, N, num_train), not an attribute's (X.shape) nor a call's (size(…))
_NAME_WRITTEN = patterns.compile(r"(?<![\w.])[A-Za-z_]\w*(?![\w(])")
#: what marks an answer as Octave/MATLAB code: a transpose by a quote after a name or bracket, an entrywise operator
_OCTAVE_ANSWER = patterns.compile(r"[\w)]'|\.\*|\./|\.\^")


#: the notes of the texts' respelling (notation.costs.respell_texts), set while the respelled texts are judged
RESPELL_NOTES: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("respell_notes", default=())
#: the words of a note saying a --let's n is the features' count (n = len(w), n = X.shape[1]: the line dropped)
FEATURES_LINE_DROPPED = "the number of features, as logderiv counts them: the line is dropped"


def _features_settled(notes: Sequence[str]) -> bool:
    """Whether a note (or the respelling's, :data:`RESPELL_NOTES`) says a --let set n to the features' count."""
    from ..notation.redefined import FEATURE_COUNT_LET_NOTE, SHAPE_COLUMNS_N

    # n = X.shape[1] / size(X, 2) / len(theta) read beside the cost (fixn40): the let's value decides, and its n is
    # the features' count, never the examples' a mean would otherwise make of the answer's n
    return any(SHAPE_COLUMNS_N in note or FEATURES_LINE_DROPPED in note or "features (logderiv's n), as logderiv "
               "counts them: the line is dropped" in note
               or (note.startswith("n = ") and note.endswith(FEATURE_COUNT_LET_NOTE))
               for note in (*notes, *RESPELL_NOTES.get()))


def _mean_count_as_n(answer: str, parsed: Parsed, problem: Problem, said: Sequence[str] = ()) -> str | None:
    """The note when the answer's bare n is the count of the examples of a cost that is a mean (n read as m).

    ``D_w = -2/n * X.T @ (y - y_pred)`` against ``np.mean((y - y_pred)**2)``: the cost counts its examples
    only through its mean and never writes a count; in such code n is the number of samples (``n = len(X)``),
    and logderiv's own n (the features) would silently make a right answer wrong. Read so only when both
    texts are code, the cost writes neither m nor n, and the answer writes no m, no sum over the features
    and no feature index. Where the cost writes m (``np.sum(…)/m``), or the answer is not code, the answer's
    n may be either count: both readings are named in a refusal.
    """
    from ..notation import vocabulary as vocab

    source = problem.source or ""
    if re.search(r"(?<![A-Za-z_\\])n(?![A-Za-z_(])", source):
        return None  # the cost writes n: the answer's n is the cost's
    if _features_settled((*problem.notes, *said)):
        # m, n = X.shape, n = len(w): a --let settled n as the features (logderiv's n), never the examples' count
        return None
    writes_m = re.search(r"(?<![A-Za-z_\\])m(?![A-Za-z_(])", source) is not None
    mean = _CODE_MEAN.search(source) is not None
    if not (writes_m or mean):
        return None
    nodes = list(tree.walk(parsed.tree))
    bare = [node for node in nodes if isinstance(node, tree.Variable) and node.name == vocab.FEATURE_COUNT
            and node.feature is None and node.example is None
            and answer[node.span.start:node.span.end] == "n"]  # written n (X.shape[1] reads as n till the layout is known)
    if not bare or any(isinstance(node, tree.Variable) and node.name == vocab.EXAMPLE_COUNT for node in nodes):
        return None
    if any(isinstance(node, tree.Sum) and node.over == "features" for node in nodes) or any(
            isinstance(node, tree.Variable) and node.feature is not None for node in nodes):
        return None
    # a matrix-form answer (Xᵀ(p − y)/n) is whole-data code written as a formula: its n, like code's, can only
    # be the count of the rows it sums over, never the features it has no sum over
    # (where the cost writes m, a formula's n is Ng's count of the features: a wrong count, judged so)
    matrix = any(isinstance(node, tree.Transpose) for node in nodes)
    code = _NUMPY_ANSWER.search(answer) is not None
    if mean and not writes_m and (code or matrix):
        return ("the answer's n: the cost counts its examples only by its mean and never writes a count; in "
                "code and matrix forms n is the number of samples (n = len(X)): read as m, the count of the examples")
    if not code:
        return None  # a formula's n: its own rules (a sum's bound, the cost's letters) decide
    counted = "m, the count of the examples of its mean" if not writes_m else "m"
    raise InputError(
        f"the answer divides by n, which the cost never writes (it counts its examples by {counted}): "
        "n as the number of examples (m) or of the features?",
        source=answer, column=bare[0].span.start, label="ANSWER",
        hint="write the count as the cost does (m), or define n with --let (--let 'n = len(y)' if it counts the examples)",
    )


#: an answer's N standing as a divisor: ``/ N``, ``/(2*N)``, ``\\frac{1}{N}``, ``\\frac{2}{N}``
#: (N alone in the divisor: /(N - 1) divides by another number than the count)
_N_DIVISOR = patterns.compile(r"/\s*\(?\s*(?:\d+\s*\*?\s*)?N(?![\w(])(?!\s*[-+])|\\frac\s*\{[^{}]*\}\s*\{\s*(?:\d+\s*)?N\s*\}")
#: the letter N standing as a name of its own (not inside a longer name, not after a dot or a backslash)
_N_WORD = patterns.compile(r"(?<![\w.\\])N(?![\w])")
#: a count the cost writes: m, n or N as a letter of their own
_COUNT_LETTER = patterns.compile(r"(?<![A-Za-z_\\])[mnN](?![A-Za-z_(])")


def _divisor_count_as_m(answer: str, parsed: Parsed, problem: Problem) -> str | None:
    """The note when the answer divides by an N that neither the cost nor a --let defines (N read as m).

    ``np.dot(x.T, yh - y)/N``, ``X^T(σ(Xw) - y) / N``: ML notes and code (``N, D = X.shape``) write N for the
    number of examples, and a gradient divided by a count is divided by the examples it averages over. Read so
    only where every N of the answer is a divisor, the answer writes no other count (m, n) and no feature
    index, and the cost writes no count letter at all (it counts its examples by a mean, by m read from code,
    or not at all): there N has no other meaning to take. Anything else keeps N a stray letter, refused.
    """
    from ..notation import vocabulary as vocab

    if _COUNT_LETTER.search(problem.source or "") is not None or any(
            getattr(name, "name", None) == "N" for name in problem.definitions):
        return None
    spots = [match.start() for match in _N_WORD.finditer(answer)]
    if not spots:
        return None
    divisors = {match.start() + match.group().rindex("N") for match in _N_DIVISOR.finditer(answer)}
    if not all(spot in divisors for spot in spots):
        return None
    for node in tree.walk(parsed.tree):
        if isinstance(node, tree.Variable) and (node.name in (vocab.EXAMPLE_COUNT, vocab.FEATURE_COUNT)
                                                or node.feature is not None):
            return None
        if isinstance(node, tree.Sum) and node.over == "features":
            return None
    return ("N is not defined: the answer divides by it, as ML notes and code (N, D = X.shape) divide by the "
            "number of examples N, and the cost writes no count of its own: read as m")


def _implied_feature_count(letter: str, over: str, problem: Problem, cost_counts: dict[str, tuple[str, str]]) -> bool:
    """Whether the cost's ``letter`` is only logderiv's count of the features, which its text never writes.

    ``NLL = -Σ_{i=1}^N …(wᵀxᵢ)``: n is in the cost only as the length of the dot product wᵀx, and the cost
    counts its examples by another letter (N). An answer that bounds its sum over the examples by n then
    means N's count: nothing in the cost gives n another meaning.
    """
    from ..notation import vocabulary as vocab

    if letter != vocab.FEATURE_COUNT or over != "examples" or _example_count_letter(cost_counts) is None:
        return False
    return re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", problem.source or "") is None


def _scalar_lets(definitions: Mapping[sympy.Basic, sympy.Expr], names: Collection[str],
                 constants: Collection[sympy.Basic]) -> dict[sympy.Basic, sympy.Expr]:
    """A matrix answer's lets (``names``) built per example, kept numbers where a value is one for every example.

    ``--let "lmb = lam"`` (an autograd file's ridge strength, f63) holds nothing of an example: read as one value per
    example it was the m×1 vector of its copies, and ``2*lmb*theta`` an m×1 times n×1 product refused. A let that is
    a bare number (``N = 5`` beside ``/ N``: a count of this data set's examples, or a constant?) is left as it was,
    refused at its shape (tests/test_audit32.py). Only a value made of the cost's own scalars (``constants``, the
    atoms the cost reaches: λ) is so kept: ``dZ = A - Y`` names the layout's matrices, still unread here, and is one
    value per example (the zgwl README's dW = dot(X, dZ.T) / m, tests/test_layout.py).
    """
    i = symbols.example_index
    kept: dict[sympy.Basic, sympy.Expr] = {}
    for key, value in definitions.items():
        if isinstance(key, AppliedUndef) and key.func.__name__ in names and key.args == (i,) \
                and value.free_symbols and i not in value.free_symbols and value.free_symbols <= set(constants) \
                and not any(
                    isinstance(part, AppliedUndef) for part in sympy.preorder_traversal(value)):
            kept[sympy.Symbol(key.func.__name__)] = value
        else:
            kept[key] = value
    return kept


def _data_term_alone(cost: sympy.Expr, wrt: sympy.Basic) -> bool:
    """Whether each term of ``cost`` that holds the parameters sums over the examples: a data term, no penalty.

    A constant factor (½, 1/m) is looked through; a term without a sum over the examples (λΣθ², ½wᵀw) is a penalty.
    """
    parameter = wrt.base if isinstance(wrt, sympy.Indexed) else wrt
    i = symbols.example_index

    def holding(expr: sympy.Expr) -> list[sympy.Expr]:
        """The additive terms of ``expr`` that hold the parameters, each with its constant factors looked through."""
        terms = []
        for term in sympy.Add.make_args(expr):
            while isinstance(term, sympy.Mul) and len(parts := [f for f in term.args if f.has(parameter)]) == 1:
                term = parts[0]
            if term.has(parameter):
                terms.append(term)
        return terms

    def of_data(term: sympy.Expr) -> bool:
        # a sum over the examples whose own terms each hold an example (np.mean((Xw − y)² + λΣw²) has λΣw² inside
        # the mean, a penalty all the same: audit24g), or a sum of such
        if isinstance(term, sympy.Add):
            return all(of_data(each) for each in holding(term))
        if not (isinstance(term, sympy.Sum) and term.limits[0][0] == i):
            return False
        return all(i in each.free_symbols for each in holding(term.function))

    terms = holding(cost)
    return bool(terms) and all(of_data(term) for term in terms)


def _example_count_letter(cost_counts: dict[str, tuple[str, str]]) -> str | None:
    """The letter the cost counts its examples by (N), when its text gives one."""
    return next((letter for letter, (over, _) in cost_counts.items() if over == "examples"), None)


#: a column of X by one letter (a format: ``letter`` a pattern): NumPy's X[:, a], Octave's X(:,a)
_LETTERED_COLUMN = r"(?<![\w.])X\s*(?:\[\s*:\s*,\s*({letter})\s*\]|\(\s*:\s*,\s*({letter})\s*\))"
#: the parameters' entry by one letter: theta(a), theta(a,:), theta[a], w(a) (Octave's and NumPy's)
_PARAMETER_ENTRY = (r"(?<![\w.])(?:theta|w|beta)\s*(?:\(\s*({letter})\s*(?:,\s*(?::|1)\s*)?\)"
                    r"|\[\s*({letter})\s*\])")


def _penalised(cost: sympy.Expr) -> bool:
    """Whether ``cost`` has a part outside its sums over the examples that varies with the parameters (a penalty)."""
    rest = cost.xreplace({total: sympy.Integer(0) for total in cost.atoms(sympy.Sum) if symbols.is_example_sum(total)})
    return bool(rest.atoms(sympy.Sum, sympy.Indexed, sympy.MatrixSymbol))


#: how the left-side note of a bare l begins (_left_side_note's "the left side names ∂l/∂θⱼ")
_BARE_L_NOTE_START = "the left side names ∂l/∂"

#: A left side of code that names a gradient: ``dw``, ``db``, ``dW``, ``dtheta``, ``dJ_dw``, ``grad``, ``gradient``.
#: DLAI's dz, da, dA, dW (∂L/∂z …), dLdW and dJ_dw (the cost's letter first), and J' (the derivative by --wrt);
#: the MLS labs' dj_dw, dj_db (the cost's letter in lowercase, as their code names every variable);
#: code's gradient_w, grad_b (the variable after the word); a docstring's grad_j (component j, by --wrt)
_GRADIENT_HEAD = patterns.compile(
    # dj_w, dJ_b (the cost's letter, then the variable: an MLS lab's dj_w beside its dj_b) and d_w, d_theta (the d
    # and the variable apart, as d_theta1 is): the same names as dw, dj_dw
    r"(?P<box>\s*\\boxed\s*\{)?\s*(?P<name>(?:d[JLj]_?d|d[JLj]_|d_?)(?P<var>w|W|b|theta|beta|z|Z|a|A)"
    r"|(?:grad|gradient)_(?P<named>w|W|b|theta|beta)(?![A-Za-z0-9_])|(?:grad|gradient)_[jk](?![A-Za-z0-9_])"
    # w_grad = 2 * (x_train * error).mean(), b_grad (Deep Learning with PyTorch Step-by-Step's, f63): the parameter
    # before the word, as vocabulary.gradient_parameter reads it
    r"|(?P<first>w|W|b|theta|beta)_(?:grad|gradient)(?![A-Za-z0-9_])"
    # grad_data = -X' * residuals (a GLM's neglogli, f63): the gradient of the data term, the cost's whole gradient
    # only where the cost is that term alone (_gradient_note refuses it beside a penalty)
    r"|(?:grad|gradient)_(?P<part>data|fit|nll|loss|mse|sse)(?![A-Za-z0-9_])"
    # R's grad.ll, grad.loglik (read as grad_ll): the gradient of the log-likelihood by its name, whose sign against a
    # loss's is the question (_loglik_head): ll is ℓ to one file and its negative, the loss, to another (audit31a)
    r"|(?:grad|gradient)_(?P<loglik>ll|loglik)(?![A-Za-z0-9_])"
    # a script's grad_w0, grad_w1, grad_w2 (one line per weight): the component its digit numbers
    # and d_theta1, d_theta0 (a Portuguese course's calcular_gradientes, f79), dw1, d_w_2: d and the component's
    # parameter with its digit, the derivative by that one component (checked against --wrt's component)
    r"|(?:(?:grad|gradient)_|d_?)(?P<numbered>w|theta|beta)_?(?P<component>\d)(?![A-Za-z0-9_])"
    r"|grad|gradient|grad_J"
    # gradients = 2/m * tf.matmul(…) (Géron's TensorFlow chapter), grads = …: the plural names the same vector
    r"|gradients|grads"
    # g = X.T @ (p - y) / n (a docstring's, a quick reference's): the short name, read only where the problem gives
    # g no meaning of its own (Ng's sigmoid g(z), a cost named g(w), a --let g): see gradient_head
    r"|(?P<short>g)(?![A-Za-z0-9_])"
    # R's first_derivative <- t(X) %*% (y - p) (GD.R, f50), derivative_b: the word derivative as the vocabulary
    # reads it (not neg_derivative, derivative_nll, second_derivative: audit53), so that the readers agree
    r"|(?P<derivative>" + vocab.DERIVATIVE_NAMES + r")(?![A-Za-z0-9_])"
    r"|[JL]'|D\s*_\s*(?:\{\s*(?P<braced>w|b|m|c)\s*\}|(?P<bare>w|b|m|c)(?![A-Za-z]))"
    # D_a0 = … beside Y_pred = a0 + a1*X (code's numbered line, read as θ₀, θ₁: notation.redefined): D_θ₀ by now
    r"|D_(?P<dnumbered>θ)(?P<dcomponent>[₀-₉])(?![A-Za-z0-9_₀-₉])"
    # dL = X' * (lambda - y) beside the cost L = … (an Octave Poisson file): d and the cost's own one-letter name,
    # read only where the cost is so named (see gradient_head)
    r"|d(?P<of>[JLE])(?![A-Za-z0-9_]))"
    # a line of a loop over the parameters, grad[i] = … (ex2's compute_grad): the gradient's entry, one letter;
    # Octave's grad(a) = … (ximenes's costFunctionReg loop) alike, and by a word (grad(gradCtr) = … X(:,gradCtr) …
    # theta(gradCtr), a blog's loop, f63): gradient_head leaves a word that names a quantity to the plain reader
    r"(?:\s*(?:\[\s*(?P<entry>[A-Za-z][A-Za-z0-9_]*)\s*\]|\(\s*(?P<octave_entry>[A-Za-z][A-Za-z0-9_]*)\s*\)))?"
    r"\s*=(?!=)"
)


#: a left side's variable written with a capital theta: Theta_j, THETA_j (Octave comments' spelling of θⱼ)
#: a minus before an answer's left side that names a derivative: −∂J/∂θⱼ =, -dJ/dtheta_j =, -\nabla_\theta J =,
#: -\frac{\partial J}{\partial \theta_j} = (the negative gradient, the direction of steepest descent)
_NEGATED_HEAD = patterns.compile(
    r"\s*(?:\$\$?\s*)?(?P<minus>[-−])\s*(?=d\s*\(?\s*[A-Za-z]|∂|∇|\\partial|\\nabla|\\d?frac\s*\{\s*(?:\\partial|d\b|∂))")
#: what a negated left side is read as
NEGATED_HEAD_NOTE = ("the left side is minus the derivative (−∂J/∂…, the negative gradient): the derivative is the "
                     "negative of the right side, and that is what is checked")
_CAPITAL_THETA_WRT = patterns.compile(r"(?:Theta|THETA)_(?:[jk0-9])")

#: how the notes that say an answer's left side named the derivative checked begin and go on (_left_side_note's
#: "the left side names ∂J/∂θⱼ", _gradient_note's "the left side grad = names the gradient", "… names entry j")
_NAMED_DERIVATIVE_NOTE = patterns.compile(r"the left side (?:\S.*? )?names (?:∂|the gradient|entry |component )")


def names_the_derivative(notes: Sequence[str]) -> bool:
    """Whether a checked answer's ``notes`` say that its left side named the derivative checked.

    ``∂J/∂θⱼ =``, ``grad =``, ``\nabla J =`` and ``−∂J/∂θⱼ =`` are so said; an update rule's ``θⱼ := …``, a chain's
    first side or a text with no left side are not (the reader of ``∂J/∂θⱼ ≈ …`` asks this of the '=' it put).
    """
    from ..notation import conventions

    return any(_NAMED_DERIVATIVE_NOTE.match(note) or note == NEGATED_HEAD_NOTE
               or conventions.is_unnamed_gradient_note(note) for note in notes)


#: ``∂BCE/∂a``, ``dMSE/db``, ``∂Loss/∂w_j``: a plain derivative named by the cost's name in letters; a code comment's
#: ``d(e_sq)/dm`` (Data Science from Scratch's reader) puts the name in brackets, as d(x²)/dx does an expression
_NAMED_DERIVATIVE = patterns.compile(
    r"\s*(?:d|∂)\s*(?:\(\s*(?P<bracketed>[A-Za-z][A-Za-z_]*)\s*\)|(?P<name>[A-Za-z][A-Za-z_]*)\s*(?:\([^()]*\))?)"
    r"\s*/\s*(?:d|∂)\s*(?P<wrt>\S(?:.*\S)?)\s*"
)


#: the objective's name as the operator form and the log-likelihood's spellings write it on a plain left side: J, L,
#: E, l, ℓ, log L, ln L, with the parameters as argument or none
_SPELLED_OBJECTIVE = r"(?P<name>(?:log|ln)\s*\(?\s*L(?:\s*\([^()]*\))?\s*\)?|[JLElℓ])(?:\s*\([^()]*\))?"
#: ``d/dθⱼ J(θ)``, ``d/dtheta_j l(theta)``: the operator before the function, as \frac{\partial}{\partial\theta_j} J
_OPERATOR_HEAD = patterns.compile(
    rf"\s*(?:d|∂)\s*/\s*(?:d|∂)\s*(?P<wrt>[^\s/()]+)\s+{_SPELLED_OBJECTIVE}\s*")
#: ``d log L/dθⱼ``, ``d(ln L)/dθⱼ``, ``dℓ(θ)/dθⱼ``: the log of the likelihood, or ℓ, over the variable
_LOGGED_HEAD = patterns.compile(
    rf"\s*(?:d|∂)\s*(?:\(\s*{_SPELLED_OBJECTIVE}\s*\)|{_SPELLED_OBJECTIVE.replace('?P<name>', '?P<bare>')})"
    r"\s*/\s*(?:d|∂)\s*(?P<wrt>\S(?:.*\S)?)\s*")


def _spelled_objective_derivative(head: str) -> tuple[str, int, str, str] | None:
    r"""``d log L/dθⱼ``, ``d/dθⱼ l(θ)``, ``dℓ/dθⱼ`` on a plain answer's left: the variable, its offset, the name the
    derivative is of (L for the log of the likelihood, as LaTeX's reader gives it) and a note, or None.

    The plain reader knew dJ/dθⱼ and dloglik/dθⱼ but not the operator form or the log written apart from L: the
    left side was taken for a cost's name, refused as "not a cost". The log of L is noted as LaTeX's reader notes
    \frac{\partial \log L}{…}, so the checker reads both alike (refused beside a loss, asked under --objective
    log-likelihood).
    """
    match = _OPERATOR_HEAD.fullmatch(head) or _LOGGED_HEAD.fullmatch(head)
    if match is None:
        return None
    written = match.group("name") if "name" in match.groupdict() and match.group("name") else match.group("bare")
    if written is None or match.re is _LOGGED_HEAD and written in ("J", "L", "E", "l"):
        return None  # dJ/dθ, d(L)/dθ: the readers above have them (or refuse them) already
    if written[0] in "lL" and len(written) == 1 or written in ("J", "E", "ℓ"):
        return match.group("wrt").strip(), match.start("wrt"), written, ""
    return (match.group("wrt").strip(), match.start("wrt"), "L",
            f"{written.strip()} in the derivative names the cost: the log-likelihood")


def _named_derivative(head: str) -> tuple[str, int] | None:
    """``∂BCE/∂a`` on an answer's left: the variable and its offset (as ``derivative_name`` gives for ``dJ/dθ``)."""
    match = _NAMED_DERIVATIVE.fullmatch(head)
    if match is None:
        return None
    return match.group("wrt").strip(), match.start("wrt")


def _refuse_bracketed_quantity(head: str, answer: str, names: Collection[str]) -> None:
    """Refuse ``d(h)/dw = …``: a bracketed name is read as the cost's (``d(e_sq)/dm``) only where nothing else is it.

    A name the problem gives a value (a --let's, the data's, the parameters') in the brackets is that quantity's
    derivative, not the cost's: judged as the cost's gradient, a right ∂h/∂w would be called different.
    """
    from ..notation import vocabulary as vocab

    match = _NAMED_DERIVATIVE.fullmatch(head)
    name = match.group("bracketed") if match is not None else None
    if name is None or name in ("J", "L", "E", "C"):
        return
    if name in names or name in vocab.FIXED_NAMES or len(name) == 1:
        raise InputError(
            f"the left side d({name})/d… differentiates {name}, a quantity of the problem, not the cost",
            source=answer, column=match.start("bracketed") if match is not None else 0, label="ANSWER",
            hint="name the cost's derivative (dJ/dw = …), or leave out the left side",
        )


def _plain_head(answer: str, input: str) -> bool:
    """Whether a LaTeX answer's left side is typed plain (``dL/db = 2 Σ_{i=1}^{n} r_i``, a PDF's text layer).

    The left side then names the derivative as a plain one does (``dL/db``): the right side stays LaTeX. Only
    when the notation was detected (not forced) and the left side holds no backslash, brace or dollar.
    """
    head, equals, _ = answer.partition("=")
    return input == "auto" and bool(equals) and not any(char in head for char in "\\{}$")


def gradient_head(answer: str, taken: Collection[str] | None = None,
                  cost_name: str | None = None) -> tuple[str, str | None, int] | None:
    """``dw = …``: the name on the left, the variable it names (None for ``grad``), and where its ``=`` is; else None.

    ``dL = …`` (d and one letter) names the gradient only where ``cost_name``, the cost's own name, is that letter:
    beside a cost J = (1/m) Σ L(…), dL may be the per-example loss's derivative, by ŷ or z as DLAI writes it.

    The one-letter ``g`` names a gradient only when ``taken`` (the names the problem and the answer's lets give a
    meaning: the cost's letters, its name, its --let names) is given and holds no g: beside Ng's sigmoid g(z) or a
    cost named g(w), ``g = …`` is not the gradient's line, and read so it would silently change what g is.
    """
    if not isinstance(answer, str):
        return None
    match = _GRADIENT_HEAD.match(answer)
    if match is None:
        return None
    if match.group("short") is not None and (taken is None or match.group("short") in taken):
        return None
    if match.group("of") is not None and match.group("of") != cost_name:
        return None
    entry = match.group("entry") or match.group("octave_entry")
    primed_at = match.group("name") in ("J'", "L'") and entry is not None and (
        entry in vocab.PARAMETER_VECTORS or entry in ("θ", "β"))  # J'(θ) =: J's derivative at θ (_entry_head)
    if entry is not None and len(entry) > 1 and (entry in vocab.FIXED_NAMES or entry in (taken or ())) \
            and not primed_at:
        return None  # grad(theta) = …: the gradient as a function of θ, or an entry by a quantity, not by an index
    variable = (match.group("var") or match.group("named") or match.group("braced") or match.group("bare")  # dw, D_w
                or match.group("first")  # w_grad
                or vocab.gradient_parameter(match.group("derivative") or "")  # derivative_b
                or match.group("numbered")  # grad_w1
                or ("theta" if match.group("dnumbered") else None))  # D_θ₀ (code's D_a0)
    return match.group("name"), None if variable is None else variable.lower(), match.end() - 1


#: a capital X written plainly (X, \mathbf{X}, X^T), where the data matrix is written
_PLAIN_X = patterns.compile(r"(?<![A-Za-z\\])X(?![A-Za-z])")
#: the hatted one, \hat{X}, \widehat{X}, \hat X, taken out before the plain ones are looked for
_HATTED_X = patterns.compile(r"\\(?:wide)?hat\s*(?:\{\s*X\s*\}|X(?![A-Za-z]))")


def _refuse_hatted_data_beside_plain(answer: str, parsed: Parsed, problem: Problem) -> None:
    r"""Refuse X̂ read as the data matrix X in one text where the other writes a plain X (cost X, answer X̂θ).

    ``\hat{X}\theta`` is read as Xθ where no plain X is written; across the cost and its answer the same
    question stands: beside the cost's X, the answer's X̂ may be another matrix (X with its ones column, or
    standardised), and read as X a gradient in it was judged "equivalent" (and a cost in X̂ beside an answer in X).
    """
    from ..notation.latex import HATTED_DATA_MATRIX_NOTE

    def hatted(notes: Sequence[str]) -> bool:
        return any(HATTED_DATA_MATRIX_NOTE in note for note in notes)

    in_answer, in_cost = hatted(parsed.notes), hatted(problem.notes)
    if in_answer == in_cost:
        return
    plain = (problem.source if in_answer else answer) or ""
    if _PLAIN_X.search(_HATTED_X.sub("", plain)) is None:
        return
    raise InputError(
        f"the {'answer' if in_answer else 'cost'} writes \\hat{{X}} (read as the data matrix X where no plain X is "
        f"written), and the {'cost' if in_answer else 'answer'} writes a plain X: the same matrix, or X̂ another "
        "(X with a column of ones, or standardised)?",
        source=answer, column=answer.find("X") if answer.find("X") >= 0 else None, label="ANSWER",
        hint="write the data matrix one way in the cost and the answer (X, or \\hat{X} in both)")


def _refuse_y_of_two_meanings(answer: str, node: Node) -> None:
    """Refuse an answer's y when the cost wrote y for the prediction and t for the target, and the answer writes no t.

    Beside t_n, y_n is the prediction (Bishop); without t the answer's y could be
    either, and reading it as the target could turn a wrong answer right.
    """
    from ..notation import tree

    ys = [each for each in tree.walk(node) if isinstance(each, tree.Variable) and each.name == "y"]
    if ys:
        first = min(ys, key=lambda each: each.span.start)
        raise InputError(
            "the cost writes t for the target and y for the model's prediction (Bishop), and this answer writes y "
            "without t: is its y the target or the prediction?",
            source=answer, column=first.span.start,
            hint="write the target as t_n beside the prediction y_n, as the cost does", label="ANSWER",
        )


def refuse_zero_based_beside_numbered(problem: Problem, answer: str, notes: Sequence[str]) -> None:
    """An answer's Σ_{j=0}^{n} θⱼxⱼ (θᵀx over every feature, x₀ = 1) beside a cost that numbers θ₀ on its own.

    The cost's θ₀ is then an intercept beside θ₁..θₙ, while the answer's sum from 0 is read
    over the features 1..n: the writer's θ₀x₀ would silently be dropped, and a right answer
    (or a derivation's step) called different. Refused, at the answer's model.
    """
    from ..notation import chains, vocabulary

    if not any(chains.reads_every_feature(note) for note in notes):
        return
    expressions = [problem.expand_definitions(problem.cost), problem.wrt]
    numbered = any(
        isinstance(item, sympy.Indexed) and str(item.base) in vocabulary.PARAMETER_VECTORS
        and item.indices[-1].is_Integer
        for expression in expressions if isinstance(expression, sympy.Basic)
        for item in sympy.preorder_traversal(expression)
    )
    if numbered:
        start = re.search(r"\\sum_\{?\s*[a-z]\s*=\s*0|_\{?\s*0(?![0-9])", answer)
        raise InputError(
            "the answer's model is numbered from 0 (θ₀x₀ + ⋯ + θₙxₙ, read as θᵀx over every feature), but the "
            "cost numbers its components on their own (an intercept θ₀ beside θ₁..θₙ): the two would number "
            "the features differently", source=answer, column=start.start() if start else None, label="ANSWER",
            hint="write the model as the cost does: \\theta_0 + \\sum_{k=1}^{n} \\theta_k x_k^{(i)}",
        )


#: a minus right before a name and its '=': ``-grad = …``, ``−dw = …`` (the minus itself is group 'minus')
_MINUS_BEFORE_NAME = patterns.compile(r"\s*(?:\$\$?\s*)?(?P<minus>[-−])(?=[A-Za-z])")


def _refuse_negated_code_name(written: str, blanked: str | None, gradient: tuple[str, str | None, int] | None,
                              taken: Collection[str] | None, named_cost: str | None) -> None:
    """Refuse ``-dw = …``, ``-grad = …`` saying what the left side is: code's name of the gradient, negated.

    The negative gradient is read only before a derivative written out (−∂J/∂θⱼ =); before code's name of it the
    refusal said "read only before a derivative's name" (dw is one) or "names the cost" (grad names none).
    ``blanked``: the answer with a minus the derivative's pattern took blanked (``gradient`` read from it), else None.
    """
    minus = _MINUS_BEFORE_NAME.match(written)
    if minus is None:
        return
    at = minus.start("minus")
    head = gradient if blanked is not None else gradient_head(" " * minus.end() + written[minus.end():], taken,
                                                                named_cost)
    if head is None:
        return
    name = head[0]
    raise InputError(
        f"the left side is minus {name}, code's name of the gradient: code assigns to a name, never to its "
        f"negative, and the negative gradient is read only before a derivative written out (−∂J/∂θⱼ =)",
        source=written, column=at, label="ANSWER",
        hint=f"write {name} = … with the minus on the right side, or -dJ/dw = …")


def read_answer(answer: str, *, input: Input = "auto", names: Collection[str] = (),
                functions: Collection[str] = (), maximised: bool = False,
                taken: Collection[str] | None = None, named_cost: str | None = None,
                penalty_alpha: bool = False, cost_rates: Collection[str] = (),
                counted: Collection[str] = ()) -> Parsed:
    """Read an answer, plain notation or LaTeX, with an optional left side naming the derivative.

    LaTeX's reader knows ``\\frac{\\partial J}{\\partial\\theta_j} =`` itself; in plain
    notation a left side ``dJ/dtheta_j =`` (or ``∂J/∂θ_j =``) is read here, with the
    same pattern ``steps`` uses for a derivation's leading name. An update rule
    (``θ := θ − α·g``) is read as its gradient g (:mod:`~logderiv.notation.update_rule`);
    ``maximised`` says the answer is judged against a log-likelihood, whose step is up; ``taken`` the names
    the problem gives a meaning (a left side ``g =`` is the gradient's only beside them: :func:`gradient_head`).
    ``named_cost`` is the cost's own name (a left side ``dL =`` is the gradient's only beside a cost named L).
    ``penalty_alpha``: the cost's α is its penalty's weight, so an update's α is told from it (update_rule).
    ``cost_rates``: the learning rate's names the cost writes too (its α): an update of several terms is then refused.
    ``counted``: the letters (l, ℓ) the cost counts its examples by, a bare quantity in a LaTeX answer (latex.parse).
    Errors are labelled ``ANSWER`` and point into the answer as written.
    """
    text, wrt, cost_name, subject_example = answer, None, "J", None
    layout_notes: tuple[str, ...] = ()
    written = answer  # errors show the answer as written, columns unchanged by what the layout reading blanks
    if notation_of(answer, input) == "plain":
        # Σ's limits on lines of their own (a docstring's layout) are read before the left side is looked for
        try:
            answer, layout_notes = typed_layout.read_layout(answer)
        except InputError as error:
            raise error.with_label("ANSWER") from None
        text = answer
    from ..notation import update_rule

    update = update_rule.update_head(answer)
    negated = None if update is not None else _NEGATED_HEAD.match(answer)
    if negated is not None and "=" in answer[negated.end():]:
        # −∂J/∂θⱼ = …, -\nabla J = …: the negative gradient, read as the derivative's head with its right side negated
        answer = answer[:negated.start("minus")] + " " + answer[negated.end("minus"):]  # columns unchanged
        text = answer
    else:
        negated = None
    gradient = None if update is not None else gradient_head(answer, taken, named_cost)
    _refuse_negated_code_name(written, answer if negated is not None else None, gradient, taken, named_cost)
    # a learning rate a --let defines (eta = alpha/m) is refused, not read as 1 (update_rule.stepped_gradient)
    defined_rates = update_rule.LEARNING_RATE_WORDS & set(names)
    if update is not None:
        # θ_j := θ_j − α·g, theta = theta - alpha * grad, w -= lr * g: the right side is read, and g taken from it
        text = update_rule.blanked(answer, update)
        names = {*names, *update_rule.LEARNING_RATE_WORDS}
    elif gradient is not None:
        # dw = np.dot(X, dz.T)/m, grad = …: the left side names the gradient (checked against --wrt by the checker)
        boxed = _GRADIENT_HEAD.match(answer)
        assert boxed is not None, "gradient_head matched the answer with this very pattern"
        box = boxed.group("box") or ""  # \boxed{dw = …}: the box stays, dropped as LaTeX's
        text = box + " " * (gradient[2] + 1 - len(box)) + answer[gradient[2] + 1 :]
        letter = boxed.group("octave_entry")
        index = re.search(rf"(?<![\w.]){vocab.WRT_INDEX}(?!\w)", answer[gradient[2] + 1:])
        if letter is not None and letter != vocab.WRT_INDEX and index is not None:
            # grad(a) = … X(:,a) … + theta(j) (a loop by a whose line writes a j too, audit24d): a is read as the
            # feature's index j, so the line's own j would become the same entry, a reading the line never gave it
            raise InputError(
                f"the left side grad({letter}) names entry {letter} of the gradient, and the line writes "
                f"{vocab.WRT_INDEX} too: which entry {vocab.WRT_INDEX} is (the same as {letter}, or another) the "
                "line does not say", source=answer, column=gradient[2] + 1 + index.start(),
                hint=f"write the one letter {letter} (or {vocab.WRT_INDEX}) for the entry throughout, "
                "or leave out the left side", label="ANSWER")
        if letter is not None and letter != vocab.WRT_INDEX:
            # grad(a) = … X(:,a) … theta(a) (Octave's loop over the parameters): a, in those places, is the
            # feature's index, read as j (one letter for one, columns unchanged); the checker says so, and refuses
            # an a written anywhere else (_entry_head)
            def feature(match: re.Match[str]) -> str:
                start = match.start(1) if match.group(1) is not None else match.start(2)
                written = match.group(0)
                # a word (gradCtr) is j and spaces, so that columns still point into the answer
                return (written[:start - match.start()] + vocab.WRT_INDEX.ljust(len(letter))
                        + written[start - match.start() + len(letter):])

            renamed = re.sub(_LETTERED_COLUMN.format(letter=letter), feature, text)
            renamed = re.sub(_PARAMETER_ENTRY.format(letter=letter), feature, renamed)
            if not re.search(rf"(?<![\w.]){letter}(?!\w)", renamed[gradient[2] + 1:]):
                text = renamed  # an a anywhere else (a number? the example's index?) is left to be refused
    elif notation_of(answer, input) == "plain" or _plain_head(answer, input):
        head, equals, _ = answer.partition("=")
        named, spelled = None, None
        if equals:
            from ..notation.document import derivative_name  # only an answer with a left side needs it

            named = derivative_name(head, "plain") or _named_derivative(head)
            _refuse_bracketed_quantity(head, answer, names)
            spelled = None if named is not None else _spelled_objective_derivative(head)
            if spelled is not None:
                # d log L/dθⱼ, d/dθⱼ l(θ), dℓ/dθⱼ: read as LaTeX's \frac{\partial \log L}{…} and ∂ℓ(θ)/∂θⱼ are
                named = spelled[:2]
                layout_notes = (*layout_notes, *((spelled[3],) if spelled[3] else ()))
        if named is not None and _CAPITAL_THETA_WRT.fullmatch(named[0]):
            # % dJ/dTheta_j = … (an Octave comment that writes J(Theta)): the head names ∂J/∂θⱼ in a capital
            layout_notes = (*layout_notes, f"d{named[0]} on the left is read as d{'theta' + named[0][5:]}: "
                            "the capital names the parameter θ the derivative is taken by")
            named = ("theta" + named[0][5:], named[1])
        if named is not None:
            text = " " * (len(head) + 1) + answer[len(head) + 1 :]  # columns still point into the answer
            wrt = named
            numerator = None if spelled is not None else \
                re.match(r"\s*(?:d|∂)\s*(?P<name>[A-Za-z][A-Za-z_]*)\s*(?:\(|/)", head) \
                or re.match(r"\s*(?:d|∂)\s*\(\s*(?P<name>[A-Za-z][A-Za-z_]*)\s*\)\s*/", head)  # d(e_sq)/dm
            cost_name = numerator.group("name") if numerator else spelled[2] if spelled else "J"  # ∂L/∂m: ∂L
            bracket = numerator and re.match(r"\s*\(([^()]*)\)", head[numerator.end("name"):])
            if numerator and (re.fullmatch(r"[A-Za-z]+_i", cost_name)
                              or bracket and re.search(r"(?<![A-Za-z])i(?![A-Za-z])", bracket.group(1))):
                # dE_i/db, dE_(i)/db, dE(i)/db, dE(x_i)/db: example i's error, as y_i is its target
                subject_example = numerator.start("name")
    try:
        parsed = parse_text(text, input=input, names=names, functions=functions, counted=counted)
        if update is not None:
            parameter = parse_text(update.name, input=parsed.notation).tree
            stepped, said = update_rule.stepped_gradient(parsed.tree, parameter, update, written, maximised=maximised,
                                                         defined=defined_rates, penalty_alpha=penalty_alpha,
                                                         cost_rates=cost_rates)
            assert isinstance(parameter, tree.Variable), "stepped_gradient refuses a left side that is no parameter"
            # the checker holds the parameter against --wrt, as it does a left side dJ/dθ_j
            parameter = replace(parameter, span=tree.Span(update.name_start, update.name_start + len(update.name)))
            parsed = replace(parsed, tree=stepped, wrt=parameter, notes=(said, *parsed.notes))
        elif wrt is not None:
            variable = parse_text(wrt[0], input="plain").tree
            if not isinstance(variable, tree.Variable):
                raise InputError("the left side does not name a variable to differentiate by",
                                 source=answer, column=wrt[1], hint="write dJ/dtheta_j = ...")
            span = tree.Span(wrt[1], wrt[1] + len(wrt[0]))
            parsed = replace(parsed, name=cost_name, wrt=replace(variable, span=span),
                             subject_example=subject_example)
        elif parsed.name is not None and parsed.wrt is None and not _names_the_gradient(parsed):
            raise InputError(f"the left side names {parsed.name}, not a derivative of it",
                             source=answer, column=0,
                             hint="write \\frac{\\partial J}{\\partial\\theta_j} = ..., or only the right side")
    except InputError as error:
        if error.source in (text, answer):
            error.source = written
        raise error.with_label("ANSWER") from None
    if negated is not None:
        if parsed.wrt is None and parsed.name is None:
            raise InputError("a minus before the left side is read only before a derivative's name (−∂J/∂θⱼ =)",
                             source=written, column=negated.start("minus"), label="ANSWER",
                             hint="write dJ/dtheta_j = … with the right side's sign, or leave out the left side")
        parsed = replace(parsed, tree=tree.Negate(parsed.tree, tree.Span(0, len(written))),
                         notes=(NEGATED_HEAD_NOTE, *parsed.notes))
    if any(note.startswith(COLON_NOTE_START) for note in parsed.notes):
        # an answer's layout is decided with its matrix reading, later: v(:) (a row made a column, or not) is
        # read in a cost and its lets only, where read_problem checks that every value is a column
        raise InputError("Octave's v(:) is read in a cost and its --let values, not in an answer", source=written,
                         column=written.find("(:)"), label="ANSWER", hint="write the vector without (:)")
    if any(note.startswith(ITEM_LET_NOTE_START) for note in parsed.notes):
        # whether the let is one number is checked where the lets are read, with the cost: an answer is a vector
        raise InputError("'.item()' after a --let's name is read in a cost, not in an answer", source=written,
                         column=written.find(".item"), label="ANSWER", hint="write the let's value itself")
    if ITEM_NOTE in parsed.notes or ITEM_INDEX_NOTE in parsed.notes:
        # np.dot(tx.T, e)[0, 0]: the reader takes the bracket for a 1×1 product by its form (a transpose first), which
        # a cost's reading then holds to one number; an answer is a vector, so Xᵀe (n×1) passed and its first entry
        # ∂J/∂w₁ was judged as the whole gradient, "equivalent" (audit59)
        at = next((found.start() for found in re.finditer(r"\.item\s*\(|\[\s*0\s*[,\]]", written)), 0)
        raise InputError("'[0, 0]' (.item()) takes the first entry of an array, which is the array's value only when it "
                         "is 1×1: read in a cost, not in an answer, whose value is the gradient's vector",
                         source=written, column=at, label="ANSWER",
                         hint="write the answer without the index (np.dot(tx.T, e) / m, not np.dot(tx.T, e)[0, 0] / m)")
    if layout_notes:
        parsed = replace(parsed, notes=(*layout_notes, *parsed.notes))
    return parsed


def judge(
    expected: sympy.Expr,
    answer: sympy.Expr,
    problem: Problem,
    *,
    samples: Samples | Callable[[], Samples] | None = None,
    deadline: Deadline | None = None,
    final: bool = True,
    source: str = "",
    notes: Sequence[str] = (),
    time_limit: float = 0.0,
    reported: Problem | None = None,
    sizes: Sequence[numeric.Size] = (),
    diagnosed: bool = True,
    wording: tuple[str, str] = ("the answer", "the gradient"),
) -> Verdict:
    """Is ``answer`` equal to ``expected`` (both built in ``problem``'s context)? A :class:`Verdict`.

    The core of :meth:`Checker.check`, usable on any two expressions (two lines
    of a derivation): the numeric comparison at ``samples`` (a
    :class:`~logderiv.verify.samples.Samples`, or a function returning one; share
    one across calls to reuse values) with the symbolic expansion tried once the
    first size agrees, a counterexample confirmed at 50 digits, and
    :func:`~logderiv.verify.diagnosis.diagnose` for a difference. With
    ``final`` (an answer, not a step) an answer that still holds a derivative
    is not finished: equal, it is ``undecided`` and diagnosed ``unfinished``.
    ``deadline`` is checked cooperatively; ``reported`` is the problem to put
    in the verdict (default ``problem``); ``sizes`` replaces the plan of
    ``numeric.sizes_for`` (a matrix answer is sampled at every component j). ``diagnosed=False``
    skips the diagnosis; ``wording`` is what its messages call ``answer`` and
    ``expected``.
    """
    record = dict(problem=reported or problem, source=source, expected=expected, answer=answer,
                  notes=tuple(dict.fromkeys(notes)), time_limit=time_limit)
    unfinished = final and answer.has(sympy.Derivative)
    if not unfinished and (expected == answer or _expanded(expected, problem) == _expanded(answer, problem)):
        return Verdict("equivalent", check=Check("symbolic"), **record)
    from ..verify.diagnosis import Context, diagnose
    from ..verify.samples import Samples, close, finite

    if callable(samples):
        samples = samples()
    if samples is None:
        samples = Samples()
    # every numbered component either side, a definition or the variable names is sampled as a j
    sizes = tuple(sizes) or numeric.sizes_for(_expanded(expected, problem), _expanded(answer, problem), problem.wrt)
    # the two are first compared at one point: when they agree, the symbolic proof comes next and
    # usually spares the other points; when they differ, it would be futile. Either order gives the
    # same verdict; only the cost differs
    attempted = unfinished  # the symbolic attempt is made once at most
    if not unfinished and _maybe_equal(expected, answer, problem, samples, sizes[0]):
        attempted = True
        if _symbolically_equal(expected, answer, problem):
            return Verdict("equivalent", check=Check("symbolic"), **record)

    samples.deadline = deadline
    context = Context(problem, samples, *wording, final=final, sizes=sizes)
    samples.keep.add(expected)
    agreed = 0
    # otherwise the symbolic attempt comes after the first size, once the points agree there
    try:
        for size in sizes:
            if not attempted and agreed:
                # equal at every point so far (a wrong answer seldom is): only now the dearer symbolic
                # attempt, which spares the other sizes when it proves the equality
                attempted = True
                if _symbolically_equal(expected, answer, problem):
                    return Verdict("equivalent", check=Check("symbolic"), **record)
            value_left = samples.values(expected, size, problem.definitions)
            value_right = samples.values(answer, size, problem.definitions)
            differing = []
            for index, (left, right) in enumerate(zip(value_left, value_right)):
                if finite(left) and finite(right):
                    if close(left, right, samples.tolerance):
                        agreed += 1
                    else:
                        differing.append(index)
            for index in differing:
                if deadline is not None:
                    deadline.check()
                counterexample = _counterexample(_expanded(expected, problem), _expanded(answer, problem), size,
                                                 samples.at(size)[index])
                if counterexample is None:
                    agreed += 1  # floating-point noise: the two agree at 50 digits
                    continue
                # a cost written for labels (log(yh + (1 − y)(1 − h)), log(1 + e^(−yθᵀx))) is meant at them
                labelled = labels.agreement(expected, answer, problem, sizes)
                if labelled is not None and labelled.equal and labelled.assumed:
                    return Verdict("equivalent", check=_numeric_check(labelled.points, samples, sizes),
                                   **{**record, "notes": (*record["notes"], labelled.note(*wording))})
                check = _numeric_check(agreed + 1, samples, sizes)
                if labelled is not None and labelled.assumed and labelled.differ is not None:
                    # wrong at the labels the cost is written for: show that point, name the mistake there (where
                    # the answer has no value at any label point, 1/(y² − 1) at y = ±1, the real-y point stays)
                    size, point = labelled.differ
                    counterexample = _counterexample(_expanded(expected, problem), _expanded(answer, problem),
                                                     size, point) or counterexample
                    context = Context(problem, labels.LabelSamples(labelled.labels), *wording, final=final,
                                      sizes=sizes)
                    record["notes"] = (*record["notes"], labelled.reading(wording[0]))
                diagnosis = diagnose(expected, answer, context) if diagnosed else ()
                if labelled is not None and labelled.equal and diagnosed:
                    diagnosis = (labelled.diagnosis(*wording), *diagnosis)
                return Verdict("different", check=check, counterexample=counterexample, diagnosis=diagnosis,
                               **record)
        if not attempted and _symbolically_equal(expected, answer, problem):
            return Verdict("equivalent", check=Check("symbolic"), **record)
        if agreed == 0:
            return Verdict("undecided", reason="the answer has no finite value at any point tried", **record)
        check = _numeric_check(agreed, samples, sizes)
        if unfinished and _read_off(answer, problem):
            # 2(wx + b − y) · ∂/∂w (wx + b − y): the derivative left is of an expression linear in its variable,
            # its value a coefficient read off, and with it the answer is the gradient at every point tried
            try:
                proved = _symbolically_equal(expected, answer.doit(), problem)
            except Exception:  # noqa: BLE001 - sympy's doit fails on it: the numeric agreement stands
                proved = False
            return Verdict("equivalent", check=Check("symbolic") if proved else check,
                           **{**record, "notes": (*record["notes"], READ_OFF_NOTE)})
        if unfinished:
            return Verdict("undecided", check=check, diagnosis=diagnose(expected, answer, context)[:1], **record,
                           reason="the answer equals the gradient but still contains an unevaluated "
                                  "derivative: it is not finished")
        return Verdict("equivalent", check=check, **record)
    finally:
        samples.forget()
        samples.deadline = None


def reads_every_component(problem: Problem) -> bool:
    r"""Whether an answer's (a step's) ``\sum_{k=0}^{n}\theta_k x_k`` is θᵀx over every component, as for the cost.

    By a numbered component, or beside a cost that writes θ₀ on its own (the writer's numbering kept), the
    reader's θ₀ + Σₖ₌₁ⁿ θₖxₖ stands (:mod:`logderiv.notation.zero_intercept`).
    """
    from ..notation import vocabulary

    wrt = problem.wrt
    if isinstance(wrt, sympy.Indexed) and wrt.indices[-1].is_Integer:
        return False
    expressions = (problem.cost, *problem.definitions.values())
    return not any(symbols.label(indexed.base) in vocabulary.PARAMETER_VECTORS and indexed.indices[-1] == 0
                   for expr in expressions if isinstance(expr, sympy.Basic) for indexed in expr.atoms(sympy.Indexed))


def every_component(parsed: Parsed) -> Parsed:
    """``parsed`` with the reader's θ₀ + Σₖ₌₁ⁿ θₖxₖ made θᵀx over every component, its note said so."""
    from ..notation import zero_intercept

    if not zero_intercept.holds_intercept_sums(parsed.tree):
        return parsed
    return replace(parsed, tree=zero_intercept.as_every_component(parsed.tree),
                   notes=tuple(zero_intercept.every_component_notes(parsed.notes)))


#: said when an answer equal to the gradient still holds derivatives of expressions linear in their variables


def _read_off(answer: sympy.Expr, problem: Problem) -> bool:
    """Whether every derivative ``answer`` leaves unevaluated is of a first order, of an expression linear in its variable.

    Such a derivative is a chain rule's inner step whose value is read off (∂/∂w (wx + b − y) = x); a derivative
    of anything else (σ, a square, the cost itself: the question restated) is work not done, and the answer stays
    unfinished.
    """
    derivatives = symbols.atoms(answer, sympy.Derivative)
    if not derivatives:
        return False
    for derivative in derivatives:
        body = problem.expand_definitions(derivative.expr)
        if body.has(sympy.Derivative):
            return False
        for variable, count in derivative.variable_count:
            if count != 1:
                return False
            try:
                second = sympy.diff(sympy.diff(body, variable).doit(), variable).doit()
            except Exception:  # noqa: BLE001 - sympy cannot differentiate it: not read off
                return False
            if second != 0 and sympy.simplify(second) != 0:
                return False
    return True


def unused_let_names(problem: Problem) -> set[str]:
    """The ``--let`` names the cost does not use (the builder noted "--let NAME is defined but not used")."""
    prefix, suffix = "--let ", " is defined but not used"
    return {note[len(prefix):-len(suffix)] for note in problem.notes if note.startswith(prefix) and note.endswith(suffix)}


def _name(key: sympy.Basic) -> str:
    return key.func.__name__ if isinstance(key, AppliedUndef) else getattr(key, "name", str(key))


def _symbolically_equal(expected: sympy.Expr, answer: sympy.Expr, problem: Problem) -> bool:
    """Whether the difference expands to zero, with the defined names kept or substituted.

    Unevaluated derivatives are opaque to expansion: equal ones cancel, nothing more.
    """
    for left, right in ((expected, answer), (_expanded(expected, problem), _expanded(answer, problem))):
        if left == right:
            return True
        if _applications(left) != _applications(right):
            # expanding rewrites no function (σ stays σ, exp stays exp): a σ on one side only
            # will not cancel, so do not spend the time; the numeric comparison decides
            continue
        difference = left - right
        if not symbols.expands_cheaply(difference, max_ops=_SYMBOLIC_OPS, max_terms=_SYMBOLIC_TERMS):
            continue
        if symbols.expand(difference) == 0 or symbols.expand(_linear(difference)) == 0:
            return True
    return False


def _maybe_equal(expected: sympy.Expr, answer: sympy.Expr, problem: Problem, samples: Samples,
                 size: numeric.Size) -> bool:
    """False when the two plainly differ at the first point of ``size``: a symbolic attempt is futile.

    Only orders the work: whatever this says, the verdict comes from the comparison that follows.
    """
    point = samples.at(size)[0]
    try:
        left = numeric.evaluate(_expanded(expected, problem), point, size)
        right = numeric.evaluate(_expanded(answer, problem), point, size)
    except (ArithmeticError, InternalError, TypeError, ValueError, KeyError):
        return True  # undefined there, or something the scalar evaluator declines: let the proof try
    # relative: the gradient of a deep σ tower is ~1e-7 at every point, and an absolute margin called any two
    # such values close, so a plainly different answer got the expensive symbolic attempt first
    return left == right or abs(left - right) <= CLOSE_ENOUGH_TO_TRY * max(abs(left), abs(right))


def _linear(expr: sympy.Expr) -> sympy.Expr:
    """Use the linearity of Σ: split every sum over its addends, factors free of its index outside.

    ``-(1/m) Σᵢ (y − h) xⱼ`` and ``(1/m) Σᵢ (h − y) xⱼ`` expand to different
    sums; split this way they become the same two sums, which then cancel.
    """

    def split(total: sympy.Sum) -> sympy.Expr:
        bound = [limit[0] for limit in total.limits]
        pieces = []
        for addend in sympy.Add.make_args(symbols.expand(total.function)):
            inside = [f for f in sympy.Mul.make_args(addend) if f.has(*bound)]
            outside = [f for f in sympy.Mul.make_args(addend) if not f.has(*bound)]
            pieces.append(sympy.Mul(*outside) * total.func(sympy.Mul(*inside), *total.limits))
        return sympy.Add(*pieces)

    return symbols.expand(expr).replace(lambda e: isinstance(e, sympy.Sum), split)


def _expanded(expr: sympy.Expr, problem: Problem) -> sympy.Expr:
    """``expr`` with the problem's defined names substituted (remembered, sub-expression by sub-expression)."""
    return problem.expand_definitions(expr)


@remembered("services.check.applications", 64)  # the gradient's, asked for with every answer
def _applications(expr: sympy.Expr) -> frozenset[sympy.Basic]:
    """The function applications in ``expr`` (σ(θᵀx⁽ⁱ⁾), exp(…), h(i)), by function and argument."""
    return frozenset(symbols.atoms(expr, sympy.Function))


def _numeric_check(points: int, samples: Samples, sizes: Sequence[numeric.Size]) -> Check:
    shapes = tuple(dict.fromkeys((s.m, s.n) for s in sizes))
    return Check("numeric", points, shapes, samples.tolerance)


def _counterexample(left: sympy.Expr, right: sympy.Expr, size: numeric.Size,
                    sample: numeric.Point) -> Counterexample | None:
    """The point, rounded for reading if the difference survives rounding, confirmed at 50 digits."""
    rounded = {key: round(value, _ROUNDED) for key, value in sample.values.items()}
    for values in (rounded, dict(sample.values)):
        try:
            confirmed = precise.differ_precisely(left, right, values, size)
        except (ZeroDivisionError, ValueError, TypeError):  # pragma: no cover - undefined at this point
            confirmed = None
        if confirmed is None:
            continue
        expected_value, answer_value, read = confirmed
        order = {"theta": 0, "w": 0, "x": 1, "y": 2}
        used = sorted(read or _used_keys(left, right, size, values),
                      key=lambda key: (order.get(key[0], 3), key[0], key[1]))
        return Counterexample(
            m=size.m,
            n=size.n,
            j=size.j,
            values=tuple(Value(name, indices, float(values[(name, indices)])) for name, indices in used),
            expected=precise.decimal(expected_value),
            answer=precise.decimal(answer_value),
            digits=precise.DIGITS,
        )
    return None


def _used_keys(left: sympy.Expr, right: sympy.Expr, size: numeric.Size,
               values: Mapping[numeric.Key, float]) -> list[numeric.Key]:
    """The inputs either side reads, in reading order (θ, then x, then y, then the rest)."""
    probe = _Recorder(values)
    for expr in (left, right):
        try:
            numeric.evaluate(expr, probe, size)
        except numeric.Undefined:
            pass
    order = {"theta": 0, "w": 0, "x": 1, "y": 2}
    return sorted(probe.read, key=lambda key: (order.get(key[0], 3), key[0], key[1]))


class _Recorder(numeric.Point):
    """A point that serves known values and records which were read."""

    def __init__(self, values: Mapping[numeric.Key, float]) -> None:
        super().__init__("recorder", values=dict(values))
        self.read: set[numeric.Key] = set()

    def __getitem__(self, key: numeric.Key) -> float:
        self.read.add(key)
        return self.values[key]


def _names_the_gradient(parsed: Parsed) -> bool:
    """Whether the left side is ``\\nabla J`` naming no parameters: the gradient by --wrt's (noted by the reader)."""
    from ..notation import conventions

    return any(conventions.is_unnamed_gradient_note(note) for note in parsed.notes)


def _per_example_lets(per_example: frozenset[str], lets: Sequence[Let]) -> frozenset[str]:
    """The problem's names with a value per example, and the answer's lets that use one (``dZ = A - Y``)."""
    from ..notation import vocabulary as vocab
    from ..notation.tree import walk as walk_tree

    found = set(per_example) | set(vocab.PER_EXAMPLE) | {"Y"}
    grown = True
    while grown:
        grown = False
        for name, value, _ in lets:
            if name not in found and any(getattr(node, "name", None) in found for node in walk_tree(value)):
                found.add(name)
                grown = True
    return frozenset(found - set(vocab.PER_EXAMPLE) - {"Y"}) | frozenset(per_example)


#: code's column of X as written (X[:, j], X(:, j)): the reader takes it as the feature x_j
_COLUMN_OF_X = patterns.compile(r"X\s*(?:\[|\()\s*:\s*,")


#: the builder's refusal of matrix notation outside a matrix answer (here: inside the lets an answer names)
_MATRIX_IN_A_LET = "matrix notation (Xᵀ, ⊙) is read only in an answer to check"


def _matrix_lets_put_in(node: Node, lets: list[Let]) -> tuple[Node, list[Let], tuple[str, ...]]:
    """``dw / n`` with ``--let 'dw = 2 * (const2.dot(self.w) - const1)'``, ``const1 = X.T.dot(y)``: the lets' matrix form.

    An answer written only in names its --let s define (beside numbers, counts and the parameter vector) is their
    value: where that value, the lets put in, is in matrix notation (X, Xᵀ, ⊙), the answer is a matrix answer, read
    as one (noted); it was refused, as matrix notation inside a let is read only through a matrix answer. Asked only
    once the answer's own reading has refused that notation; an answer that writes the data (x, y) or an indexed
    name itself is an index form's, and is left as it was.
    """
    from ..notation.matrices import is_matrix_answer
    from ..notation.matrix_cost import put_in_place

    def names_in(top: Node) -> set[str]:
        return {current.name for current in tree.walk(top) if isinstance(current, tree.Variable)}

    values = {name: value for name, value, _ in lets}
    used = [current for current in tree.walk(node) if isinstance(current, tree.Variable)]
    if not any(current.name in values for current in used) or any(
            current.name not in values and current.name not in vocab.COUNT_LETTERS | vocab.PARAMETER_VECTORS
            or current.feature is not None or current.example is not None for current in used):
        # (a count, dw / m, and the whole parameter vector, 2 * (const2 · w - const1) once code's dw is put in, are
        # what the lets' values are made of too)
        return node, lets, ()
    try:
        put = put_in_place(node, values)
    except InputError:
        return node, lets, ()
    if not is_matrix_answer(put):
        return node, lets, ()
    reached = names_in(node) & set(values)
    while more := {name for known in reached for name in names_in(values[known]) & set(values)} - reached:
        reached |= more
    names = ", ".join(dict.fromkeys(current.name for current in used if current.name in values))
    # every let the answer reaches is in it now; the others are left to the matrix reader, which drops them
    return put, [let for let in lets if let[0] not in reached], (
        f"the answer is written in names its --let s define ({names}), whose values are in matrix notation: they are "
        "put in, and the answer is read in matrix notation",)


def _refuse_column_of_examples(source: str, node: Node) -> None:
    """Refuse ``X[:, j]`` in an answer to a cost laid out with one example per column (X n×m, wᵀX).

    The reader takes code's column j of X as the feature xⱼ of every example, which it is with X m×n; with X
    n×m, column j is example j's features ((A − Y) * X[:, j] would not even conform in NumPy), so it is refused.
    """
    from ..notation import tree as nodes

    for current in nodes.walk(node):
        if isinstance(current, nodes.Variable) and current.name == "x" \
                and _COLUMN_OF_X.match(source, current.span.start):
            raise InputError(
                f"'{source[current.span.start:current.span.end].strip()}' is column j of X, and X is n×m here "
                "(one example per column, as the cost's wᵀX is): its columns are the examples, not the features",
                source=source, column=current.span.start, label="ANSWER",
                hint="with X n×m the feature j of every example is the row X[j, :]; or write the whole gradient, "
                     "np.dot(X, (A - Y).T) / m",
            )


def differs_where_the_ones_column_is_one(verdict: Verdict, points: int = 4) -> bool:
    """Whether a "different" verdict's answer still differs from the gradient where x₁ = 1 at every example.

    Code that puts a column of ones first (``X = np.c_[np.ones(m), X]``, read as logderiv's X with x₁ = 1, noted)
    makes θ₁'s component (1/m) Σᵢ (h − y) x₁ equal (1/m) Σᵢ (h − y); the sample points draw x₁ like any feature, so
    that right answer was found "different" at x₁ = 1.05 (fixf40's report). Evaluated here at points whose x₁ is 1:
    True when the difference stays (the verdict holds under the reading), False when it goes.
    """
    from ..equality.numeric import SIZES, Point, Undefined, close, draw, evaluate

    class OnesFirst(Point):
        def _draw(self, key: numeric.Key) -> float:  # numeric.Point's hook: each value drawn on first use

            name, indices = key
            return 1.0 if name == "x" and len(indices) == 2 and indices[1] == 1 else super()._draw(key)

    if verdict.expected is None or verdict.answer is None:
        return True
    definitions = verdict.problem.definitions
    for size in SIZES:
        for index in range(points):
            point = OnesFirst(draw("ones-first", size, index).label)
            try:
                expected = evaluate(verdict.expected, point, size, definitions)
                answer = evaluate(verdict.answer, point, size, definitions)
            except (Undefined, OverflowError):
                continue
            if not close(expected, answer):
                return True
    return False
