# attribute lookup: instance, then class, then bases; methods vs data
class A:
    x = 'A.x'
    y = 'A.y'
    def m(self):
        return 'A.m sees ' + self.x
class B(A):
    x = 'B.x'
class C(B):
    def m(self):
        return 'C.m then ' + super().m()
c = C()
print(c.x, c.y, c.m())
c.x = 'instance x'
print(c.x, C.x, c.m())
del c.x
print(c.x)
B.y = 'B.y added'
print(c.y, A.y)
print(hasattr(c, 'm'), hasattr(C, 'x'), getattr(c, 'z', 'no z'))
