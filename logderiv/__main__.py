"""``python -m logderiv``."""

from .cli import main

main()
