"""QGIS rendering the raster bench's COG the same way (PyQGIS offscreen): COG [ROUNDS].

First frame at full extent and at 0.25 m/px (1600 x 1000, EPSG:4546), pan frames of 40 px at that scale (QGIS keeps
no decoded tiles between renders beyond GDAL's block cache), pan frames of 400 px into new areas, and the map of an
A3 landscape frame (about 390 x 250 mm) at 1:5,000 rendered to an image at 300 dpi and saved as JPEG (QGIS's layout
export is not timed: the map rendering is the comparable part). Each figure also in processor time (the whole process,
all threads), which a loaded machine does not stretch."""
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
    cpu = time.process_time()
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    render.cpu_ms = (time.process_time() - cpu) * 1000
    return (time.perf_counter() - start) * 1000, image


def view(cx, cy, mpp, width=1600, height=1000):
    return QgsRectangle(cx - width / 2 * mpp, cy - height / 2 * mpp, cx + width / 2 * mpp, cy + height / 2 * mpp)


start = time.perf_counter()
start_cpu = time.process_time()
layer = QgsRasterLayer(path, 'ortho')
e = layer.extent()
open_cpu = (time.process_time() - start_cpu) * 1000
first_full, _ = render(layer, e, 1600, 1000)
print('QGIS %s: open %.0f ms (%.0f ms processor); first frame full extent (open + frame) %.0f ms wall, %.0f ms'
      ' processor' % (os.path.basename(path), (time.perf_counter() - start) * 1000 - first_full, open_cpu,
                      (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000))
cx, cy = e.center().x(), e.center().y()
first_detail, _ = render(layer, view(cx, cy, 0.25), 1600, 1000)
print('QGIS first frame at 0.25 m/px: %.0f ms wall, %.0f ms processor' % (first_detail, render.cpu_ms))
pans = []
pans_cpu = []
for i in range(21):
    dx = 40 * 0.25 * (1 if i % 2 == 0 else -1)
    t, _ = render(layer, view(cx + dx, cy, 0.25), 1600, 1000)
    pans.append(t)
    pans_cpu.append(render.cpu_ms)
print('QGIS pan frame 40 px (same area): median %.1f ms wall, %.1f ms processor' % (
    statistics.median(pans[1:]), statistics.mean(pans_cpu[1:])))
walk = []
walk_cpu = []
per_row = max(1, int((e.width() - 400) / 100))  # a smoke run's small file has one column
for i in range(21):
    t, _ = render(layer, view(e.xMinimum() + 200 + (i % per_row) * 100, e.yMaximum() - 125 - (i // per_row) * 250,
                              0.25), 1600, 1000)
    walk.append(t)
    walk_cpu.append(render.cpu_ms)
print('QGIS pan frame 400 px into new areas: median %.1f ms wall, %.1f ms processor' % (
    statistics.median(walk), statistics.mean(walk_cpu)))
mpp = 5000 * 0.0254 / 300
sheets = []
sheets_cpu = []
for i in range(3):
    start = time.perf_counter()
    start_cpu = time.process_time()
    t, image = render(layer, view(cx, cy, mpp, 4606, 2953), 4606, 2953, 300)
    image.save('/tmp/qgis-a3.jpg', 'JPG', 80)
    sheets.append((time.perf_counter() - start) * 1000)
    sheets_cpu.append((time.process_time() - start_cpu) * 1000)
print('QGIS A3 map at 1:5,000, 300 dpi (4606 x 2953 px) + JPEG: first %.0f ms, median %.0f ms wall, %.0f ms'
      ' processor' % (sheets[0], statistics.median(sheets[1:]), statistics.median(sheets_cpu[1:])))
sys.stdout.flush()
# exitQgis() with the layer still alive ends in a segmentation fault, which stopped bench/run (set -e) after round 1.
os._exit(0)
