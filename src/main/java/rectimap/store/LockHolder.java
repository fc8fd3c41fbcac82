package rectimap.store;

import java.time.Instant;

/**
 * Who holds a project open for editing, as its lock sidecar says.
 *
 * @param user  the OS login name, "unknown" when the sidecar does not say
 * @param host  the computer's name
 * @param pid   the process id on that computer, -1 when unknown
 * @param since when the session began (UTC), null when unknown
 */
public record LockHolder(String user, String host, long pid, Instant since) {
}
