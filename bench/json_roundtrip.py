# json_roundtrip.py: json.dumps and json.loads of nested records (dicts, lists, strings,
# ints, floats, booleans, None); the checksum is over the dumped lengths and decoded values.
import json

N = 3000


def make_record(i):
    return {
        "id": i,
        "name": "sensor-%d" % (i % 97),
        "ok": i % 3 == 0,
        "missing": None,
        "readings": [i % 7, (i * 3) % 11, (i * 7) % 13, i % 5],
        "meta": {"room": "r%d" % (i % 17), "floor": i % 4, "tags": ["a", "b", "c"][: i % 3 + 1]},
        "scale": (i % 50) / 4,
    }


def run():
    records = [make_record(i) for i in range(200)]
    total = 0
    for rep in range(N // 200):
        text = json.dumps(records)
        total += len(text)
        back = json.loads(text)
        for r in back:
            total += r["id"] + sum(r["readings"]) + r["meta"]["floor"] + len(r["meta"]["tags"])
            total += int(r["scale"] * 4)
            if r["ok"]:
                total += 1
        total %= 1000000007
    return total


check = 0
for k in range(30):
    check = (check * 31 + run()) % 1000000007
print("json checksum", check)
