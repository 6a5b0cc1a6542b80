# class-level state shared by instances and subclasses
class Registry:
    items = {}
    next_id = 1
    def __init__(self, name):
        self.id = Registry.next_id
        Registry.next_id += 1
        self.name = name
        Registry.items[self.id] = self
    @classmethod
    def names(cls):
        return [cls.items[k].name for k in sorted(cls.items)]
    @staticmethod
    def reset():
        Registry.items = {}
        Registry.next_id = 1
class Special(Registry):
    def __init__(self, name):
        super().__init__(name.upper())
Registry('a'); Special('b'); Registry('c')
print(Registry.names(), Special.names(), Registry.next_id)
print([type(v).__name__ for v in Registry.items.values()])
Registry.reset()
print(Registry.names(), Special.items)
