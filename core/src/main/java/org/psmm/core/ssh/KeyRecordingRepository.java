package org.psmm.core.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;

/**
 * What PSMM's host key repositories share: they remember the key the server presented (to show
 * it, or both fingerprints of a mismatch), and JSch can neither teach them a key nor make them
 * forget one: only an administrator pins a key.
 */
abstract class KeyRecordingRepository implements HostKeyRepository {

    private volatile byte[] presented;

    /** Remembers the key the server presents; a subclass's {@link #check} calls it first. */
    protected final void record(byte[] key) {
        presented = key == null ? null : key.clone();
    }

    /** The key the server presented at the last check, or null. */
    final byte[] presented() {
        return presented;
    }

    @Override
    public final void add(HostKey hostkey, UserInfo ui) {
        // Never learn a key.
    }

    @Override
    public final void remove(String host, String type) {
        // Never forget one.
    }

    @Override
    public final void remove(String host, String type, byte[] key) {
        // Never forget one.
    }
}
