namespace Vigil.Screening.Checks;

/// <summary>What is wrong with a request, and where.</summary>
/// <param name="Code">A stable code (<c>VGL-API002</c>, or a traveler line's <c>VGL-TRV…</c>).</param>
/// <param name="Path">The JSON path of the value (<c>$.traveler.dob</c>), or <c>$</c> for the whole body.</param>
/// <param name="Message">What was expected and what was found.</param>
public sealed record RequestProblem(string Code, string Path, string Message)
{
    /// <summary>The line of the body, from 1, when the body is not JSON.</summary>
    public int? Line { get; init; }

    /// <summary>The byte in that line, from 1, when the body is not JSON.</summary>
    public int? Column { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Code}: {Message}";
}
