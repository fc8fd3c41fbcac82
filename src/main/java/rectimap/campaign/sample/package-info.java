/**
 * The Yanhu District sample: real names and codes (统计用区划代码 2022) with generated 示意 geometry, and the styles
 * a planner expects for its layers.
 */
package rectimap.campaign.sample;
