/** The statistics report window (统计报表): filters, text summary, tables, charts and ledger exports. */
package rectimap.ui.report;
