package rectimap.raster.service;

/** A map service failure with its {@link ServiceProblem}, the service's short name and a detail for the message. */
public final class ServiceException extends Exception {
    private final ServiceProblem problem;
    private final String service;
    private final String detail;

    public ServiceException(ServiceProblem problem, String service, String detail) {
        super(problem + " " + service + ": " + detail);
        this.problem = problem;
        this.service = service;
        this.detail = detail;
    }

    public ServiceProblem problem() {
        return problem;
    }

    /** The host or preset the problem is about. */
    public String service() {
        return service;
    }

    /** A short detail (status, layer name); never a stack trace. */
    public String detail() {
        return detail;
    }
}
