package dev.parallax.outlet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The admin's profiles of outlets and scale of leans, kept in PostgreSQL so that every node shows the same. */
@Component
public class OutletProfiles {

    static final int MAX_FIELD = 120;
    static final int MAX_LABELS = 12;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    OutletProfiles(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The admin's scale of leans, in order; empty until the admin defines one. */
    @Transactional(readOnly = true)
    public List<String> scale() {
        return jdbc.sql("select label from outlet_lean_scale order by position").query(String.class).list();
    }

    /** Changes with every profile and the scale: pages that show them are versioned with it. */
    @Transactional(readOnly = true)
    public String version() {
        return jdbc.sql("""
                        select md5(coalesce((select string_agg(position || ':' || label, '|' order by position) from outlet_lean_scale), '')
                            || '#' || coalesce((select string_agg(source_id || ':' || extract(epoch from updated_at), '|' order by source_id)
                                                from outlet_profile), ''))
                        """)
                .query(String.class).single();
    }

    /** Sets an outlet's profile; blank fields are cleared. The lean must be a label of the scale. */
    @Transactional
    public OutletProfile set(String source, OutletProfile profile) {
        String name = OutletNames.checked(source);
        Long sourceId = jdbc.sql("select id from source where name = :name").param("name", name).query(Long.class).optional()
                .orElseThrow(() -> new OutletNotFoundException(name));
        OutletProfile kept = new OutletProfile(field("country", profile.country()), field("owner", profile.owner()),
                field("lean", profile.lean()));
        if (kept.lean() != null && !scale().contains(kept.lean())) {
            throw new OutletProfileRefusedException(scale().isEmpty()
                    ? "Define the scale of leans first; then give each outlet one of its labels."
                    : "“%s” is not on the scale of leans (%s).".formatted(kept.lean(), String.join(", ", scale())));
        }
        jdbc.sql("""
                        insert into outlet_profile (source_id, country, owner, lean, updated_at) values (:id, :country, :owner, :lean, :at)
                        on conflict (source_id) do update set country = excluded.country, owner = excluded.owner,
                            lean = excluded.lean, updated_at = excluded.updated_at
                        """)
                .param("id", sourceId).param("country", kept.country()).param("owner", kept.owner()).param("lean", kept.lean())
                .param("at", Timestamp.from(clock.instant())).update();
        events.publishEvent(new OutletProfilesChanged());
        return kept;
    }

    /**
     * Replaces the scale of leans (labels in order, blank ones dropped). Outlets whose lean is no longer on it lose
     * it: a lean always means a label of the scale as it is. Returns how many outlets lost theirs.
     */
    @Transactional
    public int setScale(List<String> labels) {
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            String value = field("label", label);
            if (value != null && seen.add(value)) {
                kept.add(value);
            }
        }
        if (kept.size() > MAX_LABELS) {
            throw new OutletProfileRefusedException("A scale has at most %d labels.".formatted(MAX_LABELS));
        }
        jdbc.sql("delete from outlet_lean_scale").update();
        for (int i = 0; i < kept.size(); i++) {
            jdbc.sql("insert into outlet_lean_scale (position, label) values (:position, :label)")
                    .param("position", i).param("label", kept.get(i)).update();
        }
        int cleared = kept.isEmpty()
                ? jdbc.sql("update outlet_profile set lean = null, updated_at = :at where lean is not null")
                        .param("at", Timestamp.from(clock.instant())).update()
                : jdbc.sql("update outlet_profile set lean = null, updated_at = :at where lean is not null and lean not in (:labels)")
                        .param("at", Timestamp.from(clock.instant())).param("labels", kept).update();
        events.publishEvent(new OutletProfilesChanged());
        return cleared;
    }

    /** How these outlets spread over the scale; empty when the admin gave none of them a lean. */
    @Transactional(readOnly = true)
    public LeanSpread spread(Collection<String> sources) {
        Set<String> outlets = new HashSet<>(sources);
        List<String> scale = scale();
        if (outlets.isEmpty() || scale.isEmpty()) {
            return LeanSpread.NONE;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        scale.forEach(label -> counts.put(label, 0));
        int unset = outlets.size();
        for (String lean : jdbc.sql("""
                        select p.lean from outlet_profile p join source s on s.id = p.source_id
                        where s.name in (:names) and p.lean is not null
                        """).param("names", outlets).query(String.class).list()) {
            if (counts.containsKey(lean)) {
                counts.merge(lean, 1, Integer::sum);
                unset--;
            }
        }
        List<LeanSpread.Band> bands = new ArrayList<>();
        counts.forEach((label, count) -> bands.add(new LeanSpread.Band(label, count, Math.round(count * 20f / outlets.size()) * 5)));
        LeanSpread spread = new LeanSpread(bands, unset, outlets.size());
        return spread.isEmpty() ? LeanSpread.NONE : spread;
    }

    private static String field(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_FIELD) {
            throw new OutletProfileRefusedException("The %s is at most %d characters.".formatted(name, MAX_FIELD));
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new OutletProfileRefusedException("The %s has no control characters.".formatted(name));
        }
        return stripped;
    }
}
