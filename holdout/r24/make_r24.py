# Renders every r24 sample PDF and writes its truth from its content (see s1.py … s4.py).
import runpy, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__))); sys.path.insert(0, '.')
for s in ['s1', 's2', 's3', 's4']:
    runpy.run_path(s + '.py', run_name='__main__')
