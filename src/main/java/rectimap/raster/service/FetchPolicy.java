package rectimap.raster.service;

import java.time.Duration;

/**
 * How politely Rectimap asks a map service: who it says it is, how many requests may run at once, how often a
 * failed request is tried again and how long it waits between tries (doubling), how long a silent server is given,
 * and how long a server that did not answer is left alone before it is asked again.
 */
public record FetchPolicy(String userAgent, int maxConnections, int attempts, Duration firstBackOff,
                          Duration connectTimeout, Duration requestTimeout, Duration restAfterNoAnswer) {

    public FetchPolicy {
        if (maxConnections < 1 || maxConnections > 4 || attempts < 1) {
            throw new IllegalArgumentException("1–4 connections and at least one attempt");
        }
    }

    /** Two connections, three tries 0.5 s / 1 s apart, 5 s to connect, 15 s per answer, 30 s rest. */
    public static FetchPolicy polite() {
        String version = FetchPolicy.class.getPackage().getImplementationVersion();
        return new FetchPolicy("Rectimap/" + (version == null ? "dev" : version) + " (desktop GIS; Java)", 2, 3,
                Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30));
    }

    /** This policy with other timeouts and back-off (tests use short ones). */
    public FetchPolicy withTimes(Duration backOff, Duration connect, Duration request, Duration rest) {
        return new FetchPolicy(userAgent, maxConnections, attempts, backOff, connect, request, rest);
    }
}
