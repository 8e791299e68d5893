import sys,glob
from PIL import Image
fs=sorted(glob.glob('pg-*.png'),key=lambda f:int(f.split('-')[1].split('.')[0]))
ims=[Image.open(f) for f in fs]; per=int(sys.argv[2]) if len(sys.argv)>2 else 4
for k in range(0,len(ims),per):
    g=ims[k:k+per]; w=sum(i.width for i in g);h=max(i.height for i in g)
    o=Image.new('RGB',(w,h),'white');x=0
    for i in g: o.paste(i,(x,0));x+=i.width
    o.save(f'{sys.argv[1]}-{k//per}.png')
