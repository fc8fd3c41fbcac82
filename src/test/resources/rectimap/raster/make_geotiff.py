"""Writes a test GeoTIFF with GDAL: grey ground, a red pixel, a blue 4x4 block at the top-left, georeferenced.

usage: make_geotiff.py OUT EPSG (0: a user-defined Lambert projection) MINX MAXY PIXEL WIDTH HEIGHT RED_COL RED_ROW KIND DRIVER [CREATION_OPTION ...] [--ovr N ...]
KIND: rgb | rgba | grey | palette.  DRIVER: GTiff | COG.  --ovr levels are built with gdaladdo-like BuildOverviews
(internal for GTiff unless --external, which writes OUT.ovr)."""
import sys
from osgeo import gdal, osr

gdal.UseExceptions()
args = sys.argv[1:]
ovr = []
external = False
if '--external' in args:
    external = True
    args.remove('--external')
if '--ovr' in args:
    i = args.index('--ovr')
    ovr = [int(v) for v in args[i + 1:]]
    args = args[:i]
out, epsg, minx, maxy, pixel, width, height, red_col, red_row, kind, driver = args[:11]
options = args[11:]
epsg, width, height, red_col, red_row = int(epsg), int(width), int(height), int(red_col), int(red_row)
minx, maxy, pixel = float(minx), float(maxy), float(pixel)

bands = {'rgb': 3, 'rgba': 4, 'grey': 1, 'palette': 1}[kind]
mem = gdal.GetDriverByName('MEM').Create('', width, height, bands, gdal.GDT_Byte)
mem.SetGeoTransform((minx, pixel, 0, maxy, 0, -pixel))
srs = osr.SpatialReference()
if epsg == 0:
    srs.ImportFromProj4('+proj=lcc +lat_1=30 +lat_2=40 +lat_0=0 +lon_0=111 +ellps=GRS80 +units=m +no_defs')
else:
    srs.ImportFromEPSG(epsg)
mem.SetProjection(srs.ExportToWkt())
import array
def fill(band_index, ground, red, blue):
    row = array.array('B', [ground] * width)
    band = mem.GetRasterBand(band_index)
    for y in range(height):
        band.WriteRaster(0, y, width, 1, row.tobytes())
    band.WriteRaster(red_col, red_row, 1, 1, bytes([red]))
    band.WriteRaster(0, 0, 4, 4, bytes([blue] * 16))
if kind in ('rgb', 'rgba'):
    for i, ci in enumerate([gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand, gdal.GCI_AlphaBand][:bands]):
        mem.GetRasterBand(i + 1).SetRasterColorInterpretation(ci)
    fill(1, 128, 255, 0)
    fill(2, 128, 0, 0)
    fill(3, 128, 0, 255)
    if kind == 'rgba':
        fill(4, 255, 255, 255)
elif kind == 'grey':
    fill(1, 128, 250, 10)
else:
    fill(1, 1, 2, 3)
    table = gdal.ColorTable()
    table.SetColorEntry(0, (0, 0, 0, 255))
    table.SetColorEntry(1, (128, 128, 128, 255))
    table.SetColorEntry(2, (255, 0, 0, 255))
    table.SetColorEntry(3, (0, 0, 255, 255))
    mem.GetRasterBand(1).SetRasterColorTable(table)
    mem.GetRasterBand(1).SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
if driver == 'COG':
    ds = gdal.GetDriverByName('COG').CreateCopy(out, mem, options=options)
    ds = None
else:
    ds = gdal.GetDriverByName('GTiff').CreateCopy(out, mem, options=options)
    ds = None
    if ovr:
        if external:
            ds = gdal.Open(out, gdal.GA_ReadOnly)
        else:
            ds = gdal.Open(out, gdal.GA_Update)
        ds.BuildOverviews('NEAREST', ovr)
        ds = None
