package uk.safeguarding.notification.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import uk.safeguarding.notification.repository.Delivery;
import uk.safeguarding.notification.api.DeliveryView;

/** Deliveries for ops: metadata only, so the child's and concern's ids are not mapped at all. */
@Mapper(componentModel = "jakarta-cdi")
public interface DeliveryMapper {

    @Mapping(target = "id", source = "id")
    DeliveryView toApiModel(Delivery delivery);
}
