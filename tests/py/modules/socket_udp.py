# UDP over loopback: datagrams to itself and between two sockets.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
addr_a = a.getsockname()
print(addr_a[0])

# To itself.
print(a.sendto(b"to myself", addr_a))
data, frm = a.recvfrom(100)
print(data, frm == addr_a)

b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(("127.0.0.1", 0))
addr_b = b.getsockname()

# Datagram boundaries are kept.
for msg in [b"one", b"two two", b""]:
    b.sendto(msg, addr_a)
for i in range(3):
    data, frm = a.recvfrom(100)
    print(data, frm == addr_b)

# A short buffer truncates the datagram.
b.sendto(b"0123456789", addr_a)
print(a.recvfrom(4)[0])

# connect() fixes the peer: then send/recv work.
b.connect(addr_a)
b.send(b"connected")
print(a.recv(100))
a.sendto(b"reply", addr_b)
print(b.recv(100))

# Nothing queued: a timeout, then non-blocking.
a.settimeout(0.02)
print(a.gettimeout())
try:
    a.recvfrom(10)
except OSError as e:
    print("timeout", isinstance(e, OSError))
a.setblocking(False)
print(a.gettimeout())
try:
    a.recv(10)
except OSError as e:
    print("would block", e.errno == 11)

a.close()
b.close()
