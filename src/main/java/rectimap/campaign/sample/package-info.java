/** The schematic Yanhu sample district: real names and codes (统计用区划代码 2022) with generated 示意 geometry. */
package rectimap.campaign.sample;
