"""``python -m logderiv``: the same as the ``logderiv`` command."""

from .cli import run

if __name__ == "__main__":  # not when a spawned gradcheck worker re-imports the main module
    run()
