# raising SystemExit directly, from inside a function, sets the exit status
def stop(code):
    print('stopping with', code)
    raise SystemExit(code)
for i in range(3):
    print('iteration', i)
    if i == 1:
        stop(5)
