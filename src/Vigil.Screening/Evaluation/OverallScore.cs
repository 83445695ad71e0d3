using System.Collections.Immutable;

namespace Vigil.Screening.Evaluation;

/// <summary>The scores over every positive kind, and the innocents' alert rates.</summary>
/// <param name="Positives">Queries of the kinds scored as positives.</param>
/// <param name="Recall">Share of those with status review and the expected subject among the hits.</param>
/// <param name="RecallAtOne">Share of those with status review and the expected subject first.</param>
public sealed record OverallScore(int Positives, double Recall, double RecallAtOne)
{
    /// <summary>Alert rate of the kind <c>innocent</c>, when there is one.</summary>
    public double? InnocentAlertRate { get; init; }

    /// <summary>Alert rate of the kind <c>namesake</c>, when there is one.</summary>
    public double? NamesakeAlertRate { get; init; }

    /// <summary>Alert rate of the kind <c>common-innocent</c>, when there is one.</summary>
    public double? CommonNameAlertRate { get; init; }

    /// <summary>The thresholds chosen on the kind <c>innocent</c>: 1 % then 0.1 %; empty without innocents.</summary>
    public ImmutableArray<AlertThreshold> Thresholds { get; init; } = [];

    /// <summary>Recall at the 1 % threshold over every positive query, when there are thresholds.</summary>
    public double? RecallAtOnePercentFpr { get; init; }

    /// <summary>Recall at the 0.1 % threshold over every positive query, when there are thresholds.</summary>
    public double? RecallAtTenthPercentFpr { get; init; }
}
