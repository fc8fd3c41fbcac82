/** The demonstration review panel (示范审查): walk the sites, see their plan items, record verdicts, mark 示范村. */
package rectimap.ui.review;
