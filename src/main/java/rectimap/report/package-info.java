/** Statistics and ledgers as pure functions and records. */
package rectimap.report;
