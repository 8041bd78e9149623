package org.psmm.batch.authfailures;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Marks each chunk's start and the end of its checkpoint for {@link CollectionPhases}: JBeret calls
 * beforeChunk just after the transaction begins and afterChunk once the checkpoint is saved, just
 * before it commits.
 */
@Named
@Dependent
public class CollectionPhaseListener extends AbstractChunkListener {

    @Inject
    private StepContext step;

    @Override
    public void beforeChunk() {
        CollectionPhases.of(step).chunkBegins();
    }

    @Override
    public void afterChunk() {
        CollectionPhases.of(step).checkpointEnds();
    }
}
