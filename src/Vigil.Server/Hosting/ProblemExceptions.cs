using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Vigil.Server.Hosting;

/// <summary>Turns what escapes an endpoint into problem details: Kestrel's refusals (body too large, a malformed
/// request) with their status, anything else as a 500 that names no internals; a client that went away gets nothing.</summary>
internal sealed partial class ProblemExceptions(RequestDelegate next, ILogger<ProblemExceptions> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left: there is nobody to answer.
        }
        catch (BadHttpRequestException e)
        {
            await WriteAsync(context, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "VGL-API004" : "VGL-API001", e.Message);
        }
        catch (Exception e)
        {
            LogFailed(logger, context.Request.Method, context.Request.Path, e);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, "VGL-API500", "The server failed on this request; the failure is logged.");
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string code, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        ProblemDetails problem = new() { Status = status, Title = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status), Detail = detail, Type = $"https://vigil.invalid/problems/{code}" };
        problem.Extensions["code"] = code;
        context.Response.Clear();
        context.Response.StatusCode = status;
        context.Response.ContentType = Problems.ContentType;
        await JsonSerializer.SerializeAsync(context.Response.Body, problem, JsonSerializerOptions.Web);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailed(ILogger logger, string method, string path, Exception exception);
}
