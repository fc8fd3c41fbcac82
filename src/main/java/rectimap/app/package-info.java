/** Composition root: wiring, start and stop of the desktop app. */
package rectimap.app;
