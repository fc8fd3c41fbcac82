# A small RGB GeoTIFF for tile tests: a colour gradient with a magenta 16 x 16 marker whose top-left pixel is
# column 200, row 120. Arguments: out.tif EPSG minX maxY pixelSize sidePx
import sys
from osgeo import gdal, osr

out, epsg = sys.argv[1], int(sys.argv[2])
min_x, max_y, pixel, side = float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
ds = gdal.GetDriverByName("GTiff").Create(out, side, side, 3, gdal.GDT_Byte, ["TILED=YES"])
ds.SetGeoTransform((min_x, pixel, 0, max_y, 0, -pixel))
srs = osr.SpatialReference()
srs.ImportFromEPSG(epsg)
ds.SetProjection(srs.ExportToWkt())
red, green, blue = bytearray(side * side), bytearray(side * side), bytearray(side * side)
for row in range(side):
    for col in range(side):
        i = row * side + col
        marker = 200 <= col < 216 and 120 <= row < 136
        red[i] = 255 if marker else 40 + col * 150 // side
        green[i] = 0 if marker else 60 + row * 150 // side
        blue[i] = 255 if marker else 90
for band, data in ((1, red), (2, green), (3, blue)):
    ds.GetRasterBand(band).WriteRaster(0, 0, side, side, bytes(data))
ds = None
