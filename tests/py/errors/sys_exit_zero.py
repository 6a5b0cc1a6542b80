# sys.exit(0) and finally blocks run on the way out
import sys
try:
    print('in try')
    sys.exit(0)
finally:
    print('finally runs before exit')
print('never printed')
