/** Which encoding undeclared Chinese text is in, and how sure that is: the one rule every importer asks. */
package rectimap.exchange.encoding;
