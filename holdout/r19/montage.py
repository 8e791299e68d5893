import sys
from PIL import Image
files = sys.argv[2:]; ims = [Image.open(f) for f in files]
cols = 5; rows = (len(ims) + cols - 1) // cols
w = max(i.width for i in ims); h = max(i.height for i in ims)
m = Image.new('RGB', (w * min(cols, len(ims)), h * rows), 'white')
for k, i in enumerate(ims): m.paste(i, ((k % cols) * w, (k // cols) * h))
m.save(sys.argv[1])
