"""The result records: what the library returns, as data, below everything that makes or reads them.

``Derivation`` (:mod:`.derivation`, made of :mod:`.step` s, with the
:class:`~logderiv.notation.problem.Problem` it derives), ``MatrixForm`` (:mod:`.matrix`), ``Verdict`` and
its ``Diagnosis`` (:mod:`.verdict`), ``Review`` (:mod:`.review`),
gradcheck's ``Report`` (:mod:`.gradcheck`) and grading's ``Question``,
``Row``, ``Outcome``, ``Grade`` and ``RowGrades`` (:mod:`.grading`). The
engine, the verifiers and the services build them; the renderers read them. Nothing here imports a renderer,
a verifier, a service or the CLI (``tests/test_cycles.py`` holds that): a
record's convenience method (``to_latex()`` …) calls up by name through
:mod:`logderiv.facade`.

This file imports nothing, so that importing one record loads no other. The
problem a result is of, :class:`~logderiv.notation.problem.Problem`, is not
a result but the reading of the input: the notation builds it, so it lives
there, below the records.
"""
