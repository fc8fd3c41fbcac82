package rectimap.store;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who is editing: the process id, the OS user and the computer's name, written into the change log and the lock
 * sidecar so a second user learns who holds a project.
 *
 * @param pid  the process id of this JVM
 * @param user the OS login name
 * @param host the computer's name, "unknown" when it cannot be found
 */
record SessionIdentity(long pid, String user, String host) {

    /** This process; the host name comes from the environment first (a DNS lookup can hang on a bad network). */
    static SessionIdentity current() {
        return Holder.CURRENT;
    }

    private static final class Holder {
        static final SessionIdentity CURRENT = new SessionIdentity(ProcessHandle.current().pid(),
                System.getProperty("user.name", "unknown"), hostName());
    }

    private static String hostName() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
