/** Headless commands (render, …) on the same core as the desktop app. */
package rectimap.cli;
