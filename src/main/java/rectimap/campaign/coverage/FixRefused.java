package rectimap.campaign.coverage;

/** Why a one-click fix cannot be made, in Chinese and English (e.g. the zone was deleted since the check). */
public final class FixRefused extends Exception {
    private final String reasonZh;
    private final String reasonEn;

    public FixRefused(String reasonZh, String reasonEn) {
        super(reasonEn);
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
    }

    public String reasonZh() {
        return reasonZh;
    }

    public String reasonEn() {
        return reasonEn;
    }
}
