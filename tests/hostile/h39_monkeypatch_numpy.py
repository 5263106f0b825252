# hostile: replace numpy functions so later calls return forged values
# checked: rejected
# unchecked: harmless

import numpy as np


def predict(x, sentinel="", pwned="", port=0.0):
    np.sum = lambda *a, **k: 42.0
    np.mean = lambda *a, **k: 42.0
    np.exp = lambda *a, **k: 42.0
    return x
