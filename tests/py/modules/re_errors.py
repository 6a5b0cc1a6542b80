# Bad and unsupported patterns raise re.error, a ValueError subclass as in MicroPython (whose re
# raises ValueError). Backreferences and lookaround are refused, as MicroPython's re lacks them
# (CPython supports them), and deep nesting or huge patterns are refused rather than crashing.
# Hence the .exp file.
import re

for bad in ["(", "a)", "[a", "*a", "a**", r"\q", "(?P<1>a)", "a{3,1}"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error:
        print("error", bad)
for unsupported in [r"(a)\1", "(?=a)", "(?!a)", "(?<=a)b", "(?<!a)b", "(?P<n>a)(?P=n)", "(?>a)", "a*+"]:
    try:
        re.compile(unsupported)
        print("compiled", unsupported)
    except re.error:
        print("unsupported", unsupported)
try:
    re.compile("(")
except ValueError:
    print("ValueError")
for big in ["(" * 1000 + ")" * 1000, "(a{1000}){1000}", "x" * 200000]:
    try:
        re.compile(big)
        print("compiled", len(big))
    except re.error:
        print("too big", len(big))
print(re.match("(a*)*b", "a" * 30 + "c"))
