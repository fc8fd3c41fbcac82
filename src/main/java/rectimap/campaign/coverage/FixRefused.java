package rectimap.campaign.coverage;

import rectimap.campaign.Refusal;

/** Why a one-click fix cannot be made, in Chinese and English (e.g. the zone was deleted since the check). */
public final class FixRefused extends Refusal {
    public FixRefused(String reasonZh, String reasonEn) {
        super(reasonZh, reasonEn);
    }
}
