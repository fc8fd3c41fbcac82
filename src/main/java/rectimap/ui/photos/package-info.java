/** Photos in the window: the project's photo index, thumbnails in identify, the before/after viewer, dropping photos on a feature. */
package rectimap.ui.photos;
