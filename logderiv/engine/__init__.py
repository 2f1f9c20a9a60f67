"""The derivation engine: named rewrites of expressions holding unevaluated derivatives."""
