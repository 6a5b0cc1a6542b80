# class decorators and nested classes
def add_hello(cls):
    cls.hello = lambda self: 'hello from ' + type(self).__name__
    return cls
@add_hello
class A:
    pass
print(A().hello())
class Outer:
    class Inner:
        def val(self):
            return 'inner value'
    def make(self):
        return self.Inner()
print(Outer().make().val(), Outer.Inner().val(), Outer.Inner.__name__)
def factory(n):
    class Made:
        size = n
        def describe(self):
            return 'Made with size %d' % self.size
    return Made
M3, M5 = factory(3), factory(5)
print(M3().describe(), M5().describe(), M3 is not M5)
