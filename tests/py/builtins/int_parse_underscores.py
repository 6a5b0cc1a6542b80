# int() from text: an underscore may sit between digits or right after a base prefix only
for s, base in [("1_000", 10), ("0x_1f", 0), ("0b_1_0", 0), ("0o_7", 0), ("1_2", 16), ("_1", 10), ("_1", 0),
                ("1_", 10), ("1__0", 10), ("0x__1", 0), ("_", 10), ("0_0", 0), (" -1_0 ", 10), ("+_1", 10)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError:
        print(repr(s), base, "ValueError")
