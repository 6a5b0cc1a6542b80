"""Kill test for the device filesystem: nothing is lost, nothing is torn.

Runs `ferrite --device DIR writer.py RUN` repeatedly and kills it with SIGKILL at a random
moment during its thousand writes. Each write replaces one of a few files with a complete,
self-describing content (header, body of a known letter and length, END marker), either directly
(`open(name, 'w')`) or by writing a temporary file and `os.rename`-ing it over the name, and
every few writes a scratch file is created and removed. The writer prints `done NAME GEN` after
each close/rename/remove and flushes.

After every kill, every file is checked:
- no file is torn: each one parses and its body is complete;
- nothing written and closed is lost: a file holds the generation the writer last reported done
  for it, or a later one it was writing when killed;
- a removed scratch file reported done is gone.
Exits 1 on any violation. Binary: env FERRITE_BIN (default target/release/ferrite).
Usage: python3 tests/device/kill_test.py [--runs N] [--seed S] [--control]
`--control` runs the writer without `--device` (plain host files, as MicroPython's unix port
writes them): it should then report torn files, which shows the test can see them.
"""

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(os.environ.get("FERRITE_BIN", os.path.join(REPO, "target/release/ferrite")))
WRITES = 1000
FILES = 6

WRITER = r"""
import os, sys
run = int(sys.argv[1])
FILES = %d
for i in range(%d):
    gen = run * 100000 + i
    k = i %% FILES
    n = 200 + (gen * 7919) %% 40000
    data = "gen=%%d len=%%d\n" %% (gen, n) + chr(65 + gen %% 26) * n + "\nEND\n"
    name = "f%%d.txt" %% k
    if i %% 3 == 2:
        with open("t%%d.tmp" %% k, "w") as f:
            f.write(data)
        os.rename("t%%d.tmp" %% k, name)
    else:
        with open(name, "w") as f:
            f.write(data[:len(data) // 2])
            f.write(data[len(data) // 2:])
    print("done", name, gen)
    if i %% 10 == 9:
        with open("scratch.txt", "w") as f:
            f.write("x")
        os.remove("scratch.txt")
        print("done scratch.txt -1")
    sys.stdout.flush()
""" % (FILES, WRITES)

HEADER = re.compile(r"gen=(\d+) len=(\d+)\n")


def check_content(path):
    """The generation a file holds, or an error string when it is torn."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode()
    except UnicodeDecodeError:
        return None, "not UTF-8"
    m = HEADER.match(text)
    if not m:
        return None, "bad header %r" % text[:40]
    gen, n = int(m.group(1)), int(m.group(2))
    body = text[m.end():]
    want = chr(65 + gen % 26) * n + "\nEND\n"
    if body != want:
        return None, "torn body (gen %d: %d bytes, want %d)" % (gen, len(body), len(want))
    return gen, None


CONTROL = False


def one_run(dev, writer, run, delay, failures):
    out_path = os.path.join(os.path.dirname(dev), "out-%d.txt" % run)
    with open(out_path, "wb") as out:
        cmd = [BIN, writer, str(run)] if CONTROL else [BIN, "--device", dev, writer, str(run)]
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=dev)
        try:
            p.wait(timeout=delay)
            killed = False
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            p.wait()
            killed = True
    with open(out_path, "rb") as f:
        lines = f.read().decode(errors="replace").split("\n")
    done = {}
    count = 0
    for line in lines[:-1]:  # the last piece may be a partial line
        parts = line.split()
        if len(parts) == 3 and parts[0] == "done":
            done[parts[1]] = int(parts[2])
            count += 1
        elif line.strip():
            failures.append("run %d: unexpected output %r" % (run, line))
    if not killed and p.returncode != 0:
        failures.append("run %d: exit status %d" % (run, p.returncode))
    return done, count, killed


def main():
    runs, seed = 20, None
    args = sys.argv[1:]
    while args:
        a = args.pop(0)
        if a == "--runs":
            runs = int(args.pop(0))
        elif a == "--seed":
            seed = int(args.pop(0))
        elif a == "--control":
            global CONTROL
            CONTROL = True
    seed = seed if seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    if not os.path.exists(BIN):
        print("kill_test: no binary at %s (set FERRITE_BIN)" % BIN)
        return 2
    base = tempfile.mkdtemp(prefix="ferrite-kill-")
    dev = os.path.join(base, "flash")
    os.mkdir(dev)
    writer = os.path.join(base, "writer.py")
    with open(writer, "w") as f:
        f.write(WRITER)
    failures = []
    expect = {}  # name -> generation last reported done
    t0 = time.time()
    # Time one complete run first, to spread the kills over the whole of a run.
    done, count, killed = one_run(dev, writer, 0, 30.0, failures)
    full = time.time() - t0
    expect.update(done)
    total_done, kills = count, 0
    for run in range(1, runs + 1):
        delay = rng.uniform(0.02, max(0.05, full * 0.9))
        done, count, killed = one_run(dev, writer, run, delay, failures)
        kills += killed
        total_done += count
        expect.update(done)
        check_device(dev, expect, run, failures)
        if failures:
            break
    elapsed = time.time() - t0
    shutil.rmtree(base, ignore_errors=True)
    print("kill_test: seed %d, %d runs (%d killed), %d writes completed, full run %.2f s, total %.1f s"
          % (seed, runs + 1, kills, total_done, full, elapsed))
    for f in failures[:20]:
        print("FAIL:", f)
    return 1 if failures else 0


def check_device(dev, expect, run, failures):
    names = sorted(n for n in os.listdir(dev) if not n.startswith(".ferrite"))
    for name in names:
        path = os.path.join(dev, name)
        if name.startswith("f") or name.endswith(".tmp"):
            gen, err = check_content(path)
            if err:
                failures.append("run %d: %s torn: %s" % (run, name, err))
                continue
            want = expect.get(name)
            if want is not None and gen < want:
                failures.append("run %d: %s lost a write: holds gen %d, gen %d was closed" % (run, name, gen, want))
            if gen > run * 100000 + WRITES:
                failures.append("run %d: %s holds a generation never written: %d" % (run, name, gen))
        elif name == "scratch.txt":
            with open(path, "rb") as f:
                if f.read() != b"x":
                    failures.append("run %d: scratch.txt torn" % run)
        else:
            failures.append("run %d: unexpected file %s" % (run, name))
    for name, gen in expect.items():
        if name.startswith("f") and name not in names:
            failures.append("run %d: %s vanished (gen %d was closed)" % (run, name, gen))


if __name__ == "__main__":
    sys.exit(main())
