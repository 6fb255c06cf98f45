package uk.safeguarding.missing.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.safeguarding.missing.domain.Presentation;
import uk.safeguarding.missing.domain.Whereabouts;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** The child's return. */
@Embeddable
public class EpisodeReturn {

    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;

    @Convert(converter = EncryptedString.class)
    @Column(name = "found_location")
    public String foundLocation;

    @Column(name = "known_links_to_area")
    public Boolean knownLinksToArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "whereabouts")
    public Whereabouts whereaboutsDuringAbsence;

    @Convert(converter = PresentationSet.class)
    @Column(name = "presentation")
    public Set<Presentation> presentation = EnumSet.noneOf(Presentation.class);

    @Column(name = "returned_by_actor")
    public String returnedByActor;
}
