package io.qunflow.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Turns a host name into the addresses it stands for. The system's resolver in production; a
 * replaceable bean so a test can make a name change its answer between registration and delivery,
 * as DNS rebinding does.
 */
@FunctionalInterface
public interface HostResolver {

    /** The system resolver (the JDK's {@link InetAddress#getAllByName}). */
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
