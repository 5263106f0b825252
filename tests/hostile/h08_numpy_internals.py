# hostile: reach files through numpy.lib / numpy.ctypeslib / np.save
# checked: rejected
# unchecked: error

import numpy as np
from numpy.lib import format as npyformat


def predict(x, sentinel="", pwned="", port=0.0):
    np.save(pwned, x)
    npyformat.open_memmap(pwned, mode="w+", dtype="f8", shape=(3,))
    np.ctypeslib.load_library("libc", "/lib")
    return x
