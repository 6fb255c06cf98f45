package uk.safeguarding.notification.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import uk.safeguarding.notification.repository.AgencyChannel;
import uk.safeguarding.notification.api.ChannelView;

/** A channel as shown: never the stored secrets; a newly generated secret is passed in explicitly. */
@Mapper(componentModel = "jakarta-cdi")
public interface ChannelMapper {

    @Mapping(target = "secret", source = "revealedSecret")
    @Mapping(target = "channel", expression = "java(channel.webhookUrl == null ? \"INBOX\" : \"WEBHOOK\")")
    @Mapping(target = "previousSecretExpiresAt", expression = "java(channel.previousSecret == null ? null : channel.previousSecretExpiresAt)")
    @Mapping(target = "secretWithheld", ignore = true)
    ChannelView toApiModel(AgencyChannel channel, String revealedSecret);
}
