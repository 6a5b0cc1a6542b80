#!/usr/bin/env python3
"""Bad input never crashes the `ferrite` binary: checks that need command-line options, signals,
timing or output that CPython does not share, so they cannot live in tests/py.

Every case runs the binary (env FERRITE_BIN, default target/release/ferrite from the repo root)
and checks that it ends with a Python exception printed as MicroPython prints it, and exit status
1 (or 0 where the program catches the exception and goes on), never a signal, an abort, a panic
or a hang. Prints one line per failed check and `N passed, N failed` last; exits 1 if anything
failed (checks listed in KNOWN, reported bugs, are reported but do not fail). Takes under a
minute, most of it in checks of hangs.

    python3 tests/cli/bad_input.py [-v] [--filter SUBSTR]
"""

import os
import re
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("FERRITE_BIN", os.path.join(ROOT, "target", "release", "ferrite"))
TIMEOUT = 20
VERBOSE = "-v" in sys.argv
FILTER = sys.argv[sys.argv.index("--filter") + 1] if "--filter" in sys.argv else ""

results = {"passed": 0, "failed": 0, "known": 0}

# Checks that fail because of a VM bug already reported, with the report. They print KNOWN and
# do not fail the run; when one starts passing it prints FIXED: delete its line here.
KNOWN = {
}


def passed(name, extra=""):
    if name in KNOWN:
        print(f"FIXED {name}: passes now; delete it from KNOWN")
    results["passed"] += 1
    if VERBOSE:
        print(f"ok   {name}{extra}")


def fail(name, why, proc_out=""):
    if name in KNOWN:
        results["known"] += 1
        print(f"KNOWN {name}: {why} ({KNOWN[name]})")
        return
    results["failed"] += 1
    print(f"FAIL {name}: {why}")
    if proc_out:
        tail = proc_out[-1500:]
        print("  | " + "\n  | ".join(tail.rstrip("\n").split("\n")))


def run(args, src=None, timeout=TIMEOUT):
    """Runs BIN with args (a file written from src is appended when src is given). Returns
    (status, stdout+stderr text, seconds, path)."""
    path = None
    if src is not None:
        fd, path = tempfile.mkstemp(suffix=".py", dir=WORK)
        with os.fdopen(fd, "wb") as f:
            f.write(src if isinstance(src, bytes) else src.encode())
        args = args + [path]
    start = time.monotonic()
    try:
        p = subprocess.run([BIN] + args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout, cwd=WORK)
        status, out = p.returncode, p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        status, out = "timeout", (e.stdout or b"").decode("utf-8", "replace")
    return status, out, time.monotonic() - start, path


def check(name, args, src=None, *, status=1, exc=None, msg=None, line=None, out_has=(),
          max_seconds=None, timeout=TIMEOUT):
    """exc: the exception class the last line must name; msg: a regex its message must match
    (None: any); line: the line the innermost traceback entry must name (for a file source)."""
    if FILTER and FILTER not in name:
        return
    got, out, secs, path = run(args, src, timeout)
    why = verdict(got, out, secs, path, status, exc, msg, line, out_has, max_seconds)
    if why:
        fail(name, why, out)
    else:
        passed(name, f" ({secs:.2f}s)")


def verdict(got, out, secs, path, status, exc, msg, line, out_has, max_seconds):
    if got == "timeout":
        return "still running after the time limit"
    if isinstance(got, int) and got < 0:
        return f"killed by signal {signal.Signals(-got).name}"
    if got >= 128:
        return f"exit status {got} (a signal or abort)"
    for bad in ("panicked at", "internal error", "overflowed its stack", "fatal runtime error"):
        if bad in out:
            return f"output contains {bad!r}"
    if got != status:
        return f"exit status {got}, expected {status}"
    for s in out_has:
        if s not in out:
            return f"output lacks {s!r}"
    if max_seconds is not None and secs > max_seconds:
        return f"took {secs:.2f}s, expected under {max_seconds}s"
    if exc is None:
        return None
    lines = out.rstrip("\n").split("\n")
    last = lines[-1]
    m = re.fullmatch(r"(\w+)(?:: (.*))?", last)
    if not m or m.group(1) != exc:
        return f"last line {last!r}, expected {exc}"
    if msg is not None and not re.fullmatch(msg, m.group(2) or ""):
        return f"message {m.group(2)!r} does not match {msg!r}"
    # MicroPython's traceback: a header, then `  File "...", line N[, in name]` entries.
    if "Traceback (most recent call last):" not in lines:
        return "no 'Traceback (most recent call last):' line"
    # The last traceback is the program's (threads print theirs before it).
    tb = len(lines) - 1 - lines[::-1].index("Traceback (most recent call last):")
    entries = lines[tb + 1:-1]
    if not entries:
        return "traceback has no File entry"
    for e in entries:
        if not re.fullmatch(r'  File "[^"]+", line \d+(, in \S+)?', e):
            return f"traceback line {e!r} is not MicroPython-style"
    if line is not None:
        want = f'  File "{path}", line {line}' if path else None
        if want is None or not entries[-1].startswith(want):
            return f"innermost traceback entry {entries[-1]!r}, expected {want!r}"
    return None


def nested_ifs(n):
    return "".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "pass\n"


def syntax_cases():
    """Bad source files: a SyntaxError (or IndentationError) naming the file and line."""
    se = "SyntaxError"
    check("invalid UTF-8", [], b"x = 1\ny = 2\n\xff\xfe = 3\n", exc=se, line=3)
    check("invalid UTF-8 in a string", [], b"s = 'caf\xe9'\n", exc=se, line=1)
    check("truncated UTF-8 at end", [], b"x = 1\n# \xe2\x82", exc=se, line=2)
    check("UTF-8 BOM only", [], b"\xef\xbb\xbfprint('bom ok')\n", status=0, out_has=("bom ok",))
    check("NUL byte", [], b"x = 1\x00\n", exc=se, line=1)
    check("100000-deep brackets", [], "x = " + "[" * 100000 + "]" * 100000 + "\n", exc=se, line=1)
    check("100000 open parens", [], "(" * 100000, exc=se, line=1)
    check("100000-deep braces", [], "x = " + "{1:" * 100000 + "1" + "}" * 100000, exc=se, line=1)
    check("100000 calls", [], "f" + "(" * 100000 + ")" * 100000, exc=se, line=1)
    check("100000 unary minus", [], "x = " + "-" * 100000 + "1\n", exc=se, line=1)
    check("100000 not", [], "x = " + "not " * 100000 + "1\n", exc=se, line=1)
    check("100000 lambdas", [], "f = " + "lambda: " * 100000 + "1\n", exc=se, line=1)
    check("100000-term sum", [], "x = " + "+".join(["a"] * 100000) + "\n", exc=se, line=1)
    check("100000 attributes", [], "x = a" + ".b" * 100000 + "\n", exc=se, line=1)
    check("100000 subscripts", [], "x = a" + "[0]" * 100000 + "\n", exc=se, line=1)
    check("100000 conditionals", [], "x = " + " if 1 else ".join(["1"] * 100000) + "\n", exc=se, line=1)
    check("100000 powers", [], "x = " + "**".join(["2"] * 100000) + "\n", exc=se, line=1)
    check("deep f-strings", [], "x = " + 'f"{' * 1000 + "1" + '}"' * 1000 + "\n", exc=se, line=1)
    check("5000 nested ifs", [], nested_ifs(5000), exc=None, status=1,
          out_has=("Traceback (most recent call last):",))
    check("5000 nested ifs: SyntaxError", [], nested_ifs(5000), exc=se)
    check("5000 nested defs", [], "".join(" " * i + f"def f{i}():\n" for i in range(5000)) + " " * 5000 + "pass\n",
          exc=se)
    check("5000 nested classes", [], "".join(" " * i + f"class C{i}:\n" for i in range(5000)) + " " * 5000 + "pass\n",
          exc=se)
    check("5000 nested withs", [], "".join(" " * i + "with a:\n" for i in range(5000)) + " " * 5000 + "pass\n",
          exc=se)
    check("5000 nested trys", [], "".join(" " * i + "try:\n" for i in range(5000)) + " " * 5000 + "pass\n",
          exc=se)
    check("unterminated string", [], "x = 1\ny = 'abc\n", exc=se, line=2)
    check("unterminated string at EOF", [], "x = 'abc", exc=se, line=1)
    check("unterminated bytes", [], "x = b'abc\n", exc=se, line=1)
    check("unterminated triple-quoted", [], 'x = 1\ny = """abc\n\n\n', exc=se, line=2)
    check("unterminated f-string", [], "x = f'{1\n", exc=se, line=1)
    check("string ends in backslash", [], "x = 'abc\\", exc=se, line=1)
    check("stray indentation", [], "x = 1\n    y = 2\n", exc="IndentationError", msg="unexpected indent", line=2)
    check("bad dedent", [], "if 1:\n    x = 1\n  y = 2\n", exc="IndentationError", line=3)
    check("missing block", [], "if 1:\nx = 2\n", exc="IndentationError", line=2)
    check("block at EOF", [], "while 1:\n", exc="IndentationError")
    check("unclosed bracket at EOF", [], "x = [1,\n2,\n", exc=se)
    check("stray closing bracket", [], "x = 1)\n", exc=se, line=1)
    check("line continuation at EOF", [], "x = 1 + \\", exc=se)
    check("100000 lines of junk", [], "x = 1\n" * 100000 + "$\n", exc=se, line=100001)
    # the same through exec(): a catchable SyntaxError, and the program goes on
    check("exec of deep brackets", ["-c",
          "try:\n exec('[' * 100000)\nexcept SyntaxError as e:\n print('caught', type(e).__name__)\nprint('after')"],
          status=0, out_has=("caught SyntaxError", "after"))
    check("compile-only of deep brackets", ["-X", "compile-only"], "(" * 100000, exc=se, line=1)


RECURSION = r"maximum recursion depth exceeded.*"

DEEP = """
def nest_list(n):
    a = []
    for i in range(n):
        a = [a]
    return a
def nest_dict(n):
    d = {}
    for i in range(n):
        d = {1: d}
    return d
def nest_tuple(n):
    t = ()
    for i in range(n):
        t = (t,)
    return t
def nest_frozenset(n):
    f = frozenset()
    for i in range(n):
        f = frozenset([f])
    return f
"""


def recursion_cases():
    rt = "RuntimeError"
    check("def f(): f()", [], "def f():\n    f()\nf()\n", exc=rt, msg=RECURSION, line=2)
    check("mutual recursion", [], "def a(): b()\ndef b(): a()\na()\n", exc=rt, msg=RECURSION)
    check("recursion through __init__", [], "class C:\n def __init__(self): C()\nC()\n", exc=rt, msg=RECURSION)
    check("recursion through __repr__", [], "class C:\n def __repr__(self): return repr(self)\nrepr(C())\n",
          exc=rt, msg=RECURSION)
    check("recursion through __eq__", [], "class C:\n def __eq__(self, o): return self == o\nC() == C()\n",
          exc=rt, msg=RECURSION)
    check("recursion through __hash__", [], "class C:\n def __hash__(self): return hash(self)\nhash(C())\n",
          exc=rt, msg=RECURSION)
    check("recursion through __getattr__", [], "class C:\n def __getattr__(self, n): return self.x\nC().y\n",
          exc=rt, msg=RECURSION)
    check("recursion through generators", [], "def g():\n yield from g()\nnext(g())\n", exc=rt, msg=RECURSION)
    check("recursion through map", [], "def f(x): return list(map(f, [x]))\nf(1)\n", exc=rt, msg=RECURSION)
    check("recursion through sorted key", [], "def k(x): return sorted([1, 2], key=k)\nk(1)\n",
          exc=rt, msg=RECURSION)
    check("recursion is catchable", ["-c", "def f(): f()\ntry:\n f()\nexcept RuntimeError as e:\n print('caught', e)\n"
          "def d(n): return 0 if n == 0 else 1 + d(n - 1)\nprint(d(500))"],
          status=0, out_has=("caught maximum recursion depth exceeded", "500"))
    for kind in ("list", "dict", "tuple", "frozenset"):
        for what, expr in (("repr", "repr(a)"), ("str", "str(a)"), ("print", "print(a)"), ("==", "a == b"),
                           ("!=", "a != b"), ("in", "a in [b]"), ("hash", "hash(a)"), ("<", "a < b"),
                           ("json.dumps", "__import__('json').dumps(a)")):
            if what == "hash" and kind in ("list", "dict", "frozenset"):
                continue  # unhashable; a frozenset's hash comes from its items' stored hashes
            if what == "<" and kind in ("dict", "frozenset"):
                continue  # not an ordering on nested data
            if what == "json.dumps" and kind == "frozenset":
                continue
            # Far past every recursion bound the VM sets (1000 levels): a native recursion with no bound
            # shows as no RuntimeError here, and as a stack overflow on a smaller stack.
            src = DEEP + f"a = nest_{kind}(100000)\nb = nest_{kind}(100000)\nr = {expr}\n"
            check(f"{what} of 100000-deep {kind}s", [], src, exc=rt, msg=RECURSION)
    check("json.loads of 100000-deep arrays", ["-c", "import json\njson.loads('[' * 100000 + ']' * 100000)"],
          exc=rt, msg=RECURSION)
    check("deep data is collectable", [], DEEP + "import gc\nfor i in range(3):\n a = nest_list(100000)\n"
          " b = nest_dict(100000)\n gc.collect()\nprint('collected')\n", status=0, out_has=("collected",))


def memory_cases():
    me = "MemoryError"
    # The allocation runs in a function, so that once MemoryError has unwound it nothing refers to
    # the partly built data: the program must be able to go on (as on MicroPython, which collects
    # and retries before it raises).
    catch = ("def grow():\n    {}\n"
             "try:\n    grow()\nexcept MemoryError:\n    print('caught')\n"
             "x = [i for i in range(100)]\nprint('went on', sum(x))\n")
    for what, stmt in (("list", "a = [0] * 10000000"), ("str", "s = 'x' * 50000000"),
                       ("bytes", "b = bytes(50000000)"), ("bytearray", "b = bytearray(50000000)"),
                       ("growing list", "a = []\n    while True: a.append([1, 2, 3])"),
                       ("growing dict", "d = {}\n    i = 0\n    while True:\n        d[i] = i\n        i += 1"),
                       ("growing str", "s = 'x'\n    while True: s = s + s"),
                       ("big int", "n = 7 ** 10000000"),
                       ("list comprehension", "a = [str(i) for i in range(10000000)]"),
                       ("str.join", "s = ','.join(['abc'] * 10000000)"),
                       ("range to list", "a = list(range(10000000))")):
        check(f"-X heapsize=1M: {what} past the heap is a catchable MemoryError", ["-X", "heapsize=1M"],
              catch.format(stmt), status=0, out_has=("caught", "went on 4950"), max_seconds=10)
    check("-X heapsize=1M: uncaught MemoryError", ["-X", "heapsize=1M"], "a = [0] * 10000000\n", exc=me, line=1)
    check("-X heapsize=256K: small heap still starts", ["-X", "heapsize=256K", "-c", "print('small')"],
          status=0, out_has=("small",))
    check("'x' * 10**12 is an immediate MemoryError", ["-c", "'x' * 10**12"], exc=me, max_seconds=2)
    check("b'x' * 10**12 is an immediate MemoryError", ["-c", "b'x' * 10**12"], exc=me, max_seconds=2)
    check("[0] * 10**12 is an immediate MemoryError", ["-c", "[0] * 10**12"], exc=me, max_seconds=2)
    check("'x' * 10**12 can be caught", ["-c", "try:\n 'x' * 10**12\nexcept MemoryError:\n print('caught')\n"
          "print('after')"], status=0, out_has=("caught", "after"), max_seconds=2)
    check("bytearray(10**12)", ["-c", "bytearray(10**12)"], exc=me, max_seconds=2)
    check("'x'.ljust(10**12)", ["-c", "'x'.ljust(10**12)"], exc=me, max_seconds=2)
    check("'{:10000000000}'.format(1)", ["-c", "'{:10000000000}'.format(1)"], exc=me, max_seconds=2)
    check("'%10000000000d' % 1", ["-c", "'%10000000000d' % 1"], exc=me, max_seconds=2)


def constant_memory_case(name, src, limit_mb):
    """Runs src and checks the child's peak RSS (wait4's ru_maxrss; posix_spawn so the child
    does not start from a copy of this process)."""
    if FILTER and FILTER not in name:
        return
    fd, path = tempfile.mkstemp(suffix=".py", dir=WORK)
    with os.fdopen(fd, "w") as f:
        f.write(src)
    actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
    pid = os.posix_spawn(BIN, [BIN, path], os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    mb = usage.ru_maxrss / 1024
    if os.waitstatus_to_exitcode(status) != 0:
        fail(name, f"exit status {os.waitstatus_to_exitcode(status)}")
    elif mb > limit_mb:
        fail(name, f"peak RSS {mb:.0f} MB, more than {limit_mb} MB")
    else:
        passed(name, f" ({mb:.0f} MB)")


def constant_memory_cases():
    gen = "def g(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n"
    # Each kept a root or a copy per item (~16-25 bytes each): 6M items were ~100-200 MB.
    constant_memory_case("sum() of a long generator runs in constant memory", gen + "print(sum(g(6000000)))\n", 80)
    constant_memory_case("max()/min() of a long generator run in constant memory",
                         gen + "print(max(g(3000000)), min(g(3000000)))\n", 80)


def extreme_argument_cases():
    """Arguments at the ends of what an int holds: any Python exception, never an abort."""
    for name, stmt in (("struct.pack of a 2**63-byte string", "struct.pack('9223372036854775807s', b'')"),
                       ("struct.pack of 2**62 pad bytes", "struct.pack('%dx' % 2**62)"),
                       ("struct.unpack of a 2**63-byte string", "struct.unpack('9223372036854775807s', b'')"),
                       ("struct.calcsize of 2**63 items", "struct.calcsize('9223372036854775807q')"),
                       ("bytearray slice assignment with step -2**63",
                        "x = bytearray(b'abc')\n    x[::-2**63] = b'z'"),
                       ("list slice assignment with step -2**63", "x = [1, 2, 3]\n    x[::-2**63] = [9]"),
                       ("array times 2**62", "array.array('b', [0]) * 2**62"),
                       ("deque maxlen 2**63", "collections.deque([1], 2**63)"),
                       ("random.getrandbits(2**63 - 1)", "random.getrandbits(2**63 - 1)"),
                       ("1 << (2**63 - 1)", "1 << (2**63 - 1)"),
                       ("2 ** (2**63 - 1)", "2 ** (2**63 - 1)"),
                       ("str.expandtabs(2**62)", "'a\\tb'.expandtabs(2**62)"),
                       ("'%*d' % (10**12, 1)", "'%*d' % (10**12, 1)"),
                       ("math.factorial(-1)", "math.factorial(-1)")):
        src = ("import struct, array, collections, random, math\ntry:\n    " + stmt +
               "\nexcept Exception as e:\n    print('raised', type(e).__name__)\nprint('done')\n")
        check(name, [], src, status=0, out_has=("done",), max_seconds=10)


def panic_case():
    """A Rust panic (forced with -X internal-panic) is caught: status 1 and the internal-error
    line, not an abort. The unwinder is linked in an unusual way for startup speed (build.rs)."""
    name = "a Rust panic ends as RuntimeError: internal error"
    if FILTER and FILTER not in name:
        return
    got, out, secs, _ = run(["-X", "internal-panic", "-c", "print(1)"])
    if got == 1 and out.rstrip("\n").endswith("RuntimeError: internal error") and "\n1\n" not in out:
        passed(name, f" ({secs:.2f}s)")
    else:
        fail(name, f"exit status {got}", out)


def sigint_case(name, src, expect_status, expect_out):
    """Starts BIN on src, waits until it prints 'ready', sends SIGINT, checks how it ends."""
    if FILTER and FILTER not in name:
        return
    fd, path = tempfile.mkstemp(suffix=".py", dir=WORK)
    with os.fdopen(fd, "w") as f:
        f.write(src)
    p = subprocess.Popen([BIN, path], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         cwd=WORK)
    first = p.stdout.readline().decode("utf-8", "replace")
    if first.strip() != "ready":
        p.kill()
        rest = p.communicate()[0].decode("utf-8", "replace")
        fail(name, f"did not print 'ready' (got {first!r})", rest)
        return
    time.sleep(0.2)  # well inside the loop
    p.send_signal(signal.SIGINT)
    try:
        out = p.communicate(timeout=3)[0].decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        p.kill()
        out = p.communicate()[0].decode("utf-8", "replace")
        fail(name, "still running 3 s after SIGINT", out)
        return
    why = verdict(p.returncode, out, 0, path, expect_status, "KeyboardInterrupt" if expect_status == 1 else None,
                  None, None, expect_out, None)
    if why:
        fail(name, why, out)
    else:
        passed(name)


def sigint_cases():
    ready = "import sys\nprint('ready')\nsys.stdout.flush()\n"
    # Threads cannot switch inside native code: a thread in `sum()` of an endless generator kept
    # the main thread, which Ctrl-C is for, from ever running (found by `cargo fuzz run run`).
    sigint_case("SIGINT while threads loop inside sum() of endless generators",
                "import _thread, time\ndef endless():\n    while True:\n        yield 0\n"
                "def work():\n    sum(endless())\n"
                "for k in range(3):\n    _thread.start_new_thread(work, ())\n"
                + ready + "while True:\n    time.sleep(0.001)\n", 1, ())
    sigint_case("SIGINT in while True: pass", ready + "while True:\n    pass\n", 1, ())
    sigint_case("SIGINT in a loop in a function", ready + "def spin():\n    n = 0\n    while True:\n        n += 1\n"
                "spin()\n", 1, ())
    sigint_case("SIGINT in a for loop over range", ready + "for i in range(10**15):\n    pass\n", 1, ())
    sigint_case("SIGINT in a comprehension", ready + "x = [i for i in range(10**15)]\n", 1, ())
    sigint_case("SIGINT in a filtering comprehension", ready + "x = [0 for i in range(10**15) if i < 0]\n", 1, ())
    sigint_case("SIGINT in a filtering generator", ready + "x = sum(i for i in range(10**15) if i < 0)\n", 1, ())
    sigint_case("SIGINT in sum(range)", ready + "x = sum(range(10**15))\n", 1, ())
    sigint_case("SIGINT in all(range)", ready + "x = all(range(1, 10**15))\n", 1, ())
    sigint_case("SIGINT in sleep", ready + "import time\ntime.sleep(1000)\n", 1, ())
    sigint_case("SIGINT is catchable", ready + "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n"
                "    print('caught KeyboardInterrupt')\nprint('after')\n", 0, ("caught KeyboardInterrupt", "after"))


def main():
    if not os.path.exists(BIN):
        print(f"no binary at {BIN}: build it (cargo build --release) or set FERRITE_BIN")
        print("0 passed, 1 failed")
        return 2
    start = time.monotonic()
    syntax_cases()
    recursion_cases()
    memory_cases()
    constant_memory_cases()
    extreme_argument_cases()
    panic_case()
    sigint_cases()
    print(f"bad input: {time.monotonic() - start:.1f}s")
    if results["known"]:
        print(f"{results['known']} known failures (reported VM bugs, listed in KNOWN)")
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="ferrite-bad-input-") as WORK:
        sys.exit(main())
