package rectimap.campaign.planning;

import java.util.regex.Pattern;

/** The shape a text value must have, checked on entry; {@link #FREE} accepts any text. */
public enum TextFormat {
    /** Any text. */
    FREE(null, "", ""),
    /**
     * A Chinese phone number: a mobile (11 digits starting 13–19) or a landline with its area code
     * (0359-2688123, 03592688123), optionally with an extension (-801). Spaces are not allowed: the ledger compares
     * numbers as typed.
     */
    PHONE(Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?"),
            "格式不正确（手机号 11 位，或 区号-号码，如 0359-2688123）",
            "is not a phone number (an 11-digit mobile, or area code-number such as 0359-2688123)");

    private final Pattern pattern;
    private final String problemZh;
    private final String problemEn;

    TextFormat(Pattern pattern, String problemZh, String problemEn) {
        this.pattern = pattern;
        this.problemZh = problemZh;
        this.problemEn = problemEn;
    }

    public boolean accepts(String text) {
        return pattern == null || pattern.matcher(text).matches();
    }

    /** The reason after the field label when {@link #accepts} is false. */
    public String problemZh() {
        return problemZh;
    }

    public String problemEn() {
        return problemEn;
    }
}
