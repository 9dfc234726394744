package dev.parallax.article;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findByName(String name);

    /** Creates the source unless a concurrent ingest already did; safe to race. */
    @Modifying
    @Query(value = "insert into source (name) values (:name) on conflict (name) do nothing", nativeQuery = true)
    void insertIfAbsent(String name);

    default Source findOrCreate(String name) {
        return findByName(name).orElseGet(() -> {
            insertIfAbsent(name);
            return findByName(name).orElseThrow();
        });
    }
}
