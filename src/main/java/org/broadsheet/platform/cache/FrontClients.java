package org.broadsheet.platform.cache;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is at the other end of each connection the {@link CacheFront} passes to Tomcat, by the local port
 * of its loopback connection to Tomcat. {@link FrontClientValve} reads it so that Tomcat, and all
 * behind it (sign-in throttling, rate limits, the access log, trusted proxies), sees the real client.
 */
public final class FrontClients {

    private final Map<Integer, InetSocketAddress> byTunnelPort = new ConcurrentHashMap<>();

    void put(int tunnelPort, InetSocketAddress client) {
        byTunnelPort.put(tunnelPort, client);
    }

    void remove(int tunnelPort) {
        byTunnelPort.remove(tunnelPort);
    }

    /** The client behind the front's connection from {@code tunnelPort}, or null. */
    InetSocketAddress client(int tunnelPort) {
        return byTunnelPort.get(tunnelPort);
    }
}
