/** File → 导入/导出: the import wizard, the export dialog and dropping files on the map. */
package rectimap.ui.exchange;
