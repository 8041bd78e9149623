package org.psmm.core.ssh;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A command line for a monitored server, built from a program and its arguments, never by
 * pasting text: every word goes through {@link ShellQuote#quote(String)}. The remote account's
 * login shell must be a POSIX shell (sh, dash, bash), as {@code monitor}'s is.
 */
public final class RemoteCommand {

    /** A program looked up in the remote PATH: a plain name, no slash, no shell syntax. */
    private static final Pattern PROGRAM_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._+-]*");

    /**
     * A word of a Windows command line: no quoting exists that both cmd.exe and PowerShell (the
     * two default shells of OpenSSH for Windows) read the same way, so only words that need none.
     */
    private static final Pattern WINDOWS_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+/=._-]*|[-/][A-Za-z]+");

    private final List<String> words;
    private final boolean sudo;
    /** A Windows command line (OpenSSH for Windows): plain words, no LC_ALL, no sudo. */
    private final boolean windows;
    /** Sent on the command's stdin, then EOF; never part of the command line, logs or toString. */
    private final byte[] stdin;

    private RemoteCommand(List<String> words, boolean sudo) {
        this(words, sudo, new byte[0]);
    }

    private RemoteCommand(List<String> words, boolean sudo, byte[] stdin) {
        this(words, sudo, stdin, false);
    }

    private RemoteCommand(List<String> words, boolean sudo, byte[] stdin, boolean windows) {
        this.words = List.copyOf(words);
        this.sudo = sudo;
        this.stdin = stdin.clone();
        this.windows = windows;
    }

    /**
     * A command for a Windows host over OpenSSH for Windows, whose default shell may be cmd.exe
     * or PowerShell: every word must be plain (letters, digits, {@code + / = . _ -}, or an
     * option {@code -Name} or {@code /c}), so that both shells pass it unchanged; anything else is refused.
     */
    public static RemoteCommand windows(String program, String... arguments) {
        List<String> words = new ArrayList<>(arguments.length + 1);
        words.add(checkWindowsWord(program));
        for (String argument : arguments) {
            words.add(checkWindowsWord(argument));
        }
        return new RemoteCommand(words, false, new byte[0], true);
    }

    private static String checkWindowsWord(String word) {
        if (word == null || !WINDOWS_WORD.matcher(word).matches()) {
            throw new IllegalArgumentException("not a plain word for a Windows command line: "
                    + (word == null ? "null" : RemotePath.printable(word)));
        }
        return word;
    }

    /** Whether this is a Windows command line ({@link #windows}). */
    public boolean isWindows() {
        return windows;
    }

    /**
     * A program (an absolute path, or a plain name looked up in the remote PATH) and its
     * arguments, each passed to the program exactly as given.
     *
     * @throws IllegalArgumentException if the program is neither, or a word contains NUL
     */
    public static RemoteCommand of(String program, List<String> arguments) {
        List<String> words = new ArrayList<>(arguments.size() + 1);
        words.add(checkProgram(program));
        for (String argument : arguments) {
            words.add(checkArgument(argument));
        }
        return new RemoteCommand(words, false);
    }

    /** See {@link #of(String, List)}. */
    public static RemoteCommand of(String program, String... arguments) {
        return of(program, List.of(arguments));
    }

    /** See {@link #of(String, List)}. */
    public static RemoteCommand of(RemotePath program, String... arguments) {
        return of(program.value(), List.of(arguments));
    }

    /**
     * A fixed shell script run by {@code sh -c}, its arguments passed as {@code "$1"},
     * {@code "$2"}... For pipelines and several commands in one round trip (metrics).
     * {@code constantScript} must be a constant written in PSMM's source, never built from data:
     * data goes in {@code arguments} and the script refers to it only as quoted {@code "$n"}.
     */
    public static RemoteCommand script(String constantScript, String... arguments) {
        List<String> words = new ArrayList<>(arguments.length + 4);
        words.add("sh");
        words.add("-c");
        words.add(checkArgument(Objects.requireNonNull(constantScript, "script")));
        words.add("psmm-script"); // $0: names the script in the remote shell's error messages
        for (String argument : arguments) {
            words.add(checkArgument(argument));
        }
        return new RemoteCommand(words, false);
    }

    /**
     * The same command run as root through {@code sudo -n}: sudo never prompts, so a missing
     * NOPASSWD rule fails at once with a clear error instead of hanging.
     */
    public RemoteCommand withSudo() {
        if (windows) {
            throw new IllegalStateException("Windows has no sudo: the account itself must be an administrator");
        }
        return sudo ? this : new RemoteCommand(words, true, stdin);
    }

    /**
     * The same command fed {@code data} on its stdin (then EOF). For what must not appear on a
     * command line, where {@code ps} on the server shows it to every user: form data holding a
     * password, for instance ({@code curl --data @-}).
     */
    public RemoteCommand withStdin(byte[] data) {
        return new RemoteCommand(words, sudo, Objects.requireNonNull(data, "data"), windows);
    }

    /** What is sent on stdin (empty: none). */
    public byte[] stdin() {
        return stdin.clone();
    }

    /** Whether the command runs through {@code sudo -n}. */
    public boolean usesSudo() {
        return sudo;
    }

    /** The program and its arguments, unquoted, as the remote program will receive them. */
    public List<String> words() {
        return Collections.unmodifiableList(words);
    }

    /**
     * The command line sent to the server: every word quoted, run with {@code LC_ALL=C} so that
     * messages (sudo's included) and number formats are the ones PSMM parses, whatever the
     * server's locale.
     */
    public String commandLine() {
        if (windows) {
            return String.join(" ", words);
        }
        String line = ShellQuote.join(words);
        return "LC_ALL=C " + (sudo ? "sudo -n -- " + line : line);
    }

    /** A short form for messages and logs (the program and at most a few arguments). */
    public String summary() {
        return (sudo ? "sudo " : "") + wordsSummary();
    }

    /** {@link #summary()} without the sudo prefix: the command sudo was asked to run. */
    String wordsSummary() {
        int shown = Math.min(words.size(), words.get(0).equals("sh") || words.get(0).equals("powershell") ? 1 : 4);
        StringBuilder out = new StringBuilder(String.join(" ", words.subList(0, shown)));
        if (shown < words.size()) {
            out.append(" ...");
        }
        String text = RemotePath.printable(out.toString());
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }

    private static String checkProgram(String program) {
        if (program == null || program.isEmpty()) {
            throw new IllegalArgumentException("a program is required");
        }
        if (program.charAt(0) == '/') {
            return RemotePath.of(program).value();
        }
        if (!PROGRAM_NAME.matcher(program).matches()) {
            throw new IllegalArgumentException(
                    "program must be an absolute path or a plain name: "
                            + RemotePath.printable(program));
        }
        return program;
    }

    private static String checkArgument(String argument) {
        if (argument == null) {
            throw new IllegalArgumentException("a command argument cannot be null");
        }
        if (argument.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a command argument cannot contain NUL");
        }
        return argument;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemoteCommand
                && ((RemoteCommand) other).words.equals(words)
                && ((RemoteCommand) other).sudo == sudo
                && ((RemoteCommand) other).windows == windows;
    }

    @Override
    public int hashCode() {
        return Objects.hash(words, sudo, windows);
    }

    @Override
    public String toString() {
        return commandLine();
    }
}
