# sys.exit() without an argument exits with status 0
import sys
def main():
    print('main runs')
    sys.exit()
main()
print('never printed')
