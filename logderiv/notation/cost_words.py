"""The cost a page names only in words ("minimises the mean squared error"), where no line of it defines the cost.

A page with no cost written is checked against the default, the logistic cost (said in a note). But a page whose
prose names a squared error (mean squared error, least squares, MSE, 均方误差 …) and no log-loss at all means that
squared error: judged against the logistic cost, its right ∂J/∂θⱼ = (2/m)Σ(h − y)xⱼ was "wrong" and the logistic
gradient (1/m)Σ(h − y)xⱼ beside h = σ(θᵀx) "the gradient" (hunt33) — a cost the page does not use. Which squared
error (a mean, with ½ or not, a sum) the words do not say, so the page is refused naming the words, never guessed.

A page that names a log-loss too (cross-entropy, log loss, a likelihood, logistic regression) is refused as well,
the log-loss named beside it (audit33g): "the squared error is not convex, so we use the log loss" means the log-loss,
but "the mean squared error instead of the cross-entropy" (beside h = σ(θᵀx)), "unlike logistic regression, linear
regression minimises the MSE" and "the MSE, the maximum likelihood under Gaussian noise" mean the squared error, and
the words alone do not tell them apart. A page naming only a log-loss keeps the default. Nothing here parses an
expression.
"""

from __future__ import annotations

import re

from .. import patterns

__all__ = ["log_loss_named", "squared_error_named"]

#: a squared error named in words: English, and the languages the corpus's pages are written in
_SQUARED_ERROR = patterns.compile(
    r"(?i)(?<![A-Za-z])(?:(?:mean|sum\s+of(?:\s+the)?)[\s-]+squared?[\s-]+(?:errors?|residuals?|loss)"
    r"|squared[\s-]+(?:errors?|loss|residuals?|differences?|deviations?|distances?)|least[\s-]+squares"
    r"|sum\s+of(?:\s+the)?\s+squares|quadratic[\s-]+(?:loss|cost|errors?)|(?<![A-Za-z])L_?\{?2\}?[\s-]+loss"
    r"|(?<![A-Za-z])OLS(?![A-Za-z])"
    r"|residual\s+sum\s+of\s+squares|(?<![A-Za-z\\{])(?:MSE|SSE|RSS|MAE)(?![A-Za-z])"
    # another cost than the log-loss, or the model whose cost is a squared error: the default is not the page's
    r"|absolute[\s-]+(?:errors?|loss|deviations?)|hinge[\s-]+loss|huber[\s-]+loss|perceptron)"
    r"|均方误差|平方误差|平方损失|最小二乘|二乗誤差|最小二乗|평균\s*제곱\s*오차|제곱\s*오차|최소\s*제곱"
    r"|(?i:error\s+cuadr[aá]tico|erro\s+quadr[aá]tico|erreur\s+quadratique|moindres\s+carr[ée]s"
    r"|m[ií]nimos\s+cuadrados|m[ií]nimos\s+quadrados|quadratische[nr]?\s+Fehler|kleinste[nr]?\s+Quadrate"
    r"|среднеквадратичн|квадратичн\w*\s+ошибк|наименьших\s+квадратов|sai\s+s[ốo]\s+b[ìi]nh\s+ph[ươ]+ng)")

#: the model whose cost is a squared error, named: linear regression
_LINEAR_REGRESSION = patterns.compile(
    r"(?i)linear\s+regression|regresi[oó]n\s+lineal|regress[aã]o\s+linear|r[ée]gression\s+lin[ée]aire"
    r"|lineare[nr]?\s+Regression|линейн\w*\s+регресс|h[ồo]i\s+quy\s+tuy[ếe]n\s+t[íi]nh|线性回归|線性迴歸|線形回帰|선형\s*회귀")

#: a sigmoid on the page: "unlike linear regression, h = σ(θᵀx)" names linear regression to set it apart; σ applied
#: to an argument, never σ² or σ alone, the noise's spread in linear regression's Gaussian model, nor a sum's Σ(…) or
#: a covariance \Sigma (audit33g)
_SIGMOID = patterns.compile(r"(?i)sigmoid|(?-i:\\sigma(?![A-Za-z])|σ)\s*(?:\(|\\left\s*\(|\\[bB]igg?l?\s*\(|\{\s*\()|\\frac\s*\{\s*1\s*\}\s*\{\s*1\s*\+\s*e\s*\^|1\s*/\s*\(\s*1\s*\+\s*e")

#: a log-loss named in words: the default logistic cost may be the page's
_LOG_LOSS = patterns.compile(
    r"(?i)cross[\s-]*entrop|log[\s-]*loss|logistic|likelihood|(?<![A-Za-z])(?:NLL|BCE)(?![A-Za-z])"
    r"|交叉熵|对数损失|對數損失|似然|逻辑回归|邏輯迴歸|ロジスティック|交差エントロピー|尤度|로지스틱|교차\s*엔트로피|우도"
    r"|entrop[ií]a\s+cruzada|entropia\s+cruzada|entropie\s+crois[ée]e|Kreuzentropie|log[ií]stic|logistique"
    r"|правдоподоб|энтропи|логистическ|h[ồo]i\s+quy\s+logistic")


def squared_error_named(text: str) -> re.Match[str] | None:
    """Where the page names a squared error (or linear regression, with no sigmoid on it) in words: its words, or None.

    A log-loss named beside them does not make it the page's cost (audit33g): "unlike logistic regression, linear
    regression minimises the MSE", "linear regression, fitted by maximum likelihood" mean the squared error.
    Linear in the text: two scans, each alternation anchored on literal words.
    """
    named = _SQUARED_ERROR.search(text)
    if named is not None or _SIGMOID.search(text):
        return named
    return _LINEAR_REGRESSION.search(text)


def log_loss_named(text: str) -> re.Match[str] | None:
    """Where the page names a log-loss in words (cross-entropy, log loss, a likelihood, logistic …), or None."""
    return _LOG_LOSS.search(text)
