"""Device mode (`ferrite --device DIR`): boot.py then main.py run when no program is named,
paths stay inside DIR (`..`, absolute paths, symlinks out, NUL bytes), the identity in
DIR/.ferrite/identity is created once and kept, imports find /lib, and the runtime's files are
invisible. Exits 1 on any failure. Binary: env FERRITE_BIN (default target/release/ferrite).
"""

import os
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(os.environ.get("FERRITE_BIN", os.path.join(REPO, "target/release/ferrite")))

MAIN = r"""
import os
print("main cwd", os.getcwd(), sorted(os.listdir()))
import helper
print("helper", helper.VALUE)
for p in ["../secret.txt", "/../secret.txt", "/lib/../../secret.txt", "out/secret.txt", "a\0b", ".ferrite/identity", "/"]:
    try:
        open(p).read()
        print("OPENED", repr(p))
    except OSError as e:
        print("refused", repr(p), e.errno)
for f in (os.listdir, os.stat, os.remove):
    try:
        f("../secret.txt")
        print("ESCAPED", f.__name__)
    except OSError as e:
        print(f.__name__, "refused", e.errno)
with open("/data/log.txt", "a") as f:
    f.write("boot\n")
os.chdir("/data")
print("cwd", os.getcwd(), open("log.txt").read().count("boot"))
os.chdir("..")
print("cwd", os.getcwd())
"""

EXPECT = """boot ran
main cwd / ['boot.py', 'data', 'lib', 'main.py', 'out']
helper 7
refused '../secret.txt' 2
refused '/../secret.txt' 2
refused '/lib/../../secret.txt' 2
refused 'out/secret.txt' 13
refused 'a\\x00b' 22
refused '.ferrite/identity' 2
refused '/' 21
listdir refused 2
stat refused 2
remove refused 2
cwd /data {n}
cwd /
"""


def main():
    base = tempfile.mkdtemp(prefix="ferrite-dev-")
    dev = os.path.join(base, "flash")
    failures = []
    try:
        os.makedirs(os.path.join(dev, "lib"))
        os.makedirs(os.path.join(dev, "data"))
        with open(os.path.join(base, "secret.txt"), "w") as f:
            f.write("outside")
        os.mkdir(os.path.join(base, "outdir"))
        with open(os.path.join(base, "outdir", "secret.txt"), "w") as f:
            f.write("outside")
        os.symlink(os.path.join(base, "outdir"), os.path.join(dev, "out"))
        with open(os.path.join(dev, "boot.py"), "w") as f:
            f.write('print("boot ran")\n')
        with open(os.path.join(dev, "main.py"), "w") as f:
            f.write(MAIN)
        with open(os.path.join(dev, "lib", "helper.py"), "w") as f:
            f.write("VALUE = 7\n")
        ident = None
        for n in (1, 2):
            # Run from another directory: the device must not depend on the host cwd.
            r = subprocess.run([BIN, "--device", dev], stdin=subprocess.DEVNULL, capture_output=True, cwd=base,
                               timeout=30)
            out = r.stdout.decode() + r.stderr.decode()
            if r.returncode != 0 or out != EXPECT.format(n=n):
                failures.append("run %d: status %d, output:\n%s" % (n, r.returncode, out))
            with open(os.path.join(dev, ".ferrite", "identity"), "rb") as f:
                now = f.read()
            if len(now) != 8 or (ident is not None and now != ident):
                failures.append("identity not kept: %r then %r" % (ident, now))
            ident = now
        # A named program runs instead of boot.py/main.py, with the same confinement.
        prog = os.path.join(base, "prog.py")
        with open(prog, "w") as f:
            f.write('import os\nprint(sorted(os.listdir("/")))\n')
        r = subprocess.run([BIN, "--device", dev, prog], stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
        out = r.stdout.decode()
        if out != "['boot.py', 'data', 'lib', 'main.py', 'out']\n":
            failures.append("named program: %r %r" % (out, r.stderr.decode()))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    print("device_test: %s" % ("FAIL" if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
