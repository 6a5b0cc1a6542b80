# re_workload.py: regular expressions as a program uses them on log lines: compile once,
# match, search, findall, sub with a group reference, split; checksum over the results.
import re

LINES = []
for i in range(400):
    LINES.append("2026-11-%02d 12:%02d:%02d sensor%d temp=%d.%d hum=%d%% status=%s" % (
        i % 28 + 1, i % 60, (i * 7) % 60, i % 9, 15 + i % 20, i % 10, 30 + i % 50,
        ["ok", "warn", "fail"][i % 3]))

LINE = re.compile(r"(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+) (\w+) temp=(\d+)\.(\d) hum=(\d+)% status=(\w+)")
NUM = re.compile(r"\d+")
WARN = re.compile(r"status=(warn|fail)")


def run():
    total = 0
    for line in LINES:
        m = LINE.match(line)
        if m:
            total += int(m.group(8)) * 10 + int(m.group(9)) + int(m.group(10))
            total += len(m.group(7))
        if WARN.search(line):
            total += 3
        total += len(NUM.findall(line))
        total += len(re.sub(r"(\d+)%", r"\1 percent", line))
        total += len(re.split(r"[ =]", line))
    return total % 1000000007


check = 0
for k in range(100):
    check = (check * 31 + run()) % 1000000007
print("re checksum", check)
