# hostile: allocate a 128 GB numpy array
# checked: memory
# unchecked: memory

import numpy as np


def predict(x, sentinel="", pwned="", port=0.0):
    big = np.ones((1 << 17, 1 << 17))
    return x + big.sum()
