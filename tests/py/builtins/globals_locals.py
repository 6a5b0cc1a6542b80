# globals() and locals()
top_level = 'here'
print('top_level' in globals(), globals()['top_level'])
globals()['injected'] = 99
print(injected)
def f():
    global made_in_f
    made_in_f = 'yes'
f()
print(globals()['made_in_f'], 'f' in globals(), 'nonexistent' in globals())
print(type(globals()).__name__, '__name__' in globals(), __name__)
