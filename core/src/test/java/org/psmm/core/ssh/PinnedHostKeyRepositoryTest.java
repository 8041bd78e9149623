package org.psmm.core.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.jcraft.jsch.HostKeyRepository;
import org.junit.jupiter.api.Test;

class PinnedHostKeyRepositoryTest {

    private final HostKeyPin ed = HostKeyPin.parse(HostKeyPinTest.ED25519);
    private final HostKeyPin rsa = HostKeyPin.parse(HostKeyPinTest.RSA);

    @Test
    void acceptsOnlyThePinnedKeyUnderItsKnownHostsName() {
        PinnedHostKeyRepository onPort22 = new PinnedHostKeyRepository("127.0.0.11", ed);
        assertEquals(HostKeyRepository.OK, onPort22.check("127.0.0.11", ed.keyBlob()));
        assertNull(onPort22.presentedMismatch());
        assertEquals(HostKeyRepository.CHANGED, onPort22.check("127.0.0.11", rsa.keyBlob()));
        assertEquals(rsa, onPort22.presentedMismatch());
        assertEquals(HostKeyRepository.NOT_INCLUDED, onPort22.check("[127.0.0.11]:2222", ed.keyBlob()));

        PinnedHostKeyRepository onPort2222 = new PinnedHostKeyRepository(HostKeyPin.knownHostsName("127.0.0.11", 2222), ed);
        assertEquals(HostKeyRepository.OK, onPort2222.check("[127.0.0.11]:2222", ed.keyBlob()));
        assertEquals(HostKeyRepository.NOT_INCLUDED, onPort2222.check("127.0.0.11", ed.keyBlob()));
    }

    @Test
    void neverLearnsAKeyAndOffersThePinnedTypeFirst() {
        PinnedHostKeyRepository repository = new PinnedHostKeyRepository("[h]:2222", rsa);
        repository.add(null, null);
        repository.remove("[h]:2222", "ssh-rsa");
        assertEquals(1, repository.getHostKey().length);
        assertEquals("ssh-rsa", repository.getHostKey("[h]:2222", null)[0].getType());
        assertEquals(0, repository.getHostKey("h", null).length);
        assertEquals(0, repository.getHostKey("[h]:2222", "ssh-ed25519").length);
    }
}
