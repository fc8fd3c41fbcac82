package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.place.TownshipPlace;
import rectimap.model.Project;
import rectimap.model.StoreException;
import rectimap.report.ReportFigures;
import rectimap.report.ReportFilter;
import rectimap.report.ReportInput;
import rectimap.report.ReportInputs;
import rectimap.report.StatisticsReport;
import rectimap.report.SummaryText;
import rectimap.store.pg.PgAddress;

/**
 * {@code report --project P|postgresql://… [--township CODE|NAME] [--phase 攻坚行动|冬季行动] [--from DATE --to DATE]
 * [--format text|csv|xlsx|pdf] [--out FILE]}: the statistics report. Always prints the text summary; the file formats
 * write the report's tables (csv, xlsx) or sheet (pdf) to {@code --out}. Exit 0 done, 2 bad arguments or an
 * unreadable project, 1 the output cannot be written.
 */
public final class ReportCommand implements CliCommand {
    private static final Set<String> OPTIONS = Set.of("--project", "--township", "--phase", "--from", "--to",
            "--format", "--out", "--as-of");

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report --project FILE|postgresql://… [--township CODE|NAME] [--phase 攻坚行动|冬季行动] [--from YYYY-MM-DD] [--to YYYY-MM-DD]"
                + " [--format text|csv|xlsx|pdf --out FILE]   statistics report and text summary";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandOptions options;
        ReportFormat format;
        try {
            options = CommandOptions.parse(args, OPTIONS, Set.of("--project"));
            format = ReportFormat.parse(options.get("--format"));
            if (format != ReportFormat.TEXT && options.get("--out") == null) {
                throw new CommandOptions.BadOptions("formatNeedsOut", format.word());
            }
        } catch (CommandOptions.BadOptions e) {
            CommandArguments.refuse(this, e, args, err);
            return 2;
        }
        // The project stays open while a PDF is written: its photo pages read their pictures as they are painted.
        try (ReadProject read = ProjectReading.open(options.get("--project"), args, err)) {
            Project project = ProjectAssembler.assemble(read.label(), read.store());
            ReportInput input = ReportInputs.of(project, read.reviews());
            ReportFilter filter;
            try {
                filter = filter(options, input);
            } catch (CommandOptions.BadOptions e) {
                Locale locale = UserText.localeOf(args);
                err.println(UserText.format(locale, "cli.refused", name(), e.sentence(locale)));
                return 2;
            }
            ReportFigures figures = StatisticsReport.compute(ReportInputs.withCoverage(input, filter.asOf()), filter);
            out.println(SummaryText.chinese(figures));
            return format == ReportFormat.TEXT ? 0 : ReportFiles.write(format, figures, project, read.photos(),
                    Path.of(options.get("--out")), UserText.localeOf(args), out, err);
        } catch (StoreException e) {
            err.println(ProjectFailure.line("report", e, args));
            return 2;
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("report", e, args));
            return 2;
        }
    }

    private static ReportFilter filter(CommandOptions options, ReportInput input) throws CommandOptions.BadOptions {
        String township = options.get("--township");
        String code = null;
        if (township != null) {
            code = input.places().townships().stream()
                    .filter(t -> t.code().equals(township) || t.name().equals(township)).map(TownshipPlace::code)
                    .findFirst().orElseThrow(() -> new CommandOptions.BadOptions("township", township,
                            input.project().file().getFileName(), String.join(", ",
                            input.places().townships().stream().map(TownshipPlace::name).toList())));
        }
        String phase = options.get("--phase");
        if (phase != null && !List.of("攻坚行动", "冬季行动").contains(phase)) {
            throw new CommandOptions.BadOptions("phase", phase);
        }
        LocalDate from = date(options, "--from");
        LocalDate to = date(options, "--to");
        LocalDate asOf = date(options, "--as-of");
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandOptions.BadOptions("dateRange", from, to);
        }
        ReportFilter chosen = ReportFilter.of(code, phase, from, to, asOf != null ? asOf : LocalDate.now());
        return asOf == null ? chosen : new ReportFilter(code, phase, from, to, asOf);
    }

    private static LocalDate date(CommandOptions options, String name) throws CommandOptions.BadOptions {
        String text = options.get(name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandOptions.BadOptions("date", name, text);
        }
    }
}
