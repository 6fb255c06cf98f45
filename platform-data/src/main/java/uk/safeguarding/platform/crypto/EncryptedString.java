package uk.safeguarding.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** JPA converter: the column holds AES-GCM ciphertext, the entity the plain text. */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return FieldCipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return FieldCipher.decrypt(dbData);
    }
}
