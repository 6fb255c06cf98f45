package uk.safeguarding.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.notification.mapping.CheckpointMapper;
import uk.safeguarding.notification.repository.CheckpointRepository;
import uk.safeguarding.notification.rest.model.CheckpointView;
import uk.safeguarding.notification.rest.model.PageView;

import java.util.List;

/** The stored checkpoints, newest first. */
@ApplicationScoped
public class CheckpointQueries {

    private final CheckpointRepository checkpoints;
    private final CheckpointMapper mapper;

    public CheckpointQueries(CheckpointRepository checkpoints, CheckpointMapper mapper) {
        this.checkpoints = checkpoints;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<CheckpointView> list(int page, int size) {
        var query = checkpoints.newestFirst();
        List<CheckpointView> items = query.page(page, size).list().stream().map(mapper::toApiModel).toList();
        return new PageView<>(items, page, size, query.count());
    }
}
