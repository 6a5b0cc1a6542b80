# SystemExit and sys.exit can be caught
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.args)
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.args)
print('still running')
