"""``python -m logderiv``."""

import gc

from . import cli
from .cli import main

if __name__ == "__main__":  # not when a spawned gradcheck worker re-imports the main module
    # Importing sympy allocates about a million objects that live as long as the process;
    # the cyclic collector would walk them again and again and free nothing (mypy pauses it
    # the same way). A command starts it again once its imports are done (cli._imported).
    gc.disable()
    cli._gc_paused = True
    main()
