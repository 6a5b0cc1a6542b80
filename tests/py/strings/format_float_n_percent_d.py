# '%d' of a big float keeps every digit; format type 'n' of a float is 'g'.
print("%d" % 2.0**100)
print("%i|%u" % (-(2.0**70), 1e20))
print("%d" % -3.99, "%d" % 1e18)
for bad in (float("inf"), float("nan")):
    try:
        print("%d" % bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)

print("{:10.4n}|{:n}|{:.3n}".format(123.456, 1.5, 1234.5))
print("{:n}".format(12345), format(2.5, "n"))
