package rectimap.campaign;

/**
 * Why a campaign action cannot be done as asked, in Chinese and English (the UI shows the user's language; the
 * message is the English one, for logs). The concrete refusals name the action: a one-click coverage fix, a
 * jurisdiction move.
 */
public abstract class Refusal extends Exception implements rectimap.model.BilingualReason {
    private final String reasonZh;
    private final String reasonEn;

    protected Refusal(String reasonZh, String reasonEn) {
        super(reasonEn);
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
    }

    @Override
    public String reasonZh() {
        return reasonZh;
    }

    @Override
    public String reasonEn() {
        return reasonEn;
    }
}
