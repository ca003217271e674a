package org.broadsheet.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of stories from JSON Lines (see {@link ImportLine} for the format). Lines are
 * stored in batches, one transaction each; a line that fails is reported with its number and
 * the rest goes on. Idempotent: a slug already present is updated, not duplicated.
 */
@Service
public class ArticleImporter {

    static final int BATCH_SIZE = 500;

    private final ArticleService articles;
    private final TransactionTemplate transactions;
    private final ObjectMapper json = JsonMapper.builder().build();

    ArticleImporter(ArticleService articles, TransactionTemplate transactions) {
        this.articles = articles;
        this.transactions = transactions;
    }

    public record LineError(long line, String message) {
    }

    public record Report(long lines, long created, long updated, List<LineError> errors) {
        public long failed() {
            return errors.size();
        }
    }

    /** A line parsed into a draft, or null when parsing failed (the error is recorded already). */
    private record Parsed(long line, ArticleDraft draft) {
    }

    /** Imports every line; {@code progress} hears the number of lines read after each batch. */
    public Report importLines(BufferedReader reader, Consumer<Long> progress) throws IOException {
        List<LineError> errors = new ArrayList<>();
        List<Parsed> batch = new ArrayList<>(BATCH_SIZE);
        long[] counts = new long[2];
        long lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                batch.add(new Parsed(lineNumber, ImportLine.toDraft(json.readTree(line))));
            } catch (JacksonException e) {
                errors.add(new LineError(lineNumber, "not valid JSON: " + e.getOriginalMessage()));
            } catch (ImportLine.InvalidLineException e) {
                errors.add(new LineError(lineNumber, e.getMessage()));
            }
            if (batch.size() == BATCH_SIZE) {
                store(batch, counts, errors);
                progress.accept(lineNumber);
            }
        }
        store(batch, counts, errors);
        progress.accept(lineNumber);
        return new Report(lineNumber, counts[0], counts[1], List.copyOf(errors));
    }

    private void store(List<Parsed> batch, long[] counts, List<LineError> errors) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            long[] batchCounts = transactions.execute(status -> {
                long[] c = new long[2];
                for (Parsed parsed : batch) {
                    c[articles.save(parsed.draft()).created() ? 0 : 1]++;
                }
                return c;
            });
            counts[0] += batchCounts[0];
            counts[1] += batchCounts[1];
        } catch (RuntimeException batchFailed) {
            // One line spoiled the batch: store its lines one by one to find it and keep the rest.
            for (Parsed parsed : batch) {
                try {
                    counts[transactions.execute(status -> articles.save(parsed.draft())).created() ? 0 : 1]++;
                } catch (RuntimeException e) {
                    errors.add(new LineError(parsed.line(), rootMessage(e)));
                }
            }
        }
        batch.clear();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
