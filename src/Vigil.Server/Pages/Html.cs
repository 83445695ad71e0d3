using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Vigil.Server.Pages;

/// <summary>The frame of every workbench page: plain HTML with landmarks, a title and one small inline style sheet;
/// no script and nothing fetched from elsewhere, which the Content-Security-Policy of each page enforces.</summary>
internal static class Html
{
    // Focus stays visible; colour is never the only signal (a message says what it is in words).
    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
        header{display:flex;gap:1rem;align-items:center;justify-content:space-between;padding:.5rem 1rem;border-bottom:1px solid #767676}
        header p{margin:0}
        main{padding:1rem;max-width:72rem}
        form.inline{display:inline}
        label{display:block;font-weight:600}
        input{font:inherit;padding:.25rem;min-width:16rem}
        button{font:inherit;padding:.25rem .75rem}
        :focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
        .error{border-left:4px solid #a51d2d;padding:.25rem .75rem;background:#fdeeee}
        table{border-collapse:collapse}
        th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}
        td.number{text-align:right}
        """;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The Content-Security-Policy of every page: nothing but this server's forms and the inline style above.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Text made safe for an element's content or a quoted attribute; names keep their own script.</summary>
    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);

    /// <summary>A whole page.</summary>
    /// <param name="title">The page's title and heading.</param>
    /// <param name="header">What the banner holds beside the name Vigil (who is signed in), as HTML.</param>
    /// <param name="body">The main content after the heading, as HTML.</param>
    /// <param name="status">The HTTP status.</param>
    public static IResult Page(string title, string header, string body, int status = StatusCodes.Status200OK)
    {
        string page = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)} · Vigil</title>
            <style>{Style}</style>
            </head>
            <body>
            <header>
            <p><strong>Vigil</strong></p>
            {header}
            </header>
            <main>
            <h1>{Encode(title)}</h1>
            {body}
            </main>
            </body>
            </html>

            """;
        return new PageResult(page, status);
    }

    /// <summary>Writes a page with the headers every page has: no caching (pages show personal data), no framing,
    /// no sniffing, no referrer, and the policy above.</summary>
    private sealed class PageResult(string html, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            HttpResponse response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.XFrameOptions = "DENY";
            response.Headers["Referrer-Policy"] = "no-referrer";
            return response.WriteAsync(html, Encoding.UTF8, httpContext.RequestAborted);
        }
    }
}
