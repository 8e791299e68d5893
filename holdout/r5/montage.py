import sys
from PIL import Image
out, files = sys.argv[1], sys.argv[2:]
ims = [Image.open(f) for f in files]
w = max(i.size[0] for i in ims); h = max(i.size[1] for i in ims)
cols = 3
rows = (len(ims) + cols - 1) // cols
m = Image.new('RGB', (w * cols, h * rows), 'white')
for k, im in enumerate(ims):
    m.paste(im, ((k % cols) * w, (k // cols) * h))
m.save(out)
