package org.psmm.core.ssh;

import java.nio.file.Path;

/**
 * Run by bench/ssh-session-reuse, not by the tests: the cost of an SSH handshake against a
 * reused session, and 50 sequential commands on one host.
 * Arguments: host port user privateKeyFile "hostKeyType base64".
 */
public final class SshReuseBenchmark {

    private SshReuseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SshIdentity identity = SshIdentity.load(Path.of(args[3]));
        SshTarget target = new SshTarget(args[0], Integer.parseInt(args[1]), args[2], HostKeyPin.parse(args[4]));
        RemoteCommand command = RemoteCommand.of("uname", "-a");
        int rounds = 10;
        long fresh = 0;
        long reused = 0;
        for (int i = 0; i < rounds; i++) {
            try (SshClient ssh = new SshClient(identity, SshSettings.defaults())) {
                long t0 = System.nanoTime();
                ssh.capture(target, command, 4096).result().requireSuccess();
                long t1 = System.nanoTime();
                ssh.capture(target, command, 4096).result().requireSuccess();
                long t2 = System.nanoTime();
                fresh += t1 - t0;
                reused += t2 - t1;
            }
        }
        try (SshClient ssh = new SshClient(identity, SshSettings.defaults())) {
            ssh.capture(target, command, 4096).result().requireSuccess();
            long t0 = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                ssh.capture(target, command, 4096).result().requireSuccess();
            }
            long fifty = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("%s: first command on a fresh session %.1f ms, same command on the reused session %.1f ms "
                    + "(mean of %d); 50 sequential commands on one session %d ms (%.1f ms each), %d handshake(s)%n",
                    target, fresh / rounds / 1e6, reused / rounds / 1e6, rounds, fifty, fifty / 50.0, ssh.openSessionCount());
        }
    }
}
