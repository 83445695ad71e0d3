namespace Vigil.Formats.Pnrgov;

/// <summary>A form of payment of a PNR (FOP).</summary>
public sealed record PnrPayment
{
    /// <summary>The payment type: <c>CC</c> card, <c>CA</c> cash, <c>MS</c> miscellaneous...</summary>
    public string? Type { get; init; }

    /// <summary>The amount as sent (decimal mark of the interchange).</summary>
    public string? Amount { get; init; }

    /// <summary>The card vendor: <c>VI</c>, <c>CA</c>, <c>AX</c>, <c>DC</c>...</summary>
    public string? CardType { get; init; }

    /// <summary>The card number as sent (usually masked).</summary>
    public string? CardNumber { get; init; }

    /// <summary>The card expiry as sent (<c>MMYY</c>).</summary>
    public string? CardExpiry { get; init; }
}
