/** Map interaction as explicit state machines fed by pointer and key records; no JavaFX. */
package rectimap.tool;
