package org.broadsheet.accounts;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account (e-mail address, whether it exists or not) and per client
 * address with token buckets that refill over the window. Kept in memory on each node: a restart
 * forgets them, which is acceptable for a brake on guessing.
 */
@Component
class LoginThrottle {

    private final BroadsheetProperties.SignIn limits;
    private final Cache<String, Bucket> byAccount;
    private final Cache<String, Bucket> byAddress;

    LoginThrottle(BroadsheetProperties properties) {
        this.limits = properties.signIn();
        long expiry = limits.window().toMillis();
        this.byAccount = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(expiry, TimeUnit.MILLISECONDS).build();
        this.byAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(expiry, TimeUnit.MILLISECONDS).build();
    }

    /** How long to wait before trying again; zero when a sign-in may be tried now. */
    Duration waitBeforeAttempt(String email, String address) {
        long nanos = Math.max(waitNanos(account(email)), waitNanos(address(address)));
        return Duration.ofNanos(nanos);
    }

    void failed(String email, String address) {
        account(email).tryConsume(1);
        address(address).tryConsume(1);
    }

    /** A right password clears the account's count (not the address's: one address may try many accounts). */
    void succeeded(String email) {
        byAccount.invalidate(AccountService.normaliseEmail(email));
    }

    private static long waitNanos(Bucket bucket) {
        return bucket.getAvailableTokens() > 0 ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket account(String email) {
        return byAccount.get(AccountService.normaliseEmail(email), key -> bucket(limits.maxAttemptsPerAccount()));
    }

    private Bucket address(String address) {
        return byAddress.get(address == null ? "" : address, key -> bucket(limits.maxAttemptsPerAddress()));
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, limits.window()).build())
                .build();
    }
}
