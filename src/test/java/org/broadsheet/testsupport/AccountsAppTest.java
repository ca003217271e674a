package org.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.content.ArticleService;
import org.broadsheet.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of accounts and sign-in: the whole site, like {@link AppTest}, plus what they
 * need and the other tests must not have: an SMTP server (GreenMail, on a free port, for the whole
 * JVM), a first administrator from properties, and a clock the tests can move forward. All its
 * subclasses share this ONE second context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.accesslog.enabled=false",
        "logging.level.org.broadsheet=WARN",
        "spring.mail.host=127.0.0.1",
        "broadsheet.syndication.poller.tick-millis=500",
        "broadsheet.syndication.allow-private-addresses=true",
        "broadsheet.admin.email=" + AccountsAppTest.ADMIN_EMAIL,
        "broadsheet.admin.password=" + AccountsAppTest.ADMIN_PASSWORD})
@Import(TestClockConfiguration.class)
public abstract class AccountsAppTest {

    public static final String ADMIN_EMAIL = "chief@broadsheet.test";
    public static final String ADMIN_PASSWORD = "first-admin-from-properties";
    /** The password of every account made by {@link #account(Role)}. */
    public static final String PASSWORD = "a-long-enough-passphrase";

    protected static final GreenMail MAIL = startMail();
    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("broadsheet.data-dir", DATA_DIR::toString);
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Clock clock;

    @Autowired
    protected ArticleService articles;

    /** Story builder that saves through {@link ArticleService#save}. */
    protected Stories stories() {
        return new Stories(articles);
    }

    /** The test clock; move it forward, and {@link TestClock#reset()} it afterwards. */
    protected TestClock testClock() {
        return (TestClock) clock;
    }

    /** A new account with {@link #PASSWORD} and a unique address. */
    protected Account account(Role role) {
        return accounts.create(Unique.slug(role.key()) + "@broadsheet.test", "Test " + role.label(), PASSWORD, role);
    }

    /** A client from a loopback address of its own (sign-in throttling counts per address). */
    protected SiteClient newReader() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] address = {127, (byte) (2 + random.nextInt(250)), (byte) random.nextInt(256), (byte) (1 + random.nextInt(250))};
        try {
            return new SiteClient(port, InetAddress.getByAddress(address));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new client that has signed in as {@code account} through the /login form. */
    protected SiteClient signedIn(Account account) {
        SiteClient client = newReader();
        SiteClient.Answer answer = signIn(client, account.email(), PASSWORD);
        if (answer.status() != 302 || answer.header("Location").orElse("").contains("/login")) {
            throw new AssertionError("sign-in of " + account.email() + " failed: " + answer);
        }
        return client;
    }

    protected static SiteClient.Answer signIn(SiteClient client, String email, String password) {
        return client.submitForm("/login", Map.of("email", email, "password", password));
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    private static Path createDataDir() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "accounts-it-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
