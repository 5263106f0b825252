# hostile: open a TCP connection to the host's loopback listener
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    import socket
    s = socket.create_connection(("127.0.0.1", int(port)), timeout=1)
    s.sendall(b"hello from the sandbox")
    return x
