import glob, sys
from PIL import Image
pre = sys.argv[1]
fs = sorted(glob.glob(f'png/{pre}-*.png'), key=lambda f: int(f.rsplit('-',1)[1][:-4]))
ims = [Image.open(f) for f in fs]
h = max(i.height for i in ims)
for k in range(0, len(ims), 4):
    grp = ims[k:k+4]
    out = Image.new('RGB', (sum(i.width for i in grp) + 10*len(grp), h), 'gray'); x = 0
    for i in grp: out.paste(i, (x, 0)); x += i.width + 10
    out.save(f'png/sheet-{pre}-{k//4}.png')
