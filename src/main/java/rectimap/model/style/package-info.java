/** Style descriptions (colours, symbols, label rules) in millimetres, independent of any drawing surface. */
package rectimap.model.style;
