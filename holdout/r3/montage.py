import sys, glob
from PIL import Image
files = sorted(glob.glob(sys.argv[1] + "-*.png"), key=lambda f: int(f.rsplit("-", 1)[1][:-4]))
ims = [Image.open(f) for f in files]
per = int(sys.argv[3]) if len(sys.argv) > 3 else 4
w, h = max(i.width for i in ims), max(i.height for i in ims)
rows = (len(ims) + per - 1) // per
m = Image.new("RGB", (w * per, h * rows), "white")
for k, im in enumerate(ims):
    m.paste(im, ((k % per) * w, (k // per) * h))
m.save(sys.argv[2])
