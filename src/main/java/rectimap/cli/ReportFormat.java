package rectimap.cli;

import java.util.Arrays;

/** What {@code report --format} writes besides the printed summary. */
enum ReportFormat {
    TEXT("text"), CSV("csv"), XLSX("xlsx"), PDF("pdf");

    private final String word;

    ReportFormat(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }

    static ReportFormat parse(String word) throws CommandOptions.BadOptions {
        if (word == null) {
            return TEXT;
        }
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst()
                .orElseThrow(() -> new CommandOptions.BadOptions("reportFormat", word));
    }
}
