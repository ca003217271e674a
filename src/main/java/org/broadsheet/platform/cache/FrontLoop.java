package org.broadsheet.platform.cache;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread of the {@link CacheFront}: a selector over its share of the connections. It reads each
 * request's head, answers those the page cache holds, and hands a connection to Tomcat
 * ({@link Tunnel}) at its first request the cache cannot answer.
 */
final class FrontLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(FrontLoop.class);
    /** Room for a page and its headers in one write; larger pages go out in two buffers. */
    private static final int OUT_CAPACITY = 128 * 1024;

    private final CacheFront front;
    private final Selector selector;
    private final Queue<SocketChannel> accepted = new ConcurrentLinkedQueue<>();
    private final ByteBuffer out = ByteBuffer.allocateDirect(OUT_CAPACITY);
    private final HitWriter writer = new HitWriter();
    private final List<Connection> handOvers = new ArrayList<>();
    private long lastSweep;

    FrontLoop(CacheFront front) throws IOException {
        this.front = front;
        this.selector = Selector.open();
    }

    void add(SocketChannel channel) {
        accepted.add(channel);
        selector.wakeup();
    }

    void close() {
        try {
            selector.close();
        } catch (IOException e) {
            log.debug("event=front_selector_close_failed", e);
        }
    }

    @Override
    public void run() {
        try {
            while (selector.isOpen()) {
                selector.select(1000);
                registerAccepted();
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection connection = (Connection) key.attachment();
                    if (!key.isValid()) {
                        continue;
                    }
                    try {
                        if (key.isWritable()) {
                            connection.flush();
                        } else if (key.isReadable()) {
                            connection.read();
                        }
                    } catch (IOException e) {
                        connection.close();
                    }
                }
                selector.selectedKeys().clear();
                handOver();
                sweepIdle();
            }
        } catch (ClosedSelectorException stopped) {
            // the front stopped
        } catch (IOException | RuntimeException e) {
            log.error("event=front_loop_failed", e);
        } finally {
            for (SelectionKey key : keysOrNone()) {
                ((Connection) key.attachment()).close();
            }
        }
    }

    private Iterable<SelectionKey> keysOrNone() {
        try {
            return new ArrayList<>(selector.keys());
        } catch (ClosedSelectorException e) {
            return List.of();
        }
    }

    private void registerAccepted() throws IOException {
        SocketChannel channel;
        while ((channel = accepted.poll()) != null) {
            try {
                channel.configureBlocking(false);
                Connection connection = new Connection(channel);
                connection.key = channel.register(selector, SelectionKey.OP_READ, connection);
            } catch (IOException e) {
                channel.close();
            }
        }
    }

    /** Passes the connections marked during this round to Tomcat, once their keys are gone from the selector. */
    private void handOver() throws IOException {
        if (handOvers.isEmpty()) {
            return;
        }
        selector.selectNow();  // completes the cancellation of their keys
        for (Connection connection : handOvers) {
            try {
                connection.channel.configureBlocking(true);
                byte[] unread = Arrays.copyOfRange(connection.in, connection.start, connection.end);
                front.tunnel(connection.channel, connection.client, unread);
            } catch (IOException e) {
                connection.closeQuietly();
            }
        }
        handOvers.clear();
    }

    /** Closes connections idle for longer than the front's idle timeout, once a second. */
    private void sweepIdle() {
        long now = System.nanoTime();
        if (now - lastSweep < 1_000_000_000L) {
            return;
        }
        lastSweep = now;
        long idleNanos = front.idleTimeout().toNanos();
        for (SelectionKey key : keysOrNone()) {
            Connection connection = (Connection) key.attachment();
            if (now - connection.lastActive > idleNanos) {
                connection.close();
            }
        }
    }

    /** A client connection while the front answers it. */
    private final class Connection {
        private final SocketChannel channel;
        private final InetSocketAddress client;
        private SelectionKey key;
        private byte[] in = new byte[2048];
        private int start;
        private int end;
        private ByteBuffer pending;
        private boolean closeAfterWrite;
        private long lastActive = System.nanoTime();

        Connection(SocketChannel channel) throws IOException {
            this.channel = channel;
            this.client = (InetSocketAddress) channel.getRemoteAddress();
        }

        void read() throws IOException {
            if (end == in.length) {
                in = Arrays.copyOf(in, Math.min(in.length * 2, RequestHead.MAX_LENGTH + 2048));
            }
            int read = channel.read(ByteBuffer.wrap(in, end, in.length - end));
            if (read < 0) {
                close();
                return;
            }
            lastActive = System.nanoTime();
            end += read;
            answer();
        }

        /** Answers the buffered requests in order, until one needs Tomcat or a write cannot finish. */
        private void answer() throws IOException {
            while (pending == null && start < end && !closeAfterWrite) {
                RequestHead head = RequestHead.parse(in, start, end);
                if (head == null) {
                    break;
                }
                PageCache.Entry entry = head.servable() ? front.lookup(head) : null;
                if (entry == null) {
                    key.cancel();
                    handOvers.add(this);
                    return;
                }
                respond(entry, head);
                start += head.length();
                closeAfterWrite = head.close();
            }
            if (start == end) {
                start = 0;
                end = 0;
            } else if (start > 0 && end == in.length) {
                System.arraycopy(in, start, in, 0, end - start);
                end -= start;
                start = 0;
            }
            if (pending == null && closeAfterWrite) {
                close();
            }
        }

        private void respond(PageCache.Entry entry, RequestHead head) throws IOException {
            long started = System.nanoTime();
            out.clear();
            if (HitWriter.headLength(entry) > out.capacity()) {
                throw new IOException("headers larger than the write buffer");
            }
            byte[] rest = writer.write(out, entry, head, System.currentTimeMillis());
            out.flip();
            if (rest == null) {
                channel.write(out);
                if (out.hasRemaining()) {
                    keep(out, null);
                }
            } else {
                ByteBuffer body = ByteBuffer.wrap(rest);
                channel.write(new ByteBuffer[] {out, body});
                if (out.hasRemaining() || body.hasRemaining()) {
                    keep(out, body);
                }
            }
            front.hitServed(client, head, writer.status(), writer.bodyLength(), started);
        }

        /** Keeps what the socket did not take, and waits until it can. */
        private void keep(ByteBuffer first, ByteBuffer second) {
            ByteBuffer copy = ByteBuffer.allocate(first.remaining() + (second == null ? 0 : second.remaining()));
            copy.put(first);
            if (second != null) {
                copy.put(second);
            }
            pending = copy.flip();
            key.interestOps(SelectionKey.OP_WRITE);
        }

        void flush() throws IOException {
            channel.write(pending);
            lastActive = System.nanoTime();
            if (pending.hasRemaining()) {
                return;
            }
            pending = null;
            key.interestOps(SelectionKey.OP_READ);
            if (closeAfterWrite) {
                close();
            } else {
                answer();
            }
        }

        void close() {
            key.cancel();
            closeQuietly();
        }

        void closeQuietly() {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("event=front_close_failed", e);
            }
        }
    }
}
