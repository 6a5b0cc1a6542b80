# A package's submodule attribute is set on the first import only: a name the package binds
# afterwards (here functions named like their modules) survives later `import pkg.mod`.
import os
import sys

sys.dont_write_bytecode = True  # CPython: no __pycache__ to clean up
d = "imp_subbind_pkg_5c1e"
files = {
    "__init__.py": "from .alpha import alpha\nfrom . import beta\n",
    "alpha.py": "def alpha():\n    return 'alpha()'\n",
    "beta.py": "def beta():\n    return 'beta()'\n",
    "gamma.py": "value = 'gamma'\n",
}
os.mkdir(d)
try:
    for n, src in files.items():
        with open(d + "/" + n, "w") as f:
            f.write(src)
    sys.path.insert(0, "")
    pkg = __import__(d)
    print(pkg.alpha(), type(pkg.beta).__name__)
    exec("import " + d + ".alpha")
    print(pkg.alpha(), sys.modules[d + ".alpha"].__name__.split(".")[-1])
    exec("import " + d + ".beta")
    print(type(pkg.beta).__name__, pkg.beta.beta())
    print(hasattr(pkg, "gamma"))
    exec("import " + d + ".gamma")
    print(pkg.gamma.value)
    pkg.gamma = "rebound"
    exec("import " + d + ".gamma")
    print(pkg.gamma)
finally:
    for n in files:
        os.remove(d + "/" + n)
    os.rmdir(d)
