package org.broadsheet.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML Checker (the W3C's HTML validator) in this JVM, in a class loader of its own.
 *
 * <p>vnu.jar comes from the npm package {@code vnu-jar}, which the build installs in
 * {@code src/test/js}. It bundles the Jetty 11 client, servlet API 5 and log4j 1 that the checker
 * needs; loaded beside only the JDK's platform classes, none of that meets Spring Boot, Tomcat or
 * the Jetty 12 that Boot manages. The checker is called through its public
 * {@code nu.validator.client.EmbeddedValidator}, asking for JSON messages. Its HTML schemas come
 * from the jar: nothing is fetched from the network.
 */
final class NuHtmlChecker implements AutoCloseable {

    static final Path JAR = Path.of("src", "test", "js", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    /** One message: an error (the document is invalid), a warning or other information. */
    record Message(String type, String subType, int line, int column, String text, String extract) {

        boolean error() {
            return "error".equals(type) || "non-document-error".equals(type);
        }

        @Override
        public String toString() {
            return type + (subType == null ? "" : " (" + subType + ")") + " at line " + line + ", column " + column
                    + ": " + text + (extract == null ? "" : "\n    > " + extract.replaceAll("\\s+", " ").strip());
        }
    }

    private final URLClassLoader loader;
    private final Class<?> validatorClass;
    private final Object jsonFormat;

    NuHtmlChecker() {
        if (!Files.isReadable(JAR)) {
            throw new AssertionError(JAR.toAbsolutePath() + " is missing: the build installs it with 'npm ci' in "
                    + "src/test/js at generate-test-resources (run ./mvnw generate-test-resources)");
        }
        try {
            loader = new URLClassLoader("vnu", new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            validatorClass = loader.loadClass("nu.validator.client.EmbeddedValidator");
            Class<?> formats = loader.loadClass("nu.validator.client.EmbeddedValidator$OutputFormat");
            jsonFormat = Arrays.stream(formats.getEnumConstants())
                    .filter(format -> "JSON".equals(((Enum<?>) format).name())).findFirst().orElseThrow();
        } catch (ClassNotFoundException | MalformedURLException e) {
            throw new IllegalStateException("vnu.jar at " + JAR + " has no EmbeddedValidator", e);
        }
    }

    /** Checks {@code html} as a text/html document and returns every message, in document order. */
    synchronized List<Message> check(String html) {
        String report = inCheckerClassLoader(() -> {
            Object validator = validatorClass.getConstructor().newInstance();
            call(validator, "setOutputFormat", jsonFormat);
            call(validator, "setNoLangDetect", true);
            InputStream document = new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8));
            return (String) validatorClass.getMethod("validate", InputStream.class).invoke(validator, document);
        });
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : JSON.readTree(report).path("messages")) {
            messages.add(new Message(message.path("type").asString(), message.path("subType").asString(null),
                    message.path("lastLine").asInt(0), message.path("firstColumn").asInt(message.path("lastColumn").asInt(0)),
                    message.path("message").asString(""), message.path("extract").asString(null)));
        }
        return messages;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private interface CheckerCall {
        String run() throws ReflectiveOperationException;
    }

    /**
     * Runs {@code call} with the checker's class loader as context loader, on a thread with a deep
     * stack: the checker's RELAX NG schema is walked recursively, deeper than a default stack allows
     * (vnu's own documentation asks for {@code -Xss512k} and more).
     */
    private String inCheckerClassLoader(CheckerCall call) {
        String[] result = new String[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = call.run();
            } catch (InvocationTargetException e) {
                failure[0] = new IllegalStateException("The Nu HTML Checker failed", e.getCause());
            } catch (ReflectiveOperationException | RuntimeException | Error e) {
                failure[0] = new IllegalStateException("vnu.jar's EmbeddedValidator failed", e);
            }
        }, "nu-html-checker", STACK_BYTES);
        thread.setContextClassLoader(loader);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking HTML", e);
        }
        if (failure[0] != null) {
            throw (IllegalStateException) failure[0];
        }
        return result[0];
    }

    private void call(Object validator, String setter, Object value) throws ReflectiveOperationException {
        for (Method method : validatorClass.getMethods()) {
            if (method.getName().equals(setter) && method.getParameterCount() == 1) {
                method.invoke(validator, value);
                return;
            }
        }
        throw new NoSuchMethodException(setter);
    }
}
