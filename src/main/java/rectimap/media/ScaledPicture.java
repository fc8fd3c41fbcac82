package rectimap.media;

/**
 * A photo as stored: the picture (JPEG, at most {@link PictureScaling#MAX_SIDE_PX} on its longer side, EXIF
 * orientation applied), its thumbnail (JPEG, at most {@link PictureScaling#THUMBNAIL_SIDE_PX}) and the picture's size.
 */
public record ScaledPicture(byte[] jpeg, byte[] thumbnail, int widthPx, int heightPx) {
}
