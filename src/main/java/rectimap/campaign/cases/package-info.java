/**
 * Supervision cases (督办): complaints and inspection findings followed from registration to closing and the revisit
 * (回头看), with their lifecycle rules and the traffic-light state of their deadline relative to a given day. Pure.
 */
package rectimap.campaign.cases;
