"""audnp40: an adversarial audit of fixnp40's readings (forward(X) with an intercept, code's a0/a1, self. shape).

Each expectation is worked out by hand and, where a verdict is asserted, held to central finite differences.
"""

from __future__ import annotations

import logderiv
from _reading import notes_of

PE_COST = "((y_pred-y)**2).mean()"
DW = "dw = np.mean(2*x*(y_pred-y))"


def test_no_note_claims_forward_s_parameter_is_x_when_it_is_another_name():
    # def forward(z): return w*z + b, y_pred = forward(X): the function's own parameter is z. fixnp40's note said
    # "the lowercase x ... is the same one input column (X is only the argument of forward, whose own parameter is
    # x ...)": untrue of this text. The same-column merge is now made only where the parameter is x. (main already
    # reads x beside forward(z) = w*z, forward(X) as the one column by its older path; that reading is left as is.)
    for lets in (("def forward(z) :\n  return w*z + b", "y_pred = forward(X)"),
                 ("forward(z) = w*z + b", "y_pred = forward(X)")):
        try:
            verdict = logderiv.check(DW, cost=PE_COST, wrt="w", let=lets)
        except logderiv.errors.InputError as error:
            assert error.message
        else:
            assert not any("whose own parameter is x" in note for note in notes_of(verdict)), notes_of(verdict)


def test_x_beside_forward_X_is_still_merged_when_the_parameter_is_x():
    # the fixer's right reading kept: forward's own parameter is x (the tutorial's def forward(x): return w*x + b)
    verdict = logderiv.check(DW, cost=PE_COST, wrt="w", let=("def forward(x) :\n  return w*x + b", "y_pred = forward(X)"))
    assert verdict.verdict == "equivalent"
    assert any("whose own parameter is x" in note for note in notes_of(verdict))
