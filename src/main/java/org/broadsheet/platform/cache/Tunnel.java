package org.broadsheet.platform.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client connection the {@link CacheFront} handed to Tomcat: bytes copied both ways, on two virtual
 * threads, until either side is done. Tomcat sees the connection from the loopback address;
 * {@link FrontClients} tells it who is really there. The connection stays with Tomcat to its end.
 */
final class Tunnel implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Tunnel.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 5000;

    private final SocketChannel client;
    private final InetSocketAddress clientAddress;
    private final byte[] unread;
    private final InetSocketAddress tomcat;
    private final FrontClients clients;
    private final long idleMillis;
    private volatile long lastActive = System.currentTimeMillis();

    /** @param unread what the front read from the client and did not answer, sent to Tomcat first */
    Tunnel(SocketChannel client, InetSocketAddress clientAddress, byte[] unread, InetSocketAddress tomcat,
           FrontClients clients, Duration idleTimeout) {
        this.client = client;
        this.clientAddress = clientAddress;
        this.unread = unread;
        this.tomcat = tomcat;
        this.clients = clients;
        this.idleMillis = idleTimeout.toMillis();
    }

    @Override
    public void run() {
        try (client; Socket backend = new Socket()) {
            backend.setTcpNoDelay(true);
            backend.connect(tomcat, CONNECT_TIMEOUT_MILLIS);
            int port = backend.getLocalPort();
            clients.put(port, clientAddress);
            try {
                Socket socket = client.socket();
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, idleMillis));
                OutputStream toTomcat = backend.getOutputStream();
                toTomcat.write(unread);
                Thread down = Thread.ofVirtual().name("front-tunnel").start(() -> copyDown(backend, socket));
                try {
                    copyUp(socket.getInputStream(), toTomcat, down);
                    backend.shutdownOutput();
                } finally {
                    down.join();
                }
            } finally {
                clients.remove(port);
            }
        } catch (IOException e) {
            log.debug("event=front_tunnel_closed reason={}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Client to Tomcat, until the client is done, or both directions have been idle too long. */
    private void copyUp(InputStream fromClient, OutputStream toTomcat, Thread down) throws IOException {
        byte[] buffer = new byte[8192];
        while (true) {
            int read;
            try {
                read = fromClient.read(buffer);
            } catch (SocketTimeoutException e) {
                if (down.isAlive() && System.currentTimeMillis() - lastActive < idleMillis) {
                    continue;  // the client waits for a long answer
                }
                return;
            }
            if (read < 0) {
                return;
            }
            lastActive = System.currentTimeMillis();
            toTomcat.write(buffer, 0, read);
        }
    }

    /** Tomcat to client, until Tomcat closes; then the client gets its end of stream. */
    private void copyDown(Socket backend, Socket socket) {
        byte[] buffer = new byte[32 * 1024];
        try {
            InputStream fromTomcat = backend.getInputStream();
            OutputStream toClient = socket.getOutputStream();
            int read;
            while ((read = fromTomcat.read(buffer)) >= 0) {
                lastActive = System.currentTimeMillis();
                toClient.write(buffer, 0, read);
            }
            socket.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(socket);  // the client is gone, or Tomcat reset: end both directions
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("event=front_tunnel_close_failed", e);
        }
    }
}
