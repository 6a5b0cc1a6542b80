# ferrite-args: -X uart0=loop -X uart1=loop:2
# machine.UART reads that wait park only their thread (MicroPython docs, machine.UART: `timeout`
# is the wait for the first character in ms, `timeout_char` between characters; read, readinto
# and readline return None on timeout). UART0's TX is wired to its own RX, UART1's to UART2's.
# CPython has no machine module, hence the .exp.
import time

try:
    import _thread
    from machine import UART
except ImportError:
    print("SKIP")
    raise SystemExit

count = 0
stop = False
done = _thread.allocate_lock()
done.acquire()


def counter():
    global count
    while not stop:
        count += 1
    done.release()


def write_later(u, ms, data):
    time.sleep_ms(ms)
    u.write(data)


_thread.start_new_thread(counter, ())
rx = UART(0, timeout=2000)
tx = UART(0)

# A read blocked on an empty UART: the counter thread keeps running, the writer's bytes end it.
_thread.start_new_thread(write_later, (tx, 50, b"hello"))
before = count
t0 = time.ticks_ms()
print("read", rx.read(5))
waited = time.ticks_diff(time.ticks_ms(), t0)
print("woken by the write", 40 <= waited < 1500)
print("counter ran meanwhile", count > before)

# readline: up to and including the newline, the rest stays for the next read.
_thread.start_new_thread(write_later, (tx, 20, b"line one\nline two\n"))
print("readline", rx.readline())
print("any", rx.any())
print("readline", rx.readline())

# readinto: into a bytearray, at most nbytes.
buf = bytearray(8)
_thread.start_new_thread(write_later, (tx, 20, b"abcdef"))
print("readinto", rx.readinto(buf, 4), buf)
print("rest", rx.read())

# A timeout with nothing received: None, after the timeout.
rx.init(timeout=100)
t0 = time.ticks_ms()
print("timed out", rx.read(3))
waited = time.ticks_diff(time.ticks_ms(), t0)
print("after the timeout", 90 <= waited < 1500)
print("readline timed out", rx.readline())
print("readinto timed out", rx.readinto(buf))

# timeout_char: how long a read waits for each byte after the first.
def write_twice(u):
    time.sleep_ms(20)
    u.write(b"ab")
    time.sleep_ms(50)
    u.write(b"cd")


rx.init(timeout=1000, timeout_char=500)
_thread.start_new_thread(write_twice, (tx,))
print("timeout_char 500", rx.read(4))
rx.init(timeout_char=0)
_thread.start_new_thread(write_twice, (tx,))
print("timeout_char 0", rx.read(4), rx.read(4))

# Another UART pair: bytes written to UART1 arrive at UART2 only.
u1 = UART(1)
u2 = UART(2, timeout=1000)
_thread.start_new_thread(write_later, (u1, 20, b"xy"))
print("uart2", u2.read(2), "uart1", u1.any())

stop = True
done.acquire()
print("done")
