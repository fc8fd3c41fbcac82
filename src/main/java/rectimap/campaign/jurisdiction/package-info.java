/**
 * Villages changing township (隶属调整): the recorded changes, which township a village belonged to on a day, and
 * the undoable step that moves villages. Pure; the steps are applied by the caller's edit session.
 */
package rectimap.campaign.jurisdiction;
