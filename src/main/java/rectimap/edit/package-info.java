/** Undoable commands and the application-wide undo history. */
package rectimap.edit;
