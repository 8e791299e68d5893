import sys, glob
from PIL import Image
pre = sys.argv[1]; fs = sorted(glob.glob('png/%s-*.png' % pre))
ims = [Image.open(f) for f in fs]; w, h = ims[0].size; n = len(ims); cols = min(n, 4); rows = (n + cols - 1) // cols
out = Image.new('RGB', (w * cols, h * rows), 'white')
for i, im in enumerate(ims): out.paste(im, ((i % cols) * w, (i // cols) * h))
out.save('png/tile-%s.png' % pre)
