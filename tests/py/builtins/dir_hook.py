# dir(instance) asks the class's __dir__ and sorts what it returns; dir(class) does not.
class A:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
class B(A):
    pass
class C:
    def __dir__(self):
        return ("b", "a")
print(dir(A()), dir(B()), dir(C()))
print("alpha" in dir(A), "__dir__" in dir(A))
class Plain:
    x = 1
print([n for n in dir(Plain()) if not n.startswith("__")])
