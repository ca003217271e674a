package org.broadsheet.syndication.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit. Over the limit it either fails with {@link TooLarge}
 * (a feed) or keeps what it has and hangs up (the body of a redirect or an error, which we ignore).
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final long limit;
    private final boolean failOverLimit;
    private final long declaredLength;
    private Flow.Subscription subscription;

    LimitedBodySubscriber(long limit, boolean failOverLimit, long declaredLength) {
        this.limit = limit;
        this.failOverLimit = failOverLimit;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (failOverLimit && declaredLength > limit) {
            s.cancel();
            result.completeExceptionally(TooLarge.over(limit, " (the server says " + declaredLength + " bytes)"));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (buffer.size() + (long) n > limit) {
                subscription.cancel();
                if (failOverLimit) {
                    result.completeExceptionally(TooLarge.over(limit, ""));
                } else {
                    result.complete(buffer.toByteArray());
                }
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            buffer.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
