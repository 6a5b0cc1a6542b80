# binascii: a2b_base64, b2a_base64 (newline keyword), crc32 (with a running value).
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(b"hello", newline=False))
print(binascii.b2a_base64(bytearray(b"\xff\xfe\xfd")))
print(binascii.a2b_base64("aGVsbG8="))
print(binascii.a2b_base64(b"aGVs\nbG8=\n"))
print(binascii.a2b_base64(b"Zm9v YmFy"))
print(binascii.a2b_base64(b""))
for bad in [b"a", b"aGVsbG8", b"YQ="]:
    try:
        binascii.a2b_base64(bad)
        print("no error")
    except ValueError:
        print("ValueError", bad)

print(binascii.crc32(b""))
print(binascii.crc32(b"123456789"))
print(binascii.crc32(b"hello world"))
print(binascii.crc32(b"6789", binascii.crc32(b"12345")))
print(binascii.crc32(b"abc", 0xFFFFFFFF))
print(binascii.crc32(bytearray(100)))
print(hex(binascii.crc32(b"The quick brown fox jumps over the lazy dog")))
