# select.select over sockets.
import socket
import select

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
print(select.select([srv], [], [], 0))
c = socket.socket()
c.connect(srv.getsockname())
r, w, x = select.select([srv], [], [], 1.0)
print(r == [srv], w, x)
conn, _ = srv.accept()
r, w, x = select.select([conn], [conn, c], [], 0)
print(r, len(w), w[0] is conn, w[1] is c)
c.send(b"data")
r, w, x = select.select((conn, c), (), (), 1)
print(r == [conn], w, x)
print(conn.recv(10))
print(select.select([conn], [], [], 0.01))
c.close()
r, w, x = select.select([conn], [], [])
print(r == [conn], conn.recv(10))
try:
    select.select([], [], [], -1)
except ValueError:
    print("ValueError")
conn.close()
srv.close()
