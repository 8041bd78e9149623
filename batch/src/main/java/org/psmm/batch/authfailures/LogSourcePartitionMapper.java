package org.psmm.batch.authfailures;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.psmm.logsource.LogSourceService;

/**
 * One partition per log source. The sources are fixed in the job parameters when the job starts
 * (AuthFailuresJob), so a restart rebuilds the same plan even if sources were added since:
 * JBeret re-runs only the partitions that did not complete, by number.
 */
@Named
@Dependent
public class LogSourcePartitionMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    private String sourceIds;

    @Inject
    @BatchProperty
    private String threads;

    @EJB
    private LogSourceService sources;

    @Override
    public PartitionPlan mapPartitions() {
        List<Long> ids = sourceIds == null || sourceIds.isBlank()
                ? sources.collectable()
                : Arrays.stream(sourceIds.split(",")).map(String::trim).map(Long::valueOf).toList();
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ids.size());
        plan.setThreads(Math.max(1, Math.min(ids.size(), parseThreads())));
        Properties[] props = new Properties[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            props[i] = new Properties();
            props[i].setProperty("sourceId", String.valueOf(ids.get(i)));
        }
        plan.setPartitionProperties(props);
        return plan;
    }

    private int parseThreads() {
        try {
            return threads == null ? 4 : Integer.parseInt(threads.trim());
        } catch (NumberFormatException e) {
            return 4;
        }
    }
}
