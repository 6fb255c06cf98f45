package uk.safeguarding.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The profile of a service's upgrade test: the service starts on a database the last release built
 * ({@link PreviousRelease}, with the rows of {@code seed}), instead of the fresh one of the module's other
 * tests, whose global test resources it leaves out. A service subclasses it with a no-argument constructor
 * and may add the resources it needs besides ({@link #others()}).
 */
public abstract class UpgradeProfile implements QuarkusTestProfile {

    private final String database;
    private final String seed;

    protected UpgradeProfile(String database, String seed) {
        this.database = database;
        this.seed = seed;
    }

    /** Further test resources of the service (stubs of what it calls). */
    protected List<TestResourceEntry> others() {
        return List.of();
    }

    @Override
    public final List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>();
        resources.add(new TestResourceEntry(ServiceTestResource.class, Map.of("database", database, "release", "previous", "seed", seed)));
        resources.addAll(others());
        return resources;
    }

    @Override
    public final boolean disableGlobalTestResources() {
        return true;
    }
}
