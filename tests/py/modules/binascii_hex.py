# binascii: hexlify (with a one-character separator) and unhexlify, including their errors.
import binascii

for data in [b"", b"\x00", b"\x01\x23\xab\xff", bytes(range(0, 256, 17)), bytearray(b"hi")]:
    h = binascii.hexlify(data)
    print(h, binascii.unhexlify(h) == bytes(data))
print(binascii.hexlify(b"\x01\x02\x03", ":"))
print(binascii.hexlify(b"\x01\x02\x03", b"-"))
print(binascii.hexlify(b"\xaa", ":"))
print(binascii.hexlify(memoryview(b"abc")[1:]))
print(binascii.unhexlify(b"00ff10"))
print(binascii.unhexlify("ABcd"))
print(binascii.unhexlify(""))
for bad in [b"abc", b"zz", "0g", b"1"]:
    try:
        binascii.unhexlify(bad)
        print("no error")
    except ValueError:
        print("ValueError", bad)
try:
    binascii.hexlify("text")
except TypeError:
    print("TypeError")
