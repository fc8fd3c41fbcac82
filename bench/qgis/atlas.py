"""The QGIS peer of Rectimap's township atlas: a print layout on A3 landscape with a map (atlas-driven, EPSG:4546),
a title from the township's name, a scale bar and a legend, one page per feature of the `township` layer, exported
as one PDF. Run by bench/src/rectimap/bench/AtlasBench.java as a whole process (QT_QPA_PLATFORM=offscreen):

    /usr/bin/python3 bench/qgis/atlas.py PROJECT.gpkg OUT.pdf [REPEAT]

With REPEAT > 1 the atlas is exported that many times in the one process and each export's time is printed
("export ms N"): QGIS's warm figure. Needs Debian python3-qgis.
"""
import sys
import time

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsLayoutExporter, QgsLayoutItemLabel,
                       QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutItemPage, QgsLayoutItemScaleBar,
                       QgsLayoutPoint, QgsLayoutSize, QgsScaleBarSettings, QgsPrintLayout, QgsProject, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor, QFont

# Bottom to top, as Rectimap draws them.
LAYERS = ["district", "township", "salt_lake", "village", "responsibility_area", "cleanup_zone", "demolition_site",
          "jurisdiction_change", "road", "road_responsibility", "city_entrance"]


def main():
    project_file, out = sys.argv[1], sys.argv[2]
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4546"))
    layers = {}
    for name in LAYERS:
        layer = QgsVectorLayer(f"{project_file}|layername={name}", name, "ogr")
        if layer.isValid():
            if name == "responsibility_area":
                # See-through by the fill colour's alpha (stays vector); a layer opacity would make QGIS rasterise.
                layer.renderer().symbol().setColor(QColor(240, 180, 150, 110))
            project.addMapLayer(layer)
            layers[name] = layer
    drawn = [layers[n] for n in reversed(LAYERS) if n in layers]

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A3", QgsLayoutItemPage.Landscape)

    frame = QgsLayoutItemMap(layout)
    frame.attemptSetSceneRect(QRectF(12, 28, 305, 255))
    frame.setCrs(project.crs())
    frame.setLayers(drawn)
    frame.setKeepLayerSet(True)
    frame.setFrameEnabled(True)
    layout.addLayoutItem(frame)
    frame.setAtlasDriven(True)
    frame.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    frame.setAtlasMargin(0.08)

    title = QgsLayoutItemLabel(layout)
    title.setText('[% "name" %] 环境整治责任区分布图')
    title.setFont(QFont("WenQuanYi Micro Hei", 22))
    title.attemptMove(QgsLayoutPoint(12, 8, QgsUnitTypes.LayoutMillimeters))
    title.attemptResize(QgsLayoutSize(305, 16, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(title)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(frame)
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setUnitLabel("km")
    scale.setNumberOfSegments(4)
    scale.setNumberOfSegmentsLeft(0)
    scale.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    scale.setMinimumBarWidth(50)
    scale.setMaximumBarWidth(80)
    scale.setUnitsPerSegment(0.5)
    scale.attemptMove(QgsLayoutPoint(330, 260, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(scale)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("图例")
    legend.setLinkedMap(frame)
    legend.attemptMove(QgsLayoutPoint(330, 28, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(legend)

    atlas = layout.atlas()
    atlas.setCoverageLayer(layers["township"])
    atlas.setEnabled(True)
    settings = QgsLayoutExporter.PdfExportSettings()
    for _ in range(repeat):
        start = time.perf_counter()
        result, error = QgsLayoutExporter.exportToPdf(atlas, out, settings)
        if result != QgsLayoutExporter.Success:
            print(f"export failed: {result} {error}", file=sys.stderr)
            sys.exit(1)
        print(f"export ms {(time.perf_counter() - start) * 1000:.0f}", flush=True)
    app.exitQgis()


if __name__ == "__main__":
    main()
