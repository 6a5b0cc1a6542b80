#!/usr/bin/env python3
"""Behaviour-test runner for Ferrite: runs every tests/py/<area>/<name>.py under the
ferrite binary and compares its output with the expected output.

The expected output of a test is its `<name>.py.exp` file when one exists, otherwise what
CPython prints for the same file, so a test cannot encode one of our own bugs. CPython's
outputs are cached in tests/out/cpython/ keyed by a hash of the test file. See tests/README.md.

Standard library only (Python 3.11).
"""

import argparse
import difflib
import hashlib
import os
import re
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
PY_DIR = TESTS_DIR / "py"
SKIPS_FILE = PY_DIR / "skips.txt"
CACHE_DIR = TESTS_DIR / "out" / "cpython"
DEFAULT_BIN = REPO_ROOT / "target" / "release" / "ferrite"
CPYTHON = os.environ.get("FERRITE_CPYTHON", "python3")

# A line consisting only of this in a .exp file matches any number of lines (as in
# MicroPython's run-tests.py); used for traceback lines that name the absolute path.
WILDCARD_LINE = b"########"
CRASH_MARKERS = (b"panicked at", b"RuntimeError: internal error")
MAX_DIFFS = 10
MAX_DIFF_LINES = 40
CACHE_MAGIC = b"#ferrite-cpython-cache"


class ConfigError(Exception):
    pass


def rel(path):
    """Test name as shown to the user: path relative to tests/py."""
    return path.relative_to(PY_DIR).as_posix()


def load_skips():
    """Parse tests/py/skips.txt: `area/name.py  # reason`, one per line.

    Blank lines and lines starting with '#' are comments. A skip without a reason is a
    configuration error: a skip list without reasons hides bugs.
    """
    skips = {}
    if not SKIPS_FILE.exists():
        return skips
    for lineno, raw in enumerate(SKIPS_FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        path, sep, reason = line.partition("#")
        path, reason = path.strip(), reason.strip()
        if not sep or not reason:
            raise ConfigError(f"{SKIPS_FILE}:{lineno}: skip without a reason: {raw!r} "
                              "(write `area/name.py  # reason`)")
        if not (PY_DIR / path).is_file():
            raise ConfigError(f"{SKIPS_FILE}:{lineno}: no such test: {path}")
        skips[path] = reason
    return skips


def resolve_arg(arg):
    """A path argument may be relative to the cwd, the repo root or tests/py."""
    for base in (Path.cwd(), REPO_ROOT, PY_DIR):
        p = (base / arg).resolve()
        if p.exists():
            return p
    raise ConfigError(f"no such test or directory: {arg}")


def discover(paths):
    found = set()
    roots = [resolve_arg(p) for p in paths] if paths else [PY_DIR]
    for root in roots:
        if root.is_file():
            if root.suffix != ".py":
                raise ConfigError(f"not a test file: {root}")
            found.add(root)
        else:
            found.update(p for p in root.rglob("*.py") if p.is_file())
    tests = []
    for p in sorted(found):
        try:
            p.relative_to(PY_DIR)
        except ValueError:
            raise ConfigError(f"test outside {PY_DIR}: {p}") from None
        tests.append(p)
    return tests


def child_env():
    env = dict(os.environ)
    env.pop("MICROPYPATH", None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # Unbuffered, so CPython interleaves stdout and stderr in program order like MicroPython.
    env["PYTHONUNBUFFERED"] = "1"
    return env


def run_program(argv, test, timeout):
    """Run argv in the test's directory; return (output bytes, exit code or None on timeout).

    stdout and stderr are merged, stdin is /dev/null and "\\r\\n" becomes "\\n". The child
    gets its own process group so a timeout kills everything it started.
    """
    proc = subprocess.Popen(argv, cwd=test.parent, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env=child_env(), start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, _ = proc.communicate()
        code = None
    return out.replace(b"\r\n", b"\n"), code


def cpython_expected(test, timeout):
    """CPython's output and exit code for a test, cached by a hash of the file."""
    content = test.read_bytes()
    key = hashlib.sha256(CPYTHON.encode() + b"\0" + content).hexdigest()
    cache = CACHE_DIR / (rel(test)[:-3] + ".out")
    try:
        data = cache.read_bytes()
        header, _, out = data.partition(b"\n")
        fields = header.split()
        if len(fields) == 3 and fields[0] == CACHE_MAGIC and fields[1] == f"sha256={key}".encode():
            return out, int(fields[2].split(b"=")[1])
    except (OSError, ValueError, IndexError):
        pass
    out, code = run_program([CPYTHON, str(test)], test, max(timeout, 30))
    if code is None:
        raise RuntimeError(f"CPython timed out on {rel(test)}")
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(f".tmp{threading.get_ident()}")
    tmp.write_bytes(CACHE_MAGIC + f" sha256={key} exit={code}\n".encode() + out)
    tmp.replace(cache)
    return out, code


def exp_expected(test):
    """The .exp file's content and the expected exit code (from .py.exit, default 0)."""
    exp = test.with_name(test.name + ".exp").read_bytes().replace(b"\r\n", b"\n")
    exit_file = test.with_name(test.name + ".exit")
    code = 0
    if exit_file.exists():
        code = int(exit_file.read_text().strip())
    return exp, code


def output_matches(expected, actual, wildcards):
    if not wildcards or WILDCARD_LINE not in expected:
        return expected == actual
    parts = []
    for line in re.findall(b"[^\n]*\n|[^\n]+$", expected):
        if line.rstrip(b"\n") == WILDCARD_LINE:
            parts.append(b"(?:[^\n]*\n)*?")
        else:
            parts.append(re.escape(line))
    return re.fullmatch(b"".join(parts), actual) is not None


FERRITE_ARGS = b"# ferrite-args:"


def test_args(test):
    """Command-line options a test needs under Ferrite, from a `# ferrite-args: ...` line among
    its first five (e.g. `-X uart0=loop` to wire the board); CPython never sees them."""
    for line in test.read_bytes().splitlines()[:5]:
        if line.startswith(FERRITE_ARGS):
            return line[len(FERRITE_ARGS):].decode().split()
    return []


class Result:
    def __init__(self, test, outcome, detail="", expected=b"", actual=b""):
        self.test, self.outcome, self.detail = test, outcome, detail
        self.expected, self.actual = expected, actual


def run_one(test, args, skips, stop):
    name = rel(test)
    if name in skips:
        return Result(test, "skip", skips[name])
    if stop.is_set():
        return Result(test, "notrun")
    use_exp = test.with_name(test.name + ".exp").exists() and not args.ignore_exp
    try:
        if use_exp:
            expected, want_code = exp_expected(test)
        else:
            expected, want_code = cpython_expected(test, args.timeout)
    except (OSError, RuntimeError, ValueError) as e:
        return Result(test, "fail", f"cannot get expected output: {e}")
    argv = [args.bin]
    if args.gc_stress:
        argv += ["-X", "gc-stress"]
    if not args.ignore_exp:
        argv += test_args(test)
    argv.append(str(test))
    try:
        actual, code = run_program(argv, test, args.timeout)
    except OSError as e:
        return Result(test, "fail", f"cannot run {args.bin}: {e}")
    if code is None:
        return Result(test, "timeout", f"after {args.timeout} s", expected, actual)
    if actual == b"SKIP\n":
        return Result(test, "skip", "test printed SKIP")
    if code < 0 or code >= 128:
        sig = -code if code < 0 else code - 128
        try:
            what = signal.Signals(sig).name
        except ValueError:
            what = f"signal {sig}"
        return Result(test, "crash", f"exit {code} ({what})", expected, actual)
    if any(m in actual for m in CRASH_MARKERS):
        return Result(test, "crash", "internal error in output", expected, actual)
    if not output_matches(expected, actual, use_exp):
        return Result(test, "fail", "output differs", expected, actual)
    if code != want_code:
        return Result(test, "fail", f"exit code {code}, expected {want_code}", expected, actual)
    return Result(test, "pass")


def show_diff(r):
    exp = r.expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = r.actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(exp, act, "expected", "ferrite"))
    if not lines:
        lines = ["(outputs are equal)\n"]
    print(f"--- {rel(r.test)}: {r.outcome} ({r.detail})")
    for line in lines[:MAX_DIFF_LINES]:
        print(line if line.endswith("\n") else line + "\n\\ no newline\n", end="")
    if len(lines) > MAX_DIFF_LINES:
        print(f"... diff truncated ({len(lines) - MAX_DIFF_LINES} more lines)")


def looks_like_cpython(binary):
    return re.fullmatch(r"python3?(\.\d+)?", Path(binary).name) is not None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="test files or directories (default: all of tests/py)")
    ap.add_argument("--bin", default=str(DEFAULT_BIN), help="binary under test (default: %(default)s)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel tests (default: 2)")
    ap.add_argument("--gc-stress", action="store_true", help="pass `-X gc-stress` to the binary")
    ap.add_argument("--filter", default="", help="only tests whose path contains SUBSTR")
    ap.add_argument("--keep-going", action="store_true",
                    help="run every test; by default no new test starts after the first failure")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per test (default: 10)")
    ap.add_argument("--ignore-exp", action="store_true",
                    help="compare with CPython even where a .exp file exists "
                         "(implied when --bin is a python3 executable)")
    args = ap.parse_args()

    if looks_like_cpython(args.bin):
        args.ignore_exp = True
        print(f"note: {args.bin} looks like CPython: self-check mode, .exp files ignored")
    if os.sep in args.bin and not Path(args.bin).exists():
        print(f"error: binary not found: {args.bin} (build it: cargo build --release)",
              file=sys.stderr)
        return 2
    if args.bin and os.sep in args.bin:
        args.bin = str(Path(args.bin).resolve())

    try:
        skips = load_skips()
        tests = [t for t in discover(args.paths) if args.filter in rel(t)]
    except ConfigError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not tests:
        print("error: no tests selected", file=sys.stderr)
        return 2

    stop = threading.Event()

    def job(test):
        r = run_one(test, args, skips, stop)
        if r.outcome in ("fail", "crash", "timeout") and not args.keep_going:
            stop.set()
        return r

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(job, tests))

    counts = {}
    for r in results:
        counts[r.outcome] = counts.get(r.outcome, 0) + 1
        if r.outcome not in ("pass", "notrun"):
            detail = f"  ({r.detail})" if r.detail else ""
            print(f"{r.outcome.upper():8} {rel(r.test)}{detail}")

    failures = [r for r in results if r.outcome in ("fail", "crash", "timeout")]
    for r in failures[:MAX_DIFFS]:
        show_diff(r)
    if len(failures) > MAX_DIFFS:
        print(f"(diffs shown for the first {MAX_DIFFS} of {len(failures)} failures)")

    n_failed = len(failures)
    print(f"{len(results)} tests: {counts.get('pass', 0)} pass, {counts.get('fail', 0)} fail, "
          f"{counts.get('crash', 0)} crash, {counts.get('timeout', 0)} timeout, "
          f"{counts.get('skip', 0)} skip")
    if counts.get("notrun"):
        print(f"stopped after the first failure: {counts['notrun']} tests not run "
              "(use --keep-going to run them all)")
    print(f"{counts.get('pass', 0)} passed, {n_failed} failed")
    return 1 if n_failed else 0


if __name__ == "__main__":
    sys.exit(main())
