# hostile: run a shell command with subprocess
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    import subprocess
    subprocess.run(["sh", "-c", "echo pwned > " + pwned + "; rm -f " + sentinel])
    return x
