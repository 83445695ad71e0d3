namespace Vigil.Formats.Pnrgov;

/// <summary>Which SSR gave a PNR document.</summary>
public enum PnrDocumentKind
{
    /// <summary>SSR DOCS: the travel document the passenger gave (passport data).</summary>
    Docs = 1,

    /// <summary>SSR DOCO: another document, usually a visa.</summary>
    Doco = 2,
}
