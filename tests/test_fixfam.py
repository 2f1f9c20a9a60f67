r"""Issue 10, the corpus's misses read across waves, family by family (fixfam).

CLASSIFICATION. The 259 items the corpus refused at the start (2,098 of 2,381 read right with wave f48's 32 in;
f48's own misses are fixf48's), by the reason a careful reader would give, not by logderiv's message: (b) a notation
a rule could read exactly, a convention of a course, book or language that items share (144, of which 15 read now);
(a) refused on purpose, the text genuinely ambiguous, the message naming the readings (49); (c) the rest, assigned
by the message and mostly the source's own slip (66). Each family: its count, its decision, its ids. Families are
in order of what was done, then of size.

(b) code's name of the log-likelihood (-log_lik, -logLike) beside one sigmoid let (R optim code) — 4: FIXED
  (notation.likelihood_names)
    f41-survtmle-gr-unnegated-variant f41-survtmle-minus-gr f42-rnll-logistic-gradient
    f42-rnll-logistic-gradient-not-negated
(b) a capital W the --wrt W_j asks for, written in a --let or code (X \cdot W, self.W.squeeze().dot(x)) — 7: FIXED 3
  (redefined._asked_capital_weights); f2 by b alone now refused as w · x is (one feature or the vector: (a)); f21's
  W_i, b_i per example and f37's W[0][0] in a comprehension (that path reads --wrt before the respellings) left
    f2-rishith-plain-unicode-bce f21-dlai255592-times-pmatrix-vec-W-i f31-chaussard-bce-derivative-vs-printed-loss
    f31-ru-mse-latex-gradient f31-ru-mse-latex-y-pred-i f37-intellipaat-gd-intercept-is-minus-half
    f37-intellipaat-rss-generator-W00-W10
(b) NumPy's tx.dot(w).reshape((tx.shape[0],)): the examples' values as a 1-D array (EPFL's helpers) — 3: FIXED
  (pasted._method)
    f37-epfl-penalized-mean-ce-plus-lam-ww f37-epfl-penalty-gradient-restored-variant
    f37-epfl-penalty-gradient-times-zero
(b) [n, m] = size(X), self.n, self.m = X.shape: the code's letters for the counts swapped from logderiv's — 2: FIXED
  (redefined._swapped_counts)
    f24-mlclasses-logistic-dj-dw-self-m f7-hillclimb-extra-one-over-n
(b) a let of the whole parameter vector (reg = (lambda_/m) * theta) added to a matrix-form gradient — 3: FIXED
  (pasted.matrix_lets_into_answer, with np.dot(v, X))
    f21-so54017246-grad-reg-line-alone f29-yuhaoha-ex2-grad-reg-not-zeroed-variant
    f38-linreg-gradient-penalises-theta0
(b) one example per column read through broadcasting and row indexing (X d×n, y 1×n: size(y, 2), sum(X.*w.*y, 1),
  w[:, 0], y_tr[0], (w·X − y)[0], w a row times X, ones(length(x), 1)) — 22: FIXED 13 (notation.column_broadcast:
  CTU's sum(X.*w.*y, 1) and sum(r.*X, 2) where size(y, 2) fixes the layout, f14 and f32's 6; Cornell's dot(w[:, 0],
  x_tr), y_tr[0], (…)[0] where dot(w, x_tr) fixes it, f24's 5 and f43's 1). LEFT 9, each its own construction:
  Reyg's w a row times x and (…).^2 * ones(length(x), 1) (3: 'ones' unknown; length(x) is m only as x's larger
  size, which no text fixes), Shakib's LaTeX w · X (2: the display fixes no layout and the notebook's code keeps X
  m×n), HoneyJar's Xtilde (1: a name the reader does not know as the data), math.js's theta a 1×2 row times x with
  x.size()[1] (1: math.multiply read only in a matrix answer), f7's np.dot(w, X) with w a 1×n row and
  np.sum(w, axis=1) (1), y1ran's A an m×1 column beside Y 1×m (1: refused as a broadcast to m×m)
    f14-ctu-grad-dropped-y f14-ctu-grad-pm1-columns f14-ctu-logistic-loss-pm1-columns f17-shakib-db-sum-forgotten
    f17-shakib-dw-cdot-row-times-X f24-cornell-np-logistic-grad f24-cornell-np-logistic-grad-exp-sign
    f24-cornell-np-logistic-pm1-labels f24-cornell-np-ridge-dot-p f24-cornell-np-ridge-grad
    f24-cornell-np-ridge-grad-penalty-lost-2 f29-reyg-es-octave-derivada-no-2-variant
    f29-reyg-es-octave-derivada-row f29-reyg-es-octave-sum-by-ones-columns f32-ctu-logistic-loss-gradient
    f32-ctu-logistic-loss-gradient-minus-dropped-variant f32-ctu-logistic-loss-pm1-columns
    f42-honeyjar-fmse-features-by-examples f43-ridgepy-gradient-d-by-n f44-mathjs-cost-features-by-examples
    f7-lambd-row-w-dw y1ran-propagate-column-activations
(b) code's helper functions of the data and the parameters (sigmoid(X, beta), h(X, T), hypothesis xs theta with
  Haskell's $) — 11: FIXED 1 (fixnp: notation.sigmoid_helper, a helper named sigmoid of two or more parameters
  whose body is a sigmoid, read under the name sigmoid_fn: f29-daku). LEFT 10: a let of several arguments called
  with its own names reads already (EPFL's calculate_loss_lr(y, tx, w)); tscheys' two R items now pass the helper
  and stop at log(g) %*% -y, '@' in a text with no X (the gate against a typo, which R's %*% never is, but whose
  per-example fallback would misread); rbinom's activation = sigmoid alias and R's X * v recycling with colMeans;
  Julia's X[:,i] and T[2:end] in the h(X, T) items; Haskell's $ and mapVector
    f26-julia-grad-if-guard-intercept f26-julia-grad-intercept-regularised f26-julia-reg-one-over-2m-juxtaposed
    f26-rbinom-colmeans-loss-grad-sign f29-daku-ja-logistic-step-sum-not-mean f31-tscheys-r-no-log-on-one-minus-g
    f35-hslearn-logistic-cost f35-hslearn-logistic-cost-regularized-tail f35-hslearn-logistic-gradient
    f35-hslearn-logistic-gradient-unaveraged-variant f37-tscheys-r-cost-missing-second-log
(b) a let that gives a fixed letter (m, w, pi, lambda, weights) the source's own meaning — 7: LEFT: each needs the
  letter renamed through every text; the next candidate (sizex(1), y_vec.cols(), len(self.b) with b the labels, w
  the per-example losses, pi = dpois, lambda = a x + b)
    f14-ex5log-left-division-continuation f17-lastlegion-js-sylvester-let-reassigned
    f25-vova-oracle-func-logaddexp-norm f25-vova-oracle-grad-ATx-of-sigma-at-b f37-r-optim-summed-ce-minus-beta
    f39-r-japanese-weighted-squares-over-y f46-r-lnpoisson-sum-log-dpois
(b) code's names and calls outside the vocabulary, one source each (n_samples in a docstring read as LaTeX, phis,
  sol, calculate_loss undefined, outcome, actual, Ni, logpdf, map, choose, logit, pinv) — 24: LEFT: one source per
  name, no shared convention
    f14-villani-julia-poisson-logpdf f23-logitpy-loglikelihood-returns-nll f23-logitpy-score-wrong-sign
    f26-yaglm-poisson-coef-grad f26-yaglm-poisson-coef-grad-no-n f26-yaglm-poisson-docstring-plain
    f26-yaglm-poisson-intercept-mean-r f28-answerofmath-bsxfun-gradient f28-answerofmath-coef-no-2-variant
    f28-answerofmath-fminunc-phis-t-coef f32-julia-poisson-gradient-map-exp f35-yaglm-coef-grad
    f35-yaglm-coef-grad-unaveraged-variant f37-epfl-reg-gradient-summed f37-epfl-reg-gradient-without-2-variant
    f39-rhelp-derfs4-gradient-b0 f39-rhelp-derfs4-gradient-b1 f39-rhelp-derfs4-gradient-b1-without-n-variant
    f39-sqerr-logistic-gradient-elementwise-star f39-sqerr-logistic-gradient-matmul-variant f40-rgrad-binomial-dz
    f41-acolum-logit-loglik f45-tfjs-logistic-cost-comment haltode-octave-pinv-instead-of-transpose
(b) NumPy constructions not read (np.ones with np.matrix, np.concatenate, np.eye, np.c_, np.r_, np.array, .item()
  after a let, Python slices in lets, [a; b] stacking, X[:, i] in a loop) — 30: FIXED 5 (fixnp, tests/test_fixnp.py):
  .item() after a bracket holding a --let's name whose value is one number (plain.numpy_item, held to the let's
  form by read_problem; f37-expsig's three); np.r_[[[0.]], w[1:]], a 1×1 zero that stacks only on a column, w with
  w₀ zeroed (pasted._numpy_zero_first; f15-tirtha); the labels 1-D on the left of '@' in a text with no X, y @ v
  read as y.T @ v (pasted; f38-neuromatch). LEFT 25, by what stops each: the intercept's column joined in place
  (np.concatenate((np.ones((m,1)), X), 1), np.c_[np.ones((100, 1)), X]) beside --wrt theta_0 or theta_1, where
  logderiv's joined X numbers the intercept θ₁ (f40-soreglin's two, f6-mlfoundations: a reading of θ₀ apart from
  the joined X, against the design-matrix one); np.matrix's np.ones(len(Y))*(…) and np.ravel(…)[0] (f8-papillon's
  two: '*' as the matrix product and a 1-D ones as a row, said by np.matrix only); Octave's [grad_0; grad_rest]
  with X(:,1) and X(:,2:end) (f44-aakhedr's two); np.eye of a d×n xTr (one example per column: fixcols');
  JavaScript loops over this.h(x_i, theta), a helper whose body no text gives (f45's four); a fixed example x[0]
  in a loop, a student's slip (f16-hw's two, refused on purpose); math.js, torch's y/y_hat swapped, np.array of a
  comprehension over columns, [theta', -1]*[X';y'] blocks, learningRate as λ, np.multiple, JS map/reduce, input[:,
  :-1], a loop to self.p: one source each
    f10-so-cn-concatenation f15-tirtha-ridge-grad-np-r f16-hw-d-d-theta0-times-x0-loop
    f16-hw-d-d-theta1-times-x1-loop f17-avidhya-plain-J-summed-over-records f24-ridge-cn-grad-code
    f26-js-theta-identifier-map-reduce f26-stackguides-octave-reg-tmp-right
    f29-wangdooo-zh-costreg-learningrate-is-lambda f37-expsig-logistic-gradient
    f37-expsig-logistic-gradient-no-mean-variant f37-expsig-mean-ce-exp-over-one-plus-exp
    f38-neuromatch-poisson-neg-loglik f38-uvacoder-js-gradient f39-sqerr-gradient-with-2 f40-soreglin-cost-code
    f40-soreglin-intercept-gradient f42-skyroom-manual-gradient f42-skyroom-manual-gradient-drops-xw
    f42-weison-gradient-mean-of-broadcast f44-octave-aakhedr-grad-rest-lambda-not-over-m
    f44-octave-aakhedr-grad-split f45-js-linear-grad-ridge f45-js-linear-ridge-loops
    f45-js-logistic-grad-lambda-per-example f45-js-logistic-l2-loops f46-unstable-gd-step-grad-loop
    f6-mlfoundations-code-2-over-m f8-papillon-f-npmatrix f8-papillon-nabla-npmatrix
(b) matrix notation in lets or beside a component answer (a matrix --let of the answer's, Xᵀ with a --wrt of one
  component, the data as x beside X in a matrix answer) — 11: LEFT (by the message; not each worked again by hand)
    f10-cn-notes-matrix-step-without-1-over-m f11-caps-notes-J-THETA f22-ani-R-dw-lost-1m f22-ani-R-dw-t-matrix
    f34-mse4740124-transposed f37-dlai-db f39-mejor-dlc f39-mejor-dlc-sign-variant f39-mejor-dlw
    f39-mejor-dlw-without-2-variant f42-julian-poisson-gradient-sum-y-over-theta-x
(b) a likelihood written as a product or with a conditional bar, an example index free of any sum — 6: LEFT (by the
  message)
    f21-mse1159033-pm1-nll-unbalanced-ln f3-parth-poisson-single-example-ascent
    f30-pythonai-he-logistic-likelihood-product f32-cn-notes-likelihood-exponent-slip
    hguangshuai-loglik-single-sample statsmodels-poisson-loglike-lambda-i
(b) a class's attributes in code the self./this. rule does not reach (self.X.shape, a misaligned slice, this.) — 3:
  LEFT (fixnp looked, changed nothing): each is a class's method of its own (self.predict_proba(self.x) beside A,
  this.predictMany(X, false), a grad[:-1] += … update line), one source each, no shared construction
    f26-comp551-l2-misaligned-slice f33-js-step-missing-mean sungchullee-mle-numpy-gradient-vs-mean-loss
(b) plain-text layouts of one page (ASCII Σ with its limits on lines of their own, broken HTML entities, y_^ for ŷ)
  — 11: LEFT: one page each
    f10-cn-comments-dJ-db f10-cn-comments-dJ-dw f15-ascii-J-linear-reg-omega-2j
    f15-ascii-J-sigma-limits-on-own-lines f15-ascii-dJdb-equates-to-linear f15-ascii-dJdb-sigma-limits
    f15-ascii-dJdw-equates-to-linear f15-ascii-dJdw-sigma-limits f28-transtutors-avg-ce-broken-hat-entity
    f34-sambarba-weight-deriv-no-mean f34-sambarba-weight-deriv-sign-variant
(a) touvlo's add(…) of one argument (not NumPy's add) — 6: LEAVE
    f40-touvlo-cost-func f40-touvlo-db f40-touvlo-db-without-mean-variant f40-touvlo-dw
    f40-touvlo-old-db-divides-by-features f40-touvlo-old-dw-divides-by-features
(a) x_i^j: a power or feature j — 3: LEAVE
    f6-obsidian-poly-grad-from-zero f6-obsidian-poly-powers f6-obsidian-poly-ridge-grad
(a) X[:,0] numbered from 0 beside features from 1; X_1, X(2) as an array or an entry — 5: LEAVE
    f17-so43403064-X2-scalar-not-column f31-uk-hw-intercept-step-vs-tracked-error
    f31-uk-hw-slope-step-vs-tracked-error f44-gist-simplified-grad f8-waylon-grad-X1
(a) w · x by b: the weight vector or one feature's product — 3: LEAVE
    f16-ssr-E-unicode-sum-chain f31-id-univariate-f-of-x-bare-superscript f41-giri6-mean-log-loss-applied
(a) undecided: an unevaluated derivative left in the answer; a penalty over the intercept or not — 4: LEAVE
    f13-mse137936-unevaluated-linearity-step f13-techqa4496428-d-dw-inside-sum
    f21-mse3749279-grad-lambda-over-m-theta f23-ashish-dJ-first-step-unevaluated
(a) the intercept written apart beside X with or without its column of ones; x beside X; two counts (m and n, one
  bound for two sums, j on data and parameters, a sum over c or unindexed) — 13: LEAVE
    aromal-linreg-matrix arqmath-2078966-edit-guess f1-imathworks-islr-6-12 f16-hsbi-nn03-grad-X-A-minus-Y-T
    f16-hsbi-nn03-grad-Y-minus-A f32-cn-notes-nll-plus-half-lambda-beta-sq
    f32-cn-notes-reg-gradient-sum-of-all-betas f36-zh-lr-gd-against-sse-variant f36-zh-lr-gd-for-mse
    f38-r-gd-grad-half-of-sse f6-cnnotes-loglik-grad-sign-flipped jeremy123w-ex5-theta2-zeroed
    shuhanyu-reg-logistic-bracket-of-update
(a) a name defined twice or two readings of a letter (h twice, --let h against the problem's h, Theta, W X of a row
  or a matrix, theta(2:end) against n entries, 2·J, a left side naming another derivative) — 15: LEAVE
    f21-so54017246-grad-reg-then-undo-intercept f25-chilee-cost-code-log-eps
    f26-stackguides-octave-reg-split-sigmoid-wrong f27-hive-codecogs-partial-garbled-lhs
    f3-onedal-dtheta0-penalised-intercept f30-krzysiekja-pl-regularised-j-reassigned f36-loglik-gradient-ascent
    f37-kolmisi-row-gradient f38-ageron-487-alpha-theta-slice-broadcast f44-forum-lab06-gradient-loop
    f44-gist-compute-grad-times-minus-one f46-islr-ridge-partial-sign-lost f5-mathz-two-J-left-side
    f9-cs229cn-chain-rule-partial-h f9-cs229cn-sum-xj-no-m
(c) the rest, by the message: mostly the source's own slip refused at it (an unbalanced or misplaced bracket, a lost
  index, a missing X, a shape that does not conform, a garbled formula); not each worked again by hand — 66: LEAVE
    csc477-linreg-many-features-fw-macro f1-arqmath-ridge-lambda-I-rowform f1-arqmath-ridge-lambda-I-second-line
    f10-py-ascii-dw-unindexed-x f10-satoshi-get-loss-theta-row f10-ssshun3-ascent-against-logistic
    f13-cv551246-dw-j-wrong-second-term f13-cv551246-nabla-vector-wrong f13-ycng-r-comment-brackets
    f13-ycng-r-comment-grad-juxtaposed f14-erictay-grad-Xy-missing-transpose f14-techqa-ridge-grad-Xt-beta-typo
    f21-amir-ce-W-textbf-unbalanced-ln f21-amir-nabla-W-dropped-minus f21-amir-nabla-W-minus-y-minus-sigma
    f22-faiz-md-db-no-sum f22-faiz-md-dw-dot-X f22-obs-delta-rss-missing-x f22-obs-ridge-delta-missing-x-sum-w
    f23-d2lzh-weight-decay-w1-w2 f23-pillow-bernoulli-grad-df f24-gwladys-r-grad-misplaced-paren
    f24-gwladys-r-grad-xy-version f24-ridge-cn-comment-plain f24-ridge-cn-grad-comment-x-x-y
    f25-gwladys-R-grad-misplaced-paren f25-gwladys-R-grad-y-minus-sig-unbalanced
    f25-statwiki-score-exponent-lost-index f25-zongda-J-loss-let-g-of-z f26-qiita-chain-sum-to-n-and-matrix
    f26-qiita-matrix-step-factor f27-thomz2-code-mse-precedence-pt f28-fengdu-reg-gradient-missing-xj
    f28-payfor-ridge-flattened-unicode f28-techqa-ridge-angle-bracket-i-eq-i f28-ufldl-zh-partial-h-of-x-minus-y
    f28-ufldl-zh-vector-h-of-x-minus-y f29-lhhmmiii-vi-dJdb-sum-limits f29-mlmpy-ja-grad-w-unindexed-x-typo
    f3-jiskha-poisson-glm-grad f3-jiskha-poisson-glm-phi-two-terms f3-ufldl-nurnoch-sigmoid-swallows-y
    f36-icode9-least-squares-line f36-jaso-logloss-gradient-stray-colon f37-dlai-mentor-dw
    f37-kolmisi-penalises-first-variant f38-ageron2-510-alpha-theta-index-1
    f38-harada-octave-gradient-with-lambda-variant f4-data100-bonus-grad-misplaced-bracket
    f40-newworld-theta1-step-column f41-dsse-comment-gradient f41-giri5-half-mse-d-by-n
    f44-haskell-bfgs-gradient-with-penalty-cost-without f5-dlai632836-jbloom-dm-missing-X
    f5-recheliu-plain-text-F-of-t f5-whosebug5531864-b0-b1-dot-times f6-click4ai-ridge-pseudocode
    f7-cse6040-grad-latex-against-logistic f8-keflavich-grad-sign-flipped f9-woo-db-without-sum
    f9-wyq-final-line-unindexed-y-xj griffinsolimini-gradient-returns-update
    muyinanhai-linreg-xj-without-example-index sse-452162-asker-missing-x techqa-4075404-answer-inner-sign-lost
    techqa-4075404-question-gradient

FAMILIES READ HERE, one section of tests each: code's name of the log-likelihood beside its one sigmoid let; W the
weight vector where --wrt W_j asks for a component of it; NumPy's reshape of the data times a vector to the data's
row count; [n, m] = size(X), the code's count letters swapped from logderiv's; a let of the whole parameter vector
put in the answer (with np.dot(v, X)).

The texts are the corpus's own, verbatim (their sources repeated beside them). Each gradient is held to finite
differences of a NumPy cost written here by hand (tests/_numeric.py) or to the corpus judge (tests/_reading.py);
each verdict is worked out by hand in the comment beside it. Near-variants that mean something else are refused
or read right, never misread.
"""

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.cli import main


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------ code's name of the log-likelihood

def _nll(X, y, beta):
    """−Σ yᵢ log σ(xᵢ·β) + (1 − yᵢ) log(1 − σ(xᵢ·β)), the summed negative Bernoulli log-likelihood, by hand."""
    p = _sigmoid(X @ beta)
    return -float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))


def test_the_nll_gradient_the_verdicts_rest_on_matches_finite_differences():
    # by hand: ∂/∂β of −Σ y log σ(Xβ) + (1 − y) log(1 − σ(Xβ)) is Xᵀ(σ(Xβ) − y) = −Xᵀ(y − p); Xᵀ(y − p) is its negative
    rng = np.random.default_rng(10)
    X, y, beta = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float), rng.normal(size=3)
    numeric = central_differences(lambda b: _nll(X, y, b), beta)
    p = _sigmoid(X @ beta)
    assert np.allclose(numeric, -X.T @ (y - p), atol=1e-6)
    assert not np.allclose(numeric, X.T @ (y - p), atol=1e-3)


# source: public code index file 17999036453 (R, neg_log_likelihood_logistic and neg_gradient_logistic; the index
# does not name its repository), tests/corpus/fresh_fortysecond.py
RNLL_J = "-log_lik"
RNLL_LETS = ("grad <- t(X) %*% (y - p)", "p <- 1 / (1 + exp(-X %*% beta))")
# source: https://github.com/benkeser/survtmle/blob/18ef05da3dca55c1f0bb7a67e8e83eabf195ddc9/R/ (LogLikelihood.R
# and grad.R), tests/corpus/fresh_fortyfirst.py
SURV_J = "-logLike"
SURV_LETS = ("gr <- crossprod(X, Y-pi)", "pi <- plogis(X%*%beta)")
LIKELIHOOD_NOTE = "log_lik is read as the log-likelihood of the labels y (0 or 1) under the probability p"


@pytest.mark.parametrize("answer, cost, verdict, lets", [
    ("-grad", RNLL_J, "equivalent", RNLL_LETS),  # −Xᵀ(y − p): the NLL's gradient
    ("t(X) %*% (y - p)", RNLL_J, "different", RNLL_LETS[1:]),  # the log-likelihood's gradient: the sign flipped
    ("-gr", SURV_J, "equivalent", SURV_LETS),  # −Xᵀ(Y − π), π = plogis(Xβ): the NLL's gradient
    ("gr", SURV_J, "different", SURV_LETS),  # Xᵀ(Y − π): the sign flipped
])
def test_a_cost_named_the_log_likelihood_is_the_bernoulli_one_of_its_sigmoid(answer, cost, verdict, lets):
    assert_verdict_read(answer, cost, verdict, wrt="beta_j", lets=lets)


def test_the_named_log_likelihood_derives_as_the_summed_nll():
    assert_gradient_read(RNLL_J, lambda d: _nll(d.X, d.y, d.beta), wrt=("beta_j",), lets=RNLL_LETS[1:])
    assert any(note.startswith(LIKELIHOOD_NOTE)
               for note in notes_of(logderiv.derive(RNLL_J, wrt="beta_j", let=list(RNLL_LETS[1:]))))


def test_a_penalty_beside_the_named_log_likelihood_is_added():
    def penalised(d):
        return _nll(d.X, d.y, d.beta) + d.lam * float(d.beta @ d.beta)

    assert_gradient_read("-loglik + lambda * sum(beta^2)", penalised, wrt=("beta_j",),
                         lets=("p = sigmoid(X %*% beta)",))


def test_the_writers_own_definition_of_the_name_is_kept():
    # log_lik defined as Σ y log p alone (half a likelihood): the writer's definition, not the Bernoulli one
    def half(d):
        return -float(np.sum(d.y * np.log(_sigmoid(d.X @ d.beta))))

    assert_gradient_read(RNLL_J, half, wrt=("beta_j",),
                         lets=("log_lik <- sum(y * log(p))", RNLL_LETS[1]))


@pytest.mark.parametrize("cost, lets", [
    (RNLL_J, ("p <- exp(X %*% beta)",)),  # a Poisson mean: another likelihood
    (RNLL_J, (RNLL_LETS[1], "q <- plogis(X %*% beta)")),  # two probabilities: which one is not said
    (RNLL_J, ("p <- plogis(X %*% beta)", "r <- Y - y")),  # labels written both y and Y
    (RNLL_J, ("p <- 1 / (1 + exp(-X %*% beta)) * 2",)),  # twice a sigmoid is no probability
    (RNLL_J, ()),  # no model at all
    ("-nll", (RNLL_LETS[1],)),  # another name: not read as a log-likelihood's
    ("-logLik(fit)", (RNLL_LETS[1],)),  # R's logLik of a fitted model, a call
])
def test_near_variants_of_the_named_log_likelihood_are_refused(cost, lets):
    refused(logderiv.derive, cost, wrt="beta_j", let=list(lets))


# ------------------------------------------------------------------ --wrt W_j: W is the weight vector

def test_the_gradients_the_w_verdicts_rest_on_match_finite_differences():
    # by hand: ∇ (1/m)‖XW − y‖² = (2/m)Xᵀ(XW − y); ∇ mean of y log σ(Xw) + (1 − y) log(1 − σ(Xw)) = Xᵀ(y − σ(Xw))/m,
    # so Xᵀ(σ(Xw) − y) (no 1/m, the sign of the minimised loss) is −m times it: different
    rng = np.random.default_rng(31)
    X, y, w = rng.normal(size=(5, 3)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=3)
    m = len(y)
    mse = central_differences(lambda v: float(np.mean((X @ v - y) ** 2)), w)
    assert np.allclose(mse, 2 / m * X.T @ (X @ w - y), atol=1e-6)

    def mean_ll(v):
        p = _sigmoid(X @ v)
        return float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    ll = central_differences(mean_ll, w)
    assert np.allclose(ll, X.T @ (y - _sigmoid(X @ w)) / m, atol=1e-6)
    assert not np.allclose(ll, X.T @ (_sigmoid(X @ w) - y), atol=1e-3)


# source: github:TaliyIvanov/AlgorithmsML:01_LinearRegression.ipynb (MyLineReg, commit
# b229ca620a88e23ca4b89e52f5185157ca5098cc, 3.2 and 3.3), tests/corpus/fresh_thirtyfirst.py
RU_MSE = r"\text{MSE} = \frac{1}{m} \sum_{i=1}^m (y_{pred_i} - y_i)^2"
RU_LETS = (r"y_{pred} = X \cdot W",)
RU_GRAD = r"\frac{2}{m} X^T \cdot (y_{pred} - y)"
# source: github:AlexandreChaussard/Stage-Microbiote:Expectation-Maximization/src/utils/functions.py (commit
# 02e38f27ef5dd899ca8f7e6a10df2d3eb8649e4f; y_hat from predict_proba), tests/corpus/fresh_thirtyfirst.py
CHAUSSARD_J = "np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))"
CHAUSSARD_LETS = ("sigmoid(x) = 1 / (1 + np.exp(-x))", "y_hat = sigmoid(self.W.squeeze().dot(x))")
CHAUSSARD_GRAD = "X.T @ (y_hat.reshape(-1, 1) - y.reshape(-1, 1))"
# source: https://rishith-s.github.io/100daysofML/Regression/binary-cross-entropy, tests/corpus/fresh_code.py
RISHITH_LETS = ("BCE_i = - [ y_i * log(ŷ_i) + (1 - y_i) * log(1 - ŷ_i) ]", "ŷ_i = sigma(z_i)", "z_i = W · x_i + b",
                "sigma(z) = 1 / (1 + exp(-z))")
CAPITAL_NOTE = "W is read as w, the weight vector: --wrt W_j asks for one component of W"


def test_a_lets_w_is_the_weight_vector_the_wrt_asks_for():
    # (1/m)‖XW − y‖² by W_j: (2/m)Xᵀ(XW − y), the displayed gradient
    assert_gradient_read(RU_MSE, lambda d: float(np.mean((d.X @ d.w - d.y) ** 2)), wrt=("W_j",), lets=RU_LETS)
    assert_verdict_read(RU_GRAD, RU_MSE, "equivalent", wrt="W_j", lets=RU_LETS)
    # Xᵀ(ŷ − y) against the mean log-likelihood: −m times its gradient
    assert_verdict_read(CHAUSSARD_GRAD, CHAUSSARD_J, "different", wrt="W_j", lets=CHAUSSARD_LETS)
    assert any(note.startswith(CAPITAL_NOTE)
               for note in notes_of(logderiv.check(RU_GRAD, cost=RU_MSE, wrt="W_j", let=list(RU_LETS))))


def test_the_bce_by_w_j_reads_and_by_b_alone_says_the_dot_is_undecided():
    def bce(d):
        p = _sigmoid(d.X @ d.w + d.b)
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    assert_gradient_read("BCE = (1/N) * Σ_i BCE_i", bce, wrt=("W_j",), lets=RISHITH_LETS)
    # by b alone nothing says W is a vector: W · x_i may be a product of numbers (one feature), as w · x_i may;
    # fixdot38: judged under both readings, which give the same ∂/∂b, and read with a note naming both
    assert_gradient_read("BCE = (1/N) * Σ_i BCE_i", bce, wrt=("b",), lets=RISHITH_LETS)
    derived = logderiv.derive("BCE = (1/N) * Σ_i BCE_i", wrt="b", let=list(RISHITH_LETS))
    assert any("is read both as wᵀx⁽ⁱ⁾ (w a vector) and as w·x⁽ⁱ⁾ (one feature)" in note for note in derived.notes)


@pytest.mark.parametrize("cost, lets", [
    (RU_MSE, (r"y_{pred} = X \cdot W + w",)),  # w beside W: two quantities, perhaps
    (RU_MSE, (r"y_{pred} = X \cdot W", r"W = 2 w")),  # the writer defines W
    ("mean((y - W2 * sigmoid(X * W1))^2)", ()),  # numbered: layers' matrices
    ("sum((y - (W[0][1] + W[1][1]*x))**2 for x, y in zip(X, Y))", ()),  # a second index: several outputs
])
def test_near_variants_of_w_as_the_weights_are_refused(cost, lets):
    refused(logderiv.derive, cost, wrt="W_j", let=list(lets))


def test_w_before_the_data_is_left_to_the_layout_convention():
    # W X (DeepLearning.AI's Z = WX + b) is the rows-as-features reading's, with its own note; this rule steps aside
    notes = notes_of(logderiv.derive("mean((y - sigmoid(W X + b))^2)", wrt="W_j"))
    assert not any(note.startswith(CAPITAL_NOTE) for note in notes)
    assert any(note.startswith("W X is read as wᵀX") for note in notes)


# ------------------------------------------------------------------ NumPy's reshape to the data's row count

def test_the_penalised_mean_ce_gradient_matches_finite_differences():
    # by hand: ∇ [−(1/m)(yᵀ log σ(Xw) + (1 − y)ᵀ log(1 − σ(Xw))) + λ wᵀw] = Xᵀ(σ(Xw) − y)/m + 2λw; with the 2λw
    # multiplied by 0 it is the unpenalised gradient, not this one
    rng = np.random.default_rng(37)
    X, y, w, lam = rng.normal(size=(6, 3)), rng.uniform(0.1, 0.9, size=6), rng.normal(size=3), 0.8

    def cost(v):
        p = _sigmoid(X @ v)
        return -float(y @ np.log(p) + (1 - y) @ np.log(1 - p)) / len(y) + lam * float(v @ v)

    right = X.T @ (_sigmoid(X @ w) - y) / len(y) + 2 * lam * w
    assert np.allclose(central_differences(cost, w), right, atol=1e-6)
    assert not np.allclose(X.T @ (_sigmoid(X @ w) - y) / len(y), right, atol=1e-3)


# source: public code index file 2517857040 (Python, calculate_loss_lr / calculate_gradient_lr /
# penalized_logistic_regression; the index does not name its repository), tests/corpus/fresh_thirtyseventh.py
EPFL_J = "calculate_loss_lr(y, tx, w) + lambda_ * np.squeeze(w.T.dot(w))"
EPFL_LETS = ("calculate_loss_lr(y, tx, w) = np.squeeze(- loss) * 1/len(y)",
             "calculate_gradient_lr(y, tx, w) = tx.T.dot(pred - y) * 1/len(y)",
             "loss = y.T.dot(np.log(pred)) + (1 - y).T.dot(np.log(1 - pred))",
             "pred = sigmoid(tx.dot(w).reshape((tx.shape[0],)))", "sigmoid(t) = 1.0 / (1 + np.exp(-t))")
RESHAPE_NOTE = "read as NumPy: .reshape((tx.shape[0],)) only reshapes the array before it"


def _epfl(d):
    """−(1/m)(yᵀ log σ(Xw) + (1 − y)ᵀ log(1 − σ(Xw))) + λ wᵀw, by hand."""
    p = _sigmoid(d.X @ d.w)
    return -float(d.y @ np.log(p) + (1 - d.y) @ np.log(1 - p)) / d.m + d.lam * float(d.w @ d.w)


def test_the_data_times_w_reshaped_to_its_rows_is_the_examples_values():
    lets = tuple(let for let in EPFL_LETS if not let.startswith("calculate_gradient"))
    assert_gradient_read(EPFL_J, _epfl, wrt=("w_j",), lets=lets)
    assert_verdict_read("calculate_gradient_lr(y, tx, w) + 2 * lambda_ * w", EPFL_J, "equivalent", wrt="w_j",
                        lets=EPFL_LETS)
    assert_verdict_read("calculate_gradient_lr(y, tx, w) + 2 * lambda_ * w*0", EPFL_J, "different", wrt="w_j",
                        lets=EPFL_LETS)
    assert any(note.startswith(RESHAPE_NOTE)
               for note in notes_of(logderiv.derive(EPFL_J, wrt="w_j", let=list(lets))))


@pytest.mark.parametrize("pred", [
    "sigmoid(tx.T.dot(y).reshape((tx.shape[0],)))",  # n values reshaped to m: NumPy stops
    "sigmoid(tx.dot(w).reshape((tx.shape[1],)))",  # the columns' count: n, not the m values
    "sigmoid(tx.dot(w).reshape((tx.shape[0], 2)))",  # another shape: not these values
])
def test_a_reshape_that_does_not_keep_the_examples_values_is_refused(pred):
    lets = ("loss = y.T.dot(np.log(pred)) + (1 - y).T.dot(np.log(1 - pred))", f"pred = {pred}",
            "sigmoid(t) = 1.0 / (1 + np.exp(-t))")
    refused(logderiv.derive, "-loss / len(y)", wrt="w_j", let=list(lets))


# ------------------------------------------------------------------ [n, m] = size(X): the code's letters swapped

def test_the_likelihood_and_mean_ce_gradients_match_finite_differences():
    # by hand: ∇ Σ y log σ(Xβ) + (1 − y) log(1 − σ(Xβ)) = Xᵀ(y − σ(Xβ)) (no mean: /m is another vector);
    # ∇ −mean(y log σ(Xw + b) + (1 − y) log(1 − σ(Xw + b))) = Xᵀ(σ − y)/m, not Xᵀ(σ − y)/n with n ≠ m
    rng = np.random.default_rng(7)
    X, y, beta, b = rng.normal(size=(5, 3)), rng.integers(0, 2, size=5).astype(float), rng.normal(size=3), 0.3
    m, n = X.shape
    likelihood = central_differences(lambda v: -_nll(X, y, v), beta)
    assert np.allclose(likelihood, X.T @ (y - _sigmoid(X @ beta)), atol=1e-6)
    assert not np.allclose(likelihood, X.T @ (y - _sigmoid(X @ beta)) / m, atol=1e-3)

    def mean_ce(v):
        p = _sigmoid(X @ v + b)
        return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    mean = central_differences(mean_ce, beta)
    assert np.allclose(mean, X.T @ (_sigmoid(X @ beta + b) - y) / m, atol=1e-6)
    assert not np.allclose(mean, X.T @ (_sigmoid(X @ beta + b) - y) / n, atol=1e-3)


# source: GitHub Octave 'function B = logistic_grad_ascent(X, Y)' (public code index file 34205400675; the index
# names no repository), tests/corpus/fresh_vectors.py
HILL_J = "sum(Y .* log (expy) + (1-Y) .* log(1-(expy-.000000000001)))"
HILL_LETS = ("[n,m] = size(X);", "expy = 1 ./ (1 + exp(-X*B));")
# source: 'class BinaryLogisticRegression()' (public code index file 47156278792; the index names no repository),
# tests/corpus/fresh_twentyfourth.py
MLC_J = "-np.mean(loss)"
MLC_LETS = ("self.n, self.m = X.shape", "Z = X @ self.w + self.b", "y_pred = self.sigmoid(Z)",
            "loss = y*np.log(y_pred) + (1-y)*np.log(1-y_pred)")
SWAPPED_NOTE = "names X's rows n and its columns m, the other way round from logderiv's letters"


@pytest.mark.parametrize("answer, cost, verdict, wrt, lets", [
    ("X' * (Y - expy) / n", HILL_J, "different", "B_j", HILL_LETS),  # the mean's gradient, n (rows) times too small
    ("X' * (Y - expy)", HILL_J, "equivalent", "B_j", HILL_LETS),  # the likelihood's own gradient
    ("(X.T @ (y_pred - y))/self.m", MLC_J, "different", "w_j", MLC_LETS),  # self.m counts the features
    ("(X.T @ (y_pred - y))/self.n", MLC_J, "equivalent", "w_j", MLC_LETS),  # self.n counts the examples
])
def test_a_let_that_names_the_rows_n_and_the_columns_m_is_read_as_it_says(answer, cost, verdict, wrt, lets):
    assert_verdict_read(answer, cost, verdict, wrt=wrt, lets=lets)


def test_the_swapped_letters_are_noted():
    verdict = logderiv.check("X' * (Y - expy) / n", cost=HILL_J, wrt="B_j", let=list(HILL_LETS))
    assert any(SWAPPED_NOTE in note for note in notes_of(verdict))


@pytest.mark.parametrize("answer, cost, lets", [
    # X n×m (w' * X): there [n, m] = size(X) is logderiv's own letters, rows the features; refused as before
    ("X * (sigmoid(w' * X) - y)' / m", "sum(log(1 + exp(-y .* (w' * X)))) / m", ("[n, m] = size(X);",)),
    # a LaTeX cost's m is its writer's own (here the examples): the code's letters are not swapped into it
    ("2 * X' * (X*w - y) / n", r"J = \frac{1}{m}\sum_{i=1}^m (x^{(i)T}w - y^{(i)})^2", ("[n,m] = size(X);",)),
])
def test_swapped_count_letters_where_the_layout_or_notation_disagrees_are_refused(answer, cost, lets):
    refused(logderiv.check, answer, cost=cost, wrt="w_j", let=list(lets))


# ------------------------------------------------------------------ reg = (lambda_/m) * theta: a let of the whole θ

def test_the_ridge_gradients_match_finite_differences():
    # by hand: ∇ [‖Xθ − y‖²/(2m) + λ/(2m) Σ_{k≥2} θₖ²] = Xᵀ(Xθ − y)/m + (λ/m)(0, θ₂, …); adding (λ/m)θ whole
    # (θ₁ too) is another vector; with every θₖ penalised, Xᵀ(Xθ − y)/m + (λ/m)θ is the gradient
    rng = np.random.default_rng(38)
    X, y, theta, lam = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.9
    m = len(y)
    skip = central_differences(lambda t: float(np.sum((X @ t - y) ** 2)) / (2 * m) + lam / (2 * m) * float(
        t[1:] @ t[1:]), theta)
    every = central_differences(lambda t: float(np.sum((X @ t - y) ** 2)) / (2 * m) + lam / (2 * m) * float(
        t @ t), theta)
    whole = X.T @ (X @ theta - y) / m + lam / m * theta
    assert np.allclose(every, whole, atol=1e-6)
    assert np.allclose(skip, whole - np.r_[lam / m * theta[0], 0, 0], atol=1e-6)
    assert not np.allclose(skip, whole, atol=1e-3)


# source: public code index file 23547374209 (Python, linearRegCostFunction / linearRegGradient; the index does
# not name its repository), tests/corpus/fresh_thirtyeighth.py
LINREG_J = "np.sum(np.square(h-y))/(2*m) + lambda_/(2*m) * np.sum(np.square(theta[1:]))"
LINREG_LETS = ("grad = np.dot(X.T, (h-y))/m", "reg = (lambda_/m) * theta", "h = np.dot(X, theta)", "m = y.size")
# source: github:yuhaoha/Machine-Learning-Experiment:machine-learning-ex2/ex2/costFunctionReg.m (grad with
# reg(1) = 0 left out), tests/corpus/fresh_twentyninth.py
YUHAOHA_J = ("1/m * sum((-y).*log(sigmoid(X*theta))-(1-y).*log(1-sigmoid(X*theta))) + lambda / (2*m) * sum( "
             "theta(2:size(theta), 1).^2 )")
# source: Stack Overflow question 54017246, the asker's code (the grad_reg=… line without grad_reg[0]=grad[0]),
# tests/corpus/fresh_twentyfirst.py
SO540_J = "float( (1/m) * ( np.sum(term1 - term2) + regterm ) )"
SO540_LETS = ("term1 = np.dot(-np.array(y).T,np.log(h(theta,X)))",
              "term2 = np.dot((1-np.array(y)).T,np.log(1-h(theta,X)))",
              "regterm = (lambda_/2) * np.sum(np.dot(theta[1:].T,theta[1:])) #Skip theta0. Explain this line",
              "grad=np.dot((sigmoid(np.dot(X,theta))-y),X)/m")
# source: https://datascience.stackexchange.com/questions/27146/why-does-my-cost-function-return-double-the-
# expected-value (the asker's code), tests/corpus/fresh_seventeenth.py
DSE_J = r"J = -\frac{1}{m}\sum_{i=1}^{m}y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)})"
WHOLE_NOTE = "--let reg = (λ/m) * theta is a multiple of the whole parameter vector the answer uses"


@pytest.mark.parametrize("answer, cost, verdict, lets", [
    # θ₁ penalised by the answer, not by the cost (theta[1:]): different
    ("grad + reg", LINREG_J, "different", LINREG_LETS),
    # the cost penalising every θₖ: the same answer is its gradient
    ("grad + reg", LINREG_J.replace("theta[1:]", "theta"), "equivalent", LINREG_LETS),
    # Octave, reg(1) = 0 left out: different
    ("1/m* (X'*(sigmoid(X*theta)-y))+ reg", YUHAOHA_J, "different", ("m = length(y)", "reg = lambda/m*theta")),
    # NumPy's np.dot(v, X) = Xᵀv in a let, θ written whole in the answer; θ₁ penalised only by the answer: different
    ("grad+((lambda_/m)*theta)", SO540_J, "different", SO540_LETS),
    # np.dot(w.T, X) is DeepLearning.AI's row of the examples' values, no matrix put in: (1/m)X(A − Y)ᵀ is the gradient
    ("1/m*np.dot(X,(A-Y).T)", DSE_J, "equivalent", ("m = X.shape[1]", "A = sigmoid(np.dot(w.T,X)+b)")),
])
def test_a_let_of_the_whole_parameter_vector_is_put_in_the_answer(answer, cost, verdict, lets):
    assert_verdict_read(answer, cost, verdict, lets=lets)


def test_the_whole_parameter_let_is_noted():
    verdict = logderiv.check("grad + reg", cost=LINREG_J, let=list(LINREG_LETS))
    assert any(note.startswith(WHOLE_NOTE) for note in notes_of(verdict))


@pytest.mark.parametrize("reg", [
    "reg = (lambda_/m) * theta * y",  # times the labels: no multiple of θ alone
    "reg = (lambda_/m) * theta[1:]",  # a slice: n − 1 entries, refused where it meets n
    "reg = theta + theta",  # θ twice: not read as a scaled θ (refused as a vector, as before)
])
def test_other_lets_of_theta_are_not_put_in(reg):
    refused(logderiv.check, "grad + reg", cost=LINREG_J, let=[LINREG_LETS[0], reg, *LINREG_LETS[2:]])


# ------------------------------------------------------------------ every format says each reading

@pytest.mark.parametrize("args, note", [
    (["check", "--cost", RNLL_J, "--wrt", "beta_j", "--let", RNLL_LETS[0], "--let", RNLL_LETS[1], "--", "-grad"],
     LIKELIHOOD_NOTE),
    (["derive", "--wrt", "beta_j", "--let", RNLL_LETS[1], "--", RNLL_J], LIKELIHOOD_NOTE),
    (["check", "--cost", RU_MSE, "--wrt", "W_j", "--let", RU_LETS[0], "--", RU_GRAD], CAPITAL_NOTE),
    (["derive", "--wrt", "W_j", "--let", RU_LETS[0], "--", RU_MSE], CAPITAL_NOTE),
    (["check", "--cost", EPFL_J, "--wrt", "w_j", *(a for let in EPFL_LETS for a in ("--let", let)), "--",
      "calculate_gradient_lr(y, tx, w) + 2 * lambda_ * w"], RESHAPE_NOTE),
])
def test_each_reading_is_noted_in_text_and_json(args, note):
    command, rest = args[0], args[1:]
    text = CliRunner().invoke(main, [command, "-f", "text", *rest])
    assert text.exit_code in (0, 1) and f"note: {note}" in text.output
    data = json.loads(CliRunner().invoke(main, [command, "-f", "json", *rest]).output)
    assert any(said.startswith(note) for said in data["notes"])
