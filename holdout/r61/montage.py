import sys,glob
from PIL import Image
fs=sorted(glob.glob(sys.argv[1]+'-*.png'))
ims=[Image.open(f) for f in fs]
w=sum(i.width for i in ims);h=max(i.height for i in ims)
o=Image.new('RGB',(w,h),'white');x=0
for i in ims:o.paste(i,(x,0));x+=i.width
o.save(sys.argv[2])
