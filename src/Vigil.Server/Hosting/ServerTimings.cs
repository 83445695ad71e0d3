using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Vigil.Server.Hosting;

/// <summary>The parts of a request's time inside the server worth telling apart (the key's check against the
/// database, the use case), written with the whole as <c>Server-Timing: app;dur=…, auth;dur=…, check;dur=…</c>.</summary>
internal static class ServerTimings
{
    private static readonly object Key = new();

    /// <summary>Runs <paramref name="work"/> and records its time under <paramref name="name"/>.</summary>
    public static async Task<T> TimeAsync<T>(this HttpContext context, string name, Func<Task<T>> work)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            return await work();
        }
        finally
        {
            Add(context, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Records a part.</summary>
    public static void Add(HttpContext context, string name, double milliseconds)
    {
        if (context.Items.TryGetValue(Key, out object? parts) && parts is List<(string, double)> list)
        {
            list.Add((name, milliseconds));
        }
        else
        {
            context.Items[Key] = new List<(string, double)> { (name, milliseconds) };
        }
    }

    /// <summary>The header's value: the whole, then each part.</summary>
    public static string Header(HttpContext context, double total)
    {
        StringBuilder header = new();
        header.Append(CultureInfo.InvariantCulture, $"app;dur={total:0.###}");
        if (context.Items.TryGetValue(Key, out object? parts) && parts is List<(string Name, double Milliseconds)> list)
        {
            foreach ((string name, double ms) in list)
            {
                header.Append(CultureInfo.InvariantCulture, $", {name};dur={ms:0.###}");
            }
        }

        return header.ToString();
    }
}
