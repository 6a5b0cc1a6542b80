"""MicroPython's test tools can drive `ferrite` as they drive `micropython`.

MicroPython's test runner (tests/run-tests.py) and benchmark runner (tests/run-perfbench.py)
start the unix binary in a handful of fixed ways and read its output byte for byte (see
/work/shared/RUNNER.md for the contract). This script starts the binary those same ways, with
our own small programs (none of MicroPython's files), and checks what the runners would conclude:

- ordinary tests: `BIN -X emit=bytecode /abs/test.py` in the test's directory, stderr merged,
  `MICROPYTHON`-style `MICROPYPATH`, optional `-X heapsize=...` and `-X realtime`; `SKIP`;
  the exact `ImportError` line that makes the runner stop for a missing `unittest`;
- the platform check (eight fields, exit 0) and every feature check's exact output;
- command-line tests: `-X compile-only`, `-O`, `-v -v`, `-m MOD FILE`, `-i -c CODE FILE`;
- the benchmark runner: a program on stdin with `''` in sys.path, timed with `time.ticks_us`,
  printing `<microseconds> <norm> <result>`;
- `repl_*` tests: no arguments on a terminal (a pty), a banner the `.exp` files match, a prompt,
  and `1+1` evaluated.

Binary: env FERRITE_BIN (default target/release/ferrite). Prints one line per check and exits 1
when any failed.
"""

import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(os.environ.get("FERRITE_BIN", os.path.join(REPO, "target/release/ferrite")))
TIMEOUT = 10

failures = []
passes = 0


def check(name, ok, detail=""):
    global passes
    if ok:
        passes += 1
        print("ok   " + name)
    else:
        failures.append(name)
        print("FAIL " + name + ("\n     " + detail.replace("\n", "\n     ") if detail else ""))


def norm(b):
    return b.replace(b"\r\n", b"\n")


def run(cmd, cwd, stdin_bytes=None, env=None, timeout=TIMEOUT):
    """Runs as the runners do: stderr merged into stdout. Returns (status, output)."""
    e = dict(os.environ)
    e.pop("MICROPYPATH", None)
    if env:
        e.update(env)
    try:
        p = subprocess.run(
            cmd,
            cwd=cwd,
            input=stdin_bytes if stdin_bytes is not None else b"",
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=e,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as er:
        return "timeout", norm(er.output or b"")
    return p.returncode, norm(p.stdout)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def show(status, out):
    return "status %r, output %r" % (status, out[-600:])


# ---------------------------------------------------------------- the tree the runner sees

ROOT = tempfile.mkdtemp(prefix="ferrite-runner-")
TESTS = os.path.join(ROOT, "tests")  # the runner's cwd
EXTMOD = os.path.join(ROOT, "extmod")
UNITTEST_DIR = os.path.join(ROOT, "lib", "unittest")
RUNNER_PATH = ".frozen:" + EXTMOD + ":" + UNITTEST_DIR  # what run-tests.py puts in MICROPYPATH
os.makedirs(EXTMOD)
os.makedirs(UNITTEST_DIR)


def ordinary(path, extra=(), env=None):
    """`BIN -X emit=bytecode [extra] /abs/path/test.py` in the test's directory."""
    e = {"MICROPYPATH": RUNNER_PATH}
    if env:
        e.update(env)
    cmd = [BIN, "-X", "emit=bytecode", *extra, os.path.abspath(path)]
    return run(cmd, cwd=os.path.dirname(path), env=e)


def special(rel, extra=(), env=None, stdin_bytes=None):
    """A feature check or cmdline test: `BIN [# cmdline: opts] path`, run from tests/."""
    e = {"MICROPYPATH": RUNNER_PATH}
    if env:
        e.update(env)
    return run([BIN, *extra, rel], cwd=TESTS, env=e, stdin_bytes=stdin_bytes)


def test_ordinary():
    helper = write(os.path.join(TESTS, "basics", "rc_helper.py"), "VALUE = 42\n")
    t = write(
        os.path.join(TESTS, "basics", "rc_hello.py"),
        "import sys, rc_helper\n"
        "print('hello', rc_helper.VALUE)\n"
        "print(sys.path[0] == %r, sys.path[1:])\n"
        "print(sys.argv == [__file__])\n" % os.path.dirname(helper),
    )
    want = ("hello 42\nTrue %r\nTrue\n" % ([".frozen", EXTMOD, UNITTEST_DIR],)).encode()
    status, out = ordinary(t)
    check("ordinary test: script dir first in sys.path, then MICROPYPATH", status == 0 and out == want, show(status, out))
    status, out = ordinary(t, ["-X", "heapsize=2M"])
    check("ordinary test with -X heapsize=2M", status == 0 and out == want, show(status, out))
    status, out = ordinary(t, ["-X", "heapsize=512w"])
    check("ordinary test with -X heapsize=512w... accepted", status == 0 and b"hello 42" in out, show(status, out))
    status, out = ordinary(t, ["-X", "realtime"])
    check("ordinary test with -X realtime", status == 0 and out == want, show(status, out))

    # run-tests.py --heapsize: a small heap full of garbage is collected, not a MemoryError
    # (MicroPython collects and retries before it gives up).
    t = write(
        os.path.join(TESTS, "basics", "rc_garbage.py"),
        "for i in range(100000):\n    [42, 42, 42, 42]\nkeep = [[i] * 4 for i in range(200)]\nprint('ok', len(keep))\n",
    )
    for size in ("64K", "1M"):
        status, out = ordinary(t, ["-X", "heapsize=" + size])
        check("-X heapsize=%s: garbage is collected before the heap fills" % size, status == 0 and out == b"ok 200\n", show(status, out))

    t = write(os.path.join(TESTS, "basics", "rc_boom.py"), "print('before')\nraise ValueError('boom')\n")
    status, out = ordinary(t)
    check(
        "uncaught exception: non-zero status, traceback on merged stderr",
        status not in (0, "timeout") and out.startswith(b"before\nTraceback (most recent call last):\n")
        and out.endswith(b"ValueError: boom\n"),
        show(status, out),
    )

    t = write(os.path.join(TESTS, "basics", "rc_skip.py"), "print('SKIP')\nraise SystemExit\n")
    status, out = ordinary(t)
    check("SKIP via raise SystemExit: exactly SKIP, status 0", status == 0 and out == b"SKIP\n", show(status, out))
    t = write(os.path.join(TESTS, "basics", "rc_skip2.py"), "import sys\nprint('SKIP')\nsys.exit()\n")
    status, out = ordinary(t)
    check("SKIP via sys.exit(): exactly SKIP, status 0", status == 0 and out == b"SKIP\n", show(status, out))

    t = write(os.path.join(TESTS, "basics", "rc_needs_unittest.py"), "import unittest\n")
    status, out = ordinary(t)
    lines = out.splitlines()
    check(
        "missing unittest: the exact ImportError line the runner stops on",
        status != 0 and b"ImportError: no module named 'unittest'" in lines[-3:],
        show(status, out),
    )
    write(os.path.join(UNITTEST_DIR, "unittest", "__init__.py"), "def main():\n    print('unittest main')\n")
    status, out = ordinary(t)
    check("unittest found through MICROPYPATH (a package dir)", status == 0 and out == b"", show(status, out))
    write(os.path.join(EXTMOD, "rc_extmod.py"), "X = 'extmod'\n")
    t = write(os.path.join(TESTS, "extmod", "rc_uses_extmod.py"), "import rc_extmod\nprint(rc_extmod.X)\n")
    status, out = ordinary(t)
    check("module found in a MICROPYPATH directory", status == 0 and out == b"extmod\n", show(status, out))


# ---------------------------------------------------------------- the platform check

PLATFORM_CHECK = r"""
import sys
platform = getattr(sys, "platform", "minimal")
mpy = getattr(sys.implementation, "_mpy", 0)
archs = [None, "x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp",
         "xtensa", "xtensawin", "rv32imc", "rv64imc"]
arch = archs[(mpy >> 10) & 0x0F]
arch_flags = mpy >> 16
build = getattr(sys.implementation, "_build", "unknown")
thread = getattr(sys.implementation, "_thread", None)
try:
    if float("1.0000001") == float("1.0"):
        float_prec = 30
    elif float("1e300") == float("inf"):
        float_prec = 32
    else:
        float_prec = 64
except NameError:
    float_prec = 0
unicode = len("\u03b1") == 1
levels = {56: "detailed", 54: "normal"}
try:
    (lambda: 0)(0)
except TypeError as e:
    error_reporting = levels.get(len(e.value) if e.value else 0, "terse")
print(platform, arch, arch_flags, build, thread, float_prec, unicode, error_reporting)
"""

VALUE_CHECK = r"""
kinds = [BaseException, Exception, ValueError, TypeError, KeyError, IndexError, OSError,
         StopIteration, SystemExit, RuntimeError, AttributeError, NameError, ZeroDivisionError,
         ImportError, NotImplementedError, OverflowError, MemoryError, AssertionError]
bad = []
for k in kinds:
    if k().value is not None or k(7).value != 7 or k(7, 8).value != 7:
        bad.append(k.__name__)
class Mine(Exception):
    pass
if Mine("m").value != "m":
    bad.append("subclass")
try:
    {}["missing"]
except KeyError as e:
    if e.value != "missing":
        bad.append("raised KeyError")
try:
    (lambda: 0)(0)
except TypeError as e:
    print(repr(e.value))
    print(str(e) == e.value, len(e.value))
print(bad)
"""


def test_platform():
    p = write(os.path.join(TESTS, "feature_check", "rc_platform.py"), PLATFORM_CHECK)
    status, out = special(os.path.relpath(p, TESTS))
    fields = out.decode("ascii", "replace").split()
    check("platform check: exit 0, eight fields", status == 0 and len(fields) == 8 and not out.endswith(b"CRASH"), show(status, out))
    if len(fields) == 8:
        plat, arch, flags, build, thread, prec, uni, er = fields
        check("platform: sys.platform is a PC platform (linux)", plat == "linux", plat)
        check("platform: arch None (no native code emitter)", arch == "None", arch)
        check("platform: arch flags 0 (sys.implementation._mpy >> 16)", flags == "0", flags)
        check("platform: build is not 'minimal' (cmdline/ and io/ tests run)", build not in ("minimal", "unknown"), build)
        check("platform: sys.implementation._thread is 'GIL' (threads run one at a time)", thread == "GIL", thread)
        check("platform: 64-bit floats", prec == "64", prec)
        check("platform: unicode strings", uni == "True", uni)
        check("platform: detailed error reporting (as the unix port)", er == "detailed", er)
    p = write(os.path.join(TESTS, "feature_check", "rc_values.py"), VALUE_CHECK)
    status, out = special(os.path.relpath(p, TESTS))
    want = b"'<lambda>() takes 0 positional arguments but 1 were given'\nTrue 56\n[]\n"
    check("every exception has .value; the lambda TypeError wording", status == 0 and out == want, show(status, out))


# ---------------------------------------------------------------- feature checks

# name -> (program, exact output the runner wants for the behaviour we target)
FEATURES = {
    "native": (
        "@micropython.native\ndef f():\n    return 'native'\n\n@micropython.viper\n"
        "def g(x: int) -> int:\n    return x + 1\n\nf()\ng(1)\nprint(f())\n",
        b"native\n",
    ),
    "native after import": (
        "import micropython\n\n@micropython.native\ndef f():\n    pass\n\n"
        "@micropython.viper\ndef g():\n    pass\n\n@micropython.bytecode\ndef h():\n    pass\n\n"
        "f(); g(); h()\nprint('native')\n",
        b"native\n",
    ),
    "int_big": ("print(123456789 * 10 ** 40)\n", b"1234567890000000000000000000000000000000000000000\n"),
    # The runner compares with a 46-digit literal, not a computed value.
    "int_big literal": ("print(1" + "0" * 45 + ")\n", b"1" + b"0" * 45 + b"\n"),
    "int_64": ("print(1 << 62)\n", b"4611686018427387904\n"),
    "bytearray": ("try:\n    bytearray\n    print('bytearray')\nexcept NameError:\n    print('no')\n", b"bytearray\n"),
    "set": ("print({1})\n", b"{1}\n"),
    "slice": ("try:\n    slice\n    print('slice')\nexcept NameError:\n    print('no')\n", b"slice\n"),
    "async": ("async def co():\n    await 1\n\n\nprint('async')\n", b"async\n"),
    "const builtin": ("X = const(1)\nprint(X)\n", b"1\n"),
    "const imported": ("from micropython import const\nY = const(2)\nprint(Y)\n", b"2\n"),
    # The runner only skips reverse-operator tests when this prints TypeError.
    "reverse ops": (
        "class R:\n    def __radd__(self, other):\n        return 'r'\n\n"
        "try:\n    print(5 + R())\nexcept TypeError:\n    print('TypeError')\n",
        b"r\n",
    ),
    # ... and only looks for TypeError: an __radd__ returning None prints nothing.
    "reverse ops, no print": (
        "class F:\n    def __radd__(self, other):\n        pass\n\n\n"
        "try:\n    5 + F()\nexcept TypeError:\n    print('TypeError')\n",
        b"",
    ),
    "fstring": ("a = 1\nprint(f'a={a}')\n", b"a=1\n"),
    "complex": ("try:\n    complex\n    print('complex')\nexcept NameError:\n    print('no')\n", b"complex\n"),
    # Not a coverage build: the runner must see something other than 'coverage'.
    "coverage": ("try:\n    extra_coverage\n    print('coverage')\nexcept NameError:\n    print('no')\n", b"no\n"),
}

# Inline assembler checks: printing the architecture name would make the runner add the
# inlineasm/<arch> tests; Ferrite has no inline assembler, so they must not.
INLINE_ASM = {
    "thumb": "@micropython.asm_thumb\ndef f():\n    nop()\n\n\nprint('thumb')\n",
    "xtensa": "@micropython.asm_xtensa\ndef f():\n    ret_n()\n\n\nprint('xtensa')\n",
    "rv32": "@micropython.asm_rv32\ndef f():\n    add(a0, a0, a0)\n\n\nprint('rv32')\n",
}

BYTEORDER = "try:\n    import usys as sys\nexcept ImportError:\n    import sys\n\nprint(sys.byteorder)\n"


def test_features():
    for name, (prog, want) in FEATURES.items():
        p = write(os.path.join(TESTS, "feature_check", "rc_" + re.sub(r"\W", "_", name) + ".py"), prog)
        status, out = special(os.path.relpath(p, TESTS))
        check("feature check %s prints %r" % (name, want), out == want, show(status, out))
    for arch, prog in INLINE_ASM.items():
        p = write(os.path.join(TESTS, "feature_check", "rc_asm_" + arch + ".py"), prog)
        status, out = special(os.path.relpath(p, TESTS))
        check("feature check inline asm %s: not claimed" % arch, out.strip() != arch.encode(), show(status, out))
    p = write(os.path.join(TESTS, "feature_check", "rc_byteorder.py"), BYTEORDER)
    status, out = special(os.path.relpath(p, TESTS))
    cpy = subprocess.run([sys.executable, "-BS", p], stdout=subprocess.PIPE).stdout
    check("feature check byteorder equals CPython's", out == cpy, show(status, out) + " cpython %r" % cpy)
    # run-perfbench.py sends its feature checks on stdin.
    for name in ("complex", "native"):
        prog, want = FEATURES[name]
        status, out = run([BIN, "-X", "emit=bytecode"], cwd=TESTS, stdin_bytes=prog.encode())
        check("perfbench feature check %s on stdin" % name, out.strip() == want.strip(), show(status, out))


# ---------------------------------------------------------------- cmdline tests

def test_cmdline():
    d = os.path.join(TESTS, "cmdline")
    write(os.path.join(d, "rc_compile_only.py"), "print('This should not be printed')\nx = 1 + 2\n\ndef f():\n    return 1\n")
    status, out = special("cmdline/rc_compile_only.py", ["-X", "compile-only"])
    check("-X compile-only: compiles, runs nothing, status 0", status == 0 and out == b"", show(status, out))
    write(os.path.join(d, "rc_compile_only_error.py"), "print('This should not be printed')\ndef broken(\n    return 1\n")
    status, out = special("cmdline/rc_compile_only_error.py", ["-X", "compile-only"])
    check(
        "-X compile-only with a syntax error: non-zero status, nothing run",
        status not in (0, "timeout") and b"This should not be printed" not in out and b"SyntaxError" in out,
        show(status, out),
    )

    write(os.path.join(d, "rc_optimise.py"), "print(__debug__)\nassert 0\nprint('after')\n")
    status, out = special("cmdline/rc_optimise.py", ["-O"])
    check("-O: __debug__ is False and assert is compiled out", status == 0 and out == b"False\nafter\n", show(status, out))
    write(os.path.join(d, "rc_debug.py"), "print(__debug__)\n")
    status, out = special("cmdline/rc_debug.py")
    check("without -O: __debug__ is True", status == 0 and out == b"True\n", show(status, out))

    write(os.path.join(d, "rc_verbose.py"), "print(1)\n")
    status, out = special("cmdline/rc_verbose.py", ["-v", "-v"])
    check("-v -v: accepted, the program runs", status == 0 and b"1\n" in out, show(status, out))

    write(
        os.path.join(d, "rc_module.py"),
        "import sys\nprint(sys.argv)\nprint(__name__)\n",
    )
    status, out = special("cmdline/rc_module.py", ["-m", "cmdline.rc_module"])
    want = b"['cmdline.rc_module', 'cmdline/rc_module.py']\n__main__\n"
    check("-m MOD FILE with the runner's MICROPYPATH (found through '')", status == 0 and out == want, show(status, out))

    write(
        os.path.join(d, "rc_module_atexit.py"),
        "import sys\nprint(sys.argv)\nsys.atexit(lambda: print('done'))\nprint('start')\n",
    )
    status, out = special("cmdline/rc_module_atexit.py", ["-m", "cmdline.rc_module_atexit"])
    want = b"['cmdline.rc_module_atexit', 'cmdline/rc_module_atexit.py']\nstart\ndone\n"
    check("-m MOD FILE: sys.atexit callback runs after the module", status == 0 and out == want, show(status, out))

    write(os.path.join(d, "rc_file_variable.py"), "print('__file__ =', __file__)\n")
    status, out = special("cmdline/rc_file_variable.py")
    check("__file__ is the path as given", status == 0 and out == b"__file__ = cmdline/rc_file_variable.py\n", show(status, out))

    write(os.path.join(d, "rc_exit.py"), "import sys\nprint('x')\nsys.exit(123)\n")
    status, out = special("cmdline/rc_exit.py")
    check("sys.exit(123): status 123", status == 123 and out == b"x\n", show(status, out))

    status, out = special("cmdline/rc_verbose.py", ["-c", "print('c ran')"])
    check("-c CODE FILE: CODE runs, then FILE (as the unix port)", status == 0 and out == b"c ran\n1\n", show(status, out))

    status, out = run([BIN, "-c", "import sys; print(sys.path[0] == '', sys.path[1:])"], cwd=TESTS, env={"MICROPYPATH": "a:b"})
    check("MICROPYPATH: sys.path is ['', *MICROPYPATH]", status == 0 and out == b"True ['a', 'b']\n", show(status, out))
    status, out = run([BIN, "-c", "import sys; print(sys.argv)"], cwd=TESTS)
    check("-c: sys.argv is ['-c']", status == 0 and out == b"['-c']\n", show(status, out))


# ---------------------------------------------------------------- the benchmark runner

BENCH = r"""
def bm_setup(params):
    n = params[0]
    state = [0]

    def run():
        s = 0
        for i in range(n):
            s += i * i % 7
        state[0] = s

    def result():
        return n, state[0]

    return run, result


bm_params = {(50, 10): (100,), (100, 100): (1000,), (1000, 1000): (20000,)}
"""

BENCHRUN = r"""
def bm_run(N, M):
    try:
        from utime import ticks_us, ticks_diff
    except ImportError:
        import time

        ticks_us = lambda: int(time.perf_counter() * 1000000)
        ticks_diff = lambda a, b: a - b
    best = None
    for nm, p in bm_params.items():
        if 10 * nm[0] <= 12 * N and nm[1] <= M and (best is None or nm > best[0]):
            best = (nm, p)
    run, result = bm_setup(best[1])
    t0 = ticks_us()
    run()
    t1 = ticks_us()
    norm, out = result()
    print(ticks_diff(t1, t0), norm, out)


bm_run(1000, 1000)
"""


def test_perfbench():
    script = ("import sys\nsys.path.remove('')\n\n" + BENCH + BENCHRUN).encode()
    cpy = subprocess.run([sys.executable], input=script, stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout
    cpy_result = cpy.strip().split(None, 2)[2] if len(cpy.split()) >= 3 else b"?"
    for label, extra, env in (
        ("", [], None),
        (" with -X heapsize", ["-X", "heapsize=4M"], None),
        (" with MICROPYPATH set", [], {"MICROPYPATH": RUNNER_PATH}),
    ):
        status, out = run([BIN, "-X", "emit=bytecode", *extra], cwd=TESTS, stdin_bytes=script, env=env)
        parts = out.strip().split(None, 2)
        ok = status == 0 and len(parts) == 3
        if ok:
            try:
                us, n = int(parts[0]), int(parts[1])
                ok = us >= 0 and n == 20000 and parts[2] == cpy_result
            except ValueError:
                ok = False
        check("perfbench: stdin program prints '<us> <norm> <result>'" + label, ok, show(status, out) + " cpython %r" % cpy)
    status, out = run([BIN, "-X", "emit=bytecode"], cwd=TESTS, stdin_bytes=b"print('SKIP')\n")
    check("perfbench: SKIP", out.strip() == b"SKIP", show(status, out))


# ---------------------------------------------------------------- repl_* tests on a pty

def pty_session(cmd, lines, cwd):
    """Does what run-tests.py does for repl_* tests: start on a pty, wait for the first output,
    send each line and collect what comes back until 20 ms of quiet; then Ctrl-D."""
    import pty

    master, slave = pty.openpty()
    p = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=subprocess.STDOUT, bufsize=0, cwd=cwd,
                         env={k: v for k, v in os.environ.items() if k != "MICROPYPATH"})
    deadline = time.time() + TIMEOUT

    def get(required=False):
        rv = b""
        while time.time() < deadline:
            ready = select.select([master], [], [], 0.02)
            if ready[0]:
                try:
                    chunk = os.read(master, 1024)
                except OSError:
                    return rv
                if not chunk:
                    return rv
                rv += chunk
            elif not required or rv:
                return rv
        return rv

    try:
        out = get(True)
        for line in lines:
            os.write(master, line)
            out += get()
        os.write(master, b"\x04")
        try:
            p.wait(timeout=2)
            exited = True
        except subprocess.TimeoutExpired:
            exited = False
    finally:
        try:
            p.kill()
        except ProcessLookupError:
            pass
        p.wait()
        os.close(master)
        os.close(slave)
    return norm(out), exited


def match_exp(out, exp_lines):
    """Line-by-line regex match of the output against expected lines, as the runner does for
    special tests (a line of the .exp is a regex; here we write Python regexes directly)."""
    got = out.split(b"\n")
    if len(got) != len(exp_lines):
        return False
    return all(re.fullmatch(e.encode(), g) for e, g in zip(exp_lines, got))


def test_repl():
    if sys.platform.startswith("win"):
        return
    # (Compound statements are left out: MicroPython's REPL auto-indents them, ours not yet.)
    out, exited = pty_session([BIN], [b"# a comment\n", b"1+1\n", b"print('hi')\n"], TESTS)
    want = [r"MicroPython .+ version", r"Use .+", r">>> # a comment", r">>> 1\+1", r"2", r">>> print\('hi'\)", r"hi", r">>> "]
    check("repl: banner the .exp files match, a prompt, 1+1 evaluated", match_exp(out, want), "output %r" % out)
    check("repl: Ctrl-D exits", exited)

    # repl_inspect-style: `-i -c CODE FILE` (FILE holds only comments), then the REPL.
    write(os.path.join(TESTS, "cmdline", "rc_inspect.py"), "# only comments\n")
    out, exited = pty_session([BIN, "-i", "-c", "print('test')", "cmdline/rc_inspect.py"], [b"# typed\n", b"2*3\n"], TESTS)
    want = [r"test", r"MicroPython .+ version", r"Use .+", r">>> # typed", r">>> 2\*3", r"6", r">>> "]
    check("-i -c CODE FILE: CODE's output, then the REPL", match_exp(out, want), "output %r" % out)
    out, exited = pty_session([BIN, "-i", "-c", "print('test')"], [b"# typed\n"], TESTS)
    want = [r"test", r"MicroPython .+ version", r"Use .+", r">>> # typed", r">>> "]
    check("-i -c CODE (no FILE, as repl_inspect starts it): CODE's output, then the REPL", match_exp(out, want), "output %r" % out)
    out, exited = pty_session([BIN, "-c", "print('test')", "-i", "cmdline/rc_inspect.py"], [b"7\n"], TESTS)
    want = [r"test", r"MicroPython .+ version", r"Use .+", r">>> 7", r"7", r">>> "]
    check("-c CODE -i FILE: the same", match_exp(out, want), "output %r" % out)


def main():
    if not os.path.exists(BIN):
        print("no binary at " + BIN)
        return 2
    t0 = time.time()
    try:
        for t in (test_ordinary, test_platform, test_features, test_cmdline, test_perfbench, test_repl):
            try:
                t()
            except Exception as e:  # a broken check is a failure, not a crash of the script
                check(t.__name__ + " raised " + type(e).__name__, False, repr(e))
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("runner_compat: %d passed, %d failed (%.1f s)" % (passes, len(failures), time.time() - t0))
    for f in failures:
        print("  failed: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
