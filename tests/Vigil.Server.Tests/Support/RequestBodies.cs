using System.Net.Http.Headers;
using System.Text;

namespace Vigil.Server.Tests.Support;

/// <summary>Request bodies with their content types.</summary>
public static class RequestBodies
{
    public static ByteArrayContent Json(string json) => With(Encoding.UTF8.GetBytes(json), "application/json");

    public static ByteArrayContent Edifact(byte[] bytes) => With(bytes, "application/edifact");

    public static ByteArrayContent With(byte[] bytes, string? contentType)
    {
        ByteArrayContent content = new(bytes);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }
}
