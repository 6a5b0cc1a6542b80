# closures used as lightweight objects with shared state
def bank(initial):
    balance = initial
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(('dep', x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            history.append(('fail', x))
            return None
        balance -= x
        history.append(('wd', x))
        return balance
    def report():
        return balance, list(history)
    return {'deposit': deposit, 'withdraw': withdraw, 'report': report}
acct = bank(100)
print(acct['deposit'](50), acct['withdraw'](30), acct['withdraw'](500))
print(acct['report']())
other = bank(0)
print(other['deposit'](1), acct['report']()[0])
def gen_ids(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return '%s-%03d' % (prefix, n)
    return next_id
a, b = gen_ids('A'), gen_ids('B')
print(a(), a(), b(), a())
