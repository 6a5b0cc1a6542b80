# Two threads ping-pong through two locks used as binary semaphores: each round the main
# thread releases `ping` and waits for `pong`; the other thread waits for `ping`, updates the
# shared state and releases `pong`. Every round is two thread switches. Prints a checksum.
# Runs under CPython too (`import _thread`).
import _thread

ROUNDS = 50000

ping = _thread.allocate_lock()
pong = _thread.allocate_lock()
ping.acquire()
pong.acquire()
state = [0, 0]


def player(n):
    for i in range(n):
        ping.acquire()
        state[0] = (state[0] * 31 + state[1] + i) % 1000003
        pong.release()


_thread.start_new_thread(player, (ROUNDS,))
trace = 0
for i in range(ROUNDS):
    state[1] = i & 255
    ping.release()
    pong.acquire()
    trace = (trace + state[0]) % 1000000007
print("rounds", ROUNDS, "state", state[0])
print("checksum", trace)
