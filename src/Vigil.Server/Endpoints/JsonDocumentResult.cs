using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Vigil.Server.Endpoints;

/// <summary>A JSON document written by one of the application layer's writers (the same documents as the CLI's
/// <c>--json</c>), streamed to the response.</summary>
internal sealed class JsonDocumentResult(Action<Utf8JsonWriter> write) : IResult
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using Utf8JsonWriter writer = new(httpContext.Response.BodyWriter, Options);
        write(writer);
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
