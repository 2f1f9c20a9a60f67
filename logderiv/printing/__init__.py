"""How one expression is written: plain notation, one-line Unicode (with marks where it may break) and LaTeX.

Below the checkers and the renderers alike. A note or a refusal that names an
expression (``equality.compare``, ``services.check``, ``services.steps``,
``services.chain_page``) writes it with :func:`.expressions.show_unicode`, as a
renderer does; so the printers are not a renderer's own, and importing them
loads no renderer. :mod:`.layout` decides where things go, :mod:`.expressions`
how each printer spells them, :mod:`.linebreaks` where a long line may break.
This ``__init__`` imports nothing, so loading one printer loads only what it needs.
"""
