package org.psmm.core.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.psmm.core.ssh.RemoteCommand;

/**
 * The one command a metrics poll runs on a Windows host (OpenSSH for Windows), the counterpart
 * of {@link MetricsScript}: a constant PowerShell script passed with {@code -EncodedCommand}, so
 * that the same command line works whether the server's default shell is cmd.exe or PowerShell
 * and nothing in it needs quoting. It reads CPU (the raw idle-time counter and its time stamp, a
 * percent being the difference of two polls, as on Linux), memory and paging file, fixed disks,
 * uptime, processes (Get-Process), the host's clock and {@code quser}. quser prints in the
 * console's code page, which the answer names first; quser's and the processes' lines are
 * prefixed with "|" so no user, session or process name can start a marker line. No one logged
 * on: quser says so on stderr (discarded) and exits 1, an empty list. Numbers are written as
 * integers: PowerShell formats decimals in the host's culture.
 */
public final class WindowsMetricsScript {

    public static final String SCRIPT = String.join("\n",
            "$ErrorActionPreference = 'SilentlyContinue'",
            "'@@psmm-windows 1'",
            "'@@codepage'; [Console]::OutputEncoding.CodePage",
            "$os = Get-CimInstance Win32_OperatingSystem",
            "'@@memory'; \"$([long]$os.TotalVisibleMemorySize) $([long]$os.FreePhysicalMemory) $([long]$os.SizeStoredInPagingFiles) $([long]$os.FreeSpaceInPagingFiles)\"",
            "'@@uptime'; [long]((Get-Date) - $os.LastBootUpTime).TotalSeconds",
            "$c = Get-CimInstance Win32_PerfRawData_PerfOS_Processor -Filter \"Name='_Total'\"",
            "'@@cpu'; \"$([long]$c.PercentProcessorTime) $([long]$c.Timestamp_Sys100NS)\"",
            "'@@disks'",
            "Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=3' | ForEach-Object { \"|$($_.DeviceID) $([long]$_.Size) $([long]$_.FreeSpace) $($_.FileSystem)\" }",
            // Processes: tab-separated (Windows allows no control character in a user or an
            // executable's name); the user needs elevation, so without it the column is empty;
            // the Idle process (0) is skipped, its "CPU" is the idle time; no StartTime (a
            // protected process) is -1.
            "'@@processes'; $t = Get-Date",
            "try { $p = Get-Process -IncludeUserName -ErrorAction Stop } catch { $p = Get-Process }",
            "$p | Where-Object { $_.Id -ne 0 } | ForEach-Object { $e = if ($_.StartTime) { [long]($t - $_.StartTime).TotalSeconds } else { -1 }; "
                    + "\"|$($_.Id)`t$([long][math]::Floor([double]$_.CPU))`t$e`t$([long]($_.WorkingSet64 / 1024))`t$($_.SessionId)`t$($_.UserName)`t$($_.ProcessName)\" }",
            "'@@now'; [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()",
            "$LASTEXITCODE = -1",
            "$q = quser.exe 2>$null",
            "'@@quser'; $q | ForEach-Object { \"|$_\" }",
            "'@@quser-exit'; $LASTEXITCODE",
            "'@@end'",
            "exit 0",
            "");

    /** The program and options before the encoded script; -NonInteractive: never wait for input. */
    static final String[] POWERSHELL = {"powershell", "-NoProfile", "-NonInteractive", "-EncodedCommand"};

    private WindowsMetricsScript() {
    }

    public static RemoteCommand command() {
        String encoded = Base64.getEncoder().encodeToString(SCRIPT.getBytes(StandardCharsets.UTF_16LE));
        return RemoteCommand.windows(POWERSHELL[0], POWERSHELL[1], POWERSHELL[2], POWERSHELL[3], encoded);
    }
}
