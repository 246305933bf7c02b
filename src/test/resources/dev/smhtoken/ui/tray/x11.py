"""What a desktop does to a window, for the tray test under Xvfb (which has no window manager).

  x11.py close WINDOW_ID   sends WM_DELETE_WINDOW, as a title bar's close button makes the WM do
  x11.py icons             prints one line per icon embedded in trayer's panel: its window id
"""
import sys

from Xlib import X, display
from Xlib.protocol import event


def close(d, window_id):
    window = d.create_resource_object("window", window_id)
    protocols = d.intern_atom("WM_PROTOCOLS")
    delete = d.intern_atom("WM_DELETE_WINDOW")
    message = event.ClientMessage(window=window, client_type=protocols,
                                  data=(32, [delete, X.CurrentTime, 0, 0, 0]))
    window.send_event(message, event_mask=X.NoEventMask)
    d.flush()


def icons(d):
    found = []
    for top in d.screen().root.query_tree().children:
        wm_class = top.get_wm_class()
        if wm_class and wm_class[1] == "trayer" and top.get_wm_name() == "panel":
            # trayer wraps each embedded icon in a socket window of its own; the icon is inside it.
            for socket in top.query_tree().children:
                for icon in socket.query_tree().children:
                    found.append(icon)
    for icon in found:
        print(hex(icon.id), icon.get_wm_name() or "")


def main():
    d = display.Display()
    if sys.argv[1] == "close":
        close(d, int(sys.argv[2], 0))
    elif sys.argv[1] == "icons":
        icons(d)
    else:
        sys.exit("unknown command " + sys.argv[1])


main()
