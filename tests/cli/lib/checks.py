"""What the scripts in tests/cli share: where the binary is, and a tally of named checks.

Lives in a subfolder so that scripts/test, which runs every tests/cli/*.py, does not run it.
"""

import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("FERRITE_BIN", os.path.join(REPO, "target", "release", "ferrite")))

_failed = []


def check(name, ok, detail=""):
    """Prints one line for the check (and the detail when it failed) and counts a failure."""
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else "\n" + detail))
    if not ok:
        _failed.append(name)


def exit_status():
    """0 when every check passed, else 1 (the status scripts/test reads)."""
    return 1 if _failed else 0
