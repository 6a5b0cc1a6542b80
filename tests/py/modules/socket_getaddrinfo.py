# getaddrinfo (numeric hosts and localhost only: no network), inet_pton/inet_ntop, constants.
import socket

print(int(socket.AF_INET), int(socket.SOCK_STREAM), int(socket.SOCK_DGRAM))
print(socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.AF_INET6 != socket.AF_INET)


def show(infos):
    for fam, typ, proto, canon, addr in infos:
        print(int(fam), int(typ), proto, repr(canon), addr)


show(socket.getaddrinfo("127.0.0.1", 80, 0, socket.SOCK_STREAM))
show(socket.getaddrinfo("127.0.0.1", "8080", socket.AF_INET, socket.SOCK_DGRAM))
show(socket.getaddrinfo("10.1.2.3", 0, socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP))
show(socket.getaddrinfo(None, 5000, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
show(socket.getaddrinfo("::1", 443, socket.AF_INET6, socket.SOCK_STREAM))
show(socket.getaddrinfo("localhost", 1883, socket.AF_INET, socket.SOCK_STREAM))
print(len(socket.getaddrinfo("127.0.0.1", 80)) >= 1)
print(socket.getaddrinfo(host="127.0.0.1", port=80, type=socket.SOCK_STREAM)[0][-1])

try:
    socket.getaddrinfo("not an address", 80, 0, 0, 0, socket.AI_NUMERICHOST)
except OSError as e:
    print("gai", e.args[0] < 0)

# The address from getaddrinfo works with bind and connect.
addr = socket.getaddrinfo("127.0.0.1", 0, socket.AF_INET, socket.SOCK_STREAM)[0][-1]
s = socket.socket()
s.bind(addr)
s.listen(1)
c = socket.socket()
c.connect(socket.getaddrinfo("127.0.0.1", s.getsockname()[1])[0][-1])
conn, peer = s.accept()
print(peer == c.getsockname())
for x in (c, conn, s):
    x.close()

for text in ["127.0.0.1", "255.255.255.255", "0.0.0.0"]:
    p = socket.inet_pton(socket.AF_INET, text)
    print(p, socket.inet_ntop(socket.AF_INET, p))
for text in ["::1", "fe80::1:2", "::"]:
    p = socket.inet_pton(socket.AF_INET6, text)
    print(len(p), socket.inet_ntop(socket.AF_INET6, p))
for bad in ["1.2.3", "1.2.3.256", "x"]:
    try:
        socket.inet_pton(socket.AF_INET, bad)
    except OSError:
        print("bad", bad)
try:
    socket.inet_ntop(socket.AF_INET, b"123")
except ValueError:
    print("ValueError")
