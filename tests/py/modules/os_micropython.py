# MicroPython's os extras, absent from CPython (hence the .exp): ilistdir, statvfs, uname, sync, dupterm, VfsPosix, mount.
import os

if not hasattr(os, "ilistdir"):
    print("SKIP")
    raise SystemExit

d = "os_mp_tmp_5e02"
os.mkdir(d)
with open(d + "/f.txt", "w") as f:
    f.write("12345")
os.mkdir(d + "/sub")
for e in sorted(os.ilistdir(d)):
    print(e[0], hex(e[1]), len(e) >= 3)
sv = os.statvfs(d)
print(len(sv), sv[0] > 0, sv[2] >= sv[3])
u = os.uname()
print(len(u), u.sysname == u[0], u.machine == u[-1])
print(os.sync())
print(os.dupterm(None), os.dupterm(None))
v = os.VfsPosix(d)
print(sorted(e[0] for e in v.ilistdir("/")), v.stat("/f.txt")[6])
with v.open("/g.txt", "w") as f:
    f.write("via vfs")
os.mount(v, "/mnt_os_mp")
print(sorted(os.listdir("/mnt_os_mp")))
with open("/mnt_os_mp/g.txt") as f:
    print(f.read())
os.umount("/mnt_os_mp")
try:
    os.listdir("/mnt_os_mp")
except OSError as e:
    print("unmounted", e.errno)
v.remove("/g.txt")
v.remove("/f.txt")
v.rmdir("/sub")
os.rmdir(d)
print(d in os.listdir())
