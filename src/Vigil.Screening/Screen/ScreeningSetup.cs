using Vigil.Matching;
using Vigil.Screening.Decisions;

namespace Vigil.Screening.Screen;

/// <summary>What travelers are screened against and how hits become decisions.</summary>
/// <param name="Index">The watch-list index.</param>
/// <param name="Policy">The decision policy; its review threshold is the screening's.</param>
public sealed record ScreeningSetup(WatchListIndex Index, DecisionPolicy Policy)
{
    /// <summary>The relations between subjects, loaded with the index: hits carry their subject's relatives.</summary>
    public Relations.RelationGraph Relations { get; init; } = Vigil.Screening.Relations.RelationGraph.Empty;

    /// <summary>The review threshold.</summary>
    public double Threshold => Policy.ReviewThreshold;

    /// <summary>A setup with the default policy and, unless one is given, the index's review threshold.</summary>
    public static ScreeningSetup For(WatchListIndex index, double? threshold = null, DecisionPolicyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        options ??= DecisionPolicyOptions.Default;
        if (threshold is { } given)
        {
            options = options with { ReviewThreshold = given };
        }

        return new ScreeningSetup(index, new DecisionPolicy(options, index.ReviewThreshold));
    }
}
