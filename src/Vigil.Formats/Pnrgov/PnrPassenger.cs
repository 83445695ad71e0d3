namespace Vigil.Formats.Pnrgov;

/// <summary>One traveler of a PNR (TIF), with the documents and addresses given for them in SSR DOCS, DOCO and DOCA.</summary>
public sealed record PnrPassenger
{
    /// <summary>The surname as sent in TIF.</summary>
    public string? FamilyName { get; init; }

    /// <summary>The given names as sent in TIF: titles (MR, MRS) are often glued to them and are not removed.</summary>
    public string? GivenNames { get; init; }

    /// <summary>The traveler type: <c>A</c> adult, <c>C</c> child, <c>IN</c> infant...</summary>
    public string? Type { get; init; }

    /// <summary>The traveler reference number that links SSRs and seats to the traveler.</summary>
    public string? Reference { get; init; }

    /// <summary>The infant indicator (TIF component 4), as sent.</summary>
    public string? InfantIndicator { get; init; }

    /// <summary>Documents from SSR DOCS and DOCO, in order.</summary>
    public IReadOnlyList<PnrDocument> Documents { get; init; } = [];

    /// <summary>Addresses from SSR DOCA (residence <c>R</c>, destination <c>D</c>).</summary>
    public IReadOnlyList<PnrAddress> Addresses { get; init; } = [];

    /// <summary>The segment index of the TIF.</summary>
    public int SegmentIndex { get; init; }
}
