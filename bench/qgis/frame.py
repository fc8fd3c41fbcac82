"""The QGIS peer of one map frame, warm, in one process: the sample's layers (bench/qgis/sample_layers.py),
EPSG:4546, the given extent at WIDTH x HEIGHT px and 96 dpi, rendered FRAMES times after 3 warm-up frames with
QgsMapRendererParallelJob (QGIS's map canvas renders layers in parallel by default). Prints the median, min and max
milliseconds of a frame and the median processor milliseconds of the whole process per frame (all its threads:
time.process_time). Run by TownshipFrameBench (bench/run township), QT_QPA_PLATFORM=offscreen:

    /usr/bin/python3 bench/qgis/frame.py PROJECT.gpkg XMIN YMIN XMAX YMAX WIDTH HEIGHT FRAMES

QGIS draws its default symbols and no labels (Rectimap draws its styles and placed labels). Needs python3-qgis.
"""
import statistics
import sys
import time

from qgis.core import Qgis, QgsApplication, QgsMapRendererParallelJob, QgsRectangle

from sample_layers import load, map_settings

WARM_UP = 3


def main():
    project_file = sys.argv[1]
    xmin, ymin, xmax, ymax = (float(v) for v in sys.argv[2:6])
    width, height, frames = (int(v) for v in sys.argv[6:9])
    app = QgsApplication([], False)
    app.initQgis()
    settings = map_settings(load(project_file), width, height)
    settings.setExtent(QgsRectangle(xmin, ymin, xmax, ymax))
    millis = []
    cpu_total = 0.0
    for i in range(WARM_UP + frames):
        cpu = time.process_time()
        start = time.perf_counter()
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        elapsed = (time.perf_counter() - start) * 1000
        if i >= WARM_UP:
            millis.append(elapsed)
            cpu_total += (time.process_time() - cpu) * 1000
    print(f"QGIS {Qgis.QGIS_VERSION} frame median {statistics.median(millis):.1f} ms "
          f"(min {min(millis):.1f}, max {max(millis):.1f}), cpu mean {cpu_total / frames:.1f} ms, "
          f"{frames} frames after {WARM_UP} warm-up")
    app.exitQgis()


if __name__ == "__main__":
    main()
