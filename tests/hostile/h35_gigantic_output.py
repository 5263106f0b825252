# hostile: return 5 million values for a few rows
# checked: output
# unchecked: output

import numpy as np


def predict(x, sentinel="", pwned="", port=0.0):
    return np.zeros(5_000_000)
