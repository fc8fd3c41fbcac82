package rectimap.install;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One log record as one line, {@code 2026-12-07T13:25:01.123 INFO rectimap.cli: message}, then the stack trace of
 * its exception if any. Local time in ISO form: unlike {@code SimpleFormatter}'s {@code String.format} with
 * localised date fields, it loads no locale data, which cost every command-line run a few tens of milliseconds
 * before its first line was written (issue 13).
 */
final class LogLine extends Formatter {
    private final ZoneId zone = ZoneId.systemDefault();

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(120)
                .append(LocalDateTime.ofInstant(record.getInstant(), zone))
                .append(' ').append(record.getLevel().getName())
                .append(' ').append(record.getLoggerName())
                .append(": ").append(formatMessage(record))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }
}
