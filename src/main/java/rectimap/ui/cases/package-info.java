/** The supervision-case list: filters by status, source and overdue, traffic-light rows, zoom-to. */
package rectimap.ui.cases;
