/** The planning layers (责任区, 道路责任段, 整治片区, 拆违点): schemas, value rules, the demolition lifecycle and sample features. */
package rectimap.campaign.planning;
