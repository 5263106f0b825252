# hostile: import os at module level, then shell out and overwrite the sentinel
# checked: rejected
# unchecked: error

import os


def predict(x, sentinel="", pwned="", port=0.0):
    os.system("touch " + pwned)
    with open(sentinel, "w") as f:
        f.write("pwned")
    return x
