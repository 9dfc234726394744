package dev.parallax.search;

import org.apache.lucene.index.IndexReader;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers worked out from the index's terms, kept while the index stays the same: a new view of the index may
 * hold new words, so the answers start afresh. The least recently used answers go first when it is full.
 */
final class PerReaderCache<V> {

    private final int capacity;
    private volatile Scope<V> scope;

    private record Scope<V>(Object readerKey, Map<String, V> values) {
    }

    PerReaderCache(int capacity) {
        this.capacity = capacity;
        this.scope = newScope(null);
    }

    V get(IndexReader reader, String key, Function<String, V> compute) {
        Object readerKey = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        Scope<V> current = scope;
        if (current.readerKey() != readerKey) {
            current = newScope(readerKey);
            scope = current;
        }
        V known = current.values().get(key);
        if (known != null) {
            return known;
        }
        V computed = compute.apply(key);
        current.values().put(key, computed);
        return computed;
    }

    private Scope<V> newScope(Object readerKey) {
        return new Scope<>(readerKey, Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        }));
    }
}
