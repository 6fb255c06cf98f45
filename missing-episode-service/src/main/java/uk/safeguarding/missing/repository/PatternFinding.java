package uk.safeguarding.missing.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.safeguarding.missing.domain.MissingPatterns;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

/** A finding of {@code MissingPatterns} already announced; kept so it is announced once. */
@Entity
@Table(name = "pattern_finding")
public class PatternFinding {

    @Id
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MissingPatterns.Rule rule;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(name = "episode_ids", nullable = false)
    public UUID[] episodeIds;

    @Column(name = "window_key", nullable = false)
    public String windowKey;

    @Column(name = "detected_at", nullable = false)
    public OffsetDateTime detectedAt;

    public MissingPatterns.Finding toFinding() {
        return new MissingPatterns.Finding(rule, Arrays.asList(episodeIds));
    }
}
