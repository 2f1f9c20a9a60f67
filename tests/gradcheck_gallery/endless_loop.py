"""Bug: never returns."""


def gradient(theta, X, y):
    while True:
        pass
