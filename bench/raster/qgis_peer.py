"""QGIS rendering the raster bench's COG the same way (PyQGIS offscreen): COG [ROUNDS].

First frame at full extent and at 0.25 m/px (1600 x 1000, EPSG:4546), pan frames of 40 px at that scale (QGIS keeps
no decoded tiles between renders beyond GDAL's block cache), pan frames of 400 px into new areas, and the map of an
A3 landscape frame (about 390 x 250 mm) at 1:5,000 rendered to an image at 300 dpi and saved as JPEG (QGIS's layout
export is not timed: the map rendering is the comparable part)."""
import os
import statistics
import sys
import time

os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsRasterLayer, QgsRectangle)
from qgis.PyQt.QtCore import QSize

app = QgsApplication([], False)
app.initQgis()
path = sys.argv[1]


def render(layer, extent, width, height, dpi=96):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem('EPSG:4546'))
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(dpi)
    settings.setExtent(extent)
    start = time.perf_counter()
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    return (time.perf_counter() - start) * 1000, image


def view(cx, cy, mpp, width=1600, height=1000):
    return QgsRectangle(cx - width / 2 * mpp, cy - height / 2 * mpp, cx + width / 2 * mpp, cy + height / 2 * mpp)


start = time.perf_counter()
layer = QgsRasterLayer(path, 'ortho')
e = layer.extent()
first_full, _ = render(layer, e, 1600, 1000)
print('QGIS %s: open %.0f ms; first frame full extent (open + frame) %.0f ms' % (
    os.path.basename(path), (time.perf_counter() - start) * 1000 - first_full, (time.perf_counter() - start) * 1000))
cx, cy = e.center().x(), e.center().y()
first_detail, _ = render(layer, view(cx, cy, 0.25), 1600, 1000)
print('QGIS first frame at 0.25 m/px: %.0f ms' % first_detail)
pans = []
for i in range(21):
    dx = 40 * 0.25 * (1 if i % 2 == 0 else -1)
    t, _ = render(layer, view(cx + dx, cy, 0.25), 1600, 1000)
    pans.append(t)
print('QGIS pan frame 40 px (same area): median %.1f ms' % statistics.median(pans[1:]))
walk = []
per_row = max(1, int((e.width() - 400) / 100))  # a smoke run's small file has one column
for i in range(21):
    t, _ = render(layer, view(e.xMinimum() + 200 + (i % per_row) * 100, e.yMaximum() - 125 - (i // per_row) * 250,
                              0.25), 1600, 1000)
    walk.append(t)
print('QGIS pan frame 400 px into new areas: median %.1f ms' % statistics.median(walk))
mpp = 5000 * 0.0254 / 300
sheets = []
for i in range(3):
    start = time.perf_counter()
    t, image = render(layer, view(cx, cy, mpp, 4606, 2953), 4606, 2953, 300)
    image.save('/tmp/qgis-a3.jpg', 'JPG', 80)
    sheets.append((time.perf_counter() - start) * 1000)
print('QGIS A3 map at 1:5,000, 300 dpi (4606 x 2953 px) + JPEG: first %.0f ms, median %.0f ms' % (
    sheets[0], statistics.median(sheets[1:])))
sys.stdout.flush()
# exitQgis() with the layer still alive ends in a segmentation fault, which stopped bench/run (set -e) after round 1.
os._exit(0)
