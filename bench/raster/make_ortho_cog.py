"""Writes the raster bench's orthophoto-like COG with GDAL: OUT SIDE_PX [SEED_PX].

A SEED_PX square seed (fields, roads, noise: JPEG compresses it like a drone orthophoto, ~2 bits per pixel) is
mosaicked SIDE/SEED times each way through a VRT at 0.1 m pixels in EPSG:4546 around the Yanhu district seat, and
gdal_translate -of COG writes it JPEG-compressed (quality 85, 512-pixel tiles, overviews). Nothing is held in memory
but the seed."""
import math
import os
import sys
import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()
out, side = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)  # a fresh clone has no target/bench yet
seed_px = int(sys.argv[3]) if len(sys.argv) > 3 else 4096
rng = np.random.default_rng(15)
y, x = np.mgrid[0:seed_px, 0:seed_px]
fields = ((x // 377 + y // 251) % 5).astype(np.float32)
base = [110 + 18 * fields, 105 + 12 * fields, 80 + 10 * fields]
roads = ((x % 997) < 9) | ((y % 1321) < 12)
seed_path = out + '.seed.tif'
seed = gdal.GetDriverByName('GTiff').Create(seed_path, seed_px, seed_px, 3, gdal.GDT_Byte,
                                             options=['TILED=YES', 'COMPRESS=DEFLATE'])
for b in range(3):
    band = base[b] + rng.normal(0, 14, (seed_px, seed_px)) + 25 * np.sin(x / 23.0 + b) * np.cos(y / 31.0)
    band[roads] = 200
    seed.GetRasterBand(b + 1).WriteArray(np.clip(band, 0, 255).astype(np.uint8))
    seed.GetRasterBand(b + 1).SetRasterColorInterpretation([gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand][b])
seed = None

pixel = 0.1
minx, maxy = 493000.0, 3881000.0
n = math.ceil(side / seed_px)
srs = osr.SpatialReference()
srs.ImportFromEPSG(4546)
parts = ['<VRTDataset rasterXSize="%d" rasterYSize="%d">' % (side, side),
         '<SRS>%s</SRS>' % srs.ExportToWkt().replace('"', '&quot;'),
         '<GeoTransform>%f, %f, 0, %f, 0, %f</GeoTransform>' % (minx, pixel, maxy, -pixel)]
for b in range(1, 4):
    parts.append('<VRTRasterBand dataType="Byte" band="%d"><ColorInterp>%s</ColorInterp>' % (b, ['Red', 'Green', 'Blue'][b - 1]))
    for j in range(n):
        for i in range(n):
            parts.append('<SimpleSource><SourceFilename relativeToVRT="0">%s</SourceFilename><SourceBand>%d</SourceBand>'
                         '<SrcRect xOff="0" yOff="0" xSize="%d" ySize="%d"/><DstRect xOff="%d" yOff="%d" xSize="%d" ySize="%d"/>'
                         '</SimpleSource>' % (seed_path, b, seed_px, seed_px, i * seed_px, j * seed_px, seed_px, seed_px))
    parts.append('</VRTRasterBand>')
parts.append('</VRTDataset>')
vrt = out + '.vrt'
with open(vrt, 'w') as f:
    f.write('\n'.join(parts))
gdal.Translate(out, vrt, format='COG', creationOptions=['COMPRESS=JPEG', 'QUALITY=85', 'BLOCKSIZE=512',
                                                        'NUM_THREADS=ALL_CPUS', 'BIGTIFF=IF_SAFER'])
print(out, side, 'px', round(__import__('os').path.getsize(out) / 1e9, 3), 'GB')
