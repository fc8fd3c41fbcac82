/** The 调整隶属… dialog: choose villages, the township they move to and the date it takes effect. */
package rectimap.ui.jurisdiction;
