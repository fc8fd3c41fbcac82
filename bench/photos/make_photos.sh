#!/bin/sh
# Makes the photo bench's folder once: N different 12-megapixel JPEGs (4000 x 3000, a plasma picture of about
# 2.3 MB as a phone writes them) with EXIF GPS position and time spread over the sample district, written by
# exiftool (Debian libimage-exiftool-perl). Usage: make_photos.sh DIR [N]. Each file differs in its EXIF, so the
# import's duplicate check (SHA-256 of the file) keeps them all.
set -e
dir="$1"; n="${2:-1000}"
mkdir -p "$dir"
base="$dir/.base.jpg"
[ -f "$base" ] || convert -seed 17 -size 4000x3000 plasma:fractal -blur 0x1 -quality 90 "$base"
args="$dir/.exif-args"
: > "$args"
i=0
while [ "$i" -lt "$n" ]; do
    f=$(printf '%s/IMG_%04d.jpg' "$dir" "$i")
    cp "$base" "$f"
    lon=$(awk -v i="$i" 'BEGIN { printf "%.6f", 110.95 + (i % 40) * 0.0025 }')
    lat=$(awk -v i="$i" 'BEGIN { printf "%.6f", 34.98 + int(i / 40) * 0.0025 }')
    day=$(( i % 28 + 1 ))
    printf -- '-GPSLatitude=%s\n-GPSLatitudeRef=N\n-GPSLongitude=%s\n-GPSLongitudeRef=E\n-DateTimeOriginal=2026:11:%02d 10:%02d:%02d\n%s\n-execute\n' \
        "$lat" "$lon" "$day" $(( i / 60 % 60 )) $(( i % 60 )) "$f" >> "$args"
    i=$(( i + 1 ))
done
exiftool -@ "$args" -common_args -q -overwrite_original
rm -f "$args"
echo "made $n photos in $dir"
