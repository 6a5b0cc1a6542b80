try:
    f()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    ok()
finally:
    done()

try:
    g()
finally:
    cleanup()

raise ValueError("x") from None
