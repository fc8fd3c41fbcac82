package rectimap.campaign.jurisdiction;

/** Why villages cannot be moved as asked, in Chinese and English (e.g. the village is already in that township). */
public final class MoveRefused extends Exception {
    private final String reasonZh;
    private final String reasonEn;

    public MoveRefused(String reasonZh, String reasonEn) {
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
