package uk.safeguarding.platform.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.util.UUID;

/** A stand-in aggregate for exercising the platform mechanisms in a real Quarkus app. */
@Entity
public class Widget extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String colour;
    @Convert(converter = EncryptedString.class)
    public String secret;
}
