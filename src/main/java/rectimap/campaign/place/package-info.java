/** Where things are in the district: townships and villages from the division layers, and which village a feature lies in. */
package rectimap.campaign.place;
