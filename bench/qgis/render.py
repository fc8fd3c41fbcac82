"""The QGIS peer of `rectimap render` on the sample: the same GeoPackage's layers (bottom to top as Rectimap draws
them), EPSG:4546, the district's extent with a 20 px margin, 1600 x 1200 px at 96 dpi, written as PNG. Run as a whole
process by bench/startup-vs-qgis (QT_QPA_PLATFORM=offscreen):

    /usr/bin/python3 bench/qgis/render.py PROJECT.gpkg OUT.png

QGIS draws its default symbols and no labels here (Rectimap draws its styles and collision-free labels), so the QGIS
side does less drawing work; the comparison is of whole processes as a user runs them. Needs Debian python3-qgis.
"""
import sys

from qgis.core import QgsApplication, QgsCoordinateTransform, QgsMapRendererParallelJob, QgsProject

from sample_layers import CRS, load, map_settings


def main():
    project_file, out = sys.argv[1], sys.argv[2]
    app = QgsApplication([], False)
    app.initQgis()
    layers = load(project_file)
    settings = map_settings(layers, 1600, 1200)
    district = layers["district"]
    extent = QgsCoordinateTransform(district.crs(), CRS, QgsProject.instance()).transformBoundingBox(district.extent())
    extent.scale(1600 / (1600 - 40))
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(out, "png")
    app.exitQgis()


if __name__ == "__main__":
    main()
