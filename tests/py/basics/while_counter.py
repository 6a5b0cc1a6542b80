# simple loops computing values: collatz, gcd, primes
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
primes = []
n = 2
while len(primes) < 25:
    if all(n % p for p in primes if p * p <= n):
        primes.append(n)
    n += 1
print(primes)
fib = [0, 1]
while len(fib) < 90:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[50])
