# repr() and isprintable(): noncharacters, private use and unassigned planes are escaped.
for c in ("\uffff", "\ufffe", "\U0001ffff", "\U0010fffe", "\ufdd0", "\ufdef", "\ue000", "\U00050000", "\U000e0000"):
    print(repr("a" + c), c.isprintable())
# printable non-ASCII characters stay as they are
for c in ("\xa9", "\u0123", "\u0800", "\uffee", "\U0001f44c", "\ufdf0", "\ufffd"):
    print(repr(c) == "'" + c + "'", c.isprintable())
