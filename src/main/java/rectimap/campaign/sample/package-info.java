/** The Yanhu District sample: generated schematic layers and the styles a planner expects for them. */
package rectimap.campaign.sample;
