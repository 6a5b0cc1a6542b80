# TCP over loopback: an echo server in a second thread, a client in the main thread.
import socket
import _thread

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
port = srv.getsockname()[1]
print(srv.getsockname()[0], 0 < port < 65536)

log = []
done = _thread.allocate_lock()
done.acquire()


def server():
    conn, addr = srv.accept()
    log.append(("peer", addr[0]))
    total = 0
    while True:
        data = conn.recv(64)
        if not data:
            break
        total += len(data)
        conn.sendall(data.upper())
    log.append(("bytes", total))
    conn.close()
    done.release()


_thread.start_new_thread(server, ())

c = socket.socket()
c.connect(("127.0.0.1", port))
print(c.getpeername() == ("127.0.0.1", port))
for word in [b"hello", b"ferrite", b"x" * 40]:
    n = c.send(word)
    got = b""
    while len(got) < n:
        got += c.recv(64)
    print(n, got[:12])

# A bigger message, echoed while it is still being sent.
big = bytes(range(256)) * 16
c.sendall(big)
got = b""
while len(got) < len(big):
    got += c.recv(1000)
print(len(got), got == big.upper())

c.close()
done.acquire()
print(log)
srv.close()
print(c.fileno(), srv.fileno())
