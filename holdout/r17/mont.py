from PIL import Image; import glob,sys
pre=sys.argv[1]; fs=sorted(glob.glob(f'/tmp/{pre}-*.png'), key=lambda f:int(f.rsplit('-',1)[1][:-4])); ims=[Image.open(f) for f in fs]
n=int(sys.argv[2]) if len(sys.argv)>2 else 3
for k in range(0,len(ims),n):
  grp=ims[k:k+n]; w=sum(i.width for i in grp); h=max(i.height for i in grp)
  c=Image.new('RGB',(w,h),'white'); x=0
  for i in grp: c.paste(i,(x,0)); x+=i.width
  c.save(f'/tmp/{pre}_m{k//n}.png'); print(f'/tmp/{pre}_m{k//n}.png')
