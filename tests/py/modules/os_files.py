# os: mkdir, listdir, stat, rename, remove, rmdir, chdir/getcwd, with OSError errnos.
import os

d = "os_files_tmp_91ad"
os.mkdir(d)
print(os.listdir(d))
for n in ("b.txt", "a.txt"):
    with open(d + "/" + n, "w") as f:
        f.write(n * 3)
os.mkdir(d + "/sub")
print(sorted(os.listdir(d)))
st = os.stat(d + "/a.txt")
print(len(st), st[0] & 0xF000 == 0x8000, st[6])
print(os.stat(d)[0] & 0xF000 == 0x4000)
os.rename(d + "/a.txt", d + "/sub/c.txt")
print(sorted(os.listdir(d)), os.listdir(d + "/sub"))
os.rename(d + "/b.txt", d + "/sub/c.txt")
with open(d + "/sub/c.txt") as f:
    print(f.read())
cwd = os.getcwd()
os.chdir(d)
print(sorted(os.listdir()), sorted(os.listdir(".")), os.getcwd() == cwd + "/" + d)
os.chdir("..")
print(os.getcwd() == cwd)


def err(f, *a):
    try:
        f(*a)
        print("no error")
    except OSError as e:
        print(f.__name__, e.errno)


err(os.mkdir, d)
err(os.rmdir, d)
err(os.remove, d + "/nope")
err(os.rename, d + "/nope", d + "/x")
err(os.stat, d + "/nope")
err(os.listdir, d + "/nope")
err(os.chdir, d + "/nope")
err(os.rmdir, d + "/nope")
os.remove(d + "/sub/c.txt")
os.rmdir(d + "/sub")
os.rmdir(d)
print(d in os.listdir())
print(len(os.urandom(16)), type(os.urandom(0)))
# bytes paths list as bytes (in a directory of our own: other tests write beside this one)
os.mkdir(d)
with open(d + "/x.txt", "w") as f:
    f.write("x")
print(os.listdir(d.encode()) == [n.encode() for n in os.listdir(d)])
os.remove(d + "/x.txt")
os.rmdir(d)
