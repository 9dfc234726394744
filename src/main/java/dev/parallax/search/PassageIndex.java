package dev.parallax.search;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleChanges;
import dev.parallax.article.ArticleDetail;
import dev.parallax.article.CorpusFingerprint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The Lucene index of passages, derived from PostgreSQL and always rebuildable from it. One writer for the
 * portal's life and a {@link SearcherManager} for near-real-time reads. The index lives in a generation folder
 * named by {@code CURRENT}; a rebuild fills a fresh generation and swaps it in whole, so no reader ever sees half
 * an index. The index follows the database's change log ({@link ArticleChanges}): each commit records the
 * snapshot of the database it has caught up to, so a restart, like a node that missed a notification, reads only
 * what changed since; the articles it then holds ({@link CorpusFingerprint}) are checked against the database.
 */
@Component("index")
public class PassageIndex implements HealthIndicator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PassageIndex.class);
    private static final String CURRENT = "CURRENT";
    private static final int REBUILD_PAGE = 500;
    /** Changes whenever documents change shape: an index written in another layout is rebuilt, not trusted. */
    private static final String LAYOUT = "6";
    private static final String LAYOUT_KEY = "parallax.layout";
    /** The database snapshot whose changes the index holds: where following the change log resumes. */
    private static final String CHANGES_KEY = "parallax.changes";
    /**
     * How stale a view may grow when no search waits for it. Searches wait for the latest write ({@link
     * #MIN_STALE_SECONDS}), so this reopen serves only views that do not wait, and each reopen during an ingest
     * flushes a small segment that merges then copy again.
     */
    private static final double MAX_STALE_SECONDS = 5.0;
    private static final double MIN_STALE_SECONDS = 0.02;
    private static final int MAX_WAIT_MILLIS = 500;
    /**
     * A commit flushes a segment and syncs its files; it records only where a restart resumes following the change
     * log, so one missed by a crash costs a short catch-up, never an article.
     */
    private static final long COMMIT_INTERVAL_SECONDS = 10;

    /**
     * One index folder with its writer and its searchers. Writes do not wait to be visible; a search waits briefly
     * for the latest write ({@link #latestWrite}), so a reader normally sees what was ingested before it asked;
     * work that must see it, whatever the wait, refreshes first ({@link PassageIndex#refresh}).
     */
    private record Generation(Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers,
                              ControlledRealTimeReopenThread<IndexSearcher> reopener, AtomicLong latestWrite,
                              AtomicReference<String> changesSeen) {

        static Generation of(Path path, FSDirectory directory, IndexWriter writer, String changesSeen) throws IOException {
            SearcherManager searchers = new SearcherManager(writer, null);
            var reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
            reopener.setName("index-reopen");
            reopener.setDaemon(true);
            reopener.start();
            return new Generation(path, directory, writer, searchers, reopener, new AtomicLong(-1),
                    new AtomicReference<>(changesSeen));
        }

        /** Commits what was written with the snapshot seen before: never a snapshot ahead of the documents. */
        void commit() throws IOException {
            String seen = changesSeen.get();
            writer.setLiveCommitData(seen == null ? Map.of(LAYOUT_KEY, LAYOUT).entrySet()
                    : Map.of(LAYOUT_KEY, LAYOUT, CHANGES_KEY, seen).entrySet());
            writer.commit();
        }

        void wrote(long sequenceNumber) {
            latestWrite.accumulateAndGet(sequenceNumber, Math::max);
        }

        void awaitLatestWrite() {
            long latest = latestWrite.get();
            if (latest >= 0) {
                try {
                    reopener.waitForGeneration(latest, MAX_WAIT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void close() throws IOException {
            reopener.close();
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    private final Path root;
    private final ArticleCatalog catalog;
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();
    /** One reader of the change log at a time, and none while a rebuilt generation is swapped in. */
    private final ReentrantLock following = new ReentrantLock();
    /** Articles this node indexes at their own commit, until the change log brings them. */
    private final Map<Long, IndexedOnCommit> indexedOnCommit = new java.util.concurrent.ConcurrentHashMap<>();
    /** How long the change log's reader waits for a commit's own indexing, which follows the commit at once. */
    private static final long COMMIT_INDEXING_WAIT_MILLIS = 200;

    /**
     * Where an article is indexed at its commit, the transaction that stores it, and whether that indexing has
     * succeeded (false when it failed or the transaction rolled back).
     */
    private record IndexedOnCommit(Generation generation, String transaction, CompletableFuture<Boolean> indexed) {
    }
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("index-commit").daemon().factory());
    private volatile Generation current;
    private volatile String state = "not opened yet";

    PassageIndex(@Value("${parallax.index-dir:data/index}") Path root, ArticleCatalog catalog) {
        this.root = root;
        this.catalog = catalog;
    }

    /**
     * Opens the index and makes it agree with the database: articles added since its last commit are caught up;
     * a missing, damaged or otherwise different index is rebuilt.
     */
    public void openAndRepair() {
        try {
            Files.createDirectories(root);
            Path active = activeGeneration();
            if (active != null) {
                Generation opened = open(active);
                current = opened; // serves while it catches up, or while a rebuild runs
                if (opened.changesSeen().get() == null) {
                    log.warn("Search index at {} does not record which changes it holds; rebuilding", active);
                } else {
                    ArticleChanges.Read read;
                    following.lock();
                    try {
                        read = followChanges(opened, true);
                    } finally {
                        following.unlock();
                    }
                    CorpusFingerprint held = fingerprintOf(opened);
                    if (held.equals(read.fingerprint())) {
                        commit();
                        state = "ready";
                        log.info("Search index at {} agrees with the database; {} changed articles caught up",
                                active, read.changed());
                        startCommitting();
                        return;
                    }
                    log.warn("Search index at {} holds other articles than the database ({} against {}); rebuilding",
                            active, held, read.fingerprint());
                }
            } else {
                log.info("No search index at {}; building it", root.toAbsolutePath());
            }
        } catch (LockObtainFailedException locked) {
            state = "locked by another process";
            log.warn("The search index at {} is in use by another process (a running portal?); not indexing. "
                    + "Give each portal process its own parallax.index-dir.", root.toAbsolutePath());
            return;
        } catch (IOException | RuntimeException damaged) {
            log.warn("Search index at {} cannot be used ({}); rebuilding", root.toAbsolutePath(), damaged.toString());
            closeQuietly(current);
            current = null;
        }
        rebuild();
        startCommitting();
    }

    /**
     * Builds a fresh generation from the database and swaps it in. The scan starts from a snapshot taken before it,
     * and the change log since that snapshot is applied after it: nothing committed meanwhile is missed.
     */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        state = "rebuilding";
        try {
            Path fresh = root.resolve("gen-" + System.currentTimeMillis());
            Generation next = create(fresh, catalog.currentSnapshot());
            addAllArticles(next);
            // Every word of every search is looked up once per segment: a rebuilt index starts as few as the merge
            // policy's largest segment allows, instead of the dozen its flushes and merges left.
            next.writer().forceMerge(segmentsFor(next.writer()));
            next.commit();
            Generation previous;
            following.lock();
            try {
                swapLock.writeLock().lock();
                try {
                    Path pointer = root.resolve(CURRENT + ".tmp");
                    Files.writeString(pointer, fresh.getFileName().toString(), StandardCharsets.UTF_8);
                    Files.move(pointer, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    previous = current;
                    current = next;
                } finally {
                    swapLock.writeLock().unlock();
                }
                followChanges(next, false);
                next.commit();
            } finally {
                following.unlock();
            }
            closeQuietly(previous);
            // Notes about the old generation never meet its change log again.
            indexedOnCommit.values().removeIf(known -> known.generation() != next);
            deleteOtherGenerations(fresh);
            CorpusFingerprint held = fingerprintOf(next);
            state = "ready";
            log.info("Search index rebuilt at {}: {} articles in {} ms", fresh, held.count(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            state = "rebuild failed: " + e.getMessage();
            throw new UncheckedIOException("Could not build the search index in " + root.toAbsolutePath(), e);
        }
    }

    /**
     * Brings the index up to the database: every article added, changed or removed since it last looked, by
     * whichever node. Waits at most the given time for a catch-up already running, which then does the work.
     *
     * @return how many articles changed, or -1 when another catch-up held on longer than the wait
     */
    public int catchUp(Duration maxWait) {
        try {
            if (!following.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        try {
            Generation generation = current;
            if (generation == null || generation.changesSeen().get() == null) {
                return 0; // not open (start-up, or another process holds the folder)
            }
            return followChanges(generation, false).changed();
        } finally {
            following.unlock();
        }
    }

    /** One segment per largest segment the merge policy makes (5 GB by default), at least one. */
    private static int segmentsFor(IndexWriter writer) throws IOException {
        double largestMb = writer.getConfig().getMergePolicy() instanceof TieredMergePolicy tiered
                ? tiered.getMaxMergedSegmentMB() : 5 * 1024;
        long bytes = 0;
        for (String file : writer.getDirectory().listAll()) {
            try {
                bytes += writer.getDirectory().fileLength(file);
            } catch (NoSuchFileException | FileNotFoundException mergedAway) {
                // a merge running meanwhile removed it
            }
        }
        return (int) Math.max(1, Math.ceil(bytes / (largestMb * 1024 * 1024)));
    }

    /** Applies the change log since the generation's snapshot to it; the caller holds {@link #following}. */
    private ArticleChanges.Read followChanges(Generation generation, boolean withFingerprint) {
        IndexWriter writer = generation.writer();
        ArticleChanges.Read read = catalog.changesSince(generation.changesSeen().get(), REBUILD_PAGE, withFingerprint,
                change -> takeIndexedAtItsCommit(generation, change),
                (present, removed) -> {
                    try {
                        for (ArticleDetail article : present) {
                            indexedOnCommit.remove(article.summary().id());
                            generation.wrote(writer.updateDocuments(articleTerm(article.summary().id()), PassageDocuments.of(article)));
                        }
                        for (long id : removed) {
                            indexedOnCommit.remove(id);
                            generation.wrote(writer.deleteDocuments(articleTerm(id)));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not apply article changes to the search index", e);
                    }
                });
        generation.changesSeen().set(read.snapshot());
        return read;
    }

    /**
     * Whether every change the log holds for an article is the commit this node indexed it from, that indexing
     * done (it follows the commit at once: it is waited for briefly); if so, the note is taken and the article
     * need not be read back. Otherwise it is read back, so the snapshot committed is never ahead of the documents.
     */
    private boolean takeIndexedAtItsCommit(Generation generation, ArticleChanges.Change change) {
        IndexedOnCommit known = indexedOnCommit.get(change.articleId());
        if (known == null || known.generation() != generation || !known.transaction().equals(change.onlyTransaction())) {
            return false;
        }
        boolean indexed;
        try {
            indexed = known.indexed().get(COMMIT_INDEXING_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException slow) {
            indexed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            indexed = false;
        }
        indexedOnCommit.remove(change.articleId(), known);
        return indexed;
    }

    private static Term articleTerm(long articleId) {
        return new Term(IndexFields.ARTICLE, Long.toString(articleId));
    }

    /** Adds or replaces one article's passages and makes them searchable at once. */
    public void index(ArticleDetail article) {
        indexInto(article);
    }

    /**
     * Notes, before its transaction commits, that this node will index an article at that commit: when the change
     * log brings the transaction's change, the article is neither read back nor indexed a second time, once that
     * indexing is done. A rollback takes the note back.
     */
    public void willIndexAtCommit(long articleId, String transaction) {
        Generation generation = current;
        if (generation != null) {
            indexedOnCommit.put(articleId, new IndexedOnCommit(generation, transaction, new CompletableFuture<>()));
        }
    }

    public void forgetRolledBack(long articleId) {
        IndexedOnCommit known = indexedOnCommit.remove(articleId);
        if (known != null) {
            known.indexed().complete(false);
        }
    }

    /**
     * Indexes an article this node has just committed, from what it stored: searchable when its ingest returns,
     * without reading it back. Should that fail, its note says so and the change log's reader indexes it from the
     * database instead.
     */
    public void indexCommitted(ArticleDetail article) {
        IndexedOnCommit known = indexedOnCommit.get(article.summary().id());
        boolean indexed = false;
        try {
            indexInto(article);
            indexed = true;
        } finally {
            if (known != null) {
                known.indexed().complete(indexed);
            }
        }
    }

    private void indexInto(ArticleDetail article) {
        swapLock.readLock().lock();
        try {
            Generation generation = current;
            if (generation == null) {
                return; // not open (start-up, or another process holds the index): opening catches up
            }
            generation.wrote(generation.writer().updateDocuments(articleTerm(article.summary().id()), PassageDocuments.of(article)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index article " + article.summary().id(), e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** A searcher on the latest view of the index; close it to release it. */
    public Searcher acquire() {
        swapLock.readLock().lock();
        try {
            Generation generation = requireOpen();
            generation.awaitLatestWrite();
            SearcherManager manager = generation.searchers();
            return new Searcher(manager, manager.acquire());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** The current view of the index, without waiting for writes still being made visible. */
    Searcher acquireWithoutWaiting() throws IOException {
        swapLock.readLock().lock();
        try {
            SearcherManager manager = requireOpen().searchers();
            return new Searcher(manager, manager.acquire());
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /**
     * Makes every write so far visible to searchers, however long the reopen takes; for a batch of work that must
     * see all of them. Waiting for the reopen thread would give up after {@link #MAX_WAIT_MILLIS}, and a slow
     * reopen would then leave the batch a view without the latest writes.
     */
    public void refresh() {
        swapLock.readLock().lock();
        try {
            Generation generation = current;
            if (generation != null) {
                // In this thread: waits out a reopen under way, then opens a reader on every write so far.
                generation.searchers().maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not refresh the search index", e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** A searcher borrowed from the index, given back on close. */
    public record Searcher(SearcherManager manager, IndexSearcher searcher) implements AutoCloseable {
        @Override
        public void close() {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The articles the index holds now, to compare with the database's. */
    public CorpusFingerprint fingerprint() {
        Generation generation = current;
        try {
            return generation == null ? CorpusFingerprint.EMPTY : fingerprintOf(generation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a generation is open: it may be searched, ready or still catching up. */
    boolean isOpen() {
        return current != null;
    }

    public boolean isReady() {
        return current != null && state.startsWith("ready");
    }

    /**
     * What searches see now, as a string that changes with every change they can see (the generation folder and
     * the reader's version): search pages are cached under it. Empty while the index is not ready.
     */
    public Optional<String> version() {
        Generation generation = current;
        if (generation == null || !isReady()) {
            return Optional.empty();
        }
        try (Searcher borrowed = acquire()) {
            return Optional.of(generation.path().getFileName() + "."
                    + ((DirectoryReader) borrowed.searcher().getIndexReader()).getVersion());
        } catch (IllegalStateException | UncheckedIOException notOpen) {
            return Optional.empty();
        }
    }

    /** Whether searches can be answered, and how many articles they see now (not when the index was opened). */
    @Override
    public Health health() {
        Health.Builder health = (isReady() ? Health.up() : Health.down()).withDetail("index", state);
        if (current != null) {
            try (Searcher borrowed = acquire()) {
                health.withDetail("articles", borrowed.searcher()
                        .count(new TermQuery(new Term(IndexFields.DOC_TYPE, IndexFields.WHOLE_ARTICLE))));
            } catch (IOException | RuntimeException closing) {
                health.withDetail("articles", "not counted: " + closing.getMessage());
            }
        }
        return health.build();
    }

    /** Makes what was indexed durable; a restart then finds it and only catches up what came later. */
    synchronized void commit() throws IOException {
        Generation generation = current;
        if (generation == null || !generation.writer().hasUncommittedChanges()) {
            return;
        }
        generation.commit();
    }

    @Override
    public void destroy() {
        committer.shutdownNow();
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not commit the search index on shutdown; it will be repaired at start-up", e);
        }
        closeQuietly(current);
        current = null;
    }

    private void startCommitting() {
        committer.scheduleWithFixedDelay(() -> {
            try {
                commit();
            } catch (IOException | RuntimeException e) {
                log.warn("Periodic commit of the search index failed", e);
            }
        }, COMMIT_INTERVAL_SECONDS, COMMIT_INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    /** Indexes every stored article, in id order, a page at a time. */
    private void addAllArticles(Generation generation) throws IOException {
        long lastId = 0;
        for (List<ArticleDetail> page = catalog.detailsAfter(lastId, REBUILD_PAGE); !page.isEmpty();
             page = catalog.detailsAfter(lastId, REBUILD_PAGE)) {
            for (ArticleDetail article : page) {
                generation.writer().updateDocuments(articleTerm(article.summary().id()), PassageDocuments.of(article));
                lastId = article.summary().id();
            }
        }
        generation.searchers().maybeRefreshBlocking();
    }

    private Generation requireOpen() {
        Generation generation = current;
        if (generation == null) {
            throw new IllegalStateException("The search index is not open yet");
        }
        return generation;
    }

    private Path activeGeneration() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return null;
        }
        Path active = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        return Files.isDirectory(active) ? active : null;
    }

    private static Generation open(Path path) throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("no index in " + path);
            }
            String layout = SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY);
            if (!LAYOUT.equals(layout)) {
                throw new IOException("index layout " + layout + ", this version writes " + LAYOUT);
            }
            // Checksums of every file: a damaged index is found now, not by the first unlucky search.
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            String changesSeen = SegmentInfos.readLatestCommit(directory).getUserData().get(CHANGES_KEY);
            IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            return Generation.of(path, directory, writer, changesSeen);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static Generation create(Path path, String changesSeen) throws IOException {
        Files.createDirectories(path);
        FSDirectory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        return Generation.of(path, directory, writer, changesSeen);
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    /** What a generation holds, read from its article terms: count, highest id and id sum. */
    private static CorpusFingerprint fingerprintOf(Generation generation) throws IOException {
        generation.searchers().maybeRefreshBlocking();
        IndexSearcher searcher = generation.searchers().acquire();
        try {
            CorpusFingerprint held = CorpusFingerprint.EMPTY;
            Set<Long> seen = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(IndexFields.ARTICLE);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    long id = Long.parseLong(term.utf8ToString());
                    // An article re-indexed has deleted documents in an older segment: count it where it lives.
                    if (!seen.contains(id) && leafHasLiveDoc(leaf, iterator)) {
                        seen.add(id);
                        held = held.plus(id);
                    }
                }
            }
            return held;
        } finally {
            generation.searchers().release(searcher);
        }
    }

    private static boolean leafHasLiveDoc(LeafReaderContext leaf, TermsEnum term) throws IOException {
        var liveDocs = leaf.reader().getLiveDocs();
        if (liveDocs == null) {
            return true;
        }
        var postings = term.postings(null);
        for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (liveDocs.get(doc)) {
                return true;
            }
        }
        return false;
    }

    private void deleteOtherGenerations(Path keep) {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.filter(Files::isDirectory).filter(p -> !p.equals(keep)).toList()) {
                try (Stream<Path> tree = Files.walk(entry)) {
                    tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        } catch (IOException e) {
            log.warn("Could not delete old index generations in {}", root, e);
        }
    }

    private static void closeQuietly(Generation generation) {
        if (generation == null) {
            return;
        }
        try {
            generation.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not close index generation {}", generation.path(), e);
        }
    }
}
