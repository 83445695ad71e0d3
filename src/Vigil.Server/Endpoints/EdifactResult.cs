using Microsoft.AspNetCore.Http;

namespace Vigil.Server.Endpoints;

/// <summary>A UN/EDIFACT body (a CUSRES answer) with its status.</summary>
internal sealed class EdifactResult(byte[] body, int status) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = CheckEndpoints.Edifact;
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body).AsTask();
    }
}
