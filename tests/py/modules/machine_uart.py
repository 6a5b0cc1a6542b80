# machine.UART's API on Ferrite's default board (UARTs 0..2, TX to the board's log, RX empty),
# as MicroPython's docs (library/machine.UART.html) describe it; error texts as MicroPython's
# ports word them. CPython has no machine module, hence the .exp.
try:
    import machine
    from machine import UART
except ImportError:
    print("SKIP")
    raise SystemExit

for bad in (3, -1, 100):
    try:
        UART(bad)
    except ValueError as e:
        print("ValueError:", e)

u = UART(1)
print(u)
u.init(115200, bits=7, parity=0, stop=2, timeout=10, timeout_char=2, rxbuf=64)
print(u)
u.init(parity=1)
print(u)
print(UART(1))  # the same peripheral: settings live in the board
u.init(9600, 8, None, 1)
print(u)

for kw in ({"bits": 10}, {"parity": 2}, {"stop": 3}, {"baudrate": 0}):
    try:
        u.init(**kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    u.init(colour=1)
except TypeError:
    print("TypeError")

# Nothing received on the default board: reads return None at once (timeout=0 by default).
u.init(timeout=0)
print(u.any(), u.read(), u.read(4), u.readline(), u.readinto(bytearray(4)))
print(u.read(0))

# Writes take bytes, bytearrays and str; they never block, and are done at once.
print(u.write(b"abc"), u.write(bytearray(b"de")), u.write("fg"), u.write(b""))
print(u.txdone(), u.flush(), u.sendbreak())
try:
    u.write(12)
except TypeError:
    print("TypeError")

print(isinstance(u.fileno(), int))
u.deinit()
print(u)
u.init()
print(u)

print(UART.INV_TX, UART.INV_RX)
print(len(machine.unique_id()), type(machine.unique_id()))
f = machine.freq()
machine.freq(80000000)
print(machine.freq())
machine.freq(f)
print(machine.reset_cause() == machine.PWRON_RESET, machine.idle())
