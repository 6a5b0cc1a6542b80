# an uncaught exception raised several frames deep, after a finally block ran
class Parser:
    def parse(self, text):
        try:
            return self.number(text)
        finally:
            print('parse cleanup')
    def number(self, text):
        if not text.isdigit():
            raise TypeError('not a number')
        return int(text)
p = Parser()
print(p.parse('12'))
p.parse('x')
