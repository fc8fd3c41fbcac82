"""Writes a textured GeoTIFF with GDAL and GDAL's own decoding of it as a lossless PNG beside it (OUT.png).

usage: make_textured_tiff.py OUT KIND WIDTH HEIGHT DRIVER [CREATION_OPTION ...] [--zero X Y W H] [--nodata V]
KIND: rgb | grey. EPSG:4546, 1 m pixels, top-left corner (500000, 3880000). The texture changes colour every few
pixels in both directions and differs from tile to tile, so a misplaced tile, a swapped channel or a shifted row
shows. --zero blanks a rectangle (all bands 0): with SPARSE_OK=TRUE whole blank tiles are left out of the file."""
import sys
import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()
args = sys.argv[1:]
zero = None
nodata = None
if '--zero' in args:
    i = args.index('--zero')
    zero = [int(v) for v in args[i + 1:i + 5]]
    del args[i:i + 5]
if '--nodata' in args:
    i = args.index('--nodata')
    nodata = float(args[i + 1])
    del args[i:i + 2]
out, kind, width, height, driver = args[0], args[1], int(args[2]), int(args[3]), args[4]
options = args[5:]
bands = 3 if kind == 'rgb' else 1
mem = gdal.GetDriverByName('MEM').Create('', width, height, bands, gdal.GDT_Byte)
mem.SetGeoTransform((500000.0, 1.0, 0, 3880000.0, 0, -1.0))
srs = osr.SpatialReference()
srs.ImportFromEPSG(4546)
mem.SetProjection(srs.ExportToWkt())
y, x = np.mgrid[0:height, 0:width]
for b in range(bands):
    band = (40 + 60 * np.sin(x / (9.0 + 4 * b)) + 60 * np.cos(y / (13.0 + 3 * b)) + (x // 97 * 31 + y // 89 * 17 + 50 * b)
            % 80).clip(1, 255).astype(np.uint8)
    if zero:
        band[zero[1]:zero[1] + zero[3], zero[0]:zero[0] + zero[2]] = 0
    mem.GetRasterBand(b + 1).WriteArray(band)
    if nodata is not None:
        mem.GetRasterBand(b + 1).SetNoDataValue(nodata)
gdal.GetDriverByName(driver).CreateCopy(out, mem, options=options)
gdal.Translate(out + '.png', out, format='PNG')
