using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Formats.Diagnostics;
using Vigil.Screening.Checks;

namespace Vigil.Server;

/// <summary>Every error of the API as RFC 9457 problem details: a title, the HTTP status, Vigil's diagnostic code
/// (<c>code</c>), every problem with its location (<c>errors</c>), and the id of the message kept (<c>messageId</c>)
/// when the request's bytes were stored.</summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json";

    public static ProblemHttpResult Of(int status, string code, string title, string detail, long? messageId = null, IEnumerable<object>? errors = null)
    {
        ProblemDetails problem = new()
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://vigil.invalid/problems/{code}",
        };
        problem.Extensions["code"] = code;
        if (messageId is { } id)
        {
            problem.Extensions["messageId"] = id;
        }

        if (errors is not null)
        {
            problem.Extensions["errors"] = errors.ToArray();
        }

        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult BadRequest(IReadOnlyList<RequestProblem> problems) => Of(
        StatusCodes.Status400BadRequest,
        problems[0].Code,
        "The request is not valid",
        string.Join("; ", problems.Select(p => p.ToString())),
        errors: problems.Select(p => (object)new ProblemEntry(p.Code, p.Path, p.Message) { Line = p.Line, Column = p.Column }));

    public static ProblemHttpResult TooLarge(long limit) => Of(
        StatusCodes.Status413PayloadTooLarge,
        "VGL-API004",
        "The body is too large",
        string.Create(CultureInfo.InvariantCulture, $"This endpoint reads at most {limit:N0} bytes."));

    public static ProblemHttpResult UnsupportedMediaType(string? contentType, string expected) => Of(
        StatusCodes.Status415UnsupportedMediaType,
        "VGL-API005",
        "The content type is not read here",
        $"Content-Type '{contentType}' is not read by this endpoint; send {expected}.");

    public static ProblemHttpResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, "VGL-API007", "Forbidden", detail);

    public static ProblemHttpResult NotFound(string code, string detail) => Of(StatusCodes.Status404NotFound, code, "Not found", detail);

    /// <summary>The issues of a message as problem entries.</summary>
    public static IEnumerable<object> Issues(IEnumerable<Diagnostic> issues) => issues.Select(i => (object)new MessageIssueEntry(
        i.Code,
        i.IsError ? "error" : "warning",
        i.Message,
        i.Position.SegmentIndex,
        i.Position.SegmentTag,
        i.Position.ElementIndex,
        i.Position.ComponentIndex,
        i.Position.Line,
        i.Position.Column));
}

/// <summary>One problem of a request, located by its JSON path.</summary>
internal sealed record ProblemEntry(string Code, string Path, string Message)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Column { get; init; }
}

/// <summary>One issue of a message, located by segment (EDIFACT) or line and column (zones).</summary>
internal sealed record MessageIssueEntry(
    string Code, string Severity, string Message, int? SegmentIndex, string? SegmentTag, int? Element, int? Component, int? Line, int? Column);
