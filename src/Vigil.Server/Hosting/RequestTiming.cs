using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Vigil.Screening.Access;

namespace Vigil.Server.Hosting;

/// <summary>Times every request inside the server: the <c>Server-Timing</c> header (<c>app;dur=MS</c>, then the parts
/// recorded by <see cref="ServerTimings"/>) tells the client, and one structured log line per request tells the operator (method, route, status, milliseconds, key;
/// never a name or any other personal data).</summary>
internal sealed partial class RequestTiming(RequestDelegate next, ILogger<RequestTiming> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        long started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(static state =>
        {
            (HttpContext http, long start) = ((HttpContext, long))state;
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            http.Response.Headers["Server-Timing"] = ServerTimings.Header(http, ms);
            return Task.CompletedTask;
        }, (context, started));
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                string actor = context.Items.TryGetValue(typeof(Caller), out object? caller) && caller is Caller known ? known.Actor : "-";
                string route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? string.Empty;
                double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRequest(logger, context.Request.Method, route, context.Response.StatusCode, elapsed, actor);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} {Status} {Milliseconds} ms {Actor}")]
    private static partial void LogRequest(ILogger logger, string method, string route, int status, double milliseconds, string actor);
}
