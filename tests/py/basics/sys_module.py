# the parts of sys that CPython and MicroPython share
import sys
print(sys.byteorder, sys.version_info[0], sys.version_info >= (3,))
print(type(sys.path).__name__, type(sys.argv).__name__, type(sys.modules).__name__)
print('sys' in sys.modules, sys.maxsize > 2 ** 30)
sys.stdout.write('written with sys.stdout.write\n')
print(type(sys.implementation.name).__name__, isinstance(sys.platform, str))
print(callable(sys.exit), hasattr(sys, 'stdin'), hasattr(sys, 'stderr'))
