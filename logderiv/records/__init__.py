"""The result records: what the library returns, as data, below everything that makes or reads them.

``Derivation`` (:mod:`.derivation`, made of :mod:`.step` s, with a
:class:`~.problem.Problem`), ``MatrixForm`` (:mod:`.matrix`), ``Verdict`` and
its ``Diagnosis`` (:mod:`.verdict`), ``Review`` (:mod:`.review`),
gradcheck's ``Report`` (:mod:`.gradcheck`) and grading's ``Question``,
``Row``, ``Outcome``, ``Grade`` and ``RowGrades`` (:mod:`.grading`). The
engine, the verifiers and the services build them; the renderers read them. Nothing here imports a renderer,
a verifier, a service or the CLI (``tests/test_cycles.py`` holds that): a
record's convenience method (``to_latex()`` …) calls up by name through
:mod:`logderiv.facade`.

This file imports nothing, so that importing one record (the notation reads
``problem``) loads no other.
"""
