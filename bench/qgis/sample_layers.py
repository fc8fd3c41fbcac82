"""The sample's layers as the QGIS peers of Rectimap's benches load them (render.py, frame.py): each table of the
project GeoPackage that QGIS opens, bottom to top as Rectimap draws them, in map settings for EPSG:4546 at 96 dpi on
Rectimap's paper colour. Needs Debian python3-qgis and an initialised QgsApplication.
"""
from qgis.core import QgsCoordinateReferenceSystem, QgsMapSettings, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

LAYERS = ["district", "township", "salt_lake", "village", "responsibility_area", "cleanup_zone", "demolition_site",
          "jurisdiction_change", "road", "road_responsibility", "city_entrance"]
CRS = QgsCoordinateReferenceSystem("EPSG:4546")


def load(project_file):
    """The valid layers of LAYERS in project_file, by table name, added to the QGIS project."""
    layers = {}
    for name in LAYERS:
        layer = QgsVectorLayer(f"{project_file}|layername={name}", name, "ogr")
        if layer.isValid():
            QgsProject.instance().addMapLayer(layer)
            layers[name] = layer
    return layers


def map_settings(layers, width, height):
    """Map settings drawing layers (from load) top to bottom in LAYERS order, WIDTH x HEIGHT px at 96 dpi."""
    settings = QgsMapSettings()
    settings.setLayers([layers[n] for n in reversed(LAYERS) if n in layers])
    settings.setDestinationCrs(CRS)
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("#fbfaf7"))
    return settings
