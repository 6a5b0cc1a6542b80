# pystone.py: a pystone-like mix of records, procedures, globals, integer and
# string operations. Written for Ferrite's benchmark suite (not the original
# pystone text). Prints a checksum so a fast wrong answer cannot win.

LOOPS = 330000

IDENT1 = 1
IDENT2 = 2
IDENT3 = 3
IDENT4 = 4
IDENT5 = 5


class Record:
    def __init__(self, link=None, kind=0, enum_comp=0, int_comp=0, str_comp=""):
        self.link = link
        self.kind = kind
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.link, self.kind, self.enum_comp, self.int_comp, self.str_comp)


g_int = 0
g_bool = False
g_char1 = "\0"
g_char2 = "\0"
g_arr1 = [0] * 51
g_arr2 = [[0] * 51 for _ in range(51)]
g_ptr = None
g_next = None


def is_func3(enum_val):
    return enum_val == IDENT3


def func1(ch1, ch2):
    loc1 = ch1
    loc2 = loc1
    if loc2 != ch2:
        return IDENT1
    return IDENT2


def func2(s1, s2):
    loc = 1
    ch = "A"
    while loc <= 1:
        if func1(s1[loc], s2[loc + 1]) == IDENT1:
            ch = "A"
            loc = loc + 1
    if "W" <= ch <= "Z":
        loc = 7
    if ch == "X":
        return True
    if s1 > s2:
        loc = loc + 7
        return True
    return False


def proc7(a, b):
    return b + a + 2


def proc6(enum_in):
    out = enum_in
    if not is_func3(enum_in):
        out = IDENT4
    if enum_in == IDENT1:
        out = IDENT1
    elif enum_in == IDENT2:
        out = IDENT1 if g_int > 100 else IDENT4
    elif enum_in == IDENT3:
        out = IDENT2
    elif enum_in == IDENT5:
        out = IDENT3
    return out


def proc8(arr1, arr2, a, b):
    loc = a + 5
    arr1[loc] = b
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    row = arr2[loc]
    for i in range(loc, loc + 2):
        row[i] = loc
    row[loc - 1] = row[loc - 1] + 1
    arr2[loc + 20][loc] = arr1[loc]
    global g_int
    g_int = 5


def proc5():
    global g_char1, g_bool
    g_char1 = "A"
    g_bool = False


def proc4():
    global g_char2
    loc = g_char1 == "A"
    loc = loc or g_bool
    g_char2 = "B"


def proc3(ptr):
    global g_ptr
    if g_ptr is not None:
        ptr = g_ptr.link
    g_ptr.int_comp = proc7(10, g_int)
    return ptr


def proc2(x):
    loc = x + 10
    enum_loc = 0
    while True:
        if g_char1 == "A":
            loc = loc - 1
            x = loc - g_int
            enum_loc = IDENT1
        if enum_loc == IDENT1:
            break
    return x


def proc1(ptr):
    nxt = ptr.link = g_ptr.copy()
    ptr.int_comp = 5
    nxt.int_comp = ptr.int_comp
    nxt.link = ptr.link
    nxt.link = proc3(nxt.link)
    if nxt.kind == IDENT1:
        nxt.int_comp = 6
        nxt.enum_comp = proc6(ptr.enum_comp)
        nxt.link = g_ptr.link
        nxt.int_comp = proc7(nxt.int_comp, 10)
    else:
        ptr = nxt.copy()
    return ptr


def main(loops):
    global g_ptr, g_next, g_int, g_bool
    g_next = Record()
    g_ptr = Record(g_next, IDENT1, IDENT3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    g_arr2[8][7] = 10
    check = 0
    for it in range(loops):
        proc5()
        proc4()
        a = 2
        b = 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT2
        g_bool = not func2(s1, s2)
        while a < b:
            c = 5 * a - b
            c = proc7(a, b)
            a = a + 1
        proc8(g_arr1, g_arr2, a, c)
        g_ptr = proc1(g_ptr)
        ch = "A"
        while ch <= g_char2:
            if enum_loc == func1(ch, "C"):
                enum_loc = proc6(IDENT1)
            ch = chr(ord(ch) + 1)
        b = b * a
        a = b // c
        b = 7 * (b - c) - a
        a = proc2(a)
        check = (check * 31 + a + b + c + g_ptr.int_comp + len(s2) + it % 7) & 0xFFFFFFFF
    return check


result = main(LOOPS)
print("pystone checksum", result, g_int, g_arr1[8], g_arr2[8][7], g_char1 + g_char2)
