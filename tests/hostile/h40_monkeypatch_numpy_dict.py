# hostile: patch numpy through its module __dict__ and vars()
# checked: rejected
# unchecked: harmless

import numpy as np


def predict(x, sentinel="", pwned="", port=0.0):
    np.__dict__["sum"] = lambda *a, **k: 42.0
    np.__dict__["exp"] = lambda *a, **k: 42.0
    return x
