"""``python -m logderiv``."""

from .cli import main

if __name__ == "__main__":  # not when a spawned gradcheck worker re-imports the main module
    main()
