#!/bin/sh
# Draws src/packaging/rectimap.png (256 px, the app icon: a folded map with a pin) with ImageMagick. Run once by hand
# when the icon changes; the PNG is committed (the build does not need ImageMagick).
cd "$(dirname "$0")" && convert -size 256x256 xc:none -fill '#1f6f5c' -draw 'roundrectangle 8,8 247,247 40,40' \
 -fill '#e8f1ea' -stroke '#ffffff' -strokewidth 4 -draw 'polygon 44,70 112,48 176,66 214,52 214,190 150,208 96,190 44,206' \
 -fill none -stroke '#1f6f5c' -strokewidth 5 -draw 'polyline 112,48 96,190' -draw 'polyline 176,66 150,208' \
 -draw 'polyline 44,132 214,122' \
 -stroke none -fill '#d9412b' -draw 'circle 150,104 150,76' -draw 'polygon 126,116 174,116 150,160' \
 -fill '#ffffff' -draw 'circle 150,104 150,92' rectimap.png
convert rectimap.png -define icon:auto-resize=256,64,48,32,16 rectimap.ico
