/** Demonstration reviews (示范审查): the sites officials review, their plan items, verdicts and the verdict history. */
package rectimap.campaign.review;
