# property with getter, setter and deleter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        print('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('delete')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 5
except AttributeError:
    print('AttributeError read-only property')
class Old:
    def _get(self):
        return 'via property()'
    x = property(_get)
print(Old().x)
