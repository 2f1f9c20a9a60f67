"""Checking what a user wrote: answers, written derivations, their diagnoses (the equality core they rest on is `logderiv.equality`)."""
