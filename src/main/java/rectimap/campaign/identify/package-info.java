/** What identify lists for the features under a point: groups by layer, captions, labelled rows, one figure each. */
package rectimap.campaign.identify;
