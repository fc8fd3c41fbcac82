/**
 * This installation on this computer: the build's version, the user's data, settings and log folders in the
 * platform's place (with the one-time move from {@code ~/.rectimap}), the rotating log and crash reports. Depends on
 * the JDK only, so the app, the command line and the store reach it alike.
 */
package rectimap.install;
