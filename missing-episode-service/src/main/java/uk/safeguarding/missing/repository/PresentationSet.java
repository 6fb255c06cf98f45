package uk.safeguarding.missing.repository;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import uk.safeguarding.missing.domain.Presentation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of presentations as comma-separated codes. */
@Converter
public class PresentationSet implements AttributeConverter<Set<Presentation>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Presentation> attribute) {
        return attribute == null ? null : attribute.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Presentation> convertToEntityAttribute(String dbData) {
        if (dbData == null) {
            return null;
        }
        Set<Presentation> set = EnumSet.noneOf(Presentation.class);
        Arrays.stream(dbData.split(",")).filter(s -> !s.isBlank()).map(Presentation::valueOf).forEach(set::add);
        return set;
    }
}
