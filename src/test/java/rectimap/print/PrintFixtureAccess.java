package rectimap.print;

/** The print test fixture for tests in other packages (the CLI's). */
public final class PrintFixtureAccess {
    private PrintFixtureAccess() {
    }

    public static rectimap.model.Project project() {
        return PrintFixture.sampleProject();
    }
}
