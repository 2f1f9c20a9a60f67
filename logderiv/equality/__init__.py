"""The equality core (issue 14): is ``a = b``?, below the engine, which checks each step with it.

``tolerances`` (every constant of a comparison, once, with its reason), ``numeric`` (the sampler, the evaluators,
"equal here"), ``compare`` (a step's and the final result's check, symbolic where cheap, otherwise numeric),
``elementwise`` and ``arrays`` (the matrix form's evaluation and check). The engine imports them; so do ``verify``
(answers, written derivations), the services and gradcheck's reference. They import only the layers below the
engine: the notation, the records, the printers and the basics.
"""
