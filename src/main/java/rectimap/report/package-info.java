/**
 * The statistics report (统计报表): figures per township, campaign phase and date range summed from the map's
 * features, the text summary in the style of the campaign's work summary and the tables exported as ledgers. Pure
 * functions and records: no JavaFX, no files.
 */
package rectimap.report;
