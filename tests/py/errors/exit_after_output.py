# output printed before a non-zero exit is kept, in order
import sys
for i in range(5):
    print('line', i)
sys.stdout.write('written directly\n')
sys.exit(2)
