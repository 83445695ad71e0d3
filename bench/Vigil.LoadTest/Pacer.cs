using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Vigil.LoadTest;

/// <summary>Waits on the dispatching thread until a request's scheduled time, without spinning: the client shares
/// the cores with the server it measures.</summary>
/// <remarks><see cref="Thread.Sleep(int)"/> sleeps whole milliseconds, about 1.1 ms for 1: at 1,000 requests per
/// second most requests would leave half a millisecond late. On Linux, <c>nanosleep</c> wakes within the kernel's
/// timer slack (50 µs by default). How late each request really left is measured (the send lag of the report)
/// whichever way the thread slept.</remarks>
internal static partial class Pacer
{
    private static readonly bool HasNanosleep = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>Sleeps until <paramref name="timestamp"/> (a <see cref="Stopwatch"/> timestamp), or about.</summary>
    public static void SleepUntil(long timestamp)
    {
        long wait = timestamp - Stopwatch.GetTimestamp();
        if (wait <= 0)
        {
            return;
        }

        if (!HasNanosleep)
        {
            Thread.Sleep(Math.Max(1, (int)(wait * 1000 / Stopwatch.Frequency)));
            return;
        }

        long nanoseconds = (long)(wait * (1e9 / Stopwatch.Frequency));
        TimeSpec request = new(nanoseconds / 1_000_000_000, nanoseconds % 1_000_000_000);

        // Interrupted by a signal, it returns early; the caller looks at the clock again anyway.
        _ = NanoSleep(request, out _);
    }

    [LibraryImport("libc", EntryPoint = "nanosleep", SetLastError = true)]
    private static partial int NanoSleep(in TimeSpec request, out TimeSpec remaining);

    /// <summary>struct timespec of 64-bit Linux: seconds and nanoseconds, both 64 bits.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct TimeSpec(long seconds, long nanoseconds)
    {
        public readonly long Seconds = seconds;
        public readonly long Nanoseconds = nanoseconds;
    }
}
