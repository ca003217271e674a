package org.broadsheet.platform.cache;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * First of Tomcat's valves when the {@link CacheFront} is in front: a request that came through the
 * front gets the address of the front's client, so the remote-IP valve after it decides whether to trust
 * X-Forwarded-* headers from that client, not from the loopback address of the front.
 */
public final class FrontClientValve extends ValveBase {

    /** The address the front's connections to Tomcat come from. */
    private static final String LOOPBACK = InetAddress.getLoopbackAddress().getHostAddress();

    private final FrontClients clients;

    public FrontClientValve(FrontClients clients) {
        super(true);
        this.clients = clients;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        InetSocketAddress client = clients.client(request.getRemotePort());
        if (client != null && LOOPBACK.equals(request.getRemoteAddr())) {
            String address = client.getAddress().getHostAddress();
            request.setRemoteAddr(address);
            request.setRemoteHost(address);
        }
        getNext().invoke(request, response);
    }
}
