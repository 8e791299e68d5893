"""Round r16: re-render r11/r12 contents in other layouts. Usage: make_r16.py [names...]"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import s_taranto
MODS = {"taranto": s_taranto}
for extra in ("s_abruzzo", "s_pesaro", "s_mit"):
    try:
        MODS[extra[2:]] = __import__(extra)
    except ImportError:
        pass
out = os.path.dirname(os.path.abspath(__file__))
for k in (sys.argv[1:] or list(MODS)):
    n, pages = MODS[k].build(out)
    print(k, "records", n, "pages", pages)
