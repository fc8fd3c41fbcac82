/** Editing views the main window plugs in: the attribute form, the undo history panel and the shortcuts sheet. */
package rectimap.ui.edit;
