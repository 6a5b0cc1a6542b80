#!/usr/bin/env python3
"""Ferrite benchmark runner: times each bench/*.py program under ferrite and CPython.

Usage: python3 bench/run.py [--bin PATH] [--python PATH] [--runs N] [--filter S]
                            [--markdown] [--json FILE] [--timeout SEC] [--startup-runs N]

For every program it first runs each interpreter once and compares their stdout; a
program whose outputs differ is WRONG and is not timed, and one that exits non-zero
under ferrite is FAIL (with the first line of its stderr). Then it alternates
ferrite and CPython runs N times each, so machine noise hits both alike, and reports
median wall times, the ratio ferrite/CPython, and the geometric mean of the ratios
of the programs that ran correctly. Last it measures startup (`-c pass`) time and
peak RSS (ru_maxrss of the child, via os.wait4).

Standard library only (Python 3.11). Every program prints a checksum line, so a
fast wrong answer cannot win.
"""

import argparse
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_BIN = os.path.join(REPO_ROOT, "target", "release", "ferrite")

# The suite, in report order. Each is bench/<name>.py.
PROGRAMS = [
    "pystone",
    "fib",
    "nqueens",
    "fannkuch",
    "mandelbrot",
    "strings",
    "dicts_sets",
    "sort",
    "generators",
    "methods",
    "closures",
    "bigint",
    "exceptions",
    "listcomp",
    "asyncio_tasks",
    "asyncio_pingpong",
    "thread_lock",
    "thread_pingpong",
    "json_roundtrip",
    "struct_pack",
    "re_workload",
]


class RunResult:
    """One finished child process: exit code, wall seconds, peak RSS, output."""

    def __init__(self, code, seconds, maxrss_kib, stdout, stderr, timed_out):
        self.code = code
        self.seconds = seconds
        self.maxrss_kib = maxrss_kib
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    @property
    def ok(self):
        return self.code == 0 and not self.timed_out

    def failure_line(self):
        """First non-empty line of stderr (else stdout), for a FAIL report."""
        if self.timed_out:
            return "timed out after %.1f s" % self.seconds
        for stream in (self.stderr, self.stdout):
            text = stream.decode("utf-8", "replace")
            # a traceback's last line names the error; its first line does not
            lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
            if lines:
                if lines[0].startswith("Traceback") and len(lines) > 1:
                    return lines[-1]
                return lines[0]
        if self.code < 0:
            return "killed by signal %d" % -self.code
        return "exit code %d" % self.code


def run_once(cmd, timeout):
    """Run cmd to completion; wall time from spawn to reap, rusage of the child.

    Output goes to temporary files rather than pipes, so the child never blocks
    on a full pipe and we can reap it ourselves with os.wait4 to read its
    ru_maxrss (KiB on Linux).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        lock = threading.Lock()
        state = {"done": False, "timed_out": False}
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, cwd=BENCH_DIR, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=err)
        except OSError as e:
            msg = ("cannot start %s: %s" % (cmd[0], e)).encode()
            return RunResult(127, 0.0, 0, b"", msg, False)

        def kill():
            # os.kill, not proc.kill: Popen.kill polls (and may reap) the child,
            # which would make our os.wait4 fail.
            with lock:
                if not state["done"]:
                    state["timed_out"] = True
                    try:
                        os.kill(proc.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            with lock:
                state["done"] = True
            timer.cancel()
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code  # reaped above; stop Popen from waiting again
        out.seek(0)
        err.seek(0)
        return RunResult(code, seconds, usage.ru_maxrss, out.read(), err.read(),
                         state["timed_out"])


def first_difference(a, b):
    """Describe the first line where two outputs differ."""
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return "line %d: ferrite %r, python3 %r" % (i + 1, x[:80], y[:80])
    return "outputs differ (line endings or trailing bytes)"


def bench_program(name, fbin, pybin, runs, timeout, log):
    """Check one program's output under both interpreters, then time it."""
    path = os.path.join(BENCH_DIR, name + ".py")
    fcmd = [fbin, path]
    pcmd = [pybin, path]
    row = {"program": name, "status": "ok", "detail": "",
           "ferrite_ms": None, "python3_ms": None, "ratio": None,
           "ferrite_samples_ms": [], "python3_samples_ms": [],
           "ferrite_maxrss_kib": None, "python3_maxrss_kib": None}

    log("%-12s checking" % name)
    pref = run_once(pcmd, timeout)
    if not pref.ok:
        row["status"] = "PYFAIL"
        row["detail"] = pref.failure_line()
        return row
    fref = run_once(fcmd, timeout)
    if not fref.ok:
        row["status"] = "FAIL"
        row["detail"] = fref.failure_line()
        return row
    if fref.stdout != pref.stdout:
        row["status"] = "WRONG"
        row["detail"] = first_difference(fref.stdout, pref.stdout)
        return row

    ftimes, ptimes, frss, prss = [], [], [], []
    for i in range(runs):
        log("%-12s run %d/%d" % (name, i + 1, runs))
        # alternate which interpreter goes first, so neither always runs on a
        # machine warmed (or disturbed) by the other
        order = ((fcmd, ftimes, frss), (pcmd, ptimes, prss))
        if i % 2:
            order = order[::-1]
        for cmd, times, rss in order:
            res = run_once(cmd, timeout)
            if not res.ok or res.stdout != pref.stdout:
                who = "ferrite" if cmd is fcmd else "python3"
                row["status"] = "FAIL" if not res.ok else "WRONG"
                row["detail"] = "%s, timed run %d: %s" % (
                    who, i + 1,
                    res.failure_line() if not res.ok else first_difference(res.stdout, pref.stdout))
                return row
            times.append(res.seconds * 1000.0)
            rss.append(res.maxrss_kib)

    row["ferrite_samples_ms"] = [round(t, 2) for t in ftimes]
    row["python3_samples_ms"] = [round(t, 2) for t in ptimes]
    row["ferrite_ms"] = statistics.median(ftimes)
    row["python3_ms"] = statistics.median(ptimes)
    row["ratio"] = row["ferrite_ms"] / row["python3_ms"]
    row["ferrite_maxrss_kib"] = max(frss)
    row["python3_maxrss_kib"] = max(prss)
    return row


def spawn_maxrss(cmd):
    """Peak RSS (KiB) of a child. ru_maxrss survives exec, so a child forked from this
    16 MB Python process would report our peak, not its own; GNU time (a small process) is
    the fork parent instead. Without it, the figure is unavailable (None)."""
    gnu_time = "/usr/bin/time"
    if not os.path.exists(gnu_time):
        return None
    r = subprocess.run([gnu_time, "-f", "%M"] + cmd, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        return int(r.stderr.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def spawn_seconds(cmd):
    """Wall time from spawn to exit of `cmd` (stdout to /dev/null), and its exit status.

    `run_once` goes through subprocess.Popen with pipes, which adds about half a millisecond of
    this process's own work to every run: nothing next to a program's run time, but a third of
    a startup time. A bare posix_spawn (vfork and exec) and wait4 leave only the child's life.
    """
    actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
    t0 = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=actions)
    _, status, _ = os.wait4(pid, 0)
    return time.perf_counter() - t0, os.waitstatus_to_exitcode(status)


def measure_startup(fbin, pybin, runs, timeout, log):
    """Median wall time (`spawn_seconds`) and peak RSS of `BIN -c pass` for both interpreters;
    each is first run once through `run_once`, which reports a failure properly."""
    log("startup: %d runs each" % runs)
    res = {}
    samples = {"ferrite": ([], []), "python3": ([], [])}
    cmds = (("ferrite", [fbin, "-c", "pass"]), ("python3", [pybin, "-c", "pass"]))
    for who, cmd in cmds:
        r = run_once(cmd, timeout)
        if not r.ok:
            res[who] = {"status": "FAIL", "detail": r.failure_line()}
    for i in range(runs):
        order = cmds if i % 2 == 0 else cmds[::-1]
        for who, cmd in order:
            if who in res:  # already failed
                continue
            seconds, code = spawn_seconds(cmd)
            if code != 0:
                res[who] = {"status": "FAIL", "detail": "exit status %d" % code}
                continue
            samples[who][0].append(seconds * 1000.0)
            samples[who][1].append(spawn_maxrss(cmd))
    for who in ("ferrite", "python3"):
        if who in res:
            continue
        times, rss = samples[who]
        rss = [v for v in rss if v is not None]
        res[who] = {"status": "ok", "median_ms": statistics.median(times),
                    "maxrss_kib": statistics.median(rss) if rss else None, "runs": len(times)}
    return res


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def fmt_ms(v):
    return "-" if v is None else "%.1f" % v


def fmt_ratio(v):
    return "-" if v is None else "%.2f" % v


def status_text(row):
    if row["status"] == "ok":
        return "ok"
    return "%s: %s" % (row["status"], row["detail"])


def render_text(rows, gm, startup):
    head = ("program", "ferrite ms", "python3 ms", "ratio", "status")
    body = [(r["program"], fmt_ms(r["ferrite_ms"]), fmt_ms(r["python3_ms"]),
             fmt_ratio(r["ratio"]), status_text(r)) for r in rows]
    widths = [max(len(x[i]) for x in [head] + body) for i in range(4)]
    lines = []

    def line(cells):
        parts = [cells[0].ljust(widths[0])]
        parts += [cells[i].rjust(widths[i]) for i in (1, 2, 3)]
        parts.append(cells[4])
        lines.append("  ".join(parts).rstrip())

    line(head)
    lines.append("  ".join("-" * w for w in widths) + "  ------")
    for cells in body:
        line(cells)
    lines.append("")
    ok = sum(1 for r in rows if r["status"] == "ok")
    lines.append("geometric mean ratio (ferrite/python3) over %d of %d programs: %s"
                 % (ok, len(rows), fmt_ratio(gm)))
    lines.append("")
    lines.extend(render_startup(startup, markdown=False))
    return "\n".join(lines)


def render_startup(startup, markdown):
    out = []
    if startup is None:
        return ["startup: not measured (--no-startup)"]
    if markdown:
        out.append("| startup (`-c pass`) | median ms | peak RSS MB |")
        out.append("| --- | ---: | ---: |")
    else:
        out.append("startup (-c pass):")
    for who in ("ferrite", "python3"):
        s = startup[who]
        if s["status"] != "ok":
            cells = (who, "FAIL: " + s["detail"], "-")
        else:
            cells = (who, "%.1f" % s["median_ms"], "-" if s["maxrss_kib"] is None else "%.1f" % (s["maxrss_kib"] / 1024.0))
        if markdown:
            out.append("| %s | %s | %s |" % cells)
        else:
            out.append("  %-8s %10s ms   peak RSS %s MB" % cells)
    return out


def render_markdown(rows, gm, startup, runs):
    lines = ["| program | ferrite ms | python3 ms | ferrite/python3 | status |",
             "| --- | ---: | ---: | ---: | --- |"]
    for r in rows:
        status = status_text(r).replace("|", "\\|")
        lines.append("| %s | %s | %s | %s | %s |" % (
            r["program"], fmt_ms(r["ferrite_ms"]), fmt_ms(r["python3_ms"]),
            fmt_ratio(r["ratio"]), status))
    ok = sum(1 for r in rows if r["status"] == "ok")
    lines.append("| **geometric mean** (%d of %d) | | | **%s** | |" % (ok, len(rows), fmt_ratio(gm)))
    lines.append("")
    lines.append("Median of %d interleaved runs each; wall time of the whole process." % runs)
    lines.append("")
    lines.extend(render_startup(startup, markdown=True))
    return "\n".join(lines)


def resolve_bin(path, default_rel_to_repo):
    """An explicit bare name is looked up on PATH; a default is repo-relative."""
    if os.sep not in path:
        found = shutil.which(path)
        if found:
            return found
    if default_rel_to_repo and not os.path.isabs(path):
        return os.path.join(REPO_ROOT, path)
    return os.path.abspath(path)


def real_interpreter(path):
    """The interpreter binary itself, not a launcher in front of it.

    A version manager's `python3` (pyenv's shim is a bash script that execs the real binary)
    adds tens of milliseconds to every run, which would be counted as CPython's time and
    flatter every ratio. Ask the interpreter for its own executable and time that.
    """
    try:
        out = subprocess.run([path, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return path
    return out if out and os.path.isfile(out) else path


def main(argv=None):
    ap = argparse.ArgumentParser(description="Time bench/*.py under ferrite and CPython.")
    ap.add_argument("--bin", default=None,
                    help="ferrite binary (default: target/release/ferrite in the repo root)")
    ap.add_argument("--python", default="python3", help="reference interpreter (default: python3)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per interpreter (default 5)")
    ap.add_argument("--filter", default="", help="only programs whose name contains S")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--json", metavar="FILE", help="also write all results as JSON to FILE")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run (default 300)")
    ap.add_argument("--startup-runs", type=int, default=50, help="runs of -c pass (default 50)")
    ap.add_argument("--no-startup", action="store_true", help="skip the startup measurement")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)

    if args.runs < 1:
        ap.error("--runs must be at least 1")
    fbin = resolve_bin(args.bin, False) if args.bin else DEFAULT_BIN
    pybin = real_interpreter(resolve_bin(args.python, False))
    for label, b in (("ferrite", fbin), ("python3", pybin)):
        if not (os.path.isfile(b) and os.access(b, os.X_OK)):
            print("run.py: %s binary not found or not executable: %s" % (label, b),
                  file=sys.stderr)
            if label == "ferrite" and not args.bin:
                print("run.py: build it with `cargo build --release`, or pass --bin PATH",
                      file=sys.stderr)
            return 2

    names = [n for n in PROGRAMS if args.filter in n]
    if not names:
        # A filter that matches nothing (say `--filter startup`) measures startup alone.
        print("run.py: no program matches --filter %r%s" % (
            args.filter, "" if args.no_startup else "; measuring startup only"), file=sys.stderr)
        if args.no_startup:
            return 2

    def log(msg):
        if not args.quiet:
            sys.stderr.write("\r\033[K" + msg if sys.stderr.isatty() else msg + "\n")
            sys.stderr.flush()

    rows = []
    for name in names:
        row = bench_program(name, fbin, pybin, args.runs, args.timeout, log)
        rows.append(row)
        if row["status"] == "ok":
            log("%-12s %s ms vs %s ms, ratio %s\n" % (name, fmt_ms(row["ferrite_ms"]),
                                                     fmt_ms(row["python3_ms"]),
                                                     fmt_ratio(row["ratio"])))
        else:
            log("%-12s %s\n" % (name, status_text(row)))
    gm = geomean([r["ratio"] for r in rows if r["status"] == "ok"])
    if args.no_startup:
        startup = None
    else:
        startup = measure_startup(fbin, pybin, args.startup_runs, args.timeout, log)
    if sys.stderr.isatty() and not args.quiet:
        sys.stderr.write("\r\033[K")

    print("ferrite: %s" % fbin)
    print("python3: %s (%s)" % (pybin, subprocess.run(
        [pybin, "--version"], capture_output=True, text=True).stdout.strip()))
    print("machine: %s, %s cores; %d timed runs each" % (
        platform.platform(), os.cpu_count(), args.runs))
    print()
    if args.markdown:
        print(render_markdown(rows, gm, startup, args.runs))
    else:
        print(render_text(rows, gm, startup))

    if args.json:
        doc = {
            "ferrite_bin": fbin,
            "python_bin": pybin,
            "runs": args.runs,
            "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "programs": rows,
            "geomean_ratio": gm,
            "startup": startup,
        }
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
