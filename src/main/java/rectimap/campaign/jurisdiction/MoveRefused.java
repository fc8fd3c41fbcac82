package rectimap.campaign.jurisdiction;

import rectimap.campaign.Refusal;

/** Why villages cannot be moved as asked, in Chinese and English (e.g. the village is already in that township). */
public final class MoveRefused extends Refusal {
    public MoveRefused(String reasonZh, String reasonEn) {
        super(reasonZh, reasonEn);
    }
}
