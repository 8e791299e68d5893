import sys
from PIL import Image
out, files = sys.argv[1], sys.argv[2:]
ims = [Image.open(f) for f in files]
w = sum(i.width for i in ims); h = max(i.height for i in ims)
m = Image.new("RGB", (w, h), "white"); x = 0
for i in ims:
    m.paste(i, (x, 0)); x += i.width
m.save(out)
