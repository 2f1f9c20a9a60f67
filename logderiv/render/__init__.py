"""Renderers: pure functions from a derivation to text, rich renderables, LaTeX, Markdown, JSON."""
