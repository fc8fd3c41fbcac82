/** Sheet layouts in millimetres, the PDF surface and atlases. */
package rectimap.print;
