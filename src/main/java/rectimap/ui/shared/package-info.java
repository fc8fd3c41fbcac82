/**
 * The window's parts that only a shared PostgreSQL project has: the conflict dialog (mine / theirs / combine, field
 * by field) and the office's accounts dialog.
 */
package rectimap.ui.shared;
