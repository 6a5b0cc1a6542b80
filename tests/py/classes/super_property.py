# overriding methods that call super() through several levels, with properties
class Base:
    def __init__(self):
        self.log = ['Base']
    @property
    def label(self):
        return 'base'
    def describe(self):
        return 'I am ' + self.label
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Mid')
    @property
    def label(self):
        return 'mid'
class Top(Mid):
    def __init__(self):
        super().__init__()
        self.log.append('Top')
    def describe(self):
        return super().describe() + ' (top)'
t = Top()
print(t.log, t.label, t.describe())
print(Mid().describe(), Base().describe())
