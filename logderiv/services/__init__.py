"""The services above the engine and the equality core: one call per command.

``check`` (the :class:`~logderiv.services.check.Checker` and ``judge``: an answer
read, respelled and judged against a cost's gradient), ``steps``
(``review_steps``: a written derivation read line by line and each step
checked) and ``written_model`` (answers judged by the model a page writes
out). Nothing in :mod:`logderiv.verify` or below imports this package
(``tests/test_cycles.py``); the API (:mod:`logderiv._api`) calls it.
"""
