import sys
from PIL import Image
def sheet(files,out,cols=3):
    ims=[Image.open(f) for f in files]
    w,h=max(i.width for i in ims),max(i.height for i in ims)
    rows=(len(ims)+cols-1)//cols
    S=Image.new('RGB',(w*cols,h*rows),'white')
    for k,i in enumerate(ims): S.paste(i,((k%cols)*w,(k//cols)*h))
    S.save(out)
sheet(sys.argv[2:], sys.argv[1], 2)
